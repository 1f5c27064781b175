// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { LineChart, seriesExtent } from './LineChart';
import { FunctionPlot, sampleFunction } from './FunctionPlot';
import { DecisionBoundary, gridPoints } from './DecisionBoundary';
import { tickValues } from './axes';
import { scaleLog } from 'd3';

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('LineChart', () => {
  it('draws one path per series, a legend with latest values and an accessible summary', () => {
    const { container } = render(
      <LineChart
        ariaLabel="loss"
        xLabel="step"
        yLabel="loss"
        series={[
          { id: 'tr', label: 'train', y: [2, 1, 0.5] },
          { id: 'te', label: 'test', y: [2.2, 1.4], dashed: true },
        ]}
      />,
    );
    expect(container.querySelectorAll('path.cr-line')).toHaveLength(2);
    expect(
      screen.getByRole('img', { name: 'loss: train latest 0.5, test latest 1.4' }),
    ).toBeInTheDocument();
    expect(container.querySelector('[data-series="te"]')).toHaveAttribute(
      'stroke-dasharray',
      '7 5',
    );
    expect(screen.getByText('step')).toBeInTheDocument();
  });

  it('appending to one series changes only that path while the domain is unchanged', () => {
    const train = [1, 0.8, 0.6];
    const test = [1, 0.9];
    const { container, rerender } = render(
      <LineChart
        ariaLabel="l"
        yDomain={[0, 1]}
        series={[
          { id: 'a', label: 'a', y: train },
          { id: 'b', label: 'b', y: test },
        ]}
      />,
    );
    const before = container.querySelector('[data-series="a"]')!.getAttribute('d');
    const beforeB = container.querySelector('[data-series="b"]')!.getAttribute('d');
    rerender(
      <LineChart
        ariaLabel="l"
        yDomain={[0, 1]}
        series={[
          { id: 'a', label: 'a', y: train },
          { id: 'b', label: 'b', y: [...test, 0.7] },
        ]}
      />,
    );
    expect(container.querySelector('[data-series="a"]')!.getAttribute('d')).toBe(before);
    expect(container.querySelector('[data-series="b"]')!.getAttribute('d')).not.toBe(beforeB);
  });

  it('log scale skips non-positive values and ticks by decade', () => {
    expect(seriesExtent([{ id: 'a', label: 'a', y: [0, 10, 0.01] }], true)).toEqual([
      1, 2, 0.01, 10,
    ]);
    expect(tickValues(scaleLog().domain([0.01, 10]), 5, true)).toEqual([0.01, 0.1, 1, 10]);
    const { container } = render(
      <LineChart ariaLabel="l" logY series={[{ id: 'a', label: 'a', y: [1, 0.1, 0.01] }]} />,
    );
    expect(container.querySelector('[data-series="a"]')!.getAttribute('d')).toMatch(/^M/);
  });
});

describe('FunctionPlot', () => {
  it('sampleFunction keeps non-finite samples (the plot breaks its line there)', () => {
    const pts = sampleFunction((x) => 1 / x, [-1, 1], 3);
    expect(pts.map((p) => p.y)).toEqual([-1, Infinity, 1]);
  });

  it('samples functions including the kink at 0 and draws them with a marker', () => {
    const pts = sampleFunction((x) => Math.max(0, x), [-6, 6], 241);
    expect(pts[120]).toEqual({ x: 0, y: 0 });
    const { container } = render(
      <FunctionPlot
        ariaLabel="ReLU"
        xDomain={[-6, 6]}
        markX={1}
        functions={[
          { label: 'ReLU', fn: (x) => Math.max(0, x) },
          { label: 'ReLU′', fn: (x) => (x > 0 ? 1 : 0), dashed: true },
        ]}
      />,
    );
    expect(container.querySelectorAll('path.cr-line')).toHaveLength(2);
    expect(screen.getByTestId('plot-mark')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'ReLU: ReLU, ReLU′' })).toBeInTheDocument();
  });
});

describe('DecisionBoundary', () => {
  it('orders grid points row-major from the top and draws points with class shapes', () => {
    const g = gridPoints(2, [0, 2], [0, 2]);
    expect(Array.from(g)).toEqual([0.5, 1.5, 1.5, 1.5, 0.5, 0.5, 1.5, 0.5]);
    const { container } = render(
      <DecisionBoundary
        ariaLabel="boundary"
        gridSize={2}
        cells={new Uint8Array([0, 1, 0, 1])}
        xDomain={[0, 2]}
        yDomain={[0, 2]}
        points={[
          { x: 0.5, y: 0.5, label: 0 },
          { x: 1.5, y: 1.5, label: 1 },
        ]}
      />,
    );
    const pts = container.querySelectorAll('path.cr-point[data-class]');
    expect(pts).toHaveLength(2);
    expect(pts[0].getAttribute('d')).not.toBe(pts[1].getAttribute('d'));
    expect(
      screen.getByRole('img', { name: 'boundary: 2 points in 2 classes' }),
    ).toBeInTheDocument();
    expect(container.querySelector('canvas')).toHaveAttribute('width', '2');
  });

  it('paints the field through a canvas context when there is one', () => {
    const putImageData = vi.fn();
    const ctx = {
      createImageData: (w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4) }),
      putImageData,
    };
    vi.mocked(HTMLCanvasElement.prototype.getContext).mockReturnValue(
      ctx as unknown as CanvasRenderingContext2D,
    );
    render(
      <DecisionBoundary
        ariaLabel="b"
        gridSize={3}
        cells={new Float32Array(9).fill(0.9)}
        xDomain={[0, 1]}
        yDomain={[0, 1]}
        points={[]}
      />,
    );
    expect(putImageData).toHaveBeenCalledTimes(1);
    const img = putImageData.mock.calls[0][0] as { data: Uint8ClampedArray };
    expect(img.data[3]).toBe(255);
  });
});
