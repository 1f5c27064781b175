/**
 * The worker's landscape job: train a small MNIST MLP on a fixed subset (keeping its weight
 * history), then evaluate its loss on two planes: random filter-normalised directions around
 * the trained weights, and the top two principal directions of the history with the trajectory
 * projected onto them. Runs in slices (yielding between grid rows) with progress events, and stops
 * at the next slice after `cancelLandscape`.
 */
import { loadMnist as defaultLoadMnist } from '../data/mnist-loader';
import {
  BufferArena,
  SGD,
  batches,
  createRng,
  mlp,
  noGrad,
  takeRows,
  tensor,
  withArena,
  type Tensor,
} from '../engine';
import type { MnistLoader } from './run-data';
import type {
  LandscapePlane,
  LandscapeProgress,
  LandscapeRequest,
  LandscapeResult,
  WorkerMessage,
} from './protocol';
import {
  filterNormalDirection,
  flatten,
  principalPlane,
  unflatten,
  type Direction,
  type MlpParams,
} from './landscape';
import { PlaneEvaluator } from './landscape-batch';

/** Allowed ranges of a request (the page clamps first; the worker refuses anything else). */
export const LANDSCAPE_LIMITS = {
  grid: [5, 51],
  subset: [100, 10000],
  hidden: [8, 256],
  epochs: [1, 50],
} as const;

/** Where the job posts progress. */
interface JobPort {
  postMessage(message: WorkerMessage): void;
}

/** Thrown (and replied) when the job was cancelled. */
export const CANCELLED = 'Landscape computation cancelled.';

function checkRequest(r: LandscapeRequest): void {
  for (const key of ['grid', 'subset', 'hidden', 'epochs'] as const) {
    const [lo, hi] = LANDSCAPE_LIMITS[key];
    const v = r[key];
    if (!Number.isInteger(v) || v < lo || v > hi)
      throw new Error(
        `Landscape ${key} must be a whole number in [${lo}, ${hi}], got ${String(v)}.`,
      );
  }
  if (!(r.span > 0 && r.span <= 5))
    throw new Error(`Landscape span must be in (0, 5], got ${String(r.span)}.`);
}

/** Builds the two command handlers around a port, a scheduler and a loader. */
export function landscapeCommands(
  port: JobPort,
  options: { schedule?: (fn: () => void) => void; loadMnist?: MnistLoader; now?: () => number },
) {
  const schedule = options.schedule ?? ((fn: () => void) => void setTimeout(fn, 0));
  const now = options.now ?? (() => performance.now());
  let token = 0;
  const pause = (mine: number) =>
    new Promise<void>((resolve, reject) =>
      schedule(() => (mine === token ? resolve() : reject(new Error(CANCELLED)))),
    );
  return {
    landscape: async (req: { request: LandscapeRequest }): Promise<LandscapeResult> => {
      checkRequest(req.request);
      const mine = ++token;
      const report = (progress: LandscapeProgress) =>
        port.postMessage({ type: 'landscape-progress', progress });
      return runJob(req.request, {
        pause: () => pause(mine),
        report,
        now,
        loadMnist: options.loadMnist ?? defaultLoadMnist,
      });
    },
    cancelLandscape: () => {
      token++;
      return { cancelled: true };
    },
  };
}

interface JobContext {
  pause: () => Promise<void>;
  report: (p: LandscapeProgress) => void;
  now: () => number;
  loadMnist: MnistLoader;
}

