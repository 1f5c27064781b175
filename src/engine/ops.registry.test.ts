import { describe, expect, it } from 'vitest';
import {
  OPS,
  Tensor,
  createRng,
  gradcheck,
  ones,
  tensor,
  type NestedInput,
  type OpAttrs,
  type OpSampleCase,
} from './index';
import { applyOp } from './autograd';

/** A hand-worked example per op: inputs, expected output and expected input gradients for a given upstream. */
interface HandCase {
  inputs: NestedInput[];
  attrs?: OpAttrs;
  output: NestedInput;
  /** ∂L/∂output; defaults to ones. */
  upstream?: NestedInput;
  grads: NestedInput[];
}

const LN2 = Math.log(2);
const E = Math.E;

// Every value below is worked out by hand from the op's definition (not copied from the implementation).
const HAND: Record<string, HandCase> = {
  neg: { inputs: [[1, -2.5]], output: [-1, 2.5], grads: [[-1, -1]] },
  exp: { inputs: [[0, 1, -1]], output: [1, E, 1 / E], grads: [[1, E, 1 / E]] },
  log: { inputs: [[1, E, 0.5]], output: [0, 1, -LN2], grads: [[1, 1 / E, 2]] },
  reciprocal: { inputs: [[2, -0.5]], output: [0.5, -2], grads: [[-0.25, -4]] },
  pow: { inputs: [[3, -1]], attrs: { p: 2 }, output: [9, 1], upstream: [1, 2], grads: [[6, -4]] },
  relu: { inputs: [[-1, 0.5, 2]], output: [0, 0.5, 2], upstream: [5, 6, 7], grads: [[0, 6, 7]] },
  leakyRelu: { inputs: [[-2, 3]], attrs: { slope: 0.1 }, output: [-0.2, 3], grads: [[0.1, 1]] },
  // e^{−ln 2} − 1 = −½; the derivative there is y + α = ½.
  elu: { inputs: [[-LN2, 2]], attrs: { alpha: 1 }, output: [-0.5, 2], grads: [[0.5, 1]] },
  // σ(ln 3) = 1/(1 + 1/3) = 0.75, σ' = 0.75 · 0.25.
  sigmoid: { inputs: [[0, Math.log(3)]], output: [0.5, 0.75], grads: [[0.25, 0.1875]] },
  // tanh(ln 2) = (2 − ½)/(2 + ½) = 0.6, tanh' = 1 − 0.36.
  tanh: { inputs: [[0, LN2]], output: [0, 0.6], grads: [[1, 0.64]] },
  add: {
    inputs: [
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      [10, 20, 30],
    ],
    output: [
      [11, 22, 33],
      [14, 25, 36],
    ],
    grads: [
      [
        [1, 1, 1],
        [1, 1, 1],
      ],
      [2, 2, 2],
    ],
  },
  sub: {
    inputs: [[[1], [2]], [[10, 20]]],
    output: [
      [-9, -19],
      [-8, -18],
    ],
    grads: [[[2], [2]], [[-2, -2]]],
  },
  mul: {
    inputs: [
      [
        [1, 2],
        [3, 4],
      ],
      [10, 100],
    ],
    output: [
      [10, 200],
      [30, 400],
    ],
    grads: [
      [
        [10, 100],
        [10, 100],
      ],
      [4, 6],
    ],
  },
  // ∂/∂b Σ a/b = −Σa/b² = −(6 − 3)/4.
  div: { inputs: [[6, -3], 2], output: [3, -1.5], grads: [[0.5, 0.5], -0.75] },
  sum: {
    inputs: [
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
    attrs: { axis: 0 },
    output: [5, 7, 9],
    upstream: [1, 2, 3],
    grads: [
      [
        [1, 2, 3],
        [1, 2, 3],
      ],
    ],
  },
  mean: {
    inputs: [
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
    attrs: { axis: 1 },
    output: [2, 5],
    upstream: [3, 6],
    grads: [
      [
        [1, 1, 1],
        [2, 2, 2],
      ],
    ],
  },
  reshape: {
    inputs: [
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
    attrs: { shape: [3, 2] },
    output: [
      [1, 2],
      [3, 4],
      [5, 6],
    ],
    upstream: [
      [1, 2],
      [3, 4],
      [5, 6],
    ],
    grads: [
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
  },
  transpose: {
    inputs: [
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
    attrs: { axes: [1, 0] },
    output: [
      [1, 4],
      [2, 5],
      [3, 6],
    ],
    upstream: [
      [1, 2],
      [3, 4],
      [5, 6],
    ],
    grads: [
      [
        [1, 3, 5],
        [2, 4, 6],
      ],
    ],
  },
  // Ḡ = ones: ∂/∂A = Ḡ Bᵀ has rows (5+6, 7+8); ∂/∂B = Aᵀ Ḡ has rows (1+3, 2+4).
  matmul: {
    inputs: [
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    ],
    output: [
      [19, 22],
      [43, 50],
    ],
    grads: [
      [
        [11, 15],
        [11, 15],
      ],
      [
        [4, 4],
        [6, 6],
      ],
    ],
  },
  linear: {
    inputs: [
      [[1, 2]],
      [
        [1, 0],
        [0, 1],
        [1, 1],
      ],
      [0.5, -1, 2],
    ],
    output: [[1.5, 1, 5]],
    upstream: [[1, 2, 3]],
    grads: [
      [[4, 5]],
      [
        [1, 2],
        [2, 4],
        [3, 6],
      ],
      [1, 2, 3],
    ],
  },
  // ŷ − y = (2, −2): ½(4 + 4) = 4; with upstream 2, ∂/∂ŷ = 2(ŷ − y), ∂/∂y = −2(ŷ − y).
  halfSquaredError: {
    inputs: [
      [3, -1],
      [1, 1],
    ],
    output: 4,
    upstream: 2,
    grads: [
      [4, -4],
      [-4, 4],
    ],
  },
  // Row 1: logits (0,0), label 1 → ln 2, p = (½,½). Row 2: logits (ln 3, 0), label 0 → p = (¾,¼), −ln ¾.
  softmaxCrossEntropy: {
    inputs: [
      [
        [0, 0],
        [Math.log(3), 0],
      ],
    ],
    attrs: { labels: Int32Array.from([1, 0]) },
    output: (LN2 + Math.log(4 / 3)) / 2,
    grads: [
      [
        [0.25, -0.25],
        [-0.125, 0.125],
      ],
    ],
  },
};

function run(name: string, c: HandCase): { out: Tensor; inputs: Tensor[] } {
  const inputs = c.inputs.map((v) => tensor(v, { dtype: 'float64', requiresGrad: true }));
  const out = applyOp(OPS[name], inputs, c.attrs ?? {});
  return { out, inputs };
}

function expectClose(actual: Tensor, expected: NestedInput): void {
  const want = tensor(expected, { dtype: 'float64' });
  expect(actual.shape).toEqual(want.shape);
  actual.toArray().forEach((v, i) => expect(v).toBeCloseTo(want.data[i], 12));
}

function sampleInputs(c: OpSampleCase, seed: number): Tensor[] {
  const rng = createRng(seed);
  const { low = -2, high = 2, awayFromZero = 0 } = c;
  return c.shapes.map((shape) => {
    const t = tensor(new Float64Array(shape.reduce((p, d) => p * d, 1)), {
      dtype: 'float64',
      shape,
    });
    for (let i = 0; i < t.size; i++) {
      let v = low + (high - low) * rng.next();
      // NOTE: push samples out of the band around 0 where relu has its kink and 1/x blows up.
      if (Math.abs(v) < awayFromZero) v = v < 0 ? -awayFromZero - Math.abs(v) : awayFromZero + v;
      t.data[i] = v;
    }
    return t;
  });
}

describe('op registry', () => {
  it('has a hand-worked case for every op and no stale ones', () => {
    expect(Object.keys(HAND).sort()).toEqual(Object.keys(OPS).sort());
  });

  for (const [name, def] of Object.entries(OPS)) {
    describe(name, () => {
      it('declares its display data and TeX for every input', () => {
        expect(def.symbol.length).toBeGreaterThan(0);
        expect(def.forwardTex.length).toBeGreaterThan(0);
        expect(def.localGradTex).toHaveLength(def.arity);
        expect(def.inputNames).toHaveLength(def.arity);
        expect(def.numericTex(new Array(def.arity).fill(2), 3, HAND[name].attrs)).toHaveLength(
          def.arity,
        );
      });

      it('forward matches hand-computed values', () => {
        expectClose(run(name, HAND[name]).out, HAND[name].output);
      });

      it('backward matches the closed-form gradients', () => {
        const c = HAND[name];
        const { out, inputs } = run(name, c);
        out.backward(
          c.upstream === undefined
            ? ones(out.shape, { dtype: 'float64' })
            : tensor(c.upstream, { dtype: 'float64' }),
        );
        inputs.forEach((x, i) => expectClose(x.grad as Tensor, c.grads[i]));
      });

      def.sample.forEach((c, k) => {
        it(`backward agrees with float64 central differences for ${JSON.stringify(c.shapes)}`, () => {
          const inputs = sampleInputs(c, 17 + k);
          const result = gradcheck((...xs) => applyOp(def, xs, c.attrs ?? {}), inputs);
          expect(result.maxRelError).toBeLessThan(1e-6);
          expect(result.ok).toBe(true);
        });
      });

      if (def.local) {
        it('its elementwise local derivative times upstream equals the backward contribution', () => {
          const c =
            def.sample.find((s) => s.shapes.every((sh) => sh.join() === s.shapes[0].join())) ??
            def.sample[0];
          const inputs = sampleInputs(
            { ...c, awayFromZero: Math.max(c.awayFromZero ?? 0, 0.1) },
            5,
          );
          inputs.forEach((x) => (x.requiresGrad = true));
          const out = applyOp(def, inputs, c.attrs ?? {});
          const upstream = sampleInputs({ shapes: [out.shape] }, 6)[0];
          out.backward(upstream);
          const local = def.local!(inputs, out, out.gradFn!.ctx);
          inputs.forEach((x, i) => {
            x.toArray().forEach((_, j) =>
              expect(x.grad!.data[j]).toBeCloseTo(upstream.data[j] * local[i]![j], 12),
            );
          });
        });
      }
    });
  }

  it('numeric TeX plugs the numbers into the local derivative (mul: ∂y/∂a = b = 2)', () => {
    expect(OPS.mul.numericTex([3, 2], 6)).toEqual([
      '\\frac{\\partial y}{\\partial a} = b = 2',
      '\\frac{\\partial y}{\\partial b} = a = 3',
    ]);
    expect(OPS.sigmoid.numericTex([0], 0.5)[0]).toMatch(/= 0\.25$/);
  });
});
