import { useMemo, useState } from 'react';
import { formatNumber, FunctionPlot, Slider, Tex } from '../../components';
import { LessonFigure } from '../../kit/LessonFigure';
import { useSubSteps } from '../../kit/substeps';
import { NEURON_B, NEURON_X, neuronGradient, neuronOutput, readNeuron } from './neuron';

const W_RANGE: [number, number] = [-4, 4];
/** The weight the figure starts (and resets) at. */
const W_START = 1;

/** One neuron, y = σ(w·x + b): drag w and the engine recomputes y and ∂y/∂w two ways. */
export function FirstTaste() {
  const [w, setW] = useState(W_START);
  const reading = useMemo(() => readNeuron(w), [w]);
  const fmt = (v: number) => formatNumber(Number(v.toPrecision(4)));
  // The clicker raises w by 1 per press up to 4 (the engine recomputes y and both derivatives);
  // the back key lowers it again, down to the starting w = 1.
  useSubSteps({
    next: () => (w < W_RANGE[1] ? (setW(Math.min(W_RANGE[1], Math.floor(w) + 1)), true) : false),
    prev: () => (w > W_START ? (setW(Math.max(W_START, Math.ceil(w) - 1)), true) : false),
    position: () => [Math.max(0, Math.round(w - W_START)), W_RANGE[1] - W_START],
    clicker: `Each press raises the weight w by one, up to ${W_RANGE[1]}; Back lowers it, down to ${W_START}.`,
  });
  return (
    <LessonFigure
      title="A first taste: one neuron, computed live"
      caption={`Both curves and every number are computed by the course's engine as you drag: the solid curve is y, the dashed one ∂y/∂w by backpropagation. Input x = ${NEURON_X}, bias b = ${NEURON_B}.`}
      onReset={() => setW(W_START)}
    >
      <div className="first-taste">
        <div className="first-taste-controls">
          <Slider
            label="Weight w"
            value={w}
            min={W_RANGE[0]}
            max={W_RANGE[1]}
            step={0.05}
            onChange={setW}
          />
          <p>
            <Tex
              tex={`y = \\sigma(w x + b) = \\sigma(${fmt(w)} \\cdot ${NEURON_X} ${NEURON_B < 0 ? '-' : '+'} ${Math.abs(NEURON_B)}) = ${fmt(reading.y)}`}
            />
          </p>
          <p>
            Backpropagation:{' '}
            <Tex tex={`\\frac{\\partial y}{\\partial w} = ${fmt(reading.gradW)}`} />
          </p>
          <p>
            Finite difference:{' '}
            <Tex tex={`\\frac{y(w+h) - y(w-h)}{2h} = ${fmt(reading.numericGradW)}`} />
          </p>
        </div>
        <FunctionPlot
          functions={[
            { label: 'y = σ(wx + b)', fn: neuronOutput },
            { label: '∂y/∂w', fn: neuronGradient, dashed: true },
          ]}
          xDomain={W_RANGE}
          samples={161}
          markX={w}
          xLabel="w"
          ariaLabel="The neuron's output and its derivative as functions of the weight w"
        />
      </div>
    </LessonFigure>
  );
}
