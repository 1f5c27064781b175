// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { LogLogChart } from './LogLogChart';

afterEach(cleanup);

describe('LogLogChart', () => {
  it('draws series, decade ticks on both axes, markers, labelled points and notes', () => {
    const { container } = render(
      <LogLogChart
        ariaLabel="error vs h"
        xLabel="h"
        yLabel="error"
        xDomain={[1e-6, 1e-1]}
        yDomain={[1e-10, 1]}
        series={[
          { id: 'fw', label: 'forward', x: [1e-1, 1e-3, 1e-5], y: [1e-1, 1e-3, 0], colorIndex: 0 },
        ]}
        markers={[{ x: 1e-4, label: 'h = 1e-4' }]}
        points={[{ id: 'best', x: 1e-3, y: 1e-3, label: 'best', colorIndex: 0 }]}
        notes={[{ x: 1e-2, y: 1e-2, text: 'truncation' }]}
      />,
    );
    expect(screen.getByRole('img', { name: 'error vs h' })).toBeTruthy();
    const d = container.querySelector('[data-series="fw"]')!.getAttribute('d')!;
    // The zero error is not drawn: one segment through the two positive points.
    expect(d.match(/[ML]/g)).toHaveLength(2);
    expect(screen.getByText('h = 1e-4')).toBeTruthy();
    expect(screen.getByText('truncation')).toBeTruthy();
    expect(container.querySelector('[data-point="best"]')).toBeTruthy();
    const ticks = Array.from(container.querySelectorAll('.cr-tick')).map((t) => t.textContent);
    expect(ticks).toContain('0.001');
  });
});
