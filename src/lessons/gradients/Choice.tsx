/** A labelled group of radio buttons with large targets (the lesson's toggles). */
export interface ChoiceProps<T extends string> {
  /** Group title. */
  legend: string;
  /** Form name (unique on the page). */
  name: string;
  /** Options: value and visible label. */
  options: readonly (readonly [T, string])[];
  /** The selected value. */
  value: string;
  /** Called with the chosen value. */
  onChange: (value: T) => void;
}

/** Radio buttons in a fieldset; each option's label is a ≥ 44 px target. */
export function Choice<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: ChoiceProps<T>) {
  return (
    <fieldset className="gr-choice">
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v} className="gr-choice__option">
          <input
            type="radio"
            name={name}
            value={v}
            checked={value === v}
            onChange={() => onChange(v)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
