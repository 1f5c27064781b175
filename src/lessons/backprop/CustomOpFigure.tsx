/**
 * The custom Multiply beside the graph it runs in: the module's real source, a toggle that
 * plugs in a wrong backward, the resulting gradients, and the engine's gradient check.
 */
import { useMemo } from 'react';
import { GraphView } from '../../components/graph/GraphView';
import { Tex } from '../../components/Tex';
import { formatNumber } from '../../components/format';
import { useSubSteps } from '../../kit/substeps';
import {
  checkMultiply,
  MULTIPLY_VARIANTS,
  PYTORCH_MULTIPLY,
  type BugKind,
} from './custom-op-check';
import type { ScalarInputs } from './params';
import { dL, texNum } from './tex-format';
import { finalGrad } from './trace';
import { runScalarExample } from './useScalarTrace';

/** Props of {@link CustomOpFigure}. */
export interface CustomOpFigureProps {
  /** The example's inputs. */
  inputs: ScalarInputs;
  /** The backward in use. */
  bug: BugKind;
  /** Called when the reader picks another backward. */
  onBug: (bug: BugKind) => void;
  /** The check is on screen (presenter mode shows the code first, then the check). */
  isCheckShown: boolean;
  /** Called when the clicker turns between the code and the check. */
  onCheckShown: (isShown: boolean) => void;
}

const KINDS = Object.keys(MULTIPLY_VARIANTS) as BugKind[];

function CheckResult({ bug, inputs }: { bug: BugKind; inputs: ScalarInputs }) {
  const result = useMemo(() => checkMultiply(bug, inputs), [bug, inputs]);
  const errors = result.perInput
    .map((p, i) => `${i === 0 ? 'w₁' : 'x'}: ${formatNumber(p.maxRelError)}`)
    .join(', ');
  return (
    <div
      className={`bp-check ${result.ok ? 'bp-check--ok' : 'bp-check--bad'}`}
      role="status"
      data-testid="gradcheck"
    >
      <p className="bp-check__verdict">
        {result.ok ? '✓ gradcheck passed' : '✗ gradcheck failed'}: largest relative error{' '}
        <strong>{formatNumber(result.maxRelError)}</strong>{' '}
        <span className="bp-muted">({errors}; tolerance 1e−6)</span>
      </p>
      {!result.ok && <p>{MULTIPLY_VARIANTS[bug].why}</p>}
      {result.ok && bug !== 'none' && (
        <p>
          The check passed although backward is wrong: at these inputs the gradient reaching this op
          hides the slip (it is 0 behind a blocked ReLU, or the factors happen to coincide).
          Gradient checks need inputs where gradient flows.
        </p>
      )}
    </div>
  );
}

function CodeBlock({ file, source }: { file: string; source: string }) {
  return (
    <div className="bp-code">
      <div className="bp-code__file">{file}</div>
      <pre tabIndex={0} aria-label={`Source: ${file}`}>
        <code>{source.trim()}</code>
      </pre>
    </div>
  );
}

/**
 * Code, toggle, graph and gradient check of the custom-op step. The clicker first turns from the
 * code to the check (presenter mode shows one panel at a time), then plugs in each backward.
 */
export function CustomOpFigure(props: CustomOpFigureProps) {
  const { inputs, bug, onBug, isCheckShown, onCheckShown } = props;
  const at = Math.max(0, KINDS.indexOf(bug));
  useSubSteps({
    next: () => {
      if (!isCheckShown) onCheckShown(true);
      else if (at < KINDS.length - 1) onBug(KINDS[at + 1]);
      else return false;
      return true;
    },
    prev: () => {
      if (at > 0) onBug(KINDS[at - 1]);
      else if (isCheckShown) onCheckShown(false);
      else return false;
      return true;
    },
    position: () => [(isCheckShown ? 1 : 0) + at, KINDS.length],
    clicker:
      'Ask the room first: the first press shows the gradient check and the prediction’s answer; each next press swaps in the next buggy backward of Multiply; Back undoes one.',
  });
  const variant = MULTIPLY_VARIANTS[bug];
  const run = useMemo(() => runScalarExample(inputs, variant.apply), [inputs, variant]);
  return (
    <div className="bp-customop" data-panel={isCheckShown ? 'check' : 'code'}>
      <fieldset className="bp-toggle">
        <legend>Backward of Multiply</legend>
        {KINDS.map((k) => (
          <label key={k} className="bp-toggle__option">
            <input
              type="radio"
              name="bp-bug"
              value={k}
              checked={bug === k}
              onChange={() => onBug(k)}
            />{' '}
            {MULTIPLY_VARIANTS[k].label}
          </label>
        ))}
      </fieldset>
      <div className="bp-customop__cols">
        <CodeBlock file="PyTorch: the lecture's Multiply" source={PYTORCH_MULTIPLY} />
        <CodeBlock file={`This engine: ${variant.file}`} source={variant.source} />
      </div>
      <p className="bp-muted bp-customop__map">
        The op&rsquo;s x and y are the graph&rsquo;s w₁ and x: it computes f = w₁ · x.
      </p>
      <div className="bp-customop__graph">
        <GraphView
          graph={run.trace.finalGraph}
          ariaLabel="The example's graph, with f computed by the custom Multiply"
        />
        <p className="bp-big" data-testid="customop-grad">
          <Tex tex={`${dL('w_1')} = ${texNum(finalGrad(run.trace, run.tensors.w1))}`} />
        </p>
        <CheckResult bug={bug} inputs={inputs} />
      </div>
    </div>
  );
}
