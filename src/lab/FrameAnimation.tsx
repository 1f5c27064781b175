/** A ball moved every animation frame, feeding a FrameMeter (proof the main thread is free). */
import { useEffect, useRef, useState } from 'react';
import { FrameMeter, SLOW_FRAME_MS, type FrameStats } from './frame-meter';

/** Props of {@link FrameAnimation}. */
export interface FrameAnimationProps {
  /** Meter that receives every frame timestamp (owned by the parent so it can reset it). */
  meter: FrameMeter;
}

const STATS_EVERY_MS = 250;

/** Animates continuously and shows the meter's statistics (refreshed 4× per second). */
export function FrameAnimation({ meter }: FrameAnimationProps) {
  const ballRef = useRef<HTMLDivElement>(null);
  const [stats, setStats] = useState<FrameStats>(() => meter.stats());
  useEffect(() => {
    let raf = 0;
    let lastStats = 0;
    const frame = (t: number) => {
      meter.tick(t);
      if (ballRef.current)
        ballRef.current.style.transform = `translateX(${((Math.sin(t / 300) + 1) / 2) * 220}px)`;
      if (t - lastStats > STATS_EVERY_MS) {
        lastStats = t;
        setStats(meter.stats());
      }
      raf = requestAnimationFrame(frame);
    };
    raf = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(raf);
  }, [meter]);
  return (
    <div>
      <div
        role="img"
        aria-label="Ball animated by requestAnimationFrame"
        style={{ width: 240, height: 20, position: 'relative' }}
      >
        <div
          ref={ballRef}
          style={{
            width: 20,
            height: 20,
            borderRadius: '50%',
            background: 'currentColor',
            position: 'absolute',
          }}
        />
      </div>
      <p
        data-testid="lab-frames"
        data-frames={stats.frames}
        data-worst-gap-ms={stats.worstGapMs.toFixed(1)}
        data-slow-share={stats.slowShare.toFixed(4)}
      >
        Frames: {stats.frames}, worst gap {stats.worstGapMs.toFixed(1)} ms,{' '}
        {(100 * stats.slowShare).toFixed(1)}% over {SLOW_FRAME_MS} ms
      </p>
    </div>
  );
}
