/** The 2-D playground: settings, transport, live decision boundary, one heatmap per hidden neuron, loss curves. */
import { useMemo, useRef } from 'react';
import { DecisionBoundary } from '../../components/charts/DecisionBoundary';
import { LineChart } from '../../components/charts/LineChart';
import { NeuronHeatmap } from '../../components/charts/NeuronHeatmap';
import { Transport } from '../../components/controls/Transport';
import { useSubSteps } from '../../kit/substeps';
import { EXTENT, GRID, type ToySettings } from './toy-config';
import { maxLineSwitches } from './boundary';
import { usePlayground } from './usePlayground';
import type { ToyDataset } from '../../data/toy';

/** Props of {@link PlaygroundFigure}. */
export interface PlaygroundFigureProps {
  /** The run's settings. */
  settings: ToySettings;
  /** Optimizer steps per "step" press (and per clicker press). */
  stepsPerPress: number;
  /** Draw each hidden neuron's own heatmap. */
  showNeurons?: boolean;
  /** Draw the loss curves. */
  showCurves?: boolean;
  /** Clicker presses the figure consumes before the slide moves on. */
  maxPresses?: number;
}

const DOMAIN: [number, number] = [-EXTENT, EXTENT];
const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

function toPoints(d: ToyDataset) {
  return Array.from({ length: d.count }, (_, i) => ({
    x: d.x[2 * i],
    y: d.x[2 * i + 1],
    label: d.y[i],
  }));
}

/** The live figure of one toy run. */
export function PlaygroundFigure({
  settings,
  stepsPerPress,
  showNeurons = true,
  showCurves = true,
  maxPresses = 20,
}: PlaygroundFigureProps) {
  const frame = useRef<HTMLDivElement>(null);
  const run = usePlayground(settings, frame);
  const presses = useRef(0);
  useSubSteps({
    next: () => {
      if (run.isPlaying) return (run.playPause(), true);
      if (presses.current >= maxPresses) return false;
      presses.current++;
      run.step(stepsPerPress);
      return true;
    },
    prev: () => false,
    clicker: `Each press trains ${stepsPerPress} more steps, ${maxPresses} presses at most (a press while it plays pauses it); Back leaves the training as it is.`,
  });
  const { view, status } = run;
  const diverged = status === 'diverged';
  const trainPoints = useMemo(() => toPoints(run.data.train), [run.data.train]);
  return (
    <div
      ref={frame}
      className="mlp-play"
      data-testid="playground"
      data-iteration={run.viewIteration}
      data-train-accuracy={view?.trainAccuracy ?? ''}
      data-test-accuracy={view?.testAccuracy ?? ''}
      data-status={status}
      data-max-line-switches={view ? maxLineSwitches(view.regions, GRID) : ''}
    >
      <Transport
        isPlaying={run.isPlaying}
        onPlayPause={run.playPause}
        onStep={() => run.step(stepsPerPress)}
        onReset={run.reset}
        label={`Training (one step = ${stepsPerPress} updates)`}
      />
      {diverged && (
        <p className="notice" role="alert">
          {run.message ?? 'Training diverged.'} The heatmaps keep the last good weights.{' '}
          <button type="button" onClick={run.reset}>
            Reset the weights
          </button>
        </p>
      )}
      <p className="mlp-stats" aria-live="polite">
        step {run.viewIteration} · train accuracy{' '}
        <strong>{view ? pct(view.trainAccuracy) : '…'}</strong> · test accuracy{' '}
        <strong>{view ? pct(view.testAccuracy) : '…'}</strong>
        {view && Number.isFinite(view.testLoss) && <> · test loss {view.testLoss.toFixed(3)}</>}
      </p>
      <div className="mlp-play__main">
        <div className="mlp-play__boundary">
          {view && (
            <DecisionBoundary
              gridSize={GRID}
              cells={view.regions}
              xDomain={DOMAIN}
              yDomain={DOMAIN}
              points={trainPoints}
              numClasses={run.data.train.classes}
              ariaLabel="Decision regions of the network with its training points"
            />
          )}
        </div>
        {showCurves && (
          <div className="mlp-play__curves">
            <LineChart
              series={[
                {
                  id: 'train',
                  label: 'training loss',
                  x: run.curve.map((p) => p.iteration),
                  y: run.curve.map((p) => p.train),
                  colorIndex: 0,
                },
                {
                  id: 'test',
                  label: 'test loss',
                  x: run.curve.map((p) => p.iteration),
                  y: run.curve.map((p) => p.test),
                  colorIndex: 1,
                  dashed: true,
                },
              ]}
              xLabel="step"
              yLabel="cross-entropy"
              height={180}
              ariaLabel="Training and test loss"
            />
          </div>
        )}
      </div>
      {showNeurons && view && (
        <div className="mlp-neurons" aria-label="Each hidden neuron's activation over the plane">
          {view.neurons.map((layer, l) => (
            <div key={l} className="mlp-neurons__layer">
              <span className="mlp-neurons__title">layer {l + 1}</span>
              <div className="mlp-neurons__grid">
                {layer.map((values, j) => (
                  <NeuronHeatmap
                    key={j}
                    values={values}
                    gridSize={GRID}
                    ariaLabel={`Layer ${l + 1}, neuron ${j + 1}`}
                  />
                ))}
              </div>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
