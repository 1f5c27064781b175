import { describe, expect, it, vi } from 'vitest';
import {
  INITIAL_SNAPSHOT,
  type TrainingClient,
  type TrainingSnapshot,
  type Progress,
} from '../../worker';
import { createRunStore, divergenceOf, runConfig } from './mnist-run';

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
  it('stops the worker at a batch loss above four times that of a uniform guess over ten classes', () => {
    const limit = runConfig({ lr: 1, batchSize: 64, trainCount: 1000 }).hyper.divergeAbove!;
    expect(limit).toBeCloseTo(4 * Math.log(10), 10);
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

/** A fake training client: records commands, lets the test publish snapshots. */
/** A training progress record (only iteration and batchLoss matter here). */
const PROGRESS = {
  iteration: 0,
  epoch: 0,
  batchLoss: 2.3,
  trainAccuracy: null,
  samplesPerSecond: 0,
};

function fakeClient(opts: { failInit?: number } = {}) {
  let snapshot: TrainingSnapshot = INITIAL_SNAPSHOT;
  let failures = opts.failInit ?? 0;
  const listeners = new Set<() => void>();
  const publish = (next: Partial<TrainingSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    listeners.forEach((l) => l());
  };
  const info = {
    trainCount: 1000,
    testCount: 100,
    inputSize: 784,
    outputSize: 10,
    classes: 10,
    paramCount: 7850,
    layerShapes: [[10, 784]] as [number, number][],
  };
  const calls: string[] = [];
  const hyperSent: unknown[] = [];
  const client = {
    subscribe: (l: () => void) => (listeners.add(l), () => listeners.delete(l)),
    getSnapshot: () => snapshot,
    init: vi.fn(async () => {
      calls.push('init');
      if (failures-- > 0) throw new Error('Could not load the digits.');
      publish({ status: 'ready', info });
      return info;
    }),
    setHyperparameters: vi.fn(async (h: unknown) => (hyperSent.push(h), h)),
    resume: vi.fn(async () => (calls.push('resume'), publish({ status: 'running' }))),
    pause: vi.fn(async () => publish({ status: 'paused' })),
    reset: vi.fn(async () => undefined),
    getWeights: vi.fn(async () => ({
      layer: 0,
      shape: [10, 784],
      weights: new Float32Array(7840),
      bias: new Float32Array(10),
    })),
    dispose: vi.fn(),
  };
  return { client: client as unknown as TrainingClient, raw: client, publish, calls, hyperSent };
}

describe('the lesson’s run store', () => {
  const settings = { lr: 0.5, batchSize: 64, trainCount: 1000 };

  it('builds once, trains, and never sends an undefined hyperparameter', async () => {
    const fake = fakeClient();
    const store = createRunStore(() => fake.client);
    await store.startRun(settings);
    await store.ensureBuilt(settings);
    expect(fake.calls).toEqual(['init', 'resume']);
    expect(store.getState().snapshot.status).toBe('running');
    await store.runCommand((c) => c.setHyperparameters({ lr: 0.1 }));
    for (const h of fake.hyperSent) expect(Object.values(h as object)).not.toContain(undefined);
  });

  it('clears a failed start on Retry', async () => {
    const fake = fakeClient({ failInit: 1 });
    const store = createRunStore(() => fake.client);
    expect(await store.ensureBuilt(settings)).toBe(false);
    expect(store.getState().actionError).toMatch(/Could not load/);
    expect(await store.ensureBuilt(settings)).toBe(true);
    expect(store.getState().actionError).toBeNull();
  });

  it('forgets the last test accuracy on Reset until the new run is evaluated', async () => {
    const fake = fakeClient();
    const store = createRunStore(() => fake.client);
    await store.startRun(settings);
    const evaluation = { testLoss: 0.3, testAccuracy: 0.908, count: 100, iteration: 1500 };
    fake.publish({ status: 'paused', lastEval: evaluation });
    expect(store.getState().lastEval?.testAccuracy).toBe(0.908);
    await store.resetRun(settings);
    // The worker's snapshot still holds the old evaluation; the run on screen does not.
    expect(fake.client.getSnapshot().lastEval).toBe(evaluation);
    fake.publish({ status: 'ready' });
    expect(store.getState().lastEval).toBeNull();
    fake.publish({ lastEval: { ...evaluation, testAccuracy: 0.1, iteration: 0 } });
    expect(store.getState().lastEval?.testAccuracy).toBe(0.1);
  });

  it('terminates its worker and stops polling when disposed', async () => {
    vi.useFakeTimers();
    try {
      const fake = fakeClient();
      const store = createRunStore(() => fake.client);
      await store.startRun(settings);
      const polls = fake.raw.getWeights.mock.calls.length;
      vi.advanceTimersByTime(1000);
      expect(fake.raw.getWeights.mock.calls.length).toBeGreaterThan(polls);
      store.dispose();
      expect(fake.raw.dispose).toHaveBeenCalledTimes(1);
      const after = fake.raw.getWeights.mock.calls.length;
      vi.advanceTimersByTime(5000);
      expect(fake.raw.getWeights.mock.calls.length).toBe(after);
    } finally {
      vi.useRealTimers();
    }
  });

  it('building alone does not train, and the random start survives training', async () => {
    const fake = fakeClient();
    const store = createRunStore(() => fake.client);
    await store.ensureBuilt(settings);
    expect(fake.calls).toEqual(['init']);
    const start = store.getState().initialWeights;
    expect(start).not.toBeNull();
    expect(store.getState().weightsIteration).toBe(0);
    fake.publish({
      status: 'running',
      progress: { ...PROGRESS, iteration: 40 },
    } as Partial<TrainingSnapshot>);
    await store.refreshWeights();
    expect(store.getState().weightsIteration).toBe(40);
    expect(store.getState().weights).not.toBe(start);
    expect(store.getState().initialWeights).toBe(start);
  });

  it('fetches the weights as they were when training diverged', async () => {
    const fake = fakeClient();
    const store = createRunStore(() => fake.client);
    await store.ensureBuilt(settings);
    const before = fake.raw.getWeights.mock.calls.length;
    fake.publish({
      status: 'diverged',
      divergedAtStep: 3,
      progress: { ...PROGRESS, iteration: 3, batchLoss: 87 },
    } as Partial<TrainingSnapshot>);
    await Promise.resolve();
    expect(fake.raw.getWeights.mock.calls.length).toBe(before + 1);
    await vi.waitFor(() => expect(store.getState().weightsIteration).toBe(3));
    expect(store.getState().divergence).toEqual({ step: 3, loss: 87 });
  });
});
