import { describe, expect, it } from 'vitest';
import { paramUpdates, readParams, type ParamTable } from './url-params';

const TABLE = {
  x: { kind: 'number', default: 5, min: -10, max: 10 },
  n: { kind: 'int', default: 3, min: 0, max: 9 },
  on: { kind: 'bool', default: false },
  expr: { kind: 'string', default: 'relu(w1*x)*w2', maxLength: 20 },
  mode: { kind: 'enum', default: 'gates', values: ['gates', 'fused'] },
} satisfies ParamTable;

describe('URL parameter table', () => {
  it('reads valid values and clamps numbers to their range', () => {
    const { values, rejected } = readParams(
      TABLE,
      new URLSearchParams('x=-1&n=12&on=1&expr=a*b&mode=fused'),
    );
    expect(values).toEqual({ x: -1, n: 9, on: true, expr: 'a*b', mode: 'fused' });
    expect(rejected).toEqual([]);
  });

  it('falls back to defaults for malformed values and reports them', () => {
    const { values, rejected } = readParams(
      TABLE,
      new URLSearchParams(`x=abc&n=2.5&on=maybe&expr=${'y'.repeat(21)}&mode=other`),
    );
    expect(values).toEqual({ x: 5, n: 3, on: false, expr: 'relu(w1*x)*w2', mode: 'gates' });
    expect(rejected.sort()).toEqual(['expr', 'mode', 'n', 'on', 'x']);
  });

  it('reports every out-of-range number with what the link asked for and the bound used', () => {
    const { values, rejected, clamped } = readParams(
      TABLE,
      new URLSearchParams('x=99&n=-4&on=1&mode=fused'),
    );
    expect(values).toMatchObject({ x: 10, n: 0 });
    expect(rejected).toEqual([]);
    expect(clamped).toEqual([
      { key: 'x', given: 99, used: 10, min: -10, max: 10 },
      { key: 'n', given: -4, used: 0, min: 0, max: 9 },
    ]);
  });

  it('does not report in-range, absent or malformed numbers as clamped', () => {
    const read = (search: string) => readParams(TABLE, new URLSearchParams(search));
    expect(read('x=10&n=0').clamped).toEqual([]);
    expect(read('').clamped).toEqual([]);
    const bad = read('x=1e999&n=12.5&on=2');
    expect(bad.clamped).toEqual([]);
    expect(bad.rejected.sort()).toEqual(['n', 'on', 'x']);
    expect(read('x= -11 ').clamped).toEqual([
      { key: 'x', given: -11, used: -10, min: -10, max: 10 },
    ]);
  });

  it('treats an empty number as malformed, not as zero', () => {
    expect(readParams(TABLE, new URLSearchParams('x=')).values.x).toBe(5);
  });

  it('writes only non-default values', () => {
    expect(paramUpdates(TABLE, { x: 5, n: 4, on: true })).toEqual({ x: null, n: '4', on: '1' });
  });
});
