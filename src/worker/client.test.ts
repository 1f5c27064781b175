import { describe, expect, it, vi } from 'vitest';
import { createTrainingClient, INITIAL_SNAPSHOT, reduceSnapshot, type WorkerLike } from './client';
import { createTrainingHandler } from './handler';
import type { Progress, WorkerMessage, WorkerRequest } from './protocol';
import { toyConfig } from './test-fixtures';

type Listener = (event: MessageEvent | ErrorEvent) => void;

/** A fake Worker running the real handler in-process, with structured cloning both ways. */
function inProcessWorker(): WorkerLike & { fail(message: string): void; terminated: boolean } {
  const listeners: Record<string, Listener[]> = { message: [], error: [] };
  let isDead = false;
  const emit = (type: string, event: unknown) =>
    listeners[type].forEach((l) => l(event as MessageEvent));
  const handler = createTrainingHandler({
    postMessage: (msg: WorkerMessage) =>
      queueMicrotask(() => !isDead && emit('message', { data: structuredClone(msg) })),
  });
  const fake = {
    terminated: false,
    postMessage: (msg: WorkerRequest) => void handler.handle(structuredClone(msg)),
    addEventListener: (type: 'message' | 'error', l: Listener) => listeners[type].push(l),
    terminate: () => {
      fake.terminated = true;
    },
    /** Simulates a crashed worker: an error event, then silence. */
    fail: (message: string) => {
      isDead = true;
      emit('error', { message });
    },
  };
  return fake;
}

const progress = (iteration: number, batchLoss: number): WorkerMessage => ({
  type: 'progress',
  progress: {
    iteration,
    batchLoss,
    epoch: 0,
    trainAccuracy: null,
    testAccuracy: null,
    testLoss: null,
    samplesPerSecond: 0,
    trainMs: 0,
  },
});

describe('reduceSnapshot', () => {
  it('returns new objects for changes and keeps old snapshots intact', () => {
    const a = reduceSnapshot(INITIAL_SNAPSHOT, progress(1, 2.3));
    const b = reduceSnapshot(a, progress(2, 2.1));
    expect(a.history).toEqual([{ iteration: 1, loss: 2.3 }]);
    expect(b.history).toEqual([
      { iteration: 1, loss: 2.3 },
      { iteration: 2, loss: 2.1 },
    ]);
    expect(INITIAL_SNAPSHOT.history).toEqual([]);
    const unchanged = reduceSnapshot(b, {
      type: 'reply',
      id: 1,
      command: 'pause',
      ok: true,
      result: b.progress as Progress,
    });
    expect(unchanged).toBe(b);
  });

  it('records divergence and clears it on the next status', () => {
    const d = reduceSnapshot(INITIAL_SNAPSHOT, {
      type: 'status',
      status: 'diverged',
      step: 12,
      message: 'boom',
    });
    expect(d).toMatchObject({ status: 'diverged', divergedAtStep: 12, message: 'boom' });
    expect(reduceSnapshot(d, { type: 'status', status: 'ready' })).toMatchObject({
      divergedAtStep: null,
      message: null,
    });
  });

  it('keeps a bounded loss history and drops non-finite losses', () => {
    let s = INITIAL_SNAPSHOT;
    for (let i = 1; i <= 1005; i++) s = reduceSnapshot(s, progress(i, 1 / i));
    s = reduceSnapshot(s, progress(1006, Number.NaN));
    expect(s.history).toHaveLength(1000);
    expect(s.history[0].iteration).toBe(6);
    expect(s.history.at(-1)!.iteration).toBe(1005);
  });
});

