/** Small in-memory datasets for the worker tests (not shipped: only *.test.ts import this). */
import type { MnistDataset } from '../data/mnist-types';
import { createTrainingHandler } from './handler';
import type { CommandName, TrainConfig, WorkerMessage, WorkerRequest } from './protocol';

/**
 * `count` fake digits: digit k lights rows 2k+4 .. 2k+5 (value 200) plus a pseudo-random speckle,
 * so classes are linearly separable and a linear model learns them in a few dozen steps.
 */
export function fakeMnist(count: number, salt = 0): MnistDataset {
  const images = new Uint8Array(count * 784);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const k = (i * 7 + salt) % 10;
    labels[i] = k;
    for (let c = 0; c < 28; c++) {
      images[i * 784 + (2 * k + 4) * 28 + c] = 200;
      images[i * 784 + (2 * k + 5) * 28 + c] = 200;
    }
    images[i * 784 + ((i * 131 + salt) % 784)] = 255;
  }
  return { images, labels, count };
}

/** A toy classification config with the given overrides. */
export function toyConfig(overrides: Partial<TrainConfig> = {}): TrainConfig {
  return {
    model: { kind: 'linear' },
    task: { kind: 'classification' },
    dataset: {
      kind: 'toy',
      name: 'blobs',
      trainCount: 300,
      testCount: 300,
      noise: 0.1,
      classes: 3,
    },
    optimizer: 'sgd',
    hyper: { lr: 0.5, momentum: 0, batchSize: 32, evalEvery: 0 },
    seed: 3,
    ...overrides,
  };
}

/** An MNIST config (meant for an injected fake loader) with the given overrides. */
export function mnistConfig(overrides: Partial<TrainConfig> = {}): TrainConfig {
  return {
    model: { kind: 'linear' },
    task: { kind: 'classification' },
    dataset: { kind: 'mnist', trainCount: 200, testCount: 100 },
    optimizer: 'sgd',
    hyper: { lr: 0.1, momentum: 0, batchSize: 20, evalEvery: 0 },
    seed: 5,
    ...overrides,
  };
}

/**
 * A training handler on fake MNIST that never schedules its own loop, the messages it posted, and
 * a `send` that resolves with a request's reply result (or throws the reply's error).
 */
export function handlerHarness() {
  const messages: WorkerMessage[] = [];
  const handler = createTrainingHandler(
    { postMessage: (msg) => messages.push(msg) },
    {
      schedule: () => undefined,
      loadMnist: async (split, o) => fakeMnist(o?.count ?? 100, split === 'test' ? 3 : 0),
    },
  );
  let id = 0;
  const send = async <T>(req: Record<string, unknown> & { type: CommandName }): Promise<T> => {
    const rid = ++id;
    await handler.handle({ ...req, id: rid } as WorkerRequest);
    const reply = messages.find((m) => m.type === 'reply' && m.id === rid);
    if (!reply || reply.type !== 'reply') throw new Error('no reply');
    if (!reply.ok) throw new Error(reply.error);
    return reply.result as T;
  };
  return { send, messages };
}
