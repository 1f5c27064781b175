import { describe, expect, it } from 'vitest';
import type { StepInspection, TestPredictions, GradNormReport } from './inspect-protocol';
import { handlerHarness, mnistConfig } from './test-fixtures';
import { GradWatch, blowUpSentence, paramLabels } from './grad-watch';
import { Tensor } from '../engine';

const harness = handlerHarness;

const mlpConfig = (lr = 0.1) =>
  mnistConfig({
    model: { kind: 'mlp', hidden: [16], activation: 'relu' },
    hyper: { lr, momentum: 0, batchSize: 20, evalEvery: 0, divergeAbove: 10 },
  });

describe('inspectStep', () => {
  it('reports the batch, its loss, every gradient norm and SGD moves of exactly lr × ‖∇‖', async () => {
    const h = harness();
    await h.send({ type: 'init', config: mlpConfig() });
    const r = await h.send<StepInspection>({ type: 'inspectStep', units: 3, show: 5 });
    expect(r.step).toBe(1);
    expect(r.diverged).toBe(false);
    expect(r.batchSize).toBe(20);
    expect(r.labels).toHaveLength(20);
    expect(r.shown).toBe(5);
    expect(r.images).toHaveLength(5 * 784);
    expect(r.names).toEqual(['W1', 'b1', 'W2', 'b2']);
    expect(r.shapes).toEqual([[16, 784], [16], [10, 16], [10]]);
    expect(r.loss).toBeGreaterThan(0);
    r.gradNorms.forEach((g, i) => expect(r.updateNorms[i]).toBeCloseTo(0.1 * g, 4));
    expect(r.units).toHaveLength(3);
    expect(r.unitGrads).toHaveLength(3 * 784);
    const next = await h.send<StepInspection>({ type: 'inspectStep' });
    expect(next.step).toBe(2);
  });

  it('reports the same gradient norms as gradNorms afterwards', async () => {
    const h = harness();
    await h.send({ type: 'init', config: mlpConfig() });
    const r = await h.send<StepInspection>({ type: 'inspectStep' });
    const g = await h.send<GradNormReport>({ type: 'gradNorms' });
    expect(g.norms).toEqual(r.gradNorms);
    expect(g.iteration).toBe(1);
  });

  it('stops before the bad update, names the tensor that blew up and keeps the weights', async () => {
    const h = harness();
    await h.send({ type: 'init', config: mlpConfig(1e3) });
    let last: StepInspection | null = null;
    for (let i = 0; i < 30; i++) {
      last = await h.send<StepInspection>({ type: 'inspectStep' });
      if (last.diverged) break;
    }
    expect(last?.diverged).toBe(true);
    expect(last?.updateNorms.every((u) => u === 0)).toBe(true);
    const status = h.messages.filter((m) => m.type === 'status').pop();
    expect(status).toMatchObject({ status: 'diverged' });
    expect(status?.type === 'status' && status.message).toMatch(
      /first gradient to blow up was (W|b)\d's.*at step \d+\. Lower the learning rate/,
    );
  });
});

describe('testPredictions and testImages', () => {
  it('predicts every test example with probabilities summing to one', async () => {
    const h = harness();
    await h.send({ type: 'init', config: mlpConfig() });
    const p = await h.send<TestPredictions>({ type: 'testPredictions' });
    expect(p.labels).toHaveLength(100);
    let sum = 0;
    for (let c = 0; c < 10; c++) sum += p.probabilities[7 * 10 + c];
    expect(sum).toBeCloseTo(1, 5);
    const { pixels } = await h.send<{ pixels: Float32Array }>({
      type: 'testImages',
      indices: [0, 4],
    });
    expect(pixels).toHaveLength(2 * 784);
    await expect(h.send({ type: 'testImages', indices: [100] })).rejects.toThrow(/0\.\.99/);
  });
});

describe('GradWatch', () => {
  const param = (g: number): [string, Tensor] => {
    const t = new Tensor(new Float32Array([0, 0]), [2]);
    t.grad = new Tensor(new Float32Array([g, 0]), [2]);
    return ['W1', t];
  };
  it('records the first norm ten times above its typical level', () => {
    const w = new GradWatch();
    for (let s = 1; s <= 10; s++) expect(w.observe(s, [param(1)])).toBe(false);
    w.observe(11, [param(50)]);
    expect(w.recent(11)).toMatchObject({ name: 'W1', step: 11, norm: 50 });
    expect(w.observe(12, [param(Number.NaN)])).toBe(true);
    expect(w.recent(12)?.step).toBe(11);
    expect(blowUpSentence(w.recent(12))).toMatch(
      /W1's: ‖∇W1‖ = 50.0 \(typically 1.00\) at step 11/,
    );
  });
  it('names parameters the lecture way', () => {
    expect(paramLabels(['0.weight', '0.bias', '2.weight', '2.bias'])).toEqual([
      'W1',
      'b1',
      'W2',
      'b2',
    ]);
  });
});
