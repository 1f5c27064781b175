import { describe, expect, it } from 'vitest';
import {
  OPS,
  Tensor,
  createRng,
  customOp,
  jvp,
  pushTangents,
  scalar,
  tensor,
  type OpSampleCase,
} from './index';
import { applyOp } from './autograd';

/** Seeded float64 values for one sample case (kept away from kinks like the registry test). */
function sample(
  c: Partial<OpSampleCase>,
  shapes: number[][],
  seed: number,
  requiresGrad: boolean,
): Tensor[] {
  const rng = createRng(seed);
  const { low = -2, high = 2, awayFromZero = 0 } = c;
  return shapes.map((shape) => {
    const n = shape.reduce((p, d) => p * d, 1);
    const data = Float64Array.from({ length: n }, () => {
      const v = low + (high - low) * rng.next();
      if (Math.abs(v) >= awayFromZero) return v;
      return v < 0 ? -awayFromZero - Math.abs(v) : awayFromZero + v;
    });
    return new Tensor(data, shape.slice(), requiresGrad);
  });
}

function dot(a: Tensor, b: Tensor): number {
  let s = 0;
  for (let i = 0; i < a.size; i++) s += a.data[i] * b.data[i];
  return s;
}

describe('forward mode on every registry op', () => {
  for (const [name, def] of Object.entries(OPS)) {
    describe(name, () => {
      it('declares a jvp (forward-mode rule) in the registry', () => {
        expect(
          typeof def.jvp,
          `op "${name}" has no jvp: add one to its OpDef (forward mode and this test need it)`,
        ).toBe('function');
      });

      def.sample.forEach((c, k) => {
        it(`agrees with reverse mode to 1e-10 in float64 for ${JSON.stringify(c.shapes)}`, () => {
          const inputs = sample(c, c.shapes, 31 + k, true);
          const tangents = sample({}, c.shapes, 97 + k, false);
          const { output, tangent } = jvp(
            (...xs) => applyOp(def, xs, c.attrs ?? {}),
            inputs,
            tangents,
          );
          // ⟨u, J v⟩ from forward mode must equal ⟨Jᵀ u, v⟩ from one backward pass.
          const u = sample({}, [output.shape], 211 + k, false)[0];
          output.backward(u);
          const reverse = inputs.reduce((s, x, i) => s + dot(x.grad as Tensor, tangents[i]), 0);
          const forward = dot(u, tangent);
          expect(Math.abs(forward - reverse)).toBeLessThan(1e-10 * Math.max(1, Math.abs(reverse)));
        });
      });
    });
  }
});

describe('jvp', () => {
  it('gives the derivative of σ(w·x) along x as a dual number (x = 0.5, w = 2)', () => {
    const x = scalar(0.5, { dtype: 'float64', requiresGrad: true });
    const w = scalar(2, { dtype: 'float64', requiresGrad: true });
    const one = scalar(1, { dtype: 'float64' });
    const { output, tangent } = jvp((a, b) => a.mul(b).sigmoid(), [x, w], [one, null]);
    const s = 1 / (1 + Math.exp(-1));
    expect(output.item()).toBeCloseTo(s, 14);
    expect(tangent.item()).toBeCloseTo(s * (1 - s) * 2, 14);
  });

  it('returns a zero tangent when the output does not depend on the moving input', () => {
    const x = scalar(3, { dtype: 'float64', requiresGrad: true });
    const y = scalar(4, { dtype: 'float64', requiresGrad: true });
    const { tangent } = jvp((_a, b) => b.exp(), [x, y], [scalar(1, { dtype: 'float64' }), null]);
    expect(tangent.item()).toBe(0);
  });

  it('names an op on the path that has no forward-mode rule', () => {
    const Twice = customOp({
      name: 'twice',
      symbol: '2·',
      forward: (_ctx, a: Tensor) => a.mul(2),
      backward: (_ctx, g: Tensor) => [g.mul(2)],
    });
    const x = scalar(1, { dtype: 'float64', requiresGrad: true });
    expect(() => jvp((a) => Twice.apply(a), [x], [scalar(1, { dtype: 'float64' })])).toThrow(
      /op "twice" declares no jvp/,
    );
  });

  it('rejects a tangent whose shape differs from its input', () => {
    const x = tensor([1, 2], { dtype: 'float64', requiresGrad: true });
    const out = x.exp();
    expect(() => pushTangents(out, new Map([[x, scalar(1, { dtype: 'float64' })]]))).toThrow(
      /tangent of shape/,
    );
  });
});
