/**
 * MatrixHeatmap: a small matrix as a table of coloured cells (diverging colours from the theme's
 * --neg/--zero/--pos), each showing its value; one cell may be highlighted, and cells may be
 * selectable (buttons, keyboard operable).
 */
import { maxAbs } from '../digits/WeightTemplate';
import type { CSSProperties } from 'react';
import { formatNumber } from '../format';
import './heatmap.css';

/** Props of {@link MatrixHeatmap}. */
export interface MatrixHeatmapProps {
  /** The matrix, row by row. */
  values: readonly (readonly number[])[];
  /** Accessible name (also the table caption when `caption` is not given). */
  ariaLabel: string;
  /** Visible caption above the table. */
  caption?: string;
  /** The highlighted cell, if any. */
  highlight?: { row: number; col: number } | null;
  /** Makes cells buttons; called with the chosen cell. */
  onSelect?: (row: number, col: number) => void;
  /** Row header text (default: the 1-based row number). */
  rowLabel?: (row: number) => string;
  /** Column header text (default: the 1-based column number). */
  colLabel?: (col: number) => string;
  /** |value| that gets the full colour (default: the largest |value|). */
  scale?: number;
  /** Hide the numbers and show colours only. */
  hideValues?: boolean;
  /** Test id of the table. */
  testId?: string;
}

/** Background of a cell: the theme's zero colour mixed towards --pos or --neg by |v| / scale. */
function cellStyle(v: number, scale: number): CSSProperties {
  const t = scale > 0 && Number.isFinite(v) ? Math.min(1, Math.abs(v) / scale) : 0;
  // NOTE: at most 35% of the end colour, so theme text (--fg) keeps AA contrast in every theme.
  const pct = Math.round(t * 35);
  const end = v < 0 ? 'var(--neg)' : 'var(--pos)';
  return { background: `color-mix(in srgb, ${end} ${pct}%, var(--zero))` };
}

/** The largest finite |value| of a matrix (its colour scale). */
export function maxAbsRows(values: readonly (readonly number[])[]): number {
  return Math.max(0, ...values.map((row) => maxAbs(row)));
}

/** A matrix drawn as a heatmap table. */
export function MatrixHeatmap({
  values,
  ariaLabel,
  caption,
  highlight,
  onSelect,
  rowLabel = (r) => String(r + 1),
  colLabel = (c) => String(c + 1),
  scale,
  hideValues = false,
  testId,
}: MatrixHeatmapProps) {
  const s = scale ?? maxAbsRows(values);
  const cols = values[0]?.length ?? 0;
  return (
    <table className="cr-heatmap" aria-label={ariaLabel} data-testid={testId}>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          <td />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c} scope="col">
              {colLabel(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {values.map((row, r) => (
          <tr key={r}>
            <th scope="row">{rowLabel(r)}</th>
            {row.map((v, c) => {
              const isOn = highlight?.row === r && highlight.col === c;
              const text = hideValues ? '' : formatNumber(v);
              return (
                <td
                  key={c}
                  className={isOn ? 'cr-heatmap__cell cr-heatmap__cell--on' : 'cr-heatmap__cell'}
                  style={cellStyle(v, s)}
                  aria-current={isOn ? 'true' : undefined}
                >
                  {onSelect ? (
                    <button
                      type="button"
                      className="cr-heatmap__pick"
                      aria-label={`row ${r + 1}, column ${c + 1}: ${formatNumber(v)}`}
                      aria-pressed={isOn}
                      onClick={() => onSelect(r, c)}
                    >
                      {text}
                    </button>
                  ) : (
                    text
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
