/**
 * Forward-mode automatic differentiation. Every value carries a tangent beside it (a dual number
 * (v, v̇) for scalars); each op's `jvp` in the registry turns its inputs' tangents into its
 * output's tangent. One pass gives the derivative of every output along one input direction,
 * where reverse mode's one backward pass gives the gradient of one output for every input.
 */
import type { Tensor } from './tensor';
import { Tensor as TensorClass } from './tensor';
import { topoSort } from './autograd';
import { EngineError, fmtShape } from './errors';
import { sameShape } from './shape';

/** Tangents of a recorded graph, by tensor id (null: the tensor does not depend on a seeded input). */
export type TangentMap = Map<number, Tensor | null>;

/**
 * Pushes tangents forward through the graph that produced `output`, in topological order.
 * `seeds` gives the tangent of the inputs that move; every other leaf has tangent zero.
 * Throws an EngineError naming any op on the path that declares no `jvp`.
 */
export function pushTangents(output: Tensor, seeds: ReadonlyMap<Tensor, Tensor>): TangentMap {
  const tangents: TangentMap = new Map();
  for (const [leaf, t] of seeds) {
    if (!sameShape(leaf.shape, t.shape) || leaf.dtype !== t.dtype) {
      throw new EngineError(
        `forward mode: a tangent of shape ${fmtShape(t.shape)} (${t.dtype}) for an input of shape ${fmtShape(leaf.shape)} (${leaf.dtype})`,
      );
    }
  }
  for (const node of topoSort(output)) {
    if (!node.gradFn) {
      tangents.set(node.id, seeds.get(node) ?? null);
      continue;
    }
    const inputs = node.parents.map((p) => tangents.get(p.id) ?? null);
    if (inputs.every((t) => t === null)) {
      tangents.set(node.id, null);
      continue;
    }
    const { def, ctx } = node.gradFn;
    if (!def.jvp) throw new EngineError(`forward mode: op "${def.name}" declares no jvp`);
    tangents.set(node.id, def.jvp(node.parents, node, inputs, ctx));
  }
  return tangents;
}

/** Output and output tangent of one forward-mode pass. */
export interface JvpResult {
  /** fn's output. */
  output: Tensor;
  /** Directional derivative of the output along the input tangents (zeros when independent). */
  tangent: Tensor;
}

/**
 * One forward-mode pass: fn's output and its directional derivative J·v along `tangents` (one
 * per input, null for an input that does not move). The inputs are used as given (they must
 * require grad so the graph is recorded; leaves are created for those that do not).
 */
export function jvp(
  fn: (...inputs: Tensor[]) => Tensor,
  inputs: Tensor[],
  tangents: (Tensor | null)[],
): JvpResult {
  const leaves = inputs.map((x) =>
    x.requiresGrad ? x : new TensorClass(x.data, x.shape.slice(), true),
  );
  const output = fn(...leaves);
  const seeds = new Map<Tensor, Tensor>();
  leaves.forEach((leaf, i) => {
    const t = tangents[i];
    if (t) seeds.set(leaf, t);
  });
  const t = pushTangents(output, seeds).get(output.id) ?? null;
  const zeros = () =>
    new TensorClass(
      output.data.map(() => 0),
      output.shape.slice(),
    );
  return { output, tangent: t ?? zeros() };
}
