/**
 * App-wide preferences (theme, presenter scale), remembered across visits in localStorage.
 * A corrupt or outdated stored value is ignored and replaced, never a crash.
 */
import { create } from 'zustand';

/** The three themes: projector is high contrast with large type. */
export type Theme = 'light' | 'dark' | 'projector';
/** All themes, in menu order. */
export const THEMES: readonly Theme[] = ['light', 'dark', 'projector'];

/** Persisted preferences. */
export interface Prefs {
  /** Colour theme, or null to follow the operating system. */
  theme: Theme | null;
  /** Presenter-mode type scale (1 = default). */
  presenterScale: number;
}

/** localStorage key (versioned: a new shape gets a new key). */
export const PREFS_KEY = 'chain-rule:prefs:v1';
/** Presenter scale bounds. */
export const MIN_SCALE = 0.6;
export const MAX_SCALE = 2.5;

const DEFAULT_PREFS: Prefs = { theme: null, presenterScale: 1 };

/** Validates an unknown value as Prefs; anything malformed falls back to the defaults, field by field. */
export function parsePrefs(raw: unknown): Prefs {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_PREFS };
  const r = raw as Record<string, unknown>;
  const theme = THEMES.includes(r.theme as Theme) ? (r.theme as Theme) : null;
  const s = r.presenterScale;
  const presenterScale =
    typeof s === 'number' && Number.isFinite(s) ? Math.min(MAX_SCALE, Math.max(MIN_SCALE, s)) : 1;
  return { theme, presenterScale };
}

/** Reads stored prefs; a corrupt entry is removed and defaults returned. */
export function loadPrefs(storage: Pick<Storage, 'getItem' | 'removeItem'> | undefined): Prefs {
  try {
    const text = storage?.getItem(PREFS_KEY);
    if (!text) return { ...DEFAULT_PREFS };
    return parsePrefs(JSON.parse(text));
  } catch {
    try {
      storage?.removeItem(PREFS_KEY);
    } catch {
      /* storage unavailable (private mode): nothing to reset */
    }
    return { ...DEFAULT_PREFS };
  }
}

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The prefs store and its setters. */
export interface PrefsState extends Prefs {
  /** Chooses a theme (null: follow the system). */
  setTheme: (theme: Theme | null) => void;
  /** Sets the presenter scale (clamped). */
  setPresenterScale: (scale: number) => void;
}

/** App-level store; lessons never read it. */
export const usePrefs = create<PrefsState>()((set) => ({
  ...loadPrefs(browserStorage()),
  setTheme: (theme) => set({ theme }),
  setPresenterScale: (scale) => set(parsePrefs({ ...usePrefs.getState(), presenterScale: scale })),
}));

usePrefs.subscribe((state) => {
  try {
    browserStorage()?.setItem(
      PREFS_KEY,
      JSON.stringify({ theme: state.theme, presenterScale: state.presenterScale }),
    );
  } catch {
    /* storage full or unavailable: preferences last for this visit only */
  }
});

/** The theme to apply: the chosen one, or the system's light/dark preference. */
export function resolveTheme(theme: Theme | null, prefersDark: boolean): Theme {
  return theme ?? (prefersDark ? 'dark' : 'light');
}
