import { Fragment } from 'react';
import type { ClampedParam } from './url-params';

/** Props of the notice. */
export interface RejectedParamsNoticeProps {
  /** URL keys whose values were malformed and replaced by defaults. */
  keys: string[];
  /** Numbers from the link that were out of range and clamped (from useUrlParams). */
  clamped?: readonly ClampedParam[];
  /** Human names of the keys, shown before the key (default: the key alone). */
  names?: Readonly<Record<string, string>>;
}

/** One clamped value in words: "width = 99 is out of range (1 to 32); using 32". */
export function clampedMessage(c: ClampedParam, name?: string): string {
  const label = name ? `${name} (${c.key})` : c.key;
  return `${label} = ${c.given} is out of range (${c.min} to ${c.max}); using ${c.used}`;
}

/** Tells the reader which values from a shared link were ignored or clamped (never a crash). */
export function RejectedParamsNotice({
  keys,
  clamped = [],
  names = {},
}: RejectedParamsNoticeProps) {
  return (
    <>
      {keys.length > 0 && (
        <p className="notice" role="status">
          The link had values this lesson could not read ({keys.map((k) => `“${k}”`).join(', ')});
          the defaults are shown instead.
        </p>
      )}
      {clamped.length > 0 && (
        <p className="notice" role="status" data-testid="clamped-notice">
          {clamped.map((c, i) => (
            <Fragment key={c.key}>
              {i > 0 && <br />}
              {clampedMessage(c, Object.hasOwn(names, c.key) ? names[c.key] : undefined)}.
            </Fragment>
          ))}
        </p>
      )}
    </>
  );
}
