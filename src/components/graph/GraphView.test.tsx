// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exportGraph, scalar } from '../../engine';
import { GraphView } from './GraphView';
import { chainGraph, scalarLectureGraph } from './fixture-graph';
import { computeLayout, EDGE_LABEL_H, EDGE_LABEL_W, layoutGraph, structureKey } from './layout';

afterEach(cleanup);

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
    const { container } = render(
      <GraphView graph={scalarLectureGraph()} ariaLabel="lecture graph" />,
    );
    expect(screen.getByRole('group', { name: 'lecture graph' })).toBeInTheDocument();
    expect(container.querySelectorAll('[data-kind="value"] rect.cr-graph-value')).toHaveLength(8);
    expect(container.querySelectorAll('[data-kind="op"] circle.cr-graph-op')).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'value w1 = 1, gradient 80' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /operation max\(0,·\) \(relu\): inputs f; output g/ }),
    ).toBeInTheDocument();
  });

  it('shows gradients only when showGrads is on', () => {
    const { container, rerender } = render(
      <GraphView graph={scalarLectureGraph()} ariaLabel="g" />,
    );
    expect(container.querySelector('[data-node-id="v2"] .cr-graph-grad')?.textContent).toBe('∇ 80');
    rerender(<GraphView graph={scalarLectureGraph()} ariaLabel="g" showGrads={false} />);
    expect(container.querySelector('[data-node-id="v2"] .cr-graph-grad')).toBeNull();
    expect(screen.getByRole('button', { name: 'value w1 = 1' })).toBeInTheDocument();
  });

  it('hovering an op shows its local derivative in KaTeX, and the chain product for the current backward step', () => {
    const step = {
      kind: 'backward' as const,
      opId: 'o6',
      upstream: [8],
      local: [[5], [2]],
      contributions: [[40], [16]],
    };
    const { container } = render(
      <GraphView graph={scalarLectureGraph()} ariaLabel="g" currentStep={step} />,
    );
    const panel = screen.getByTestId('graph-formula');
    expect(panel.querySelector('.katex')).not.toBeNull();
    expect(panel.textContent).toContain('Operation ×');
    expect(panel.textContent).toMatch(/upstream\s*8\s*×\s*local\s*2\s*=\s*16/);
    fireEvent.pointerEnter(container.querySelector('[data-node-id="o4"]')!);
    expect(screen.getByTestId('graph-formula').textContent).toContain('relu');
  });

  it('leaves the current step to the host when showStepFormula is off, but still explains hovered nodes', () => {
    const step = {
      kind: 'backward' as const,
      opId: 'o6',
      upstream: [8],
      local: [[5], [2]],
      contributions: [[40], [16]],
    };
    const { container } = render(
      <GraphView
        graph={scalarLectureGraph()}
        ariaLabel="g"
        currentStep={step}
        showStepFormula={false}
      />,
    );
    expect(screen.queryByTestId('graph-formula')).toBeNull();
    fireEvent.pointerEnter(container.querySelector('[data-node-id="o4"]')!);
    expect(screen.getByTestId('graph-formula').textContent).toContain('relu');
  });

  it('hovering a value shows its value, gradient and the local derivative of each op it feeds', () => {
    const { container } = render(<GraphView graph={scalarLectureGraph()} ariaLabel="g" />);
    fireEvent.pointerEnter(container.querySelector('[data-node-id="v4"]')!);
    const panel = screen.getByTestId('graph-formula');
    expect(panel.textContent).toContain('Value g');
    expect(panel.textContent).toContain('into ×');
    // KaTeX keeps the TeX source in its MathML annotation.
    expect(panel.querySelector('annotation')?.textContent).toBeDefined();
    const sources = Array.from(panel.querySelectorAll('annotation')).map((a) => a.textContent);
    expect(sources).toContain('\\frac{\\partial \\hat y}{\\partial g} = w_2 = 2');
    expect(sources).toContain('\\frac{\\partial L}{\\partial g} = 16');
  });

  it('highlights the current step op, its inputs/outputs and animates its edges unless reduced motion', () => {
    const { container } = render(
      <GraphView
        graph={scalarLectureGraph()}
        ariaLabel="g"
        currentStep={{ kind: 'forward', opId: 'o3' }}
      />,
    );
    expect(container.querySelector('[data-node-id="o3"]')).toHaveClass('cr-graph-node--step-op');
    expect(container.querySelector('[data-node-id="v1"]')).toHaveClass('cr-graph-node--step-io');
    expect(container.querySelector('[data-node-id="v3"]')).toHaveClass('cr-graph-node--step-io');
    expect(container.querySelector('[data-node-id="v5"]')).not.toHaveClass(
      'cr-graph-node--step-io',
    );
    const flows = screen.getAllByTestId('graph-flow');
    expect(flows).toHaveLength(3);
    expect(flows[0]).toHaveClass('cr-graph-flow--forward', 'cr-graph-flow--animated');
  });

  it('does not animate with prefers-reduced-motion', () => {
    const mm = vi
      .fn()
      .mockReturnValue({ matches: true, addEventListener: vi.fn(), removeEventListener: vi.fn() });
    vi.stubGlobal('matchMedia', mm);
    render(
      <GraphView
        graph={scalarLectureGraph()}
        ariaLabel="g"
        currentStep={{ kind: 'backward', opId: 'o3' }}
      />,
    );
    for (const f of screen.getAllByTestId('graph-flow'))
      expect(f).not.toHaveClass('cr-graph-flow--animated');
    vi.unstubAllGlobals();
  });

  it('is keyboard operable: one tab stop, arrows move focus, Enter selects', async () => {
    const onSelect = vi.fn();
    render(<GraphView graph={scalarLectureGraph()} ariaLabel="g" onSelectNode={onSelect} />);
    const user = userEvent.setup();
    await user.tab();
    const first = document.activeElement as Element;
    expect(first.getAttribute('data-node-id')).toBe('v1');
    expect(screen.getByTestId('graph-formula').textContent).toContain('Value x');
    await user.keyboard('{ArrowRight}');
    const second = document.activeElement as Element;
    expect(second.getAttribute('data-node-id')).toBe('o3');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('o3');
    const tabbable = document.querySelectorAll('[data-node-id][tabindex="0"]');
    expect(tabbable).toHaveLength(1);
  });

  it('collapsed view shows tensor labels with shapes', () => {
    const g = scalarLectureGraph();
    g.nodes[1] = {
      ...g.nodes[1],
      label: 'W1',
      shape: [128, 784],
      size: 128 * 784,
      value: [0.1, 0.2],
    };
    const { container } = render(<GraphView graph={g} ariaLabel="g" collapsed />);
    expect(
      within(container.querySelector('[data-node-id="v2"]') as HTMLElement).getByText(
        'W1 · 128×784',
      ),
    ).toBeInTheDocument();
  });
});

