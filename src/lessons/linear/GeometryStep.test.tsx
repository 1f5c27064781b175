// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GeometryStep } from './GeometryStep';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('GeometryStep', () => {
  it("offers one slider per number of the chosen class's score, and a moved slider sets that number", () => {
    // jsdom has no 2D canvas: the region field simply is not painted.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    render(<GeometryStep cls={2} onClass={vi.fn()} />);
    const w1 = screen.getByLabelText('w2,1 (x₁ weight)');
    const w1Before = w1.getAttribute('aria-valuetext');
    const w2 = screen.getByLabelText('w2,2 (x₂ weight)');
    const bias = screen.getByLabelText('b2 (bias)');
    fireEvent.change(bias, { target: { value: '3' } });
    expect(bias).toHaveAttribute('aria-valuetext', '3.00');
    fireEvent.change(w2, { target: { value: '-1.5' } });
    expect(w2).toHaveAttribute('aria-valuetext', '-1.50');
    // The first weight was not touched by either move.
    expect(w1).toHaveAttribute('aria-valuetext', w1Before);
    expect(bias).toHaveAttribute('aria-valuetext', '3.00');
  });

  it('draws the decision lines where two scores tie, and they move with the bias', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    render(<GeometryStep cls={2} onClass={vi.fn()} />);
    const lines = () => screen.getAllByTestId('boundary-line').map((p) => p.getAttribute('d'));
    const before = lines();
    expect(before).toHaveLength(3);
    for (const d of before) expect(d).toMatch(/^M/);
    fireEvent.change(screen.getByLabelText('b2 (bias)'), { target: { value: '3' } });
    expect(lines()[2]).not.toBe(before[2]);
  });
});
