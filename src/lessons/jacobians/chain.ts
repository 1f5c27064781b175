/**
 * Assembling ∂L/∂W₁ = (W₂ᵀ(ŷ − y) ⊙ 𝟙[W₁x > 0]) xᵀ factor by factor. Shapes are checked before
 * each product; every product is computed by the engine.
 */
import { ones, vjp, type Tensor } from '../../engine';
import type { TinyNet } from './tiny-net';

/** How a factor joins the product. */
export type JoinKind = 'matmul' | 'hadamard';

/** One factor a student can place in the chain. */
export interface Factor {
  /** Stable id (used in the URL). */
  id: string;
  /** TeX of the factor. */
  tex: string;
  /** Plain-text name for buttons and messages. */
  name: string;
  /** Matrix product, or elementwise product with the ReLU's mask. */
  join: JoinKind;
  /** The factor as a 2-D matrix (vectors are columns). */
  value: Tensor;
}

/** A column [n, 1] (or row [1, n]) view of a vector. */
const column = (t: Tensor) => t.reshape([t.size, 1]);
const row = (t: Tensor) => t.reshape([1, t.size]);

/** The factors on offer: the four of the gradient and three that do not fit. */
export function chainFactors(net: TinyNet): Factor[] {
  const r = net.yhat.sub(net.y).detach();
  // NOTE: the ReLU's local derivative 𝟙[f > 0] is read from the engine: one vjp of relu with seed 1.
  const mask = vjp((t) => t.relu(), net.f.detach(), ones(net.f.shape, { dtype: 'float64' })).grad;
  const w2 = net.w2.detach();
  return [
    { id: 'w2t', tex: 'W_2^\\top', name: 'W₂ᵀ', join: 'matmul', value: w2.transpose() },
    { id: 'r', tex: '(\\hat y - y)', name: '(ŷ − y)', join: 'matmul', value: column(r) },
    {
      id: 'mask',
      tex: '\\odot\\, \\mathbb{1}[W_1 x > 0]',
      name: '⊙ 𝟙[W₁x > 0]',
      join: 'hadamard',
      value: column(mask),
    },
    { id: 'xt', tex: 'x^\\top', name: 'xᵀ', join: 'matmul', value: row(net.x.detach()) },
    { id: 'w2', tex: 'W_2', name: 'W₂', join: 'matmul', value: w2 },
    { id: 'rt', tex: '(\\hat y - y)^\\top', name: '(ŷ − y)ᵀ', join: 'matmul', value: row(r) },
    { id: 'x', tex: 'x', name: 'x', join: 'matmul', value: column(net.x.detach()) },
  ];
}

/** The ids of the correct order. */
export const CORRECT_ORDER = ['w2t', 'r', 'mask', 'xt'];

const shapeText = (s: readonly number[]) => s.join('×');

/** Why `factor` cannot join a product of shape `shape`, or null when it can. */
export function refusal(shape: readonly number[] | null, factor: Factor): string | null {
  const fs = factor.value.shape;
  if (shape === null) {
    return factor.join === 'hadamard'
      ? `${factor.name} multiplies entry by entry: it needs a vector on its left to act on.`
      : null;
  }
  if (factor.join === 'hadamard') {
    return shape[0] === fs[0] && shape[1] === fs[1]
      ? null
      : `${shapeText(shape)} cannot be multiplied entry by entry with ${shapeText(fs)}: ⊙ needs equal shapes.`;
  }
  return shape[1] === fs[0]
    ? null
    : `${shapeText(shape)} cannot multiply ${shapeText(fs)}: the inner sizes ${shape[1]} and ${fs[0]} differ.`;
}

/** The product so far (engine tensors), or the first refusal. */
export interface ChainState {
  /** Ids accepted, in order. */
  accepted: string[];
  /** The engine's product of the accepted factors (null when empty). */
  product: Tensor | null;
  /** Why the next id was refused (null when every id was accepted). */
  refused: string | null;
}

/** Multiplies the factors `ids` in order with the engine, stopping at the first refusal. */
export function assemble(factors: readonly Factor[], ids: readonly string[]): ChainState {
  let product: Tensor | null = null;
  const accepted: string[] = [];
  for (const id of ids) {
    const factor = factors.find((f) => f.id === id);
    if (!factor) return { accepted, product, refused: `There is no factor called “${id}”.` };
    if (accepted.includes(id))
      return { accepted, product, refused: `${factor.name} is already in the chain.` };
    const why = refusal(product ? product.shape : null, factor);
    if (why) return { accepted, product, refused: why };
    product =
      product === null
        ? factor.value
        : factor.join === 'hadamard'
          ? product.mul(factor.value)
          : product.matmul(factor.value);
    accepted.push(id);
  }
  return { accepted, product, refused: null };
}

/** Largest |a − b| over two equally sized tensors. */
export function largestDifference(a: Tensor, b: Tensor): number {
  let m = 0;
  for (let k = 0; k < a.size; k++) m = Math.max(m, Math.abs(a.data[k] - b.data[k]));
  return m;
}

/** TeX of the chain as written so far: a hadamard wraps what came before in parentheses. */
export function chainTex(
  factors: readonly Factor[],
  ids: readonly string[],
  matrices: (f: Factor) => string,
): string {
  let tex = '';
  for (const id of ids) {
    const factor = factors.find((f) => f.id === id);
    if (!factor) continue;
    tex =
      factor.join === 'hadamard'
        ? `\\left(${tex} ${matrices(factor)}\\right)`
        : `${tex} ${matrices(factor)}`;
  }
  return tex.trim();
}
