/** Sliders and number fields for the scalar example's x, w1, w2 and y, plus the ReLU call-out. */
import { Link } from 'wouter';
import { Slider } from '../../components/controls/Slider';
import { NumberInput } from '../../components/controls/NumberInput';
import { Tex } from '../../components/Tex';
import { formatNumber } from '../../components/format';
import { BACKPROP_PARAMS, type ScalarInputs } from './params';
import { backwardStepOf, finalGrad, finalValue } from './trace';
import { dL, texNum } from './tex-format';
import type { ScalarRun } from './useScalarTrace';

/** Props of {@link ScalarInputsPanel}. */
export interface ScalarInputsPanelProps {
  /** Current inputs. */
  inputs: ScalarInputs;
  /** Called with the changed inputs. */
  onChange: (next: Partial<ScalarInputs>) => void;
}

const FIELDS: { key: keyof ScalarInputs; label: string }[] = [
  { key: 'x', label: 'x (input)' },
  { key: 'w1', label: 'w₁ (weight)' },
  { key: 'w2', label: 'w₂ (weight)' },
  { key: 'y', label: 'y (target)' },
];

/** The four inputs, each as a slider and an exact number field. */
export function ScalarInputsPanel({ inputs, onChange }: ScalarInputsPanelProps) {
  return (
    <div className="bp-inputs" role="group" aria-label="Inputs of the example">
      {FIELDS.map(({ key, label }) => {
        const spec = BACKPROP_PARAMS[key];
        return (
          <div className="bp-inputs__pair" key={key}>
            <Slider
              label={label}
              value={inputs[key]}
              min={spec.min}
              max={spec.max}
              step={0.5}
              onChange={(v) => onChange({ [key]: v })}
            />
            <div className="bp-inputs__exact">
              <NumberInput
                label={`${label}, exact`}
                value={inputs[key]}
                min={spec.min}
                max={spec.max}
                step={1}
                onChange={(v) => onChange({ [key]: v })}
              />
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** The results the engine computed: L, ∂L/∂w1, ∂L/∂w2, and a call-out when the ReLU blocks. */
export function ScalarResults({ run }: { run: ScalarRun }) {
  const { trace, tensors } = run;
  const reluLocal = backwardStepOf(trace, tensors.g)?.local[0]?.[0];
  const f = finalValue(trace, tensors.f);
  const isBlocked = reluLocal === 0;
  return (
    <div className="bp-results">
      <ul className="bp-results__list" aria-label="Results">
        <li>
          <Tex tex={`L = ${texNum(finalValue(trace, tensors.loss))}`} />
        </li>
        <li data-testid="grad-w1">
          <Tex tex={`${dL('w_1')} = ${texNum(finalGrad(trace, tensors.w1))}`} />
        </li>
        <li data-testid="grad-w2">
          <Tex tex={`${dL('w_2')} = ${texNum(finalGrad(trace, tensors.w2))}`} />
        </li>
      </ul>
      {isBlocked && (
        <p className="bp-callout" role="status" data-testid="relu-blocked">
          <strong>The ReLU blocks the gradient.</strong> f = {f === null ? '?' : formatNumber(f)} is
          not positive, so g = max(0, f) = 0 and its local gradient ∂g/∂f is 0. Whatever arrives
          from upstream is multiplied by 0: w₁ gets no gradient at all, and gradient descent cannot
          change it for this input.
        </p>
      )}
    </div>
  );
}

/** A one-line reminder of the inputs in use, with a link to the step that edits them. */
export function InputsSummary({ inputs, editHref }: { inputs: ScalarInputs; editHref: string }) {
  return (
    <p className="bp-summary" data-testid="inputs-summary">
      With{' '}
      <Tex
        tex={`x = ${texNum(inputs.x)},\\ w_1 = ${texNum(inputs.w1)},\\ w_2 = ${texNum(inputs.w2)},\\ y = ${texNum(inputs.y)}`}
      />{' '}
      <Link href={editHref}>(change them)</Link>
    </p>
  );
}
