import { Link } from 'wouter';
import { THEMES, usePrefs, type Theme } from './prefs';

/** Props of the top bar. */
export interface TopBarProps {
  /** Shown when a lesson is open: starts presenter mode. */
  onPresent?: () => void;
}

const THEME_LABELS: Record<Theme, string> = {
  light: 'Light',
  dark: 'Dark',
  projector: 'Projector',
};

/** The site header: brand, course map link, theme choice and the presenter button. */
export function TopBar({ onPresent }: TopBarProps) {
  const theme = usePrefs((s) => s.theme);
  const setTheme = usePrefs((s) => s.setTheme);
  return (
    <header className="topbar">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <Link href="/" className="brand" aria-label="Chain Rule: course map">
        <span className="brand-mark" aria-hidden="true">
          ∂
        </span>
        <span className="brand-name">Chain Rule</span>
      </Link>
      <nav aria-label="Site" className="topbar-nav">
        <Link href="/">Course map</Link>
      </nav>
      <div className="topbar-tools">
        <label className="theme-picker">
          <span>Theme</span>
          <select
            value={theme ?? 'system'}
            onChange={(e) =>
              setTheme(e.target.value === 'system' ? null : (e.target.value as Theme))
            }
          >
            <option value="system">System</option>
            {THEMES.map((t) => (
              <option key={t} value={t}>
                {THEME_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        {onPresent && (
          <button type="button" className="primary" onClick={onPresent} aria-keyshortcuts="P">
            Present <kbd>P</kbd>
          </button>
        )}
      </div>
    </header>
  );
}

/** The hash holds the route, so the skip link focuses <main> itself instead of navigating. */
function skipToMain(e: React.MouseEvent): void {
  e.preventDefault();
  document.getElementById('main')?.focus();
}
