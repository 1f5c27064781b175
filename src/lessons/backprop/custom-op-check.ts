/**
 * The custom-op step's logic: which Multiply runs f = w1·x, the source shown for it, and the
 * engine's gradient check of the whole example's loss with respect to w1 and x.
 */
import { gradcheck, scalar, type GradcheckResult, type Tensor } from '../../engine';
import { Multiply } from '../../kit/multiply-op';
import { MultiplyNoUpstream, MultiplySwapped } from '../../kit/multiply-op-buggy';
import correctSource from '../../kit/multiply-op.ts?raw';
import buggySource from '../../kit/multiply-op-buggy.ts?raw';
import pytorchSource from './multiply_op.py?raw';
import type { ScalarInputs } from './params';
import { scalarGraph, type MultiplyFn } from './scalar-example';

/** The lecture's PyTorch Multiply (`torch.autograd.Function`), shown beside the engine's version. */
export const PYTORCH_MULTIPLY = pytorchSource;

/** Which backward the custom Multiply uses. */
export type BugKind = 'none' | 'swap' | 'no-upstream';

/** One selectable Multiply: its name in the toggle, its op and the file it lives in. */
export interface MultiplyVariant {
  /** Toggle label. */
  label: string;
  /** Computes f = w1·x with this variant. */
  apply: MultiplyFn;
  /** Source of the module that defines it (the code that runs). */
  source: string;
  /** File name shown above the code. */
  file: string;
  /** Why it is wrong (empty for the correct one). */
  why: string;
}

/** The three variants of the toggle. */
export const MULTIPLY_VARIANTS: Record<BugKind, MultiplyVariant> = {
  none: {
    label: 'correct backward',
    apply: (a, b) => Multiply.apply(a, b),
    source: correctSource,
    file: 'multiply-op.ts',
    why: '',
  },
  swap: {
    label: 'bug: x · grad for both',
    apply: (a, b) => MultiplySwapped.apply(a, b),
    source: buggySource,
    file: 'multiply-op-buggy.ts',
    why: 'In f = w₁ · x the op’s x is the graph’s w₁ and its y is the graph’s x. The gradient for w₁ must be (the graph’s x) · grad, the other factor; returning w₁ · grad for both breaks ∂L/∂w₁, and is right only when w₁ = x.',
  },
  'no-upstream': {
    label: 'bug: forgets the upstream grad',
    apply: (a, b) => MultiplyNoUpstream.apply(a, b),
    source: buggySource,
    file: 'multiply-op-buggy.ts',
    why: 'It returns the local gradients alone: x for w₁ and w₁ for x (the op’s y and x). Without multiplying by the upstream gradient ∂L/∂f, the rest of the graph between f and the loss is ignored: the chain is broken.',
  },
};

/** A gradient check of L(w1, x) through the chosen Multiply, at the given inputs. */
export function checkMultiply(kind: BugKind, inputs: ScalarInputs): GradcheckResult {
  const constant = (v: number) => scalar(v, { dtype: 'float64' });
  const loss = (w1: Tensor, x: Tensor) =>
    scalarGraph(
      { x, w1, w2: constant(inputs.w2), y: constant(inputs.y) },
      MULTIPLY_VARIANTS[kind].apply,
    ).loss;
  const leaf = (v: number) => scalar(v, { dtype: 'float64', requiresGrad: true });
  return gradcheck(loss, [leaf(inputs.w1), leaf(inputs.x)]);
}
