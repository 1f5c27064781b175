// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import TrainingLab from './TrainingLab';

describe('TrainingLab', () => {
  afterEach(cleanup);

  it('renders idle read-outs and the frame meter', () => {
    render(<TrainingLab />);
    expect(screen.getByRole('heading', { name: 'Training lab' })).toBeInTheDocument();
    expect(screen.getByTestId('lab-status')).toHaveTextContent('idle');
    expect(screen.getByTestId('lab-iteration')).toHaveTextContent('0');
    expect(screen.getByTestId('lab-frames')).toHaveAttribute('data-frames');
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
