import { describe, expect, it } from 'vitest';
import {
  backwardSteps,
  createRng,
  mlp,
  randn,
  tensor,
  type Sequential,
  type Tensor,
} from './index';

/** A seeded 5-4-3 ReLU MLP (float32) and a batch of 6 rows with labels. */
function setup(seed: number): { model: Sequential; x: Tensor; labels: Int32Array } {
  const rng = createRng(seed);
  const model = mlp([5, 4, 3], { activation: 'relu', rng });
  const x = randn([6, 5], rng);
  return { model, x, labels: Int32Array.from([0, 1, 2, 2, 1, 0]) };
}

/** Copies of every parameter's gradient. */
function grads(model: Sequential): number[][] {
  return model.parameters().map((p) => Array.from(p.grad!.data));
}

describe('backward() adds parameter gradients into their existing grad buffers', () => {
  it('keeps each parameter’s grad tensor and buffer from one zeroGrad()ed step to the next', () => {
    const { model, x, labels } = setup(1);
    model.forward(x).softmaxCrossEntropy(labels).backward();
    const before = model.parameters().map((p) => [p.grad, p.grad!.data] as const);
    model.parameters().forEach((p) => p.zeroGrad());
    model.forward(x).softmaxCrossEntropy(labels).backward();
    model.parameters().forEach((p, i) => {
      expect(p.grad).toBe(before[i][0]);
      expect(p.grad!.data).toBe(before[i][1]);
    });
  });

  it('gives the same gradients as the step-through (which returns fresh contributions)', () => {
    const a = setup(2);
    const b = setup(2);
    // Warm both up so the parameters hold gradients, then zero them: the in-place path is taken now.
    for (const { model, x, labels } of [a, b]) {
      model.forward(x).softmaxCrossEntropy(labels).backward();
      model.parameters().forEach((p) => p.zeroGrad());
    }
    a.model.forward(a.x).softmaxCrossEntropy(a.labels).backward();
    Array.from(backwardSteps(b.model.forward(b.x).softmaxCrossEntropy(b.labels)));
    expect(grads(a.model)).toEqual(grads(b.model));
  });

  it('accumulates without zeroGrad: two backward passes give twice the gradient', () => {
    const { model, x, labels } = setup(3);
    model.forward(x).softmaxCrossEntropy(labels).backward();
    const once = grads(model);
    model.forward(x).softmaxCrossEntropy(labels).backward();
    grads(model).forEach((g, i) => g.forEach((v, j) => expect(v).toBeCloseTo(2 * once[i][j], 6)));
  });

  it('accumulates a weight used by two products in one graph', () => {
    const w = tensor(
      [
        [1, 2],
        [3, 4],
      ],
      { requiresGrad: true },
    );
    const x = tensor([[1, -1]]);
    x.matmul(w).sum().backward();
    w.zeroGrad();
    // Two matmul nodes share W: ∂/∂W [Σ xW + 2 Σ xW] = 3 xᵀ 1.
    x.matmul(w).sum().add(x.matmul(w).mul(2).sum()).backward();
    expect(w.grad!.toNested()).toEqual([
      [3, 3],
      [-3, -3],
    ]);
  });
});
