import { describe, expect, it } from 'vitest';
import { createRng } from '../engine';
import {
  buildMask,
  decodeMask,
  encodeMask,
  hiddenCount,
  maskProblem,
  meanFill,
  neighbourFill,
} from './mask-spec';

describe('mask specs', () => {
  it('hides a centred box, a full-width band and about the asked fraction of pixels', () => {
    const rng = createRng(4);
    expect(hiddenCount(buildMask({ kind: 'box', size: 10 }, rng))).toBe(100);
    const band = buildMask({ kind: 'band', height: 6 }, rng);
    expect(hiddenCount(band)).toBe(6 * 28);
    expect(band[11 * 28]).toBe(1);
    expect(band[0]).toBe(0);
    const n = hiddenCount(buildMask({ kind: 'pixels', fraction: 0.5 }, rng));
    expect(n).toBeGreaterThan(330);
    expect(n).toBeLessThan(454);
  });

  it('round-trips a painted mask through its URL string and rejects a malformed one', () => {
    const mask = Uint8Array.from({ length: 784 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const text = encodeMask(mask);
    expect(decodeMask(text)).toEqual(mask);
    expect(buildMask({ kind: 'painted', bits: text }, createRng(0))).toEqual(mask);
    expect(decodeMask('abc')).toBeNull();
    expect(decodeMask(text.slice(1) + '!')).toBeNull();
  });

  it('refuses masks that hide nothing or everything', () => {
    expect(maskProblem(new Uint8Array(784))).toMatch(/no pixel/);
    expect(maskProblem(new Uint8Array(784).fill(1))).toMatch(/every pixel/);
    expect(maskProblem(buildMask({ kind: 'box', size: 4 }, createRng(0)))).toBeNull();
  });
});

describe('baseline fills', () => {
  const image = Float32Array.from({ length: 784 }, (_, i) => (i % 28) / 27);
  const mask = buildMask({ kind: 'box', size: 6 }, createRng(0));

  it('the mean fill copies the mean image into hidden pixels only', () => {
    const mean = new Float32Array(784).fill(0.25);
    const out = meanFill(image, mask, mean);
    const hidden = mask.indexOf(1);
    expect(out[hidden]).toBe(0.25);
    expect(out[0]).toBe(image[0]);
  });

  it('the neighbour fill restores a linear ramp closely and fills every pixel', () => {
    const out = neighbourFill(image, mask);
    for (let i = 0; i < 784; i++) expect(Math.abs(out[i] - image[i])).toBeLessThan(0.1);
    const centre = 14 * 28 + 14;
    expect(out[centre]).toBeGreaterThan(0.3);
  });
});
