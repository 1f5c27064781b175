// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { parseExpression } from '../../engine/expr';
import { ExpressionField } from './ExpressionField';

afterEach(cleanup);

function errorOf(text: string) {
  const parsed = parseExpression(text);
  return parsed.ok ? null : parsed.error;
}

describe('ExpressionField', () => {
  it('points a caret at the parser’s error position and announces the message', () => {
    const error = errorOf('x*(y');
    expect(error).not.toBeNull();
    render(
      <ExpressionField value="x*(y" onChange={() => undefined} error={error} maxLength={50} />,
    );
    const input = screen.getByRole('textbox', { name: 'Expression' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-describedby', screen.getByRole('alert').id);
    const echo = document.querySelector('.cr-expr__echo')?.textContent ?? '';
    const [line, carets] = echo.split('\n');
    expect(line.trimEnd()).toBe('x*(y');
    expect(carets.indexOf('^')).toBe(error!.position);
  });

  it('shows no error for valid text and reports every edit', () => {
    const onChange = vi.fn();
    render(
      <ExpressionField value="x*y" onChange={onChange} error={errorOf('x*y')} maxLength={50} />,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    const input = screen.getByRole('textbox', { name: 'Expression' });
    expect(input).not.toHaveAttribute('aria-invalid');
    fireEvent.change(input, { target: { value: 'x*y+1' } });
    expect(onChange).toHaveBeenCalledWith('x*y+1');
  });
});
