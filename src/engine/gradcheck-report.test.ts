import { describe, expect, it } from 'vitest';
import { customOp, gradcheckEntries, tensor, type Tensor } from './index';

describe('gradcheckEntries', () => {
  it('lists every element with tiny errors for a correct backward (float64)', () => {
    const a = tensor([0.3, -1.2, 2], { dtype: 'float64' });
    const b = tensor([1.5, 0.4, -0.7], { dtype: 'float64' });
    const entries = gradcheckEntries((x, y) => x.mul(y).tanh().sum(), [a, b]);
    expect(entries).toHaveLength(6);
    for (const e of entries) expect(e.relError).toBeLessThan(1e-8);
  });

  it('names the wrong entries of a broken backward', () => {
    const Wrong = customOp({
      name: 'wrong_square',
      symbol: '²?',
      forward: (ctx, x: Tensor) => {
        ctx.saveForBackward(x);
        return x.mul(x);
      },
      backward: (ctx, g: Tensor) => [ctx.saved[0].mul(g)], // should be 2x · g
    });
    const entries = gradcheckEntries(
      (x) => Wrong.apply(x).sum(),
      [tensor([3, -2], { dtype: 'float64' })],
    );
    // Analytic x, numeric 2x: relative error |x| / max(2|x|, 1) = 1/2.
    expect(entries.map((e) => e.relError)).toEqual([
      expect.closeTo(0.5, 6),
      expect.closeTo(0.5, 6),
    ]);
    expect(entries[0].numeric).toBeCloseTo(6, 6);
  });
});
