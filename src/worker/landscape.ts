/**
 * Loss-landscape slices of a trained MLP (Li et al. 2018, "Visualizing the Loss Landscape of
 * Neural Nets"): the loss at θ* + a·δ + b·η over a grid of (a, b). Directions are random and
 * filter-normalised (each row of a direction's weight matrix scaled to the norm of the matching
 * row of θ*, biases not perturbed), or the top two principal directions of the training history.
 * Written against the engine's public API.
 */
import { linear, noGrad, tensor, type Rng, type Tensor } from '../engine';

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

/** The pieces of θ(a, b) = θ* + a·δ + b·η that do not change across the grid. */
export interface SlicePlan {
  /** X·W1ᵀ, X·δ₁ᵀ, X·η₁ᵀ: the first layer is linear in its weights, so these three products give X·W1(a, b)ᵀ for every (a, b). */
  first: [Tensor, Tensor, Tensor];
  /** b1, δ(b1), η(b1). */
  bias1: [Float32Array, Float32Array, Float32Array];
  /** W2, δ(W2), η(W2). */
  w2: [Float32Array, Float32Array, Float32Array];
  /** b2, δ(b2), η(b2). */
  bias2: [Float32Array, Float32Array, Float32Array];
  /** Labels of the subset. */
  labels: Int32Array;
  /** Shape of W2. */
  w2Shape: [number, number];
}

/** Precomputes the three first-layer products (the bulk of the work) once per plane. */
export function planSlice(
  params: MlpParams,
  d: Direction,
  e: Direction,
  x: Tensor,
  labels: Int32Array,
): SlicePlan {
  const [w1, b1, w2, b2] = params;
  const asT = (a: Float32Array) => tensor(a, { shape: w1.shape.slice() });
  const first = noGrad(() => [w1, asT(d[0]), asT(e[0])].map((w) => x.matmul(w.transpose()))) as [
    Tensor,
    Tensor,
    Tensor,
  ];
  return {
    first,
    bias1: [b1.data as Float32Array, d[1], e[1]],
    w2: [w2.data as Float32Array, d[2], e[2]],
    bias2: [b2.data as Float32Array, d[3], e[3]],
    labels,
    w2Shape: [w2.shape[0], w2.shape[1]],
  };
}

function combine(
  parts: [Float32Array, Float32Array, Float32Array],
  a: number,
  b: number,
  shape: number[],
): Tensor {
  const [p, d, e] = parts;
  const out = new Float32Array(p.length);
  for (let i = 0; i < p.length; i++) out[i] = p[i] + a * d[i] + b * e[i];
  return tensor(out, { shape });
}

/** Mean softmax cross-entropy of the subset at θ* + a·δ + b·η (engine forward, no grad). */
export function sliceLoss(plan: SlicePlan, a: number, b: number): number {
  return noGrad(() => {
    const [p0, pd, pe] = plan.first;
    const hidden = plan.bias1[0].length;
    const bias = combine(plan.bias1, a, b, [hidden]).data;
    // NOTE: one pass for X·W1(a, b)ᵀ + b1(a, b) = X·W1ᵀ + a·X·δ₁ᵀ + b·X·η₁ᵀ + b1(a, b), instead of
    // five engine elementwise ops each allocating a batch-sized array.
    const z = new Float32Array(p0.size);
    const [d0, dd, de] = [p0.data, pd.data, pe.data];
    for (let i = 0; i < z.length; i++) z[i] = d0[i] + a * dd[i] + b * de[i] + bias[i % hidden];
    const w2 = combine(plan.w2, a, b, plan.w2Shape);
    const b2 = combine(plan.bias2, a, b, [plan.w2Shape[0]]);
    const z1 = tensor(z, { shape: p0.shape.slice() });
    return linear(z1.relu(), w2, b2).softmaxCrossEntropy(plan.labels).item();
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
