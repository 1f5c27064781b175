// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { useThrottled } from './TrainFigure';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useThrottled', () => {
  it('passes a stream of values on at most once per interval, and the latest always arrives', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ v }) => useThrottled(v, 250), {
      initialProps: { v: 0 },
    });
    act(() => void vi.advanceTimersByTime(0));
    const seen: number[] = [];
    for (let v = 1; v <= 30; v++) {
      rerender({ v });
      act(() => void vi.advanceTimersByTime(33));
      if (seen[seen.length - 1] !== result.current) seen.push(result.current);
    }
    // 30 values over ~1 s: about four updates, not thirty.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.length).toBeLessThanOrEqual(6);
    act(() => void vi.advanceTimersByTime(300));
    expect(result.current).toBe(30);
  });
});
