/** Reading a decision boundary off a grid of predicted classes. */

/**
 * The largest number of class changes along any row or column of a gridSize² class grid. A
 * straight boundary between two classes crosses every row and column at most once.
 */
export function maxLineSwitches(classes: ArrayLike<number>, gridSize: number): number {
  let worst = 0;
  for (let a = 0; a < gridSize; a++) {
    let rowSwitches = 0;
    let colSwitches = 0;
    for (let b = 1; b < gridSize; b++) {
      if (classes[a * gridSize + b] !== classes[a * gridSize + b - 1]) rowSwitches++;
      if (classes[b * gridSize + a] !== classes[(b - 1) * gridSize + a]) colSwitches++;
    }
    worst = Math.max(worst, rowSwitches, colSwitches);
  }
  return worst;
}

/** argmax per row of `scores` (`n * classes`). */
export function argmaxRows(scores: ArrayLike<number>, classes: number): Uint8Array {
  const n = Math.floor(scores.length / classes);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let k = 1; k < classes; k++)
      if (scores[i * classes + k] > scores[i * classes + best]) best = k;
    out[i] = best;
  }
  return out;
}

/** Share of `predicted` equal to `labels`. */
export function accuracyOf(predicted: ArrayLike<number>, labels: ArrayLike<number>): number {
  if (labels.length === 0) return 0;
  let hits = 0;
  for (let i = 0; i < labels.length; i++) if (predicted[i] === labels[i]) hits++;
  return hits / labels.length;
}
