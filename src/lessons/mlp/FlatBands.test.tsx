// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { FunctionPlot } from '../../components/charts/FunctionPlot';
import { flatRegions, sampleCurve, type CurveName } from './activation-curves';
import { FlatBands } from './FlatBands';

afterEach(cleanup);

const RANGE: [number, number] = [-6, 6];

function show(name: CurveName) {
  const curve = sampleCurve(name, -6, 6, 241);
  const points = curve.x.map((x, i) => ({ x, y: curve.dy[i] }));
  return render(
    <FlatBands regions={flatRegions(curve)} xDomain={RANGE}>
      <FunctionPlot functions={[{ label: 'f′', points }]} xDomain={RANGE} ariaLabel={name} />
    </FlatBands>,
  );
}

/** [left, right] of each shaded band, in the plot's x units (read back through its drawing size). */
function bands(container: HTMLElement, kind: string): [number, number][] {
  const svg = container.querySelector('svg.cr-chart__svg')!;
  const width = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
  const toX = (px: number) => -6 + (12 * (px - 58)) / (width - 58 - 16);
  return Array.from(container.querySelectorAll(`rect[data-kind="${kind}"]`), (r) => {
    const x = Number(r.getAttribute('x'));
    return [toX(x), toX(x + Number(r.getAttribute('width')))];
  });
}

describe('FlatBands', () => {
  it('shades ReLU’s dead half, x < 0, and keys it', () => {
    const { container } = show('relu');
    const dead = bands(container, 'dead');
    expect(dead).toHaveLength(1);
    expect(dead[0][0]).toBeCloseTo(-6, 9);
    expect(dead[0][1]).toBeCloseTo(0, 9);
    expect(bands(container, 'saturated')).toEqual([]);
    expect(screen.getByText(/dead: f′ = 0/)).toBeTruthy();
    expect(screen.getByRole('group').getAttribute('aria-label')).toBe('Shaded: dead for x < 0.00.');
  });

  it('shades both saturated tails of the sigmoid, symmetric about 0', () => {
    const { container } = show('sigmoid');
    const sat = bands(container, 'saturated');
    expect(sat).toHaveLength(2);
    expect(sat[0][0]).toBeCloseTo(-6, 9);
    expect(sat[1][1]).toBeCloseTo(6, 9);
    expect(sat[0][1]).toBeCloseTo(-sat[1][0], 9);
    // σ′(x) = σ(x)(1 − σ(x)) falls below 5% of its peak 1/4 where |x| > about 4.36.
    expect(Math.abs(sat[1][0])).toBeGreaterThan(4.2);
    expect(Math.abs(sat[1][0])).toBeLessThan(4.5);
    expect(screen.getByText(/saturated: f′ below 5% of its peak/)).toBeTruthy();
  });

  it('shades nothing for the leaky ReLU and says so', () => {
    const { container } = show('leakyRelu');
    expect(container.querySelectorAll('rect.mlp-band')).toHaveLength(0);
    expect(
      screen.getByText('No flat region on [−6, 6]: the gradient never vanishes here.'),
    ).toBeTruthy();
  });
});
