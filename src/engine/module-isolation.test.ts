import { describe, expect, it, vi } from 'vitest';

// Every runtime module of the engine (tests excluded), as lazy loaders.
const MODULES = import.meta.glob(['./**/*.ts', '!./**/*.test.ts']);

describe('engine modules load in any order', () => {
  it('finds the engine modules', () => {
    expect(Object.keys(MODULES)).toEqual(
      expect.arrayContaining(['./tensor.ts', './autograd.ts', './ops/helpers.ts', './index.ts']),
    );
  });

  for (const [path, load] of Object.entries(MODULES)) {
    it(`imports ${path} first, in a fresh module graph`, async () => {
      vi.resetModules();
      await expect(load()).resolves.toBeDefined();
    });
  }

  it('registers the built-in ops when a tensor is made through the factories', async () => {
    vi.resetModules();
    const { scalar } = await import('./create');
    expect(scalar(2).mul(3).item()).toBe(6);
  });
});
