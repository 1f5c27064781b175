// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
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
