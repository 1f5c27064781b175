// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { lessonStore, type DisposableStore } from './lesson-store';

describe('lessonStore', () => {
  it('creates one store per mount and disposes it on unmount', () => {
    const dispose = vi.fn();
    const created = vi.fn();
    const kit = lessonStore('demo', () => {
      created();
      const store = createStore<{ n: number }>(() => ({ n: 1 }));
      return Object.assign(store, { dispose }) as DisposableStore<{ n: number }>;
    });
    function Show() {
      const n = kit.useLessonStore((s) => s.n);
      const api = kit.useLessonStoreApi();
      return (
        <button type="button" onClick={() => api.setState({ n: n + 1 })}>
          n = {n}
        </button>
      );
    }
    const { unmount, rerender } = render(
      <kit.Provider>
        <Show />
      </kit.Provider>,
    );
    rerender(
      <kit.Provider>
        <Show />
      </kit.Provider>,
    );
    expect(created).toHaveBeenCalledTimes(1);
    act(() => screen.getByRole('button').click());
    expect(screen.getByRole('button').textContent).toBe('n = 2');
    expect(dispose).not.toHaveBeenCalled();
    unmount();
    expect(dispose).toHaveBeenCalledTimes(1);
  });

  it('names the store when used outside its layout', () => {
    const kit = lessonStore('demo', () => {
      throw new Error('not created');
    });
    function Orphan() {
      kit.useLessonStore((s) => s);
      return null;
    }
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Orphan />)).toThrow(/demo store is used outside/);
  });
});
