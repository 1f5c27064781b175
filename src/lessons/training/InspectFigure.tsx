/**
 * Interrogate the model: the 10×10 confusion matrix on the test set (cells are buttons; arrow keys
 * move, Enter opens), the digits of the chosen cell with their probabilities, the most confident
 * mistakes and the per-class accuracy.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { DigitCanvas } from '../../components/digits/DigitCanvas';
import { MNIST_PIXELS } from '../../data/mnist-shape';
import type { TestPredictions } from '../../worker';
import {
  cellIndices,
  confidentMistakes,
  confusionMatrix,
  perClassAccuracy,
  worstConfusion,
} from './confusion';
import { fetchPredictions, trainingStore, useTrainingStore } from './store';

const CELL_LIMIT = 24;
const MISTAKES = 12;

/** Test images fetched from the worker for some indices. */
function useTestImages(indices: readonly number[]): Float32Array | null {
  const store = useTrainingStore();
  const [got, setGot] = useState<{ key: string; pixels: Float32Array } | null>(null);
  const key = indices.join(',');
  useEffect(() => {
    if (indices.length === 0) return undefined;
    let live = true;
    void store.slots.main
      .attempt((c) => c.call('testImages', { indices: [...indices] }))
      .then((r) => live && r && setGot({ key, pixels: r.pixels }));
    return () => {
      live = false;
    };
  }, [key, indices, store]);
  return got?.key === key ? got.pixels : null;
}

function DigitList({
  indices,
  p,
  label,
}: {
  indices: number[];
  p: TestPredictions;
  label: string;
}) {
  const pixels = useTestImages(indices);
  if (indices.length === 0) return <p className="muted">No test digits here.</p>;
  if (!pixels) return <p className="muted">Loading the digits…</p>;
  return (
    <ul className="tr-digits" aria-label={label}>
      {indices.map((idx, i) => {
        const pred = p.predicted[idx];
        const prob = p.probabilities[idx * 10 + pred];
        return (
          <li key={idx} className="tr-digit">
            <DigitCanvas
              pixels={pixels.subarray(i * MNIST_PIXELS, (i + 1) * MNIST_PIXELS)}
              maxValue={1}
              size={48}
              ariaLabel={`Test digit ${idx}, labelled ${p.labels[idx]}, predicted ${pred} with probability ${prob.toFixed(2)}`}
            />
            <span aria-hidden="true">
              {p.labels[idx]}→{pred} · {(100 * prob).toFixed(0)}%
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function Matrix({
  m,
  cell,
  onCell,
}: {
  m: number[][];
  cell: number;
  onCell: (cell: number) => void;
}) {
  const [focus, setFocus] = useState(Math.max(0, cell));
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const max = Math.max(1, ...m.flatMap((row, t) => row.filter((_, p) => p !== t)));
  const move = (e: KeyboardEvent, at: number) => {
    const d = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 10, ArrowUp: -10 }[e.key];
    if (d === undefined) return;
    e.preventDefault();
    const next = Math.min(99, Math.max(0, at + d));
    setFocus(next);
    refs.current[next]?.focus();
  };
  return (
    <table className="tr-confusion" data-testid="confusion">
      <caption>Rows: true label · columns: predicted label</caption>
      <thead>
        <tr>
          <td />
          {m.map((_, p) => (
            <th key={p} scope="col">
              {p}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {m.map((row, t) => (
          <tr key={t}>
            <th scope="row">{t}</th>
            {row.map((n, p) => {
              const at = t * 10 + p;
              const heat = t === p ? 0 : Math.sqrt(n / max);
              return (
                <td key={p}>
                  <button
                    type="button"
                    ref={(el) => {
                      refs.current[at] = el;
                    }}
                    tabIndex={at === focus ? 0 : -1}
                    className={`tr-cell${t === p ? ' tr-cell--diag' : ''}${at === cell ? ' tr-cell--on' : ''}`}
                    style={{ ['--heat' as string]: heat.toFixed(3) }}
                    aria-label={`true ${t}, predicted ${p}: ${n} digits`}
                    aria-pressed={at === cell}
                    onKeyDown={(e) => move(e, at)}
                    onFocus={() => setFocus(at)}
                    onClick={() => onCell(at)}
                  >
                    {n}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Props of {@link InspectFigure}. */
export interface InspectFigureProps {
  /** Selected cell (true × 10 + predicted), −1 for none. */
  cell: number;
  /** Selects a cell. */
  onCell: (cell: number) => void;
}

/** The interrogation figure (fetches the test predictions of the current network). */
export function InspectFigure({ cell, onCell }: InspectFigureProps) {
  const store = useTrainingStore();
  const p = trainingStore.useLessonStore((s) => s.predictions);
  const iteration = trainingStore.useLessonStore((s) => s.main.snapshot.progress?.iteration ?? 0);
  const status = trainingStore.useLessonStore((s) => s.main.snapshot.status);
  const hasRun = trainingStore.useLessonStore((s) => s.main.snapshot.info !== null);
  const isStale = !p || p.iteration !== iteration;
  useEffect(() => {
    if (hasRun && isStale && status !== 'running') void fetchPredictions(store);
  }, [hasRun, isStale, status, store]);
  const m = useMemo(() => (p ? confusionMatrix(p.labels, p.predicted) : null), [p]);
  const mistakes = useMemo(
    () => (p ? confidentMistakes(p.labels, p.predicted, p.probabilities, MISTAKES) : []),
    [p],
  );
  const [t, pr] = [Math.floor(cell / 10), cell % 10];
  const cellDigits = useMemo(
    () => (p && cell >= 0 ? cellIndices(p.labels, p.predicted, t, pr, CELL_LIMIT) : []),
    [p, cell, t, pr],
  );
  if (!hasRun) return <p className="muted">Train a network first (the previous steps).</p>;
  if (!p || !m) return <p className="muted">Running the network on the 10,000 test digits…</p>;
  const acc = perClassAccuracy(m);
  const correct = m.reduce((s, row, i) => s + row[i], 0);
  const [wt, wp, wn] = worstConfusion(m);
  return (
    <div className="tr-inspect">
      <p>
        After step {p.iteration}: {correct} of {p.labels.length} test digits right (
        <span data-testid="inspect-accuracy">
          {((100 * correct) / p.labels.length).toFixed(2)}%
        </span>
        ). Most frequent confusion: {wn} digits labelled {wt} read as {wp}.
      </p>
      <div className="tr-inspect__grid">
        <div className="tr-scroll">
          <Matrix m={m} cell={cell} onCell={onCell} />
        </div>
        <table className="tr-table tr-perclass">
          <caption>Per-class accuracy</caption>
          <tbody>
            {acc.map((a, c) => (
              <tr key={c}>
                <th scope="row">{c}</th>
                <td>{Number.isNaN(a) ? '–' : `${(100 * a).toFixed(1)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cell >= 0 && (
        <section aria-live="polite" data-testid="cell-digits">
          <h3>
            Labelled {t}, predicted {pr}: {m[t][pr]} digits
            {m[t][pr] > CELL_LIMIT && ` (first ${CELL_LIMIT})`}
          </h3>
          <DigitList
            indices={cellDigits}
            p={p}
            label={`Test digits labelled ${t} and predicted ${pr}`}
          />
        </section>
      )}
      <section>
        <h3>The most confident mistakes</h3>
        <DigitList indices={mistakes} p={p} label="The most confident mistakes on the test set" />
      </section>
    </div>
  );
}
