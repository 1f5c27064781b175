import { describe, expect, it } from 'vitest';
import type { LoadProgress } from '../data/mnist-types';
import { loadRunData, type MnistLoader } from './run-data';
import { fakeMnist, mnistConfig, toyConfig } from './test-fixtures';

describe('loadRunData', () => {
  it('loads both MNIST splits with the requested counts and sums their progress', async () => {
    const calls: [string, number | undefined][] = [];
    const loader: MnistLoader = async (split, options) => {
      calls.push([split, options?.count]);
      options?.onProgress?.({
        loadedBytes: split === 'train' ? 30 : 5,
        totalBytes: split === 'train' ? 100 : 10,
      });
      return fakeMnist(options?.count ?? 10);
    };
    const seen: LoadProgress[] = [];
    const data = await loadRunData(mnistConfig(), (p) => seen.push(p), loader);
    expect(calls).toEqual([
      ['train', 200],
      ['test', 100],
    ]);
    expect(seen.at(-1)).toEqual({ loadedBytes: 35, totalBytes: 110 });
    expect([data.train.count, data.test.count, data.train.classes]).toEqual([200, 100, 10]);
  });

  it('wraps MNIST as inpainting pairs when the task asks for it', async () => {
    const loader: MnistLoader = async (_split, options) => fakeMnist(options?.count ?? 10);
    const config = mnistConfig({ task: { kind: 'inpainting', mask: 'bottom' } });
    const data = await loadRunData(config, () => undefined, loader);
    expect([data.train.classes, data.train.targetSize]).toEqual([null, 784]);
  });

  it('generates toy train and test sets from different seeds', async () => {
    const data = await loadRunData(toyConfig(), () => undefined);
    const x = new Float32Array(2);
    const y = new Float32Array(2);
    const labels = new Int32Array(1);
    data.train.fill([0], x, labels, null);
    data.test.fill([0], y, labels, null);
    expect([data.train.count, data.test.count, data.train.inputSize]).toEqual([300, 300, 2]);
    expect(Array.from(x)).not.toEqual(Array.from(y));
  });
});
