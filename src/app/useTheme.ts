import { useEffect, useSyncExternalStore } from 'react';
import { resolveTheme, usePrefs, type Theme } from './prefs';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeDark(cb: () => void): () => void {
  const mq = window.matchMedia?.(DARK_QUERY);
  mq?.addEventListener('change', cb);
  return () => mq?.removeEventListener('change', cb);
}

const prefersDark = (): boolean => window.matchMedia?.(DARK_QUERY).matches ?? false;

/** Applies the chosen (or system) theme to <html data-theme> and returns it. */
export function useAppliedTheme(): Theme {
  const chosen = usePrefs((s) => s.theme);
  const dark = useSyncExternalStore(subscribeDark, prefersDark, () => false);
  const theme = resolveTheme(chosen, dark);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