describe('graph layout', () => {
  it('lays out left to right along data flow and caches on structure, not values', () => {
    const g = scalarLectureGraph();
    const a = layoutGraph(g, false);
    expect(a.byId.get('v1')!.x).toBeLessThan(a.byId.get('o3')!.x);
    expect(a.byId.get('o3')!.x).toBeLessThan(a.byId.get('v8')!.x);
    const changed = {
      ...g,
      nodes: g.nodes.map((n) => ({ ...n, value: n.value.map((v) => v + 1) })),
    };
    expect(structureKey(changed, false)).toBe(structureKey(g, false));
    expect(layoutGraph(changed, false)).toBe(a);
    expect(layoutGraph(g, true)).not.toBe(a);
  });

  it('reuses the layout for the same expression with fresh ids', () => {
    const g = scalarLectureGraph();
    const a = layoutGraph(g, false);
    const rename = (id: string) => `${id[0]}${Number(id.slice(1)) + 100}`;
    const renamed = {
      outputId: rename(g.outputId),
      nodes: g.nodes.map((n) => ({
        ...n,
        id: rename(n.id),
        inputs: n.inputs?.map(rename),
        output: n.output && rename(n.output),
      })),
      edges: g.edges.map((e) => ({
        ...e,
        id: `x${e.id}`,
        source: rename(e.source),
        target: rename(e.target),
      })),
    };
    const b = layoutGraph(renamed, false);
    expect(b.byId.get('v102')).toMatchObject({ x: a.byId.get('v2')!.x, y: a.byId.get('v2')!.y });
    expect(b.edges[0]).toMatchObject({ source: rename(a.edges[0].source), d: a.edges[0].d });
  });

  it('handles 3 to 60 nodes without overlaps', () => {
    for (const n of [2, 30]) {
      const l = computeLayout(chainGraph(n), false);
      expect(l.nodes).toHaveLength(2 * n - 1);
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
    const layout = computeLayout(graph, false, true);
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
