/**
 * The colour palette. Every colour comes from the theme's CSS variables (src/app/theme.css):
 * SVG and HTML use `var(--name)` strings so a theme switch restyles them for free; canvases need
 * resolved colours, read with getComputedStyle from an element inside the themed document.
 */
import { color as d3color, interpolateLab } from 'd3';

/** Number of categorical colours (Okabe–Ito based, colour-blind safe): --c0 … --c9. */
export const CATEGORICAL_COUNT = 10;

/** A CSS `var()` reference to a theme variable, e.g. `themeVar('forward')` → `var(--forward)`. */
export function themeVar(name: string): string {
  return `var(--${name})`;
}

/** The i-th categorical colour as a CSS `var()` reference (wraps around after c9). */
export function categorical(i: number): string {
  const k = ((Math.trunc(i) % CATEGORICAL_COUNT) + CATEGORICAL_COUNT) % CATEGORICAL_COUNT;
  return themeVar(`c${k}`);
}

/** An RGB triple, components 0..255. */
export type Rgb = readonly [number, number, number];

/** Fallbacks used when a variable cannot be resolved (jsdom, detached elements). */
const FALLBACK: Record<string, string> = {
  fg: '#16181d',
  bg: '#ffffff',
  muted: '#5a6170',
  neg: '#0072b2',
  zero: '#f7f7f7',
  pos: '#d55e00',
  c0: '#0072b2',
  c1: '#e69f00',
  c2: '#009e73',
  c3: '#cc79a7',
  c4: '#56b4e9',
  c5: '#d55e00',
  c6: '#f0e442',
  c7: '#000000',
  c8: '#999999',
  c9: '#882255',
};

/** Resolve a theme variable (name without `--`) to a CSS colour string for canvas drawing. */
export function resolveColor(el: Element | null, name: string): string {
  const fromCss =
    el && typeof getComputedStyle === 'function'
      ? getComputedStyle(el).getPropertyValue(`--${name}`).trim()
      : '';
  return fromCss || FALLBACK[name] || '#808080';
}

/** Resolve a theme variable to an RGB triple (for writing ImageData). */
export function resolveRgb(el: Element | null, name: string): Rgb {
  const c = d3color(resolveColor(el, name))?.rgb();
  return c ? [Math.round(c.r), Math.round(c.g), Math.round(c.b)] : [128, 128, 128];
}

/** A diverging colour map: maps t ∈ [−1, 1] to neg → zero → pos (clamped). */
export type DivergingMap = (t: number) => Rgb;

/** Build the diverging map for weights from the theme's --neg, --zero and --pos colours. */
export function divergingMap(el: Element | null): DivergingMap {
  const toCss = (rgb: Rgb) => `rgb(${rgb[0]},${rgb[1]},${rgb[2]})`;
  const neg = toCss(resolveRgb(el, 'neg'));
  const zero = toCss(resolveRgb(el, 'zero'));
  const pos = toCss(resolveRgb(el, 'pos'));
  const toNeg = interpolateLab(zero, neg);
  const toPos = interpolateLab(zero, pos);
  // NOTE: a 257-entry lookup table keeps per-pixel work to one index (784 pixels × many redraws).
  const table: Rgb[] = [];
  for (let i = 0; i <= 256; i++) {
    const t = i / 128 - 1;
    const c = d3color(t < 0 ? toNeg(-t) : toPos(t))?.rgb();
    table.push(c ? [Math.round(c.r), Math.round(c.g), Math.round(c.b)] : [128, 128, 128]);
  }
  return (t: number) => table[divergingIndex(t)];
}

/** The entry of a diverging map's 257-entry table for t ∈ [−1, 1] (clamped; not finite → the middle). */
export function divergingIndex(t: number): number {
  const u = Number.isFinite(t) ? Math.max(-1, Math.min(1, t)) : 0;
  return Math.round((u + 1) * 128);
}

const pixelTables = new WeakMap<DivergingMap, Uint32Array>();
const isLittleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * A diverging map's table as opaque RGBA pixels, for writing a Uint32Array view of ImageData (one
 * store per pixel instead of four); index it with {@link divergingIndex}. Built once per map.
 */
export function pixelTable(map: DivergingMap): Uint32Array {
  let table = pixelTables.get(map);
  if (table) return table;
  table = new Uint32Array(257);
  for (let i = 0; i <= 256; i++) {
    const [r, g, b] = map(i / 128 - 1);
    table[i] = isLittleEndian
      ? ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0
      : ((r << 24) | (g << 16) | (b << 8) | 255) >>> 0;
  }
  pixelTables.set(map, table);
  return table;
}

/** Mix two RGB colours: `amount` 0 gives `a`, 1 gives `b`. */
export function mixRgb(a: Rgb, b: Rgb, amount: number): Rgb {
  const t = Math.max(0, Math.min(1, amount));
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}
