/**
 * A stepped computational graph: the engine's graph with the current node highlighted, the
 * current step's numbers beside it, Previous/Next buttons, and the presenter's clicker (one
 * node per click; past the last node the click moves on to the next lesson step).
 */
import { GraphView } from '../../components/graph/GraphView';
import { useSubSteps } from '../../kit/substeps';
import { useState } from 'react';
import { BackwardDetails, BackwardQuestion, ForwardDetails } from './StepDetails';
import { clampPosition, maxPosition, placeOf, type PassMode } from './stepper-position';
import { forwardGraphAt, type PassTrace } from './trace';
import { useBackpropStore } from './store';

/** Props of {@link PassStepper}. */
export interface PassStepperProps {
  /** The engine's step-through of the graph. */
  trace: PassTrace;
  /** Which passes to walk. */
  mode: PassMode;
  /** Current position (clamped here, so a shared link can never break the figure). */
  position: number;
  /** Called with the new position. */
  onPosition: (position: number) => void;
  /** Accessible name of the graph. */
  ariaLabel: string;
  /** Fixed graph height in px (default: scale to the width). */
  graphHeight?: number;
  /** TeX of the graph's output in gradient labels (default L). */
  outputTex?: string;
  /** Before each backward step, ask for its products (a press shows the question, the next one the answer). */
  predictProducts?: boolean;
}

const PASS_NAMES: Record<PassMode, string> = {
  forward: 'the forward pass',
  backward: 'the backward pass',
  both: 'the forward, then the backward pass',
};

/** What one clicker press does on the stepper (the presenter console shows it). */
function clickerText(mode: PassMode, predict: boolean): string {
  const three = 'three presses: ask the room for its products, reveal them, run it';
  if (!predict) return `Each press runs one more node of ${PASS_NAMES[mode]}; Back undoes one.`;
  if (mode === 'backward')
    return `Each node of the backward pass takes ${three}; Back undoes one press.`;
  return `Each press runs one node of ${PASS_NAMES[mode]}, but a backward node takes ${three}; Back undoes one press.`;
}

function StartHint({ pass }: { pass: 'forward' | 'backward' }) {
  return (
    <div className="bp-details bp-details--hint">
      {pass === 'forward'
        ? 'Only the leaves (inputs and weights) have values so far. Press Next to run the first operation.'
        : 'The backward pass starts at the output, whose gradient with respect to itself is 1. Press Next to go back through the last operation.'}
    </div>
  );
}

/**
 * The predict-first gate: with it on, a press before a backward step first shows that step's
 * question; the next press runs the step. The clicker takes one press more: ask the room, reveal
 * the answers, then run the step. The question belongs to one position: any move drops it.
 */
function useProductQuestion({
  trace,
  mode,
  pos,
  max,
  isOn,
  onPosition,
}: {
  trace: PassTrace;
  mode: PassMode;
  pos: number;
  max: number;
  isOn: boolean;
  onPosition: (position: number) => void;
}) {
  const [askedAt, setAskedAt] = useState<number | null>(null);
  const [revealedAt, setRevealedAt] = useState<number | null>(null);
  const nextPlace = pos < max ? placeOf(mode, pos + 1, trace.forward.length) : null;
  const upcoming =
    isOn && nextPlace?.pass === 'backward' ? trace.backward[nextPlace.done - 1] : undefined;
  const question = askedAt === pos && upcoming ? upcoming : undefined;
  const isRevealed = question !== undefined && revealedAt === pos;
  const goTo = (p: number) => {
    setAskedAt(null);
    setRevealedAt(null);
    onPosition(p);
  };
  const next = () => {
    if (upcoming && !question) setAskedAt(pos);
    else goTo(pos + 1);
  };
  const press = () => (question && !isRevealed ? setRevealedAt(pos) : next());
  const reveal = (isShown: boolean) => setRevealedAt(isShown ? pos : null);
  const prev = (): boolean => {
    if (isRevealed) setRevealedAt(null);
    else if (question) setAskedAt(null);
    else if (pos > 0) goTo(pos - 1);
    else return false;
    return true;
  };
  return { question, isRevealed, goTo, next, press, reveal, prev };
}

