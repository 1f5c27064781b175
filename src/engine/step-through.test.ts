import { describe, expect, it } from 'vitest';
import {
  backwardSteps,
  exportGraph,
  forwardSteps,
  scalar,
  tensor,
  VALUE_PREVIEW_LIMIT,
  type Tensor,
} from './index';

/** A small mixed graph: L = sum(relu(a·b + c) · 0.5) with broadcasting. */
function build() {
  const a = tensor(
    [
      [1, -2, 3],
      [0.5, 2, -1],
    ],
    { requiresGrad: true, label: 'a' },
  );
  const b = tensor([2, 0.5, -1], { requiresGrad: true, label: 'b' });
  const c = tensor([[0.1], [0.2]], { requiresGrad: true, label: 'c' });
  const loss = a.mul(b).add(c).relu().mul(0.5).sum().setLabel('L', '\\mathcal{L}');
  return { a, b, c, loss };
}

const gradsOf = (ts: Tensor[]) => ts.map((t) => t.grad!.toArray());

describe('backwardSteps', () => {
  it('produces the same gradients as backward()', () => {
    const ref = build();
    ref.loss.backward();
    const stepped = build();
    const steps = Array.from(backwardSteps(stepped.loss));
    expect(steps.length).toBe(5);
    expect(gradsOf([stepped.a, stepped.b, stepped.c])).toEqual(gradsOf([ref.a, ref.b, ref.c]));
  });

  it('zeroes existing grads first, so stepping twice does not accumulate', () => {
    const { a, loss } = build();
    Array.from(backwardSteps(loss));
    const once = a.grad!.toArray();
    Array.from(backwardSteps(loss));
    expect(a.grad!.toArray()).toEqual(once);
  });

  it('each elementwise step contributes upstream × local', () => {
    const { loss } = build();
    let checked = 0;
    for (const step of backwardSteps(loss)) {
      if (step.op !== 'relu' && step.op !== 'mul') continue;
      step.local.forEach((local, i) => {
        const contribution = step.contributions[i];
        if (!local || !contribution || contribution.length !== local.length) return;
        contribution.forEach((v, j) => expect(v).toBeCloseTo(step.upstream[j] * local[j], 6));
        checked++;
      });
    }
    // ·0.5's first input, relu's input and a; b is broadcast and the constant 0.5 needs no grad.
    expect(checked).toBe(3);
  });

  it('reports each contribution of a twice-used input on its own (x·x: 3 and 3, total 6)', () => {
    const x = scalar(3, { requiresGrad: true, dtype: 'float64' });
    const [step] = Array.from(backwardSteps(x.mul(x)));
    expect(step.contributions).toEqual([[3], [3]]);
    expect(x.grad!.item()).toBe(6);
  });

  it('walks the lecture example in reverse order with numeric TeX', () => {
    const w1 = scalar(1, { requiresGrad: true, label: 'w1' });
    const w2 = scalar(2, { requiresGrad: true, label: 'w2' });
    const yHat = w2.mul(w1.mul(scalar(5, { label: 'x' })).relu());
    const steps = Array.from(backwardSteps(yHat));
    expect(steps.map((s) => s.op)).toEqual(['mul', 'relu', 'mul']);
    expect(steps[0].upstream).toEqual([1]);
    expect(steps[0].localGradTexNumeric[0]).toBe('\\frac{\\partial y}{\\partial a} = b = 5');
    expect(steps[1].local[0]).toEqual([1]);
    expect(w1.grad!.item()).toBe(10);
  });
});

describe('exportGraph', () => {
  it('has a value node per tensor, an op node per op, and edges in argument order', () => {
    const { loss } = build();
    loss.backward();
    const g = exportGraph(loss);
    const values = g.nodes.filter((n) => n.kind === 'value');
    const ops = g.nodes.filter((n) => n.kind === 'op');
    // Values: a, b, c, a·b, +c, relu, constant 0.5, ·0.5, sum.
    expect(values).toHaveLength(9);
    expect(ops.map((o) => o.op)).toEqual(['mul', 'add', 'relu', 'mul', 'sum']);
    expect(g.outputId).toBe(`v${loss.id}`);
    const out = g.nodes.find((n) => n.id === g.outputId)!;
    expect(out).toMatchObject({
      label: 'L',
      labelTex: '\\mathcal{L}',
      shape: [],
      grad: [1],
      isLeaf: false,
    });
    const add = ops[1];
    const inEdges = g.edges.filter((e) => e.target === add.id);
    expect(inEdges.map((e) => [e.source, e.inputIndex])).toEqual(
      add.inputs!.map((id, i) => [id, i]),
    );
    expect(g.edges.some((e) => e.source === add.id && e.target === add.output)).toBe(true);
    expect(add.localGradTex).toEqual([
      '\\frac{\\partial y}{\\partial a} = 1',
      '\\frac{\\partial y}{\\partial b} = 1',
    ]);
  });

  it('truncates previews at VALUE_PREVIEW_LIMIT and reports null grads before backward', () => {
    const big = tensor(new Float32Array(100).fill(1), { requiresGrad: true });
    const g = exportGraph(big.mul(2).sum());
    const leaf = g.nodes.find((n) => n.id === `v${big.id}`)!;
    expect(leaf.value).toHaveLength(VALUE_PREVIEW_LIMIT);
    expect(leaf.size).toBe(100);
    expect(leaf.grad).toBeNull();
    expect(leaf.isLeaf).toBe(true);
  });
});

describe('forwardSteps', () => {
  it('recomputes every op in topological order with identical values', () => {
    const { loss } = build();
    const steps = forwardSteps(loss);
    const graph = exportGraph(loss);
    expect(steps.map((s) => s.op)).toEqual(['mul', 'add', 'relu', 'mul', 'sum']);
    for (const s of steps)
      expect(s.value).toEqual(graph.nodes.find((n) => n.id === s.outputId)!.value);
    expect(steps[0].saved.map((s) => s.name)).toEqual(['a', 'b']);
  });
});
