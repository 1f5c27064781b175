/**
 * A drawing pad for mouse, pen and touch (pointer events, touch-action: none). Each stroke is
 * preprocessed like MNIST (crop, fit 20×20, centre of mass at 14,14) and the 28×28 result is
 * shown beside the pad and passed to onChange.
 */
import { useRef, useState, type PointerEvent } from 'react';
import { resolveColor } from '../palette';
import { DigitCanvas } from './DigitCanvas';
import { alphaToGray, mnistPreprocess } from './preprocess';
import './digits.css';

/** Props of {@link DrawingCanvas}. */
export interface DrawingCanvasProps {
  /** Called with the preprocessed input (784 values in 0..1) after each stroke and on clear. */
  onChange: (input: Float32Array) => void;
  /** Pad resolution in canvas pixels (default 280 = 10× MNIST). */
  resolution?: number;
  /** Accessible name of the pad. */
  ariaLabel?: string;
}

/** Pen width relative to the pad (MNIST strokes are ~2–3 px of 28). */
const PEN_FRACTION = 0.075;

/** A drawing pad with an MNIST-style preview and a Clear button. */
export function DrawingCanvas({ onChange, resolution = 280, ariaLabel = 'Drawing pad: draw a digit with mouse, pen or finger' }: DrawingCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const [preview, setPreview] = useState<Float32Array>(() => new Float32Array(784));
  const [isEmpty, setIsEmpty] = useState(true);

  const toCanvas = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const sx = rect.width > 0 ? resolution / rect.width : 1;
    const sy = rect.height > 0 ? resolution / rect.height : 1;
    return { x: (e.clientX - rect.left) * sx, y: (e.clientY - rect.top) * sy };
  };
  const drawTo = (p: { x: number; y: number }) => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const from = last.current ?? p;
    ctx.strokeStyle = resolveColor(canvas, 'fg');
    ctx.lineWidth = resolution * PEN_FRACTION;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(p.x + 0.01, p.y);
    ctx.stroke();
    last.current = p;
  };
  const publish = () => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const rgba = ctx.getImageData(0, 0, resolution, resolution).data;
    const input = mnistPreprocess(alphaToGray(rgba, resolution, resolution));
    setPreview(input);
    setIsEmpty(false);
    onChange(input);
  };
  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    last.current = null;
    drawTo(toCanvas(e));
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    if (last.current) drawTo(toCanvas(e));
  };
  const onPointerUp = () => {
    if (!last.current) return;
    last.current = null;
    publish();
  };
  const clear = () => {
    const ctx = ref.current?.getContext('2d');
    ctx?.clearRect(0, 0, resolution, resolution);
    const blank = new Float32Array(784);
    setPreview(blank);
    setIsEmpty(true);
    onChange(blank);
  };
  return (
    <div className="cr-digit-draw">
      <div className="cr-digit-draw__pad-wrap">
        <canvas
          ref={ref}
          className="cr-digit-draw__pad"
          width={resolution}
          height={resolution}
          role="img"
          aria-label={ariaLabel}
          data-testid="drawing-pad"
          style={{ touchAction: 'none' }}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        />
        <button type="button" onClick={clear}>Clear</button>
      </div>
      <div className="cr-digit-draw__preview" data-empty={isEmpty || undefined} data-testid="drawing-preview">
        <DigitCanvas pixels={preview} size={112} ariaLabel={isEmpty ? 'preprocessed input: empty' : 'preprocessed 28×28 input'} />
        <span className="cr-digit-draw__caption">28×28 input{isEmpty ? ' (draw something)' : ''}</span>
      </div>
    </div>
  );
}
