import type { BackwardStep } from './graph-types';
import type { Tensor } from './tensor';
import { backwardNode, prepareBackward, topoSort } from './autograd';
import { localTex, opId, preview, valueId } from './graph-export';

/**
 * The real backward pass, one op at a time: zeroes every grad of the graph first, then yields a step per
 * op (upstream, elementwise local derivative, contribution per input) after accumulating exactly as
 * `backward()` does. `Array.from(backwardSteps(loss))` runs it to the end.
 */
export function* backwardSteps(output: Tensor, grad?: Tensor): Generator<BackwardStep> {
  for (const t of topoSort(output, true)) t.grad = null;
  const order = prepareBackward(output, grad);
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    if (!node.gradFn || !node.grad) continue;
    const { def, ctx } = node.gradFn;
    const upstream = preview(node.grad.data);
    const contributions = backwardNode(node);
    const local = def.local ? def.local(node.parents, node, ctx) : node.parents.map(() => null);
    const tex = localTex(node);
    yield {
      opId: opId(node),
      outputId: valueId(node),
      op: def.name,
      inputIds: node.parents.map(valueId),
      upstream,
      local: local.map((l) => (l ? preview(l) : null)),
      contributions: contributions.map((g) => (g ? preview(g.data) : null)),
      localGradTex: tex.symbolic,
      localGradTexNumeric: tex.numeric,
    };
  }
}
