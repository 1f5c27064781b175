/** URLs inside the app (hash routes), in one place. */

/** The route of a lesson step (0-based `step`), keeping an optional search string. */
export function lessonHref(id: string, step = 0, search = ''): string {
  return `/lesson/${id}/${step + 1}${search ? `?${search}` : ''}`;
}
