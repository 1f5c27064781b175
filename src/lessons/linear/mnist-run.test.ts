import { describe, expect, it } from 'vitest';
import { INITIAL_SNAPSHOT, type TrainingSnapshot } from '../../worker/client';
import type { Progress } from '../../worker/protocol';
import { CHANCE_LOSS, DIVERGED_LOSS, divergenceOf, runConfig } from './mnist-run';

function at(iteration: number, batchLoss: number): TrainingSnapshot {
  const progress: Progress = {
    iteration,
    epoch: 0,
    batchLoss,
    trainAccuracy: null,
    testAccuracy: null,
    testLoss: null,
    samplesPerSecond: 0,
    trainMs: 0,
  };
  return { ...INITIAL_SNAPSHOT, status: 'running', progress };
}

describe('divergence', () => {
  it('is four times the loss of a uniform guess over ten classes', () => {
    expect(CHANCE_LOSS).toBeCloseTo(2.302585, 6);
    expect(DIVERGED_LOSS).toBeCloseTo(9.21034, 5);
  });

  it('flags an exploded batch loss with its step, and not a normal one', () => {
    expect(divergenceOf(at(12, 2.2))).toBeNull();
    expect(divergenceOf(at(12, 9))).toBeNull();
    expect(divergenceOf(at(12, 87))).toEqual({ step: 12, loss: 87 });
  });

  it("reports the worker's own non-finite divergence at the step it names", () => {
    const snap: TrainingSnapshot = {
      ...at(40, Number.NaN),
      status: 'diverged',
      divergedAtStep: 41,
    };
    const d = divergenceOf(snap);
    expect(d?.step).toBe(41);
    expect(d?.loss).toBeNaN();
  });
});

describe('run config', () => {
  it("is a linear 784 → 10 classifier with plain SGD and the student's settings", () => {
    const c = runConfig({ lr: 0.3, batchSize: 32, trainCount: 5000 });
    expect(c.model).toEqual({ kind: 'linear' });
    expect(c.task).toEqual({ kind: 'classification' });
    expect(c.optimizer).toBe('sgd');
    expect(c.dataset).toEqual({ kind: 'mnist', trainCount: 5000 });
    expect(c.hyper).toMatchObject({ lr: 0.3, batchSize: 32, momentum: 0 });
  });
});
