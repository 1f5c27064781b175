import { describe, expect, it } from 'vitest';
import { bandInk, BAND_ROWS, scoreRule } from './hand-rule';

/** Images whose rows [0, 6) hold `ink` full pixels each (the first `ink` pixels at 255). */
function dataset(items: { label: number; ink: number }[]) {
  const images = new Uint8Array(items.length * 784);
  items.forEach((it, i) => images.fill(255, i * 784, i * 784 + it.ink));
  return { images, labels: Uint8Array.from(items.map((it) => it.label)), count: items.length };
}

describe('hand-written rule', () => {
  it('measures ink only inside the band', () => {
    const data = dataset([{ label: 9, ink: 10 }]);
    expect(bandInk(data, 0, 0)).toBe(10);
    expect(bandInk(data, 0, BAND_ROWS)).toBe(0);
  });

  it('scores the rule on the two classes only, counting each call', () => {
    const data = dataset([
      { label: 9, ink: 20 },
      { label: 9, ink: 5 },
      { label: 4, ink: 2 },
      { label: 4, ink: 30 },
      { label: 1, ink: 50 },
    ]);
    const score = scoreRule(data, { row0: 0, threshold: 10, whenMore: 9, whenLess: 4 });
    expect(score).toEqual({ total: 4, correct: 2, accuracy: 0.5 });
    const strict = scoreRule(data, { row0: 0, threshold: 3, whenMore: 9, whenLess: 4 });
    expect(strict.correct).toBe(3);
  });
});
