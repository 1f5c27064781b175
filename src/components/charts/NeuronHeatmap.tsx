/**
 * One hidden neuron's activation over the 2-D plane, as a small heatmap: a canvas (owned by this
 * component) with one pixel per grid cell, coloured by the theme's diverging map scaled to the
 * largest |activation| of the neuron.
 */
import { useEffect, useRef } from 'react';
import { useThemeVersion } from '../hooks';
import { divergingMap, type DivergingMap } from '../palette';
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

/** Paints `values` into `canvas` with the diverging `map` (the theme's, read from the canvas, by default). */
export function paintHeatmap(
  canvas: HTMLCanvasElement,
  values: Float32Array,
  n: number,
  map: DivergingMap = divergingMap(canvas),
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const scale = maxAbs(values) || 1;
  const img = ctx.createImageData(n, n);
  const data = img.data;
  for (let i = 0; i < n * n; i++) {
    const c = map(values[i] / scale);
    data[4 * i] = c[0];
    data[4 * i + 1] = c[1];
    data[4 * i + 2] = c[2];
    data[4 * i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}

/** A small heatmap of one neuron's activation. */
export function NeuronHeatmap({ values, gridSize, ariaLabel }: NeuronHeatmapProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  // NOTE: the colour table is built once per theme, not on every redraw: a playing playground
  // repaints up to 96 maps per view, and rebuilding it (three style reads, 257 interpolations)
  // for each was a third of the page's script time.
  const colours = useRef<{ theme: number; map: DivergingMap } | null>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    if (colours.current?.theme !== theme) colours.current = { theme, map: divergingMap(canvas) };
    paintHeatmap(canvas, values, gridSize, colours.current.map);
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
