import { describe, expect, it } from 'vitest';
import { customOp, exportGraph, gradcheck, scalar, tensor, type Tensor } from './index';

// The lecture's Multiply, written as a torch.autograd.Function would be.
const Multiply = customOp({
  name: 'multiply',
  symbol: '×',
  localGradTex: ['\\frac{\\partial z}{\\partial x} = y', '\\frac{\\partial z}{\\partial y} = x'],
  forward(ctx, x: Tensor, y: Tensor) {
    ctx.saveForBackward(x, y);
    return x.mul(y);
  },
  backward(ctx, gradZ: Tensor) {
    const [x, y] = ctx.saved;
    return [y.mul(gradZ), x.mul(gradZ)];
  },
});

// A deliberately wrong backward: forgets the upstream gradient.
const BrokenMultiply = customOp({
  name: 'broken_multiply',
  symbol: '×?',
  forward(ctx, x: Tensor, y: Tensor) {
    ctx.saveForBackward(x, y);
    return x.mul(y);
  },
  backward(ctx) {
    const [x, y] = ctx.saved;
    return [y, x];
  },
});

describe('customOp (autograd.Function style)', () => {
  it('computes z = x·y with grad_x = y·grad_z and grad_y = x·grad_z', () => {
    const x = scalar(3, { requiresGrad: true });
    const y = scalar(-4, { requiresGrad: true });
    const z = Multiply.apply(x, y);
    z.mul(2).backward();
    expect(z.item()).toBe(-12);
    expect(x.grad!.item()).toBe(-8);
    expect(y.grad!.item()).toBe(6);
  });

  it('passes gradcheck in float64, including on matrices', () => {
    const x = tensor([
      [0.3, -1.2],
      [2.0, 0.7],
    ]);
    const y = tensor([
      [1.5, 0.2],
      [-0.4, 0.9],
    ]);
    const result = gradcheck((a, b) => Multiply.apply(a, b), [x, y]);
    expect(result.ok).toBe(true);
    expect(result.maxRelError).toBeLessThan(1e-6);
  });

  it('a wrong backward fails gradcheck', () => {
    const x = tensor([
      [0.3, -1.2],
      [2.0, 0.7],
    ]);
    const y = tensor([
      [1.5, 0.2],
      [-0.4, 0.9],
    ]);
    const result = gradcheck((a, b) => BrokenMultiply.apply(a, b), [x, y]);
    expect(result.ok).toBe(false);
    expect(result.maxRelError).toBeGreaterThan(0.1);
  });

  it('appears in the exported graph as one op node with its symbol and TeX', () => {
    const z = Multiply.apply(scalar(2, { requiresGrad: true }), scalar(5));
    const op = exportGraph(z).nodes.find((n) => n.kind === 'op')!;
    expect(op.op).toBe('multiply');
    expect(op.label).toBe('×');
    expect(op.localGradTex).toEqual([
      '\\frac{\\partial z}{\\partial x} = y',
      '\\frac{\\partial z}{\\partial y} = x',
    ]);
    expect(op.inputs).toHaveLength(2);
  });

  it('refuses to shadow a built-in op', () => {
    expect(() =>
      customOp({ name: 'mul', symbol: '×', forward: (_c, x) => x, backward: () => [] }),
    ).toThrow(/built-in/);
  });
});
