import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTrainingHandler, type HandlerOptions } from './handler';
import type { CommandName, Progress, WorkerMessage, WorkerRequest } from './protocol';
import { fakeMnist, mnistConfig, toyConfig } from './test-fixtures';

/** A handler wired to a recording port and a manual scheduler. */
function harness(options: HandlerOptions = {}) {
  const messages: { msg: WorkerMessage; transfer?: Transferable[] }[] = [];
  const queue: (() => void)[] = [];
  const handler = createTrainingHandler(
    { postMessage: (msg, transfer) => messages.push({ msg, transfer }) },
    {
      schedule: (fn) => queue.push(fn),
      loadMnist: async (_split, o) => fakeMnist(o?.count ?? 100),
      ...options,
    },
  );
  let id = 0;
  /** Sends a request and returns its reply. */
  const send = async (req: Record<string, unknown> & { type: CommandName }) => {
    const rid = ++id;
    await handler.handle({ ...req, id: rid } as WorkerRequest);
    const reply = messages.find((m) => m.msg.type === 'reply' && m.msg.id === rid);
    if (!reply) throw new Error('no reply');
    return reply.msg as Extract<WorkerMessage, { type: 'reply' }>;
  };
  /** Runs scheduled loop slices until none is left or `max` ran. */
  const drain = (max = 1000) => {
    for (let i = 0; i < max && queue.length > 0; i++) queue.shift()!();
  };
  const ofType = <T extends WorkerMessage['type']>(type: T) =>
    messages
      .map((m) => m.msg)
      .filter((m): m is Extract<WorkerMessage, { type: T }> => m.type === type);
  const statuses = () => ofType('status').map((m) => m.status);
  return { send, drain, queue, messages, ofType, statuses };
}

function resultOf<T>(reply: Extract<WorkerMessage, { type: 'reply' }>): T {
  if (!reply.ok) throw new Error(`unexpected error reply: ${reply.error}`);
  return reply.result as T;
}

