/** A 28×28 (or any square) intensity image drawn into a canvas it owns: ink = --fg on paper = --bg. */
import { useEffect, useRef } from 'react';
import { MNIST_SIDE } from '../../data/mnist-shape';
import { useThemeVersion } from '../hooks';
import { mixRgb, resolveRgb } from '../palette';

/** Props of {@link DigitCanvas}. */
export interface DigitCanvasProps {
  /** side × side intensities, 0..maxValue, row-major. */
  pixels: ArrayLike<number>;
  /** The intensity drawn as full ink: 1 for 0..1 inputs, 255 for raw MNIST bytes. */
  maxValue?: number;
  /** Image side in pixels (default 28). */
  side?: number;
  /** Displayed size in CSS px. */
  size?: number;
  /** Accessible description, e.g. "handwritten 7". */
  ariaLabel: string;
}

/** Draw intensities into a canvas (guarded: jsdom has no 2D context). Exported for reuse. */
export function paintIntensities(
  canvas: HTMLCanvasElement,
  pixels: ArrayLike<number>,
  side: number,
  maxValue: number,
) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const paper = resolveRgb(canvas, 'bg');
  const ink = resolveRgb(canvas, 'fg');
  const img = ctx.createImageData(side, side);
  for (let i = 0; i < side * side; i++) {
    const c = mixRgb(paper, ink, (pixels[i] ?? 0) / maxValue);
    img.data[4 * i] = c[0];
    img.data[4 * i + 1] = c[1];
    img.data[4 * i + 2] = c[2];
    img.data[4 * i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}

/** A small digit image. */
export function DigitCanvas({
  pixels,
  maxValue = 1,
  side = MNIST_SIDE,
  size = 56,
  ariaLabel,
}: DigitCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  useEffect(() => {
    if (ref.current) paintIntensities(ref.current, pixels, side, maxValue);
  }, [pixels, side, maxValue, theme]);
  return (
    <canvas
      ref={ref}
      className="cr-digit-canvas"
      width={side}
      height={side}
      style={{ width: size, height: size }}
      role="img"
      aria-label={ariaLabel}
    />
  );
}
