/**
 * Embeds (`?embed=1&hide=learning-rate,batch-size`): hides chosen controls of a figure by name.
 * Controls carry `data-control="<slug of their label>"`; hidden controls keep their URL values.
 */

/** The control names of a `hide` parameter: lowercase slugs, at most 20. */
export function hiddenControls(raw: string | null): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((n) => n.trim().toLowerCase())
    .filter((n) => /^[a-z0-9-]{1,40}$/.test(n))
    .slice(0, 20);
}

/** A style element hiding the named controls (names are validated slugs, so the CSS is safe). */
export function EmbedHide({ names }: { names: string | null }) {
  const list = hiddenControls(names);
  if (list.length === 0) return null;
  return (
    <style>{list.map((n) => `[data-control="${n}"]{display:none!important}`).join('\n')}</style>
  );
}
