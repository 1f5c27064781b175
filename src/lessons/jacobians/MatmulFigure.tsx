/** y = W g: the engine's Jacobian ∂y/∂g, row by row (one backward pass per output), beside W. */
import { MatrixHeatmap } from '../../components/charts/MatrixHeatmap';
import { formatNumber } from '../../components/format';
import { Tex } from '../../components/Tex';
import { useSubSteps } from '../../kit/substeps';
import { MATMUL_G, matmulJacobian, W_COLS, W_ROWS } from './figures';
import { MatrixEditor } from './MatrixEditor';
import { bmatrix } from './tex';

/** Props of {@link MatmulFigure}. */
export interface MatmulFigureProps {
  /** W, row-major (3×4). */
  w: readonly number[];
  /** Rows of the Jacobian computed so far. */
  rowsDone: number;
  /** Called with a new W. */
  onW: (w: number[]) => void;
  /** Called with a new count of computed rows. */
  onRows: (rows: number) => void;
}

/** The matmul Jacobian figure. */
export function MatmulFigure({ w, rowsDone, onW, onRows }: MatmulFigureProps) {
  const done = Math.max(0, Math.min(W_ROWS, rowsDone));
  const { rows, y } = matmulJacobian(w, done);
  useSubSteps({
    next: () => (done < W_ROWS ? (onRows(done + 1), true) : false),
    prev: () => (done > 0 ? (onRows(done - 1), true) : false),
    clicker: `Each press runs one more backward pass, giving the next row of the Jacobian ∂y/∂g (${W_ROWS} in all); Back removes one.`,
  });
  let largest = 0;
  rows.forEach((r, i) =>
    r.forEach((v, j) => (largest = Math.max(largest, Math.abs(v - w[i * W_COLS + j])))),
  );
  return (
    <div className="jc-matmul">
      <p className="jc-big">
        <Tex
          tex={`y = W g,\\quad g = ${bmatrix([MATMUL_G])}^\\top,\\quad y = ${bmatrix([y])}^\\top`}
        />
      </p>
      <div className="jc-pair">
        <div>
          <p className="jc-label">W (edit any entry)</p>
          <MatrixEditor
            values={w}
            rows={W_ROWS}
            cols={W_COLS}
            name="W"
            limit={100}
            onChange={onW}
          />
        </div>
        <div>
          <p className="jc-label">
            Engine’s ∂y/∂g, {done} of {W_ROWS} rows
          </p>
          {done > 0 ? (
            <MatrixHeatmap
              values={rows}
              ariaLabel="Engine Jacobian of y = Wg"
              rowLabel={(r) => `y${r + 1}`}
              colLabel={(c) => `g${c + 1}`}
              testId="matmul-jacobian"
            />
          ) : (
            <p className="jc-muted">No backward pass yet.</p>
          )}
        </div>
      </div>
      <div className="jc-row" role="group" aria-label="Compute the Jacobian">
        <button
          type="button"
          className="primary"
          onClick={() => onRows(done + 1)}
          disabled={done >= W_ROWS}
        >
          Next row: backward with seed e{Math.min(done + 1, W_ROWS)}
        </button>
        <button type="button" onClick={() => onRows(W_ROWS)} disabled={done >= W_ROWS}>
          All rows
        </button>
        <button type="button" onClick={() => onRows(0)} disabled={done === 0}>
          Clear
        </button>
      </div>
      <p className="jc-readout" aria-live="polite" data-testid="matmul-compare">
        {done === 0
          ? 'Each press seeds one output with 1 (the others 0) and runs the backward pass; the gradient on g is that row.'
          : `Row ${done} came from seed e${done}: the gradient on g is (${rows[done - 1].map(formatNumber).join(', ')}). Largest |∂y/∂g − W| over ${done} row${done > 1 ? 's' : ''}: ${formatNumber(largest)}.`}
      </p>
    </div>
  );
}
