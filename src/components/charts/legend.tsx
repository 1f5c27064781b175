/** Pieces shared by the line charts' legends. */

/** Dash pattern of a dashed series (so series differ by more than colour). */
export const DASH = '7 5';

/** Props of {@link LineSwatch}. */
export interface LineSwatchProps {
  /** Stroke colour (a CSS colour or `var()` reference). */
  color: string;
  /** Dashed like its series. */
  dashed?: boolean;
}

/** A short sample of a series' line, for its legend entry. */
export function LineSwatch({ color, dashed }: LineSwatchProps) {
  return (
    <svg width="28" height="10" aria-hidden="true">
      <line
        x1="0"
        x2="28"
        y1="5"
        y2="5"
        className="cr-line"
        style={{ stroke: color }}
        strokeDasharray={dashed ? DASH : undefined}
      />
    </svg>
  );
}
