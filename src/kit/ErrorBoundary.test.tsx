// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FigureBoundary } from './ErrorBoundary';

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('the widget broke');
  return <p>figure works</p>;
}

afterEach(() => vi.restoreAllMocks());

describe('FigureBoundary', () => {
  it('shows the failure and a reset that re-mounts the figure, while siblings keep working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error in dev
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const onReset = vi.fn();
    shouldThrow = true;
    render(
      <>
        <FigureBoundary onReset={onReset}>
          <Fragile />
        </FigureBoundary>
        <p>the rest of the page</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This figure stopped working. the widget broke',
    );
    expect(screen.getByText('the rest of the page')).toBeInTheDocument();
    expect(warn).toHaveBeenCalled();
    shouldThrow = false;
    await act(() => userEvent.click(screen.getByRole('button', { name: 'Reset this figure' })));
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(screen.getByText('figure works')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
