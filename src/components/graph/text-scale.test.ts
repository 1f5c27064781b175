import { describe, expect, it } from 'vitest';
import { computeLayout } from './layout';
import { lectureGraph } from './test-graphs';
import { BASE_TEXT, chooseTextScale, drawScale, MAX_TEXT_SCALE, minTextPx } from './text-scale';

const graph = lectureGraph();
const layoutAt = (k: number) => computeLayout(graph, false, { textScale: k });
const limits = { maxScale: 1.6 };

describe('graph text scale', () => {
  it('scales every box with the text but keeps the gaps, so text grows relative to the drawing', () => {
    const a = layoutAt(1);
    const b = layoutAt(2);
    b.nodes.forEach((n, i) => {
      expect(n.w).toBeCloseTo(2 * a.nodes[i].w, 6);
      expect(n.h).toBeCloseTo(2 * a.nodes[i].h, 6);
    });
    expect(b.width).toBeLessThan(2 * a.width);
    expect(b.textScale).toBe(2);
    expect(b.edgeLabel.w).toBeCloseTo(2 * a.edgeLabel.w, 6);
  });

  it('keeps text scale 1 when no minimum is asked for, or when the text is big enough already', () => {
    expect(chooseTextScale(layoutAt, { width: 300, fontPx: 20, minTextEm: 0 }, limits)).toBe(1);
    const wide = { width: 1.6 * layoutAt(1).width, fontPx: 16, minTextEm: 0.85 };
    expect(chooseTextScale(layoutAt, wide, limits)).toBe(1);
    expect(chooseTextScale(layoutAt, { ...wide, minTextEm: 1 }, limits)).toBe(1.15);
  });

  it('starts at one drawing unit per pixel and grows the text scale until the drawn text is readable', () => {
    for (const width of [1000, 1400, 1760]) {
      const box = { width, fontPx: width > 1300 ? 29.8 : 19.8, minTextEm: 0.95 };
      const k = chooseTextScale(layoutAt, box, limits);
      // At one unit per pixel the value text is already the asked size (edge formulas too).
      expect(BASE_TEXT * k).toBeGreaterThanOrEqual(minTextPx(box));
      const shown = BASE_TEXT * k * drawScale(layoutAt(k), width, limits);
      expect(shown).toBeGreaterThanOrEqual(minTextPx(box));
      // One notch smaller would not do: the scale is the smallest that works.
      const smaller = k - 0.05;
      const shownSmaller = BASE_TEXT * smaller * drawScale(layoutAt(smaller), width, limits);
      expect(BASE_TEXT * smaller < minTextPx(box) || shownSmaller < minTextPx(box)).toBe(true);
    }
  });

  it('gives up at the largest scale when no scale is readable in a tiny box, and honours a fixed height', () => {
    const tiny = { width: 60, fontPx: 20, minTextEm: 1 };
    expect(chooseTextScale(layoutAt, tiny, limits)).toBe(MAX_TEXT_SCALE);
    const box = { width: 2000, fontPx: 20, minTextEm: 1 };
    const free = chooseTextScale(layoutAt, box, limits);
    const low = chooseTextScale(layoutAt, box, { ...limits, height: 120 });
    expect(low).toBeGreaterThan(free);
  });

  it('treats a missing or broken font reading as no minimum', () => {
    expect(minTextPx({ width: 500, fontPx: NaN, minTextEm: 1 })).toBe(0);
    expect(minTextPx({ width: 0, fontPx: 20, minTextEm: 1 })).toBe(0);
  });
});
