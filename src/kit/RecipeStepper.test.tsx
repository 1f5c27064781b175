// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RECIPE_STEPS, RecipeStepper } from './RecipeStepper';

afterEach(cleanup);

describe('RecipeStepper', () => {
  it('lists the five steps of the recipe in order', () => {
    render(<RecipeStepper done={[]} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-step'))).toEqual([
      'data',
      'model',
      'loss',
      'train',
      'evaluate',
    ]);
    expect(items[0]).toHaveTextContent('Collect training pairs');
    expect(items[4]).toHaveTextContent('Evaluate on unseen test data');
    expect(RECIPE_STEPS).toHaveLength(5);
  });

  it('ticks off exactly the done steps, in words as well as with a mark', () => {
    render(<RecipeStepper done={['model', 'data']} />);
    const nav = screen.getByRole('navigation', { name: /2 of 5 steps done/ });
    const items = within(nav).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('(done)');
    expect(items[1]).toHaveTextContent('(done)');
    expect(items[2]).toHaveTextContent('(not yet)');
    expect(items[0]).toHaveClass('is-done');
    expect(items[3]).not.toHaveClass('is-done');
  });

  it('marks the current step with aria-current', () => {
    render(<RecipeStepper done={[]} current="loss" />);
    const current = screen
      .getAllByRole('listitem')
      .filter((li) => li.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveAttribute('data-step', 'loss');
  });

  it('offers buttons only when the lesson passes onSelect, and reports the picked step', async () => {
    const { rerender } = render(<RecipeStepper done={[]} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    const onSelect = vi.fn();
    rerender(<RecipeStepper done={[]} onSelect={onSelect} />);
    // NOTE: jsdom cannot compute accessible names through KaTeX markup, so find the button by its text.
    const train = screen.getAllByRole('button')[3];
    expect(train).toHaveTextContent('Train');
    await userEvent.click(train);
    expect(onSelect).toHaveBeenCalledWith('train');
  });

  it('can be placed without the sticky behaviour', () => {
    render(<RecipeStepper done={[]} isSticky={false} />);
    expect(screen.getByRole('navigation')).not.toHaveClass('is-sticky');
  });
});
