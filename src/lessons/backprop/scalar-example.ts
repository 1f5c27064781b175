/**
 * The lecture's scalar network, built with the engine in float64:
 * f = w1·x, g = max(0, f), ŷ = w2·g, L = ½(ŷ − y)².
 */
import { scalar, type Tensor } from '../../engine';
import type { ScalarInputs } from './params';

/** A two-input multiplication (the engine's `mul`, or a custom op's `apply`). */
export type MultiplyFn = (a: Tensor, b: Tensor) => Tensor;

/** The tensors of the scalar example, by the lecture's names. */
export interface ScalarTensors {
  /** Input (data: no gradient needed). */
  x: Tensor;
  /** First weight. */
  w1: Tensor;
  /** f = w1·x. */
  f: Tensor;
  /** g = max(0, f). */
  g: Tensor;
  /** Second weight. */
  w2: Tensor;
  /** ŷ = w2·g. */
  yhat: Tensor;
  /** Target (data). */
  y: Tensor;
  /** L = ½(ŷ − y)². */
  loss: Tensor;
}

const engineMul: MultiplyFn = (a, b) => a.mul(b);

/** The leaves of the example as float64 scalars (x and y are data: no gradient). */
export function scalarLeaves(inputs: ScalarInputs): Pick<ScalarTensors, 'x' | 'w1' | 'w2' | 'y'> {
  const leaf = (v: number, label: string, tex: string, requiresGrad: boolean) =>
    scalar(v, { dtype: 'float64', requiresGrad, label, labelTex: tex });
  return {
    x: leaf(inputs.x, 'x', 'x', false),
    w1: leaf(inputs.w1, 'w1', 'w_1', true),
    w2: leaf(inputs.w2, 'w2', 'w_2', true),
    y: leaf(inputs.y, 'y', 'y', false),
  };
}

/** Wires the lecture's four lines on given leaves; `multiply` computes f = w1·x (custom-op step). */
export function scalarGraph(
  leaves: Pick<ScalarTensors, 'x' | 'w1' | 'w2' | 'y'>,
  multiply: MultiplyFn = engineMul,
): ScalarTensors {
  const { x, w1, w2, y } = leaves;
  const f = multiply(w1, x).setLabel('f', 'f');
  const g = f.relu().setLabel('g', 'g');
  const yhat = w2.mul(g).setLabel('ŷ', '\\hat y');
  const loss = yhat.halfSquaredError(y).setLabel('L', 'L');
  return { x, w1, f, g, w2, yhat, y, loss };
}

/** Builds the lecture's graph for the given inputs. */
export function buildScalarExample(
  inputs: ScalarInputs,
  multiply: MultiplyFn = engineMul,
): ScalarTensors {
  return scalarGraph(scalarLeaves(inputs), multiply);
}
