// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ContourPlot, contourLevels, type ContourGrid } from './ContourPlot';

afterEach(cleanup);

/** f(x, y) = x² + y² on an n × n grid over [−1, 1]². */
function bowl(n = 21): ContourGrid {
  const at = (i: number) => -1 + (2 * i) / (n - 1);
  const values = new Float64Array(n * n);
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) values[r * n + c] = at(c) ** 2 + at(r) ** 2;
  return { n, values, xDomain: [-1, 1], yDomain: [-1, 1] };
}

/** The plot area as drawn (its margins grow with the label font): the clip rectangle's bounds. */
function plotArea() {
  const r = document.querySelector('clipPath rect');
  const n = (a: string) => Number(r?.getAttribute(a));
  return { left: n('x'), right: n('x') + n('width'), top: n('y'), bottom: n('y') + n('height') };
}
const toDataX = (px: number) => {
  const p = plotArea();
  return -1 + (2 * (px - p.left)) / (p.right - p.left);
};
const toDataY = (py: number) => {
  const p = plotArea();
  return 1 - (2 * (py - p.top)) / (p.bottom - p.top);
};

/** The (x, y) points of an SVG path made of M and L commands. */
function pathPoints(d: string): [number, number][] {
  return Array.from(d.matchAll(/[ML]\s*(-?[\d.e+-]+)[ ,](-?[\d.e+-]+)/g), (m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}

describe('contourLevels', () => {
  it('spaces levels quadratically between the minimum and maximum, ignoring non-finite values', () => {
    const levels = contourLevels([0, 2, Number.NaN, 1, Infinity], 3, false);
    expect(levels).toHaveLength(3);
    [1, 2, 3].forEach((i, k) => expect(levels[k]).toBeCloseTo(2 * (i / 4) ** 2, 12));
  });

  it('spaces log levels geometrically, each a constant ratio above the last', () => {
    const levels = contourLevels([0, 10], 4, true);
    const ratios = levels.slice(1).map((v, i) => v / levels[i]);
    ratios.forEach((r) => expect(r).toBeCloseTo(1e4 ** (1 / 5), 9));
    expect(levels[0]).toBeCloseTo(10 * 1e-4 * 1e4 ** (1 / 5), 12);
  });

  it('gives no level for a flat or empty grid', () => {
    expect(contourLevels([3, 3, 3], 5, false)).toEqual([]);
    expect(contourLevels([Number.NaN], 5, true)).toEqual([]);
  });
});

describe('ContourPlot', () => {
  it('draws each level of a bowl inside the grid as a ring of radius √level around the centre', () => {
    const grid = bowl();
    const { container } = render(
      <ContourPlot grid={grid} levelCount={6} xLabel="a" yLabel="b" ariaLabel="bowl" />,
    );
    expect(screen.getByRole('img', { name: 'bowl' })).toBeTruthy();
    const lines = container.querySelectorAll('path.cr-contour__line');
    const levels = contourLevels(grid.values, 6, false);
    expect(lines).toHaveLength(levels.length);
    let rings = 0;
    lines.forEach((line, k) => {
      const radius = Math.sqrt(levels[k]);
      if (radius > 0.9) return;
      // Each level is the region at or above it: the grid's border (outside the plot, clipped)
      // with the ring as its hole. Marching squares puts the ring within half a cell (0.05).
      const ring = pathPoints(line.getAttribute('d') ?? '')
        .map(([px, py]) => Math.hypot(toDataX(px), toDataY(py)))
        .filter((r) => r < 0.97);
      expect(ring.length).toBeGreaterThan(8);
      for (const r of ring) expect(Math.abs(r - radius)).toBeLessThan(0.05);
      rings++;
    });
    expect(rings).toBe(4);
  });

  it('shades one cell per grid point, lightest at the minimum and darkest at the maximum', () => {
    const grid = bowl(5);
    const { container } = render(
      <ContourPlot grid={grid} showHeatmap xLabel="a" yLabel="b" ariaLabel="bowl" />,
    );
    const cells = container.querySelectorAll('rect.cr-contour__cell');
    expect(cells).toHaveLength(25);
    const opacity = (i: number) => Number(cells[i].getAttribute('fill-opacity'));
    expect(opacity(12)).toBeCloseTo(0.08, 6);
    expect(opacity(0)).toBeCloseTo(0.8, 6);
    expect(opacity(24)).toBeCloseTo(0.8, 6);
    expect(opacity(7)).toBeGreaterThan(opacity(12));
    expect(opacity(7)).toBeLessThan(opacity(0));
  });

  it('shades a non-finite value as the darkest cell and still draws the finite contours', () => {
    const grid = bowl(5);
    const values = Float64Array.from(grid.values);
    values[0] = Number.NaN;
    const { container } = render(
      <ContourPlot grid={{ ...grid, values }} showHeatmap xLabel="a" yLabel="b" ariaLabel="bowl" />,
    );
    const cells = container.querySelectorAll('rect.cr-contour__cell');
    expect(Number(cells[0].getAttribute('fill-opacity'))).toBeCloseTo(0.8, 6);
    expect(container.querySelectorAll('path.cr-contour__line').length).toBeGreaterThan(0);
  });

  it('puts markers and paths at their data coordinates and lists them in the legend', () => {
    render(
      <ContourPlot
        grid={bowl()}
        xLabel="a"
        yLabel="b"
        ariaLabel="bowl"
        markers={[{ x: 0.5, y: -0.5, label: 'lowest value', kind: 'minimum' }]}
        paths={[
          {
            id: 'p',
            label: 'descent path',
            colorIndex: 1,
            points: [
              { x: -1, y: 1 },
              { x: 0, y: 0 },
              { x: 1e9, y: 0 },
            ],
          },
        ]}
      />,
    );
    const mark = document.querySelector('g.cr-contour__min');
    const [mx, my] = (mark?.getAttribute('transform') ?? '').match(/-?[\d.]+/g)!.map(Number);
    expect(toDataX(mx)).toBeCloseTo(0.5, 9);
    expect(toDataY(my)).toBeCloseTo(-0.5, 9);
    const line = document.querySelector('path.cr-line');
    const pts = pathPoints(line?.getAttribute('d') ?? '');
    expect(pts[0]).toEqual([plotArea().left, plotArea().top]);
    // A point far off the plot is clamped to 10,000 units, so the path leaves the plot visibly.
    expect(pts[2][0]).toBe(1e4);
    expect(screen.getByText('descent path')).toBeTruthy();
    expect(screen.getByText('lowest value')).toBeTruthy();
  });

  it('reports a click in data coordinates, whatever size the plot is drawn at', () => {
    const onPick = vi.fn();
    const { container } = render(
      <ContourPlot grid={bowl()} onPick={onPick} xLabel="a" yLabel="b" ariaLabel="bowl" />,
    );
    const hit = container.querySelector('rect.cr-contour__hit') as SVGRectElement;
    const width = 2 * (plotArea().right - plotArea().left);
    const height = 2 * (plotArea().bottom - plotArea().top);
    hit.getBoundingClientRect = () => ({ left: 100, top: 50, width, height }) as DOMRect;
    fireEvent.click(hit, { clientX: 100 + width / 2, clientY: 50 + height / 4 });
    expect(onPick).toHaveBeenCalledTimes(1);
    const [x, y] = onPick.mock.calls[0] as [number, number];
    expect(x).toBeCloseTo(0, 9);
    expect(y).toBeCloseTo(0.5, 9);
  });

  it('has no click target without onPick and no legend without paths or markers', () => {
    const { container } = render(
      <ContourPlot grid={bowl()} xLabel="a" yLabel="b" ariaLabel="bowl" />,
    );
    expect(container.querySelector('rect.cr-contour__hit')).toBeNull();
    expect(container.querySelector('ul.cr-legend')).toBeNull();
  });
});
