/**
 * One digit's 28×28 numbers (0–255), printed in their cells as the lecture shows them. Hover or
 * arrow keys highlight a pixel and read it out: "row 5, col 12: 253".
 */
import { memo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { MNIST_SIDE, toUnit } from '../../data/mnist-shape';
import './digits.css';

/** Props of {@link PixelGrid}. */
export interface PixelGridProps {
  /** side × side intensities 0..255, row-major. */
  pixels: ArrayLike<number>;
  /** Image side (default 28). */
  side?: number;
  /** Accessible name. */
  ariaLabel: string;
}

/** Cell size in SVG units. */
const CELL = 20;

const Cells = memo(function Cells({ pixels, side }: { pixels: ArrayLike<number>; side: number }) {
  const cells = [];
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      const v = Math.round(pixels[r * side + c] ?? 0);
      cells.push(
        <g key={r * side + c} transform={`translate(${c * CELL},${r * CELL})`}>
          {v > 0 && (
            <rect
              width={CELL}
              height={CELL}
              className="cr-pixel-ink"
              style={{ fillOpacity: toUnit(v) }}
            />
          )}
          <text
            x={CELL / 2}
            y={CELL / 2 + 3}
            textAnchor="middle"
            className={v > 127 ? 'cr-pixel-num cr-pixel-num--on-ink' : 'cr-pixel-num'}
          >
            {v}
          </text>
        </g>,
      );
    }
  }
  return <>{cells}</>;
});

/** The readout text for a cell. Exported for tests. */
export function pixelReadout(
  pixels: ArrayLike<number>,
  side: number,
  row: number,
  col: number,
): string {
  return `row ${row}, col ${col}: ${Math.round(pixels[row * side + col] ?? 0)}`;
}

/** A numeric pixel grid with hover/focus highlighting and a live readout. */
export function PixelGrid({ pixels, side = MNIST_SIDE, ariaLabel }: PixelGridProps) {
  const [cell, setCell] = useState<{ row: number; col: number } | null>(null);
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    if (rect.width === 0) return;
    const col = Math.floor(((e.clientX - rect.left) / rect.width) * side);
    const row = Math.floor(((e.clientY - rect.top) / rect.height) * side);
    if (row >= 0 && row < side && col >= 0 && col < side) setCell({ row, col });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const d: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const step = d[e.key];
    if (!step) return;
    e.preventDefault();
    const cur = cell ?? { row: 0, col: 0 };
    setCell({
      row: Math.max(0, Math.min(side - 1, cur.row + step[0])),
      col: Math.max(0, Math.min(side - 1, cur.col + step[1])),
    });
  };
  const size = side * CELL;
  return (
    <div className="cr-pixel-grid">
      <div
        className="cr-pixel-grid__frame"
        tabIndex={0}
        role="group"
        aria-label={`${ariaLabel}. Arrow keys move between pixels.`}
        onKeyDown={onKeyDown}
        onFocus={() => setCell((c) => c ?? { row: 0, col: 0 })}
      >
        <svg
          viewBox={`0 0 ${size} ${size}`}
          className="cr-pixel-grid__svg"
          aria-hidden="true"
          onPointerMove={onPointerMove}
          onPointerLeave={() => setCell(null)}
        >
          <rect width={size} height={size} className="cr-pixel-paper" />
          <Cells pixels={pixels} side={side} />
          {cell && (
            <rect
              className="cr-pixel-highlight"
              x={cell.col * CELL}
              y={cell.row * CELL}
              width={CELL}
              height={CELL}
              data-testid="pixel-highlight"
            />
          )}
        </svg>
      </div>
      <p className="cr-pixel-grid__readout" aria-live="polite">
        {cell
          ? pixelReadout(pixels, side, cell.row, cell.col)
          : 'Hover or focus the grid to read a pixel.'}
      </p>
    </div>
  );
}
