/** Draws each row of a first-layer weight matrix [out, 784] as a 28×28 template, with the course's weight colours. */
import { useMemo } from 'react';
import { WeightTemplate } from '../components';
import { MNIST_PIXELS } from '../data';
import type { WeightSnapshot } from '../worker';

/** Props of {@link WeightTemplates}. */
export interface WeightTemplatesProps {
  /** First-layer weights of an MNIST model. */
  weights: WeightSnapshot;
}

/** One small template per output unit, each scaled to its own largest |w|. */
export function WeightTemplates({ weights }: WeightTemplatesProps) {
  const [rows, cols] = weights.shape;
  // NOTE: the row views are memoised so the lab's ~30 snapshot re-renders per second do not redraw the canvases.
  const rowViews = useMemo(
    () => Array.from({ length: rows }, (_, i) => weights.weight.subarray(i * cols, (i + 1) * cols)),
    [weights, rows, cols],
  );
  if (cols !== MNIST_PIXELS)
    return (
      <p>
        Templates need a first layer with {MNIST_PIXELS} inputs (got {cols}).
      </p>
    );
  return (
    <div data-testid="lab-templates" style={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
      {rowViews.map((row, i) => (
        <WeightTemplate
          key={i}
          weights={row}
          size={56}
          ariaLabel={`template ${i}`}
          showLegend={false}
        />
      ))}
    </div>
  );
}
