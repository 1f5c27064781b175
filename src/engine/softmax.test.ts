import { describe, expect, it } from 'vitest';
import { argmax, gradcheck, softmax, tensor } from './index';

describe('softmax', () => {
  it('matches e^x / Σ e^x along the last axis by default', () => {
    const p = softmax(
      tensor(
        [
          [1, 2, 3],
          [0, 0, Math.log(2)],
        ],
        { dtype: 'float64' },
      ),
    );
    const z = Math.E + Math.E ** 2 + Math.E ** 3;
    const expected = [Math.E / z, Math.E ** 2 / z, Math.E ** 3 / z, 0.25, 0.25, 0.5];
    p.toArray().forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
    expect(p.shape).toEqual([2, 3]);
  });

  it('normalises along the axis it is given', () => {
    const p = softmax(
      tensor([
        [0, 10],
        [0, 10],
      ]),
      0,
    );
    expect(p.toArray()).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('is stable for large logits (the row maximum is subtracted)', () => {
    const p = softmax(
      tensor([
        [1000, 1000],
        [-1000, 0],
      ]),
    );
    expect(p.toArray()).toEqual([0.5, 0.5, 0, 1]);
  });

  it('turns a row with a NaN into NaN and leaves the other rows alone', () => {
    const p = softmax(
      tensor([
        [0, Number.NaN],
        [0, 0],
      ]),
    );
    expect(p.toArray().slice(0, 2).every(Number.isNaN)).toBe(true);
    expect(p.toArray().slice(2)).toEqual([0.5, 0.5]);
  });

  it('is differentiable (built from primitives) and passes a float64 gradcheck', () => {
    const x = tensor(
      [
        [0.3, -1.2, 0.7],
        [1, 2, -0.5],
      ],
      { dtype: 'float64', requiresGrad: true },
    );
    expect(softmax(x).requiresGrad).toBe(true);
    const r = gradcheck((t) => softmax(t), [x]);
    expect(r.maxRelError).toBeLessThan(1e-6);
    expect(r.ok).toBe(true);
  });
});

describe('argmax', () => {
  it('gives the index of the largest value per row, the first one on ties', () => {
    expect(
      Array.from(
        argmax(
          tensor([
            [1, 5, 3],
            [7, 2, 7],
          ]),
        ),
      ),
    ).toEqual([1, 0]);
    expect(
      Array.from(
        argmax(
          tensor([
            [1, 5, 3],
            [7, 2, 7],
          ]),
          0,
        ),
      ),
    ).toEqual([1, 0, 1]);
    expect(Array.from(argmax(tensor([4, 9, 9])))).toEqual([1]);
  });

  it('treats NaN as the largest value: a row with a NaN gives its first NaN (as NumPy does)', () => {
    const x = tensor([
      [1, Number.NaN, 3, Number.NaN],
      [Number.NaN, 0, 9, 1],
      [2, 3, 1, 0],
    ]);
    expect(Array.from(argmax(x))).toEqual([1, 0, 1]);
    expect(Array.from(x.argmax(1))).toEqual([1, 0, 1]);
  });

  it('gives 0 for a row of −Infinity', () => {
    expect(Array.from(argmax(tensor([[-Infinity, -Infinity]])))).toEqual([0]);
  });
});
