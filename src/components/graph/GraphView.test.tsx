// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  backwardSteps,
  exportGraph,
  opId,
  scalar,
  valueId,
  zeros,
  type GraphData,
  type Tensor,
} from '../../engine';
import { GraphView } from './GraphView';
import { computeLayout, EDGE_LABEL_H, EDGE_LABEL_W, layoutGraph, structureKey } from './layout';

afterEach(cleanup);

/**
 * The lecture's scalar example built and exported by the engine (x = 5, w1 = 1, w2 = 2, y = 2):
 * f = w1·x = 5, g = relu(f) = 5, ŷ = w2·g = 10, L = ½(ŷ − y)² = 32; ∂L/∂w1 = 80, ∂L/∂w2 = 40,
 * ∂L/∂g = 16. With `backward: false` the graph has no gradients yet.
 */
function lecture({ backward = true } = {}) {
  const x = scalar(5, { label: 'x' });
  const w1 = scalar(1, { requiresGrad: true, label: 'w1', labelTex: 'w_1' });
  const w2 = scalar(2, { requiresGrad: true, label: 'w2', labelTex: 'w_2' });
  const y = scalar(2, { label: 'y' });
  const f = w1.mul(x).setLabel('f');
  const g = f.relu().setLabel('g');
  const yHat = w2.mul(g).setLabel('ŷ', '\\hat y');
  const loss = yHat.halfSquaredError(y).setLabel('L');
  if (backward) loss.backward();
  return { graph: exportGraph(loss), x, w1, w2, y, f, g, yHat, loss };
}

const node = (container: HTMLElement, id: string) =>
  container.querySelector(`[data-node-id="${id}"]`) as HTMLElement;

/** The engine's backward step of the op that produced `t` (run on a fresh lecture graph). */
function backwardStepOf(pick: (l: ReturnType<typeof lecture>) => Tensor) {
  const l = lecture({ backward: false });
  const steps = Array.from(backwardSteps(l.loss));
  const step = steps.find((s) => s.opId === opId(pick(l)))!;
  return { graph: exportGraph(l.loss), step: { kind: 'backward' as const, ...step }, l };
}

/** A chain x + 1 + 1 + … with `n` value nodes, exported by the engine. */
function chain(n: number): GraphData {
  let t = scalar(0, { label: 'a0', requiresGrad: true });
  for (let i = 1; i < n; i++) t = t.add(1).setLabel(`a${i}`);
  return exportGraph(t);
}

/** The lecture's example built and back-propagated by the engine (x = 5, w1 = 1, w2 = 2, y = 0). */
function engineLectureGraph() {
  const leaf = (v: number, label: string, tex: string, requiresGrad = true) =>
    scalar(v, { dtype: 'float64', requiresGrad, label, labelTex: tex });
  const x = leaf(5, 'x', 'x', false);
  const g = leaf(1, 'w1', 'w_1').mul(x).setLabel('f', 'f').relu().setLabel('g', 'g');
  const yhat = leaf(2, 'w2', 'w_2').mul(g).setLabel('ŷ', '\\hat y');
  const loss = yhat.halfSquaredError(leaf(0, 'y', 'y', false)).setLabel('L', 'L');
  loss.backward();
  return exportGraph(loss);
}

