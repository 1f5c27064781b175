/** The imaging lesson's URL parameters. */
import type { ParamTable } from '../../kit/url-params';

/** Noise σ limits (intensities are 0..1). */
export const SIGMA = { min: 0.02, max: 1 } as const;
/** Hidden-size limits of the denoiser. */
export const HIDDEN = { min: 8, max: 512 } as const;

/** The lesson's shareable parameters. */
export const IMAGING_PARAMS = {
  /** Noise standard deviation. */
  s: { kind: 'number', default: 0.3, min: SIGMA.min, max: SIGMA.max },
  /** Hidden units of the MLP denoiser. */
  h: { kind: 'int', default: 128, min: HIDDEN.min, max: HIDDEN.max },
} satisfies ParamTable;
