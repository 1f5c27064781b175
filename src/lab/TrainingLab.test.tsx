// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { INITIAL_SNAPSHOT, type TrainingSnapshot } from '../worker';
import { LabStats } from './LabStats';
import TrainingLab from './TrainingLab';

const text = (testId: string) => screen.getByTestId(testId).textContent;

describe('TrainingLab', () => {
  afterEach(cleanup);

  it('renders idle read-outs and the frame meter', () => {
    render(<TrainingLab />);
    expect(screen.getByRole('heading', { name: 'Training lab' })).toBeInTheDocument();
    expect(text('lab-status')).toBe('idle');
    expect(text('lab-iteration')).toBe('0');
    expect(text('lab-test-accuracy')).toBe('–');
    expect(text('lab-wall-ms')).toBe('–');
    expect(
      Number(screen.getByTestId('lab-frames').getAttribute('data-frames')),
    ).toBeGreaterThanOrEqual(0);
  });

  it('shows a clear error with a retry when no worker can start', async () => {
    // jsdom has no Worker: the client must turn that into a message, not an uncaught error.
    render(<TrainingLab />);
    await userEvent.click(screen.getByTestId('train-linear'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Could not start the training worker: /,
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('LabStats', () => {
  afterEach(cleanup);

  it('shows each number of the snapshot in its read-out', () => {
    const snapshot: TrainingSnapshot = {
      ...INITIAL_SNAPSHOT,
      status: 'paused',
      loading: { loadedBytes: 1_500_000, totalBytes: 3_000_000 },
      progress: {
        iteration: 42,
        epoch: 0.125,
        batchLoss: 0.56789,
        trainAccuracy: 0.8765,
        testAccuracy: 0.9,
        testLoss: 0.3,
        samplesPerSecond: 1234.6,
        trainMs: 987.4,
      },
      lastEval: { testLoss: 0.3, testAccuracy: 0.91234, count: 10000, iteration: 40 },
    };
    render(<LabStats snapshot={snapshot} wallMs={2048.7} />);
    expect(text('lab-status')).toBe('paused');
    expect(text('lab-loading')).toBe('1.50 / 3.00 MB');
    expect(text('lab-iteration')).toBe('42');
    expect(text('lab-epoch')).toBe('0.125');
    expect(text('lab-loss')).toBe('0.5679');
    expect(text('lab-train-accuracy')).toBe('0.8765');
    expect(text('lab-test-accuracy')).toBe('0.9123');
    expect(text('lab-samples-per-second')).toBe('1235');
    expect(text('lab-train-ms')).toBe('987');
    expect(text('lab-wall-ms')).toBe('2049');
  });
});