describe('GraphView', () => {
  it('draws value nodes as boxes and op nodes as circles with accessible names', () => {
    const { container } = render(<GraphView graph={lecture().graph} ariaLabel="lecture graph" />);
    expect(screen.getByRole('group', { name: 'lecture graph' })).toBeInTheDocument();
    expect(container.querySelectorAll('[data-kind="value"] rect.cr-graph-value')).toHaveLength(8);
    expect(container.querySelectorAll('[data-kind="op"] circle.cr-graph-op')).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'value w1 = 1, gradient 80' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'value L = 32, gradient 1' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /operation max\(0,·\) \(relu\): inputs f; output g/ }),
    ).toBeInTheDocument();
  });

  it('shows gradients only when showGrads is on', () => {
    const { graph, w1 } = lecture();
    const { container, rerender } = render(<GraphView graph={graph} ariaLabel="g" />);
    const gradOf = () => node(container, valueId(w1)).querySelector('.cr-graph-grad');
    expect(gradOf()?.textContent).toBe('∇ 80');
    rerender(<GraphView graph={graph} ariaLabel="g" showGrads={false} />);
    expect(gradOf()).toBeNull();
    expect(screen.getByRole('button', { name: 'value w1 = 1' })).toBeInTheDocument();
  });

  it('before backward, value nodes show no gradient', () => {
    const { graph, w1 } = lecture({ backward: false });
    const { container } = render(<GraphView graph={graph} ariaLabel="g" />);
    expect(node(container, valueId(w1)).querySelector('.cr-graph-grad')).toBeNull();
    expect(screen.getByRole('button', { name: 'value w1 = 1' })).toBeInTheDocument();
  });

  it("hovering an op shows the engine's local derivative in KaTeX, and the chain product of the current backward step", () => {
    const { graph, step, l } = backwardStepOf((t) => t.yHat);
    expect(step.upstream).toEqual([8]);
    const { container } = render(<GraphView graph={graph} ariaLabel="g" currentStep={step} />);
    const panel = screen.getByTestId('graph-formula');
    expect(panel.querySelector('.katex')).not.toBeNull();
    expect(panel.textContent).toContain('Operation ×');
    // ŷ = w2·g: to g, upstream ∂L/∂ŷ = 8 times local w2 = 2 gives 16.
    expect(panel.textContent).toMatch(/upstream\s*8\s*×\s*local\s*2\s*=\s*16/);
    fireEvent.pointerEnter(node(container, opId(l.g)));
    expect(screen.getByTestId('graph-formula').textContent).toContain('relu');
  });

  it('leaves the current step to the host when showStepFormula is off, but still explains hovered nodes', () => {
    const { graph, step, l } = backwardStepOf((t) => t.yHat);
    const { container } = render(
      <GraphView graph={graph} ariaLabel="g" currentStep={step} showStepFormula={false} />,
    );
    expect(screen.queryByTestId('graph-formula')).toBeNull();
    fireEvent.pointerEnter(node(container, opId(l.g)));
    expect(screen.getByTestId('graph-formula').textContent).toContain('relu');
  });

  it('hovering a value shows its value, gradient and each local gradient in the graph’s names', () => {
    const { graph, g, yHat } = lecture();
    const { container } = render(<GraphView graph={graph} ariaLabel="g" />);
    fireEvent.pointerEnter(node(container, valueId(g)));
    const panel = screen.getByTestId('graph-formula');
    expect(panel.textContent).toContain('Value g');
    expect(panel.textContent).toContain('into ×');
    // KaTeX keeps the TeX source in its MathML annotation.
    const sources = Array.from(panel.querySelectorAll('annotation')).map((a) => a.textContent);
    const mul = graph.nodes.find((n) => n.id === opId(yHat))!;
    expect(mul.localGradTexNumeric?.[1]).toMatch(/= 2$/);
    // The local gradient is written in the graph's own names (issue 11): ∂ŷ/∂g = w₂ = 2.
    expect(sources).toContain('\\frac{\\partial {\\hat y}}{\\partial {g}} = {w_2} = 2');
    expect(sources).toContain('\\frac{\\partial L}{\\partial g} = 16');
  });

  it('highlights the current step op, its inputs/outputs and animates its edges unless reduced motion', () => {
    const { graph, x, w1, f, g } = lecture();
    const { container } = render(
      <GraphView graph={graph} ariaLabel="g" currentStep={{ kind: 'forward', opId: opId(f) }} />,
    );
    expect(node(container, opId(f))).toHaveClass('cr-graph-node--step-op');
    for (const t of [x, w1, f])
      expect(node(container, valueId(t))).toHaveClass('cr-graph-node--step-io');
    expect(node(container, valueId(g))).not.toHaveClass('cr-graph-node--step-io');
    const flows = screen.getAllByTestId('graph-flow');
    expect(flows).toHaveLength(3);
    expect(flows[0]).toHaveClass('cr-graph-flow--forward', 'cr-graph-flow--animated');
  });

  it('does not animate with prefers-reduced-motion', () => {
    const mm = vi
      .fn()
      .mockReturnValue({ matches: true, addEventListener: vi.fn(), removeEventListener: vi.fn() });
    vi.stubGlobal('matchMedia', mm);
    const { graph, f } = lecture();
    render(
      <GraphView graph={graph} ariaLabel="g" currentStep={{ kind: 'backward', opId: opId(f) }} />,
    );
    const flows = screen.getAllByTestId('graph-flow');
    expect(flows.length).toBeGreaterThan(0);
    for (const flow of flows) expect(flow).not.toHaveClass('cr-graph-flow--animated');
    vi.unstubAllGlobals();
  });

  it('is keyboard operable: one tab stop, arrows move focus, Enter selects', async () => {
    const onSelect = vi.fn();
    const { graph } = lecture();
    render(<GraphView graph={graph} ariaLabel="g" onSelectNode={onSelect} />);
    const user = userEvent.setup();
    await user.tab();
    const first = document.activeElement as Element;
    const firstId = first.getAttribute('data-node-id');
    expect(graph.nodes.find((n) => n.id === firstId)?.kind).toBe('value');
    expect(screen.getByTestId('graph-formula').textContent).toMatch(/^Value /);
    await user.keyboard('{ArrowRight}');
    const second = document.activeElement as Element;
    const secondId = second.getAttribute('data-node-id');
    expect(graph.edges.some((e) => e.source === firstId && e.target === secondId)).toBe(true);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(secondId);
    expect(document.querySelectorAll('[data-node-id][tabindex="0"]')).toHaveLength(1);
  });

  it('collapsed view shows tensor labels with shapes', () => {
    const w = zeros([128, 784], { label: 'W1', requiresGrad: true });
    const graph = exportGraph(w.sum().setLabel('s'));
    const { container } = render(<GraphView graph={graph} ariaLabel="g" collapsed />);
    expect(within(node(container, valueId(w))).getByText('W1 · 128×784')).toBeInTheDocument();
  });
});

