import { describe, expect, it } from 'vitest';
import { gridPoints } from '../components';
import { DOMAIN, GRID, createXorDemo, probabilityField, trainSteps } from './toy-training';

describe('gallery XOR demo (trained by the worker Trainer)', () => {
  it('lowers the train and test loss on XOR', () => {
    const demo = createXorDemo(3);
    const { train, test } = trainSteps(demo, 150);
    expect(train).toHaveLength(150);
    expect(train[149]).toBeLessThan(train[0] * 0.5);
    expect(test[149]).toBeLessThan(test[0] * 0.5);
    expect(test[149]).toBe(demo.trainer.lastEval?.testLoss);
  });

  it('the field is P(class 1) per grid cell: above ½ exactly where the Trainer predicts class 1', () => {
    const demo = createXorDemo(3);
    trainSteps(demo, 100);
    const p = probabilityField(demo);
    expect(p).toHaveLength(GRID * GRID);
    const { classes } = demo.trainer.predictGrid(gridPoints(GRID, DOMAIN, DOMAIN));
    p.forEach((v, i) => expect(v > 0.5 ? 1 : 0).toBe(classes[i]));
    expect(Math.min(...p)).toBeLessThan(0.2);
    expect(Math.max(...p)).toBeGreaterThan(0.8);
  });

  it('is seeded: the same seed gives the same losses', () => {
    expect(trainSteps(createXorDemo(5), 5)).toEqual(trainSteps(createXorDemo(5), 5));
  });
});
