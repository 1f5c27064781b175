import type { Tensor } from './tensor';
import type { FloatArray } from './op-types';
import { allocate } from './storage';

/** Resets the gradients of `params` to zero in place. */
function zeroAll(params: Tensor[]): void {
  for (const p of params) p.zeroGrad();
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
    const { lr, momentum } = this;
    this.params.forEach((p, k) => {
      if (!p.grad) return;
      const w = p.data;
      const g = p.grad.data;
      if (momentum === 0) {
        for (let i = 0; i < w.length; i++) w[i] -= lr * g[i];
        return;
      }
      const v = (this.velocity[k] ??= allocate(p.dtype, p.size));
      for (let i = 0; i < w.length; i++) {
        v[i] = momentum * v[i] + g[i];
        w[i] -= lr * v[i];
      }
    });
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
    this.m = params.map((p) => allocate(p.dtype, p.size));
    this.v = params.map((p) => allocate(p.dtype, p.size));
  }

  /** Applies one update from the current gradients. */
  step(): void {
    this.t++;
    const { lr, beta1, beta2, eps } = this;
    // NOTE: the bias corrections fold into the step size, so the loop touches each element once.
    const c1 = 1 - beta1 ** this.t;
    const c2 = 1 - beta2 ** this.t;
    this.params.forEach((p, k) => {
      if (!p.grad) return;
      const w = p.data;
      const g = p.grad.data;
      const m = this.m[k];
      const v = this.v[k];
      for (let i = 0; i < w.length; i++) {
        m[i] = beta1 * m[i] + (1 - beta1) * g[i];
        v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
        w[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
      }
    });
  }

  /** Zeroes every parameter's gradient. */
  zeroGrad(): void {
    zeroAll(this.params);
  }
}
