/**
 * One step downhill on L(θ) = ½c(θ − 1)²: the tangent at θ_k, the step −α·L′(θ_k) it implies,
 * the new point. One press of the clicker (or the button) takes one step.
 */
import { useMemo } from 'react';
import { FunctionPlot, Slider, Tex } from '../../components';
import { AlphaSlider } from './AlphaSlider';
import { useCounterSubSteps, type DescentParams, type SetDescentParams } from './hooks';
import { handSteps, quadAt, thresholds, THETA_STAR } from './one-dim';
import { DESCENT_PARAMS } from './params';
import { fmt } from './format';

const DOMAIN: [number, number] = [-6, 8];
const MAX_STEPS = DESCENT_PARAMS.k1.max;

/** What the current α does on this quadratic, in words true of the thresholds. */
export function regimeText(alpha: number, osc: number, div: number): string {
  if (alpha < osc)
    return `α < 1/c = ${fmt(osc)}: every step lands on the same side of the minimum.`;
  if (alpha === osc) return `α = 1/c: the first step lands exactly on the minimum.`;
  if (alpha < div)
    return `1/c < α < 2/c = ${fmt(div)}: each step overshoots the minimum, but by less each time.`;
  if (alpha === div) return `α = 2/c: the steps bounce between two points forever.`;
  return `α > 2/c = ${fmt(div)}: each step overshoots by more than the last, so descent diverges.`;
}

/** Props of the figure. */
export interface OneStepFigureProps {
  /** URL state. */
  params: DescentParams;
  /** URL setter. */
  setParams: SetDescentParams;
}

/** The figure. */
export function OneStepFigure({ params, setParams }: OneStepFigureProps) {
  const { c, a1: alpha, t0, k1 } = params;
  const steps = useMemo(() => handSteps(c, alpha, t0, MAX_STEPS + 1), [c, alpha, t0]);
  const last = Math.min(k1, steps.length - 1);
  useCounterSubSteps(
    last,
    Math.min(MAX_STEPS, steps.length - 1),
    (v) => setParams({ k1: v }),
    'step downhill',
  );
  const { oscillate, diverge } = useMemo(() => thresholds(c), [c]);
  const now = steps[last];
  const functions = useMemo(() => {
    const tangent = [now.theta - 2, now.theta + 2].map((t) => ({
      x: t,
      y: now.loss + now.slope * (t - now.theta),
    }));
    const path = steps.slice(0, last + 1).map((s) => ({ x: s.theta, y: s.loss }));
    return [
      { label: 'L(θ) = ½c(θ − 1)²', fn: (t: number) => quadAt(c, t).loss, colorIndex: 0 },
      { label: 'tangent at θₖ', points: tangent, colorIndex: 5, dashed: true },
      { label: 'steps so far', points: path, colorIndex: 2 },
    ];
  }, [c, steps, last, now]);
  const yMax = 1.1 * Math.max(quadAt(c, DOMAIN[0]).loss, quadAt(c, DOMAIN[1]).loss);
  const isOff = now.theta < DOMAIN[0] || now.theta > DOMAIN[1];
  return (
    <div className="ds-one">
      <div className="ds-controls">
        <Slider
          label="curvature c"
          value={c}
          min={0.25}
          max={4}
          step={0.25}
          onChange={(v) => setParams({ c: v, k1: 0 })}
        />
        <AlphaSlider
          label="step size α"
          value={alpha}
          min={0.01}
          max={10}
          marks={[
            { value: oscillate, label: `1/c = ${fmt(oscillate)}`, kind: 'oscillate' },
            { value: diverge, label: `2/c = ${fmt(diverge)}`, kind: 'diverge' },
          ]}
          onChange={(v) => setParams({ a1: v, k1: 0 })}
        />
        <Slider
          label="start θ₀"
          value={t0}
          min={-6}
          max={8}
          step={0.5}
          onChange={(v) => setParams({ t0: v, k1: 0 })}
        />
      </div>
      <p className="ds-regime" data-testid="one-regime">
        {regimeText(alpha, oscillate, diverge)}
      </p>
      <div className="ds-one__body">
        <div className="ds-one__plot">
          <FunctionPlot
            functions={functions}
            xDomain={DOMAIN}
            yDomain={[-0.05 * yMax, yMax]}
            markX={isOff ? undefined : now.theta}
            xLabel="θ"
            yLabel="L(θ)"
            ariaLabel={`Loss curve with the tangent at θ = ${fmt(now.theta)}`}
          />
        </div>
        <div className="ds-one__side ds-big">
          <p data-testid="one-step-count">
            Step {last}: <Tex tex={`\\theta_{${last}} = ${fmt(now.theta)}`} />, minimum at θ ={' '}
            {THETA_STAR}
          </p>
          <p>
            <Tex tex={`L'(\\theta_{${last}}) = ${fmt(now.slope)}`} /> (engine)
          </p>
          <p data-testid="one-update">
            <Tex
              tex={`\\theta_{${last + 1}} = ${fmt(now.theta)} - ${fmt(alpha)} \\cdot ${fmtTex(now.slope)} = ${fmt(now.next)}`}
            />
          </p>
          {isOff && (
            <p className="notice" role="status">
              θ has left the plot: the steps are growing.
            </p>
          )}
          {last < k1 && (
            <p className="notice" role="status">
              θ ran past ±10⁶, so the steps stopped at step {last}.
            </p>
          )}
          <div className="ds-buttons">
            <button
              type="button"
              onClick={() => setParams({ k1: Math.max(0, last - 1) })}
              disabled={last === 0}
            >
              ← Back
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => setParams({ k1: last + 1 })}
              disabled={last >= Math.min(MAX_STEPS, steps.length - 1)}
            >
              Take one step →
            </button>
            <button type="button" onClick={() => setParams({ k1: 0 })}>
              Start again
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

function fmtTex(v: number): string {
  return v < 0 ? `(${fmt(v)})` : fmt(v);
}
