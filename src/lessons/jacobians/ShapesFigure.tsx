/** Shapes: pick the sizes of x and y, see the Jacobian's shape, one entry in the formula and the heatmap. */
import { MatrixHeatmap } from '../../components/charts/MatrixHeatmap';
import { NumberInput } from '../../components/controls/NumberInput';
import { formatNumber } from '../../components/format';
import { Tex } from '../../components/Tex';
import { Formula } from './Formula';
import { MAX_SHOWN, shapesJacobian } from './figures';
import { partialsTex } from './tex';

/** Props of {@link ShapesFigure}. */
export interface ShapesFigureProps {
  /** Length of y (M). */
  m: number;
  /** Length of x (N). */
  n: number;
  /** Highlighted row, 1-based. */
  i: number;
  /** Highlighted column, 1-based. */
  j: number;
  /** Called with new values. */
  onChange: (next: { m?: number; n?: number; i?: number; j?: number }) => void;
}

function shapeName(m: number, n: number): string {
  if (m === 1 && n === 1) return 'scalar by scalar: a 1×1 Jacobian is the ordinary derivative';
  if (m === 1) return `scalar by vector: one row, the gradient laid out as 1×${n}`;
  if (n === 1) return `vector by scalar: one column, ${m}×1`;
  return `vector by vector: ${m} rows (outputs) × ${n} columns (inputs)`;
}

/** The shapes table figure. */
export function ShapesFigure({ m, n, i, j, onChange }: ShapesFigureProps) {
  const tooBig = m > MAX_SHOWN || n > MAX_SHOWN;
  const shownM = Math.min(m, MAX_SHOWN);
  const shownN = Math.min(n, MAX_SHOWN);
  const hi = Math.min(i, shownM);
  const hj = Math.min(j, shownN);
  const moved = hi !== i || hj !== j;
  const jac = shapesJacobian(shownM, shownN);
  return (
    <div className="jc-shapes">
      <div className="jc-row">
        <NumberInput
          label="y ∈ ℝ^M, M ="
          value={m}
          min={1}
          max={99}
          step={1}
          onChange={(v) => onChange({ m: Math.round(v) })}
        />
        <NumberInput
          label="x ∈ ℝ^N, N ="
          value={n}
          min={1}
          max={99}
          step={1}
          onChange={(v) => onChange({ n: Math.round(v) })}
        />
      </div>
      {tooBig ? (
        <p className="jc-warning" role="status" data-testid="shape-too-big">
          A {m}×{n} Jacobian has {m * n} entries; this table draws at most {MAX_SHOWN}×{MAX_SHOWN},
          so it shows the top-left {shownM}×{shownN}. The shape is still {m}×{n}.
        </p>
      ) : null}
      {moved ? (
        <p className="jc-note" role="status">
          Entry ({i}, {j}) is outside the table; showing ({hi}, {hj}).
        </p>
      ) : null}
      <p className="jc-big" data-testid="jacobian-shape">
        <Tex
          tex={`x \\in \\mathbb{R}^{${n}},\\; y \\in \\mathbb{R}^{${m}} \\;\\Rightarrow\\; \\tfrac{\\partial y}{\\partial x} \\in \\mathbb{R}^{${m} \\times ${n}}`}
        />{' '}
        <span className="jc-muted">({shapeName(m, n)})</span>
      </p>
      <div className="jc-pair">
        <Formula label="The Jacobian's entries" tex={partialsTex(m, n, hi, hj)} />
        <div>
          <MatrixHeatmap
            values={jac}
            ariaLabel={`Engine Jacobian of y = tanh(Ax), ${shownM} by ${shownN}`}
            caption="Engine’s ∂y/∂x for y = tanh(Ax)"
            highlight={{ row: hi - 1, col: hj - 1 }}
            onSelect={(r, c) => onChange({ i: r + 1, j: c + 1 })}
            rowLabel={(r) => `y${r + 1}`}
            colLabel={(c) => `x${c + 1}`}
            testId="shapes-heatmap"
          />
        </div>
      </div>
      <p className="jc-readout" data-testid="entry-readout">
        Row {hi} is output y<sub>{hi}</sub>, column {hj} is input x<sub>{hj}</sub>: ∂y
        <sub>{hi}</sub>/∂x
        <sub>{hj}</sub> = {formatNumber(jac[hi - 1][hj - 1])}
      </p>
    </div>
  );
}
