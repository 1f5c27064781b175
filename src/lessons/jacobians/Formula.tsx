/** A display formula that may be wider than a phone: it scrolls sideways and can be focused to scroll by keyboard. */
import { Tex } from '../../components/Tex';

/** Props of {@link Formula}. */
export interface FormulaProps {
  /** TeX source (display mode). */
  tex: string;
  /** Accessible name of the scrolling region. */
  label: string;
  /** Test id. */
  testId?: string;
}

/** A display formula in a keyboard-scrollable box. */
export function Formula({ tex, label, testId }: FormulaProps) {
  return (
    // NOTE: tabIndex makes the scrolling region reachable by keyboard (axe: scrollable-region-focusable).
    <div className="jc-formula" tabIndex={0} role="region" aria-label={label} data-testid={testId}>
      <Tex tex={tex} display />
    </div>
  );
}
