/** A progress bar (role=progressbar) with an optional byte-count label. */
import { formatBytes, formatNumber } from '../format';
import './controls.css';

/** Props of {@link ProgressBar}. */
export interface ProgressBarProps {
  /** Progress so far (e.g. bytes loaded or steps done). */
  value: number;
  /** Total; 0 or unknown shows an indeterminate bar. */
  max: number;
  /** Accessible and visible label, e.g. "Downloading MNIST". */
  label: string;
  /** Format value/max as bytes ("1.2 MB of 11 MB"). */
  isBytes?: boolean;
}

/** A labelled progress bar. */
export function ProgressBar({ value, max, label, isBytes = false }: ProgressBarProps) {
  const known = max > 0 && Number.isFinite(max);
  const clamped = known ? Math.max(0, Math.min(max, value)) : 0;
  const fmt = isBytes ? formatBytes : formatNumber;
  const text = known ? `${fmt(clamped)} of ${fmt(max)}` : isBytes ? formatBytes(value) : 'working…';
  return (
    <div className="cr-progress">
      <div className="cr-progress__label">
        <span>{label}</span> <span className="cr-progress__value">{text}</span>
      </div>
      <div
        className="cr-progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={known ? max : undefined}
        aria-valuenow={known ? clamped : undefined}
        aria-valuetext={text}
      >
        <div
          className={`cr-progress__fill${known ? '' : ' cr-progress__fill--indeterminate'}`}
          style={{ width: known ? `${(100 * clamped) / max}%` : '30%' }}
        />
      </div>
    </div>
  );
}
