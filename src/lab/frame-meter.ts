/** Records gaps between animation frames to show whether the main thread stays smooth. */

/** Summary of recorded frame gaps. */
export interface FrameStats {
  /** Gaps recorded. */
  frames: number;
  /** Largest gap in ms. */
  worstGapMs: number;
  /** Share (0..1) of gaps above SLOW_FRAME_MS. */
  slowShare: number;
}

/** A frame slower than this (ms) counts as janky. */
export const SLOW_FRAME_MS = 20;

/** Accumulates frame timestamps (from requestAnimationFrame) into gap statistics. */
export class FrameMeter {
  private last: number | null = null;
  private frames = 0;
  private slow = 0;
  private worst = 0;

  /** Records a frame at time `t` (ms). */
  tick(t: number): void {
    if (this.last !== null) {
      const gap = t - this.last;
      this.frames++;
      if (gap > SLOW_FRAME_MS) this.slow++;
      if (gap > this.worst) this.worst = gap;
    }
    this.last = t;
  }

  /** Forgets everything recorded so far. */
  reset(): void {
    this.last = null;
    this.frames = 0;
    this.slow = 0;
    this.worst = 0;
  }

  /** Current statistics. */
  stats(): FrameStats {
    return {
      frames: this.frames,
      worstGapMs: this.worst,
      slowShare: this.frames > 0 ? this.slow / this.frames : 0,
    };
  }
}
