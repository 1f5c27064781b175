/** The custom-op step's prediction: which wrong backward fails the gradient check at these inputs? */
import { useId, useMemo, useState } from 'react';
import { checkMultiply } from './custom-op-check';
import type { ScalarInputs } from './params';

type Choice = 'swap' | 'no-upstream' | 'both' | 'neither';

const CHOICES: { id: Choice; label: string }[] = [
  { id: 'swap', label: 'only the swapped factors' },
  { id: 'no-upstream', label: 'only the missing upstream factor' },
  { id: 'both', label: 'both bugs' },
  { id: 'neither', label: 'neither: values are right, so the check passes' },
];

/** Which choice is true, from the engine's gradient checks at these inputs. */
export function failingBugs(inputs: ScalarInputs): Choice {
  const swap = !checkMultiply('swap', inputs).ok;
  const noUpstream = !checkMultiply('no-upstream', inputs).ok;
  if (swap && noUpstream) return 'both';
  if (swap) return 'swap';
  if (noUpstream) return 'no-upstream';
  return 'neither';
}

const WHY: Record<Choice, string> = {
  neither:
    'Forward values are right in every variant; only the gradients differ, and the check compares gradients with finite differences.',
  swap: 'The swapped backward gives w₁ the wrong factor (w₁ · grad instead of x · grad).',
  'no-upstream': 'Forgetting the upstream gradient drops ∂L/∂f from the chain.',
  both: 'Each slip changes ∂L/∂w₁ wherever gradient flows.',
};

/** Props of {@link BugPredict}. */
export interface BugPredictProps {
  /** The example's inputs (the check runs at these). */
  inputs: ScalarInputs;
  /** Show the engine's answer even before a pick (the clicker turned to the check). */
  isRevealed?: boolean;
}

/** The status line: nothing yet, the verdict on the pick, or the answer revealed by a press. */
function statusText(picked: Choice | null, truth: Choice, isRevealed: boolean): string {
  const answer = CHOICES.find((c) => c.id === truth)?.label;
  if (picked === null) return isRevealed ? `The engine's check says: ${answer}. ${WHY[truth]}` : '';
  if (picked === truth) return `✓ Right. ${WHY[truth]} Switch the backward above to see it.`;
  return `✗ Not here. ${WHY[picked]} At these inputs the engine's check says: ${answer}. Switch the backward above and see.`;
}

/** A four-way choice checked against the engine's gradcheck of both bugs. */
export function BugPredict({ inputs, isRevealed = false }: BugPredictProps) {
  const name = useId();
  const truth = useMemo(() => failingBugs(inputs), [inputs]);
  const [picked, setPicked] = useState<Choice | null>(null);
  return (
    <fieldset className="bp-toggle bp-bugpredict" data-testid="bug-predict">
      <legend>Predict first: at these inputs, which bug fails the gradient check?</legend>
      {CHOICES.map((c) => (
        <label key={c.id} className="bp-toggle__option">
          <input
            type="radio"
            name={name}
            checked={picked === c.id}
            onChange={() => setPicked(c.id)}
          />{' '}
          {c.label}
        </label>
      ))}
      <p role="status" className="bp-bugpredict__status">
        {statusText(picked, truth, isRevealed)}
      </p>
    </fieldset>
  );
}
