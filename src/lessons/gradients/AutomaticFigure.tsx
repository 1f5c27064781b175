/** Forward mode (one pass per input) against reverse mode (one pass for all), on the engine's graph. */
import { useMemo } from 'react';
import { GraphView } from '../../components';
import { useSubSteps } from '../../kit/substeps';
import { modesRun } from './composition';

/** Props of {@link AutomaticFigure}. */
export interface AutomaticFigureProps {
  /** Depth k (1…6). */
  k: number;
  /** Passes run so far: 1…n forward-mode passes, n + 1 adds the reverse pass. */
  passes: number;
  /** Sets the pass position. */
  onPasses: (passes: number) => void;
}

const fmt = (v: number) => v.toPrecision(8);

/** The automatic-differentiation figure. */
export function AutomaticFigure({ k, passes, onPasses }: AutomaticFigureProps) {
  const run = useMemo(() => modesRun(k), [k]);
  const n = run.names.length;
  const last = n + 1;
  const shown = Math.min(passes, last);
  useSubSteps({
    next: () => (shown < last ? (onPasses(shown + 1), true) : false),
    prev: () => (shown > 0 ? (onPasses(shown - 1), true) : false),
    clicker: `Each press runs one more pass: ${n} forward-mode passes, one per input, then the single reverse pass; Back undoes one.`,
  });
  const forwardDone = Math.min(shown, n);
  const reverseDone = shown === last;
  return (
    <div className="gr-automatic">
      <div className="gr-cols">
        <div className="gr-col">
          <table className="gr-table" data-testid="modes-table">
            <thead>
              <tr>
                <th scope="col">∂f/∂…</th>
                <th scope="col">forward mode (pass #)</th>
                <th scope="col">reverse mode (1 pass)</th>
              </tr>
            </thead>
            <tbody>
              {run.names.map((name, i) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>{i < forwardDone ? `${fmt(run.forward[i])} (#${i + 1})` : '·'}</td>
                  <td>{reverseDone ? fmt(run.reverse[i]) : '·'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="gr-status" aria-live="polite">
            Passes so far: forward mode {forwardDone} of {n}; reverse mode{' '}
            {reverseDone ? '1 (forward + one backward)' : '0'}.
          </p>
          <div className="gr-reveal" role="group" aria-label="Passes">
            <button type="button" disabled={shown >= last} onClick={() => onPasses(shown + 1)}>
              {shown < n ? `Run forward pass #${shown + 1}` : 'Run the reverse pass'}
            </button>
            <button type="button" disabled={shown === 0} onClick={() => onPasses(0)}>
              Clear
            </button>
          </div>
        </div>
        <div className="gr-col">
          <table className="gr-table" data-testid="pass-counts">
            <caption>Passes for a full Jacobian</caption>
            <thead>
              <tr>
                <th scope="col">function</th>
                <th scope="col">forward mode</th>
                <th scope="col">reverse mode</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">n inputs → 1 output (a loss)</th>
                <td>n</td>
                <td>1</td>
              </tr>
              <tr>
                <th scope="row">1 input → m outputs</th>
                <td>1</td>
                <td>m</td>
              </tr>
              <tr>
                <th scope="row">this f: {n} inputs → 1 output</th>
                <td>{n}</td>
                <td>1</td>
              </tr>
            </tbody>
          </table>
        </div>
      </div>
      <GraphView
        graph={run.graph}
        showGrads={reverseDone}
        ariaLabel={`Engine graph of the depth-${k} composition`}
      />
    </div>
  );
}
