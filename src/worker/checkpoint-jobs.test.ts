import { describe, expect, it } from 'vitest';
import type { RunCheckpoint } from './inspect-protocol';
import type { EvalResult, Progress } from './protocol';
import { handlerHarness, mnistConfig } from './test-fixtures';

const harness = handlerHarness;

const config = (hidden = 16) =>
  mnistConfig({
    model: { kind: 'mlp', hidden: [hidden], activation: 'relu' },
    hyper: { lr: 0.1, momentum: 0, batchSize: 20, evalEvery: 0, divergeAbove: 10 },
  });

/** A handler trained for 7 steps and evaluated, and its checkpoint. */
async function trained() {
  const h = harness();
  await h.send({ type: 'init', config: config() });
  await h.send({ type: 'step', count: 7 });
  const evaluated = await h.send<EvalResult>({ type: 'evaluate' });
  const cp = await h.send<RunCheckpoint>({ type: 'checkpoint' });
  return { h, evaluated, cp };
}

describe('checkpoint and restoreCheckpoint', () => {
  it('copy the weights and counters into a fresh worker, which then predicts exactly alike', async () => {
    const { h, evaluated, cp } = await trained();
    expect(cp.names).toEqual(['W1', 'b1', 'W2', 'b2']);
    expect(cp.values).toHaveLength(16 * 784 + 16 + 10 * 16 + 10);
    expect(cp.iteration).toBe(7);
    expect(cp.samplesSeen).toBe(140);
    const fresh = harness();
    await fresh.send({ type: 'init', config: config() });
    const p = await fresh.send<Progress>({ type: 'restoreCheckpoint', checkpoint: cp });
    expect(p.iteration).toBe(7);
    expect(p.epoch).toBeCloseTo(140 / 200, 12);
    expect(p.testAccuracy).toBe(evaluated.testAccuracy);
    const again = await fresh.send<EvalResult>({ type: 'evaluate' });
    expect(again.testLoss).toBe(evaluated.testLoss);
    expect(again.testAccuracy).toBe(evaluated.testAccuracy);
    const status = fresh.messages.filter((m) => m.type === 'status').at(-1);
    expect(status).toMatchObject({ status: 'paused' });
    // Training goes on from step 7.
    expect((await fresh.send<Progress>({ type: 'step', count: 2 })).iteration).toBe(9);
    expect((await h.send<Progress>({ type: 'step', count: 2 })).iteration).toBe(9);
  });

  it('refuses a checkpoint of another architecture, or a damaged one, and changes nothing', async () => {
    const { cp } = await trained();
    const other = harness();
    await other.send({ type: 'init', config: config(8) });
    await other.send({ type: 'step', count: 3 });
    const before = await other.send<EvalResult>({ type: 'evaluate' });
    await expect(other.send({ type: 'restoreCheckpoint', checkpoint: cp })).rejects.toThrow(
      /does not fit this network/,
    );
    const cut = { ...cp, values: cp.values.slice(0, 100) };
    await expect(other.send({ type: 'restoreCheckpoint', checkpoint: cut })).rejects.toThrow(
      /holds 100 weights/,
    );
    const badStep = { ...cp, iteration: -2 };
    await expect(other.send({ type: 'restoreCheckpoint', checkpoint: badStep })).rejects.toThrow(
      /step count/,
    );
    const after = await other.send<EvalResult>({ type: 'evaluate' });
    expect(after.testLoss).toBe(before.testLoss);
    expect(after.iteration).toBe(3);
  });

  it('refuses to restore while training runs', async () => {
    const { cp } = await trained();
    const h = harness();
    await h.send({ type: 'init', config: config() });
    await h.send({ type: 'resume' });
    await expect(h.send({ type: 'restoreCheckpoint', checkpoint: cp })).rejects.toThrow(
      /Pause training/,
    );
  });
});
