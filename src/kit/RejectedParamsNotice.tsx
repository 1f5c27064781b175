/** Props of the notice. */
export interface RejectedParamsNoticeProps {
  /** URL keys whose values were malformed and replaced by defaults. */
  keys: string[];
}

/** Tells the reader which values from a shared link were ignored (never a crash). */
export function RejectedParamsNotice({ keys }: RejectedParamsNoticeProps) {
  if (keys.length === 0) return null;
  return (
    <p className="notice" role="status">
      The link had values this lesson could not read ({keys.map((k) => `“${k}”`).join(', ')}); the
      defaults are shown instead.
    </p>
  );
}
