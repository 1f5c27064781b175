/** Draws each row of a first-layer weight matrix [out, 784] as a 28×28 template (blue +, red −). */
import { useEffect, useRef } from 'react';
import type { WeightSnapshot } from '../worker/protocol';

/** Props of {@link WeightTemplates}. */
export interface WeightTemplatesProps {
  /** First-layer weights of an MNIST model. */
  weights: WeightSnapshot;
}

function drawRow(canvas: HTMLCanvasElement, w: Float32Array, offset: number): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  let max = 1e-12;
  for (let j = 0; j < 784; j++) max = Math.max(max, Math.abs(w[offset + j]));
  const img = ctx.createImageData(28, 28);
  for (let j = 0; j < 784; j++) {
    const v = w[offset + j] / max;
    img.data[4 * j] = v < 0 ? 255 : Math.round(255 * (1 - v));
    img.data[4 * j + 1] = Math.round(255 * (1 - Math.abs(v)));
    img.data[4 * j + 2] = v > 0 ? 255 : Math.round(255 * (1 + v));
    img.data[4 * j + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}

/** One small canvas per output unit. */
export function WeightTemplates({ weights }: WeightTemplatesProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [rows, cols] = weights.shape;
  useEffect(() => {
    ref.current?.querySelectorAll('canvas').forEach((c, i) => drawRow(c, weights.weight, i * cols));
  }, [weights, cols]);
  if (cols !== 784) return <p>Templates need a first layer with 784 inputs (got {cols}).</p>;
  return (
    <div ref={ref} data-testid="lab-templates" style={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
      {Array.from({ length: rows }, (_, i) => (
        <canvas key={i} width={28} height={28} style={{ width: 56, height: 56, imageRendering: 'pixelated' }} aria-label={`template ${i}`} />
      ))}
    </div>
  );
}
