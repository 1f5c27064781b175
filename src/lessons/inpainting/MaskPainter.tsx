/**
 * Paint a 28×28 mask over a digit: drag to hide pixels (or to show them again in erase mode).
 * Keyboard: arrow keys move a cursor, Space or Enter paints under it.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { resolveRgb } from '../../components';
import { MNIST_SIDE as SIDE } from '../../data/mnist-shape';

/** Props of {@link MaskPainter}. */
export interface MaskPainterProps {
  /** The digit under the mask, 784 values in 0..1. */
  image: Float32Array;
  /** 784 flags, 1 = hidden. */
  mask: Uint8Array;
  /** Called with the new mask after each stroke. */
  onMask: (mask: Uint8Array) => void;
  /** Displayed size in px. */
  size?: number;
}

function draw(canvas: HTMLCanvasElement, image: Float32Array, mask: Uint8Array, cursor: number) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const hide = resolveRgb(canvas, 'c1');
  const px = ctx.createImageData(SIDE, SIDE);
  for (let i = 0; i < SIDE * SIDE; i++) {
    const g = Math.round(255 * (1 - Math.max(0, Math.min(1, image[i]))));
    const [r, gg, b] = mask[i] ? hide : [g, g, g];
    px.data.set([r, gg, b, 255], i * 4);
  }
  if (cursor >= 0) px.data.set([0, 0, 0, 255], cursor * 4);
  ctx.putImageData(px, 0, 0);
}

/** Sets the 3×3 brush around pixel p of `mask` to `value`. */
function stamp(mask: Uint8Array, p: number, value: number) {
  const r = Math.floor(p / SIDE);
  const c = p % SIDE;
  for (let dr = -1; dr <= 1; dr++)
    for (let dc = -1; dc <= 1; dc++) {
      const rr = r + dr;
      const cc = c + dc;
      if (rr >= 0 && rr < SIDE && cc >= 0 && cc < SIDE) mask[rr * SIDE + cc] = value;
    }
}

/** The painter with its mode switch and clear button. */
export function MaskPainter({ image, mask, onMask, size = 196 }: MaskPainterProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const working = useRef<Uint8Array | null>(null);
  const [isErasing, setErasing] = useState(false);
  const [cursor, setCursor] = useState(-1);
  useEffect(() => {
    if (ref.current) draw(ref.current, image, working.current ?? mask, cursor);
  }, [image, mask, cursor]);
  const paintAt = (p: number) => {
    const m = working.current ?? Uint8Array.from(mask);
    working.current = m;
    stamp(m, p, isErasing ? 0 : 1);
    if (ref.current) draw(ref.current, image, m, cursor);
  };
  const pixelOf = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const c = Math.floor(((e.clientX - box.left) / box.width) * SIDE);
    const r = Math.floor(((e.clientY - box.top) / box.height) * SIDE);
    return Math.max(0, Math.min(SIDE - 1, r)) * SIDE + Math.max(0, Math.min(SIDE - 1, c));
  };
  const finish = () => {
    if (working.current) onMask(working.current);
    working.current = null;
  };
  const onKey = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const at = cursor < 0 ? 14 * SIDE + 14 : cursor;
    const moves: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -SIDE,
      ArrowDown: SIDE,
    };
    if (e.key in moves) {
      e.preventDefault();
      setCursor(Math.max(0, Math.min(SIDE * SIDE - 1, at + moves[e.key])));
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      paintAt(at);
      finish();
    }
  };
  return (
    <div className="ip-painter">
      <canvas
        ref={ref}
        width={SIDE}
        height={SIDE}
        style={{ width: size, height: size }}
        className="ip-painter-canvas"
        tabIndex={0}
        role="img"
        aria-label="Mask painter: drag over the digit to hide pixels; arrow keys move a cursor, Space paints"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          paintAt(pixelOf(e));
        }}
        onPointerMove={(e) => e.buttons && paintAt(pixelOf(e))}
        onPointerUp={finish}
        onPointerCancel={finish}
        onKeyDown={onKey}
        onFocus={() => cursor < 0 && setCursor(14 * SIDE + 14)}
        onBlur={() => setCursor(-1)}
      />
      <div className="ip-row">
        <button type="button" aria-pressed={!isErasing} onClick={() => setErasing(false)}>
          Hide pixels
        </button>
        <button type="button" aria-pressed={isErasing} onClick={() => setErasing(true)}>
          Show pixels
        </button>
        <button type="button" onClick={() => onMask(new Uint8Array(SIDE * SIDE))}>
          Clear
        </button>
      </div>
    </div>
  );
}
