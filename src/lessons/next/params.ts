/** The closing lesson's URL parameters. */
import type { ParamTable } from '../../kit/url-params';
import { formatKernel, PRESETS } from './kernel';

/** Test digits the lesson offers. */
export const DIGIT_COUNT = 100;

/** The lesson's shareable parameters. */
export const NEXT_PARAMS = {
  /** The 3×3 kernel, nine comma-separated numbers, row by row. */
  k: { kind: 'string', default: formatKernel(PRESETS.blur), maxLength: 160 },
  /** Index of the test digit filtered. */
  d: { kind: 'int', default: 0, min: 0, max: DIGIT_COUNT - 1 },
} satisfies ParamTable;
