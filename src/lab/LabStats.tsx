/** The lab's read-outs of a training snapshot, each with a data-testid for the browser tests. */
import type { TrainingSnapshot } from '../worker';

/** Props of {@link LabStats}. */
export interface LabStatsProps {
  /** Current training snapshot. */
  snapshot: TrainingSnapshot;
  /** Wall time of the last finished run in ms, or null. */
  wallMs: number | null;
}

const fmt = (v: number | null | undefined, digits = 4) =>
  v === null || v === undefined ? '–' : v.toFixed(digits);

/** A definition list of status, data, progress and timing. */
export function LabStats({ snapshot, wallMs }: LabStatsProps) {
  const p = snapshot.progress;
  const load = snapshot.loading;
  const rows: [string, string, string | number][] = [
    ['Status', 'lab-status', snapshot.status],
    [
      'Data',
      'lab-loading',
      load
        ? `${(load.loadedBytes / 1e6).toFixed(2)} / ${(load.totalBytes / 1e6).toFixed(2)} MB`
        : '–',
    ],
    ['Iteration', 'lab-iteration', p?.iteration ?? 0],
    ['Epoch', 'lab-epoch', fmt(p?.epoch, 3)],
    ['Batch loss', 'lab-loss', fmt(p?.batchLoss)],
    ['Train accuracy (moving average)', 'lab-train-accuracy', fmt(p?.trainAccuracy)],
    ['Test accuracy', 'lab-test-accuracy', fmt(snapshot.lastEval?.testAccuracy)],
    ['Samples per second', 'lab-samples-per-second', p ? Math.round(p.samplesPerSecond) : '–'],
    ['Time in training steps (ms)', 'lab-train-ms', p ? Math.round(p.trainMs) : '–'],
    ['Wall time of the run (ms)', 'lab-wall-ms', wallMs === null ? '–' : Math.round(wallMs)],
  ];
  return (
    <dl>
      {rows.map(([label, testId, value]) => (
        <div key={testId}>
          <dt>{label}</dt>
          <dd data-testid={testId}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
