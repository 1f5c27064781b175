/** Five activation functions with their derivatives from the engine's backward pass, flat regions shaded, and a sigmoid stack. */
import { useMemo } from 'react';
import { FunctionPlot } from '../../components/charts/FunctionPlot';
import { Slider } from '../../components/controls/Slider';
import { Tex } from '../../components/Tex';
import { useSubSteps } from '../../kit/substeps';
import {
  activationTex,
  CURVE_LABELS,
  flatRegions,
  sampleCurve,
  sigmoidStackDerivatives,
  type CurveName,
} from './activation-curves';
import { FlatBands } from './FlatBands';

/** Props of {@link ActivationsFigure}. */
export interface ActivationsFigureProps {
  /** Function on screen. */
  fn: CurveName;
  /** Picks the function. */
  onFn: (fn: CurveName) => void;
  /** Sigmoids in the stack. */
  stack: number;
  /** Changes the stack depth. */
  onStack: (n: number) => void;
}

const NAMES = Object.keys(CURVE_LABELS) as CurveName[];
const RANGE: [number, number] = [-6, 6];

/** The activation picker, its plot and the vanishing-gradient stack. */
export function ActivationsFigure({ fn, onFn, stack, onStack }: ActivationsFigureProps) {
  const curve = useMemo(() => sampleCurve(fn, RANGE[0], RANGE[1], 241), [fn]);
  const regions = useMemo(() => flatRegions(curve), [curve]);
  const chain = useMemo(() => sigmoidStackDerivatives(0, stack), [stack]);
  const tex = activationTex(fn);
  const at = NAMES.indexOf(fn);
  // The clicker walks through the functions, one per press.
  useSubSteps({
    next: () => (at < NAMES.length - 1 ? (onFn(NAMES[at + 1]), true) : false),
    prev: () => (at > 0 ? (onFn(NAMES[at - 1]), true) : false),
    position: () => [at, NAMES.length - 1],
    clicker: `Each press shows the next activation function (${NAMES.length} in all); Back the previous one.`,
  });
  const toPoints = (ys: number[]) => curve.x.map((x, i) => ({ x, y: ys[i] }));
  return (
    <div className="mlp-acts">
      <div className="mlp-seg" role="radiogroup" aria-label="Activation function">
        {NAMES.map((n) => (
          <button
            key={n}
            type="button"
            role="radio"
            aria-checked={n === fn}
            className={n === fn ? 'is-on' : ''}
            onClick={() => onFn(n)}
          >
            {CURVE_LABELS[n]}
          </button>
        ))}
      </div>
      <div className="mlp-tex-pair">
        <Tex tex={tex.forward} />
        <Tex tex={tex.derivative} />
      </div>
      <FlatBands regions={regions} xDomain={RANGE}>
        <FunctionPlot
          functions={[
            { label: `${CURVE_LABELS[fn]} f(x)`, points: toPoints(curve.y), colorIndex: 0 },
            {
              label: 'f′(x), engine backward',
              points: toPoints(curve.dy),
              colorIndex: 1,
              dashed: true,
            },
          ]}
          xDomain={RANGE}
          xLabel="x"
          ariaLabel={`${CURVE_LABELS[fn]} and its derivative`}
        />
      </FlatBands>
      <div className="mlp-stack">
        <Slider label="Sigmoids stacked" value={stack} min={1} max={20} onChange={onStack} />
        <p>
          <Tex
            tex={`\\frac{d}{dx}\\,\\sigma^{(${stack})}(x)\\Big|_{x=0} = ${chain[chain.length - 1].toExponential(3)}`}
          />
        </p>
        <ol className="mlp-stack__bars" aria-label="Derivative at x = 0 after each sigmoid">
          {chain.map((d, i) => (
            <li key={i} style={{ width: `${Math.max(1, 100 * (d / 0.25))}%` }}>
              {i + 1}: {d.toExponential(2)}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
