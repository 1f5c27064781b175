// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useReducedMotion, useThemeVersion } from './hooks';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute('data-theme');
});

function Probe() {
  const version = useThemeVersion();
  const isReduced = useReducedMotion();
  return <p>{`theme ${version} reduced ${isReduced}`}</p>;
}

describe('hooks', () => {
  it('useThemeVersion counts data-theme changes', async () => {
    render(<Probe />);
    expect(screen.getByText(/theme 0/)).toBeInTheDocument();
    await act(async () => {
      document.documentElement.setAttribute('data-theme', 'dark');
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(screen.getByText(/theme 1/)).toBeInTheDocument();
  });

  it('useReducedMotion follows the media query, including later changes', () => {
    let listener: (() => void) | null = null;
    const mq = {
      matches: false,
      addEventListener: (_: string, l: () => void) => {
        listener = l;
      },
      removeEventListener: vi.fn(),
    };
    vi.stubGlobal('matchMedia', vi.fn().mockReturnValue(mq));
    render(<Probe />);
    expect(screen.getByText(/reduced false/)).toBeInTheDocument();
    act(() => {
      mq.matches = true;
      listener?.();
    });
    expect(screen.getByText(/reduced true/)).toBeInTheDocument();
  });
});
