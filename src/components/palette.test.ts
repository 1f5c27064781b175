// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  categorical,
  divergingIndex,
  divergingMap,
  mixRgb,
  pixelTable,
  resolveColor,
  resolveRgb,
  themeVar,
} from './palette';

afterEach(() => document.documentElement.removeAttribute('style'));

/** The diverging map of a theme whose --neg, --zero and --pos are pure blue, white and red. */
function blueWhiteRed() {
  const el = document.documentElement;
  el.style.setProperty('--neg', '#0000ff');
  el.style.setProperty('--zero', '#ffffff');
  el.style.setProperty('--pos', '#ff0000');
  return divergingMap(el);
}

describe('palette', () => {
  it('gives CSS variable references for SVG', () => {
    expect(themeVar('forward')).toBe('var(--forward)');
    expect(categorical(3)).toBe('var(--c3)');
    expect(categorical(12)).toBe('var(--c2)');
    expect(categorical(-1)).toBe('var(--c9)');
  });

  it('resolves theme variables for canvas, with fallbacks', () => {
    document.documentElement.style.setProperty('--c0', '#102030');
    expect(resolveColor(document.documentElement, 'c0')).toBe('#102030');
    expect(resolveRgb(document.documentElement, 'c0')).toEqual([16, 32, 48]);
    expect(resolveColor(null, 'pos')).toBe('#d55e00');
  });

  it('diverging map is neg at −1, zero at 0, pos at +1 and clamps', () => {
    const map = blueWhiteRed();
    expect(map(-1)).toEqual([0, 0, 255]);
    expect(map(0)).toEqual([255, 255, 255]);
    expect(map(1)).toEqual([255, 0, 0]);
    expect(map(5)).toEqual([255, 0, 0]);
    expect(map(NaN)).toEqual([255, 255, 255]);
    const half = map(0.5);
    expect(half[0]).toBe(255);
    expect(half[1]).toBeGreaterThan(0);
    expect(half[1]).toBeLessThan(255);
  });

  it('packs the diverging map as opaque RGBA pixels, in the order ImageData stores them', () => {
    const map = blueWhiteRed();
    const table = pixelTable(map);
    expect(pixelTable(map)).toBe(table);
    for (const t of [-1, -0.3, 0, 0.5, 1, 7, NaN]) {
      const bytes = new Uint8Array(Uint32Array.of(table[divergingIndex(t)]).buffer);
      expect(Array.from(bytes)).toEqual([...map(t), 255]);
    }
  });

  it('mixes colours', () => {
    expect(mixRgb([0, 0, 0], [100, 200, 50], 0.5)).toEqual([50, 100, 25]);
  });
});
