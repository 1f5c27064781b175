/**
 * TeX for the chain-rule products, from the engine's factors. A factor not yet reached by the
 * backward pass shows a question mark; the shared factor ∂L/∂ŷ is boxed (not colour alone).
 */
import type { ChainFactor } from './chain';
import { texNum } from './tex-format';

/** One factor as `\underbrace{\frac{∂f}{∂w_1}}_{5}` (or `_{?}` when hidden), boxed if shared. */
export function factorTex(f: ChainFactor, isShown: boolean): string {
  const body = `\\underbrace{${f.tex}}_{\\large ${isShown ? texNum(f.value) : '?'}}`;
  return f.isShared ? `\\boxed{${body}}` : body;
}

/**
 * The product in the lecture's order (backprop order reversed), with the first `shown`
 * factors of the backprop order revealed; the result appears once all are.
 */
export function chainProductTex(
  lhs: string,
  factors: ChainFactor[],
  shown: number,
  result: number | null,
): string {
  const lectureOrder = factors.map((f, i) => factorTex(f, i < shown)).reverse();
  const done = shown >= factors.length && result !== null;
  return `${lhs} = ${lectureOrder.join(' \\cdot ')}${done ? ` = ${texNum(result)}` : ''}`;
}
