import { describe, expect, it } from 'vitest';
import { GRID, createToyRun, predictGrid, trainSteps } from './toy-training';

describe('gallery toy training', () => {
  it('lowers the XOR loss and yields a probability per grid cell', () => {
    const run = createToyRun(3);
    const { train, test } = trainSteps(run, 150);
    expect(train[train.length - 1]).toBeLessThan(train[0] * 0.5);
    expect(test).toHaveLength(150);
    const p = predictGrid(run);
    expect(p).toHaveLength(GRID * GRID);
    expect(Math.min(...p)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...p)).toBeLessThanOrEqual(1);
  });
});
