/**
 * The chain rule for the scalar example, read off the engine's backward steps: each factor is
 * a local derivative the engine computed, and each running product is a gradient the engine
 * accumulated. Nothing is multiplied here.
 */
import type { Tensor } from '../../engine';
import type { ScalarTensors } from './scalar-example';
import { backwardStepOf, finalGrad, valueId, type PassTrace } from './trace';

/** One factor of a chain-rule product. */
export interface ChainFactor {
  /** The factor as a TeX fraction, e.g. `\frac{\partial g}{\partial f}`. */
  tex: string;
  /** Its value, from the engine's backward step. */
  value: number;
  /** The gradient known once this factor is multiplied in (TeX of ∂L/∂·). */
  runningTex: string;
  /** That gradient's value, from the engine. */
  runningValue: number;
  /** True for ∂L/∂ŷ, which both weights' chains share. */
  isShared: boolean;
}

const frac = (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;

/** The local derivative of `out` with respect to its input `input`, from the engine's backward step. */
function localOf(trace: PassTrace, out: Tensor, input: Tensor): number {
  const step = backwardStepOf(trace, out);
  const i = step ? step.inputIds.indexOf(valueId(input)) : -1;
  return step && i >= 0 ? (step.local[i]?.[0] ?? NaN) : NaN;
}

/** ∂L/∂ŷ: the upstream gradient arriving at ŷ's op (the shared factor). */
function lossFactor(trace: PassTrace, t: ScalarTensors): ChainFactor {
  const v = backwardStepOf(trace, t.yhat)?.upstream[0] ?? NaN;
  return {
    tex: frac('L', '\\hat y'),
    value: v,
    runningTex: frac('L', '\\hat y'),
    runningValue: v,
    isShared: true,
  };
}

/** Gradient of any tensor after the full backward pass; intermediate ones come from its op's upstream. */
function gradOf(trace: PassTrace, t: Tensor): number {
  const leafGrad = finalGrad(trace, t);
  if (leafGrad !== null) return leafGrad;
  return backwardStepOf(trace, t)?.upstream[0] ?? NaN;
}

/**
 * ∂L/∂w1 = ∂f/∂w1 · ∂g/∂f · ∂ŷ/∂g · ∂L/∂ŷ, returned in backprop order (∂L/∂ŷ first):
 * the order in which the backward pass learns each factor.
 */
export function chainForW1(trace: PassTrace, t: ScalarTensors): ChainFactor[] {
  const factor = (out: Tensor, input: Tensor, outTex: string, inTex: string): ChainFactor => ({
    tex: frac(outTex, inTex),
    value: localOf(trace, out, input),
    runningTex: frac('L', inTex),
    runningValue: gradOf(trace, input),
    isShared: false,
  });
  return [
    lossFactor(trace, t),
    factor(t.yhat, t.g, '\\hat y', 'g'),
    factor(t.g, t.f, 'g', 'f'),
    factor(t.f, t.w1, 'f', 'w_1'),
  ];
}

/** ∂L/∂w2 = ∂ŷ/∂w2 · ∂L/∂ŷ, in backprop order: it re-uses ∂L/∂ŷ. */
export function chainForW2(trace: PassTrace, t: ScalarTensors): ChainFactor[] {
  return [
    lossFactor(trace, t),
    {
      tex: frac('\\hat y', 'w_2'),
      value: localOf(trace, t.yhat, t.w2),
      runningTex: frac('L', 'w_2'),
      runningValue: gradOf(trace, t.w2),
      isShared: false,
    },
  ];
}
