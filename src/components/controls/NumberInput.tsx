/** A labelled number field: clamps out-of-range values, rejects NaN/empty with a visible message. */
import { controlName } from './control-name';
import { useId, useState } from 'react';
import { formatNumber } from '../format';
import { parseBounded } from './validate';
import './controls.css';

/** Props of {@link NumberInput}. */
export interface NumberInputProps {
  /** Visible label. */
  label: string;
  /** Current (last good) value. */
  value: number;
  /** Smallest allowed value. */
  min: number;
  /** Largest allowed value. */
  max: number;
  /** Step for the ArrowUp/ArrowDown keys (none when omitted). */
  step?: number;
  /** Called with a valid, clamped value when the user commits (Enter or leaving the field). */
  onChange: (value: number) => void;
  /** Disable the control. */
  disabled?: boolean;
  /** Whole numbers only: a typed fraction is rounded at the field (and the field says so). */
  isInteger?: boolean;
}

/** A validated number input. */
export function NumberInput({
  label,
  value,
  min,
  max,
  step,
  onChange,
  disabled,
  isInteger = false,
}: NumberInputProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [seen, setSeen] = useState(value);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  if (seen !== value) {
    setSeen(value);
    setText(String(value));
  }
  const commit = () => {
    const r = parseBounded(text, min, max, isInteger);
    if (!r.ok) {
      setMessage({ text: `${r.message} Keeping ${formatNumber(value)}.`, isError: true });
      return;
    }
    setText(String(r.value));
    const note = r.clamped
      ? `Clamped to ${formatNumber(r.value)} (allowed ${formatNumber(min)} to ${formatNumber(max)}).`
      : r.rounded
        ? `Rounded to ${formatNumber(r.value)} (whole numbers only).`
        : null;
    setMessage(note ? { text: note, isError: false } : null);
    if (r.value !== value) onChange(r.value);
  };
  const msgId = `${id}-msg`;
  return (
    <div className="cr-control cr-number" data-control={controlName(label)}>
      <label htmlFor={id} className="cr-control__label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={isInteger ? 'numeric' : 'decimal'}
        value={text}
        disabled={disabled}
        aria-invalid={message?.isError ? true : undefined}
        aria-describedby={message ? msgId : undefined}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (step && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
            e.preventDefault();
            const next = Math.max(min, Math.min(max, value + (e.key === 'ArrowUp' ? step : -step)));
            setMessage(null);
            onChange(Number(next.toPrecision(12)));
          }
        }}
      />
      {message && (
        <span
          id={msgId}
          role={message.isError ? 'alert' : 'status'}
          className={message.isError ? 'cr-control__error' : 'cr-control__note'}
        >
          {message.isError ? '⚠ ' : 'ℹ '}
          {message.text}
        </span>
      )}
    </div>
  );
}
