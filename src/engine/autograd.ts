import type { OpAttrs, OpCtx, OpDef } from './op-types';
import type { Tensor } from './tensor';
// NOTE: this module imports the Tensor type only (no runtime import of tensor.ts, which imports
// this one); new tensors are made through the methods of the tensors it is given.
import { isArenaBuffer } from './arena';
import { EngineError, fmtShape } from './errors';
import { isGradEnabled } from './grad-mode';
import { sameShape } from './shape';
import { OPS } from './registry';

/** Runs an op: checks dtypes, computes the output and (when grad mode is on) records the graph. */
export function applyOp(def: OpDef, inputs: Tensor[], attrs: OpAttrs = {}): Tensor {
  if (inputs.length !== def.arity) {
    throw new EngineError(`${def.name}: expects ${def.arity} input(s), got ${inputs.length}`);
  }
  for (let i = 1; i < inputs.length; i++) {
    if (inputs[i].dtype !== inputs[0].dtype) {
      throw new EngineError(
        `${def.name}: dtype mismatch (${inputs[0].dtype} and ${inputs[i].dtype})`,
      );
    }
  }
  const ctx: OpCtx = { attrs, saved: {}, needsInputGrad: inputs.map((t) => t.requiresGrad) };
  const out = def.forward(inputs, ctx);
  if (isGradEnabled()) {
    out.op = def.name;
    out.parents = inputs;
    out.gradFn = { def, ctx };
    out.requiresGrad = ctx.needsInputGrad.some(Boolean);
  }
  return out;
}

/** All tensors the output depends on, inputs before the ops that use them (output last). */
export function topoSort(output: Tensor, onlyRequiringGrad = false): Tensor[] {
  const order: Tensor[] = [];
  const visited = new Set<number>();
  // NOTE: iterative post-order DFS, so deep graphs (long chains) cannot overflow the call stack.
  const stack: [Tensor, number][] = [[output, 0]];
  visited.add(output.id);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const [node, next] = top;
    const parents = onlyRequiringGrad && !node.requiresGrad ? [] : node.parents;
    if (next < parents.length) {
      top[1] = next + 1;
      const p = parents[next];
      if (!visited.has(p.id) && (!onlyRequiringGrad || p.requiresGrad)) {
        visited.add(p.id);
        stack.push([p, 0]);
      }
    } else {
      stack.pop();
      order.push(node);
    }
  }
  return order;
}

/** Adds `g` into `t.grad` (copying on first assignment when `g` may share a buffer). */
export function accumulateGrad(t: Tensor, g: Tensor, mayAlias: boolean): void {
  if (!sameShape(g.shape, t.shape)) {
    throw new EngineError(
      `backward: gradient of shape ${fmtShape(g.shape)} does not match tensor of shape ${fmtShape(t.shape)}`,
    );
  }
  if (t.grad === null) {
    // NOTE: a leaf's gradient outlives the step (zeroGrad keeps its buffer), so it must not stay
    // in a buffer an arena will lend again.
    t.grad = mayAlias || (!t.gradFn && isArenaBuffer(g.data)) ? copyOf(g) : g;
    return;
  }
  const dst = t.grad.data;
  const src = g.data;
  for (let i = 0; i < dst.length; i++) dst[i] += src[i];
}

/** A leaf holding a copy of `g`'s values that does not require grad. */
function copyOf(g: Tensor): Tensor {
  const c = g.clone();
  c.requiresGrad = false;
  return c;
}

/** A leaf of ones with the shape and dtype of `t` (the seed ∂L/∂L = 1). */
function onesLike(t: Tensor): Tensor {
  const c = copyOf(t);
  c.data.fill(1);
  return c;
}

/**
 * The parents whose existing gradient the op may accumulate into (OpCtx.gradInto): leaves that
 * require grad, already hold a gradient of their shape (kept by zeroGrad) and appear once.
 */
function gradTargets(node: Tensor): (Tensor | null)[] {
  return node.parents.map((p, i) =>
    p.requiresGrad &&
    !p.gradFn &&
    p.grad !== null &&
    node.parents.indexOf(p) === i &&
    node.parents.lastIndexOf(p) === i &&
    sameShape(p.grad.shape, p.shape)
      ? p.grad
      : null,
  );
}

/**
 * Runs one node's backward and accumulates into its parents; returns the per-input contributions.
 * With `inPlace` (the real backward pass), an op may add a leaf's gradient straight into that leaf's
 * grad buffer (see OpCtx.gradInto): the contribution it returns is then the leaf's whole gradient.
 */
export function backwardNode(node: Tensor, inPlace = false): (Tensor | null)[] {
  const fn = node.gradFn;
  const gradOut = node.grad;
  if (!fn || !gradOut) return node.parents.map(() => null);
  const targets = inPlace ? gradTargets(node) : null;
  if (targets) fn.ctx.gradInto = targets;
  let grads: (Tensor | null)[];
  try {
    grads = fn.def.backward(node.parents, node, gradOut, fn.ctx);
  } finally {
    if (targets) delete fn.ctx.gradInto;
  }
  const custom = OPS[fn.def.name] !== fn.def;
  node.parents.forEach((p, i) => {
    const g = grads[i];
    if (!p.requiresGrad || !g || (targets !== null && g === targets[i])) return;
    if (g.dtype !== p.dtype)
      throw new EngineError(`${fn.def.name}: backward returned ${g.dtype} for a ${p.dtype} input`);
    // NOTE: a parent used twice (x·x) must not adopt its first gradient's buffer: the second
    // contribution would be added into it, and the first contribution would read as the total.
    const isRepeated = node.parents.indexOf(p) !== node.parents.lastIndexOf(p);
    accumulateGrad(p, g, custom || isRepeated || g.data === gradOut.data || g === p);
  });
  return grads.map((g, i) => (node.parents[i].requiresGrad ? g : null));
}

/** Checks the output, clears intermediate grads and seeds ∂L/∂output; returns the topological order. */
export function prepareBackward(output: Tensor, grad?: Tensor): Tensor[] {
  if (!output.requiresGrad) {
    throw new EngineError(
      'backward: the output does not require grad (no input has requiresGrad, or it was computed under noGrad)',
    );
  }
  if (!grad && output.size !== 1) {
    throw new EngineError(
      `backward: output has shape ${fmtShape(output.shape)}; pass a gradient of that shape for non-scalar outputs`,
    );
  }
  const order = topoSort(output, true);
  for (const node of order) if (node.gradFn) node.grad = null;
  if (grad && grad.dtype !== output.dtype) {
    throw new EngineError(
      `backward: gradient dtype ${grad.dtype} does not match output dtype ${output.dtype}`,
    );
  }
  const seed = grad ?? onesLike(output);
  accumulateGrad(output, seed, true);
  return order;
}

/** The real backward pass: reverse topological order, one op at a time. */
export function runBackward(output: Tensor, grad?: Tensor): void {
  const order = prepareBackward(output, grad);
  for (let i = order.length - 1; i >= 0; i--) backwardNode(order[i], true);
}
