// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { HandRuleFigure } from './HandRuleFigure';

afterEach(cleanup);

/** Two 9s with ink in rows 4–9 and two 4s without. */
function dataset() {
  const images = new Uint8Array(4 * 784);
  for (const i of [0, 1]) images.fill(255, i * 784 + 4 * 28, i * 784 + 4 * 28 + 40);
  return { images, labels: Uint8Array.from([9, 9, 4, 4]), count: 4 };
}

describe('HandRuleFigure', () => {
  it('scores the rule on the test digits and follows the sliders', () => {
    render(<HandRuleFigure data={dataset()} digit={4} other={9} />);
    // Default: rows 4–9, threshold 15, more ink → 9: all four right.
    expect(screen.getByTestId('hand-rule-score')).toHaveTextContent('4 of 4 right: 100.0%');
    fireEvent.change(screen.getByLabelText(/Band: rows/), { target: { value: '12' } });
    expect(screen.getByTestId('hand-rule-score')).toHaveTextContent('2 of 4 right: 50.0%');
  });
});
