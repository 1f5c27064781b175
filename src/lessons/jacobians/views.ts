/** The tiny network's tensor graph and, for one chosen tensor op, its scalar expansion; both stepped backward. */
import { expandOp, scalar, tensorOps, type TensorOpInfo, type Tensor } from '../../engine';
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
  /** The expansion of one output entry alone, weighted by its ū (a slide-sized part). */
  oneEntry: BackwardTrace;
  /** Which entry that is (0-based): the one with the largest |ū|. */
  entry: number;
  /** How many output entries the op has. */
  entries: number;
}

/** Builds both views of the tiny network for the chosen op. */
export function twoViews(which: ExpandedOp): TwoViews {
  const net = buildTinyNet();
  const chosen: Tensor = net[which];
  const ops = tensorOps(net.loss);
  const upstream = chosen.grad!.detach();
  const parentGrads = chosen.parents.map((p) => (p.grad ? p.grad.detach() : null));
  const tensor = traceBackward(net.loss);
  const entry = busiestEntry(upstream);
  const ex = expandOp(chosen, upstream);
  const expanded = traceBackward(ex.loss);
  const agreement = chosen.parents.flatMap((p, i) => {
    const own = parentGrads[i];
    if (!own || !p.requiresGrad) return [];
    const leaves = ex.inputs[i];
    const got = own.clone();
    leaves.forEach((leaf, k) => (got.data[k] = leaf.grad ? leaf.grad.item() : 0));
    return [{ label: p.label ?? `t${p.id}`, largest: largestDifference(own, got) }];
  });
  return {
    tensor,
    ops,
    scalar: expanded,
    agreement,
    scalarOps: expanded.steps.length,
    oneEntry: oneEntryTrace(chosen, upstream, entry),
    entry,
    entries: chosen.size,
  };
}

/** The output entry the slide-sized view expands: the one with the largest upstream gradient. */
function busiestEntry(upstream: Tensor): number {
  let best = 0;
  for (let k = 1; k < upstream.size; k++)
    if (Math.abs(upstream.data[k]) > Math.abs(upstream.data[best])) best = k;
  return best;
}

/**
 * The scalar graph of one output entry only (the one with the largest |ū|, so gradient flows),
 * weighted by its ū, on fresh scalar leaves (its gradients are not mixed with the whole
 * expansion's): every entry is built alike.
 */
function oneEntryTrace(chosen: Tensor, upstream: Tensor, k: number): BackwardTrace {
  const ex = expandOp(chosen, upstream);
  const weight = scalar(upstream.data[k], { dtype: 'float64', label: `ū[${k}]` });
  const loss = ex.outputs[k].mul(weight).setLabel('ū·y');
  return traceBackward(loss);
}
