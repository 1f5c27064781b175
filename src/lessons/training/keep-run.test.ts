import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import {
  INITIAL_SNAPSHOT,
  type EvalResult,
  type Progress,
  type RunCheckpoint,
  type TrainingStatus,
} from '../../worker';
import {
  initialKept,
  resumeKept,
  RUNNING_KEEP_GAP_MS,
  startOver,
  watchAndKeep,
  type KeepState,
} from './keep-run';
import { runKey, type RunSettings } from './run-config';
import { keepRun, readKeptRun } from './saved-run';
import { EMPTY_SERIES } from './series';
import { EMPTY_SLOT, type RunSlot } from './slot';

const SETTINGS: RunSettings = {
  layers: 1,
  width: 16,
  act: 'relu',
  opt: 'adam',
  lr: 0.001,
  bs: 64,
  ep: 2,
  seed: 3,
};

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    length: 0,
    clear: () => items.clear(),
    key: () => null,
    getItem: (k) => items.get(k) ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

const evalAt = (iteration: number): EvalResult => ({
  testLoss: 0.3,
  testAccuracy: 0.9,
  count: 100,
  iteration,
});

/** A lesson store, a fake main run whose worker answers checkpoint/restore, and the calls it saw. */
function setup(storage = memoryStorage()) {
  const store = createStore<KeepState>(() => ({
    main: EMPTY_SLOT,
    settings: SETTINGS,
    kept: initialKept(storage),
    keepFailed: false,
  }));
  const calls: string[] = [];
  const step = () => store.getState().main.snapshot.progress?.iteration ?? 0;
  const client = {
    call: async (type: string, args: { checkpoint?: RunCheckpoint }) => {
      calls.push(type);
      if (type === 'restoreCheckpoint') return { iteration: args.checkpoint!.iteration };
      return {
        names: ['W1'],
        shapes: [[2]],
        values: Float32Array.from([step(), -1]),
        iteration: step(),
        samplesSeen: 64 * step(),
        trainMs: 10,
        trainAccuracy: 0.8,
        lastEval: store.getState().main.snapshot.lastEval,
      } satisfies RunCheckpoint;
    },
    evaluate: async () => void calls.push('evaluate'),
  };
  const main = {
    c: client,
    build: async (_config: unknown, key: string) => {
      calls.push(`build ${key}`);
      show('ready', 0);
      store.setState((s) => ({ main: { ...s.main, key } }));
      return true;
    },
    attempt: async <T>(fn: (c: typeof client) => Promise<T>) => fn(client),
  } as unknown as RunSlot;
  /** Sets the run's status, step and latest evaluation, as the worker's messages would. */
  function show(status: TrainingStatus, iteration: number, lastEval: EvalResult | null = null) {
    const progress = { iteration } as Progress;
    store.setState((s) => ({
      main: { ...s.main, snapshot: { ...INITIAL_SNAPSHOT, status, progress, lastEval } },
    }));
  }
  const clock = { ms: 0 };
  const deps = { store, main, storage, now: () => clock.ms };
  return { store, storage, calls, show, deps, clock, stop: watchAndKeep(deps) };
}

