// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineHint } from './OfflineHint';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('OfflineHint', () => {
  it('says what to do only while the browser is offline, following its events', () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    render(<OfflineHint />);
    expect(screen.queryByTestId('offline-hint')).toBeNull();
    onLine.mockReturnValue(false);
    act(() => void window.dispatchEvent(new Event('offline')));
    expect(screen.getByTestId('offline-hint')).toHaveTextContent(
      /offline and has not saved these files yet\. Reconnect and press Retry/,
    );
    onLine.mockReturnValue(true);
    act(() => void window.dispatchEvent(new Event('online')));
    expect(screen.queryByTestId('offline-hint')).toBeNull();
  });
});
