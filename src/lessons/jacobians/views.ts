/** The tiny network's tensor graph and, for one chosen tensor op, its scalar expansion; both stepped backward. */
import { expandOp, tensorOps, type TensorOpInfo, type Tensor } from '../../engine';
import { largestDifference } from './chain';
import { buildTinyNet, traceBackward, type BackwardTrace } from './tiny-net';

/** Which op is expanded. */
export type ExpandedOp = 'f' | 'g' | 'yhat';

/** Both views, their backward traces and the gradients' agreement. */
export interface TwoViews {
  /** The tensor graph, stepped backward. */
  tensor: BackwardTrace;
  /** Shapes and formulas of the tensor ops. */
  ops: TensorOpInfo[];
  /** The scalar graph of the chosen op (weighted by its upstream gradient), stepped backward. */
  scalar: BackwardTrace;
  /** Per input of the chosen op: its label and the largest |tensor grad − scalar grads|. */
  agreement: { label: string; largest: number }[];
  /** Number of scalar ops in the expansion. */
  scalarOps: number;
}

/** Builds both views of the tiny network for the chosen op. */
export function twoViews(which: ExpandedOp): TwoViews {
  const net = buildTinyNet();
  const chosen: Tensor = net[which];
  const ops = tensorOps(net.loss);
  const upstream = chosen.grad!.detach();
  const parentGrads = chosen.parents.map((p) => (p.grad ? p.grad.detach() : null));
  const tensor = traceBackward(net.loss);
  const ex = expandOp(chosen, upstream);
  const scalar = traceBackward(ex.loss);
  const agreement = chosen.parents.flatMap((p, i) => {
    const own = parentGrads[i];
    if (!own || !p.requiresGrad) return [];
    const leaves = ex.inputs[i];
    const got = own.clone();
    leaves.forEach((leaf, k) => (got.data[k] = leaf.grad ? leaf.grad.item() : 0));
    return [{ label: p.label ?? `t${p.id}`, largest: largestDifference(own, got) }];
  });
  return { tensor, ops, scalar, agreement, scalarOps: scalar.steps.length };
}
