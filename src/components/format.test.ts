import { describe, expect, it } from 'vitest';
import { formatBytes, formatNumber, formatShape, formatTexNumber, formatValues } from './format';

describe('format', () => {
  it('formats numbers compactly', () => {
    expect(formatNumber(80)).toBe('80');
    expect(formatNumber(-8)).toBe('−8');
    expect(formatNumber(0.731058)).toBe('0.731');
    expect(formatNumber(1234.567)).toBe('1235');
    expect(formatNumber(1e-7)).toBe('1e−7');
    expect(formatNumber(123456.7)).toBe('1.23e5');
    expect(formatNumber(NaN)).toBe('NaN');
    expect(formatNumber(-Infinity)).toBe('−∞');
  });
  it('formats numbers for TeX: every minus sign ASCII, infinities and NaN as TeX', () => {
    expect(formatTexNumber(-8)).toBe('-8');
    expect(formatTexNumber(-1e-7)).toBe('-1e-7');
    expect(formatTexNumber(0.731058)).toBe('0.731');
    expect(formatTexNumber(-Infinity)).toBe('-\\infty');
    expect(formatTexNumber(NaN)).toBe('\\text{NaN}');
  });
  it('formats value lists, shapes and bytes', () => {
    expect(formatValues([2], 1)).toBe('2');
    expect(formatValues([1, 2, 3, 4], 10)).toBe('[1, 2, 3, …]');
    expect(formatValues([1, 2], 2)).toBe('[1, 2]');
    expect(formatShape([128, 784])).toBe('128×784');
    expect(formatShape([])).toBe('scalar');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 kB');
    expect(formatBytes(11 * 1024 * 1024)).toBe('11 MB');
  });
});
