// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PredictReveal } from './PredictReveal';

afterEach(cleanup);

describe('PredictReveal mistakes', () => {
  it('names a known mistake, and says nothing extra for an unknown wrong answer', async () => {
    render(
      <PredictReveal
        question="What is ∂L/∂w2?"
        answer={40}
        explanation="8 · 5"
        mistakes={[{ value: 80, message: 'That is w₁’s chain.' }]}
      />,
    );
    const input = screen.getByLabelText('What is ∂L/∂w2?');
    await userEvent.type(input, '80');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByTestId('predict-mistake')).toHaveTextContent('That is w₁’s chain.');
    await userEvent.clear(input);
    await userEvent.type(input, '7');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.queryByTestId('predict-mistake')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Not quite');
  });
});

describe('PredictReveal controlled by its owner', () => {
  it('shows the answer exactly while isRevealed, and asks the owner to reveal or hide', async () => {
    const onReveal = vi.fn();
    const props = { question: 'Q', answer: 40, explanation: '8 × 5', onReveal };
    const { rerender } = render(<PredictReveal {...props} isRevealed={false} />);
    expect(screen.getByRole('status')).not.toHaveTextContent('The answer');
    expect(screen.queryByText('8 × 5')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Reveal answer' }));
    expect(onReveal).toHaveBeenLastCalledWith(true);
    // Nothing shows until the owner says so.
    expect(screen.queryByText('8 × 5')).toBeNull();
    rerender(<PredictReveal {...props} isRevealed />);
    expect(screen.getByRole('status')).toHaveTextContent('The answer is 40');
    expect(screen.getByText('8 × 5')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Hide answer' }));
    expect(onReveal).toHaveBeenLastCalledWith(false);
    rerender(<PredictReveal {...props} isRevealed={false} />);
    expect(screen.queryByText('8 × 5')).toBeNull();
  });

  it('keeps a reader’s own check on screen when the owner reveals', async () => {
    const props = { question: 'Q', answer: 40, explanation: '8 × 5' };
    const { rerender } = render(<PredictReveal {...props} isRevealed={false} />);
    await userEvent.type(screen.getByLabelText('Q'), '16');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    rerender(<PredictReveal {...props} isRevealed />);
    expect(screen.getByRole('status')).toHaveTextContent('Not quite: you said 16');
    expect(screen.getByText('8 × 5')).toBeInTheDocument();
  });
});
