import { afterEach, describe, expect, it } from 'vitest';
import { createRng } from '../../rng';
import { linear, mlp, numericGrad, randn, SGD, tensor, type Tensor } from '../../index';
import { setKernelBackend } from './backend';
import { kernelStatus } from './matmul-wasm';

afterEach(() => {
  setKernelBackend('auto');
});

/** A seeded MNIST-like batch: `rows` images of `width` pixels (default 784), ~80% exactly 0, and labels 0–9. */
function batch(rows: number, seed: number, width = 784): { x: Tensor; y: Int32Array } {
  const rng = createRng(seed);
  const px = Float32Array.from({ length: rows * width }, () => (rng.next() < 0.8 ? 0 : rng.next()));
  const y = Int32Array.from({ length: rows }, () => Math.floor(rng.next() * 10));
  return { x: tensor(px, { shape: [rows, width] }), y };
}

/** Trains a fresh seeded 784-32-10 MLP for `steps` SGD steps on one batch on `backend`; returns the losses and the weights. */
function train(backend: 'wasm' | 'ts', steps: number) {
  setKernelBackend(backend);
  const net = mlp([784, 32, 10], { activation: 'relu', rng: createRng(7) });
  const opt = new SGD(net.parameters(), { lr: 0.1 });
  const losses: number[] = [];
  const { x, y } = batch(64, 100);
  for (let s = 0; s < steps; s++) {
    const loss = net.forward(x).softmaxCrossEntropy(y);
    opt.zeroGrad();
    loss.backward();
    opt.step();
    losses.push(loss.item());
  }
  return { losses, params: net.parameters().map((p) => Array.from(p.data)) };
}

describe('training on the wasm kernels', () => {
  it('gives the same losses and weights as the TypeScript kernels, to float32 tolerance', () => {
    const wasm = train('wasm', 5);
    const ts = train('ts', 5);
    wasm.losses.forEach((l, i) => expect(l).toBeCloseTo(ts.losses[i], 4));
    expect(wasm.losses[4]).toBeLessThan(wasm.losses[0]);
    wasm.params.forEach((p, k) =>
      p.forEach((v, i) => expect(Math.abs(v - ts.params[k][i])).toBeLessThan(1e-5)),
    );
  });

  it('does not grow the kernel memory after the first epoch', () => {
    setKernelBackend('wasm');
    const net = mlp([784, 64, 10], { activation: 'relu', rng: createRng(3) });
    const opt = new SGD(net.parameters(), { lr: 0.05 });
    const data = Array.from({ length: 8 }, (_, i) => batch(32, 500 + i));
    const sizes: number[] = [];
    for (let epoch = 0; epoch < 4; epoch++) {
      for (const { x, y } of data) {
        const loss = net.forward(x).softmaxCrossEntropy(y);
        opt.zeroGrad();
        loss.backward();
        opt.step();
      }
      sizes.push(kernelStatus().memoryBytes);
    }
    expect(sizes[0]).toBeGreaterThan(0);
    expect(sizes.slice(1)).toEqual([sizes[0], sizes[0], sizes[0]]);
  });
});

// The op registry's gradchecks run in float64, which always uses the TypeScript kernels. This check
// takes the analytic gradient in float32 on each kernel path and compares it with float64 central
// differences of the same function.
describe.each(['wasm', 'ts'] as const)('float32 gradient check on the %s kernels', (backend) => {
  /** Largest |analytic − numeric| / max(|numeric|, 1) over every input entry. */
  function worstError(fn: (...xs: Tensor[]) => Tensor, inputs: Tensor[]): number {
    setKernelBackend(backend);
    const leaves = inputs.map((t) =>
      tensor(t.data.slice(), { shape: t.shape, requiresGrad: true }),
    );
    const weights = randn(fn(...inputs).shape, createRng(9));
    const weights64 = tensor(weights.data, { shape: weights.shape, dtype: 'float64' });
    fn(...leaves)
      .mul(weights)
      .sum()
      .backward();
    const numeric = numericGrad(
      (...xs) =>
        fn(...xs)
          .mul(weights64)
          .sum(),
      inputs,
      1e-5,
    );
    let worst = 0;
    leaves.forEach((leaf, k) =>
      leaf.grad!.data.forEach((g, i) => {
        const n = numeric[k].data[i];
        worst = Math.max(worst, Math.abs(g - n) / Math.max(Math.abs(n), 1));
      }),
    );
    return worst;
  }

  it('matmul: dA = G·Bᵀ and dB = Aᵀ·G', () => {
    const rng = createRng(11);
    const a = randn([9, 37], rng);
    const b = randn([37, 13], rng);
    expect(worstError((x, y) => x.matmul(y), [a, b])).toBeLessThan(1e-4);
  });

  it('linear: dX, dW and db, with a sparse input', () => {
    const rng = createRng(12);
    const { x } = batch(10, 4, 90);
    const w = randn([20, 90], rng, { std: 0.1 });
    const b = randn([20], rng);
    expect(worstError((xx, ww, bb) => linear(xx, ww, bb), [x, w, b])).toBeLessThan(1e-4);
  });
});
