/**
 * Fast evaluation of a whole loss-landscape plane: the loss of the 2-layer MLP at θ* + a·δ + b·η
 * for many (a, b) at once. Both layers are linear in their weights, so
 *   - the first layer's pre-activations for any (a, b) are X·W1ᵀ + a·X·δ₁ᵀ + b·X·η₁ᵀ + b1(a, b):
 *     one engine product X·[W1; δ₁; η₁]ᵀ per plane gives all three;
 *   - the scores of hidden activations H are H·W2ᵀ + a·H·δ₂ᵀ + b·H·η₂ᵀ + b2(a, b): one engine
 *     product of the hidden activations of several grid points, stacked, with [W2; δ₂; η₂]ᵀ gives
 *     the three parts for all of them.
 * Buffers are allocated once per plane and reused for every batch of points; the loss of each
 * point is the engine's softmax cross-entropy.
 */
import { noGrad, Tensor } from '../engine';
import type { Direction, MlpParams } from './landscape';

/** Stacked hidden activations kept per product (floats), about 4 MB: sets how many points share one product. */
export const PRODUCT_FLOATS = 1 << 20;

/** Columns of the second product, padded to a multiple of 8 (the wasm kernel's block width). */
function paddedColumns(classes: number): number {
  return Math.ceil((3 * classes) / 8) * 8;
}

/** Rows `[p; d; e]` of three [rows, cols] matrices, transposed into one [cols, width] matrix (zero-padded). */
function stackTransposed(parts: Float32Array[], rows: number, cols: number, width: number) {
  const out = new Float32Array(cols * width);
  parts.forEach((m, s) => {
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) out[c * width + s * rows + r] = m[r * cols + c];
  });
  return new Tensor(out, [cols, width]);
}

/** Evaluates the loss on the points of one plane through the trained weights. */
export class PlaneEvaluator {
  /** Grid points evaluated by one second-layer product. */
  readonly pointsPerProduct: number;
  private readonly n: number;
  private readonly hidden: number;
  private readonly classes: number;
  private readonly width: number;
  /** X·[W1; δ₁; η₁]ᵀ, [n, 3·hidden]. */
  private readonly first: Float32Array;
  /** [W2; δ₂; η₂]ᵀ, [hidden, width]. */
  private readonly second: Tensor;
  private readonly bias1: Float32Array[];
  private readonly bias2: Float32Array[];
  private readonly stacked: Float32Array;
  private readonly logits: Float32Array;
  private readonly b1: Float32Array;
  private readonly b2: Float32Array;

  /** Plans the plane θ* + a·δ + b·η for inputs `x` [n, D] and their labels. */
  constructor(
    params: MlpParams,
    d: Direction,
    e: Direction,
    x: Tensor,
    private readonly labels: Int32Array,
    productFloats = PRODUCT_FLOATS,
  ) {
    const [w1, b1, w2, b2] = params;
    this.n = x.shape[0];
    [this.hidden] = w1.shape;
    [this.classes] = w2.shape;
    this.width = paddedColumns(this.classes);
    const inputs = w1.shape[1];
    const w1s = new Float32Array(3 * this.hidden * inputs);
    [w1.data, d[0], e[0]].forEach((m, s) => w1s.set(m, s * this.hidden * inputs));
    const stackedW1 = new Tensor(w1s, [3 * this.hidden, inputs]);
    this.first = noGrad(() => x.matmul(stackedW1.transpose())).data as Float32Array;
    const w2parts = [w2.data as Float32Array, d[2], e[2]];
    this.second = stackTransposed(w2parts, this.classes, this.hidden, this.width);
    this.bias1 = [b1.data as Float32Array, d[1], e[1]];
    this.bias2 = [b2.data as Float32Array, d[3], e[3]];
    this.b1 = new Float32Array(this.hidden);
    this.b2 = new Float32Array(this.classes);
    this.pointsPerProduct = Math.max(1, Math.floor(productFloats / (this.n * this.hidden)));
    this.stacked = new Float32Array(this.pointsPerProduct * this.n * this.hidden);
    this.logits = new Float32Array(this.n * this.classes);
  }

  /** Losses at the points (as[k], bs[k]), written into `out` from `offset`. */
  evaluate(as: ArrayLike<number>, bs: ArrayLike<number>, out: Float32Array, offset = 0): void {
    for (let start = 0; start < as.length; start += this.pointsPerProduct) {
      const count = Math.min(this.pointsPerProduct, as.length - start);
      for (let k = 0; k < count; k++) this.hiddenOf(as[start + k], bs[start + k], k);
      const rows = count * this.n;
      const h = new Tensor(this.stacked.subarray(0, rows * this.hidden), [rows, this.hidden]);
      const scores = noGrad(() => h.matmul(this.second)).data as Float32Array;
      for (let k = 0; k < count; k++)
        out[offset + start + k] = this.lossOf(scores, k, as[start + k], bs[start + k]);
    }
  }

  /** The loss at one point. */
  at(a: number, b: number): number {
    const out = new Float32Array(1);
    this.evaluate([a], [b], out);
    return out[0];
  }

  /** relu(first-layer pre-activations at (a, b)) into slot `k` of the stacked buffer. */
  private hiddenOf(a: number, b: number, k: number): void {
    const { n, hidden: h, first, stacked, b1 } = this;
    const [p, dp, ep] = this.bias1;
    for (let j = 0; j < h; j++) b1[j] = p[j] + a * dp[j] + b * ep[j];
    const base = k * n * h;
    for (let i = 0; i < n; i++) {
      const src = 3 * h * i;
      const dst = base + h * i;
      for (let j = 0; j < h; j++) {
        const z = first[src + j] + a * first[src + h + j] + b * first[src + 2 * h + j] + b1[j];
        stacked[dst + j] = z > 0 ? z : 0;
      }
    }
  }

  /** The engine's mean cross-entropy of point `k`'s scores H·W2(a, b)ᵀ + b2(a, b). */
  private lossOf(scores: Float32Array, k: number, a: number, b: number): number {
    const { n, classes: c, width, logits, b2 } = this;
    const [p, dp, ep] = this.bias2;
    for (let j = 0; j < c; j++) b2[j] = p[j] + a * dp[j] + b * ep[j];
    for (let i = 0; i < n; i++) {
      const row = (k * n + i) * width;
      for (let j = 0; j < c; j++)
        logits[i * c + j] =
          scores[row + j] + a * scores[row + c + j] + b * scores[row + 2 * c + j] + b2[j];
    }
    return noGrad(() => new Tensor(logits, [n, c]).softmaxCrossEntropy(this.labels).item());
  }
}
