/** Error versus h for the forward and central differences: controls, the log–log plot, the printed summary. */
import { useMemo } from 'react';
import { LogLogChart, NumberInput, Tex, type LogLogPoint, type LogLogNote } from '../../components';
import type { Precision } from '../../engine';
import { useSubSteps } from '../../kit/substeps';
import { ExpressionField } from '../../components/controls/ExpressionField';
import { Choice } from './Choice';
import { FUNCTION_IDS } from './params';
import {
  LECTURE_H,
  checkStep,
  drawable,
  numericalView,
  resolveFunction,
  type DifferenceSummary,
} from './numerical';
import { sci } from './format';

const LABELS: Record<(typeof FUNCTION_IDS)[number], string> = {
  sin: 'sin x',
  exp: 'eˣ',
  cube: 'x³',
  sigmoid: 'σ(x)',
  abs: '|x|',
  relu: 'relu(x)',
  expr: 'type one',
};

/** Props of {@link NumericalFigure}. */
export interface NumericalFigureProps {
  /** Function id. */
  fn: string;
  /** Typed expression (fn = expr). */
  expr: string;
  /** Point x. */
  x: number;
  /** The student's step. */
  h: number;
  /** Precision. */
  precision: Precision;
  /** Reveal position: 0 curves, 1 regimes, 2 best steps. */
  reveal: number;
  /** Updates the URL state. */
  onChange: (next: {
    fn?: string;
    expr?: string;
    x?: number;
    h?: number;
    prec?: string;
    es?: number;
  }) => void;
}

/** The figure of the numerical step. */
export function NumericalFigure({
  fn,
  expr,
  x,
  h,
  precision,
  reveal,
  onChange,
}: NumericalFigureProps) {
  const resolved = useMemo(() => resolveFunction(fn, expr), [fn, expr]);
  const fallback = useMemo(() => resolveFunction('sin', ''), []);
  const active = resolved.ok ? resolved : fallback;
  if (!active.ok) throw new Error('sin must resolve');
  const step = checkStep(h, x, precision);
  const view = useMemo(
    () => numericalView(active.fn, x, precision, step.h),
    [active, x, precision, step.h],
  );
  const kink = active.fn.kinkAt(x);
  useSubSteps({
    next: () => (reveal < 2 ? (onChange({ es: reveal + 1 }), true) : false),
    prev: () => (reveal > 0 ? (onChange({ es: reveal - 1 }), true) : false),
    clicker:
      'The first press labels the error regimes, the second marks the best h; Back undoes one.',
  });
  return (
    <div className="gr-numerical">
      <div className="gr-controls">
        <Choice
          legend="Function"
          name="gr-fn"
          options={FUNCTION_IDS.map((id) => [id, LABELS[id]] as const)}
          value={fn}
          onChange={(v) => onChange({ fn: v })}
        />
        {fn === 'expr' && (
          <ExpressionField
            value={expr}
            maxLength={200}
            error={resolved.ok ? null : resolved.error}
            onChange={(e) => onChange({ expr: e })}
          />
        )}
        <Choice
          legend="Precision"
          name="gr-prec"
          options={
            [
              ['float64', 'float64'],
              ['float32', 'float32'],
            ] as const
          }
          value={precision}
          onChange={(v) => onChange({ prec: v })}
        />
        <NumberInput
          label="x"
          value={x}
          min={-100}
          max={100}
          step={0.1}
          onChange={(v) => onChange({ x: v })}
        />
        <NumberInput
          label="your h"
          value={h}
          min={-1}
          max={1}
          onChange={(v) => onChange({ h: v })}
        />
      </div>
      <Messages resolvedOk={resolved.ok} fnName={fn} kink={kink} stepMessage={step.message} x={x} />
      <ErrorPlot view={view} reveal={reveal} precision={precision} tex={active.tex} x={x} />
      <div className="gr-reveal" role="group" aria-label="Reveal">
        <button type="button" disabled={reveal >= 2} onClick={() => onChange({ es: reveal + 1 })}>
          {reveal === 0 ? 'Label the regimes' : 'Mark the best h'}
        </button>
        <button type="button" disabled={reveal === 0} onClick={() => onChange({ es: 0 })}>
          Hide labels
        </button>
      </div>
      <SummaryTable view={view} h={step.h} />
    </div>
  );
}

