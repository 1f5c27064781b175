/** The engine's Jacobian against a central-difference Jacobian of the same map, as two heatmaps. */
import { useMemo } from 'react';
import { MatrixHeatmap, maxAbsRows } from '../../components/charts/MatrixHeatmap';
import { formatNumber } from '../../components/format';
import { useSubSteps } from '../../kit/substeps';
import { trustJacobians, type TrustTarget } from './figures';

/** Props of {@link TrustFigure}. */
export interface TrustFigureProps {
  /** Which Jacobian is checked. */
  target: TrustTarget;
  /** Called with the chosen Jacobian. */
  onTarget: (target: TrustTarget) => void;
}

const TARGETS: { id: TrustTarget; text: string; rows: string; cols: string }[] = [
  { id: 'yhat-x', text: '∂ŷ/∂x (2×3)', rows: 'ŷ', cols: 'x' },
  { id: 'g-x', text: '∂g/∂x (4×3)', rows: 'g', cols: 'x' },
  { id: 'yhat-w1', text: '∂ŷ/∂W₁ (2×12)', rows: 'ŷ', cols: 'W₁' },
];

/** The trust figure. */
export function TrustFigure({ target, onTarget }: TrustFigureProps) {
  const res = useMemo(() => trustJacobians(target), [target]);
  const t = TARGETS.find((x) => x.id === target)!;
  const at = TARGETS.indexOf(t);
  useSubSteps({
    next: () => (at < TARGETS.length - 1 ? (onTarget(TARGETS[at + 1].id), true) : false),
    prev: () => (at > 0 ? (onTarget(TARGETS[at - 1].id), true) : false),
    position: () => [at, TARGETS.length - 1],
    clicker: `Each press checks the next Jacobian (${TARGETS.length} in all) against central differences; Back the previous one.`,
  });
  const scale = Math.max(maxAbsRows(res.engine), maxAbsRows(res.numeric));
  const labels = {
    rowLabel: (r: number) => `${t.rows}${r + 1}`,
    colLabel: (c: number) => `${t.cols}${c + 1}`,
  };
  return (
    <div className="jc-trust">
      <div className="jc-row" role="group" aria-label="Which Jacobian">
        {TARGETS.map((x) => (
          <button
            key={x.id}
            type="button"
            aria-pressed={x.id === target}
            onClick={() => onTarget(x.id)}
          >
            {x.text}
          </button>
        ))}
      </div>
      <div className="jc-pair">
        <MatrixHeatmap
          values={res.engine}
          scale={scale}
          caption="Engine (backward passes)"
          ariaLabel={`Engine Jacobian ${t.text}`}
          {...labels}
          testId="trust-engine"
        />
        <MatrixHeatmap
          values={res.numeric}
          scale={scale}
          caption="Central differences, h = 10⁻⁶"
          ariaLabel={`Central-difference Jacobian ${t.text}`}
          {...labels}
        />
      </div>
      <p className="jc-readout" data-testid="trust-diff">
        Largest difference: {formatNumber(res.largest)}
      </p>
    </div>
  );
}
