/** Loads or generates the data a TrainConfig asks for and wraps it as SampleSets. */
import { loadMnist as defaultLoadMnist, type MnistSplitOptions } from '../data/mnist-loader';
import type { LoadProgress, MnistDataset, MnistSplit } from '../data/mnist-types';
import { makeToy } from '../data/toy';
import type { TrainConfig } from './protocol';
import { mnistClassification, mnistInpainting, toyClassification } from './samples';
import type { TrainerData } from './trainer';
import { mnistDenoising, mnistMaskedInpainting } from './restore-samples';

/** The MNIST loader signature (injectable for tests). */
export type MnistLoader = (split: MnistSplit, options?: MnistSplitOptions) => Promise<MnistDataset>;

/** Default number of toy test points when the config does not say. */
const TOY_TEST = 500;

/** Builds train and test SampleSets; MNIST progress (both splits summed) goes to onProgress. */
export async function loadRunData(
  config: TrainConfig,
  onProgress: (p: LoadProgress) => void,
  loadMnist: MnistLoader = defaultLoadMnist,
): Promise<TrainerData> {
  const ds = config.dataset;
  if (ds.kind === 'toy') {
    const opts = { noise: ds.noise, classes: ds.classes };
    const train = makeToy(ds.name, { ...opts, n: ds.trainCount, seed: config.seed });
    const test = makeToy(ds.name, { ...opts, n: ds.testCount ?? TOY_TEST, seed: config.seed + 1 });
    return { train: toyClassification(train), test: toyClassification(test) };
  }
  const parts = {
    train: { loadedBytes: 0, totalBytes: 0 },
    test: { loadedBytes: 0, totalBytes: 0 },
  };
  const report = (split: MnistSplit) => (p: LoadProgress) => {
    parts[split] = p;
    onProgress({
      loadedBytes: parts.train.loadedBytes + parts.test.loadedBytes,
      totalBytes: parts.train.totalBytes + parts.test.totalBytes,
    });
  };
  const [train, test] = await Promise.all([
    loadMnist('train', { count: ds.trainCount, onProgress: report('train') }),
    loadMnist('test', { count: ds.testCount, onProgress: report('test') }),
  ]);
  const wrap = (d: MnistDataset, fresh: boolean) => mnistTask(config, d, fresh);
  return { train: wrap(train, true), test: wrap(test, false) };
}

/** The SampleSet of an MNIST split for the config's task; `fresh`: new corruption at every use (training). */
function mnistTask(config: TrainConfig, d: MnistDataset, fresh: boolean) {
  const task = config.task;
  const seed = config.seed + (fresh ? 0 : 1);
  if (task.kind === 'denoising') return mnistDenoising(d, task.sigma, seed, fresh);
  if (task.kind === 'classification') return mnistClassification(d);
  return typeof task.mask === 'string'
    ? mnistInpainting(d, task.mask)
    : mnistMaskedInpainting(d, task.mask, seed, fresh);
}
