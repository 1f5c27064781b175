/** Train your own network: its settings (in the URL), the run's curves and its gradient norms. */
import { memo, useEffect, useId, useRef, useState } from 'react';
import { LineChart, type LineSeries } from '../../components/charts/LineChart';
import { NumberInput } from '../../components/controls/NumberInput';
import { useSubSteps } from '../../kit/substeps';
import type { ParamValues } from '../../kit/url-params';
import { TRAINING_PARAMS } from './params';
import { RunButtons, RunStatusLine } from './RunButtons';
import { liveHyper, trainingStore, useTrainingStore } from './store';
import { mlpConfig, runKey, stepsPerEpoch, type RunSettings } from './run-config';
import type { RunSeries } from './series';
import { DivergenceReport } from './DivergenceReport';

type Params = ParamValues<typeof TRAINING_PARAMS>;

function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly [string, string][];
  onChange: (v: string) => void;
}) {
  const id = useId();
  return (
    <div className="cr-control tr-choice">
      <label htmlFor={id} className="cr-control__label">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Props of {@link SettingsPanel}. */
export interface SettingsPanelProps {
  /** URL values. */
  params: Params;
  /** Writes URL values. */
  setParams: (next: Partial<Params>) => void;
}

/** The network and run settings; every number is validated and clamped with a message. */
export function SettingsPanel({ params, setParams }: SettingsPanelProps) {
  const spec = TRAINING_PARAMS;
  const num = (key: 'layers' | 'width' | 'lr' | 'bs' | 'ep' | 'seed', label: string) => (
    <NumberInput
      label={label}
      value={params[key]}
      min={spec[key].min}
      max={spec[key].max}
      step={spec[key].kind === 'int' ? 1 : undefined}
      onChange={(v) => setParams({ [key]: spec[key].kind === 'int' ? Math.round(v) : v })}
    />
  );
  return (
    <fieldset className="tr-settings">
      <legend>Your network and its training</legend>
      {num('layers', 'Hidden layers')}
      {num('width', 'Units per layer')}
      <Choice
        label="Activation"
        value={params.act}
        options={[
          ['relu', 'ReLU'],
          ['tanh', 'tanh'],
          ['sigmoid', 'sigmoid'],
          ['leakyRelu', 'leaky ReLU'],
        ]}
        onChange={(act) => setParams({ act })}
      />
      <Choice
        label="Optimiser"
        value={params.opt}
        options={[
          ['sgd', 'SGD'],
          ['momentum', 'SGD + momentum 0.9'],
          ['adam', 'Adam'],
        ]}
        onChange={(opt) => setParams({ opt })}
      />
      {num('lr', 'Learning rate α')}
      {num('bs', 'Batch size')}
      {num('ep', 'Epochs')}
      {num('seed', 'Seed')}
    </fieldset>
  );
}

const curve = (
  id: string,
  label: string,
  c: { x: readonly number[]; y: readonly number[] },
  colorIndex: number,
  dashed = false,
): LineSeries => ({
  id,
  label,
  x: c.x,
  y: c.y,
  colorIndex,
  dashed,
});

/** The charts redraw at most this often (ms); the status line follows every progress message. */
export const CHART_INTERVAL_MS = 250;

/** `value`, passed on at most once every `ms` (the latest value always arrives). */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(-Infinity);
  useEffect(() => {
    const wait = Math.max(0, last.current + ms - performance.now());
    const id = setTimeout(() => {
      last.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(id);
  }, [value, ms]);
  return shown;
}

/** Props of {@link RunCharts}. */
interface RunChartsProps {
  /** The run's curves. */
  series: RunSeries;
  /** Also chart accuracy. */
  showAccuracy?: boolean;
}

/** Loss, accuracy and gradient-norm charts of a run, redrawn at most every CHART_INTERVAL_MS. */
export function RunCharts({ series, showAccuracy = true }: RunChartsProps) {
  const shown = useThrottled(series, CHART_INTERVAL_MS);
  return <Charts series={shown} showAccuracy={showAccuracy} />;
}

const Charts = memo(function Charts({ series, showAccuracy = true }: RunChartsProps) {
  const hasTest = series.testLoss.x.length > 0;
  const loss = [curve('train-loss', 'batch loss', series.trainLoss, 0)];
  if (hasTest) loss.push(curve('test-loss', 'test loss', series.testLoss, 1, true));
  const acc = [curve('train-acc', 'training accuracy (moving average)', series.trainAcc, 0)];
  if (series.testAcc.x.length > 0)
    acc.push(curve('test-acc', 'test accuracy', series.testAcc, 1, true));
  const grads = series.gradNames.map((n, i) =>
    curve(`g-${n}`, `‖∇${n}‖`, series.gradNorms[i], i, n.startsWith('b')),
  );
  if (series.trainLoss.x.length === 0)
    return <p className="muted">The curves appear once training starts.</p>;
  return (
    <div className="tr-charts">
      <div className="tr-chart">
        <LineChart
          series={loss}
          logY
          xLabel="step"
          yLabel="loss"
          height={220}
          ariaLabel="Batch loss and test loss over the steps"
        />
      </div>
      {showAccuracy && (
        <div className="tr-chart">
          <LineChart
            series={acc}
            xLabel="step"
            yLabel="accuracy"
            yDomain={[0, 1]}
            height={220}
            ariaLabel="Training and test accuracy over the steps"
          />
        </div>
      )}
      {grads.length > 0 && (
        <div className="tr-chart">
          <LineChart
            series={grads}
            logY
            xLabel="step"
            yLabel="gradient norm"
            height={220}
            ariaLabel="Gradient norm of each parameter tensor over the steps"
          />
        </div>
      )}
    </div>
  );
});

/** Offers to resume or reset a run the student left while it was training. */
function ResumeOffer({ settings }: { settings: RunSettings }) {
  const store = useTrainingStore();
  const at = trainingStore.useLessonStore((s) => s.interruptedAt);
  const status = trainingStore.useLessonStore((s) => s.main.snapshot.status);
  if (at === null || status === 'running') return null;
  const main = store.slots.main;
  return (
    <div className="notice tr-resume" role="status">
      <p>Training paused at step {at} when you left this step.</p>
      <button
        type="button"
        onClick={() => {
          store.setState({ interruptedAt: null });
          void main.run(mlpConfig(settings), runKey(settings), liveHyper(settings));
        }}
      >
        Resume
      </button>
      <button
        type="button"
        onClick={() => {
          store.setState({ interruptedAt: null, inspection: null, beat: 0, predictions: null });
          void main.reset(mlpConfig(settings), runKey(settings));
        }}
      >
        Reset
      </button>
    </div>
  );
}

/** Props of {@link TrainFigure}. */
export interface TrainFigureProps extends SettingsPanelProps {
  /** Settings of the run. */
  settings: RunSettings;
}

/** The train-your-own figure. A clicker press runs one epoch, until the chosen epochs are done. */
export function TrainFigure({ params, setParams, settings }: TrainFigureProps) {
  const store = useTrainingStore();
  const series = trainingStore.useLessonStore((s) => s.main.series);
  const builtKey = trainingStore.useLessonStore((s) => s.main.key);
  const epoch = trainingStore.useLessonStore((s) => s.main.snapshot.progress?.epoch ?? 0);
  useSubSteps({
    next: () => {
      const { main } = store.getState();
      // NOTE: a press during a clicker epoch waits for it; during a full run (Train) it pauses.
      if (main.isStepping) return true;
      if (main.snapshot.status === 'running') return (void store.slots.main.pause(), true);
      if (main.snapshot.status === 'diverged' || epoch >= settings.ep - 1e-9) return false;
      void store.slots.main.stepFor(
        mlpConfig(settings),
        runKey(settings),
        stepsPerEpoch(settings.bs),
        liveHyper(settings),
      );
      return true;
    },
    prev: () => false,
    clicker:
      'Each press trains one more epoch, up to the chosen number (a press during an epoch waits for it; during a full Train run it pauses); Back changes step.',
  });
  const isStale = builtKey !== null && builtKey !== runKey(settings);
  return (
    <div className="tr-train">
      <SettingsPanel params={params} setParams={setParams} />
      <ResumeOffer settings={settings} />
      <div className="tr-row">
        <RunButtons settings={settings} showTrain />
      </div>
      {isStale && (
        <p className="notice" role="status">
          The settings changed: the next Train, step or Reset builds a fresh network with them.
        </p>
      )}
      <RunStatusLine />
      <DivergenceReport slot="main" />
      <RunCharts series={series} />
    </div>
  );
}
