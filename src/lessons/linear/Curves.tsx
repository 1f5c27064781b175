/** Loss and accuracy curves of the MNIST run, train and test. */
import { LineChart, type LineSeries } from '../../components/charts/LineChart';
import type { Divergence } from './mnist-run';
import type { Point, RunSeries } from './run-series';

/** Props of {@link Curves}. */
export interface CurvesProps {
  /** The run's curves. */
  series: RunSeries;
  /** Where training blew up, if it did: marked on a log-scale loss chart. */
  divergence?: Divergence | null;
}

function line(
  id: string,
  label: string,
  points: Point[],
  colorIndex: number,
  dashed: boolean,
): LineSeries {
  return { id, label, x: points.map((p) => p.x), y: points.map((p) => p.y), colorIndex, dashed };
}

/** Two charts: loss (train batches, test; log scale with a marker once diverged) and accuracy. */
export function Curves({ series, divergence = null }: CurvesProps) {
  const markers =
    divergence && Number.isFinite(divergence.loss)
      ? [
          {
            x: divergence.step,
            y: divergence.loss,
            label: `diverged: ${divergence.loss.toFixed(1)} at step ${divergence.step}`,
          },
        ]
      : [];
  const loss = [
    line('train-loss', 'train (batch)', series.trainLoss, 0, false),
    line('test-loss', 'test', series.testLoss, 1, true),
  ];
  const accuracy = [
    line('train-acc', 'train (moving average)', series.trainAccuracy, 0, false),
    line('test-acc', 'test', series.testAccuracy, 1, true),
  ];
  return (
    <div className="curves">
      <LineChart
        series={loss}
        xLabel="step"
        yLabel={divergence ? 'cross-entropy loss (log scale)' : 'cross-entropy loss'}
        logY={divergence !== null}
        markers={markers}
        height={220}
        ariaLabel="Loss per training step, train and test"
      />
      <LineChart
        series={accuracy}
        xLabel="step"
        yLabel="accuracy"
        yDomain={[0, 1]}
        height={220}
        ariaLabel="Accuracy per training step, train and test"
      />
    </div>
  );
}
