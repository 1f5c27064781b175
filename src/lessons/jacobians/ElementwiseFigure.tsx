/** h = f ⊙ g and max(0, f): diagonal Jacobians from the engine, and what a materialised one would cost. */
import { MatrixHeatmap } from '../../components/charts/MatrixHeatmap';
import { formatBytes, formatNumber } from '../../components/format';
import { Tex } from '../../components/Tex';
import { useSubSteps } from '../../kit/substeps';
import { ELEM_F, ELEM_G, elementwiseJacobian, reluCost } from './figures';
import { bmatrix } from './tex';

/** Props of {@link ElementwiseFigure}. */
export interface ElementwiseFigureProps {
  /** Which Jacobian is drawn. */
  kind: 'mul' | 'relu';
  /** Whether the cost comparison is shown. */
  showCost: boolean;
  /** Called with the chosen Jacobian. */
  onKind: (kind: 'mul' | 'relu') => void;
  /** Called to show or hide the cost comparison. */
  onShowCost: (show: boolean) => void;
}

const row = (v: readonly number[]) => bmatrix([v]);

function offDiagonalMax(j: number[][]): number {
  let m = 0;
  j.forEach((r, a) => r.forEach((v, b) => (a !== b ? (m = Math.max(m, Math.abs(v))) : null)));
  return m;
}

function Cost() {
  const c = reluCost();
  return (
    <div className="jc-cost" data-testid="relu-cost">
      <p>
        MNIST MLP hidden layer, H = {c.hidden}, batch {c.batch}, float32:
      </p>
      <ul>
        <li>
          the Jacobian of all {c.batch}×{c.hidden} activations, materialised:{' '}
          <strong>{formatBytes(c.fullJacobianBytes)}</strong>
        </li>
        <li>
          even one {c.hidden}×{c.hidden} diagonal block per example:{' '}
          <strong>{formatBytes(c.perExampleBytes)}</strong>
        </li>
        <li>
          the elementwise product the engine’s backward wrote:{' '}
          <strong>{formatBytes(c.backpropBytes)}</strong>
        </li>
      </ul>
    </div>
  );
}

/** The elementwise-Jacobian figure. */
export function ElementwiseFigure({ kind, showCost, onKind, onShowCost }: ElementwiseFigureProps) {
  const jac = elementwiseJacobian(kind);
  useSubSteps({
    next: () =>
      kind === 'mul' ? (onKind('relu'), true) : !showCost ? (onShowCost(true), true) : false,
    prev: () =>
      showCost ? (onShowCost(false), true) : kind === 'relu' ? (onKind('mul'), true) : false,
    clicker:
      'The first press switches to h = max(0, f), the second shows what the full Jacobian would cost; Back undoes one.',
  });
  const diag = jac.map((r, a) => r[a]);
  return (
    <div className="jc-elementwise">
      <div className="jc-row" role="group" aria-label="Which Jacobian">
        <button type="button" aria-pressed={kind === 'mul'} onClick={() => onKind('mul')}>
          h = f ⊙ g
        </button>
        <button type="button" aria-pressed={kind === 'relu'} onClick={() => onKind('relu')}>
          h = max(0, f)
        </button>
      </div>
      <div className="jc-pair">
        <MatrixHeatmap
          values={jac}
          ariaLabel={
            kind === 'mul'
              ? 'Engine Jacobian of f ⊙ g with respect to f'
              : 'Engine Jacobian of max(0, f) with respect to f'
          }
          caption="Engine’s ∂h/∂f"
          rowLabel={(r) => `h${r + 1}`}
          colLabel={(c) => `f${c + 1}`}
          testId="elementwise-jacobian"
        />
        <div className="jc-big">
          <Tex
            tex={`f = ${row(ELEM_F)},\\; ${kind === 'mul' ? `g = ${row(ELEM_G)}` : 'h = \\max(0, f)'}`}
          />
          {showCost ? (
            <Cost />
          ) : (
            <>
              <Tex
                tex={
                  kind === 'mul'
                    ? `\\frac{\\partial h}{\\partial f} = \\operatorname{diag}(g)`
                    : `\\frac{\\partial h}{\\partial f} = \\operatorname{diag}(\\mathbb{1}[f > 0])`
                }
                display
              />
              <p data-testid="diag-readout">
                Diagonal: ({diag.map(formatNumber).join(', ')}); largest off-diagonal |entry|:{' '}
                {formatNumber(offDiagonalMax(jac))}
              </p>
            </>
          )}
          <div className="jc-row">
            <button type="button" aria-expanded={showCost} onClick={() => onShowCost(!showCost)}>
              {showCost ? 'Hide the cost' : 'What would the full Jacobian cost?'}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
