// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { MnistDataset } from '../../data/mnist-types';
import { DataGate } from './DataGate';
import { ScoresTable } from './ScoresTable';
import { getTestSet, resetTestSetForTests, type TestSetLoader } from '../../kit/mnist-test-set';

afterEach(() => {
  cleanup();
  resetTestSetForTests();
});

describe('ScoresTable', () => {
  const scores = {
    dots: Float32Array.from([1, 2, 0.5]),
    scores: Float32Array.from([1.5, 1.75, 0.25]),
    predicted: 1,
  };

  it('shows w·x, the bias (score − w·x) and the score of every class', () => {
    render(<ScoresTable scores={scores} caption="Scores" />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent(/0\s*1\s*0.5\s*1.5/);
    expect(rows[2]).toHaveTextContent(/2\s*0.5\s*−0.25\s*0.25/);
  });

  it('marks the highest score in words, and says whether the true label won', () => {
    const { rerender } = render(<ScoresTable scores={scores} label={1} caption="Scores" />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[1]).toHaveTextContent('highest: predicted');
    expect(rows[1]).toHaveTextContent('✓ true label');
    rerender(<ScoresTable scores={scores} label={2} caption="Scores" />);
    expect(screen.getAllByRole('row')[3]).toHaveTextContent('✗ true label');
  });
});

describe('DataGate and the test-set store', () => {
  const data: MnistDataset = {
    images: new Uint8Array(784),
    labels: Uint8Array.from([7]),
    count: 1,
  };

  it('shows download progress, then the content', async () => {
    let finish: (d: MnistDataset) => void = () => undefined;
    const loader: TestSetLoader = (_split, opts) =>
      new Promise((resolve) => {
        opts?.onProgress?.({ loadedBytes: 512, totalBytes: 2048 });
        finish = resolve;
      });
    resetTestSetForTests(loader);
    render(<DataGate>{(d) => <p>{d.count} digit loaded</p>}</DataGate>);
    expect(await screen.findByRole('progressbar')).toHaveAttribute('aria-valuenow', '512');
    await act(async () => finish(data));
    expect(screen.getByText('1 digit loaded')).toBeInTheDocument();
  });

  it('shows the loader error with a Retry that loads again', async () => {
    let calls = 0;
    const loader: TestSetLoader = () => {
      calls++;
      return calls === 1
        ? Promise.reject(new Error('Could not load MNIST test images (HTTP 404).'))
        : Promise.resolve(data);
    };
    resetTestSetForTests(loader);
    render(<DataGate>{(d) => <p>{d.count} digit loaded</p>}</DataGate>);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load MNIST test images (HTTP 404).',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('1 digit loaded')).toBeInTheDocument();
    expect(calls).toBe(2);
    expect(getTestSet().status).toBe('ready');
  });
});
