/**
 * Vector calculus on the engine's graphs: vector–Jacobian products (what backward computes), a
 * Jacobian assembled one row per backward pass, and a shape-level summary of a tensor graph.
 */
import { Tensor } from './tensor';
import { EngineError, fmtShape } from './errors';
import { topoSort } from './autograd';
import { allocate } from './storage';
import { opId, valueId } from './graph-export';

/** Result of {@link vjp}: the output y = fn(x) and vᵀ ∂y/∂x, shaped like x. */
export interface VjpResult {
  /** The output y = fn(x) (detached values). */
  value: Tensor;
  /** vᵀ J: the gradient one backward pass with seed v leaves on x. */
  grad: Tensor;
}

/** Vector–Jacobian product vᵀ ∂fn(x)/∂x by ONE backward pass seeded with v (v has y's shape). */
export function vjp(fn: (x: Tensor) => Tensor, x: Tensor, v: Tensor): VjpResult {
  const leaf = new Tensor(x.data.slice(), x.shape.slice(), true);
  const y = fn(leaf);
  if (v.size !== y.size) {
    throw new EngineError(
      `vjp: the seed has shape ${fmtShape(v.shape)} but the output has shape ${fmtShape(y.shape)}`,
    );
  }
  if (!y.requiresGrad) throw new EngineError('vjp: the output does not depend on x');
  const seed = new Tensor(allocate(y.dtype, y.size), y.shape.slice());
  seed.data.set(v.data);
  y.backward(seed);
  const grad = leaf.grad ?? new Tensor(allocate(x.dtype, x.size), x.shape.slice());
  return { value: y.detach(), grad: new Tensor(grad.data.slice(), x.shape.slice()) };
}

/** Row i of the Jacobian ∂y/∂x (flattened): the vjp with the one-hot seed e_i. */
export function jacobianRow(fn: (x: Tensor) => Tensor, x: Tensor, i: number): number[] {
  const probe = fn(new Tensor(x.data.slice(), x.shape.slice()));
  if (!Number.isInteger(i) || i < 0 || i >= probe.size) {
    throw new EngineError(`jacobianRow: row ${i} is outside 0…${probe.size - 1}`);
  }
  const seed = new Tensor(allocate(probe.dtype, probe.size), probe.shape.slice());
  seed.data[i] = 1;
  return Array.from(vjp(fn, x, seed).grad.data);
}

/** One op of a tensor graph, with the shapes a student needs to line up its Jacobians. */
export interface TensorOpInfo {
  /** Op node id (`o<id>`), as in exportGraph. */
  opId: string;
  /** Output value node id (`v<id>`). */
  outputId: string;
  /** Registry op name. */
  op: string;
  /** Output label (tensor label or `t<id>`). */
  outputLabel: string;
  /** Input labels, in argument order. */
  inputLabels: string[];
  /** Output shape. */
  outputShape: number[];
  /** Input shapes, in argument order. */
  inputShapes: number[][];
  /** Shape [outputs, inputs] of the flattened Jacobian of the output with respect to each input. */
  jacobianShapes: [number, number][];
  /** Forward formula TeX from the op registry. */
  forwardTex: string;
}

const labelOf = (t: Tensor): string => t.label ?? `t${t.id}`;

/** The ops of the graph that produced `output`, in forward order, with shapes and Jacobian shapes. */
export function tensorOps(output: Tensor): TensorOpInfo[] {
  return topoSort(output)
    .filter((t) => t.gradFn !== null)
    .map((t) => ({
      opId: opId(t),
      outputId: valueId(t),
      op: t.gradFn!.def.name,
      outputLabel: labelOf(t),
      inputLabels: t.parents.map(labelOf),
      outputShape: t.shape.slice(),
      inputShapes: t.parents.map((p) => p.shape.slice()),
      jacobianShapes: t.parents.map((p) => [t.size, p.size] as [number, number]),
      forwardTex: t.gradFn!.def.forwardTex,
    }));
}
