import { describe, expect, it } from 'vitest';
import { createRng, jacobian, randn, tensor, type Tensor } from './index';
import { jacobianRow, tensorOps, vjp } from './vector-calculus';
import { expandOp } from './scalar-expansion';

const f64 = { dtype: 'float64' as const };

describe('vjp', () => {
  it('gives vᵀW for y = W x (closed form) in one backward pass', () => {
    const w = tensor(
      [
        [1, 2, 3],
        [-1, 0.5, 4],
      ],
      f64,
    );
    const x = tensor([0.3, -0.7, 2], f64);
    const v = tensor([2, -3], f64);
    const { value, grad } = vjp((t) => w.matmul(t), x, v);
    expect(value.toArray()).toEqual(w.matmul(x).toArray());
    expect(grad.toArray()).toEqual([2 * 1 - 3 * -1, 2 * 2 - 3 * 0.5, 2 * 3 - 3 * 4]);
  });

  it('refuses a seed of the wrong size with both shapes in the message', () => {
    const x = tensor([1, 2], f64);
    expect(() => vjp((t) => t.mul(2), x, tensor([1, 2, 3], f64))).toThrow(/\[3\].*\[2\]/);
  });
});

describe('jacobianRow', () => {
  it('stacks into the same matrix as jacobian(), row by row', () => {
    const rng = createRng(7);
    const w = randn([3, 4], rng, f64);
    const fn = (t: Tensor) => w.matmul(t).tanh();
    const x = randn([4], rng, f64);
    const full = jacobian(fn, x).toArray();
    const rows = [0, 1, 2].flatMap((i) => jacobianRow(fn, x, i));
    rows.forEach((v, k) => expect(v).toBeCloseTo(full[k], 12));
  });

  it('rejects a row outside the output', () => {
    expect(() => jacobianRow((t) => t.mul(2), tensor([1, 2], f64), 2)).toThrow(/row 2/);
  });
});

describe('tensorOps', () => {
  it('lists the two-layer network’s ops with shapes and Jacobian shapes', () => {
    const rng = createRng(3);
    const w1 = randn([4, 3], rng, f64).setLabel('W1');
    const x = randn([3], rng, f64).setLabel('x');
    const w2 = randn([2, 4], rng, f64).setLabel('W2');
    w1.requiresGrad = true;
    w2.requiresGrad = true;
    const f = w1.matmul(x).setLabel('f');
    const yhat = w2.matmul(f.relu().setLabel('g')).setLabel('ŷ');
    const ops = tensorOps(yhat);
    expect(ops.map((o) => o.op)).toEqual(['matmul', 'relu', 'matmul']);
    expect(ops[0].inputLabels).toEqual(['W1', 'x']);
    expect(ops[0].jacobianShapes).toEqual([
      [4, 12],
      [4, 3],
    ]);
    expect(ops[2].outputShape).toEqual([2]);
    expect(ops[2].jacobianShapes[1]).toEqual([2, 4]);
  });
});

/** The op's own backward for upstream u, as flat arrays per input. */
function ownGrads(t: Tensor, u: Tensor): number[][] {
  const { def, ctx } = t.gradFn!;
  const all = { ...ctx, needsInputGrad: t.parents.map(() => true) };
  return def.backward(t.parents, t, u, all).map((g) => (g ? g.toArray() : []));
}

describe('expandOp', () => {
  const rng = createRng(11);
  const cases: [string, () => Tensor][] = [
    ['matmul [3,4]·[4]', () => randn([3, 4], rng, f64).matmul(randn([4], rng, f64))],
    ['matmul [2,3]·[3,2]', () => randn([2, 3], rng, f64).matmul(randn([3, 2], rng, f64))],
    ['relu', () => randn([5], rng, f64).relu()],
    ['mul', () => randn([4], rng, f64).mul(randn([4], rng, f64))],
    ['sub', () => randn([2, 2], rng, f64).sub(randn([2, 2], rng, f64))],
  ];
  for (const [name, build] of cases) {
    it(`${name}: scalar values and gradients equal the tensor op's forward and backward`, () => {
      const t = build();
      const u = randn(t.shape, rng, f64);
      const ex = expandOp(t, u);
      expect(ex.outputs.map((o) => o.item())).toEqual(
        t.toArray().map((v) => expect.closeTo(v, 12)),
      );
      ex.loss.backward();
      const own = ownGrads(t, u);
      ex.inputs.forEach((leaves, i) =>
        leaves.forEach((leaf, k) => expect(leaf.grad!.item()).toBeCloseTo(own[i][k], 12)),
      );
    });
  }

  it('labels entries like W1[0,2] and refuses ops it cannot expand', () => {
    const a = randn([2, 3], rng, f64).setLabel('W1');
    const ex = expandOp(a.matmul(randn([3], rng, f64)), tensor([1, 1], f64));
    expect(ex.inputs[0][2].label).toBe('W1[0,2]');
    const loss = randn([2], rng, f64).halfSquaredError(randn([2], rng, f64));
    expect(() => expandOp(loss, tensor([1], f64))).toThrow(/halfSquaredError/);
  });
});
