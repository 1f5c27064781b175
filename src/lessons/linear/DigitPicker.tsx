/** Picks a test digit by index: previous / next buttons and a validated index field. */
import { NumberInput } from '../../components/controls/NumberInput';

/** Props of {@link DigitPicker}. */
export interface DigitPickerProps {
  /** Index of the digit on screen. */
  index: number;
  /** Number of digits to choose from. */
  count: number;
  /** Label of the digit on screen (read out beside the picker). */
  label: number;
  /** Called with the newly picked index. */
  onChange: (index: number) => void;
}

/** Previous / next / index controls for one test digit. */
export function DigitPicker({ index, count, label, onChange }: DigitPickerProps) {
  const wrap = (i: number) => (i + count) % count;
  return (
    <div className="linear-controls digit-picker" role="group" aria-label="Choose a test digit">
      <button type="button" onClick={() => onChange(wrap(index - 1))}>
        ← Previous digit
      </button>
      <NumberInput
        label="Test digit number"
        isInteger
        value={index}
        min={0}
        max={count - 1}
        step={1}
        onChange={onChange}
      />
      <button type="button" onClick={() => onChange(wrap(index + 1))}>
        Next digit →
      </button>
      <span className="linear-readout">
        Its label: <strong>{label}</strong>
      </span>
    </div>
  );
}
