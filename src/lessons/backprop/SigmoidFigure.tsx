/**
 * CS231n's sigmoid neuron, stepped backward gate by gate, with a toggle that fuses the last
 * four gates into one sigmoid node and a table comparing the two sets of gradients.
 */
import { useMemo, useState } from 'react';
import { Tex } from '../../components/Tex';
import { formatNumber } from '../../components/format';
import { useSubSteps } from '../../kit/substeps';
import { PassStepper } from './PassStepper';
import {
  buildSigmoidCircuit,
  SIGMOID_LEAF_TEX,
  SIGMOID_LEAVES,
  type SigmoidCircuit,
} from './sigmoid-circuit';
import { finalGrad, finalValue, tracePasses, type PassTrace } from './trace';

/** Props of {@link SigmoidFigure}. */
export interface SigmoidFigureProps {
  /** Gates or one fused sigmoid. */
  mode: 'gates' | 'fused';
  /** Called with the other mode, and the backward position to show in it (default 0). */
  onMode: (mode: 'gates' | 'fused', position?: number) => void;
  /** Backward position. */
  position: number;
  /** Called with a new position. */
  onPosition: (position: number) => void;
}

interface CircuitRun {
  circuit: SigmoidCircuit;
  trace: PassTrace;
}

function runCircuit(fused: boolean): CircuitRun {
  const circuit = buildSigmoidCircuit(fused);
  return { circuit, trace: tracePasses(circuit.output) };
}

/** A position past every circuit's last step (the stepper clamps it; the URL allows up to 99). */
const LAST_POSITION = 99;

const four = (v: number | null) => (v === null ? '?' : v.toFixed(4).replace('-', '−'));

function CompareTable({ gates, fused }: { gates: CircuitRun; fused: CircuitRun }) {
  return (
    <table className="bp-table">
      <caption>Gradients of the output, from the engine: gate by gate vs one fused sigmoid</caption>
      <thead>
        <tr>
          <th scope="col">leaf</th>
          <th scope="col">value</th>
          <th scope="col">gates</th>
          <th scope="col">fused σ</th>
        </tr>
      </thead>
      <tbody>
        {SIGMOID_LEAVES.map((name) => (
          <tr key={name}>
            <th scope="row">
              <Tex tex={SIGMOID_LEAF_TEX[name]} />
            </th>
            <td>{formatNumber(finalValue(gates.trace, gates.circuit.leaves[name]) ?? NaN)}</td>
            <td>{four(finalGrad(gates.trace, gates.circuit.leaves[name]))}</td>
            <td>{four(finalGrad(fused.trace, fused.circuit.leaves[name]))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The clicker walks the gates backward (the stepper's own presses), then fuses them and walks the
 * fused circuit, then shows the comparison table (presenter mode shows it in place of the graph).
 */
function useSigmoidPresses(mode: 'gates' | 'fused', onMode: SigmoidFigureProps['onMode']) {
  const [isTableShown, setTableShown] = useState(false);
  useSubSteps({
    next: () => {
      if (mode === 'gates') onMode('fused');
      else if (!isTableShown) setTableShown(true);
      else return false;
      return true;
    },
    prev: () => {
      if (isTableShown) setTableShown(false);
      else if (mode === 'fused') onMode('gates', LAST_POSITION);
      else return false;
      return true;
    },
    position: () => [(mode === 'fused' ? 1 : 0) + (isTableShown ? 1 : 0), 2],
    clicker:
      'At the stepper’s end, a press fuses the gates into one σ node to walk through again, and at its end one more press shows the comparison table; Back undoes one.',
  });
  return isTableShown;
}

/** The circuit stepper, the gates/fused toggle and the comparison table. */
export function SigmoidFigure({ mode, onMode, position, onPosition }: SigmoidFigureProps) {
  const gates = useMemo(() => runCircuit(false), []);
  const fused = useMemo(() => runCircuit(true), []);
  const run = mode === 'fused' ? fused : gates;
  const out = finalValue(run.trace, run.circuit.output);
  const isTableShown = useSigmoidPresses(mode, onMode);
  return (
    <div className="bp-sigmoid" data-table={isTableShown ? 'shown' : 'hidden'}>
      <fieldset className="bp-toggle">
        <legend>Draw the sigmoid as</legend>
        <label className="bp-toggle__option">
          <input
            type="radio"
            name="bp-sig"
            checked={mode === 'gates'}
            onChange={() => onMode('gates')}
          />{' '}
          four gates (×−1, exp, +1, 1/x)
        </label>
        <label className="bp-toggle__option">
          <input
            type="radio"
            name="bp-sig"
            checked={mode === 'fused'}
            onChange={() => onMode('fused')}
          />{' '}
          one fused σ node
        </label>
      </fieldset>
      <p className="bp-big" data-testid="sigmoid-output">
        <Tex tex={`f = \\sigma(z) = ${four(out).replace('−', '-')}`} />
      </p>
      <PassStepper
        trace={run.trace}
        mode="backward"
        position={position}
        onPosition={onPosition}
        outputTex="f"
        ariaLabel={`The sigmoid neuron as ${mode === 'fused' ? 'one fused sigmoid node' : 'a circuit of gates'}`}
      />
      <CompareTable gates={gates} fused={fused} />
    </div>
  );
}
