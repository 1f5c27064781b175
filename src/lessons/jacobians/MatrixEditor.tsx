/** A small editable matrix: one text field per entry; an entry that is not a number is refused in place. */
import { useState } from 'react';
import { formatNumber } from '../../components/format';
import { parseBounded } from '../../components/controls/validate';

/** Props of {@link MatrixEditor}. */
export interface MatrixEditorProps {
  /** Entries, row-major. */
  values: readonly number[];
  /** Rows. */
  rows: number;
  /** Columns. */
  cols: number;
  /** Name of the matrix in labels (`W`). */
  name: string;
  /** Smallest and largest allowed entry. */
  limit: number;
  /** Called with the new entries after a valid edit. */
  onChange: (values: number[]) => void;
}

function Cell({
  value,
  label,
  limit,
  onCommit,
  onProblem,
}: {
  value: number;
  label: string;
  limit: number;
  onCommit: (v: number) => void;
  onProblem: (message: string | null) => void;
}) {
  const [text, setText] = useState(String(value));
  const [seen, setSeen] = useState(value);
  const [isBad, setBad] = useState(false);
  if (seen !== value) {
    setSeen(value);
    setText(String(value));
  }
  const commit = () => {
    const r = parseBounded(text, -limit, limit);
    if (!r.ok) {
      setBad(true);
      onProblem(`${label}: “${text}” is not a number. ${label} keeps ${formatNumber(value)}.`);
      return;
    }
    setBad(false);
    onProblem(
      r.clamped
        ? `${label} clamped to ${formatNumber(r.value)} (allowed −${limit} to ${limit}).`
        : null,
    );
    setText(String(r.value));
    if (r.value !== value) onCommit(r.value);
  };
  return (
    <input
      type="text"
      inputMode="decimal"
      className="jc-editor__cell"
      aria-label={label}
      aria-invalid={isBad ? true : undefined}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}

/** The editor grid and its message line. */
export function MatrixEditor({ values, rows, cols, name, limit, onChange }: MatrixEditorProps) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="jc-editor">
      <div
        className="jc-editor__grid"
        style={{ gridTemplateColumns: `repeat(${cols}, auto)` }}
        role="group"
        aria-label={`Edit ${name}`}
      >
        {values.map((v, k) => (
          <Cell
            key={k}
            value={v}
            label={`${name}[${Math.floor(k / cols) + 1},${(k % cols) + 1}]`}
            limit={limit}
            onProblem={setProblem}
            onCommit={(nv) => onChange(values.map((old, q) => (q === k ? nv : old)))}
          />
        ))}
      </div>
      {problem ? (
        <p className="jc-warning" role="alert" data-testid="matrix-problem">
          ⚠ {problem}
        </p>
      ) : null}
      <span className="jc-sr">
        {rows}×{cols}
      </span>
    </div>
  );
}
