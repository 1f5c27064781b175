import { describe, expect, it } from 'vitest';
import { buildScalarExample } from './scalar-example';
import { chainForW1, chainForW2 } from './chain';
import { chainProductTex } from './chain-tex';
import {
  backwardStepOf,
  finalGrad,
  finalValue,
  forwardGraphAt,
  tracePasses,
  valueId,
} from './trace';
import { buildSigmoidCircuit, SIGMOID_LEAVES } from './sigmoid-circuit';
import { checkMultiply, MULTIPLY_VARIANTS } from './custom-op-check';
import { formatVarValues, parseVarValues } from './params';
import { clampPosition, maxPosition, placeOf } from './stepper-position';

const LECTURE = { x: 5, w1: 1, w2: 2, y: 2 };
const run = (inputs = LECTURE) => {
  const t = buildScalarExample(inputs);
  return { t, trace: tracePasses(t.loss) };
};

describe('the scalar example (lecture numbers worked by hand)', () => {
  // f = 5, g = 5, ŷ = 10, ŷ − y = 8, L = ½·64 = 32; ∂L/∂w1 = x·1·w2·8 = 80; ∂L/∂w2 = g·8 = 40.
  it('gives L = 32, ∂L/∂w1 = 80 and ∂L/∂w2 = 40', () => {
    const { t, trace } = run();
    expect(finalValue(trace, t.loss)).toBeCloseTo(32, 12);
    expect(finalGrad(trace, t.w1)).toBeCloseTo(80, 12);
    expect(finalGrad(trace, t.w2)).toBeCloseTo(40, 12);
  });

  it('assembles ∂L/∂w1 from the factors 8, 2, 1, 5 with running products 8, 16, 16, 80', () => {
    const { t, trace } = run();
    const factors = chainForW1(trace, t);
    expect(factors.map((f) => f.value)).toEqual([8, 2, 1, 5]);
    expect(factors.map((f) => f.runningValue)).toEqual([8, 16, 16, 80]);
    expect(factors[0].isShared).toBe(true);
    expect(chainProductTex('D', factors, 4, 80)).toMatch(/= 80$/);
    expect(chainProductTex('D', factors, 1, 80)).not.toMatch(/= 80$/);
  });

  it('shares ∂L/∂ŷ between the two weights', () => {
    const { t, trace } = run();
    const w2 = chainForW2(trace, t);
    expect(w2[0]).toEqual(chainForW1(trace, t)[0]);
    expect(w2[1].value).toBe(5);
    expect(w2[1].runningValue).toBe(40);
  });

  it('blocks the gradient at the ReLU when x = −1', () => {
    const { t, trace } = run({ ...LECTURE, x: -1 });
    expect(backwardStepOf(trace, t.g)?.local[0]?.[0]).toBe(0);
    expect(finalGrad(trace, t.w1)).toBe(0);
    expect(Math.abs(finalGrad(trace, t.w2) ?? NaN)).toBe(0); // g = 0, so −0 is fine
  });

  it('records a graph per backward step, gradients appearing from the loss backwards', () => {
    const { t, trace } = run();
    expect(trace.backwardGraphs).toHaveLength(trace.backward.length + 1);
    const gradAt = (k: number) =>
      trace.backwardGraphs[k].nodes.find((n) => n.id === valueId(t.w1))?.grad ?? null;
    expect(gradAt(0)).toBeNull();
    expect(gradAt(trace.backward.length)?.[0]).toBeCloseTo(80, 12);
  });

  it('hides values the forward pass has not computed yet', () => {
    const { t, trace } = run();
    const at1 = forwardGraphAt(trace, 1);
    expect(at1.nodes.find((n) => n.id === valueId(t.f))?.value).toEqual([5]);
    expect(at1.nodes.find((n) => n.id === valueId(t.loss))?.value).toEqual([]);
    expect(at1.nodes.find((n) => n.id === valueId(t.w1))?.value).toEqual([1]);
  });
});

describe('the sigmoid circuit', () => {
  // z = −3 + 2·(−1) + (−3)·(−2) = 1; σ(1) = 1/(1 + e^−1); dσ/dz = σ(1 − σ).
  const s = 1 / (1 + Math.exp(-1));
  const ds = s * (1 - s);
  const expected = { w0: ds, w1: -1 * ds, x1: 2 * ds, w2: -2 * ds, x2: -3 * ds };

  it.each([false, true])('outputs 0.7311 and the closed-form gradients (fused: %s)', (fused) => {
    const c = buildSigmoidCircuit(fused);
    const trace = tracePasses(c.output);
    expect(finalValue(trace, c.output)).toBeCloseTo(0.7311, 4);
    for (const name of SIGMOID_LEAVES)
      expect(finalGrad(trace, c.leaves[name])).toBeCloseTo(expected[name], 10);
  });

  it('has eight gates, or five ops when fused', () => {
    expect(tracePasses(buildSigmoidCircuit(false).output).backward).toHaveLength(8);
    expect(tracePasses(buildSigmoidCircuit(true).output).backward).toHaveLength(5);
  });
});

describe('the custom Multiply', () => {
  it('passes gradcheck with the correct backward and fails with either bug', () => {
    expect(checkMultiply('none', LECTURE).ok).toBe(true);
    expect(checkMultiply('swap', LECTURE).ok).toBe(false);
    expect(checkMultiply('no-upstream', LECTURE).ok).toBe(false);
  });

  it('gives ∂L/∂w1 = 80 through the custom op, like the engine’s mul', () => {
    const t = buildScalarExample(LECTURE, MULTIPLY_VARIANTS.none.apply);
    expect(finalGrad(tracePasses(t.loss), t.w1)).toBeCloseTo(80, 12);
  });

  it('shows real source containing saveForBackward', () => {
    expect(MULTIPLY_VARIANTS.none.source).toContain('ctx.saveForBackward(x, y)');
  });
});

describe('URL helpers', () => {
  it('round-trips sandbox values and skips malformed pairs', () => {
    expect(parseVarValues(formatVarValues({ x: -1.5, w1: 2 }))).toEqual({ x: -1.5, w1: 2 });
    expect(parseVarValues('x:1,bad,y:abc,1z:3,w:2e1')).toEqual({ x: 1, w: 20 });
  });

  it('maps stepper positions onto the passes', () => {
    expect(maxPosition('both', 3, 4)).toBe(7);
    expect(placeOf('both', 3, 3)).toEqual({ pass: 'forward', done: 3 });
    expect(placeOf('both', 5, 3)).toEqual({ pass: 'backward', done: 2 });
    expect(clampPosition(99, 6)).toBe(6);
    expect(clampPosition(NaN, 6)).toBe(0);
  });
});

describe('sandbox names every object has', () => {
  it('treat constructor, toString, __proto__ as ordinary variables', async () => {
    const { valuesFor } = await import('./sandbox-run');
    const { parseVarValues, formatVarValues } = await import('./params');
    for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      expect(valuesFor([name], {})[name]).toBe(1);
      const parsed = parseVarValues(`${name}:3`);
      expect(valuesFor([name], parsed)[name]).toBe(3);
      expect(formatVarValues(parsed)).toBe(`${name}:3`);
    }
  });
});
