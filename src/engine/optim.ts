import type { Tensor } from './tensor';
import type { FloatArray } from './op-types';
import { withoutArena } from './arena';
import { allocate } from './storage';

/** A zero buffer for optimizer state of `p`: it lives as long as the optimizer, so never from an arena. */
function stateBuffer(p: Tensor): FloatArray {
  return withoutArena(() => allocate(p.dtype, p.size));
}

/** Resets the gradients of `params` to zero in place. */
function zeroAll(params: Tensor[]): void {
  for (const p of params) p.zeroGrad();
}

// NOTE: the update loops are module-level functions over plain typed arrays (no closures, no
// per-parameter callbacks), so V8 compiles each once into a tight loop; they update in place and
// read each stored moment back, so float32 state rounds exactly as element-by-element code would.

/** w ← w − lr·g. */
function sgdUpdate(w: FloatArray, g: FloatArray, lr: number): void {
  const n = w.length;
  for (let i = 0; i < n; i++) w[i] -= lr * g[i];
}

/** v ← μv + g, w ← w − lr·v. */
function momentumUpdate(w: FloatArray, g: FloatArray, v: FloatArray, lr: number, mu: number): void {
  const n = w.length;
  for (let i = 0; i < n; i++) {
    v[i] = mu * v[i] + g[i];
    w[i] -= lr * v[i];
  }
}

/** The coefficients of one Adam step: decays, and the bias corrections folded into the step size. */
interface AdamCoefficients {
  beta1: number;
  beta2: number;
  /** 1 − β1ᵗ. */
  c1: number;
  /** 1 − β2ᵗ. */
  c2: number;
  lr: number;
  eps: number;
}

/** m ← β1m + (1−β1)g, v ← β2v + (1−β2)g², w ← w − lr·(m/c1)/(√(v/c2) + ε). */
function adamUpdate(
  w: FloatArray,
  g: FloatArray,
  m: FloatArray,
  v: FloatArray,
  k: AdamCoefficients,
): void {
  const { beta1, beta2, c1, c2, lr, eps } = k;
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const gi = g[i];
    m[i] = beta1 * m[i] + (1 - beta1) * gi;
    v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
    w[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
  }
}

/** Stochastic gradient descent with optional (heavy-ball) momentum: v ← μv + g, p ← p − lr·v. */
export class SGD {
  /** Learning rate (mutable between steps). */
  lr: number;
  /** Momentum coefficient μ (0: plain SGD). */
  momentum: number;
  /** The parameters updated in place. */
  readonly params: Tensor[];
  private readonly velocity: (FloatArray | null)[];

  /** Creates the optimiser over `params`. */
  constructor(params: Tensor[], opts: { lr: number; momentum?: number }) {
    this.params = params;
    this.lr = opts.lr;
    this.momentum = opts.momentum ?? 0;
    this.velocity = params.map(() => null);
  }

  /** Applies one update from the current gradients (parameters without a grad are skipped). */
  step(): void {
    const { lr, momentum, params } = this;
    for (let k = 0; k < params.length; k++) {
      const p = params[k];
      if (!p.grad) continue;
      if (momentum === 0) {
        sgdUpdate(p.data, p.grad.data, lr);
        continue;
      }
      const v = (this.velocity[k] ??= stateBuffer(p));
      momentumUpdate(p.data, p.grad.data, v, lr, momentum);
    }
  }

  /** Zeroes every parameter's gradient. */
  zeroGrad(): void {
    zeroAll(this.params);
  }
}

/** Adam (Kingma & Ba) with bias-corrected first and second moments. */
export class Adam {
  /** Learning rate (mutable between steps). */
  lr: number;
  /** Decay of the first moment. */
  beta1: number;
  /** Decay of the second moment. */
  beta2: number;
  /** Added to the denominator for stability. */
  eps: number;
  /** The parameters updated in place. */
  readonly params: Tensor[];
  private t = 0;
  private readonly m: FloatArray[];
  private readonly v: FloatArray[];

  /** Creates the optimiser over `params` (defaults lr 1e-3, β1 0.9, β2 0.999, ε 1e-8). */
  constructor(
    params: Tensor[],
    opts: { lr?: number; beta1?: number; beta2?: number; eps?: number } = {},
  ) {
    this.params = params;
    this.lr = opts.lr ?? 1e-3;
    this.beta1 = opts.beta1 ?? 0.9;
    this.beta2 = opts.beta2 ?? 0.999;
    this.eps = opts.eps ?? 1e-8;
    this.m = params.map(stateBuffer);
    this.v = params.map(stateBuffer);
  }

  /** Applies one update from the current gradients. */
  step(): void {
    this.t++;
    const { lr, beta1, beta2, eps, params } = this;
    // NOTE: the bias corrections fold into the step size, so the loop touches each element once.
    const k = { beta1, beta2, c1: 1 - beta1 ** this.t, c2: 1 - beta2 ** this.t, lr, eps };
    for (let i = 0; i < params.length; i++) {
      const p = params[i];
      if (p.grad) adamUpdate(p.data, p.grad.data, this.m[i], this.v[i], k);
    }
  }

  /** Zeroes every parameter's gradient. */
  zeroGrad(): void {
    zeroAll(this.params);
  }
}
