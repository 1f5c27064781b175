/**
 * A log-scale step-size slider with marked thresholds under its track (for a quadratic: where
 * descent starts to oscillate, 1/curvature, and to diverge, 2/curvature).
 */
import { useId } from 'react';

/** A labelled position on the slider. */
export interface SliderMark {
  /** Value marked. */
  value: number;
  /** Short text under the mark. */
  label: string;
  /** Visual kind. */
  kind: 'oscillate' | 'diverge';
}

/** Props of {@link AlphaSlider}. */
export interface AlphaSliderProps {
  /** Visible label. */
  label: string;
  /** Current α (may lie outside [min, max] when it came from a link; the readout shows it). */
  value: number;
  /** Smallest value on the track (> 0). */
  min: number;
  /** Largest value on the track. */
  max: number;
  /** Marks under the track. */
  marks?: readonly SliderMark[];
  /** Called with the new value. */
  onChange: (value: number) => void;
}

const STEPS = 1000;

/** Position 0..1 of a value on the log track. */
export function logPosition(value: number, min: number, max: number): number {
  const p = Math.log(value / min) / Math.log(max / min);
  return Math.max(0, Math.min(1, Number.isFinite(p) ? p : 0));
}

/** The value at a position 0..1 of the log track, to three significant digits. */
export function logValue(position: number, min: number, max: number): number {
  return Number((min * (max / min) ** position).toPrecision(3));
}

/** The slider. */
export function AlphaSlider({ label, value, min, max, marks = [], onChange }: AlphaSliderProps) {
  const id = useId();
  const shown = Number(value.toPrecision(3));
  return (
    <div className="ds-alpha">
      <label htmlFor={id} className="ds-alpha__label">
        {label} <output htmlFor={id}>{shown}</output>
      </label>
      <div className="ds-alpha__track">
        <input
          id={id}
          type="range"
          min={0}
          max={STEPS}
          step={1}
          value={Math.round(logPosition(value, min, max) * STEPS)}
          aria-valuetext={`${shown}${marks.map((m) => `; ${m.label}`).join('')}`}
          onChange={(e) => onChange(logValue(Number(e.currentTarget.value) / STEPS, min, max))}
        />
        {marks.length > 0 && (
          <div className="ds-alpha__marks" aria-hidden="true">
            {marks
              .filter((m) => m.value >= min && m.value <= max)
              .map((m) => (
                <span
                  key={m.kind}
                  className={`ds-alpha__mark ds-alpha__mark--${m.kind}`}
                  style={{
                    left: `calc(${logPosition(m.value, min, max)} * (100% - 1.2em) + 0.6em)`,
                  }}
                >
                  {m.label}
                </span>
              ))}
          </div>
        )}
      </div>
    </div>
  );
}
