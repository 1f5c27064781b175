import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradcheck, tensor, type Tensor } from './index';

/** An output shape and two input shapes that broadcast to it (dropped leading dims, dims set to 1). */
const broadcastPair = fc
  .array(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 3 })
  .chain((out) => {
    const derived = fc
      .tuple(
        fc.integer({ min: 0, max: out.length }),
        fc.array(fc.boolean(), { minLength: out.length, maxLength: out.length }),
      )
      .map(([drop, ones]) => out.map((d, i) => (ones[i] ? 1 : d)).slice(drop));
    return fc.tuple(fc.constant(out), derived, derived);
  });

const size = (shape: number[]) => shape.reduce((p, d) => p * d, 1);

function filled(shape: number[], values: number[]): Tensor {
  return tensor(values.slice(0, size(shape)), { shape, dtype: 'float64' });
}

const values = fc.array(fc.double({ min: 0.5, max: 2, noNaN: true }), {
  minLength: 64,
  maxLength: 64,
});
const signs = fc.array(fc.boolean(), { minLength: 64, maxLength: 64 });

describe('property: broadcasting binary ops pass gradcheck for random broadcast shapes', () => {
  for (const op of ['add', 'sub', 'mul', 'div'] as const) {
    it(op, () => {
      fc.assert(
        fc.property(broadcastPair, values, signs, ([out, sa, sb], vs, ss) => {
          // NOTE: magnitudes in [0.5, 2] with random signs keep division away from 0.
          const signed = vs.map((v, i) => (ss[i] ? v : -v));
          const a = filled(sa, signed);
          const b = filled(sb, signed.slice().reverse());
          const y = (a[op] as (o: Tensor) => Tensor).call(a, b);
          const nd = Math.max(sa.length, sb.length);
          const dim = (s: number[], i: number) => s[s.length - nd + i] ?? 1;
          expect(y.shape).toEqual(
            out.slice(out.length - nd).map((_, i) => Math.max(dim(sa, i), dim(sb, i))),
          );
          expect(gradcheck((p, q) => (p[op] as (o: Tensor) => Tensor).call(p, q), [a, b]).ok).toBe(
            true,
          );
        }),
        { numRuns: 40, seed: 1 },
      );
    });
  }
});

/** A random expression over two inputs built from smooth ops (no kinks, bounded values). */
type Expr = (x: Tensor, y: Tensor) => Tensor;
const leaf = fc.constantFrom<Expr>(
  (x) => x,
  (_x, y) => y,
);
const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(fc.constantFrom('tanh', 'sigmoid', 'neg', 'square', 'exp'), tie('e'))
      .map(([u, f]): Expr => (x, y) => {
        const v = f(x, y);
        if (u === 'square') return v.pow(2);
        if (u === 'exp') return v.tanh().exp();
        return (v[u as 'tanh' | 'sigmoid' | 'neg'] as () => Tensor).call(v);
      }),
    fc.tuple(fc.constantFrom('add', 'sub', 'mul'), tie('e'), tie('e')).map(
      ([b, f, g]): Expr =>
        (x, y) =>
          (f(x, y)[b as 'add'] as (o: Tensor) => Tensor).call(f(x, y), g(x, y)),
    ),
    fc.tuple(tie('e'), tie('e')).map(
      ([f, g]): Expr =>
        (x, y) =>
          f(x, y).tanh().matmul(g(x, y).transpose()).tanh().matmul(x),
    ),
    fc.tuple(tie('e'), tie('e')).map(
      ([f, g]): Expr =>
        (x, y) =>
          f(x, y).mean(1, true).mul(g(x, y)),
    ),
  ),
})).e;

describe('property: random small expression graphs pass gradcheck', () => {
  it('over x, y of shape [2,3]', () => {
    fc.assert(
      fc.property(expr, values, signs, (f, vs, ss) => {
        const signed = vs.map((v, i) => (ss[i] ? v : -v) / 2);
        const x = filled([2, 3], signed);
        const y = filled([2, 3], signed.slice(6));
        const probe = f(x, y);
        expect(probe.isFinite()).toBe(true);
        const result = gradcheck((a, b) => f(a, b), [x, y]);
        expect(result.maxRelError).toBeLessThan(1e-6);
      }),
      { numRuns: 60, seed: 2 },
    );
  });
});

describe('property: reshape and transpose round trips', () => {
  const shapeAndPerm = fc
    .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 })
    .chain((shape) =>
      fc.tuple(
        fc.constant(shape),
        fc.shuffledSubarray([...shape.keys()], { minLength: shape.length }),
      ),
    );

  it('transpose(perm) then transpose(inverse) is the identity; reshape to flat and back too', () => {
    fc.assert(
      fc.property(shapeAndPerm, ([shape, perm]) => {
        const x = tensor(
          Array.from({ length: size(shape) }, (_, i) => i),
          { shape },
        );
        const inverse = perm.map((_, i) => perm.indexOf(i));
        const t = x.transpose(perm);
        expect(t.shape).toEqual(perm.map((p) => shape[p]));
        const back = t.transpose(inverse);
        expect(back.shape).toEqual(shape);
        expect(back.toArray()).toEqual(x.toArray());
        expect(x.reshape([-1]).reshape(shape).toNested()).toEqual(x.toNested());
      }),
      { numRuns: 100, seed: 3 },
    );
  });

  it('an n-d transpose puts input element i at the output index o with o[d] = i[perm[d]]', () => {
    fc.assert(
      fc.property(shapeAndPerm, ([shape, perm]) => {
        const x = tensor(
          Array.from({ length: size(shape) }, (_, i) => i),
          { shape },
        );
        const t = x.transpose(perm);
        const outShape = perm.map((p) => shape[p]);
        for (let flat = 0; flat < t.size; flat++) {
          // Decode the output multi-index by division, then read the input at i[perm[d]] = o[d].
          const o = outShape.map(
            (_, d) => Math.floor(flat / size(outShape.slice(d + 1))) % outShape[d],
          );
          const i = new Array<number>(shape.length);
          perm.forEach((p, d) => (i[p] = o[d]));
          const src = i.reduce((acc, v, d) => acc * shape[d] + v, 0);
          expect(t.data[flat]).toBe(src);
        }
      }),
      { numRuns: 100, seed: 5 },
    );
  });

  it('a 2-D transpose moves element (i, j) to (j, i)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), (r, c) => {
        const x = tensor(
          Array.from({ length: r * c }, (_, i) => i),
          { shape: [r, c] },
        );
        const t = x.transpose();
        for (let i = 0; i < r; i++)
          for (let j = 0; j < c; j++) expect(t.data[j * r + i]).toBe(x.data[i * c + j]);
      }),
      { numRuns: 30, seed: 4 },
    );
  });
});
