import { describe, expect, it } from 'vitest';
import { EngineError, messageOf, noGrad, isGradEnabled, scalar, tensor, zeros } from './index';

describe('errors name the op and the shapes', () => {
  it('matmul misalignment', () => {
    expect(() => zeros([2, 3]).matmul(zeros([4, 5]))).toThrow(
      'matmul: shapes [2,3] and [4,5] do not align (3 ≠ 4)',
    );
    expect(() => zeros([2, 3]).matmul(zeros([4, 5]))).toThrow(EngineError);
  });

  it('broadcast mismatch', () => {
    expect(() => zeros([2, 3]).add(zeros([4]))).toThrow(
      'add: shapes [2,3] and [4] cannot broadcast (3 ≠ 4)',
    );
  });

  it('reshape, transpose and axis errors', () => {
    expect(() => zeros([2, 3]).reshape([4, 2])).toThrow(/reshape: cannot reshape \[2,3\]/);
    expect(() => zeros([2, 3]).transpose([0, 0])).toThrow(/transpose: axes \[0,0\]/);
    expect(() => zeros([2, 3]).sum(2)).toThrow(/sum: axis 2 is out of range/);
  });

  it('backward on a non-scalar without a gradient', () => {
    const x = zeros([2, 2], { requiresGrad: true });
    expect(() => x.mul(2).backward()).toThrow(
      /backward: output has shape \[2,2\]; pass a gradient/,
    );
  });

  it('backward on something that needs no grad', () => {
    expect(() => zeros([1]).mul(2).backward()).toThrow(/does not require grad/);
  });

  it('dtype mismatch', () => {
    const a = zeros([2], { dtype: 'float32' });
    const b = zeros([2], { dtype: 'float64' });
    expect(() => a.add(b)).toThrow('add: dtype mismatch (float32 and float64)');
  });

  it('softmaxCrossEntropy labels', () => {
    expect(() => zeros([2, 3]).softmaxCrossEntropy([0])).toThrow(
      /1 labels for logits of shape \[2,3\]/,
    );
    expect(() => zeros([1, 3]).softmaxCrossEntropy([3])).toThrow(
      /label 3 is out of range \[0, 3\)/,
    );
  });

  it('item on a non-scalar and ragged input', () => {
    expect(() => zeros([2]).item()).toThrow(/item: tensor of shape \[2\]/);
    expect(() => tensor([[1, 2], [3]])).toThrow(/ragged/);
  });
});

describe('NaN detection and grad mode', () => {
  it('isFinite spots NaN and Infinity', () => {
    expect(tensor([1, 2]).isFinite()).toBe(true);
    expect(tensor([1, 0]).log().isFinite()).toBe(false);
    expect(scalar(0).div(0).isFinite()).toBe(false);
  });

  it('noGrad records nothing and restores the mode', () => {
    const w = scalar(2, { requiresGrad: true });
    const y = noGrad(() => {
      expect(isGradEnabled()).toBe(false);
      return w.mul(3);
    });
    expect(isGradEnabled()).toBe(true);
    expect(y.requiresGrad).toBe(false);
    expect(y.op).toBeNull();
    expect(y.parents).toEqual([]);
  });
});

describe('messageOf', () => {
  it("gives an Error's message and any other thrown value as text", () => {
    expect(messageOf(new EngineError('matmul: shapes differ'))).toBe('matmul: shapes differ');
    expect(messageOf('plain string')).toBe('plain string');
    expect(messageOf(42)).toBe('42');
    expect(messageOf(null)).toBe('null');
  });
});
