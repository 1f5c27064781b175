// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MatrixHeatmap, maxAbsRows } from './MatrixHeatmap';

afterEach(cleanup);

describe('MatrixHeatmap', () => {
  const values = [
    [1, -2, 0],
    [0.5, 3, -1],
  ];

  it('shows every value, marks the highlighted cell and reports picks', () => {
    const onSelect = vi.fn();
    render(
      <MatrixHeatmap
        values={values}
        ariaLabel="J"
        highlight={{ row: 1, col: 2 }}
        onSelect={onSelect}
      />,
    );
    expect(screen.getByRole('table', { name: 'J' })).toBeTruthy();
    const on = screen.getByRole('button', { name: 'row 2, column 3: −1' });
    expect(on.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'row 1, column 2: −2' }));
    expect(onSelect).toHaveBeenCalledWith(0, 1);
  });

  it('colours by |value| / scale: zero is the zero colour, the largest is the full (35%) mix', () => {
    const { container } = render(<MatrixHeatmap values={values} ariaLabel="J" />);
    const cells = container.querySelectorAll('td.cr-heatmap__cell');
    expect(cells).toHaveLength(6);
    expect((cells[2] as HTMLElement).style.background).toContain('0%');
    expect((cells[4] as HTMLElement).style.background).toContain('35%');
    expect(maxAbsRows(values)).toBe(3);
  });
});
