import { describe, expect, it } from 'vitest';
import EXERCISES from './exercises';

const byId = (id: string) => EXERCISES.find((e) => e.id === id)!;

/** Pulls the numbers of a vector like "(0.3,\ 1,\ 0.2)" out of a prompt. */
function vectors(prompt: string): number[][] {
  return [...prompt.matchAll(/\(([-0-9.,\\ ]+)\)/g)].map((m) =>
    m[1].split(',').map((t) => Number(t.replace('\\', '').trim())),
  );
}

describe('inpainting exercises', () => {
  it('give the same question for the same seed', () => {
    for (const e of EXERCISES) expect(e.generate(11).prompt).toBe(e.generate(11).prompt);
  });

  it('output size is 784 times the batch', () => {
    for (let seed = 1; seed < 30; seed++) {
      const q = byId('output-size').generate(seed);
      const batch = Number(/batch of \$(\d+)\$/.exec(q.prompt)![1]);
      expect(q.answer).toBe(784 * batch);
    }
  });

  it('pixel loss is ½(ŷ − y)² and pixel gradient ŷ − y, for many seeds', () => {
    for (let seed = 1; seed < 40; seed++) {
      for (const id of ['pixel-loss', 'pixel-grad']) {
        const q = byId(id).generate(seed);
        const [yhat, y] = vectors(q.prompt);
        const k = Number(/(?:pixel |hat y_)(\d)/.exec(q.prompt)![1]) - 1;
        const want = id === 'pixel-loss' ? 0.5 * (yhat[k] - y[k]) ** 2 : yhat[k] - y[k];
        expect(q.answer).toBeCloseTo(want, 5);
        expect(q.answer).not.toBe(0);
      }
    }
  });
});
