/**
 * Watches the gradient norm of every parameter tensor, step after step: the latest norms (for the
 * lesson's chart), a typical level per tensor (a moving average of ordinary steps), and the first
 * tensor whose norm blew up (non-finite, or far above its typical level), to explain a divergence.
 */
import type { Tensor } from '../engine';

/** A norm this many times its typical level counts as a blow-up. */
export const BLOW_UP_FACTOR = 10;
/** Steps averaged before a typical level is trusted. */
const WARM_UP = 5;
/** A blow-up older than this many steps no longer explains a divergence. */
const RECENT = 50;
const EMA = 0.1;

/** The first tensor whose gradient norm blew up. */
export interface BlowUp {
  /** Parameter name (W1, b1, W2, …). */
  name: string;
  /** Step at which its norm blew up (1-based: the step that was being taken). */
  step: number;
  /** Its gradient norm then (may be Infinity or NaN). */
  norm: number;
  /** Its typical norm before (moving average), or null before the warm-up ended. */
  typical: number | null;
}

/** ‖t‖₂ of a tensor's data. */
export function l2(data: ArrayLike<number>): number {
  // NOTE: four independent partial sums, so the adds do not wait on each other (this runs on every
  // parameter gradient at every step).
  const n = data.length;
  const n4 = n - (n % 4);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < n4; i += 4) {
    const a = data[i];
    const b = data[i + 1];
    const c = data[i + 2];
    const d = data[i + 3];
    s0 += a * a;
    s1 += b * b;
    s2 += c * c;
    s3 += d * d;
  }
  for (let i = n4; i < n; i++) s0 += data[i] * data[i];
  return Math.sqrt(s0 + s1 + s2 + s3);
}

/** The lecture's names for an engine parameter name: "0.weight" → W1, "2.bias" → b2. */
export function paramLabels(names: readonly string[]): string[] {
  let layer = 0;
  return names.map((n) => {
    if (n.endsWith('.weight')) return `W${++layer}`;
    if (n.endsWith('.bias')) return `b${layer}`;
    return n;
  });
}

/** Per-tensor gradient-norm tracker. */
export class GradWatch {
  /** Norms of the latest observed step, one per tensor. */
  last: number[] = [];
  /** The step those norms belong to (0 before any). */
  lastStep = 0;
  private typical: number[] = [];
  private seen = 0;
  private first: BlowUp | null = null;

  /** Forgets everything (a new run). */
  reset(): void {
    this.last = [];
    this.lastStep = 0;
    this.typical = [];
    this.seen = 0;
    this.first = null;
  }

  /**
   * Records the gradient norms of step `step`; returns true when one of them is not finite (the
   * update must not be applied).
   */
  observe(step: number, params: readonly [string, Tensor][]): boolean {
    const norms = params.map(([, t]) => (t.grad ? l2(t.grad.data) : 0));
    this.last = norms;
    this.lastStep = step;
    let isBad = false;
    norms.forEach((norm, i) => {
      const typical = this.seen >= WARM_UP ? this.typical[i] : null;
      const isFinite = Number.isFinite(norm);
      const isSpike = typical !== null && norm > BLOW_UP_FACTOR * typical;
      if (!isFinite) isBad = true;
      if (!isFinite || isSpike) {
        if (!this.first || step - this.first.step > RECENT)
          this.first = { name: params[i][0], step, norm, typical };
        return;
      }
      this.typical[i] = this.seen === 0 ? norm : (1 - EMA) * (this.typical[i] ?? norm) + EMA * norm;
    });
    this.seen++;
    return isBad;
  }

  /** The recorded blow-up when it is recent relative to `step`, else null. */
  recent(step: number): BlowUp | null {
    return this.first && step - this.first.step <= RECENT ? this.first : null;
  }

  /**
   * Which tensor blew up first, for a divergence at `step`: the recorded blow-up when it is recent,
   * else the tensor whose latest norm is largest relative to its typical level.
   */
  report(step: number, names: readonly string[]): BlowUp | null {
    const recent = this.recent(step);
    if (recent) return recent;
    if (this.last.length === 0) return null;
    let best = 0;
    let bestRatio = -Infinity;
    this.last.forEach((norm, i) => {
      const ratio = Number.isFinite(norm) ? norm / (this.typical[i] || 1) : Infinity;
      if (ratio > bestRatio) [best, bestRatio] = [i, ratio];
    });
    return {
      name: names[best],
      step,
      norm: this.last[best],
      typical: this.seen > WARM_UP ? (this.typical[best] ?? null) : null,
    };
  }
}

/** One sentence naming the tensor that blew up first, with the advice to lower the learning rate. */
export function blowUpSentence(b: BlowUp | null): string {
  if (!b) return 'Lower the learning rate and reset.';
  const norm = Number.isFinite(b.norm) ? b.norm.toPrecision(3) : String(b.norm);
  const typical = b.typical === null ? '' : ` (typically ${b.typical.toPrecision(3)})`;
  return `The first gradient to blow up was ${b.name}'s: ‖∇${b.name}‖ = ${norm}${typical} at step ${b.step}. Lower the learning rate and reset.`;
}
