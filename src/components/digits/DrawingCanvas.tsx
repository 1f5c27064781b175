/**
 * A drawing pad for mouse, pen and touch (pointer events, touch-action: none). Each stroke is
 * preprocessed like MNIST (crop, fit 20×20, centre of mass at 14,14) and the 28×28 result is
 * shown beside the pad and passed to onChange.
 */
import { useRef, useState } from 'react';
import { MNIST_PIXELS } from '../../data/mnist-shape';
import { DigitCanvas } from './DigitCanvas';
import { alphaToGray, mnistPreprocess } from './preprocess';
import { usePadDrawing } from './usePadDrawing';
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

/** A drawing pad with an MNIST-style preview and a Clear button. */
export function DrawingCanvas({
  onChange,
  resolution = 280,
  ariaLabel = 'Drawing pad: draw a digit with mouse, pen or finger',
}: DrawingCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [preview, setPreview] = useState<Float32Array>(() => new Float32Array(MNIST_PIXELS));
  const [isEmpty, setIsEmpty] = useState(true);
  const pad = usePadDrawing(ref, resolution, (ctx) => {
    const rgba = ctx.getImageData(0, 0, resolution, resolution).data;
    const input = mnistPreprocess(alphaToGray(rgba, resolution, resolution));
    setPreview(input);
    setIsEmpty(false);
    onChange(input);
  });
  const clear = () => {
    pad.clear();
    const blank = new Float32Array(MNIST_PIXELS);
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
          onPointerDown={pad.onPointerDown}
          onPointerMove={pad.onPointerMove}
          onPointerUp={pad.onPointerUp}
          onPointerCancel={pad.onPointerUp}
        />
        <button type="button" onClick={clear}>
          Clear
        </button>
      </div>
      <div
        className="cr-digit-draw__preview"
        data-empty={isEmpty || undefined}
        data-testid="drawing-preview"
      >
        <DigitCanvas
          pixels={preview}
          size={112}
          ariaLabel={isEmpty ? 'preprocessed input: empty' : 'preprocessed 28×28 input'}
        />
        <span className="cr-digit-draw__caption">
          28×28 input{isEmpty ? ' (draw something)' : ''}
        </span>
      </div>
    </div>
  );
}
