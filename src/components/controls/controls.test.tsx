// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Slider } from './Slider';
import { NumberInput } from './NumberInput';
import { Transport } from './Transport';
import { ProgressBar } from './ProgressBar';
import { PredictReveal } from './PredictReveal';

afterEach(cleanup);

describe('Slider', () => {
  it('is labelled and reports clamped values on a linear scale', () => {
    const onChange = vi.fn();
    render(
      <Slider label="Hidden units" value={10} min={1} max={100} step={1} onChange={onChange} />,
    );
    const input = screen.getByLabelText('Hidden units');
    fireEvent.change(input, { target: { value: '42' } });
    expect(onChange).toHaveBeenCalledWith(42);
  });
  it('log scale maps the thumb through decades', () => {
    const onChange = vi.fn();
    render(
      <Slider label="Learning rate" value={0.01} min={1e-4} max={1} log onChange={onChange} />,
    );
    const input = screen.getByLabelText('Learning rate') as HTMLInputElement;
    expect(Number(input.value)).toBe(500);
    expect(input).toHaveAttribute('aria-valuetext', '0.01');
    fireEvent.change(input, { target: { value: '750' } });
    expect(onChange).toHaveBeenCalledWith(0.1);
  });
});

function ControlledLogSlider({
  initial,
  onChange,
}: {
  initial: number;
  onChange: (v: number) => void;
}) {
  const [v, setV] = useState(initial);
  return (
    <Slider
      label="Learning rate"
      value={v}
      min={0.001}
      max={100}
      log
      onChange={(x) => {
        setV(x);
        onChange(x);
      }}
    />
  );
}

describe('Slider arrow keys on a log scale', () => {
  it('← and → move to the neighbouring two-digit value', () => {
    const onChange = vi.fn();
    render(<ControlledLogSlider initial={0.5} onChange={onChange} />);
    const input = screen.getByLabelText('Learning rate');
    fireEvent.keyDown(input, { key: 'ArrowLeft' });
    expect(onChange).toHaveBeenLastCalledWith(0.49);
    fireEvent.keyDown(input, { key: 'ArrowRight' });
    fireEvent.keyDown(input, { key: 'ArrowRight' });
    expect(onChange).toHaveBeenLastCalledWith(0.51);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(onChange).toHaveBeenLastCalledWith(0.5);
  });

  it('every value from the minimum to the maximum is reached one press at a time, both ways', () => {
    const seen: number[] = [];
    render(<ControlledLogSlider initial={0.001} onChange={(v) => seen.push(v)} />);
    const input = screen.getByLabelText('Learning rate');
    for (let i = 0; i < 460 && seen.at(-1) !== 100; i++)
      fireEvent.keyDown(input, { key: 'ArrowRight' });
    // 0.0010 … 0.0099 is 90 values per decade for 5 decades, then 100 itself.
    expect(seen).toHaveLength(450);
    expect(seen.at(-1)).toBe(100);
    expect(seen.every((v, i) => i === 0 || v > seen[i - 1])).toBe(true);
    fireEvent.keyDown(input, { key: 'ArrowRight' });
    expect(seen).toHaveLength(450);
    seen.length = 0;
    for (let i = 0; i < 460 && seen.at(-1) !== 0.001; i++) {
      fireEvent.keyDown(input, { key: 'ArrowLeft' });
    }
    expect(seen).toHaveLength(450);
    expect(seen.every((v, i) => i === 0 || v < seen[i - 1])).toBe(true);
  }, 30_000);
});

function ControlledNumber({ onChange }: { onChange: (v: number) => void }) {
  const [v, setV] = useState(5);
  return (
    <NumberInput
      label="Epochs"
      value={v}
      min={1}
      max={20}
      step={1}
      onChange={(x) => {
        setV(x);
        onChange(x);
      }}
    />
  );
}

