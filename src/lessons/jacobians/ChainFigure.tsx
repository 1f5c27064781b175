/**
 * Assemble ∂L/∂W₁ by choosing (or dragging) factors into order; shapes that do not line up are
 * refused with the reason; the finished product is compared with the engine's gradient.
 */
import { useMemo, useState } from 'react';
import { formatNumber } from '../../components/format';
import { Tex } from '../../components/Tex';
import { Formula } from './Formula';
import { useSubSteps } from '../../kit/substeps';
import {
  assemble,
  chainFactors,
  chainTex,
  CORRECT_ORDER,
  largestDifference,
  type Factor,
} from './chain';
import { bmatrix } from './tex';
import { buildTinyNet, D, H, toRows } from './tiny-net';

/** Props of {@link ChainFigure}. */
export interface ChainFigureProps {
  /** Factor ids placed so far. */
  ids: readonly string[];
  /** Called with the new order. */
  onIds: (ids: string[]) => void;
}

const shapeOf = (f: Factor) => f.value.shape.join('×');

function Verdict({ ids }: { ids: readonly string[] }) {
  const net = useMemo(() => buildTinyNet(), []);
  const factors = useMemo(() => chainFactors(net), [net]);
  const state = assemble(factors, ids);
  const p = state.product;
  if (!p || p.shape[0] !== H || p.shape[1] !== D) {
    return (
      <p className="jc-muted" data-testid="chain-status">
        {p
          ? `So far: ${p.shape.join('×')}. ∂L/∂W₁ has W₁’s shape, ${H}×${D}.`
          : `Goal: a ${H}×${D} matrix, the shape of W₁.`}
      </p>
    );
  }
  const diff = largestDifference(p, net.w1.grad!);
  const missing = CORRECT_ORDER.filter((id) => !state.accepted.includes(id));
  return (
    <div data-testid="chain-status" role="status">
      <p>
        {H}×{D}, the shape of W₁. Largest difference from the engine’s ∂L/∂W₁:{' '}
        <strong data-testid="chain-diff">{formatNumber(diff)}</strong>
        {missing.length === 0 && diff < 1e-12 ? ' — the chain is right.' : null}
        {missing.includes('mask')
          ? ' The shape fits, but the ReLU’s factor ⊙ 𝟙[W₁x > 0] is missing.'
          : null}
      </p>
    </div>
  );
}

/** The chain-assembly figure. */
export function ChainFigure({ ids, onIds }: ChainFigureProps) {
  const net = useMemo(() => buildTinyNet(), []);
  const factors = useMemo(() => chainFactors(net), [net]);
  const [refused, setRefused] = useState<string | null>(null);
  const state = assemble(factors, ids);
  const shown = state.accepted;
  const linkProblem = state.refused;
  const add = (id: string) => {
    const next = assemble(factors, [...shown, id]);
    if (next.refused) {
      setRefused(next.refused);
      return;
    }
    setRefused(null);
    onIds(next.accepted);
  };
  useSubSteps({
    next: () => {
      const k = shown.length;
      if (k >= CORRECT_ORDER.length || shown.some((id, q) => id !== CORRECT_ORDER[q])) return false;
      add(CORRECT_ORDER[k]);
      return true;
    },
    prev: () => (shown.length > 0 ? (setRefused(null), onIds(shown.slice(0, -1)), true) : false),
    clicker:
      'Each press adds the next factor to the chain in the right order; Back removes the last one. If the chain on screen was built in another order, presses change step until Back takes it apart.',
  });
  const matrices = (f: Factor) =>
    `\\underset{${shapeOf(f)}}{${f.join === 'hadamard' ? '\\odot ' : ''}${bmatrix(toRows(f.value))}}`;
  const symbolic = chainTex(factors, shown, (f) => f.tex);
  const live = chainTex(factors, shown, matrices);
  const isDone = state.product?.shape[0] === H && state.product.shape[1] === D;
  return (
    <div className="jc-chain">
      <div
        className="jc-chain__tray"
        role="group"
        aria-label="Factors: choose one, or drag it onto the chain"
      >
        {factors.map((f) => (
          <button
            key={f.id}
            type="button"
            draggable
            className="jc-factor"
            aria-label={`${f.name}, ${shapeOf(f)}`}
            disabled={shown.includes(f.id)}
            onDragStart={(e) => e.dataTransfer.setData('text/plain', f.id)}
            onClick={() => add(f.id)}
          >
            <Tex tex={f.tex} /> <span className="jc-factor__shape">{shapeOf(f)}</span>
          </button>
        ))}
      </div>
      <div
        className="jc-chain__slot"
        data-testid="chain-slot"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          add(e.dataTransfer.getData('text/plain'));
        }}
      >
        <Tex tex={`\\frac{\\partial L}{\\partial W_1} = ${symbolic || '\\;?'}`} />
      </div>
      {refused || linkProblem ? (
        <p className="jc-warning" role="alert" data-testid="chain-refused">
          ⚠ Refused: {refused ?? linkProblem}
        </p>
      ) : null}
      <div className="jc-row">
        <button
          type="button"
          onClick={() => (setRefused(null), onIds(shown.slice(0, -1)))}
          disabled={shown.length === 0}
        >
          Undo last
        </button>
        <button
          type="button"
          onClick={() => (setRefused(null), onIds([]))}
          disabled={shown.length === 0}
        >
          Clear
        </button>
      </div>
      {shown.length > 0 ? (
        <div className="jc-pair jc-pair--tight">
          <Formula
            label="The product with live matrices"
            testId="chain-live"
            tex={`${live} = ${state.product ? bmatrix(toRows(state.product)) : ''}`}
          />
          {isDone ? (
            <Formula
              label="The engine's gradient of L with respect to W1"
              tex={`\\text{engine: } \\frac{\\partial L}{\\partial W_1} = ${bmatrix(toRows(net.w1.grad!))}`}
            />
          ) : null}
        </div>
      ) : null}
      <Verdict ids={shown} />
    </div>
  );
}
