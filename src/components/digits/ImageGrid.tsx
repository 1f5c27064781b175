/** A grid of digit images with true and predicted labels; mistakes get a dashed border and a ✗, not colour alone. */
import { MNIST_MAX_GREY } from '../../data/mnist-shape';
import { DigitCanvas } from './DigitCanvas';
import './digits.css';

/** One image of the grid. */
export interface DigitSample {
  /** 784 intensities (0..1 or 0..255, see maxValue). */
  pixels: ArrayLike<number>;
  /** True label. */
  label: number;
  /** Predicted label, if a model has run. */
  predicted?: number;
}

/** Props of {@link ImageGrid}. */
export interface ImageGridProps {
  /** The samples to show. */
  samples: readonly DigitSample[];
  /** Intensity of full ink (1 or 255). */
  maxValue?: number;
  /** Displayed image size in px. */
  size?: number;
  /** Accessible name of the grid. */
  ariaLabel: string;
}

/** A labelled image grid (wraps to the available width). */
export function ImageGrid({
  samples,
  maxValue = MNIST_MAX_GREY,
  size = 56,
  ariaLabel,
}: ImageGridProps) {
  const mistakes = samples.filter(
    (s) => s.predicted !== undefined && s.predicted !== s.label,
  ).length;
  const hasPred = samples.some((s) => s.predicted !== undefined);
  return (
    <div className="cr-image-grid-wrap">
      <ul className="cr-image-grid" aria-label={ariaLabel}>
        {samples.map((s, i) => {
          const isMistake = s.predicted !== undefined && s.predicted !== s.label;
          const desc = `digit labelled ${s.label}${s.predicted !== undefined ? `, predicted ${s.predicted}${isMistake ? ', mistake' : ', correct'}` : ''}`;
          return (
            <li
              key={i}
              className={`cr-image-grid__item${isMistake ? ' cr-image-grid__item--mistake' : ''}`}
              data-mistake={isMistake || undefined}
            >
              <DigitCanvas pixels={s.pixels} maxValue={maxValue} size={size} ariaLabel={desc} />
              <span className="cr-image-grid__labels" aria-hidden="true">
                <span>{s.label}</span>
                {s.predicted !== undefined && (
                  <span
                    className={isMistake ? 'cr-image-grid__pred--bad' : 'cr-image-grid__pred--ok'}
                  >
                    {isMistake ? `✗ ${s.predicted}` : `✓ ${s.predicted}`}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {hasPred && (
        <p className="cr-image-grid__summary">
          Label, then prediction. {mistakes} of {samples.length} wrong (dashed border, ✗).
        </p>
      )}
    </div>
  );
}