async function runJob(r: LandscapeRequest, ctx: JobContext): Promise<LandscapeResult> {
  const t0 = ctx.now();
  ctx.report({ phase: 'loading', done: 0, total: 1 });
  const data = await ctx.loadMnist('train', { count: r.subset });
  await ctx.pause();
  const n = data.count;
  const x = tensor(
    Float32Array.from(data.images, (v) => v / 255),
    { shape: [n, 784] },
  );
  const labels = Int32Array.from(data.labels);
  const { params, history, accuracy } = await train(r, x, labels, ctx);
  const t1 = ctx.now();
  const rng = createRng(r.seed + 1);
  const d = filterNormalDirection(params, rng);
  const e = filterNormalDirection(params, rng);
  const random = await plane(
    params,
    d,
    e,
    x,
    labels,
    [-r.span, r.span],
    [-r.span, r.span],
    r.grid,
    'random',
    ctx,
  );
  const t2 = ctx.now();
  const pca = principalPlane(history);
  const pad = (vals: number[]) => {
    const lo = Math.min(...vals);
    const hi = Math.max(...vals);
    const m = Math.max(hi - lo, 1e-3) * 0.15;
    return [lo - m, hi + m] as [number, number];
  };
  const xs = pca.coords.map((c) => c[0]);
  const ys = pca.coords.map((c) => c[1]);
  const trajPlane = await plane(
    params,
    unflatten(pca.dirs[0], params),
    unflatten(pca.dirs[1], params),
    x,
    labels,
    pad(xs),
    pad(ys),
    r.grid,
    'trajectory',
    ctx,
  );
  return {
    random,
    trajectory: {
      ...trajPlane,
      path: Float32Array.from(pca.coords.flat()),
      explained: pca.explained,
    },
    trainAccuracy: accuracy,
    paramCount: flatten(params).length,
    subset: n,
    ms: { train: t1 - t0, slice: t2 - t1, trajectory: ctx.now() - t2 },
  };
}

async function train(r: LandscapeRequest, x: Tensor, labels: Int32Array, ctx: JobContext) {
  const rng = createRng(r.seed);
  const model = mlp([784, r.hidden, 10], { activation: 'relu', rng });
  const params = model.parameters() as MlpParams;
  const opt = new SGD(params, { lr: 0.05, momentum: 0.9 });
  const n = labels.length;
  const perEpoch = Math.ceil(n / 32);
  const total = perEpoch * r.epochs;
  const every = Math.max(1, Math.floor(total / 40));
  const history: Float32Array[] = [flatten(params)];
  // Each step's graph reuses the last one's buffers (see BufferArena; the trainer does the same).
  const arena = new BufferArena();
  let step = 0;
  for (let epoch = 0; epoch < r.epochs; epoch++) {
    for (const idx of batches(n, 32, rng)) {
      arena.recycle();
      opt.zeroGrad();
      withArena(arena, () =>
        model.forward(takeRows(x, idx)).softmaxCrossEntropy(pickLabels(labels, idx)).backward(),
      );
      opt.step();
      if (++step % every === 0) history.push(flatten(params));
    }
    ctx.report({ phase: 'training', done: epoch + 1, total: r.epochs });
    await ctx.pause();
  }
  if (step % every !== 0) history.push(flatten(params));
  const pred = noGrad(() => model.forward(x)).argmax(1);
  const accuracy = pred.reduce((s, p, i) => s + (p === labels[i] ? 1 : 0), 0) / n;
  return { params, history, accuracy };
}

function pickLabels(labels: Int32Array, idx: Int32Array): Int32Array {
  return Int32Array.from(idx, (i) => labels[i]);
}

/** Coordinate of grid index `i` of `n` over a domain. */
function at(i: number, dom: [number, number], n: number): number {
  return dom[0] + ((dom[1] - dom[0]) * i) / (n - 1);
}

async function plane(
  params: MlpParams,
  d: Direction,
  e: Direction,
  x: Tensor,
  labels: Int32Array,
  xDomain: [number, number],
  yDomain: [number, number],
  n: number,
  phase: 'random' | 'trajectory',
  ctx: JobContext,
): Promise<LandscapePlane> {
  const evaluator = new PlaneEvaluator(params, d, e, x, labels);
  const values = new Float32Array(n * n);
  const as = Float64Array.from({ length: n }, (_, col) => at(col, xDomain, n));
  for (let row = 0; row < n; row++) {
    // NOTE: a whole grid row shares b; its points go through the second layer a batch at a time.
    evaluator.evaluate(as, new Float64Array(n).fill(at(row, yDomain, n)), values, row * n);
    ctx.report({ phase, done: row + 1, total: n });
    await ctx.pause();
  }
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] < values[best]) best = i;
  return {
    n,
    values,
    xDomain,
    yDomain,
    minimum: {
      x: at(best % n, xDomain, n),
      y: at(Math.floor(best / n), yDomain, n),
      loss: values[best],
    },
    centreLoss: evaluator.at(0, 0),
  };
}
