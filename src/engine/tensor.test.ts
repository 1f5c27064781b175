import { describe, expect, it } from 'vitest';
import { createRng, ones, rand, randn, scalar, takeRows, tensor, zeros } from './index';

describe('tensor factories', () => {
  it('infers shapes from nested arrays and accepts flat data with a shape', () => {
    expect(
      tensor([
        [1, 2, 3],
        [4, 5, 6],
      ]).shape,
    ).toEqual([2, 3]);
    expect(tensor(5).shape).toEqual([]);
    const t = tensor(Float32Array.from([1, 2, 3, 4, 5, 6]), { shape: [3, 2] });
    expect(t.toNested()).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(t.dtype).toBe('float32');
    expect(tensor([1, 2], { dtype: 'float64' }).data).toBeInstanceOf(Float64Array);
  });

  it('copies its input, so later changes to the source do not leak in', () => {
    const src = Float32Array.from([1, 2]);
    const t = tensor(src);
    src[0] = 9;
    expect(t.toArray()).toEqual([1, 2]);
  });

  it('zeros, ones, seeded randn and rand', () => {
    expect(zeros([2, 2]).toArray()).toEqual([0, 0, 0, 0]);
    expect(ones([3]).toArray()).toEqual([1, 1, 1]);
    const a = randn([100], createRng(4), { std: 3 });
    expect(a.toArray()).toEqual(randn([100], createRng(4), { std: 3 }).toArray());
    const u = rand([500], createRng(5), { low: -2, high: -1 });
    expect(u.toArray().every((v) => v >= -2 && v < -1)).toBe(true);
  });

  it('ids are unique and increasing', () => {
    const a = scalar(1);
    const b = scalar(2);
    expect(b.id).toBeGreaterThan(a.id);
  });
});

describe('tensor methods', () => {
  const m = () =>
    tensor([
      [1, 5, 3],
      [7, 2, 7],
    ]);

  it('max and argmax along an axis (argmax returns an Int32Array, first index on ties)', () => {
    expect(m().max(1).toArray()).toEqual([5, 7]);
    expect(m().max(0, true).shape).toEqual([1, 3]);
    expect(Array.from(m().argmax(1))).toEqual([1, 0]);
    expect(m().argmax(-1)).toBeInstanceOf(Int32Array);
    expect(Array.from(m().argmax(0))).toEqual([1, 0, 1]);
  });

  it('max is not differentiable: its result never requires grad', () => {
    const x = tensor([1, 2], { requiresGrad: true });
    expect(x.max(0).requiresGrad).toBe(false);
  });

  it('reshape with −1 and transpose of a 3-D tensor', () => {
    const x = tensor(
      Array.from({ length: 24 }, (_, i) => i),
      { shape: [2, 3, 4] },
    );
    expect(x.reshape([4, -1]).shape).toEqual([4, 6]);
    const t = x.transpose();
    expect(t.shape).toEqual([4, 3, 2]);
    // Element [a,b,c] lands at [c,b,a]: x[1,2,3] = 23 → t[3,2,1].
    expect(t.data[3 * 6 + 2 * 2 + 1]).toBe(23);
  });

  it('detach shares storage but not the graph; clone copies', () => {
    const x = tensor([1, 2], { requiresGrad: true });
    const d = x.mul(2).detach();
    expect(d.requiresGrad).toBe(false);
    expect(d.op).toBeNull();
    const c = x.clone();
    c.data[0] = 5;
    expect(x.data[0]).toBe(1);
  });

  it('gradients of a reused tensor add up, and sibling grads never share a buffer', () => {
    const x = scalar(3, { requiresGrad: true });
    x.mul(x).add(x).backward();
    expect(x.grad!.item()).toBe(7);
    const a = tensor([1, 2], { requiresGrad: true });
    const b = tensor([3, 4], { requiresGrad: true });
    a.add(b).sum().backward();
    a.grad!.data[0] = 100;
    expect(b.grad!.toArray()).toEqual([1, 1]);
  });

  it('backward accepts an explicit upstream gradient for non-scalar outputs', () => {
    const x = tensor([1, 2, 3], { requiresGrad: true });
    x.mul(2).backward(tensor([1, 0, -1]));
    expect(x.grad!.toArray()).toEqual([2, 0, -2]);
  });

  it('takeRows gathers a mini-batch', () => {
    expect(takeRows(m(), [1, 1, 0]).toNested()).toEqual([
      [7, 2, 7],
      [7, 2, 7],
      [1, 5, 3],
    ]);
    expect(() => takeRows(m(), [2])).toThrow(/row 2 is out of range/);
  });

  it('softmaxCrossEntropy stays finite for huge logits', () => {
    const loss = tensor([
      [1000, 0],
      [-1000, 1000],
    ]).softmaxCrossEntropy([0, 1]);
    expect(loss.isFinite()).toBe(true);
    expect(loss.item()).toBeCloseTo(0, 6);
  });

  it('sigmoid stays finite and exact at the extremes', () => {
    expect(tensor([-800, 800]).sigmoid().toArray()).toEqual([0, 1]);
  });
});

describe('non-finite values', () => {
  it('relu keeps NaN as NaN so divergence stays visible', () => {
    const t = tensor([Number.NaN, -1, 2]).relu();
    expect(Number.isNaN(t.toArray()[0])).toBe(true);
    expect(t.toArray().slice(1)).toEqual([0, 2]);
    expect(t.isFinite()).toBe(false);
  });
});
