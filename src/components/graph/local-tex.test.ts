import { describe, expect, it } from 'vitest';
import { backwardSteps, exportGraph, scalar } from '../../engine';
import { edgeLocalTex, namedForwardTex, namedLocalTex, renameTex } from './local-tex';

/** The lecture's example: f = w1·x, g = relu(f), ŷ = w2·g, L = ½(ŷ − y)². */
function lectureGraph() {
  const leaf = (v: number, label: string, tex: string, requiresGrad = true) =>
    scalar(v, { dtype: 'float64', requiresGrad, label, labelTex: tex });
  const x = leaf(5, 'x', 'x', false);
  const w1 = leaf(1, 'w1', 'w_1');
  const w2 = leaf(2, 'w2', 'w_2');
  const y = leaf(0, 'y', 'y', false);
  const f = w1.mul(x).setLabel('f', 'f');
  const g = f.relu().setLabel('g', 'g');
  const yhat = w2.mul(g).setLabel('ŷ', '\\hat y');
  const loss = yhat.halfSquaredError(y).setLabel('L', 'L');
  Array.from(backwardSteps(loss));
  return exportGraph(loss);
}

const opOf = (graph: ReturnType<typeof lectureGraph>, op: string, nth = 0) =>
  graph.nodes.filter((n) => n.op === op && n.kind === 'op')[nth];

describe('renameTex', () => {
  it('swaps names simultaneously and leaves commands alone', () => {
    expect(renameTex('\\frac{\\partial y}{\\partial a} = b', { y: 'f', a: 'b', b: 'a' })).toBe(
      '\\frac{\\partial {f}}{\\partial {b}} = {a}',
    );
  });

  it('matches multi-token names before their parts', () => {
    expect(renameTex('\\hat y - y', { '\\hat y': 'p', y: 't' })).toBe('{p} - {t}');
  });
});

describe('namedLocalTex', () => {
  it('writes mul and relu derivatives in the lesson’s names, symbol and number', () => {
    const graph = lectureGraph();
    const outerMul = opOf(graph, 'mul', 1);
    expect(namedLocalTex(graph, outerMul, 0)).toBe(
      '\\frac{\\partial {\\hat y}}{\\partial {w_2}} = {g} = 5',
    );
    expect(namedLocalTex(graph, opOf(graph, 'relu'), 0)).toBe(
      '\\frac{\\partial {g}}{\\partial {f}} = \\mathbb{1}[{f} > 0] = \\mathbb{1}[5 > 0] = 1',
    );
    expect(namedForwardTex(graph, opOf(graph, 'mul', 0))).toBe('{f} = {w_1} \\cdot {x}');
  });

  it('keeps the loss’s names (its output L, inputs ŷ and y)', () => {
    const graph = lectureGraph();
    expect(namedLocalTex(graph, opOf(graph, 'halfSquaredError'), 0)).toMatch(
      /^\\frac\{\\partial \{L\}\}\{\\partial \{\\hat y\}\} = \{\\hat y\} - \{y\} = 10 - 0 = 10$/,
    );
  });
});

describe('edgeLocalTex', () => {
  it('writes the short edge form: slashed derivative, symbol, number', () => {
    const graph = lectureGraph();
    expect(edgeLocalTex(graph, opOf(graph, 'mul', 1), 0)).toBe(
      '\\partial {\\hat y}/\\partial {w_2} = {g} = 5',
    );
    expect(edgeLocalTex(graph, opOf(graph, 'relu'), 0)).toBe(
      '\\partial {g}/\\partial {f} = \\mathbb{1}[{f} > 0] = 1',
    );
  });
});
