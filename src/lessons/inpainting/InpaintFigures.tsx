/** The inpainting lesson's figures: the task, the model's graph, live training, and the PSNR table. */
import { useMemo } from 'react';
import { DigitCanvas, formatNumber, GraphView, LineChart } from '../../components';
import type { MnistDataset } from '../../data/mnist-types';
import { maskImage } from '../../data/mask-spec';
import { useModelOutputs } from '../../kit/useModelOutputs';
import { MaskControls } from './MaskControls';
import {
  baselinePsnr,
  maskedPsnr,
  maskedSet,
  meanImage,
  MEASURE_COUNT,
  testDigit,
} from './measure';
import { testMask } from './masks';
import { inpaintGraph } from './model-graph';
import { inpaintStore, TRAIN_COUNT } from './store';
import { TrainControls } from './TrainControls';
import type { InpaintView } from './useInpaintView';

const SHOWN = 4;
const dB = (v: number) => `${formatNumber(Number(v.toFixed(1)))} dB`;

/** Rows of digits with a title each. */
function Strip({ title, images }: { title: string; images: (Float32Array | null)[] }) {
  return (
    <div className="ip-strip" role="group" aria-label={title}>
      <span className="ip-strip-title">{title}</span>
      {images.map((img, i) =>
        img ? (
          <DigitCanvas key={i} pixels={img} size={64} ariaLabel={`${title}, test digit ${i}`} />
        ) : (
          <span key={i} className="ip-empty" aria-label="not trained yet">
            –
          </span>
        ),
      )}
    </div>
  );
}

/** Step 1: choose a mask; see masked inputs above their targets. */
export function TaskFigure({ data, view }: { data: MnistDataset; view: InpaintView }) {
  const set = useMemo(() => maskedSet(data, view.spec, SHOWN), [data, view.spec]);
  return (
    <div className="ip-task">
      <MaskControls view={view} image={set.clean[0]} />
      <Strip title="input x: masked digit" images={set.inputs} />
      <Strip title="target y: the original" images={set.clean} />
    </div>
  );
}

/** Step 2: the engine's graph of the model and loss, collapsed to tensors with shapes. */
export function ModelFigure({ data, view }: { data: MnistDataset; view: InpaintView }) {
  const { graph, loss } = useMemo(() => {
    const y = testDigit(data, 0);
    return inpaintGraph(maskImage(y, testMask(view.spec, 0)), y, view.params.h);
  }, [data, view.spec, view.params.h]);
  return (
    <div className="ip-model">
      <GraphView
        graph={graph}
        collapsed
        showGrads={false}
        ariaLabel="Tensor graph of the inpainting MLP and its loss"
      />
      <p className="ip-caption-line">
        With random weights, the loss of test digit 0 is L ={' '}
        {formatNumber(Number(loss.toPrecision(4)))}.
      </p>
      <table className="ip-table" aria-label="Classifier against inpainting">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">digit classifier</th>
            <th scope="col">inpainting</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">model</th>
            <td>W2 max(0, W1 x)</td>
            <td>W2 max(0, W1 x)</td>
          </tr>
          <tr>
            <th scope="row">output ŷ</th>
            <td>10 scores</td>
            <td>784 pixels</td>
          </tr>
          <tr>
            <th scope="row">target y</th>
            <td>a class 0–9</td>
            <td>the original digit</td>
          </tr>
          <tr>
            <th scope="row">loss</th>
            <td>softmax cross-entropy</td>
            <td>½‖y − ŷ‖²</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** Step 3: train live; loss curve and refreshing (masked, prediction, truth) triplets. */
export function TrainFigure({ data, view }: { data: MnistDataset; view: InpaintView }) {
  const set = useMemo(() => maskedSet(data, view.spec, SHOWN), [data, view.spec]);
  const outputs = useModelOutputs(inpaintStore.useLessonStore, set.inputs);
  const history = inpaintStore.useLessonStore((s) => s.training.history);
  const series = useMemo(
    () => [
      {
        id: 'loss',
        label: 'batch loss ½‖y − ŷ‖²',
        x: history.map((h) => h.iteration),
        y: history.map((h) => h.loss),
      },
    ],
    [history],
  );
  return (
    <div className="ip-train-figure">
      <TrainControls modelKey={view.key} config={view.config} />
      <div className="ip-train-grid">
        <LineChart
          series={series}
          logY
          xLabel="step"
          yLabel="batch loss"
          height={200}
          ariaLabel="Training loss against step"
        />
        <div>
          <Strip title="masked input" images={set.inputs} />
          <Strip title="prediction ŷ" images={outputs ?? set.inputs.map(() => null)} />
          <Strip title="truth y" images={set.clean} />
        </div>
      </div>
    </div>
  );
}

/** Step 4: PSNR on the hidden pixels, the model against the two hand-made fills. */
export function MeasureFigure({ data, view }: { data: MnistDataset; view: InpaintView }) {
  const trainDigits = inpaintStore.useLessonStore((s) => s.trainDigits.data);
  const set = useMemo(() => maskedSet(data, view.spec, MEASURE_COUNT), [data, view.spec]);
  const mean = useMemo(
    () => (trainDigits ? meanImage(trainDigits, TRAIN_COUNT) : null),
    [trainDigits],
  );
  const base = useMemo(() => (mean ? baselinePsnr(set, mean) : null), [set, mean]);
  const outputs = useModelOutputs(inpaintStore.useLessonStore, set.inputs);
  const trainedKey = inpaintStore.useLessonStore((s) => s.trainedKey);
  const learned = outputs && trainedKey === view.key ? maskedPsnr(set, outputs) : null;
  const margin = learned !== null && base ? learned - Math.max(base.mean, base.neighbours) : null;
  return (
    <div className="ip-measure">
      <TrainControls modelKey={view.key} config={view.config} claimsClicker={false} />
      <table
        className="ip-table"
        aria-label={`PSNR on the hidden pixels of ${MEASURE_COUNT} test digits`}
      >
        <thead>
          <tr>
            <th scope="col">fill for the hidden pixels</th>
            <th scope="col">PSNR (hidden pixels, {MEASURE_COUNT} digits)</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">mean image of {formatNumber(TRAIN_COUNT)} training digits</th>
            <td data-testid="ip-psnr-mean" data-value={base?.mean}>
              {base ? dB(base.mean) : 'loading…'}
            </td>
          </tr>
          <tr>
            <th scope="row">average of the known neighbours</th>
            <td data-testid="ip-psnr-neighbours" data-value={base?.neighbours}>
              {base ? dB(base.neighbours) : 'loading…'}
            </td>
          </tr>
          <tr>
            <th scope="row">the trained MLP</th>
            <td data-testid="ip-psnr-learned" data-value={learned ?? undefined}>
              {learned === null ? 'train it first' : dB(learned)}
            </td>
          </tr>
        </tbody>
      </table>
      {margin !== null && (
        <p className="ip-verdict" data-testid="ip-margin">
          {margin > 0
            ? `The MLP beats the better hand-made fill by ${dB(margin)}.`
            : `The MLP is ${dB(-margin)} behind the better hand-made fill: train it longer.`}
        </p>
      )}
    </div>
  );
}
