/**
 * One hidden neuron's activation over the 2-D plane, as a small heatmap: a canvas (owned by this
 * component) with one pixel per grid cell, coloured by the theme's diverging map scaled to the
 * largest |activation| of the neuron.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useThemeVersion } from '../hooks';
import { divergingIndex, divergingMap, pixelTable, type DivergingMap } from '../palette';
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

/** The ImageData each canvas was last painted with (reused while its size stays). */
const images = new WeakMap<HTMLCanvasElement, ImageData>();

/**
 * Paints `values` into `canvas` with the diverging `map` (the theme's, read from the canvas, by
 * default), scaled so that ±`scale` (default the largest |value|) are the map's ends.
 */
export function paintHeatmap(
  canvas: HTMLCanvasElement,
  values: Float32Array,
  n: number,
  map: DivergingMap = divergingMap(canvas),
  scale: number = maxAbs(values),
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  let img = images.get(canvas);
  if (img?.width !== n || img.height !== n) {
    img = ctx.createImageData(n, n);
    images.set(canvas, img);
  }
  const pixels = new Uint32Array(img.data.buffer, img.data.byteOffset, n * n);
  const table = pixelTable(map);
  for (let i = 0; i < n * n; i++) pixels[i] = table[divergingIndex(values[i] / scale)];
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
  const scale = useMemo(() => maxAbs(values), [values]);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    if (colours.current?.theme !== theme) colours.current = { theme, map: divergingMap(canvas) };
    paintHeatmap(canvas, values, gridSize, colours.current.map, scale);
  }, [values, gridSize, theme, scale]);
  return (
    <canvas
      ref={ref}
      className="cr-neuron-map"
      width={gridSize}
      height={gridSize}
      role="img"
      aria-label={`${ariaLabel}: largest |activation| ${scale.toPrecision(3)}`}
    />
  );
}
