/** The 3×3 filter written as a 784×784 linear layer: its matrix, parameter counts, and the check M·x = conv(x). */
import { useMemo } from 'react';
import { formatNumber, WeightTemplate } from '../../components';
import { convMatrix, convolve, matrixTimes } from '../../data/image-ops';
import { MNIST_PIXELS as PIXELS } from '../../data/mnist-shape';
import { hiddenCount } from '../../data/mask-spec';
import { K } from './kernel';

/** Side of the zoomed corner of the matrix (three image rows of pixels). */
const ZOOM = 84;

/** The top-left ZOOM×ZOOM block of an n×n matrix. */
function corner(m: Float32Array, n: number): Float32Array {
  const out = new Float32Array(ZOOM * ZOOM);
  for (let r = 0; r < ZOOM; r++) out.set(m.subarray(r * n, r * n + ZOOM), r * ZOOM);
  return out;
}

/** Largest |a − b| over two equal-length arrays. */
export function largestDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}

/** Props of {@link MatrixFigure}. */
export interface MatrixFigureProps {
  /** The digit x, 784 values. */
  input: Float32Array;
  /** The nine kernel values. */
  kernel: number[];
}

/** The filter's dense matrix as a heatmap, its zoomed corner, the counts and the equality check. */
export function MatrixFigure({ input, kernel }: MatrixFigureProps) {
  const matrix = useMemo(() => convMatrix(kernel, K), [kernel]);
  const check = useMemo(() => {
    const viaMatrix = matrixTimes(matrix, input);
    const viaConv = convolve(input, kernel, K);
    return largestDifference(viaMatrix, viaConv);
  }, [matrix, input, kernel]);
  const nonZero = useMemo(() => hiddenCount(matrix), [matrix]);
  const distinct = new Set(kernel.filter((v) => v !== 0)).size;
  const range = Math.max(...kernel.map(Math.abs), 1e-9);
  return (
    <div className="nx-matrix">
      <div className="nx-images">
        <div className="nx-image">
          <WeightTemplate
            weights={matrix}
            side={PIXELS}
            size={280}
            range={range}
            showLegend={false}
            ariaLabel="The 784 by 784 weight matrix of the filter"
          />
          <span>W: 784×784 (row = output pixel)</span>
        </div>
        <div className="nx-image">
          <WeightTemplate
            weights={corner(matrix, PIXELS)}
            side={ZOOM}
            size={280}
            range={range}
            ariaLabel="The top-left 84 by 84 corner of the matrix"
          />
          <span>its top-left 84×84 corner</span>
        </div>
      </div>
      <table className="nx-counts" aria-label="Parameters of the two forms">
        <thead>
          <tr>
            <th scope="col">form</th>
            <th scope="col">numbers stored</th>
            <th scope="col">non-zero</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">linear layer W</th>
            <td>{formatNumber(PIXELS * PIXELS)}</td>
            <td data-testid="nx-nonzero">{formatNumber(nonZero)}</td>
          </tr>
          <tr>
            <th scope="row">convolution kernel</th>
            <td>{K * K}</td>
            <td>{hiddenCount(kernel)}</td>
          </tr>
        </tbody>
      </table>
      <p className="nx-check" data-testid="nx-check" data-difference={check}>
        W·x against the convolution, all 784 outputs: largest difference{' '}
        <strong>{check === 0 ? '0' : check.toExponential(1)}</strong>
        {check < 1e-4 ? ' (equal up to float32 rounding).' : ' (they differ!).'} Only {distinct}{' '}
        distinct non-zero values fill W.
      </p>
    </div>
  );
}
