/** The symbolic derivative of the σ composition: its size against the engine's graph, its formula, its value. */
import { useMemo, useState } from 'react';
import { LineChart, Slider, Tex } from '../../components';
import { useSubSteps } from '../../kit/substeps';
import { MAX_DEPTH, MIN_DEPTH, POINT, depthSizes, symbolicAtDepth } from './composition';
import { sci } from './format';
import { GRADIENT_PARAMS } from './params';

/** Props of {@link SymbolicFigure}. */
export interface SymbolicFigureProps {
  /** Depth k (already checked to lie in 1…6). */
  k: number;
  /** Sets the depth. */
  onK: (k: number) => void;
}

const DEPTHS = Array.from({ length: MAX_DEPTH }, (_, i) => i + 1);

/** Back lowers k down to the step's default depth, or to where the step opened if shallower. */
const DEPTH_FLOOR = GRADIENT_PARAMS.k.default;

/**
 * The depth after a clicker press: one deeper up to the figure's deepest k, one shallower down
 * to `floor`; null when the press is not the figure's (it then changes step).
 */
export function depthAfterPress(k: number, dir: 'next' | 'prev', floor: number): number | null {
  const low = Math.max(MIN_DEPTH, Math.min(floor, MAX_DEPTH));
  if (dir === 'next') return k < MAX_DEPTH ? Math.max(MIN_DEPTH, Math.floor(k) + 1) : null;
  return k > low ? Math.min(MAX_DEPTH, Math.ceil(k) - 1) : null;
}

/** Lets the clicker deepen the composition one level per press, and Back make it shallower. */
function useDepthClicker(k: number, onK: (k: number) => void) {
  const [floor] = useState(() => Math.min(k, DEPTH_FLOOR));
  const press = (dir: 'next' | 'prev') => {
    const to = depthAfterPress(k, dir, floor);
    if (to === null) return false;
    onK(to);
    return true;
  };
  useSubSteps({
    next: () => press('next'),
    prev: () => press('prev'),
    position: () => [k - floor, MAX_DEPTH - floor],
    clicker: `Each press deepens the composition by one level (k + 1), up to k = ${MAX_DEPTH}; Back makes it shallower, down to k = ${floor}.`,
  });
}

/** The symbolic figure. */
export function SymbolicFigure({ k, onK }: SymbolicFigureProps) {
  const sizes = useMemo(() => DEPTHS.map(depthSizes), []);
  const at = useMemo(() => symbolicAtDepth(k), [k]);
  const current = sizes[k - 1];
  useDepthClicker(k, onK);
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
