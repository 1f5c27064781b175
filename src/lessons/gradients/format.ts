/** Number formatting for the lesson's tables: scientific notation with a few digits. */

/** `5.6e-9` style text (0 prints as 0; digits after the point default to 1). */
export function sci(v: number, digits = 1): string {
  if (v === 0) return '0';
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e4) return String(Number(v.toPrecision(digits + 1)));
  return v.toExponential(digits).replace('e+', 'e');
}
