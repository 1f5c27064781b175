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

  it('is only what the worker reports, never guessed from a running snapshot', () => {
    expect(divergenceOf(at(12, 2.2))).toBeNull();
    expect(divergenceOf(at(12, 87))).toBeNull();
  });

  it("reports the worker's divergence at the step it names, with the loss it stopped on", () => {
    const exploded: TrainingSnapshot = { ...at(40, 87), status: 'diverged', divergedAtStep: 41 };
    expect(divergenceOf(exploded)).toEqual({ step: 41, loss: 87 });
    const nan = divergenceOf({ ...at(40, Number.NaN), status: 'diverged', divergedAtStep: 41 });
    expect(nan?.step).toBe(41);
    expect(nan?.loss).toBeNaN();
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
