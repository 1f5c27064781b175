/** A ball bouncing on a canvas every animation frame, feeding a FrameMeter (proof the main thread is free). */
import { useEffect, useRef, useState } from 'react';
import { FrameMeter, type FrameStats } from './frame-meter';

/** Props of {@link FrameAnimation}. */
export interface FrameAnimationProps {
  /** Meter that receives every frame timestamp (owned by the parent so it can reset it). */
  meter: FrameMeter;
}

const STATS_EVERY_MS = 250;

/** Animates continuously and shows the meter's statistics (refreshed 4× per second). */
export function FrameAnimation({ meter }: FrameAnimationProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [stats, setStats] = useState<FrameStats>(() => meter.stats());
  useEffect(() => {
    let raf = 0;
    let lastStats = 0;
    const frame = (t: number) => {
      meter.tick(t);
      const ctx = canvasRef.current?.getContext('2d');
      if (ctx) {
        const x = 10 + ((Math.sin(t / 300) + 1) / 2) * 220;
        ctx.clearRect(0, 0, 240, 40);
        ctx.fillStyle = '#3b6fd4';
        ctx.beginPath();
        ctx.arc(x, 20, 10, 0, 2 * Math.PI);
        ctx.fill();
      }
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
      <canvas ref={canvasRef} width={240} height={40} aria-label="Animation driven by requestAnimationFrame" />
      <p
        data-testid="lab-frames"
        data-frames={stats.frames}
        data-worst-gap-ms={stats.worstGapMs.toFixed(1)}
        data-slow-share={stats.slowShare.toFixed(4)}
      >
        Frames: {stats.frames}, worst gap {stats.worstGapMs.toFixed(1)} ms, {(100 * stats.slowShare).toFixed(1)}% over 20 ms
      </p>
    </div>
  );
}
