/** Compact number formatting for labels and readouts. */

/** Format a number compactly: integers as-is, others with up to 3 significant digits, exponent when tiny or huge. */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const a = Math.abs(v);
  let s: string;
  if (v === 0) s = '0';
  else if (Number.isInteger(v) && a < 1e6) s = String(v);
  else if (a >= 1e5 || a < 1e-3)
    s = v
      .toExponential(2)
      .replace(/\.?0+e/, 'e')
      .replace('e+', 'e');
  else s = String(Number(v.toPrecision(a >= 1000 ? 4 : 3)));
  return s.replace(/-/g, '−');
}

/** Format a number for TeX: as {@link formatNumber}, with ASCII minus signs, `\infty` and `\text{NaN}`. */
export function formatTexNumber(v: number): string {
  if (Number.isNaN(v)) return '\\text{NaN}';
  return formatNumber(v).replace(/−/g, '-').replace('∞', '\\infty');
}

/** Format a flat value list: a scalar as a number, a short vector as `[a, b, …]`. */
export function formatValues(values: readonly number[], size: number, maxItems = 3): string {
  if (size === 1 && values.length >= 1) return formatNumber(values[0]);
  const shown = values.slice(0, maxItems).map(formatNumber).join(', ');
  return `[${shown}${size > maxItems ? ', …' : ''}]`;
}

/** Format a shape as `128×784` (scalars: `scalar`). */
export function formatShape(shape: readonly number[]): string {
  return shape.length === 0 ? 'scalar' : shape.join('×');
}

/** Format a byte count as `1.2 MB`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB'];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}
