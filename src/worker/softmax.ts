/** Small numeric helpers on plain arrays for prediction results. */

/** Index of the largest of `data[offset .. offset+n)` relative to offset (first one on ties). */
export function argmax(data: ArrayLike<number>, offset: number, n: number): number {
  let best = 0;
  for (let j = 1; j < n; j++) if (data[offset + j] > data[offset + best]) best = j;
  return best;
}

/** Row-wise softmax of `logits` viewed as rows of `width`; returns a new array. */
export function softmaxRows(logits: Float32Array, width: number): Float32Array {
  const out = new Float32Array(logits.length);
  for (let r = 0; r < logits.length; r += width) {
    // NOTE: subtract the row maximum so exp never overflows.
    const max = logits[r + argmax(logits, r, width)];
    let sum = 0;
    for (let j = 0; j < width; j++) {
      out[r + j] = Math.exp(logits[r + j] - max);
      sum += out[r + j];
    }
    for (let j = 0; j < width; j++) out[r + j] /= sum;
  }
  return out;
}
