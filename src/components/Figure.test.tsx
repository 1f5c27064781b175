// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Figure } from './Figure';

afterEach(cleanup);

describe('Figure', () => {
  it('renders a figure with title, body and caption, and the wide class on request', () => {
    const { container } = render(
      <Figure title="Loss" caption="Train vs test" wide id="f1">
        <p>body</p>
      </Figure>,
    );
    const fig = container.querySelector('figure')!;
    expect(fig).toHaveClass('cr-figure', 'cr-figure--wide');
    expect(fig).toHaveAttribute('id', 'f1');
    expect(screen.getByText('Train vs test').tagName).toBe('FIGCAPTION');
    expect(screen.getByText('Loss')).toBeInTheDocument();
    expect(screen.getByText('body')).toBeInTheDocument();
  });
  it('omits the wide class and caption by default', () => {
    const { container } = render(
      <Figure>
        <span>x</span>
      </Figure>,
    );
    expect(container.querySelector('figure')).not.toHaveClass('cr-figure--wide');
    expect(container.querySelector('figcaption')).toBeNull();
  });
});
