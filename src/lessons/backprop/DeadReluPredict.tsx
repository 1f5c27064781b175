/** The inputs step's prediction: ∂L/∂w₁ once x is negative (the ReLU blocks, so it is 0). */
import { useMemo, useState } from 'react';
import { useSubSteps } from '../../kit/substeps';
import { PredictReveal } from '../../components/controls/PredictReveal';
import { formatNumber } from '../../components/format';
import type { ScalarInputs } from './params';
import { finalGrad, finalValue } from './trace';
import { runScalarExample } from './useScalarTrace';

/** The negative x the question uses. */
export const NEGATIVE_X = -3;

/** Props of {@link DeadReluPredict}. */
export interface DeadReluPredictProps {
  /** The inputs on screen (the question keeps w₁, w₂ and y). */
  inputs: ScalarInputs;
  /** Sets the inputs (to try x = −3 after answering). */
  onChange: (next: ScalarInputs) => void;
}

/**
 * Asks for ∂L/∂w₁ at x = −3 before the student sets it; answers from the engine. The presenter's
 * clicker, after the room has answered, reveals the answer and sets x = −3 (the graph shows it
 * too); back hides the answer and restores x.
 */
export function DeadReluPredict({ inputs, onChange }: DeadReluPredictProps) {
  const asked = useMemo(() => ({ ...inputs, x: NEGATIVE_X }), [inputs]);
  const [before, setBefore] = useState<ScalarInputs | null>(null);
  const [isRevealed, setRevealed] = useState(false);
  const isSet = inputs.x === NEGATIVE_X;
  useSubSteps({
    next: () => !isSet && (setBefore(inputs), setRevealed(true), onChange(asked), true),
    prev: () =>
      before !== null && isSet && (onChange(before), setBefore(null), setRevealed(false), true),
    position: () => [isSet ? 1 : 0, 1],
    clicker: `Ask the room first; a press reveals the answer and sets x = ${NEGATIVE_X} so the graph shows it; Back hides it and restores x.`,
  });
  const run = useMemo(() => runScalarExample(asked), [asked]);
  const answer = finalGrad(run.trace, run.tensors.w1) ?? NaN;
  const f = finalValue(run.trace, run.tensors.f) ?? NaN;
  // The chain without the ReLU's gate, what a student who forgets it computes: (ŷ − y) · w₂ · x.
  const noGate = (inputs.w2 * inputs.w1 * NEGATIVE_X - inputs.y) * inputs.w2 * NEGATIVE_X;
  return (
    <div className="bp-predict" data-testid="dead-relu-predict">
      <PredictReveal
        question={
          <>
            Predict first: keep w₁ = {formatNumber(inputs.w1)}, w₂ = {formatNumber(inputs.w2)}, y ={' '}
            {formatNumber(inputs.y)}, and make x = {NEGATIVE_X}. What is ∂L/∂w₁?
          </>
        }
        answer={answer}
        isRevealed={isRevealed}
        onReveal={setRevealed}
        mistakes={[
          {
            value: noGate,
            message:
              'That is the chain without the ReLU: with f < 0 the ReLU outputs 0 and its local gradient ∂g/∂f is 0, so the product is 0.',
          },
        ]}
        explanation={
          <>
            <p>
              f = w₁ · x = {formatNumber(f)}
              {f > 0 ? '' : ' is not positive, so g = 0 and ∂g/∂f = 0'}: the engine gives ∂L/∂w₁ ={' '}
              {formatNumber(answer)}.
            </p>
            <button type="button" onClick={() => onChange(asked)}>
              Set x = {NEGATIVE_X} and look
            </button>
          </>
        }
      />
    </div>
  );
}
