/**
 * The scalar expansion of one tensor op: every input entry becomes a scalar leaf and the op is
 * rebuilt from scalar ops, so the lecture's scalar graph and the tensor graph can be compared.
 */
import { Tensor } from './tensor';
import { EngineError, fmtShape } from './errors';
import { applyOp } from './autograd';
import { getOp } from './registry';
import { allocate } from './storage';

/** A tensor op rebuilt from scalars. */
export interface ScalarExpansion {
  /** One scalar leaf (requiresGrad) per input entry, per input, row-major. */
  inputs: Tensor[][];
  /** One scalar per output entry, row-major. */
  outputs: Tensor[];
  /** Σ_k ū_k y_k with the upstream gradient ū as constants: its backward gives the op's input gradients. */
  loss: Tensor;
}

const ENTRYWISE = new Set(['add', 'sub', 'mul', 'relu', 'sigmoid', 'tanh', 'exp', 'neg']);

/** `W1[0,2]` for a matrix entry, `x[1]` for a vector entry. */
function entryLabel(t: Tensor, k: number): string {
  const name = t.label ?? `t${t.id}`;
  if (t.ndim === 2) return `${name}[${Math.floor(k / t.shape[1])},${k % t.shape[1]}]`;
  return t.ndim === 0 ? name : `${name}[${k}]`;
}

function scalarLeaf(t: Tensor, k: number): Tensor {
  const buf = allocate(t.dtype, 1);
  buf[0] = t.data[k];
  const s = new Tensor(buf, [], true);
  s.label = entryLabel(t, k);
  return s;
}

/** y_i = Σ_j a_ij b_j for matmul [m,k]·[k] or [m,k]·[k,n] (and 1-D left operands). */
function expandMatmul(out: Tensor, [a, b]: Tensor[][], [ta, tb]: Tensor[]): Tensor[] {
  const [m, k] = ta.ndim === 2 ? ta.shape : [1, ta.shape[0]];
  const n = tb.ndim === 2 ? tb.shape[1] : 1;
  const ys: Tensor[] = [];
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      let acc = a[r * k].mul(b[c]);
      for (let j = 1; j < k; j++) acc = acc.add(a[r * k + j].mul(b[j * n + c]));
      acc.label = entryLabel(out, r * n + c);
      ys.push(acc);
    }
  }
  return ys;
}

/** The scalar expansion of the op that produced `t`, weighted by the upstream gradient ∂L/∂t. */
export function expandOp(t: Tensor, upstream: Tensor): ScalarExpansion {
  if (!t.gradFn) throw new EngineError('expandOp: the tensor is a leaf, not the output of an op');
  const name = t.gradFn.def.name;
  if (upstream.size !== t.size) {
    throw new EngineError(
      `expandOp: upstream ${fmtShape(upstream.shape)} does not match the output ${fmtShape(t.shape)}`,
    );
  }
  const inputs = t.parents.map((p) => Array.from({ length: p.size }, (_, k) => scalarLeaf(p, k)));
  let outputs: Tensor[];
  if (name === 'matmul') outputs = expandMatmul(t, inputs, t.parents);
  else if (ENTRYWISE.has(name) && t.parents.every((p) => p.size === t.size)) {
    const def = getOp(name);
    outputs = Array.from({ length: t.size }, (_, k) => {
      const y = applyOp(
        def,
        inputs.map((col) => col[k]),
        t.gradFn!.ctx.attrs,
      );
      y.label = entryLabel(t, k);
      return y;
    });
  } else {
    throw new EngineError(`expandOp: no scalar expansion for '${name}' with these shapes`);
  }
  const weight = (k: number): Tensor => {
    const buf = allocate(t.dtype, 1);
    buf[0] = upstream.data[k];
    const u = new Tensor(buf, []);
    u.label = `ū${t.ndim === 0 ? '' : `[${k}]`}`;
    return u;
  };
  let loss = outputs[0].mul(weight(0));
  for (let k = 1; k < outputs.length; k++) loss = loss.add(outputs[k].mul(weight(k)));
  loss.label = 'Σ ū·y';
  return { inputs, outputs, loss };
}
