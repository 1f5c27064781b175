import { describe, expect, it } from 'vitest';
import { createRng, mlp, noGrad, tensor } from '../engine';
import { filterNormalDirection, type MlpParams } from './landscape';
import { PlaneEvaluator } from './landscape-batch';

/** A 7-input, 5-hidden, 3-class MLP, 9 inputs with labels, and two directions. */
function setup(seed = 3) {
  const rng = createRng(seed);
  const model = mlp([7, 5, 3], { activation: 'relu', rng });
  const params = model.parameters() as MlpParams;
  const x = tensor(
    Float32Array.from({ length: 9 * 7 }, () => rng.normal()),
    { shape: [9, 7] },
  );
  const labels = Int32Array.from({ length: 9 }, (_, i) => (i * 2) % 3);
  const d = filterNormalDirection(params, rng);
  // NOTE: biases get a direction too here, so the bias terms of the batched path are exercised.
  const e = params.map((p) => Float32Array.from({ length: p.size }, () => 0.5 * rng.normal()));
  return { model, params, x, labels, d, e };
}

/** The plain engine forward pass at θ* + aδ + bη (weights restored afterwards). */
function reference(s: ReturnType<typeof setup>, a: number, b: number): number {
  const saved = s.params.map((p) => Float32Array.from(p.data));
  s.params.forEach((p, i) =>
    p.data.forEach((v, j) => (p.data[j] = v + a * s.d[i][j] + b * s.e[i][j])),
  );
  const loss = noGrad(() => s.model.forward(s.x).softmaxCrossEntropy(s.labels).item());
  s.params.forEach((p, i) => p.data.set(saved[i]));
  return loss;
}

describe('PlaneEvaluator', () => {
  const as = [-1, -0.35, 0, 0.4, 0.9, 1.3, -0.8];
  const bs = [0.6, -1.1, 0, 0.25, -0.5, 1, 0.3];

  it('gives the plain forward pass’s loss at every point, one point or several per product', () => {
    const s = setup();
    const want = as.map((a, k) => reference(s, a, bs[k]));
    expect(want.every(Number.isFinite)).toBe(true);
    // 45 floats per point (9 inputs × 5 hidden): 1, 3 and all 7 points share a product.
    for (const floats of [45, 3 * 45, 100 * 45]) {
      const ev = new PlaneEvaluator(s.params, s.d, s.e, s.x, s.labels, floats);
      const got = new Float32Array(as.length + 2);
      ev.evaluate(as, bs, got, 2);
      expect(ev.pointsPerProduct).toBe(Math.max(1, Math.floor(floats / 45)));
      want.forEach((w, k) => expect(got[k + 2]).toBeCloseTo(w, 5));
    }
  });

  it('gives the trained weights’ own loss at the centre and leaves the parameters untouched', () => {
    const s = setup(8);
    const before = s.params.map((p) => Float32Array.from(p.data));
    const ev = new PlaneEvaluator(s.params, s.d, s.e, s.x, s.labels);
    const centre = noGrad(() => s.model.forward(s.x).softmaxCrossEntropy(s.labels).item());
    expect(ev.at(0, 0)).toBeCloseTo(centre, 6);
    s.params.forEach((p, i) => expect(Array.from(p.data)).toEqual(Array.from(before[i])));
  });

  it('gets the same value for a point whichever batch it lands in (buffers are reused cleanly)', () => {
    const s = setup(5);
    const ev = new PlaneEvaluator(s.params, s.d, s.e, s.x, s.labels, 2 * 45);
    const first = new Float32Array(as.length);
    ev.evaluate(as, bs, first);
    const reversed = new Float32Array(as.length);
    ev.evaluate([...as].reverse(), [...bs].reverse(), reversed);
    expect(Array.from(reversed).reverse()).toEqual(Array.from(first));
  });
});
