/** The panel beside a stepped graph: what one forward or backward step computed, in TeX. */
import type { BackwardStep, ForwardStep, GraphData } from '../../engine';
import { Tex } from '../../components/Tex';
import { PredictReveal } from '../../components/controls/PredictReveal';
import { namedForwardTex, namedLocalTex } from '../../components/graph/local-tex';
import { dL, nodeLabel, nodeTex, texNum } from './tex-format';

/** Props of {@link ForwardDetails}. */
export interface ForwardDetailsProps {
  /** The graph (for labels and the op's formula). */
  graph: GraphData;
  /** The step just computed. */
  step: ForwardStep;
}

/** One forward step: the op's formula with its numbers, and what it saved for backward. */
export function ForwardDetails({ graph, step }: ForwardDetailsProps) {
  const op = graph.nodes.find((n) => n.id === step.opId);
  const ins = step.inputIds.map(
    (id) => `${nodeTex(graph, id)} = ${texNum(graph.nodes.find((n) => n.id === id)?.value[0])}`,
  );
  return (
    <div className="bp-details" data-testid="forward-details">
      <p className="bp-details__head">
        Operation <strong>{op?.label ?? step.op}</strong> ({step.op}) computes{' '}
        <strong>{nodeLabel(graph, step.outputId)}</strong>
      </p>
      {op && namedForwardTex(graph, op) && <Tex tex={namedForwardTex(graph, op) ?? ''} display />}
      <div className="bp-details__row">
        <span className="bp-details__who">inputs</span>{' '}
        <Tex tex={ins.join(',\\quad ') || '\\text{none}'} />
      </div>
      <div className="bp-details__row bp-forward">
        <span className="bp-details__who">output</span>{' '}
        <Tex tex={`${nodeTex(graph, step.outputId)} = ${texNum(step.value[0])}`} />
      </div>
      <div className="bp-details__row">
        <span className="bp-details__who">saved for backward</span>{' '}
        {step.saved.length === 0 ? (
          <span>nothing</span>
        ) : (
          <Tex tex={step.saved.map((s) => `${s.name} = ${texNum(s.value[0])}`).join(',\\quad ')} />
        )}
      </div>
    </div>
  );
}

/** Props of {@link BackwardDetails}. */
export interface BackwardDetailsProps {
  /** The graph (for labels). */
  graph: GraphData;
  /** The step just back-propagated. */
  step: BackwardStep;
  /** TeX of the graph's output (default L). */
  outputTex?: string;
}

/** One backward step: upstream gradient, each local gradient (symbolic and numeric), their product. */
export function BackwardDetails({ graph, step, outputTex = 'L' }: BackwardDetailsProps) {
  const out = nodeTex(graph, step.outputId);
  return (
    <div className="bp-details" data-testid="backward-details">
      <p className="bp-details__head">
        Back through{' '}
        <strong>{graph.nodes.find((n) => n.id === step.opId)?.label ?? step.op}</strong> ({step.op}
        ), which made <strong>{nodeLabel(graph, step.outputId)}</strong>
      </p>
      <div className="bp-details__row bp-upstream">
        <span className="bp-details__who">upstream</span>{' '}
        <Tex tex={`${dL(out, outputTex)} = ${texNum(step.upstream[0])}`} />
      </div>
      <ol className="bp-details__inputs">
        {step.inputIds.map((id, i) => (
          <BackwardInput
            key={`${id}-${i}`}
            graph={graph}
            step={step}
            index={i}
            outputTex={outputTex}
          />
        ))}
      </ol>
    </div>
  );
}

/**
 * ∂out/∂(input i) after contribution i: the gradient after the whole step minus the
 * contributions still to come to the same input (x·x gets two, one per line).
 */
export function runningTotal(graph: GraphData, step: BackwardStep, index: number): number | null {
  const id = step.inputIds[index];
  const after = graph.nodes.find((n) => n.id === id)?.grad?.[0];
  if (after === undefined) return null;
  let later = 0;
  for (let j = index + 1; j < step.inputIds.length; j++)
    if (step.inputIds[j] === id) later += step.contributions[j]?.[0] ?? 0;
  return after - later;
}

