// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';
import { lazyFrom, retryFailedDownloads } from './loaders';

afterEach(() => vi.restoreAllMocks());

/** A loader that fails (as a chunk download does offline) until `online` is set. */
function flakyLoader() {
  const state = { online: false, calls: 0 };
  const load = async () => {
    state.calls++;
    if (!state.online) {
      throw new TypeError('Failed to fetch dynamically imported module: /assets/Step-x.js');
    }
    return { default: () => <p>the step</p> };
  };
  return { state, load };
}

function Lesson({ load }: { load: ReturnType<typeof flakyLoader>['load'] }) {
  const [, setTick] = useState(0);
  const Step = lazyFrom(load);
  return (
    <>
      <button type="button" onClick={() => setTick((t) => t + 1)}>
        re-render
      </button>
      <Suspense fallback={<p>Loading the step…</p>}>
        {/* eslint-disable-next-line react-hooks/static-components -- cached per loader */}
        <Step />
      </Suspense>
    </>
  );
}

describe('lazyFrom', () => {
  it('shows a failed download (re-renders do not retry it) and retries after a reset', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { state, load } = flakyLoader();
    render(
      <ErrorBoundary what="lesson">
        <Lesson load={load} />
      </ErrorBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This lesson could not be downloaded');
    expect(alert).toHaveTextContent('Check the connection, then press “Reset this lesson”');
    expect(state.calls).toBe(1);
    state.online = true;
    await act(() => userEvent.click(screen.getByRole('button', { name: 'Reset this lesson' })));
    expect(await screen.findByText('the step')).toBeInTheDocument();
    expect(state.calls).toBe(2);
    await act(() => userEvent.click(screen.getByRole('button', { name: 're-render' })));
    expect(screen.getByText('the step')).toBeInTheDocument();
    expect(state.calls).toBe(2);
  });

  it('re-fetches a stylesheet that failed to load', () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/assets/engine-x.css';
    document.head.append(link);
    expect(link.sheet).toBeNull();
    retryFailedDownloads();
    const now = document.head.querySelector<HTMLLinkElement>('link[rel=stylesheet]');
    expect(now).not.toBe(link);
    expect(now?.getAttribute('href')).toBe('/assets/engine-x.css');
  });
});
