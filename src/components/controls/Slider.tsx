/** A labelled range slider with a live value readout; linear or log scale (learning rates). */
import { controlName } from './control-name';
import { useId, type KeyboardEvent } from 'react';
import { formatNumber } from '../format';
import {
  fromPosition,
  roundSignificant,
  snapToStep,
  stepSignificant,
  toPosition,
} from './validate';
import './controls.css';

/** Props of {@link Slider}. */
export interface SliderProps {
  /** Visible label. */
  label: string;
  /** Current value. */
  value: number;
  /** Smallest value (must be > 0 for log). */
  min: number;
  /** Largest value. */
  max: number;
  /** Step on a linear scale (default (max−min)/100); ignored on log scale. */
  step?: number;
  /** Log10 scale: the thumb moves evenly through decades. */
  log?: boolean;
  /** Called with the new value (always within [min, max]). */
  onChange: (value: number) => void;
  /** Value formatter for the readout and aria-valuetext. */
  format?: (value: number) => string;
  /** Disable the control. */
  disabled?: boolean;
}

/** Resolution of the log slider's underlying range input. */
const LOG_STEPS = 1000;

/** Arrow keys and the direction they move a slider. */
const ARROW_DIRECTION = new Map<string, 1 | -1>([
  ['ArrowRight', 1],
  ['ArrowUp', 1],
  ['ArrowLeft', -1],
  ['ArrowDown', -1],
]);

/** A labelled slider. */
export function Slider({
  label,
  value,
  min,
  max,
  step,
  log = false,
  onChange,
  format = formatNumber,
  disabled,
}: SliderProps) {
  const id = useId();
  const linStep = step ?? (max - min) / 100;
  const raw = log ? Math.round(toPosition(value, min, max, true) * LOG_STEPS) : value;
  const onInput = (text: string) => {
    const v = Number(text);
    if (!Number.isFinite(v)) return;
    const next = log
      ? roundSignificant(fromPosition(v / LOG_STEPS, min, max, true))
      : snapToStep(v, min, linStep);
    onChange(Math.max(min, Math.min(max, next)));
  };
  // NOTE: on a log scale one thumb position is smaller than one two-digit step in places, so the
  // native arrow step could round back to the same value; arrows step between two-digit values.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const dir = ARROW_DIRECTION.get(e.key);
    if (!log || !dir) return;
    e.preventDefault();
    const next = Math.max(min, Math.min(max, stepSignificant(value, dir)));
    if (next !== value) onChange(next);
  };
  return (
    <div className="cr-control cr-slider" data-control={controlName(label)}>
      <label htmlFor={id} className="cr-control__label">
        {label}
      </label>
      <input
        id={id}
        type="range"
        min={log ? 0 : min}
        max={log ? LOG_STEPS : max}
        step={log ? 1 : linStep}
        value={raw}
        disabled={disabled}
        aria-valuetext={format(value)}
        onChange={(e) => onInput(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <output htmlFor={id} className="cr-control__value">
        {format(value)}
      </output>
    </div>
  );
}
