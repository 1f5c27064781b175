import { describe, expect, it } from 'vitest';
import {
  base64ToFloats,
  decodeSavedRun,
  encodeSavedRun,
  floatsToBase64,
  forgetRun,
  keepRun,
  readKeptRun,
  SAVED_RUN_KEY,
  summaryOf,
  type SavedRun,
} from './saved-run';
import { EMPTY_SERIES } from './series';

/** A Storage in memory; `limit` characters at most, like a browser's quota. */
function memoryStorage(limit = Infinity): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => {
      if (v.length > limit) throw new DOMException('quota', 'QuotaExceededError');
      items.set(k, v);
    },
  };
}

function run(values = Float32Array.from([0.5, -1.25, 3e-8, 1e20, -0])): SavedRun {
  return {
    settings: {
      layers: 2,
      width: 32,
      act: 'tanh',
      opt: 'momentum',
      lr: 0.01,
      bs: 50,
      ep: 3,
      seed: 7,
    },
    checkpoint: {
      names: ['W1', 'b1'],
      shapes: [[2, 2], [1]],
      values,
      iteration: 1234,
      samplesSeen: 61700,
      trainMs: 5120.5,
      trainAccuracy: 0.93,
      lastEval: { testLoss: 0.21, testAccuracy: 0.9412, count: 10000, iteration: 1200 },
    },
    series: {
      ...EMPTY_SERIES,
      trainLoss: { x: [1, 2], y: [2.3, 2.1] },
      gradNames: ['W1'],
      gradNorms: [{ x: [1], y: [0.4] }],
    },
  };
}

describe('the kept run', () => {
  it('turns float32 values into base64 and back bit for bit', () => {
    const values = Float32Array.from({ length: 70000 }, (_, i) => Math.sin(i) * 10 ** (i % 7));
    const back = base64ToFloats(floatsToBase64(values));
    expect(back && Array.from(back)).toEqual(Array.from(values));
    expect(base64ToFloats('not base64!')).toBeNull();
    expect(base64ToFloats(btoa('abc'))).toBeNull();
  });

  it('round-trips through storage with its settings, counters, curves and weights', () => {
    const storage = memoryStorage();
    expect(keepRun(storage, run())).toBe(true);
    const back = readKeptRun(storage);
    expect(back).toEqual(run());
    expect(summaryOf(back!)).toEqual({
      settings: run().settings,
      step: 1234,
      testAccuracy: 0.9412,
    });
    forgetRun(storage);
    expect(readKeptRun(storage)).toBeNull();
  });

  it('ignores and removes a damaged entry', () => {
    const good = JSON.parse(encodeSavedRun(run())) as Record<string, Record<string, unknown>>;
    const damaged = [
      'not json',
      encodeSavedRun(run()).slice(0, 80),
      JSON.stringify({ ...good, version: 2 }),
      JSON.stringify({ ...good, settings: { ...good.settings, width: 4096 } }),
      JSON.stringify({ ...good, settings: { ...good.settings, act: 'cubic' } }),
      JSON.stringify({ ...good, checkpoint: { ...good.checkpoint, values: 'AAA' } }),
      JSON.stringify({ ...good, checkpoint: { ...good.checkpoint, iteration: 1.5 } }),
      JSON.stringify({ ...good, series: { ...good.series, trainLoss: { x: 1 } } }),
    ];
    for (const text of damaged) {
      expect(decodeSavedRun(text)).toBeNull();
      const storage = memoryStorage();
      storage.setItem(SAVED_RUN_KEY, text);
      expect(readKeptRun(storage)).toBeNull();
      expect(storage.getItem(SAVED_RUN_KEY)).toBeNull();
    }
  });

  it('keeps nothing when storage refuses a network too large, or there is no storage', () => {
    const storage = memoryStorage(1000);
    storage.setItem(SAVED_RUN_KEY, encodeSavedRun(run()));
    expect(keepRun(storage, run(new Float32Array(5000)))).toBe(false);
    // The older entry is gone too: it no longer describes the network on screen.
    expect(storage.getItem(SAVED_RUN_KEY)).toBeNull();
    expect(keepRun(null, run())).toBe(false);
    expect(readKeptRun(null)).toBeNull();
  });
});
