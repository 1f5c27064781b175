/** Pointer drawing on a canvas pad (mouse, pen, touch): round strokes, one callback per finished stroke. */
import { useRef, type PointerEvent, type RefObject } from 'react';
import { resolveColor } from '../palette';

/** Pen width relative to the pad (MNIST strokes are ~2–3 px of 28). */
const PEN_FRACTION = 0.075;

/** Pointer handlers for a pad and a clear function. */
export interface PadDrawing {
  /** Start a stroke. */
  onPointerDown: (e: PointerEvent<HTMLCanvasElement>) => void;
  /** Extend the stroke. */
  onPointerMove: (e: PointerEvent<HTMLCanvasElement>) => void;
  /** Finish the stroke (also for pointercancel). */
  onPointerUp: () => void;
  /** Erase the pad. */
  clear: () => void;
}

/** Draw with pointer events into `canvas` (resolution × resolution); `onStroke` runs after each stroke. */
export function usePadDrawing(
  canvas: RefObject<HTMLCanvasElement | null>,
  resolution: number,
  onStroke: (ctx: CanvasRenderingContext2D) => void,
): PadDrawing {
  const last = useRef<{ x: number; y: number } | null>(null);
  const toCanvas = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const sx = rect.width > 0 ? resolution / rect.width : 1;
    const sy = rect.height > 0 ? resolution / rect.height : 1;
    return { x: (e.clientX - rect.left) * sx, y: (e.clientY - rect.top) * sy };
  };
  const drawTo = (p: { x: number; y: number }) => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const from = last.current ?? p;
    ctx.strokeStyle = resolveColor(el, 'fg');
    ctx.lineWidth = resolution * PEN_FRACTION;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    // NOTE: a zero-length segment draws nothing, so a tap is nudged by 0.01 px to leave a dot.
    ctx.lineTo(p.x + 0.01, p.y);
    ctx.stroke();
    last.current = p;
  };
  return {
    onPointerDown: (e) => {
      e.preventDefault();
      e.currentTarget.setPointerCapture?.(e.pointerId);
      last.current = null;
      drawTo(toCanvas(e));
    },
    onPointerMove: (e) => {
      if (last.current) drawTo(toCanvas(e));
    },
    onPointerUp: () => {
      if (!last.current) return;
      last.current = null;
      const ctx = canvas.current?.getContext('2d');
      if (ctx) onStroke(ctx);
    },
    clear: () => canvas.current?.getContext('2d')?.clearRect(0, 0, resolution, resolution),
  };
}
