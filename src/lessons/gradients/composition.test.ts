import { describe, expect, it } from 'vitest';
import { checkDepth, depthSizes, modesRun, symbolicAtDepth } from './composition';
import { checkMlp, histogram, worst } from './gradcheck-run';
import { checkStep, numericalView, resolveFunction } from './numerical';
import { SCALAR_FUNCTIONS } from '../../engine';

describe('composition steps', () => {
  it('clamps the depth to 1…6 with a message', () => {
    expect(checkDepth(9)).toEqual({ k: 6, message: expect.stringMatching(/outside 1…6/) });
    expect(checkDepth(0).k).toBe(1);
    expect(checkDepth(4)).toEqual({ k: 4, message: null });
  });

  it('symbolic ∂f/∂x equals the engine gradient to 1e-9 for k = 1…6', () => {
    for (let k = 1; k <= 6; k++) {
      const s = symbolicAtDepth(k);
      expect(Math.abs(s.symbolic - s.engine)).toBeLessThan(1e-9);
    }
  });

  it('the engine graph grows linearly while the symbolic gradient grows faster', () => {
    const sizes = [1, 2, 3, 4, 5, 6].map(depthSizes);
    const engineSteps = sizes.slice(1).map((s, i) => s.engineNodes - sizes[i].engineNodes);
    expect(new Set(engineSteps).size).toBe(1);
    expect(sizes[5].gradientNodes / sizes[0].gradientNodes).toBeGreaterThan(
      (3 * sizes[5].engineNodes) / sizes[0].engineNodes,
    );
  });

  it('forward mode (one pass per input) agrees with the one reverse pass', () => {
    const run = modesRun(4);
    expect(run.names).toEqual(['x', 'w1', 'w2', 'w3', 'w4']);
    run.forward.forEach((f, i) => expect(Math.abs(f - run.reverse[i])).toBeLessThan(1e-12));
    expect(run.reverse.every((g) => g !== 0)).toBe(true);
  });
});

describe('gradcheck step', () => {
  it('a correct Multiply: every relative error below 1e-7 (float64)', () => {
    const errors = checkMlp('correct');
    expect(errors).toHaveLength(26);
    expect(worst(errors).relError).toBeLessThan(1e-7);
    expect(histogram(errors).reduce((s, b) => s + b.count, 0)).toBe(26);
  });

  it('the swapped Multiply is caught, and the worst entry is a first-layer weight', () => {
    const w = worst(checkMlp('swap'));
    expect(w.relError).toBeGreaterThan(1e-2);
    expect(w.name).toMatch(/^W1\[/);
  });
});

describe('numerical step', () => {
  it('h = 0 and negative h get messages and usable steps', () => {
    expect(checkStep(0, 1, 'float64').h).toBe(1e-6);
    expect(checkStep(-1e-3, 1, 'float64')).toEqual({
      h: 1e-3,
      message: expect.stringMatching(/positive/),
    });
    expect(checkStep(1e-20, 1, 'float64').message).toMatch(/resolution/);
  });

  it('a typed expression resolves; a syntax error is reported', () => {
    expect(resolveFunction('expr', 'x^3').ok).toBe(true);
    expect(resolveFunction('expr', 'x^').ok).toBe(false);
  });

  it('sin at 1, float64: best forward h in [1e-9, 1e-7], best central in [1e-6, 1e-4]', () => {
    const v = numericalView(SCALAR_FUNCTIONS.sin, 1, 'float64', 1e-6);
    expect(v.forward.bestH).toBeGreaterThanOrEqual(1e-9);
    expect(v.forward.bestH).toBeLessThanOrEqual(1e-7);
    expect(v.central.bestH).toBeGreaterThanOrEqual(1e-6);
    expect(v.central.bestH).toBeLessThanOrEqual(1e-4);
    expect(v.forward.truncationSlope).toBeCloseTo(1, 1);
    expect(v.central.truncationSlope).toBeCloseTo(2, 1);
  });
});
