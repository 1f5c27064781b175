// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdateBanner } from './UpdateBanner';
import { useUpdateState } from './update-store';

afterEach(() => {
  cleanup();
  useUpdateState.setState({ isUpdateReady: false, isDismissed: false });
});

describe('UpdateBanner', () => {
  it('shows nothing until a new version waits, then asks before reloading', async () => {
    const apply = vi.fn();
    render(<UpdateBanner />);
    expect(screen.queryByTestId('update-banner')).toBeNull();
    act(() => useUpdateState.getState().setUpdateReady(apply));
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version is ready: reload when convenient.',
    );
    expect(apply).not.toHaveBeenCalled();
    await act(() => userEvent.click(screen.getByRole('button', { name: 'Reload now' })));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('"Later" hides it until the next new version', async () => {
    render(<UpdateBanner />);
    act(() => useUpdateState.getState().setUpdateReady(() => undefined));
    await act(() => userEvent.click(screen.getByRole('button', { name: 'Later' })));
    expect(screen.queryByTestId('update-banner')).toBeNull();
    act(() => useUpdateState.getState().setUpdateReady(() => undefined));
    expect(screen.getByTestId('update-banner')).toBeVisible();
  });
});