describe('graph layout', () => {
  it('lays out left to right along data flow and caches on structure, not values', () => {
    const { graph, x, f, loss } = lecture();
    const a = layoutGraph(graph, false);
    expect(a.byId.get(valueId(x))!.x).toBeLessThan(a.byId.get(opId(f))!.x);
    expect(a.byId.get(opId(f))!.x).toBeLessThan(a.byId.get(valueId(loss))!.x);
    const changed = {
      ...graph,
      nodes: graph.nodes.map((n) => ({ ...n, value: n.value.map((v) => v + 1) })),
    };
    expect(structureKey(changed, false)).toBe(structureKey(graph, false));
    // Cached layouts may be re-bound copies (earlier tests laid out the same structure with other ids).
    expect(layoutGraph(changed, false).nodes).toEqual(a.nodes);
    expect(layoutGraph(graph, true).nodes).not.toEqual(a.nodes);
  });

  it('reuses the layout for the same expression built again (fresh tensor ids)', () => {
    const first = lecture();
    const second = lecture();
    expect(second.graph.outputId).not.toBe(first.graph.outputId);
    const a = layoutGraph(first.graph, false);
    const b = layoutGraph(second.graph, false);
    expect(b.byId.get(valueId(second.w1))).toMatchObject({
      x: a.byId.get(valueId(first.w1))!.x,
      y: a.byId.get(valueId(first.w1))!.y,
    });
    expect(b.edges.map((e) => e.d)).toEqual(a.edges.map((e) => e.d));
    expect(b.edges.map((e) => e.id)).toEqual(second.graph.edges.map((e) => e.id));
  });

  it('lays out engine chains of 2 and 30 values without overlaps', () => {
    for (const n of [2, 30]) {
      const l = computeLayout(chain(n), false);
      // n chain values, n − 1 constant 1s and n − 1 add ops.
      expect(l.nodes).toHaveLength(3 * n - 2);
      for (const p of l.nodes)
        for (const q of l.nodes) {
          if (p === q) continue;
          const overlap =
            Math.abs(p.x - q.x) < (p.w + q.w) / 2 && Math.abs(p.y - q.y) < (p.h + q.h) / 2;
          expect(overlap).toBe(false);
        }
    }
  });
  it('leaves room for edge formulas that no node covers, and writes them in the graph’s names', () => {
    const graph = engineLectureGraph();
    const layout = computeLayout(graph, false, { edgeLabels: true });
    const labels = layout.edges.filter((e) => e.label);
    expect(labels).toHaveLength(graph.edges.filter((e) => e.inputIndex !== undefined).length);
    for (const e of labels)
      for (const n of layout.nodes) {
        const overlap =
          Math.abs(e.label!.x - n.x) < (EDGE_LABEL_W + n.w) / 2 &&
          Math.abs(e.label!.y - n.y) < (EDGE_LABEL_H + n.h) / 2;
        expect(overlap).toBe(false);
      }
    const opIds = graph.nodes.filter((n) => n.kind === 'op').map((n) => n.id);
    const { rerender } = render(<GraphView graph={graph} ariaLabel="g" edgeFormulaOps={[]} />);
    expect(screen.queryAllByTestId('edge-formula')).toHaveLength(0);
    rerender(<GraphView graph={graph} ariaLabel="g" edgeFormulaOps={opIds} />);
    const texts = screen.getAllByTestId('edge-formula').map((el) => el.textContent ?? '');
    // Only inputs that carry a gradient (w1, f, w2, g, ŷ), never the data x and y.
    expect(texts).toHaveLength(5);
    expect(texts.some((t) => t.includes('\\partial {g}/\\partial {f}'))).toBe(true);
  });
});
