/** Words for where the weights on screen come from. */
import { RUN_SEED, type RunState } from './mnist-run';

/** E.g. "untrained: random weights (seed 1)" or "after 600 training steps · test accuracy 91.2%". */
export function weightsLabel(run: RunState): string {
  if (!run.weights) return 'not built yet';
  if (run.weightsIteration === 0) return `untrained: random weights (seed ${RUN_SEED})`;
  const acc = run.snapshot.lastEval?.testAccuracy;
  const accText =
    acc === null || acc === undefined ? '' : ` · test accuracy ${(100 * acc).toFixed(1)}%`;
  return `after ${run.weightsIteration} training steps${accText}`;
}