function Messages(p: {
  resolvedOk: boolean;
  fnName: string;
  kink: boolean;
  stepMessage: string | null;
  x: number;
}) {
  return (
    <div aria-live="polite">
      {!p.resolvedOk && (
        <p className="gr-notice" role="status">
          The expression has an error (marked above); the plot shows sin x meanwhile.
        </p>
      )}
      {p.kink && (
        <p className="gr-notice" role="status">
          This function has a kink at x = {p.x}: there is no derivative here. The “exact” value used
          is the engine’s convention (slope 0); the forward difference measures the slope on the
          right, so its error never shrinks.
        </p>
      )}
      {p.stepMessage && (
        <p className="gr-notice" role="status">
          {p.stepMessage}
        </p>
      )}
    </div>
  );
}

function ErrorPlot({
  view,
  reveal,
  precision,
  tex,
  x,
}: {
  view: ReturnType<typeof numericalView>;
  reveal: number;
  precision: Precision;
  tex: string;
  x: number;
}) {
  const { sweep, forward, central } = view;
  const hs = sweep.hs;
  const notes: LogLogNote[] =
    reveal >= 1
      ? [
          {
            x: 8e-2,
            y: 1e-14,
            text: `truncation, slope ${slopeText(forward)} / ${slopeText(central)} →`,
            anchor: 'end',
          },
          { x: 2e-15, y: 1e-16, text: '← round-off grows', anchor: 'start' },
        ]
      : [];
  const points: LogLogPoint[] =
    reveal >= 2
      ? [
          {
            id: 'best-forward',
            x: forward.bestH,
            y: Math.max(forward.bestError, 1e-17),
            label: `best ${sci(forward.bestH)}`,
            colorIndex: 0,
          },
          {
            id: 'best-central',
            x: central.bestH,
            y: Math.max(central.bestError, 1e-17),
            label: `best ${sci(central.bestH)}`,
            colorIndex: 1,
          },
        ]
      : [];
  return (
    <>
      <p className="gr-caption">
        <Tex tex={`f(x) = ${tex}`} /> at x = {x}, {precision}; exact{' '}
        <Tex tex={`f'(x) = ${sci(sweep.exact, 10)}`} />
      </p>
      <LogLogChart
        ariaLabel={`Error of the forward and central differences against h, ${precision}. Best forward h ${sci(forward.bestH)}, best central h ${sci(central.bestH)}.`}
        xLabel="step h"
        yLabel="|estimate − exact|"
        xDomain={[1e-15, 1e-1]}
        yDomain={[1e-17, 10]}
        series={[
          {
            id: 'forward',
            label: 'forward (f(x+h) − f(x))/h',
            x: hs,
            y: drawable(sweep.forward),
            colorIndex: 0,
          },
          {
            id: 'central',
            label: 'central (f(x+h) − f(x−h))/2h',
            x: hs,
            y: drawable(sweep.central),
            colorIndex: 1,
            dashed: true,
          },
        ]}
        markers={[{ x: LECTURE_H, label: 'lecture h = 1e-6' }]}
        points={points}
        notes={notes}
      />
    </>
  );
}

function slopeText(s: DifferenceSummary): string {
  return s.truncationSlope === null ? '–' : s.truncationSlope.toFixed(1);
}

function SummaryTable({ view, h }: { view: ReturnType<typeof numericalView>; h: number }) {
  const rows: [string, DifferenceSummary][] = [
    ['forward', view.forward],
    ['central', view.central],
  ];
  return (
    <table className="gr-table" data-testid="numerical-summary">
      <thead>
        <tr>
          <th scope="col">difference</th>
          <th scope="col">best h</th>
          <th scope="col">error there</th>
          <th scope="col">truncation slope</th>
          <th scope="col">error at h = 1e-6</th>
          <th scope="col">error at your h = {sci(h)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, s]) => (
          <tr key={name} data-difference={name}>
            <th scope="row">{name}</th>
            <td data-best-h={s.bestH}>{sci(s.bestH)}</td>
            <td>{sci(s.bestError)}</td>
            <td>{slopeText(s)}</td>
            <td>{sci(s.atLecture.error)}</td>
            <td>{sci(s.atChosen.error)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