describe('training message handler', () => {
  it('init loads a toy set, then step replies with progress', async () => {
    const h = harness();
    const info = resultOf<{ trainCount: number; inputSize: number }>(
      await h.send({ type: 'init', config: toyConfig() }),
    );
    expect(info).toMatchObject({ trainCount: 300, inputSize: 2, classes: 3 });
    expect(h.statuses()).toEqual(['loading', 'ready']);
    const progress = resultOf<Progress>(await h.send({ type: 'step', count: 5 }));
    expect(progress.iteration).toBe(5);
    expect(progress.epoch).toBeCloseTo((5 * 32) / 300, 10);
    expect(h.statuses()).toEqual(['loading', 'ready', 'paused']);
  });

  it('start runs in slices until maxSteps, then evaluates and pauses', async () => {
    const h = harness({ sliceMs: 1 });
    resultOf(await h.send({ type: 'start', config: toyConfig({ maxSteps: 60 }) }));
    expect(h.statuses()).toContain('running');
    h.drain();
    expect(h.statuses().at(-1)).toBe('paused');
    const last = h.ofType('progress').at(-1)!.progress;
    expect(last.iteration).toBe(60);
    expect(last.testAccuracy).toBeGreaterThan(0.9);
    expect(h.ofType('evaluated')).toHaveLength(1);
  });

  it('resume after the step limit continues past it', async () => {
    const h = harness({ sliceMs: 1 });
    await h.send({ type: 'start', config: toyConfig({ maxSteps: 10 }) });
    h.drain();
    await h.send({ type: 'resume' });
    h.queue.shift()!();
    const p = resultOf<Progress>(await h.send({ type: 'pause' }));
    expect(p.iteration).toBeGreaterThan(10);
  });

  it('rejects a malformed config before loading anything', async () => {
    const h = harness();
    const reply = await h.send({ type: 'init', config: { ...toyConfig(), dataset: undefined } });
    expect(reply).toMatchObject({
      ok: false,
      error: "The training config needs a 'dataset' object.",
    });
    expect(h.statuses()).toEqual([]);
  });

  it('refuses a toy dataset larger than the bound before generating it', async () => {
    const h = harness();
    const huge = (trainCount: number, testCount?: number) =>
      h.send({
        type: 'init',
        config: toyConfig({
          dataset: { kind: 'toy', name: 'blobs', trainCount, testCount, noise: 0.1, classes: 3 },
        }),
      });
    expect(await huge(1e9)).toMatchObject({
      ok: false,
      error: 'A toy dataset has at most 100000 points, got trainCount 1000000000.',
    });
    expect(await huge(100, 100001)).toMatchObject({
      ok: false,
      error: 'A toy dataset has at most 100000 points, got testCount 100001.',
    });
    expect(await huge(100, 0.5)).toMatchObject({
      ok: false,
      error: 'testCount must be a positive integer, got 0.5.',
    });
    expect(h.statuses()).toEqual([]);
  });

  it('an unknown toy dataset name is refused, whatever the word', async () => {
    const h = harness();
    for (const name of ['galaxies', 'constructor', '__proto__']) {
      const config = toyConfig();
      const reply = await h.send({
        type: 'init',
        config: { ...config, dataset: { ...config.dataset, name } as typeof config.dataset },
      });
      expect(reply).toMatchObject({ ok: false, error: `Unknown toy dataset '${name}'.` });
    }
  });

  it('pause stops the loop between slices; resume continues', async () => {
    const h = harness({ sliceMs: 1 });
    await h.send({ type: 'start', config: toyConfig() });
    h.queue.shift()!();
    const paused = resultOf<Progress>(await h.send({ type: 'pause' }));
    expect(paused.iteration).toBeGreaterThan(0);
    h.drain(5);
    expect(h.ofType('progress').at(-1)!.progress.iteration).toBe(paused.iteration);
    await h.send({ type: 'resume' });
    h.queue.shift()!();
    const again = resultOf<Progress>(await h.send({ type: 'pause' }));
    expect(again.iteration).toBeGreaterThan(paused.iteration);
  });

  it('publishes progress at most every progressIntervalMs', async () => {
    let clock = 0;
    // Every clock read advances 0.25 ms: a deterministic stand-in for time passing.
    const h = harness({ now: () => (clock += 0.25), sliceMs: 2, progressIntervalMs: 33 });
    await h.send({ type: 'start', config: toyConfig({ maxSteps: 2000 }) });
    const start = clock;
    h.drain();
    const elapsed = clock - start;
    // One per interval, plus the final one when the run stops.
    expect(h.ofType('progress').length).toBeLessThanOrEqual(Math.ceil(elapsed / 33) + 1);
    expect(h.ofType('progress').length).toBeGreaterThan(2);
    expect(h.ofType('progress').at(-2)!.progress.samplesPerSecond).toBeGreaterThan(0);
  });

  it('publishes periodic evaluations with progress: the latest one, at most once per interval', async () => {
    let clock = 0;
    const h = harness({ now: () => (clock += 0.25), sliceMs: 2, progressIntervalMs: 33 });
    const config = toyConfig({ maxSteps: 600 });
    await h.send({
      type: 'start',
      config: { ...config, hyper: { ...config.hyper, evalEvery: 2 } },
    });
    const start = clock;
    h.drain();
    const evaluated = h.ofType('evaluated');
    // 300 evaluations ran; one message per progress interval (and the final one) carries the latest.
    expect(evaluated.length).toBeGreaterThan(2);
    expect(evaluated.length).toBeLessThanOrEqual(Math.ceil((clock - start) / 33) + 1);
    expect(evaluated.at(-1)!.result.iteration).toBe(600);
    const iterations = evaluated.map((m) => m.result.iteration);
    expect(iterations).toEqual([...new Set(iterations)].sort((a, b) => a - b));
    expect(iterations.every((it) => it % 2 === 0)).toBe(true);
  });

  it('changes hyperparameters while running', async () => {
    const h = harness({ sliceMs: 1 });
    await h.send({ type: 'start', config: toyConfig() });
    const hyper = resultOf<{ lr: number }>(
      await h.send({ type: 'setHyperparameters', hyper: { lr: 0.01 } }),
    );
    expect(hyper.lr).toBe(0.01);
    const bad = await h.send({ type: 'setHyperparameters', hyper: { batchSize: 1.5 } });
    expect(bad).toMatchObject({
      ok: false,
      error: 'Batch size must be a positive integer, got 1.5.',
    });
    expect(h.statuses().at(-1)).toBe('running');
    await h.send({ type: 'pause' });
  });

  it('setHyperparameters with an explicit undefined field changes only the given ones', async () => {
    const h = harness();
    await h.send({ type: 'init', config: toyConfig() });
    const reply = await h.send({
      type: 'setHyperparameters',
      hyper: { lr: 0.02, batchSize: undefined },
    });
    expect(resultOf<{ lr: number; batchSize: number }>(reply)).toMatchObject({
      lr: 0.02,
      batchSize: toyConfig().hyper.batchSize,
    });
  });

  it('names every object has are unknown commands, like any other unknown name', async () => {
    const names = [
      'constructor',
      'toString',
      'valueOf',
      'hasOwnProperty',
      '__proto__',
      '__defineGetter__',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), async (name) => {
        const h = harness();
        const reply = await h.send({ type: name as CommandName });
        expect(reply).toMatchObject({ ok: false, error: `Unknown command '${name}'.` });
      }),
      { seed: 19 },
    );
  });

  it('reports divergence with the step and refuses to resume until reset', async () => {
    const h = harness({ sliceMs: 5 });
    const config = mnistConfig({
      task: { kind: 'inpainting', mask: 'bottom' },
      hyper: { lr: 1e4, momentum: 0, batchSize: 20, evalEvery: 0 },
    });
    await h.send({ type: 'start', config });
    h.drain();
    const status = h.ofType('status').at(-1)!;
    expect(status.status).toBe('diverged');
    expect(status.step).toBeGreaterThan(0);
    expect(status.message).toMatch(
      /^Training diverged: the loss became (NaN|Infinity) at step \d+\./,
    );
    expect(await h.send({ type: 'resume' })).toMatchObject({
      ok: false,
      error: 'Training diverged: reset before resuming.',
    });
    resultOf(await h.send({ type: 'reset' }));
    expect(h.statuses().at(-1)).toBe('ready');
  });

  it('evaluates MNIST through the injected loader and replies to predict with transferred buffers', async () => {
    const h = harness();
    await h.send({ type: 'init', config: mnistConfig() });
    await h.send({ type: 'step', count: 20 });
    const evaluation = resultOf<{ testAccuracy: number; count: number }>(
      await h.send({ type: 'evaluate' }),
    );
    expect(evaluation.count).toBe(100);
    expect(evaluation.testAccuracy).toBeGreaterThan(0.9);
    const reply = await h.send({ type: 'predict', input: new Float32Array(784) });
    const result = resultOf<{ output: Float32Array; probabilities: Float32Array }>(reply);
    const sent = h.messages.find((m) => m.msg === reply)!;
    expect(sent.transfer).toEqual([result.output.buffer, result.probabilities.buffer]);
    const weights = resultOf<{ shape: number[] }>(await h.send({ type: 'getWeights' }));
    expect(weights.shape).toEqual([10, 784]);
  });

  it('answers gridActivations with the step it shows, transferring every layer', async () => {
    const h = harness();
    const config = toyConfig();
    await h.send({ type: 'init', config: { ...config, model: { kind: 'mlp', hidden: [4, 3], activation: 'relu' } } }); // prettier-ignore
    await h.send({ type: 'step', count: 7 });
    const reply = await h.send({
      type: 'gridActivations',
      points: new Float32Array([0, 0, 1, -1]),
    });
    const g = resultOf<{ iteration: number; hidden: Float32Array[]; logits: Float32Array }>(reply);
    expect(g.iteration).toBe(7);
    expect(g.hidden.map((h) => h.length)).toEqual([8, 6]);
    const sent = h.messages.find((m) => m.msg === reply)!;
    expect(sent.transfer).toEqual([g.hidden[0].buffer, g.hidden[1].buffer, g.logits.buffer]);
  });

  it('turns every failure into an error reply, never a throw', async () => {
    const h = harness({
      loadMnist: async () =>
        Promise.reject(new Error('Could not load MNIST test images (HTTP 404 at x).')),
    });
    expect(await h.send({ type: 'step' })).toMatchObject({
      ok: false,
      error: 'Nothing to train yet: send a config first (init or start).',
    });
    expect(await h.send({ type: 'bogus' as CommandName })).toMatchObject({
      ok: false,
      error: "Unknown command 'bogus'.",
    });
    expect(await h.send({ type: 'init', config: mnistConfig() })).toMatchObject({
      ok: false,
      error: 'Could not load MNIST test images (HTTP 404 at x).',
    });
    expect(h.ofType('status').at(-1)).toMatchObject({
      status: 'error',
      message: 'Could not load MNIST test images (HTTP 404 at x).',
    });
    await h.send({ type: 'init', config: toyConfig() });
    const bad = await h.send({
      type: 'importWeights',
      file: { format: 'chain-rule-params', version: 1, params: [] },
    });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^Could not import weights: /);
    expect(h.statuses().at(-1)).toBe('ready');
  });

  it('export then import restores the same predictions', async () => {
    const h = harness();
    await h.send({ type: 'init', config: toyConfig() });
    await h.send({ type: 'step', count: 10 });
    const file = resultOf<unknown>(await h.send({ type: 'exportWeights' }));
    const probe = Float32Array.from([0.1, 0.2]);
    const before = resultOf<{ output: Float32Array }>(
      await h.send({ type: 'predict', input: probe.slice() }),
    ).output;
    await h.send({ type: 'reset', seed: 42 });
    resultOf(await h.send({ type: 'importWeights', file: structuredClone(file) }));
    const after = resultOf<{ output: Float32Array }>(
      await h.send({ type: 'predict', input: probe.slice() }),
    ).output;
    expect(Array.from(after)).toEqual(Array.from(before));
  });
});
