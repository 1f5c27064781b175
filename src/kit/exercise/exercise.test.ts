import { describe, expect, it } from 'vitest';
import { isCorrect, parseAnswer } from './answer';
import { loadProgress, recordAttempt, sanitizeProgress } from './progress';
import { defaultSeed, freshSeed, parseSeed } from './seed';

/** A Storage backed by a Map (the Node test environment has no localStorage). */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

describe('parseAnswer', () => {
  it.each([
    ['80', 80],
    ['−3', -3],
    ['-1.5e+2', -150],
    ['1e-3', 0.001],
    ['3/4', 0.75],
    ['−3/4', -0.75],
    [' .5 ', 0.5],
    ['2×10^−3', 0.002],
  ])('reads %s as %d', (text, value) => {
    const r = parseAnswer(text);
    expect(r.ok && r.value).toBeCloseTo(value, 12);
  });

  it.each(['', 'abc', '1/2/3', '3/0', '1e', '--2'])('refuses %j with a message', (text) => {
    const r = parseAnswer(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
  });

  it('checks with a relative tolerance and an absolute floor', () => {
    expect(isCorrect(80.05, 80)).toBe(true);
    expect(isCorrect(81, 80)).toBe(false);
    expect(isCorrect(0.0000005, 0)).toBe(true);
    expect(isCorrect(0.01, 0)).toBe(false);
  });
});

describe('exercise progress', () => {
  it('counts attempts and correct answers per exercise', () => {
    const storage = memoryStorage();
    recordAttempt('backprop', 'grad-w1', false, storage);
    recordAttempt('backprop', 'grad-w1', true, storage);
    expect(loadProgress('backprop', storage)).toEqual({ 'grad-w1': { attempted: 2, correct: 1 } });
    expect(loadProgress('linear', storage)).toEqual({});
  });

  it('ignores corrupt or foreign values instead of crashing', () => {
    const key = 'chain-rule:exercises:backprop';
    expect(loadProgress('backprop', memoryStorage({ [key]: '{not json' }))).toEqual({});
    expect(loadProgress('backprop', memoryStorage({ [key]: '[1,2]' }))).toEqual({});
    expect(
      sanitizeProgress({
        a: { attempted: 1, correct: 2 },
        b: { attempted: -1, correct: 0 },
        c: 'x',
        d: { attempted: 3, correct: 1 },
      }),
    ).toEqual({ d: { attempted: 3, correct: 1 } });
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(loadProgress('backprop', broken)).toEqual({});
  });
});

describe('seeds', () => {
  it('are stable by default, validated from a URL, and fresh on request', () => {
    expect(defaultSeed('grad-w1')).toBe(defaultSeed('grad-w1'));
    expect(defaultSeed('grad-w1')).not.toBe(defaultSeed('grad-w2'));
    expect(parseSeed('1234')).toBe(1234);
    expect(parseSeed('12.5')).toBeNull();
    expect(parseSeed('-3')).toBeNull();
    expect(parseSeed('9999999')).toBeNull();
    expect(freshSeed(5, () => 5 / 1e6)).toBe(6);
  });
});
