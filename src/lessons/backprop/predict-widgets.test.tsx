// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BugPredict, failingBugs } from './BugPredict';
import { DeadReluPredict } from './DeadReluPredict';
import { SubStepProvider, SubStepRegistry } from '../../kit/substeps';

afterEach(cleanup);

const INPUTS = { x: 5, w1: 1, w2: 2, y: 2 };

describe('DeadReluPredict', () => {
  it('answers 0 from the engine and names the forgotten ReLU gate', async () => {
    const onChange = vi.fn();
    render(<DeadReluPredict inputs={INPUTS} onChange={onChange} />);
    const input = screen.getByRole('textbox');
    // Without the gate: (ŷ − y) · w₂ · x = (2·1·(−3) − 2) · 2 · (−3) = 48.
    await userEvent.type(input, '48');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByTestId('predict-mistake')).toHaveTextContent('without the ReLU');
    await userEvent.clear(input);
    await userEvent.type(input, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText(/Correct: 0/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Set x = -3/ }));
    expect(onChange).toHaveBeenCalledWith({ ...INPUTS, x: -3 });
  });
});

describe('DeadReluPredict on the clicker', () => {
  function Stateful({ registry }: { registry: SubStepRegistry }) {
    const [inputs, setInputs] = useState(INPUTS);
    return (
      <SubStepProvider registry={registry}>
        <DeadReluPredict inputs={inputs} onChange={setInputs} />
        <span data-testid="x">{inputs.x}</span>
      </SubStepProvider>
    );
  }

  it('asks first, reveals the answer and sets x = −3 on a press, and undoes both on Back', () => {
    const registry = new SubStepRegistry();
    render(<Stateful registry={registry} />);
    expect(screen.queryByText(/The answer is/)).toBeNull();
    act(() => void registry.next());
    expect(screen.getByText(/The answer is/)).toHaveTextContent('The answer is 0.');
    expect(screen.getByTestId('x')).toHaveTextContent('-3');
    expect(registry.next()).toBe(false);
    act(() => void registry.prev());
    expect(screen.queryByText(/The answer is/)).toBeNull();
    expect(screen.getByTestId('x')).toHaveTextContent('5');
  });
});

describe('BugPredict', () => {
  it('takes the truth from the engine’s gradient checks', async () => {
    expect(failingBugs(INPUTS)).toBe('both');
    // Behind a blocked ReLU the upstream is 0: the swap hides, forgetting the upstream does not.
    expect(failingBugs({ ...INPUTS, x: -3 })).toBe('no-upstream');
    render(<BugPredict inputs={INPUTS} />);
    await userEvent.click(screen.getByRole('radio', { name: /neither/ }));
    expect(screen.getByRole('status')).toHaveTextContent('✗ Not here');
    await userEvent.click(screen.getByRole('radio', { name: 'both bugs' }));
    expect(screen.getByRole('status')).toHaveTextContent('✓ Right');
  });
});
