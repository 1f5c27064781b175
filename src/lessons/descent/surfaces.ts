/**
 * The 2-D loss surfaces of the lesson, each written once as an engine expression over two
 * parameter tensors: the same expression gives the gradient at a point (backward on scalars) and
 * the loss over a whole grid (the same ops on [G, 1] tensors, broadcast).
 */
import { createRng, noGrad, scalar, tensor, type Tensor } from '../../engine';

/** Names of the surfaces. */
export type SurfaceName = 'bowl' | 'valley' | 'rosenbrock' | 'data';

/** A loss over two parameters (w₁, w₂). */
export interface Surface {
  /** Which surface. */
  name: SurfaceName;
  /** Human name. */
  label: string;
  /** Horizontal range of the plot (w₁). */
  xDomain: [number, number];
  /** Vertical range of the plot (w₂). */
  yDomain: [number, number];
  /** The minimiser. */
  minimum: [number, number];
  /** Default start. */
  start: [number, number];
  /** Largest curvature (Hessian eigenvalue) when the loss is quadratic, else null. */
  maxCurvature: number | null;
  /** Contour levels spaced geometrically (a steep, wide-ranging loss) instead of evenly. */
  isLogLevels: boolean;
  /** The loss as an engine expression; w1 and w2 are scalars or [G, 1] columns. */
  loss: (w1: Tensor, w2: Tensor) => Tensor;
}

/** Number of points of the two-weight model's data set. */
export const DATA_COUNT = 512;

/** The two-weight model's data: x ~ N(0, 1), y = 1.5 x − 0.5 + noise (seeded). */
export function regressionData(seed = 7): { x: Tensor; y: Tensor } {
  const rng = createRng(seed);
  const xs = new Float64Array(DATA_COUNT);
  const ys = new Float64Array(DATA_COUNT);
  for (let i = 0; i < DATA_COUNT; i++) {
    xs[i] = rng.normal();
    ys[i] = 1.5 * xs[i] - 0.5 + 0.6 * rng.normal();
  }
  return { x: tensor(xs, { dtype: 'float64' }), y: tensor(ys, { dtype: 'float64' }) };
}

/** ½ mean over the data of (w₁ x + w₂ − y)², for the rows `rows` of the data (all when omitted). */
export function regressionLoss(data: { x: Tensor; y: Tensor }) {
  return (w1: Tensor, w2: Tensor): Tensor =>
    w1.mul(data.x).add(w2).sub(data.y).pow(2).mean(-1).mul(0.5);
}

/** Least-squares minimiser of the regression loss (means computed by the engine). */
function leastSquares(data: { x: Tensor; y: Tensor }): [number, number] {
  return noGrad(() => {
    const mx = data.x.mean().item();
    const my = data.y.mean().item();
    const cov = data.x.sub(mx).mul(data.y.sub(my)).mean().item();
    const vx = data.x.sub(mx).pow(2).mean().item();
    const slope = cov / vx;
    return [slope, my - slope * mx];
  });
}

const ANGLE = Math.PI / 6;

/** Builds a surface; `condition` is the valley's condition number (largest / smallest curvature). */
export function makeSurface(name: SurfaceName, condition = 10): Surface {
  if (name === 'valley') {
    const c = Math.cos(ANGLE);
    const s = Math.sin(ANGLE);
    return {
      name,
      label: `Long thin valley (condition number ${condition})`,
      xDomain: [-3, 3],
      yDomain: [-3, 3],
      minimum: [0, 0],
      start: [-2.5, 1.2],
      maxCurvature: 1,
      isLogLevels: false,
      loss: (w1, w2) => {
        const u = w1.mul(c).add(w2.mul(s));
        const v = w2.mul(c).sub(w1.mul(s));
        return u
          .pow(2)
          .mul(0.5 / condition)
          .add(v.pow(2).mul(0.5));
      },
    };
  }
  if (name === 'rosenbrock') {
    return {
      name,
      label: 'Rosenbrock’s banana',
      xDomain: [-2, 2],
      yDomain: [-1, 3],
      minimum: [1, 1],
      start: [-1.5, 2],
      maxCurvature: null,
      isLogLevels: true,
      loss: (w1, w2) =>
        w1
          .neg()
          .add(1)
          .pow(2)
          .add(w2.sub(w1.pow(2)).pow(2).mul(100)),
    };
  }
  if (name === 'data') {
    const data = regressionData();
    return {
      name,
      label: 'Two-weight model ŷ = w₁x + w₂ on 512 points',
      xDomain: [-2, 4],
      yDomain: [-3, 3],
      minimum: leastSquares(data),
      start: [-1.5, 2.5],
      maxCurvature: null,
      isLogLevels: false,
      loss: regressionLoss(data),
    };
  }
  return {
    name: 'bowl',
    label: 'Round bowl',
    xDomain: [-3, 3],
    yDomain: [-3, 3],
    minimum: [0, 0],
    start: [-2.5, 2],
    maxCurvature: 1,
    isLogLevels: false,
    loss: (w1, w2) => w1.pow(2).add(w2.pow(2)).mul(0.5),
  };
}

/** Loss and gradient at one point, from the engine's backward pass (float64). */
export function lossAndGrad(surface: Surface, x: number, y: number) {
  const w1 = scalar(x, { dtype: 'float64', requiresGrad: true });
  const w2 = scalar(y, { dtype: 'float64', requiresGrad: true });
  const loss = surface.loss(w1, w2);
  loss.backward();
  return {
    loss: loss.item(),
    grad: [w1.grad?.item() ?? 0, w2.grad?.item() ?? 0] as [number, number],
  };
}

/** A grid of loss values: `n × n` points, row-major with y rising by row. */
export interface LossGrid {
  /** Points per side. */
  n: number;
  /** Values, row after row (row 0 at yDomain[0]). */
  values: Float64Array;
  /** Horizontal range. */
  xDomain: [number, number];
  /** Vertical range. */
  yDomain: [number, number];
}

/** The loss on an n × n grid over the surface's domain, in one broadcast engine evaluation. */
export function lossGrid(surface: Surface, n = 61): LossGrid {
  const [x0, x1] = surface.xDomain;
  const [y0, y1] = surface.yDomain;
  const xs = new Float64Array(n * n);
  const ys = new Float64Array(n * n);
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      xs[r * n + c] = x0 + ((x1 - x0) * c) / (n - 1);
      ys[r * n + c] = y0 + ((y1 - y0) * r) / (n - 1);
    }
  const values = noGrad(() =>
    surface.loss(
      tensor(xs, { dtype: 'float64', shape: [n * n, 1] }),
      tensor(ys, { dtype: 'float64', shape: [n * n, 1] }),
    ),
  );
  return { n, values: Float64Array.from(values.data), xDomain: [x0, x1], yDomain: [y0, y1] };
}
