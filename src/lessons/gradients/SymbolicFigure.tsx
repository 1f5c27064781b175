/** The symbolic derivative of the σ composition: its size against the engine's graph, its formula, its value. */
import { useMemo } from 'react';
import { LineChart, Slider, Tex } from '../../components';
import { MAX_DEPTH, MIN_DEPTH, POINT, depthSizes, symbolicAtDepth } from './composition';
import { sci } from './format';

/** Props of {@link SymbolicFigure}. */
export interface SymbolicFigureProps {
  /** Depth k (already checked to lie in 1…6). */
  k: number;
  /** Sets the depth. */
  onK: (k: number) => void;
}

const DEPTHS = Array.from({ length: MAX_DEPTH }, (_, i) => i + 1);

/** The symbolic figure. */
export function SymbolicFigure({ k, onK }: SymbolicFigureProps) {
  const sizes = useMemo(() => DEPTHS.map(depthSizes), []);
  const at = useMemo(() => symbolicAtDepth(k), [k]);
  const current = sizes[k - 1];
  return (
    <div className="gr-symbolic">
      <Slider label="Depth k" value={k} min={MIN_DEPTH} max={MAX_DEPTH} step={1} onChange={onK} />
      <div className="gr-cols">
        <div className="gr-col">
          <LineChart
            ariaLabel="Size against depth k: symbolic derivatives and the engine's graph"
            xLabel="depth k"
            yLabel="nodes"
            logY
            height={250}
            series={[
              {
                id: 'grad',
                label: 'symbolic: all k+1 partials',
                x: DEPTHS,
                y: sizes.map((s) => s.gradientNodes),
                colorIndex: 0,
              },
              {
                id: 'dx',
                label: 'symbolic: ∂f/∂x',
                x: DEPTHS,
                y: sizes.map((s) => s.derivativeNodes),
                colorIndex: 1,
                dashed: true,
              },
              {
                id: 'engine',
                label: 'engine: graph + backward',
                x: DEPTHS,
                y: sizes.map((s) => s.engineNodes),
                colorIndex: 2,
              },
            ]}
          />
        </div>
        <div className="gr-col">
          <table className="gr-table" data-testid="symbolic-sizes">
            <tbody>
              <tr>
                <th scope="row">nodes of f</th>
                <td>{current.functionNodes}</td>
              </tr>
              <tr>
                <th scope="row">nodes of ∂f/∂x, expanded</th>
                <td>{current.derivativeNodes}</td>
              </tr>
              <tr>
                <th scope="row">nodes of all {k + 1} partials</th>
                <td>{current.gradientNodes}</td>
              </tr>
              <tr>
                <th scope="row">engine: graph + backward steps</th>
                <td>{current.engineNodes}</td>
              </tr>
              <tr>
                <th scope="row">symbolic ∂f/∂x at the point</th>
                <td data-testid="symbolic-value">{at.symbolic.toPrecision(15)}</td>
              </tr>
              <tr>
                <th scope="row">engine’s gradient ∂f/∂x</th>
                <td data-testid="engine-value">{at.engine.toPrecision(15)}</td>
              </tr>
              <tr>
                <th scope="row">difference</th>
                <td data-testid="symbolic-diff">{sci(Math.abs(at.symbolic - at.engine))}</td>
              </tr>
            </tbody>
          </table>
          <p className="gr-muted">
            At x = {POINT.x}, w = ({POINT.w.slice(0, k).join(', ')}).
          </p>
        </div>
      </div>
      <div
        className="gr-formula"
        tabIndex={0}
        role="region"
        aria-label={`The expanded ∂f/∂x for k = ${k}`}
      >
        <Tex tex={`\\frac{\\partial f}{\\partial x} = ${at.tex}`} display />
      </div>
    </div>
  );
}
