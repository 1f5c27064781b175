import { describe, expect, it } from 'vitest';
import { FrameMeter } from './frame-meter';

describe('FrameMeter', () => {
  it('measures gaps between frames, the worst and the share over 20 ms', () => {
    const m = new FrameMeter();
    [0, 16, 32, 80, 96].forEach((t) => m.tick(t));
    // gaps: 16, 16, 48, 16 → one of four over 20 ms
    expect(m.stats()).toEqual({ frames: 4, worstGapMs: 48, slowShare: 0.25 });
  });

  it('starts over after reset', () => {
    const m = new FrameMeter();
    [0, 100].forEach((t) => m.tick(t));
    m.reset();
    m.tick(200);
    expect(m.stats()).toEqual({ frames: 0, worstGapMs: 0, slowShare: 0 });
    m.tick(216);
    expect(m.stats().worstGapMs).toBe(16);
  });
});
