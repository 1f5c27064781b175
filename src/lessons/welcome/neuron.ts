/**
 * The welcome lesson's one neuron, y = σ(w·x + b), evaluated by the engine: its output, the
 * gradient ∂y/∂w by backpropagation, and the same derivative by a central finite difference.
 */
import { finiteDifference, noGrad, scalar } from '../../engine';

/** The fixed input and bias of the neuron. */
export const NEURON_X = 2;
export const NEURON_B = -1;

/** What the engine computed for one weight. */
export interface NeuronReading {
  /** y = σ(w·x + b). */
  y: number;
  /** ∂y/∂w from the engine's backward pass. */
  gradW: number;
  /** ∂y/∂w from a central finite difference (h = 1e-5). */
  numericGradW: number;
}

/** y for a weight, without recording a graph (for plotting). */
export function neuronOutput(w: number): number {
  return noGrad(() => scalar(w, { dtype: 'float64' }).mul(NEURON_X).add(NEURON_B).sigmoid().item());
}

/** Runs the neuron forward and backward in the engine. */
export function readNeuron(w: number): NeuronReading {
  const weight = scalar(w, { dtype: 'float64', requiresGrad: true });
  const y = weight.mul(NEURON_X).add(NEURON_B).sigmoid();
  y.backward();
  return {
    y: y.item(),
    gradW: weight.grad?.item() ?? Number.NaN,
    numericGradW: finiteDifference(neuronOutput, w, 1e-5, 'central'),
  };
}

/** ∂y/∂w for a weight by backpropagation (for plotting). */
export function neuronGradient(w: number): number {
  return readNeuron(w).gradW;
}