describe('keeping the student’s run', () => {
  it('keeps a checkpoint whenever the run stops at a new step, with its settings and curves', async () => {
    const t = setup();
    t.store.setState((s) => ({
      main: {
        ...s.main,
        key: runKey(SETTINGS),
        series: { ...EMPTY_SERIES, trainLoss: { x: [5], y: [1] } },
      },
    }));
    t.show('paused', 5);
    await flush();
    const kept = readKeptRun(t.storage)!;
    expect(kept.settings).toEqual(SETTINGS);
    expect(kept.checkpoint.iteration).toBe(5);
    expect(Array.from(kept.checkpoint.values)).toEqual([5, -1]);
    expect(kept.series.trainLoss.x).toEqual([5]);
    t.show('paused', 5);
    await flush();
    expect(t.calls.filter((c) => c === 'checkpoint')).toHaveLength(1);
    // The evaluation that follows a stepping loop is kept too.
    t.show('paused', 5, evalAt(5));
    await flush();
    expect(t.calls.filter((c) => c === 'checkpoint')).toHaveLength(2);
    expect(readKeptRun(t.storage)!.checkpoint.lastEval?.iteration).toBe(5);
  });

  it('keeps a checkpoint at a test evaluation while training runs, at most once per gap', async () => {
    const t = setup();
    t.store.setState((s) => ({ main: { ...s.main, key: runKey(SETTINGS) } }));
    t.show('running', 10);
    t.show('running', 20);
    await flush();
    expect(t.calls).toEqual([]);
    t.show('running', 25, evalAt(25));
    await flush();
    t.show('running', 30, evalAt(25));
    await flush();
    expect(t.calls).toEqual(['checkpoint']);
    expect(readKeptRun(t.storage)!.checkpoint.lastEval?.iteration).toBe(25);
    // The next evaluation comes too soon after the last checkpoint: nothing is kept.
    t.clock.ms += RUNNING_KEEP_GAP_MS - 1;
    t.show('running', 50, evalAt(50));
    await flush();
    expect(t.calls).toEqual(['checkpoint']);
    // Once the gap has passed, the next evaluation is kept.
    t.clock.ms += 1;
    t.show('running', 75, evalAt(75));
    await flush();
    expect(t.calls).toEqual(['checkpoint', 'checkpoint']);
    expect(readKeptRun(t.storage)!.checkpoint.lastEval?.iteration).toBe(75);
    // Stopping keeps the run at once, however soon.
    t.show('paused', 80, evalAt(75));
    await flush();
    expect(readKeptRun(t.storage)!.checkpoint.iteration).toBe(80);
  });

  it('keeps nothing for a network the URL no longer describes, and forgets the run on a reset', async () => {
    const t = setup();
    t.store.setState((s) => ({ main: { ...s.main, key: runKey({ ...SETTINGS, width: 8 }) } }));
    t.show('paused', 5);
    await flush();
    expect(t.calls).toEqual([]);
    t.store.setState((s) => ({ main: { ...s.main, key: runKey(SETTINGS) } }));
    t.show('paused', 6);
    await flush();
    expect(readKeptRun(t.storage)).not.toBeNull();
    t.show('ready', 0);
    expect(readKeptRun(t.storage)).toBeNull();
  });

  it('offers a kept run when the lesson opens again, and withdraws it once a network is built', async () => {
    const first = setup();
    first.store.setState((s) => ({ main: { ...s.main, key: runKey(SETTINGS) } }));
    first.show('paused', 40, evalAt(40));
    await flush();
    first.stop();
    const again = setup(first.storage);
    expect(again.store.getState().kept).toEqual({
      settings: SETTINGS,
      step: 40,
      testAccuracy: 0.9,
    });
    again.store.setState((s) => ({ main: { ...s.main, key: runKey(SETTINGS) } }));
    again.show('ready', 0);
    expect(again.store.getState().kept).toBeNull();
  });

  it('resumes: the settings go back into the URL, the network is rebuilt, restored and evaluated', async () => {
    const storage = memoryStorage();
    const other = { ...SETTINGS, width: 32, act: 'tanh' };
    const series = { ...EMPTY_SERIES, testAcc: { x: [40], y: [0.9] } };
    const checkpoint = {
      names: ['W1'],
      shapes: [[2]],
      values: Float32Array.from([7, 8]),
      iteration: 40,
      samplesSeen: 2560,
      trainMs: 9,
      trainAccuracy: 0.7,
      lastEval: evalAt(40),
    };
    keepRun(storage, { settings: other, checkpoint, series });
    const t = setup(storage);
    t.store.setState({ settings: SETTINGS });
    const applied: RunSettings[] = [];
    await resumeKept(t.deps, (s) => applied.push(s));
    expect(applied).toEqual([other]);
    expect(t.calls).toEqual([`build ${runKey(other)}`, 'restoreCheckpoint', 'evaluate']);
    expect(t.store.getState().main.series).toEqual(series);
    expect(t.store.getState().kept).toBeNull();
  });

  it('starts over: the kept run is forgotten and the offer closes', () => {
    const storage = memoryStorage();
    keepRun(storage, {
      settings: SETTINGS,
      checkpoint: {
        names: [],
        shapes: [],
        values: new Float32Array(0),
        iteration: 3,
        samplesSeen: 3,
        trainMs: 0,
        trainAccuracy: null,
        lastEval: null,
      },
      series: EMPTY_SERIES,
    });
    const t = setup(storage);
    expect(t.store.getState().kept?.step).toBe(3);
    startOver(t.deps);
    expect(t.store.getState().kept).toBeNull();
    expect(readKeptRun(storage)).toBeNull();
  });
});
