/**
 * The Jacobians lesson's URL parameters: everything an instructor may want to share in a link.
 * Parsed through the shared, validated table.
 */
import type { ParamTable } from '../../kit/url-params';

/** The lesson's shareable parameters. */
export const JACOBIAN_PARAMS = {
  /** Shapes step: length of the output y. */
  m: { kind: 'int', default: 3, min: 1, max: 99 },
  /** Shapes step: length of the input x. */
  n: { kind: 'int', default: 4, min: 1, max: 99 },
  /** Shapes step: highlighted row (0-based). */
  i: { kind: 'int', default: 1, min: 0, max: 98 },
  /** Shapes step: highlighted column (0-based). */
  j: { kind: 'int', default: 2, min: 0, max: 98 },
} satisfies ParamTable;