/** The graph, the step panel and the stepping controls. */
export function PassStepper({
  trace,
  mode,
  position,
  onPosition,
  ariaLabel,
  graphHeight,
  outputTex,
  predictProducts = false,
}: PassStepperProps) {
  const fCount = trace.forward.length;
  const bCount = trace.backward.length;
  const max = maxPosition(mode, fCount, bCount);
  const pos = clampPosition(position, max);
  const place = placeOf(mode, pos, fCount);
  const isForward = place.pass === 'forward';
  const graph = isForward ? forwardGraphAt(trace, place.done) : trace.backwardGraphs[place.done];
  const fStep = isForward && place.done > 0 ? trace.forward[place.done - 1] : undefined;
  const bStep = !isForward && place.done > 0 ? trace.backward[place.done - 1] : undefined;
  const gate = useProductQuestion({ trace, mode, pos, max, isOn: predictProducts, onPosition });
  const { question } = gate;
  const currentStep = question
    ? { kind: 'backward' as const, ...question }
    : fStep
      ? { kind: 'forward' as const, ...fStep }
      : bStep
        ? { kind: 'backward' as const, ...bStep }
        : undefined;
  const total = isForward ? fCount : bCount;
  const showEdgeFormulas = useBackpropStore((s) => s.showEdgeFormulas);
  const setShowEdgeFormulas = useBackpropStore((s) => s.setShowEdgeFormulas);
  const hasBackward = mode !== 'forward';
  const edgeFormulaOps =
    hasBackward && showEdgeFormulas
      ? isForward
        ? []
        : trace.backward.slice(0, place.done).map((s) => s.opId)
      : undefined;

  useSubSteps({
    next: () => (pos < max ? (gate.press(), true) : false),
    prev: () => gate.prev(),
    position: () => [pos, max],
    clicker: clickerText(mode, predictProducts),
  });

  return (
    <div className={`bp-stepper-wrap bp-stepper-wrap--${place.pass}`}>
      <div className="bp-stepper__bar">
        <div className="bp-stepper__controls" role="group" aria-label="Step through the graph">
          <button type="button" onClick={() => gate.goTo(pos - 1)} disabled={pos <= 0}>
            ← Previous
          </button>
          <button type="button" className="primary" onClick={gate.next} disabled={pos >= max}>
            {question ? 'Show on the graph →' : 'Next node →'}
          </button>
          <button type="button" onClick={() => gate.goTo(0)} disabled={pos === 0}>
            Start over
          </button>
        </div>
        <p className="bp-stepper__status" aria-live="polite" data-testid="stepper-status">
          <span className={`bp-pass bp-pass--${place.pass}`}>
            {isForward ? 'Forward' : 'Backward'} pass
          </span>{' '}
          · step {place.done} of {total}
          {question ? ` · predict step ${place.done + 1}` : ''}
        </p>
        {hasBackward && (
          <label className="bp-stepper__toggle">
            <input
              type="checkbox"
              checked={showEdgeFormulas}
              onChange={(e) => setShowEdgeFormulas(e.target.checked)}
            />{' '}
            Local gradients on the edges
          </label>
        )}
      </div>
      <div className="bp-stepper">
        <div className="bp-stepper__graph">
          <GraphView
            graph={graph}
            currentStep={currentStep}
            showGrads={!isForward}
            ariaLabel={ariaLabel}
            height={graphHeight}
            showStepFormula={false}
            edgeFormulaOps={edgeFormulaOps}
            followId={isForward ? undefined : graph.outputId}
          />
        </div>
        <div className="bp-stepper__side">
          {question ? (
            <BackwardQuestion
              graph={graph}
              step={question}
              outputTex={outputTex}
              isRevealed={gate.isRevealed}
              onReveal={gate.reveal}
            />
          ) : fStep ? (
            <ForwardDetails graph={graph} step={fStep} />
          ) : bStep ? (
            <BackwardDetails graph={graph} step={bStep} outputTex={outputTex} />
          ) : (
            <StartHint pass={place.pass} />
          )}
        </div>
      </div>
    </div>
  );
}
