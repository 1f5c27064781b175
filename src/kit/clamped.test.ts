import { describe, expect, it } from 'vitest';
import { clampedKeys } from './ClampedParamsNotice';

describe('clampedKeys', () => {
  const table = {
    s: { kind: 'number', default: 0.3, min: 0.02, max: 1 },
    h: { kind: 'int', default: 128, min: 8, max: 512 },
    m: { kind: 'enum', default: 'a', values: ['a'] },
  } as const;
  it('lists numbers outside their range, not malformed or absent ones', () => {
    expect(clampedKeys(table, 's=5&h=4096')).toEqual(['s', 'h']);
    expect(clampedKeys(table, 's=0.5&h=abc&m=zz')).toEqual([]);
    expect(clampedKeys(table, '')).toEqual([]);
  });
});
