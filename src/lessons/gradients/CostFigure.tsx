/** What a numerical gradient of the MNIST MLP costs: counted, then timed live, one press at a time. */
import { useEffect, useMemo, useState } from 'react';
import { useSubSteps } from '../../kit/substeps';
import {
  BATCH,
  MLP_SIZES,
  costModel,
  evaluationsNeeded,
  median,
  parameterCount,
  timeBackward,
  timeEvaluation,
  type CostModel,
} from './cost';

const REPEATS = 9;
const LAST_STAGE = 4;

/** Times `measure` once per animation frame, REPEATS times, while `active`; the median in ms. */
function useFrameTiming(active: boolean, measure: () => number, runId: number): number | null {
  const [result, setResult] = useState<{ runId: number; ms: number } | null>(null);
  useEffect(() => {
    if (!active) return undefined;
    const samples: number[] = [];
    let frame = 0;
    const tick = () => {
      samples.push(measure());
      if (samples.length < REPEATS) frame = requestAnimationFrame(tick);
      else setResult({ runId, ms: median(samples) });
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [active, measure, runId]);
  return result && result.runId === runId ? result.ms : null;
}

const fmtInt = (n: number) => n.toLocaleString('en-US');
const fmtMs = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

function fmtDuration(ms: number): string {
  if (ms < 1000) return `${fmtMs(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}

/** Props of {@link CostFigure}. */
export interface CostFigureProps {
  /** Reveal position 0…4. */
  stage: number;
  /** Sets the reveal position. */
  onStage: (stage: number) => void;
}

/** The cost figure. */
export function CostFigure({ stage, onStage }: CostFigureProps) {
  const model = useMemo<CostModel>(() => costModel(), []);
  const [runId, setRunId] = useState(0);
  const now = () => performance.now();
  const evalMs = useFrameTiming(
    stage >= 1,
    useMemo(() => () => timeEvaluation(model, now), [model]),
    runId,
  );
  const backMs = useFrameTiming(
    stage >= 3,
    useMemo(() => () => timeBackward(model, now), [model]),
    runId,
  );
  const params = parameterCount(model);
  const evals = evaluationsNeeded(params);
  useSubSteps({
    next: () => (stage < LAST_STAGE ? (onStage(stage + 1), true) : false),
    prev: () => (stage > 0 ? (onStage(stage - 1), true) : false),
    clicker: `Each press fills the next row of the cost table (${LAST_STAGE} to fill); Back hides it again.`,
  });
  const total = evalMs === null ? null : evalMs * evals;
  const rows: [string, string, boolean][] = [
    ['parameters of the MLP ' + MLP_SIZES.join('-'), fmtInt(params), true],
    ['loss evaluations for one central-difference gradient (2 per parameter)', fmtInt(evals), true],
    [
      `one loss evaluation (batch of ${BATCH}), timed now`,
      evalMs === null ? 'timing…' : `${fmtMs(evalMs)} ms`,
      stage >= 1,
    ],
    [
      `all ${fmtInt(evals)} evaluations, extrapolated`,
      total === null ? '…' : fmtDuration(total),
      stage >= 2,
    ],
    [
      'one backward pass (all gradients), timed now',
      backMs === null ? 'timing…' : `${fmtMs(backMs)} ms`,
      stage >= 3,
    ],
    [
      'numerical ÷ backward',
      total === null || backMs === null
        ? '…'
        : `${fmtInt(Math.round(total / Math.max(backMs, 1e-3)))}×`,
      stage >= 4,
    ],
  ];
  return (
    <div className="gr-cost">
      <table className="gr-table gr-cost__table" data-testid="cost-table">
        <tbody>
          {rows.map(([label, value, shown], i) => (
            <tr
              key={i}
              className={shown ? undefined : 'gr-hidden-row'}
              aria-hidden={shown ? undefined : true}
            >
              <th scope="row">{label}</th>
              <td data-row={i}>{shown ? value : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="gr-reveal" role="group" aria-label="Reveal">
        <button type="button" disabled={stage >= LAST_STAGE} onClick={() => onStage(stage + 1)}>
          Next row
        </button>
        <button type="button" disabled={stage < 1} onClick={() => setRunId((r) => r + 1)}>
          Time again
        </button>
      </div>
      <p className="gr-muted">
        Times are the median of {REPEATS} runs, one per frame, on this device, in this page. They
        vary from run to run; the ratio is what matters.
      </p>
    </div>
  );
}
