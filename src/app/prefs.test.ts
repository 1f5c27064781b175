import { describe, expect, it } from 'vitest';
import { loadPrefs, MAX_SCALE, parsePrefs, PREFS_KEY, resolveTheme } from './prefs';

function fakeStorage(value: string | null) {
  const removed: string[] = [];
  return { getItem: () => value, removeItem: (k: string) => void removed.push(k), removed };
}

describe('prefs', () => {
  it('keeps valid stored preferences', () => {
    expect(loadPrefs(fakeStorage('{"theme":"projector","presenterScale":1.5}'))).toEqual({
      theme: 'projector',
      presenterScale: 1.5,
    });
  });

  it('resets and removes a corrupt stored value instead of crashing', () => {
    const storage = fakeStorage('{not json');
    expect(loadPrefs(storage)).toEqual({ theme: null, presenterScale: 1 });
    expect(storage.removed).toEqual([PREFS_KEY]);
  });

  it('drops unknown themes and invalid scales field by field', () => {
    expect(parsePrefs({ theme: 'neon', presenterScale: 'huge' })).toEqual({
      theme: null,
      presenterScale: 1,
    });
    expect(parsePrefs({ theme: 'dark', presenterScale: 99 })).toEqual({
      theme: 'dark',
      presenterScale: MAX_SCALE,
    });
    expect(parsePrefs(null)).toEqual({ theme: null, presenterScale: 1 });
    expect(parsePrefs([1, 2])).toEqual({ theme: null, presenterScale: 1 });
  });

  it('follows the system when no theme is chosen', () => {
    expect(resolveTheme(null, true)).toBe('dark');
    expect(resolveTheme(null, false)).toBe('light');
    expect(resolveTheme('projector', true)).toBe('projector');
  });
});
