// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { LineChart } from './LineChart';

afterEach(cleanup);

describe('LineChart markers', () => {
  it('marks a point far above the curves inside the plot, on a log axis, and names it', () => {
    const { container } = render(
      <LineChart
        ariaLabel="loss"
        logY
        height={220}
        series={[{ id: 'tr', label: 'train', x: [1, 2], y: [2.3, 2.38] }]}
        markers={[{ x: 3, y: 87, label: 'diverged: 87.0 at step 3' }]}
      />,
    );
    const dot = container.querySelector('[data-testid="chart-marker"] circle')!;
    const cy = Number(dot.getAttribute('cy'));
    expect(cy).toBeGreaterThanOrEqual(0);
    expect(cy).toBeLessThan(60);
    expect(screen.getByRole('img', { name: /diverged: 87.0 at step 3/ })).toBeInTheDocument();
  });
});