function BackwardInput({
  graph,
  step,
  index,
  outputTex,
}: {
  graph: GraphData;
  step: BackwardStep;
  index: number;
  outputTex: string;
}) {
  const id = step.inputIds[index];
  const who = nodeTex(graph, id);
  const contribution = step.contributions[index];
  const local = step.local[index];
  const op = graph.nodes.find((n) => n.id === step.opId);
  const localTex = (op && namedLocalTex(graph, op, index)) ?? step.localGradTex[index] ?? '?';
  const total = contribution ? runningTotal(graph, step, index) : null;
  return (
    <li className="bp-details__input">
      <span className="bp-details__who">to {nodeLabel(graph, id)}</span>
      <div className="bp-local">
        <span className="bp-tag">local</span> <Tex tex={localTex} />
      </div>
      {contribution ? (
        <>
          <div className="bp-product" data-testid="bp-product">
            <span className="bp-tag">product</span>{' '}
            <Tex
              tex={`${texNum(step.upstream[0])} \\times ${local ? texNum(local[0]) : '\\ldots'} = ${texNum(contribution[0])}`}
            />
          </div>
          <div className="bp-total" data-testid="bp-total">
            <span className="bp-tag">running total</span>{' '}
            <Tex tex={`${dL(who, outputTex)} = ${texNum(total)}`} />
          </div>
        </>
      ) : (
        <div className="bp-muted">no gradient needed here (data or a constant)</div>
      )}
    </li>
  );
}

/** Props of {@link BackwardQuestion}. */
export interface BackwardQuestionProps {
  /** The graph before the step (labels and local derivatives). */
  graph: GraphData;
  /** The step about to run. */
  step: BackwardStep;
  /** TeX of the graph's output (default L). */
  outputTex?: string;
  /** True once the presenter revealed every product (the room answered first). */
  isRevealed?: boolean;
  /** Called when a reader hides the revealed products (false) or reveals them (true). */
  onReveal?: (isShown: boolean) => void;
}

/** Before a backward step: its upstream and local gradients, and a prediction of each product. */
export function BackwardQuestion({
  graph,
  step,
  outputTex = 'L',
  isRevealed = false,
  onReveal,
}: BackwardQuestionProps) {
  const out = nodeTex(graph, step.outputId);
  const op = graph.nodes.find((n) => n.id === step.opId);
  const upstream = step.upstream[0];
  return (
    <div className="bp-details" data-testid="backward-question">
      <p className="bp-details__head">
        Next: back through <strong>{op?.label ?? step.op}</strong> ({step.op}), which made{' '}
        <strong>{nodeLabel(graph, step.outputId)}</strong>. Predict each product first.
      </p>
      <div className="bp-details__row bp-upstream">
        <span className="bp-details__who">upstream</span>{' '}
        <Tex tex={`${dL(out, outputTex)} = ${texNum(upstream)}`} />
      </div>
      {step.inputIds.map((id, i) => {
        const contribution = step.contributions[i]?.[0];
        const local = step.local[i]?.[0];
        if (contribution === undefined) return null;
        const name = nodeLabel(graph, id);
        return (
          <div className="bp-details__input" key={`${id}-${i}`}>
            <div className="bp-local">
              <span className="bp-tag">local</span>{' '}
              <Tex tex={(op && namedLocalTex(graph, op, i)) ?? step.localGradTex[i] ?? '?'} />
            </div>
            <PredictReveal
              question={`What does ${name} receive: upstream × local?`}
              answer={contribution}
              isRevealed={isRevealed || undefined}
              onReveal={onReveal}
              explanation={
                <Tex
                  tex={`${texNum(upstream)} \\times ${texNum(local)} = ${texNum(contribution)}`}
                />
              }
              mistakes={[
                {
                  value: local ?? NaN,
                  message: 'That is the local gradient alone: multiply it by the upstream one.',
                },
                {
                  value: upstream,
                  message: 'That is the upstream gradient alone: multiply it by the local one.',
                },
              ]}
            />
          </div>
        );
      })}
    </div>
  );
}