describe('training client over the real handler', () => {
  it('mirrors commands as promises and publishes immutable snapshots', async () => {
    const client = createTrainingClient({ createWorker: inProcessWorker });
    const seen: unknown[] = [];
    client.subscribe(() => seen.push(client.getSnapshot()));
    expect(client.getSnapshot()).toBe(client.getSnapshot());
    const info = await client.init(toyConfig());
    expect(info.trainCount).toBe(300);
    const p = await client.step(3);
    expect(p.iteration).toBe(3);
    await vi.waitFor(() => expect(client.getSnapshot().progress?.iteration).toBe(3));
    expect(new Set(seen).size).toBe(seen.length);
    expect(client.getSnapshot()).toMatchObject({ status: 'paused', info: { inputSize: 2 } });
    expect(client.getSnapshot().history.map((h) => h.iteration)).toEqual([3]);
    const evaluation = await client.evaluate();
    expect(client.getSnapshot().lastEval).toEqual(evaluation);
    const grid = await client.predictGrid(Float32Array.from([0.6, 0, -0.3, 0.5]));
    expect(grid.classes).toBeInstanceOf(Uint8Array);
    expect(grid.classes.length).toBe(2);
    client.dispose();
  });

  it('rejects error replies with the worker message', async () => {
    const client = createTrainingClient({ createWorker: inProcessWorker });
    await expect(client.step()).rejects.toThrow(
      'Nothing to train yet: send a config first (init or start).',
    );
    await client.init(toyConfig());
    await expect(client.importWeights('not a params file')).rejects.toThrow(
      /^Could not import weights: /,
    );
    client.dispose();
  });

  it('dispose terminates the worker, rejects pending requests and a later command starts a fresh worker', async () => {
    const workers: ReturnType<typeof inProcessWorker>[] = [];
    const client = createTrainingClient({
      createWorker: () => (workers.push(inProcessWorker()), workers.at(-1)!),
    });
    const pending = client.init(toyConfig());
    client.dispose();
    await expect(pending).rejects.toThrow('The training client was disposed.');
    expect(workers[0].terminated).toBe(true);
    expect(client.getSnapshot()).toBe(INITIAL_SNAPSHOT);
    await client.init(toyConfig());
    expect(workers).toHaveLength(2);
    client.dispose();
  });

  it('sends only the hyperparameters that have a value', async () => {
    const sent: WorkerRequest[] = [];
    const client = createTrainingClient({
      createWorker: () => {
        const w = inProcessWorker();
        const post = w.postMessage;
        w.postMessage = (msg) => (sent.push(structuredClone(msg)), post(msg));
        return w;
      },
    });
    await client.init(toyConfig());
    const hyper = await client.setHyperparameters({ lr: 0.02, batchSize: undefined });
    expect(hyper).toMatchObject({ lr: 0.02, batchSize: toyConfig().hyper.batchSize });
    const request = sent.find((m) => m.type === 'setHyperparameters');
    expect(request).toMatchObject({ hyper: { lr: 0.02 } });
    expect(Object.keys((request as { hyper: object }).hyper)).toEqual(['lr']);
    client.dispose();
  });

  it('after a worker error, the next command starts a fresh worker and clears the error', async () => {
    const workers: ReturnType<typeof inProcessWorker>[] = [];
    const client = createTrainingClient({
      createWorker: () => (workers.push(inProcessWorker()), workers.at(-1)!),
    });
    await client.init(toyConfig());
    workers[0].fail('out of memory');
    expect(client.getSnapshot().status).toBe('error');
    expect(workers[0].terminated).toBe(true);
    const info = await client.init(toyConfig());
    expect(info.trainCount).toBe(300);
    expect(workers).toHaveLength(2);
    await vi.waitFor(() => expect(client.getSnapshot().status).toBe('ready'));
    expect(client.getSnapshot().message).toBeNull();
    client.dispose();
  });

  it('turns a worker error event into an error snapshot', async () => {
    let worker: ReturnType<typeof inProcessWorker> | null = null;
    const client = createTrainingClient({ createWorker: () => (worker = inProcessWorker()) });
    const pending = client.init(toyConfig());
    worker!.fail('SyntaxError in train.worker.js');
    await expect(pending).rejects.toThrow('Training worker error: SyntaxError in train.worker.js');
    expect(client.getSnapshot()).toMatchObject({
      status: 'error',
      message: 'Training worker error: SyntaxError in train.worker.js',
    });
    client.dispose();
  });
});
