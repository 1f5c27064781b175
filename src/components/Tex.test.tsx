// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Tex, renderTex } from './Tex';

afterEach(cleanup);

describe('Tex', () => {
  it('renders inline and display KaTeX', () => {
    const { container } = render(
      <>
        <Tex tex="\frac{a}{b}" />
        <Tex tex="x^2" display />
      </>,
    );
    expect(container.querySelector('span.cr-tex .katex')).not.toBeNull();
    expect(container.querySelector('div.cr-tex .katex-display')).not.toBeNull();
  });

  it('shows an inline error for invalid TeX without throwing', () => {
    render(
      <p>
        before <Tex tex="\frac{a" /> after
      </p>,
    );
    const note = screen.getByRole('note');
    expect(note).toHaveClass('cr-tex-error');
    expect(note.textContent).toContain('\\frac{a');
    expect(note.textContent).toMatch(/formula error/);
    expect(screen.getByText(/after/)).toBeInTheDocument();
  });

  it('renderTex reports errors as values', () => {
    expect(renderTex('\\notacommand{', false)).toHaveProperty('error');
    expect(renderTex('a+b', false)).toHaveProperty('html');
  });
});
