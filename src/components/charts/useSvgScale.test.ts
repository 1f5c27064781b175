import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { unitsPerPx, svgFontStyle } from './useSvgScale';
import { DEFAULT_MARGINS, fitMargins, tickCount, tickLabels } from './axes';

describe('readable chart text', () => {
  it('unitsPerPx follows the tighter side of a letterboxed drawing and refuses empty boxes', () => {
    expect(unitsPerPx(540, 260, 1080, 520)).toBe(0.5);
    // Box taller than the drawing's ratio: the width decides.
    expect(unitsPerPx(540, 260, 270, 400)).toBe(2);
    // Box wider than the ratio (height capped): the height decides.
    expect(unitsPerPx(540, 260, 1080, 130)).toBe(2);
    expect(unitsPerPx(540, 260, 0, 0)).toBe(1);
  });

  it('sets the svg font to k em, so one em renders at the page font size', () => {
    expect(svgFontStyle({ k: 0.5, em: 8 }, 540, 270)).toMatchObject({
      fontSize: '0.5000em',
      '--cr-aspect': '2.0000',
    });
  });

  it('fitMargins keeps the defaults for small text and grows with large text', () => {
    const needs = { yTicks: ['0.5', '1'], lastXTick: '100', hasXLabel: true, hasYLabel: true };
    expect(fitMargins(DEFAULT_MARGINS, 8, needs)).toMatchObject(DEFAULT_MARGINS);
    const big = fitMargins(DEFAULT_MARGINS, 40, needs);
    // Three characters of tick label plus the rotated title, and two lines under the axis.
    expect(big.left).toBeCloseTo(12 + 3 * 0.58 * 40 + 1.4 * 40);
    expect(big.bottom).toBeCloseTo(8 + 2.65 * 40);
    expect(big.right).toBeGreaterThan(DEFAULT_MARGINS.right);
    expect(big.yTitleOnTop).toBe(false);
  });

  it('writes a y title longer than the plot across the top, with room for it', () => {
    const needs = { yTicks: ['1000'], hasXLabel: true, hasYLabel: true };
    const fit = (chars: number) =>
      fitMargins(DEFAULT_MARGINS, 40, { ...needs, yLabelFit: { chars, height: 260 } });
    expect(fit(4).yTitleOnTop).toBe(false);
    expect(fit(30).yTitleOnTop).toBe(true);
    expect(fit(30).top).toBeCloseTo(fit(4).top + 1.4 * 40);
    expect(fit(30).left).toBeCloseTo(fit(4).left - 1.4 * 40);
  });

  it('asks for fewer ticks when the text is large, never fewer than two', () => {
    expect(tickCount(430, 16, 4.5, 6)).toBe(5);
    expect(tickCount(430, 40, 4.5, 6)).toBe(2);
    expect(tickCount(430, 4, 4.5, 6)).toBe(6);
    expect(tickLabels(scaleLinear().domain([0, 1]), 2, false)).toEqual(['0', '0.5', '1']);
  });
});