describe('NumberInput', () => {
  it('a whole-number field rounds a fraction at the field and says so', async () => {
    const onChange = vi.fn();
    render(
      <NumberInput
        label="Batch size"
        value={64}
        min={1}
        max={1024}
        isInteger
        onChange={onChange}
      />,
    );
    const user = userEvent.setup();
    const input = screen.getByLabelText('Batch size');
    await user.clear(input);
    await user.type(input, '1.5{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(2);
    expect(input).toHaveValue('2');
    expect(screen.getByRole('status')).toHaveTextContent('Rounded to 2 (whole numbers only).');
    await user.clear(input);
    await user.type(input, '0.2{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(1);
    expect(screen.getByRole('status')).toHaveTextContent(/Clamped to 1/);
  });

  it('clamps out-of-range values and says so', async () => {
    const onChange = vi.fn();
    render(<ControlledNumber onChange={onChange} />);
    const user = userEvent.setup();
    const input = screen.getByLabelText('Epochs');
    await user.clear(input);
    await user.type(input, '99{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(20);
    expect(screen.getByRole('status')).toHaveTextContent(/Clamped to 20/);
    expect(input).toHaveValue('20');
  });
  it('rejects NaN/empty with a visible message and keeps the last good value', async () => {
    const onChange = vi.fn();
    render(<ControlledNumber onChange={onChange} />);
    const user = userEvent.setup();
    const input = screen.getByLabelText('Epochs');
    await user.clear(input);
    await user.type(input, 'abc{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(/not a number.*Keeping 5/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.clear(input);
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent(/Enter a number/);
    expect(onChange).not.toHaveBeenCalled();
  });
  it('arrow keys step within bounds', async () => {
    const onChange = vi.fn();
    render(<ControlledNumber onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Epochs'));
    await user.keyboard('{ArrowUp}');
    expect(onChange).toHaveBeenLastCalledWith(6);
  });
});

describe('Transport', () => {
  it('buttons and figure-scoped shortcuts call back', async () => {
    const cb = { onPlayPause: vi.fn(), onStep: vi.fn(), onReset: vi.fn() };
    render(
      <figure>
        <input aria-label="other" />
        <Transport isPlaying={false} {...cb} />
      </figure>,
    );
    const user = userEvent.setup();
    const play = screen.getByRole('button', { name: /Play/ });
    expect(play).toHaveAttribute('aria-keyshortcuts', 'Space K');
    await user.click(play);
    expect(cb.onPlayPause).toHaveBeenCalledTimes(1);
    await user.keyboard('k');
    expect(cb.onPlayPause).toHaveBeenCalledTimes(2);
    await user.keyboard(' ');
    expect(cb.onPlayPause).toHaveBeenCalledTimes(3);
    await user.keyboard('{ArrowRight}.');
    expect(cb.onStep).toHaveBeenCalledTimes(2);
    await user.keyboard('r');
    expect(cb.onReset).toHaveBeenCalledTimes(1);
    await user.click(screen.getByLabelText('other'));
    await user.keyboard('k');
    expect(cb.onPlayPause).toHaveBeenCalledTimes(3);
  });
  it('disables stepping at the end', () => {
    render(
      <Transport
        isPlaying={false}
        isAtEnd
        onPlayPause={vi.fn()}
        onStep={vi.fn()}
        onReset={vi.fn()}
      />,
    );
    expect(screen.getByRole('button', { name: /Step/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: /Reset/ })).toBeEnabled();
  });
});

describe('ProgressBar', () => {
  it('exposes progressbar values and a byte label', () => {
    render(<ProgressBar label="Downloading MNIST" value={1536} max={3 * 1024 * 1024} isBytes />);
    const bar = screen.getByRole('progressbar', { name: 'Downloading MNIST' });
    expect(bar).toHaveAttribute('aria-valuenow', '1536');
    expect(bar).toHaveAttribute('aria-valuemax', String(3 * 1024 * 1024));
    expect(screen.getByText('1.5 kB of 3.0 MB')).toBeInTheDocument();
  });
});

describe('PredictReveal', () => {
  it('checks a guess against the engine answer within tolerance and explains', async () => {
    const onCheck = vi.fn();
    render(
      <PredictReveal
        question="What is ∂L/∂w1?"
        answer={80}
        explanation="5·1·2·8 = 80"
        onCheck={onCheck}
      />,
    );
    const user = userEvent.setup();
    const input = screen.getByLabelText('What is ∂L/∂w1?');
    await user.type(input, '40');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent('✗ Not quite');
    expect(onCheck).toHaveBeenLastCalledWith(false);
    await user.clear(input);
    await user.type(input, '80.00001{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('✓ Correct');
    expect(screen.getByText('5·1·2·8 = 80')).toBeInTheDocument();
  });
  it('rejects non-numbers and can reveal', async () => {
    render(<PredictReveal question="Q" answer={0.731} explanation="σ(1)" />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent('Enter a number');
    expect(screen.queryByText('σ(1)')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reveal answer' }));
    expect(screen.getByRole('status')).toHaveTextContent('The answer is 0.731');
    expect(screen.getByText('σ(1)')).toBeInTheDocument();
  });
});
