/** The formula panel for the active graph node: its local derivatives, symbolic and numeric. */
import type { GraphData, GraphNode } from '../../engine/graph-types';
import { Tex } from '../Tex';
import { formatValues } from '../format';
import { chainProductTex, type GraphStep } from './labels';
import { namedForwardTex, namedLocalTex } from './local-tex';

/** Props of {@link NodeFormula}. */
export interface NodeFormulaProps {
  /** The whole graph (to find consumers and names). */
  graph: GraphData;
  /** The node to explain. */
  node: GraphNode;
  /** The current step, for upstream × local numbers when it is this op's backward step. */
  currentStep?: GraphStep;
  /** Show gradient values. */
  showGrads: boolean;
}

function OpFormula({ graph, node, currentStep }: Omit<NodeFormulaProps, 'showGrads'>) {
  const step = currentStep && currentStep.opId === node.id ? currentStep : undefined;
  const inputs = node.inputs ?? [];
  const forward = namedForwardTex(graph, node);
  return (
    <>
      {forward && (
        <div className="cr-graph-formula__row">
          <Tex tex={forward} />
        </div>
      )}
      {inputs.map((id, i) => {
        const input = graph.nodes.find((n) => n.id === id);
        const local = namedLocalTex(graph, node, i);
        const chain = step ? chainProductTex(step, i) : null;
        return (
          <div className="cr-graph-formula__row" key={`${id}-${i}`}>
            <span className="cr-graph-formula__who">to {input?.label ?? id}:</span>{' '}
            {local ? <Tex tex={local} /> : <span>no local derivative</span>}
            {chain && (
              <span className="cr-graph-formula__chain">
                {' '}
                <Tex tex={chain} />
              </span>
            )}
          </div>
        );
      })}
    </>
  );
}

function ValueFormula({ graph, node, showGrads }: Omit<NodeFormulaProps, 'currentStep'>) {
  const consumers = graph.nodes.filter(
    (n) => n.kind === 'op' && (n.inputs ?? []).includes(node.id),
  );
  return (
    <>
      <div className="cr-graph-formula__row">
        <Tex
          tex={`${node.labelTex ?? node.label} = ${formatValues(node.value, node.size).replace(/−/g, '-')}`}
        />
        {showGrads && node.grad && (
          <span className="cr-graph-formula__grad">
            {' '}
            <Tex
              tex={`\\frac{\\partial L}{\\partial ${node.labelTex ?? node.label}} = ${formatValues(node.grad, node.size).replace(/−/g, '-')}`}
            />
          </span>
        )}
      </div>
      {consumers.map((op) => {
        const i = (op.inputs ?? []).indexOf(node.id);
        const tex = namedLocalTex(graph, op, i);
        return tex ? (
          <div className="cr-graph-formula__row" key={op.id}>
            <span className="cr-graph-formula__who">into {op.label}:</span> <Tex tex={tex} />
          </div>
        ) : null;
      })}
    </>
  );
}

/** Explains one node: op nodes show forward formula and local derivatives; values show value, gradient and consumers. */
export function NodeFormula({ graph, node, currentStep, showGrads }: NodeFormulaProps) {
  return (
    <div className="cr-graph-formula" aria-live="polite" data-testid="graph-formula">
      <div className="cr-graph-formula__title">
        {node.kind === 'op'
          ? `Operation ${node.label}${node.op ? ` (${node.op})` : ''}`
          : `Value ${node.label}`}
      </div>
      {node.kind === 'op' ? (
        <OpFormula graph={graph} node={node} currentStep={currentStep} />
      ) : (
        <ValueFormula graph={graph} node={node} showGrads={showGrads} />
      )}
    </div>
  );
}
