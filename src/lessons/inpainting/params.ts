/** The inpainting lesson's URL parameters. */
import type { ParamTable } from '../../kit/url-params';
import { MASK_LIMITS } from '../../data/mask-spec';

/** Hidden-size limits of the MLP. */
export const HIDDEN = { min: 8, max: 512 } as const;
/** Test digits offered in the paint step. */
export const PAINT_DIGITS = 100;

/** The lesson's shareable parameters. */
export const INPAINT_PARAMS = {
  /** Training mask kind. */
  m: { kind: 'enum', default: 'box', values: ['pixels', 'box', 'band', 'painted'] },
  /** Hidden fraction of a random-pixel mask. */
  f: { kind: 'number', default: 0.5, ...MASK_LIMITS.fraction },
  /** Side of the centred box. */
  b: { kind: 'int', default: 12, ...MASK_LIMITS.size },
  /** Height of the centred band. */
  bh: { kind: 'int', default: 8, ...MASK_LIMITS.height },
  /** The painted training mask (encoded bits; empty: the default stroke). */
  pm: { kind: 'string', default: '', maxLength: 131 },
  /** Hidden units H. */
  h: { kind: 'int', default: 128, ...HIDDEN },
  /** Test digit of the paint step. */
  d: { kind: 'int', default: 0, min: 0, max: PAINT_DIGITS - 1 },
  /** The mask painted in the paint step (encoded bits; empty: the default stroke). */
  pp: { kind: 'string', default: '', maxLength: 131 },
} satisfies ParamTable;
