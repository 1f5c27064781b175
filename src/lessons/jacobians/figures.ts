/**
 * What each figure shows, computed by the engine: Jacobians of small functions, row by row or
 * all at once, their cost in bytes, and the check against central differences.
 */
import {
  createRng,
  jacobian,
  jacobianRow,
  numericJacobian,
  ones,
  randn,
  tensor,
  vjp,
  type Tensor,
} from '../../engine';
import { largestDifference } from './chain';
import { buildTinyNet, toRows } from './tiny-net';

const F64 = { dtype: 'float64' as const };

/** Largest shape the shapes table draws. */
export const MAX_SHOWN = 8;

/** A Jacobian's rows as plain numbers. */
export const jacobianRows = (j: Tensor): number[][] => toRows(j);

/** The engine's Jacobian of y = tanh(A x) for a seeded A [m, n] and x [n]. */
export function shapesJacobian(m: number, n: number): number[][] {
  const rng = createRng(100 + 10 * m + n);
  const a = randn([m, n], rng, F64);
  const x = randn([n], rng, F64);
  return toRows(jacobian((t) => a.matmul(t).tanh(), x));
}

/** Rows, columns and default entries of the editable W of the matmul step. */
export const W_ROWS = 3;
/** Columns of W. */
export const W_COLS = 4;
/** The default W, row-major. */
export const DEFAULT_W = [1, -2, 0.5, 3, 0, 1.5, -1, 2, 2.5, 0.5, 1, -0.5];
/** The fixed input g of the matmul step. */
export const MATMUL_G = [0.5, -1, 2, 1];

/** Reads `W` from its URL text: 12 comma-separated numbers, or null when malformed. */
export function parseW(text: string): number[] | null {
  const parts = text.split(',').map((s) => s.trim());
  if (parts.length !== W_ROWS * W_COLS || parts.some((p) => p === '')) return null;
  const values = parts.map(Number);
  return values.every(Number.isFinite) ? values : null;
}

/** Rows 0…count−1 of ∂(Wg)/∂g, one engine backward pass with a one-hot seed each, and y = Wg. */
export function matmulJacobian(
  w: readonly number[],
  count: number,
): { rows: number[][]; y: number[] } {
  const wt = tensor(w, { ...F64, shape: [W_ROWS, W_COLS] });
  const g = tensor(MATMUL_G, F64);
  const fn = (t: Tensor) => wt.matmul(t);
  const rows = Array.from({ length: Math.min(count, W_ROWS) }, (_, i) => jacobianRow(fn, g, i));
  return { rows, y: fn(g).toArray() };
}

/** The vectors of the elementwise step. */
export const ELEM_F = [1.5, -0.5, 2, -1.2, 0.8];
/** The second factor g of h = f ⊙ g. */
export const ELEM_G = [2, -1, 0.5, 3, -2];

/** The engine's Jacobian of h = f ⊙ g (or of max(0, f)) with respect to f. */
export function elementwiseJacobian(kind: 'mul' | 'relu'): number[][] {
  const g = tensor(ELEM_G, F64);
  const fn = kind === 'mul' ? (t: Tensor) => t.mul(g) : (t: Tensor) => t.relu();
  return toRows(jacobian(fn, tensor(ELEM_F, F64)));
}

/** Bytes of the two ways to push a gradient through ReLU for a batch: a materialised Jacobian or backprop's product. */
export interface ReluCost {
  /** Hidden units. */
  hidden: number;
  /** Batch size. */
  batch: number;
  /** Bytes of the Jacobian of the whole [batch·hidden] activation, float32. */
  fullJacobianBytes: number;
  /** Bytes of one diagonal Jacobian per example (batch × hidden × hidden), float32. */
  perExampleBytes: number;
  /** Bytes of the gradient buffer the engine's relu backward actually wrote. */
  backpropBytes: number;
}

/** Runs the engine's relu backward on a float32 [batch, hidden] batch and sizes both options. */
export function reluCost(hidden = 128, batch = 64): ReluCost {
  const rng = createRng(5);
  const f = randn([batch, hidden], rng);
  const { grad } = vjp((t) => t.relu(), f, ones([batch, hidden]));
  const bytesPer = grad.data.BYTES_PER_ELEMENT;
  const n = batch * hidden;
  return {
    hidden,
    batch,
    fullJacobianBytes: n * n * bytesPer,
    perExampleBytes: batch * hidden * hidden * bytesPer,
    backpropBytes: grad.data.byteLength,
  };
}

/** Which Jacobian of the tiny network the trust step checks. */
export type TrustTarget = 'yhat-x' | 'g-x' | 'yhat-w1';

/** Engine and central-difference Jacobians of one map of the tiny network, and their largest difference. */
export function trustJacobians(target: TrustTarget): {
  engine: number[][];
  numeric: number[][];
  largest: number;
} {
  const net = buildTinyNet();
  const w1 = net.w1.detach();
  const w2 = net.w2.detach();
  const x = net.x.detach();
  const [fn, at]: [(t: Tensor) => Tensor, Tensor] =
    target === 'yhat-w1'
      ? [(t) => w2.matmul(t.reshape(w1.shape).matmul(x).relu()), w1.reshape([w1.size])]
      : target === 'g-x'
        ? [(t) => w1.matmul(t).relu(), x]
        : [(t) => w2.matmul(w1.matmul(t).relu()), x];
  const engine = jacobian(fn, at);
  const numeric = numericJacobian(fn, at);
  return {
    engine: toRows(engine),
    numeric: toRows(numeric),
    largest: largestDifference(engine, numeric),
  };
}
