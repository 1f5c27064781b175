/** The ten rows of W drawn as 28 × 28 templates on one shared colour scale. */
import { useMemo } from 'react';
import { WeightTemplate, maxAbs } from '../../components/digits/WeightTemplate';
import type { WeightSnapshot } from '../../worker';
import { templateOf } from './scores';

/** Props of {@link Templates}. */
export interface TemplatesProps {
  /** First-layer weights [10, 784]. */
  weights: WeightSnapshot;
  /** Displayed size of each template: px or a CSS length. */
  size?: number | string;
}

/** Ten templates, one per class, sharing one colour range so they can be compared. */
export function Templates({ weights, size = 72 }: TemplatesProps) {
  // NOTE: memoised on the snapshot: new row arrays on every render would repaint all ten canvases per training frame.
  const { range, rows } = useMemo(
    () => ({
      range: maxAbs(weights.weight),
      rows: Array.from({ length: weights.shape[0] }, (_, k) => templateOf(weights, k)),
    }),
    [weights],
  );
  return (
    <ul
      className="templates"
      aria-label="Rows of W as 28 × 28 templates, one per class"
      data-testid="linear-templates"
    >
      {rows.map((row, k) => (
        <li key={k} className="template-item">
          <span className="template-label">w{k}</span>
          <WeightTemplate
            weights={row}
            range={range}
            size={size}
            showLegend={k === rows.length - 1}
            ariaLabel={`Template of class ${k} (row ${k} of W)`}
          />
        </li>
      ))}
    </ul>
  );
}
