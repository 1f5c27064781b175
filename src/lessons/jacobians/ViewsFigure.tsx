/** Tensor view and scalar view of the tiny network: the same backward pass, stepped in both. */
import { useMemo } from 'react';
import { GraphView } from '../../components/graph/GraphView';
import { formatNumber } from '../../components/format';
import { Tex } from '../../components/Tex';
import { RejectedParamsNotice } from '../../kit/RejectedParamsNotice';
import { useSubSteps } from '../../kit/substeps';
import type { ClampedParam } from '../../kit/url-params';
import type { BackwardTrace } from './tiny-net';
import { twoViews, type ExpandedOp } from './views';

/** Props of {@link ViewsFigure}. */
export interface ViewsFigureProps {
  /** The expanded op. */
  op: ExpandedOp;
  /** Backward steps taken in the tensor graph. */
  tensorPos: number;
  /** Backward steps taken in the scalar graph. */
  scalarPos: number;
  /** Which view is on screen. */
  view: 'tensor' | 'scalar';
  /** Called with new values. */
  onChange: (next: { op?: ExpandedOp; tb?: number; sb?: number; vw?: 'tensor' | 'scalar' }) => void;
  /** Presenter mode: the scalar view shows the op's first output entry, at a readable size. */
  isPresenting?: boolean;
}

const OP_CHOICES: { id: ExpandedOp; tex: string; text: string }[] = [
  { id: 'f', tex: 'f = W_1 x', text: 'f = W₁x' },
  { id: 'g', tex: 'g = \\max(0, f)', text: 'g = max(0, f)' },
  { id: 'yhat', tex: '\\hat y = W_2 g', text: 'ŷ = W₂g' },
];

function Stepper({
  trace,
  pos,
  onPos,
  collapsed,
  label,
  height,
}: {
  trace: BackwardTrace;
  pos: number;
  onPos: (p: number) => void;
  collapsed: boolean;
  label: string;
  height?: number;
}) {
  const max = trace.steps.length;
  const at = Math.max(0, Math.min(max, pos));
  const step = at > 0 ? trace.steps[at - 1] : undefined;
  return (
    <div className="jc-stepper">
      <div className="jc-row" role="group" aria-label={`Step the ${label} backward`}>
        <button type="button" onClick={() => onPos(at - 1)} disabled={at <= 0}>
          ← Back
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => onPos(at + 1)}
          disabled={at >= max}
        >
          Next op →
        </button>
        <button type="button" onClick={() => onPos(max)} disabled={at >= max}>
          To the end
        </button>
        <span
          className="jc-status"
          aria-live="polite"
          data-testid={`${collapsed ? 'tensor' : 'scalar'}-status`}
        >
          {label}: backward step {at} of {max}
        </span>
      </div>
      <GraphView
        graph={trace.graphs[at]}
        currentStep={step ? { kind: 'backward', ...step } : undefined}
        collapsed={collapsed}
        ariaLabel={label}
        height={height}
      />
    </div>
  );
}

/** The two-views figure. */
export function ViewsFigure(props: ViewsFigureProps) {
  const { op, tensorPos, scalarPos, view, onChange, isPresenting = false } = props;
  const views = useMemo(() => twoViews(op), [op]);
  // NOTE: the whole expansion (up to 73 nodes) cannot be read from the back of a room; a slide
  // shows one output entry's expansion (the one with the largest |ū|), built like the others.
  const scalarTrace = isPresenting ? views.oneEntry : views.scalar;
  const tMax = views.tensor.steps.length;
  const sMax = scalarTrace.steps.length;
  const tb = Math.max(0, Math.min(tMax, tensorPos));
  const sb = Math.max(0, Math.min(sMax, scalarPos));
  // A link may ask for more backward steps than this graph has (the URL table's bound is generic).
  const beyond: ClampedParam[] = [
    { key: 'tb', given: tensorPos, used: tb, min: 0, max: tMax },
    { key: 'sb', given: scalarPos, used: sb, min: 0, max: sMax },
  ].filter((c) => c.given !== c.used);
  const isTensor = view === 'tensor';
  useSubSteps({
    next: () => {
      if (isTensor && tb < tMax) onChange({ tb: tb + 1 });
      else if (isTensor) onChange({ vw: 'scalar' });
      else if (sb < sMax) onChange({ sb: sb + 1 });
      else return false;
      return true;
    },
    prev: () => {
      if (!isTensor && sb > 0) onChange({ sb: sb - 1 });
      else if (!isTensor) onChange({ vw: 'tensor' });
      else if (tb > 0) onChange({ tb: tb - 1 });
      else return false;
      return true;
    },
    clicker:
      'Each press takes one backward step in the tensor graph, then switches to the scalar graph and steps back through it; Back undoes one.',
  });
  const choice = OP_CHOICES.find((c) => c.id === op)!;
  return (
    <div className={isTensor ? 'jc-views' : 'jc-views jc-views--scalar'}>
      <RejectedParamsNotice
        keys={[]}
        clamped={beyond}
        names={{
          tb: 'backward steps in the tensor graph',
          sb: 'backward steps in the scalar graph',
        }}
      />
      <div className="jc-row" role="group" aria-label="View">
        <button type="button" aria-pressed={isTensor} onClick={() => onChange({ vw: 'tensor' })}>
          Tensor view
        </button>
        <button type="button" aria-pressed={!isTensor} onClick={() => onChange({ vw: 'scalar' })}>
          Scalar view of {choice.text}
        </button>
        <span className="jc-readout" data-testid="views-agreement">
          Tensor vs scalar view:{' '}
          {views.agreement
            .map((a) => `∂L/∂${a.label} differs by at most ${formatNumber(a.largest)}`)
            .join('; ')}
        </span>
      </div>
      {isTensor ? (
        <>
          <p className="jc-ops" data-testid="tensor-ops">
            {views.ops.map((o) => (
              <span key={o.opId} className="jc-ops__item">
                <strong>{o.outputLabel}</strong> = {o.op}({o.inputLabels.join(', ')}):{' '}
                {o.inputShapes.map((sh) => (sh.length ? sh.join('×') : 'scalar')).join(', ')} →{' '}
                {o.outputShape.length ? o.outputShape.join('×') : 'scalar'}
              </span>
            ))}
          </p>
          <Stepper
            trace={views.tensor}
            pos={tb}
            onPos={(p) => onChange({ tb: p })}
            collapsed
            label="Tensor graph"
          />
        </>
      ) : (
        <>
          <div className="jc-row" role="group" aria-label="Expand one tensor op into scalars">
            {OP_CHOICES.map((c) => (
              <button
                key={c.id}
                type="button"
                aria-pressed={op === c.id}
                onClick={() => onChange({ op: c.id, sb: 0 })}
              >
                Expand <Tex tex={c.tex} />
              </button>
            ))}
          </div>

          <Stepper
            trace={scalarTrace}
            pos={sb}
            onPos={(p) => onChange({ sb: p })}
            collapsed={false}
            label={
              isPresenting
                ? `Scalar graph of ${choice.text}, entry ${views.entry + 1} of ${views.entries} (weighted by ū[${views.entry}])`
                : `Scalar graph of ${choice.text} (${views.scalarOps} ops, weighted by ū)`
            }
            height={isPresenting ? undefined : op === 'f' ? 420 : 340}
          />
        </>
      )}
    </div>
  );
}
