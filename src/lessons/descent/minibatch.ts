/**
 * Mini-batch gradient descent on the two-weight model: the same start, the same α and the same
 * shuffling seed for every batch size; each step's gradient comes from the engine on that batch.
 */
import { batches, createRng, noGrad, scalar, tensor, type Tensor } from '../../engine';
import { DATA_COUNT, regressionData, regressionLoss } from './surfaces';

/** Batch sizes compared (the last is the full set). */
export const BATCH_SIZES = [1, 16, 256, DATA_COUNT] as const;

/** One batch size's run: the path and the full-data loss after each step. */
export interface BatchRun {
  /** Batch size. */
  batchSize: number;
  /** Iterates, the start first. */
  points: { x: number; y: number; loss: number }[];
}

function gather(t: Tensor, rows: Int32Array): Tensor {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = t.data[rows[i]];
  return tensor(out, { dtype: 'float64' });
}

/** Runs `steps` steps of mini-batch descent for one batch size. */
export function runBatches(
  batchSize: number,
  opts: { alpha: number; steps: number; seed: number; start: [number, number] },
  data: { x: Tensor; y: Tensor } = regressionData(),
): BatchRun {
  const full = regressionLoss(data);
  const rng = createRng(opts.seed);
  let [x, y] = opts.start;
  const lossAt = (a: number, b: number) =>
    noGrad(() => full(scalar(a, { dtype: 'float64' }), scalar(b, { dtype: 'float64' })).item());
  const points = [{ x, y, loss: lossAt(x, y) }];
  let epoch = batches(DATA_COUNT, batchSize, rng);
  for (let k = 0; k < opts.steps; k++) {
    let next = epoch.next();
    if (next.done) {
      epoch = batches(DATA_COUNT, batchSize, rng);
      next = epoch.next();
    }
    const rows = next.value as Int32Array;
    const w1 = scalar(x, { dtype: 'float64', requiresGrad: true });
    const w2 = scalar(y, { dtype: 'float64', requiresGrad: true });
    regressionLoss({ x: gather(data.x, rows), y: gather(data.y, rows) })(w1, w2).backward();
    x -= opts.alpha * (w1.grad?.item() ?? 0);
    y -= opts.alpha * (w2.grad?.item() ?? 0);
    points.push({ x, y, loss: lossAt(x, y) });
    if (!Number.isFinite(points[points.length - 1].loss)) break;
  }
  return { batchSize, points };
}
