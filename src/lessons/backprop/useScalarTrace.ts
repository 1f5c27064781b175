/** The scalar example for the current inputs, built and stepped through by the engine once per change. */
import { useMemo } from 'react';
import { buildScalarExample, type MultiplyFn, type ScalarTensors } from './scalar-example';
import type { ScalarInputs } from './params';
import { tracePasses, type PassTrace } from './trace';

/** The example's tensors and its forward/backward trace. */
export interface ScalarRun {
  /** The tensors by the lecture's names. */
  tensors: ScalarTensors;
  /** The engine's step-through. */
  trace: PassTrace;
}

/** Builds the scalar example (f = w1·x computed by `multiply`, the engine's mul by default) and traces it. */
export function runScalarExample(inputs: ScalarInputs, multiply?: MultiplyFn): ScalarRun {
  const tensors = buildScalarExample(inputs, multiply);
  return { tensors, trace: tracePasses(tensors.loss) };
}

/** Builds and traces the scalar example; recomputed only when an input changes. */
export function useScalarTrace({ x, w1, w2, y }: ScalarInputs): ScalarRun {
  return useMemo(() => runScalarExample({ x, w1, w2, y }), [x, w1, w2, y]);
}
