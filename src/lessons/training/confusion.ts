/** Reading a model's test predictions: confusion matrix, per-class accuracy, cells and confident mistakes. */

/** Counts[t][p]: test digits labelled t that were predicted as p. */
export function confusionMatrix(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  classes = 10,
): number[][] {
  const m = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < labels.length; i++) m[labels[i]][predicted[i]]++;
  return m;
}

/** Share of each class's digits predicted correctly (NaN for a class with no digits). */
export function perClassAccuracy(m: number[][]): number[] {
  return m.map((row, t) => {
    const total = row.reduce((a, b) => a + b, 0);
    return total === 0 ? Number.NaN : row[t] / total;
  });
}

/** Indices of the test digits labelled `t` and predicted `p`, at most `limit`. */
export function cellIndices(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  t: number,
  p: number,
  limit: number,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < labels.length && out.length < limit; i++)
    if (labels[i] === t && predicted[i] === p) out.push(i);
  return out;
}

/** The `k` wrong predictions with the highest probability on the predicted class. */
export function confidentMistakes(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  k: number,
  classes = 10,
): number[] {
  const wrong: [number, number][] = [];
  for (let i = 0; i < labels.length; i++)
    if (labels[i] !== predicted[i]) wrong.push([probabilities[i * classes + predicted[i]], i]);
  return wrong
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, k)
    .map(([, i]) => i);
}

/** The most frequent confusion off the diagonal: [true, predicted, count]. */
export function worstConfusion(m: number[][]): [number, number, number] {
  let best: [number, number, number] = [0, 1, -1];
  m.forEach((row, t) =>
    row.forEach((n, p) => {
      if (t !== p && n > best[2]) best = [t, p, n];
    }),
  );
  return best;
}
