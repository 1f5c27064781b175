/** Gallery sections for the charts: real training curves and decision boundary of a tiny MLP, activation plots. */
import { useMemo, useState } from 'react';
import { noGrad, scalar } from '../engine';
import {
  DecisionBoundary,
  Figure,
  FunctionPlot,
  LineChart,
  type LabelledPoint,
  type PlotFunction,
} from '../components';
import { DOMAIN, GRID, createXorDemo, probabilityField, trainSteps } from './toy-training';

type Activation = 'relu' | 'sigmoid';

/** An activation evaluated by the engine (float64 scalar), without recording a graph. */
const valueOf = (op: Activation) => (x: number) =>
  noGrad(() => scalar(x, { dtype: 'float64' })[op]().item());

/** Its derivative, by the engine's backward pass (the same local gradient the graph view shows). */
const slopeOf = (op: Activation) => (x: number) => {
  const t = scalar(x, { dtype: 'float64', requiresGrad: true });
  t[op]().backward();
  return t.grad?.item() ?? Number.NaN;
};

const ACTIVATIONS: PlotFunction[] = [
  { label: 'ReLU', fn: valueOf('relu') },
  { label: 'ReLU′', fn: slopeOf('relu'), dashed: true },
  { label: 'σ', fn: valueOf('sigmoid'), colorIndex: 2 },
  { label: 'σ′ = σ(1−σ)', fn: slopeOf('sigmoid'), colorIndex: 2, dashed: true },
];

/** Loss curves and decision boundary, appended live by "Train 40 steps". */
export function TrainingChartsSection() {
  // The demo run (engine objects) is created once and trained in place; React state holds only plain data.
  const [demo] = useState(() => createXorDemo(3));
  const [state, setState] = useState(() => {
    const first = trainSteps(demo, 60);
    return { train: first.train, test: first.test, field: probabilityField(demo) };
  });
  const [logY, setLogY] = useState(false);
  const points: LabelledPoint[] = useMemo(() => {
    const d = demo.train;
    return Array.from({ length: d.count }, (_, i) => ({
      x: d.x[2 * i],
      y: d.x[2 * i + 1],
      label: d.y[i],
    }));
  }, [demo]);
  const train40 = () => {
    const more = trainSteps(demo, 40);
    setState((s) => ({
      train: [...s.train, ...more.train],
      test: [...s.test, ...more.test],
      field: probabilityField(demo),
    }));
  };
  return (
    <Figure
      wide
      id="charts-training"
      title="A 2-16-2 tanh MLP learning XOR (real engine, seeded)"
      caption="Train and test loss per step; the field shows P(class 1) on a 48×48 grid, redrawn after each run."
    >
      <div className="gallery-grid-2">
        <LineChart
          ariaLabel="Cross-entropy loss per step"
          xLabel="step"
          yLabel="loss"
          logY={logY}
          series={[
            { id: 'train', label: 'train', y: state.train },
            { id: 'test', label: 'test', y: state.test, dashed: true },
          ]}
        />
        <DecisionBoundary
          ariaLabel="Decision boundary of the MLP on XOR"
          gridSize={GRID}
          cells={state.field}
          xDomain={DOMAIN}
          yDomain={DOMAIN}
          points={points}
        />
      </div>
      <div className="gallery-row">
        <button type="button" className="gallery-button" onClick={train40}>
          Train 40 steps
        </button>
        <label className="gallery-check">
          <input
            type="checkbox"
            checked={logY}
            onChange={(e) => setLogY(e.currentTarget.checked)}
          />{' '}
          Log scale
        </label>
      </div>
    </Figure>
  );
}

/** Activation functions and their derivatives. */
export function FunctionPlotSection() {
  const [markX, setMarkX] = useState(1);
  return (
    <Figure
      id="charts-functions"
      title="Activations and their derivatives"
      caption="Solid: the function; dashed: its derivative. The marker is a pre-activation value."
    >
      <FunctionPlot
        ariaLabel="Activation functions"
        xDomain={[-6, 6]}
        yDomain={[-0.2, 1.6]}
        functions={ACTIVATIONS}
        markX={markX}
        xLabel="z"
      />
      <label className="gallery-check">
        Marker z = {markX}{' '}
        <input
          type="range"
          min={-6}
          max={6}
          step={0.5}
          value={markX}
          onChange={(e) => setMarkX(Number(e.currentTarget.value))}
        />
      </label>
    </Figure>
  );
}
