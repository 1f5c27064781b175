import { describe, expect, it } from 'vitest';
import { makeToy } from '../data/toy';
import { mnistClassification, mnistInpainting, toyClassification, type SampleSet } from './samples';
import { fakeMnist, mnistConfig, toyConfig } from './test-fixtures';
import { Trainer, type TrainerData } from './trainer';
import type { TrainConfig } from './protocol';

function toyData(name: 'blobs' | 'xor', n = 300, classes = 3): TrainerData {
  const opts = { n, noise: 0.1, classes };
  return {
    train: toyClassification(makeToy(name, { ...opts, seed: 1 })),
    test: toyClassification(makeToy(name, { ...opts, seed: 2 })),
  };
}

function mnistData(n = 200): TrainerData {
  return { train: mnistClassification(fakeMnist(n)), test: mnistClassification(fakeMnist(100, 3)) };
}

function zeroParams(t: Trainer): unknown {
  const file = t.exportParams() as { params: { data: number[] }[] };
  return { ...file, params: file.params.map((p) => ({ ...p, data: p.data.map(() => 0) })) };
}

describe('Trainer', () => {
  it('learns separable blobs with a linear model', () => {
    const t = new Trainer(toyConfig(), toyData('blobs'));
    const before = t.evaluate().testLoss;
    for (let i = 0; i < 200; i++) t.step();
    const after = t.evaluate();
    expect(after.testLoss).toBeLessThan(before / 2);
    expect(after.testAccuracy).toBeGreaterThan(0.95);
  });

  it('needs a hidden layer for XOR', () => {
    const data = toyData('xor', 400, 2);
    const linear = new Trainer(
      toyConfig({
        optimizer: 'adam',
        hyper: { lr: 0.05, momentum: 0, batchSize: 32, evalEvery: 0 },
      }),
      data,
    );
    const mlpConfig = toyConfig({
      model: { kind: 'mlp', hidden: [16], activation: 'tanh' },
      optimizer: 'adam',
      hyper: { lr: 0.05, momentum: 0, batchSize: 32, evalEvery: 0 },
    });
    const mlp = new Trainer(mlpConfig, data);
    for (let i = 0; i < 400; i++) {
      linear.step();
      mlp.step();
    }
    expect(mlp.evaluate().testAccuracy).toBeGreaterThan(0.9);
    // A line splits the four XOR quadrants at best 3:1.
    expect(linear.evaluate().testAccuracy).toBeLessThan(0.8);
  });

  it('gives ln(C) loss from zero weights, and one SGD step moves the bias by −lr·mean(softmax − onehot)', () => {
    const config = mnistConfig({ hyper: { lr: 0.5, momentum: 0, batchSize: 200, evalEvery: 0 } });
    const data = mnistData(200);
    const t = new Trainer(config, data);
    t.importParams(zeroParams(t));
    expect(t.step().loss).toBeCloseTo(Math.log(10), 5);
    // Full batch: softmax is uniform (1/10), so gradB[k] = 1/10 − share of label k.
    const share = new Array(10).fill(0);
    fakeMnist(200).labels.forEach((l) => (share[l] += 1 / 200));
    const bias = Array.from(t.weights(0).bias);
    bias.forEach((b, k) => expect(b).toBeCloseTo(-0.5 * (0.1 - share[k]), 6));
  });

  it('visits every example once per epoch, in a seeded order', () => {
    const seen: number[] = [];
    const base = toyData('blobs', 100).train;
    const recording: SampleSet = {
      ...base,
      fill: (idx, x, l, tg) => (seen.push(...Array.from(idx)), base.fill(idx, x, l, tg)),
    };
    const t = new Trainer(toyConfig(), { train: recording, test: toyData('blobs', 10).test });
    for (let i = 0; i < 4; i++) t.step();
    expect(t.samplesSeen).toBe(100);
    expect(t.epoch).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(seen).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('is deterministic for a seed', () => {
    const losses = (config: TrainConfig) => {
      const t = new Trainer(config, toyData('blobs'));
      return Array.from({ length: 5 }, () => t.step().loss);
    };
    expect(losses(toyConfig())).toEqual(losses(toyConfig()));
    expect(losses(toyConfig())).not.toEqual(losses(toyConfig({ seed: 4 })));
  });

  it('reports divergence without updating the weights', () => {
    const data = {
      train: mnistInpainting(fakeMnist(40), 'bottom'),
      test: mnistInpainting(fakeMnist(20), 'bottom'),
    };
    const config = mnistConfig({
      task: { kind: 'inpainting', mask: 'bottom' },
      hyper: { lr: 1e4, momentum: 0, batchSize: 20, evalEvery: 0 },
    });
    const t = new Trainer(config, data);
    let outcome = t.step();
    for (let i = 0; i < 50 && !outcome.diverged; i++) outcome = t.step();
    expect(outcome.diverged).toBe(true);
    expect(Number.isFinite(outcome.loss)).toBe(false);
    const frozen = Array.from(t.weights(0).weight.subarray(0, 50));
    const iteration = t.iteration;
    t.step();
    expect(t.iteration).toBe(iteration);
    expect(Array.from(t.weights(0).weight.subarray(0, 50))).toEqual(frozen);
  });

  it('changing momentum while running keeps the velocity and applies the new coefficient', () => {
    const hyper = { lr: 0.1, momentum: 0.9, batchSize: 32, evalEvery: 0 };
    const after = (change: (t: Trainer) => void) => {
      const t = new Trainer(toyConfig({ optimizer: 'momentum', hyper }), toyData('blobs'));
      for (let i = 0; i < 5; i++) t.step();
      change(t);
      t.step();
      return Array.from(t.weights(0).weight);
    };
    const kept = after((t) => t.setHyperparameters({ momentum: 0.5 }));
    const unchanged = after((t) => t.setHyperparameters({ momentum: 0.9 }));
    const restarted = after((t) => {
      t.importParams(t.exportParams()); // a fresh optimizer: zero velocity
      t.setHyperparameters({ momentum: 0.5 });
    });
    expect(kept).not.toEqual(unchanged);
    expect(kept).not.toEqual(restarted);
  });

  it('counts an exploded but finite loss as diverged when divergeAbove is set', () => {
    const hyper = { lr: 1e4, momentum: 0, batchSize: 20, evalEvery: 0 };
    const run = (divergeAbove?: number) => {
      const t = new Trainer(toyConfig({ hyper: { ...hyper, divergeAbove } }), toyData('blobs'));
      const losses: number[] = [];
      for (let i = 0; i < 20; i++) {
        const outcome = t.step();
        losses.push(outcome.loss);
        if (outcome.diverged) return { losses, at: i, iteration: t.iteration };
      }
      return { losses, at: -1, iteration: t.iteration };
    };
    const free = run();
    const limited = run(10);
    const firstAbove = free.losses.findIndex((l) => l > 10);
    expect(firstAbove).toBeGreaterThan(0);
    // The limited run stops exactly at the first batch whose loss passes the limit, before updating.
    expect(limited.at).toBe(firstAbove);
    expect(limited.iteration).toBe(firstAbove);
    expect(limited.losses.slice(0, firstAbove)).toEqual(free.losses.slice(0, firstAbove));
  });

  it('inpainting regresses the full image: the loss falls and the output has 784 values', () => {
    const data = {
      train: mnistInpainting(fakeMnist(100), 'bottom'),
      test: mnistInpainting(fakeMnist(50, 1), 'bottom'),
    };
    const t = new Trainer(
      mnistConfig({
        task: { kind: 'inpainting', mask: 'bottom' },
        hyper: { lr: 0.01, momentum: 0, batchSize: 20, evalEvery: 0 },
      }),
      data,
    );
    const first = t.evaluate().testLoss;
    for (let i = 0; i < 60; i++) t.step();
    expect(t.evaluate().testLoss).toBeLessThan(first);
    expect(t.evaluate().testAccuracy).toBeNull();
    const out = t.predict(new Float32Array(784));
    expect(out.output.length).toBe(784);
    expect(out.probabilities).toBeNull();
  });

  it('predicts probabilities that sum to 1 and agree with evaluate()', () => {
    const data = mnistData();
    const t = new Trainer(mnistConfig(), data);
    for (let i = 0; i < 30; i++) t.step();
    const images = fakeMnist(100, 3);
    let correct = 0;
    for (let i = 0; i < 100; i++) {
      const x = Float32Array.from(images.images.subarray(i * 784, (i + 1) * 784), (v) => v / 255);
      const r = t.predict(x);
      expect(r.probabilities!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      if (r.predictedClass === images.labels[i]) correct++;
    }
    expect(t.evaluate().testAccuracy).toBeCloseTo(correct / 100, 10);
    expect(() => t.predict(new Float32Array(3))).toThrow(
      'predict expects 784 input values, got 3.',
    );
  });

  it('classifies a grid of 2D points, only for 2D runs', () => {
    const t = new Trainer(toyConfig(), toyData('blobs'));
    for (let i = 0; i < 100; i++) t.step();
    // Blob centres at angles 0, 120°, 240° on radius 0.6.
    const centres = [0, 1, 2].flatMap((c) => [
      0.6 * Math.cos((2 * Math.PI * c) / 3),
      0.6 * Math.sin((2 * Math.PI * c) / 3),
    ]);
    const grid = t.predictGrid(Float32Array.from(centres));
    expect(Array.from(grid.classes)).toEqual([0, 1, 2]);
    expect(grid.probabilities.length).toBe(9);
    expect(() => new Trainer(mnistConfig(), mnistData()).predictGrid(new Float32Array(2))).toThrow(
      /2D classification run/,
    );
  });

  it('exports and imports weights; rejects a bad file clearly', () => {
    const a = new Trainer(toyConfig(), toyData('blobs'));
    for (let i = 0; i < 20; i++) a.step();
    const b = new Trainer(toyConfig({ seed: 99 }), toyData('blobs'));
    const probe = Float32Array.from([0.3, -0.2]);
    expect(Array.from(b.predict(probe).output)).not.toEqual(Array.from(a.predict(probe).output));
    b.importParams(JSON.parse(JSON.stringify(a.exportParams())));
    expect(Array.from(b.predict(probe).output)).toEqual(Array.from(a.predict(probe).output));
    expect(() => b.importParams({ format: 'nope' })).toThrow(Error);
  });

  it('validates hyperparameters and applies a new batch size', () => {
    const t = new Trainer(toyConfig(), toyData('blobs', 100));
    expect(() => t.setHyperparameters({ lr: -1 })).toThrow(
      'Learning rate must be a positive number, got -1.',
    );
    expect(
      () =>
        new Trainer(
          toyConfig({ hyper: { lr: 0.1, momentum: 0, batchSize: 0, evalEvery: 0 } }),
          toyData('blobs'),
        ),
    ).toThrow(/Batch size must be a positive integer/);
    t.setHyperparameters({ batchSize: 10 });
    t.step();
    expect(t.samplesSeen).toBe(10);
  });

  it('setHyperparameters ignores explicit undefined values and unknown keys', () => {
    const t = new Trainer(toyConfig(), toyData('blobs', 100));
    const before = { ...t.hyper };
    const next = t.setHyperparameters({ lr: 0.05, batchSize: undefined, momentum: undefined });
    expect(next).toEqual({ ...before, lr: 0.05 });
    expect(t.hyper).toEqual({ ...before, lr: 0.05 });
    const junk = JSON.parse('{"__proto__": {"lr": 9}, "constructor": 1, "evalEvery": 5}');
    expect(t.setHyperparameters(junk)).toEqual({ ...before, lr: 0.05, evalEvery: 5 });
    expect(Object.keys(t.hyper).sort()).toEqual(Object.keys(before).sort());
  });

  it('a rejected change leaves the previous hyperparameters in force', () => {
    const t = new Trainer(toyConfig(), toyData('blobs', 100));
    const before = { ...t.hyper };
    expect(() => t.setHyperparameters({ lr: 0.2, batchSize: 1.5 })).toThrow(/Batch size/);
    expect(t.hyper).toEqual(before);
    expect(t.setHyperparameters({ lr: 0.2 }).lr).toBe(0.2);
  });

  it('reports layer shapes, weights and limits', () => {
    const config = mnistConfig({
      model: { kind: 'mlp', hidden: [32], activation: 'relu' },
      maxSteps: 3,
    });
    const t = new Trainer(config, mnistData());
    expect(t.info()).toMatchObject({
      inputSize: 784,
      outputSize: 10,
      classes: 10,
      layerShapes: [
        [32, 784],
        [10, 32],
      ],
    });
    expect(t.info().paramCount).toBe(32 * 784 + 32 + 10 * 32 + 10);
    expect(t.weights(1).shape).toEqual([10, 32]);
    expect(() => t.weights(2)).toThrow('No layer 2: the model has 2 linear layer(s).');
    for (let i = 0; i < 3; i++) {
      expect(t.limitReached()).toBe(false);
      t.step();
    }
    expect(t.limitReached()).toBe(true);
    t.step();
    expect(t.limitReached()).toBe(false);
  });

  it('reaches maxEpochs exactly at the step that completes the pass', () => {
    // 100 examples, batch 32: steps end at 32, 64, 96, 100 (pass 1), 132, 164, 196, 200 (pass 2).
    const t = new Trainer(toyConfig({ maxEpochs: 2 }), toyData('blobs', 100));
    const reached = Array.from({ length: 9 }, () => (t.step(), t.limitReached()));
    expect(reached).toEqual([false, false, false, false, false, false, false, true, false]);
  });
});
