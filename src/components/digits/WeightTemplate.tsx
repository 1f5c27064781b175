/** A 784-vector (one row of W) drawn as a 28×28 image with a diverging colour map symmetric around 0. */
import { useEffect, useMemo, useRef } from 'react';
import { useThemeVersion } from '../hooks';
import { divergingMap } from '../palette';
import { formatNumber } from '../format';
import { MNIST_SIDE } from '../../data/mnist-shape';
import './digits.css';

/** Props of {@link WeightTemplate}. */
export interface WeightTemplateProps {
  /** side × side weights (any sign). */
  weights: ArrayLike<number>;
  /** Image side (default 28). */
  side?: number;
  /** Displayed size: px, or a CSS length such as '3.5em' (follows the presenter's type scale). */
  size?: number | string;
  /** Colour range ±range (default max |w|): share it across templates to compare them. */
  range?: number;
  /** Accessible description, e.g. "weights of class 3". */
  ariaLabel: string;
  /** Show the colour legend (default true). */
  showLegend?: boolean;
}

/** Largest absolute value (at least a tiny epsilon so a zero vector still draws). */
export function maxAbs(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]);
    if (a > m && Number.isFinite(a)) m = a;
  }
  return m || 1e-12;
}

/** A diverging weight image with a legend (negative, 0, positive) in HTML text, sized in em. */
export function WeightTemplate({
  weights,
  side = MNIST_SIDE,
  size = 112,
  range,
  ariaLabel,
  showLegend = true,
}: WeightTemplateProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  const m = useMemo(() => range ?? maxAbs(weights), [weights, range]);
  const length = typeof size === 'number' ? `${size}px` : size;
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const map = divergingMap(canvas);
    const img = ctx.createImageData(side, side);
    for (let i = 0; i < side * side; i++) {
      const c = map((weights[i] ?? 0) / m);
      img.data.set([c[0], c[1], c[2], 255], 4 * i);
    }
    ctx.putImageData(img, 0, 0);
  }, [weights, side, m, theme]);
  return (
    <div className="cr-weight-template">
      <canvas
        ref={ref}
        width={side}
        height={side}
        className="cr-digit-canvas"
        style={{ width: length, height: length }}
        role="img"
        aria-label={`${ariaLabel}; colour from −${formatNumber(m)} to +${formatNumber(m)}`}
      />
      {showLegend && (
        <div
          className="cr-weight-legend"
          style={{ width: `max(${length}, 7.5em)` }}
          role="img"
          aria-label={`legend: negative ${formatNumber(-m)}, zero, positive ${formatNumber(m)}`}
        >
          <div className="cr-weight-legend__bar" />
          <div className="cr-weight-legend__ticks">
            <span className="cr-weight-legend__tick">{formatNumber(-m)}</span>
            <span className="cr-weight-legend__tick">0</span>
            <span className="cr-weight-legend__tick">{formatNumber(m)}</span>
          </div>
        </div>
      )}
    </div>
  );
}
