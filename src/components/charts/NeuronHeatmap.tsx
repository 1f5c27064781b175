/**
 * One hidden neuron's activation over the 2-D plane, as a small heatmap: a canvas (owned by this
 * component) with one pixel per grid cell, coloured by the theme's diverging map scaled to the
 * largest |activation| of the neuron.
 */
import { useEffect, useRef } from 'react';
import { useThemeVersion } from '../hooks';
import { divergingMap } from '../palette';
import { maxAbs } from '../digits/WeightTemplate';

/** Props of {@link NeuronHeatmap}. */
export interface NeuronHeatmapProps {
  /** gridSize² activations, row 0 at the top (the order of gridPoints). */
  values: Float32Array;
  /** Cells per side. */
  gridSize: number;
  /** Accessible name (e.g. "layer 1, neuron 3"). */
  ariaLabel: string;
}

/** Paints `values` into `canvas` with the diverging map. */
export function paintHeatmap(canvas: HTMLCanvasElement, values: Float32Array, n: number): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const map = divergingMap(canvas);
  const scale = maxAbs(values) || 1;
  const img = ctx.createImageData(n, n);
  for (let i = 0; i < n * n; i++) {
    const c = map(values[i] / scale);
    img.data.set([c[0], c[1], c[2], 255], 4 * i);
  }
  ctx.putImageData(img, 0, 0);
}

/** A small heatmap of one neuron's activation. */
export function NeuronHeatmap({ values, gridSize, ariaLabel }: NeuronHeatmapProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  useEffect(() => {
    if (ref.current) paintHeatmap(ref.current, values, gridSize);
  }, [values, gridSize, theme]);
  return (
    <canvas
      ref={ref}
      className="cr-neuron-map"
      width={gridSize}
      height={gridSize}
      role="img"
      aria-label={`${ariaLabel}: largest |activation| ${maxAbs(values).toPrecision(3)}`}
    />
  );
}
