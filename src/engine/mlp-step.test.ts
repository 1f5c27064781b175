import { describe, expect, it } from 'vitest';
import { Linear, ReLU, SGD, Sequential, createRng, gradcheck, linear, tensor } from './index';

describe('one two-layer MLP step against hand-computed reference numbers', () => {
  // x = (1, 2); W1 = [[1, −1], [0.5, 0.5]], b1 = 0 → pre = (−1, 1.5), h = relu = (0, 1.5);
  // W2 = [[1, 2]], b2 = 0 → ŷ = 3; y = 1 → L = ½(3 − 1)² = 2, ∂L/∂ŷ = 2.
  // ∂W2 = 2·hᵀ = [[0, 3]], ∂b2 = [2]; ∂h = W2ᵀ·2 = (2, 4); ∂pre = (0, 4) (relu off for the first unit);
  // ∂W1 = ∂pre·xᵀ = [[0, 0], [4, 8]], ∂b1 = (0, 4).
  function build() {
    const rng = createRng(0);
    const l1 = new Linear(2, 2, { rng });
    const l2 = new Linear(2, 1, { rng });
    l1.weight.data.set([1, -1, 0.5, 0.5]);
    l2.weight.data.set([1, 2]);
    return { net: new Sequential(l1, new ReLU(), l2), l1, l2 };
  }

  it('forward, backward and an SGD update (lr 0.1)', () => {
    const { net, l1, l2 } = build();
    const loss = net.forward(tensor([[1, 2]])).halfSquaredError(tensor([[1]]));
    expect(loss.item()).toBe(2);
    loss.backward();
    expect(l2.weight.grad!.toNested()).toEqual([[0, 3]]);
    expect(l2.bias!.grad!.toNested()).toEqual([2]);
    expect(l1.weight.grad!.toNested()).toEqual([
      [0, 0],
      [4, 8],
    ]);
    expect(l1.bias!.grad!.toNested()).toEqual([0, 4]);
    new SGD(net.parameters(), { lr: 0.1 }).step();
    const round = (xs: number[]) => xs.map((v) => Math.round(v * 1e6) / 1e6);
    expect(round(l1.weight.toArray())).toEqual([1, -1, 0.1, -0.3]);
    expect(round(l1.bias!.toArray())).toEqual([0, -0.4]);
    expect(round(l2.weight.toArray())).toEqual([1, 1.7]);
    expect(round(l2.bias!.toArray())).toEqual([-0.2]);
  });

  it("halfSquaredError 'mean' divides the summed ½‖ŷ − y‖² by the batch size", () => {
    const yHat = tensor([
      [1, 2],
      [3, 4],
    ]);
    const y = tensor([
      [0, 0],
      [0, 0],
    ]);
    // ½(1 + 4 + 9 + 16) = 15 over 2 rows; mse is the mean over all 4 entries: 30/4.
    expect(yHat.halfSquaredError(y, 'mean').item()).toBe(7.5);
    expect(yHat.halfSquaredError(y).item()).toBe(15);
    expect(yHat.mse(y).item()).toBe(7.5);
  });
});

describe('the fused linear op on the kernels’ dense and zero-skipping paths', () => {
  const make = (rows: number, cols: number, seed: number, zeros: number) => {
    const rng = createRng(seed);
    return tensor(
      Float64Array.from({ length: rows * cols }, () => (rng.next() < zeros ? 0 : rng.normal())),
      { shape: [rows, cols], dtype: 'float64' },
    );
  };
  for (const zeros of [0, 0.85]) {
    it(`passes gradcheck with ${zeros * 100}% zeros in x (x [6,9], W [5,9], b [5])`, () => {
      const x = make(6, 9, 1, zeros);
      const w = make(5, 9, 2, 0);
      const b = make(1, 5, 3, 0).reshape([5]);
      const result = gradcheck((xx, ww, bb) => linear(xx, ww, bb), [x, w, b]);
      expect(result.ok).toBe(true);
      // And it equals the unfused x·Wᵀ + b.
      const fused = linear(x, w, b).toArray();
      x.matmul(w.transpose())
        .add(b)
        .toArray()
        .forEach((v, i) => expect(fused[i]).toBeCloseTo(v, 12));
    });
  }
});
