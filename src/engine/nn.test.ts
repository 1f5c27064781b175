import { describe, expect, it } from 'vitest';
import { Adam, Linear, SGD, createRng, mlp, noGrad, scalar, tensor, type Tensor } from './index';

/** Four seeded Gaussian blobs at (±1, ±1); the class is 1 when the signs differ (XOR), not linearly separable. */
function xorBlobs(n: number, seed: number): { x: Tensor; labels: Int32Array } {
  const rng = createRng(seed);
  const x = new Float32Array(n * 2);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const sx = rng.next() < 0.5 ? -1 : 1;
    const sy = rng.next() < 0.5 ? -1 : 1;
    x[2 * i] = sx + 0.2 * rng.normal();
    x[2 * i + 1] = sy + 0.2 * rng.normal();
    labels[i] = sx === sy ? 0 : 1;
  }
  return { x: tensor(x, { shape: [n, 2] }), labels };
}

describe('Linear', () => {
  it('computes x Wᵀ + b with W [out, in]', () => {
    const layer = new Linear(2, 3, { rng: createRng(1) });
    layer.weight.data.set([1, 2, 3, 4, 5, 6]);
    layer.bias!.data.set([0.5, 0, -1]);
    // Row (1, −1): (1−2, 3−4, 5−6) + b.
    expect(layer.forward(tensor([[1, -1]])).toNested()).toEqual([[-0.5, -1, -2]]);
  });

  it('kaiming init has std ≈ √(2/in) and zero bias', () => {
    const layer = new Linear(400, 200, { rng: createRng(2) });
    const w = layer.weight.toArray();
    const std = Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);
    expect(std).toBeCloseTo(Math.sqrt(2 / 400), 2);
    expect(layer.bias!.toArray().every((v) => v === 0)).toBe(true);
  });

  it('without bias matches the fused layer', () => {
    const a = new Linear(3, 2, { rng: createRng(3), bias: false });
    const b = new Linear(3, 2, { rng: createRng(3) });
    const x = tensor([[1, 2, 3]]);
    expect(a.forward(x).toArray()).toEqual(b.forward(x).toArray());
    expect(a.parameters()).toHaveLength(1);
  });
});

describe('mlp', () => {
  it('builds Linear/activation layers with named parameters; mlp([784,10]) is the linear model', () => {
    const net = mlp([4, 8, 3], { activation: 'tanh', rng: createRng(1) });
    expect(net.namedParameters().map(([n, t]) => [n, t.shape])).toEqual([
      ['0.weight', [8, 4]],
      ['0.bias', [8]],
      ['2.weight', [3, 8]],
      ['2.bias', [3]],
    ]);
    expect(mlp([784, 10], { activation: 'relu', rng: createRng(1) }).modules).toHaveLength(1);
  });

  it('is seeded: the same seed gives the same weights', () => {
    const a = mlp([3, 5, 2], { activation: 'relu', rng: createRng(42) }).parameters();
    const b = mlp([3, 5, 2], { activation: 'relu', rng: createRng(42) }).parameters();
    expect(a.map((t) => t.toArray())).toEqual(b.map((t) => t.toArray()));
  });

  it('a two-layer ReLU MLP learns XOR blobs: loss < 0.05 after 300 full-batch SGD steps', () => {
    const { x, labels } = xorBlobs(200, 7);
    const net = mlp([2, 16, 2], { activation: 'relu', rng: createRng(11) });
    const opt = new SGD(net.parameters(), { lr: 0.3, momentum: 0.9 });
    const first = net.forward(x).softmaxCrossEntropy(labels).item();
    let loss = first;
    for (let step = 0; step < 300; step++) {
      const l = net.forward(x).softmaxCrossEntropy(labels);
      opt.zeroGrad();
      l.backward();
      opt.step();
      loss = l.item();
    }
    expect(first).toBeGreaterThan(0.3);
    expect(loss).toBeLessThan(0.05);
    const predicted = noGrad(() => net.forward(x).argmax(1));
    expect(predicted.every((p, i) => p === labels[i])).toBe(true);
  });
});

describe('optimisers', () => {
  it('SGD: w ← w − lr·g', () => {
    const w = tensor([1, -2], { requiresGrad: true });
    w.mul(tensor([3, 4]))
      .sum()
      .backward();
    new SGD([w], { lr: 0.1 }).step();
    expect(w.toArray().map((v) => +v.toFixed(6))).toEqual([0.7, -2.4]);
  });

  it('SGD with momentum accumulates velocity: v1 = g, v2 = μg + g', () => {
    const w = scalar(0, { requiresGrad: true });
    const opt = new SGD([w], { lr: 1, momentum: 0.5 });
    for (let i = 0; i < 2; i++) {
      opt.zeroGrad();
      w.mul(2).backward();
      opt.step();
    }
    // Step 1: −2; step 2: −(0.5·2 + 2) = −3; total −5.
    expect(w.item()).toBe(-5);
  });

  it('Adam first step moves each weight by ≈ lr against the gradient sign', () => {
    const w = tensor([1, 1], { requiresGrad: true });
    w.mul(tensor([5, -0.01]))
      .sum()
      .backward();
    new Adam([w], { lr: 0.1 }).step();
    expect(w.toArray()[0]).toBeCloseTo(0.9, 5);
    expect(w.toArray()[1]).toBeCloseTo(1.1, 4);
  });

  it('zeroGrad keeps the buffer and fills it with zeros', () => {
    const w = scalar(1, { requiresGrad: true });
    w.mul(3).backward();
    const buffer = w.grad!;
    new SGD([w], { lr: 1 }).zeroGrad();
    expect(w.grad).toBe(buffer);
    expect(w.grad!.item()).toBe(0);
  });
});

describe('mlp activations elu and identity', () => {
  it('elu layers apply the elu op; identity adds no node between the Linear layers', () => {
    const x = tensor([[-1, 2]]);
    const elu = mlp([2, 3, 1], { activation: 'elu', rng: createRng(2) });
    const h = elu.modules[1].forward(x);
    expect(h.data[0]).toBeCloseTo(Math.expm1(-1), 6);
    expect(h.data[1]).toBe(2);
    const id = mlp([2, 3, 1], { activation: 'identity', rng: createRng(2) });
    expect(id.modules[1].forward(x)).toBe(x);
  });
});
