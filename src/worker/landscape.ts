/**
 * Loss-landscape slices of a trained MLP (Li et al. 2018, "Visualizing the Loss Landscape of
 * Neural Nets"): the loss at θ* + a·δ + b·η over a grid of (a, b). Directions are random and
 * filter-normalised (each row of a direction's weight matrix scaled to the norm of the matching
 * row of θ*, biases not perturbed), or the top two principal directions of the training history.
 * Written against the engine's public API; landscape-batch.ts evaluates whole planes.
 */
import type { Rng, Tensor } from '../engine';

/** The parameters of a 2-layer MLP [W1 (H×D), b1 (H), W2 (C×H), b2 (C)], as engine tensors. */
export type MlpParams = [Tensor, Tensor, Tensor, Tensor];

/** A direction in parameter space, shaped like the parameters. */
export type Direction = Float32Array[];

/** A random Gaussian direction with filter-wise normalisation; bias entries are zero. */
export function filterNormalDirection(params: MlpParams, rng: Rng): Direction {
  return params.map((p) => {
    const out = new Float32Array(p.size);
    if (p.ndim !== 2) return out;
    const [rows, cols] = p.shape;
    for (let r = 0; r < rows; r++) {
      let dn = 0;
      let wn = 0;
      for (let c = 0; c < cols; c++) {
        const v = rng.normal();
        out[r * cols + c] = v;
        dn += v * v;
        wn += p.data[r * cols + c] ** 2;
      }
      const scale = Math.sqrt(wn) / (Math.sqrt(dn) || 1);
      for (let c = 0; c < cols; c++) out[r * cols + c] *= scale;
    }
    return out;
  });
}

/** Flattens MLP parameters into one vector. */
export function flatten(params: readonly { data: ArrayLike<number> }[]): Float32Array {
  const total = params.reduce((s, p) => s + p.data.length, 0);
  const out = new Float32Array(total);
  let o = 0;
  for (const p of params) {
    out.set(p.data, o);
    o += p.data.length;
  }
  return out;
}

/** Splits a flat vector back into pieces shaped like `params`. */
export function unflatten(v: Float32Array, params: MlpParams): Direction {
  let o = 0;
  return params.map((p) => {
    const piece = v.slice(o, o + p.size);
    o += p.size;
    return piece;
  });
}

/**
 * The top two principal directions of the rows θ_i − θ_final of a weight history, through the
 * small Gram matrix (history length squared), and each snapshot's coordinates along them.
 */
export function principalPlane(history: readonly Float32Array[]) {
  const last = history[history.length - 1];
  const rows = history.map((h) => Float64Array.from(h, (v, i) => v - last[i]));
  const t = rows.length;
  const gram = rows.map((r) => rows.map((s) => dot(r, s)));
  const total = gram.reduce((acc, row, i) => acc + row[i], 0) || 1;
  const us = topEigenvectors(gram, 2);
  const dirs = us.map(({ vector }) => {
    const v = new Float64Array(last.length);
    for (let i = 0; i < t; i++) for (let j = 0; j < v.length; j++) v[j] += vector[i] * rows[i][j];
    const norm = Math.sqrt(dot(v, v)) || 1;
    return Float32Array.from(v, (x) => x / norm);
  });
  const coords = rows.map((r) => [dot(r, dirs[0]), dot(r, dirs[1])] as [number, number]);
  return { dirs, coords, explained: us.map((u) => u.value / total) as [number, number] };
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Largest eigenpairs of a small symmetric positive semi-definite matrix (power iteration with deflation). */
export function topEigenvectors(
  m: number[][],
  count: number,
): { value: number; vector: number[] }[] {
  const a = m.map((r) => r.slice());
  const n = a.length;
  const out: { value: number; vector: number[] }[] = [];
  for (let k = 0; k < count; k++) {
    let v = Array.from({ length: n }, (_, i) => 1 + ((i * 7919) % 13) / 13);
    let value = 0;
    for (let it = 0; it < 500; it++) {
      const w = a.map((row) => dot(row, v));
      const norm = Math.sqrt(dot(w, w));
      if (norm === 0) break;
      v = w.map((x) => x / norm);
      value = norm;
    }
    out.push({ value, vector: v });
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i][j] -= value * v[i] * v[j];
  }
  return out;
}
