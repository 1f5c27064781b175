import type { OpDef } from '../op-types';
import type { Tensor } from '../tensor';
import { registerOps } from '../registry';
import { EngineError, fmtShape } from '../errors';
import { allocate } from '../storage';
import { fmt, wrap } from './helpers';
import { sameShape } from '../shape';

function checkLabels(logits: Tensor, labels: Int32Array | undefined): Int32Array {
  if (logits.ndim !== 2) {
    throw new EngineError(
      `softmaxCrossEntropy: logits must be 2-D [B, C], got ${fmtShape(logits.shape)}`,
    );
  }
  const [rows, classes] = logits.shape;
  if (!labels || labels.length !== rows) {
    throw new EngineError(
      `softmaxCrossEntropy: ${labels?.length ?? 0} labels for logits of shape ${fmtShape(logits.shape)}`,
    );
  }
  for (const c of labels) {
    if (c < 0 || c >= classes)
      throw new EngineError(`softmaxCrossEntropy: label ${c} is out of range [0, ${classes})`);
  }
  return labels;
}

/** Fused softmax + cross-entropy, mean over the batch; saves the probabilities for backward. */
const softmaxCrossEntropyOp: OpDef = {
  name: 'softmaxCrossEntropy',
  symbol: 'softmax CE',
  arity: 1,
  inputNames: ['z'],
  forwardTex: 'L = \\frac{1}{B} \\sum_i -\\log \\frac{e^{z_{i,y_i}}}{\\sum_c e^{z_{i,c}}}',
  localGradTex: [
    '\\frac{\\partial L}{\\partial z_{i,c}} = \\frac{1}{B} \\left(p_{i,c} - \\mathbb{1}[c = y_i]\\right)',
  ],
  // NOTE: logits are [B, C]: no single number to plug in, so the numeric form names what is computed.
  numericTex: () => [
    '\\frac{\\partial L}{\\partial z} = \\tfrac{1}{B}\\,(p - \\mathrm{onehot}(y))',
  ],
  isElementwise: false,
  sample: [
    { shapes: [[3, 4]], attrs: { labels: Int32Array.from([0, 3, 1]) } },
    { shapes: [[1, 2]], attrs: { labels: Int32Array.from([1]) } },
  ],
  forward([z], ctx) {
    const labels = checkLabels(z, ctx.attrs.labels);
    const [rows, classes] = z.shape;
    const probs = allocate(z.dtype, z.size);
    const d = z.data;
    let total = 0;
    for (let r = 0; r < rows; r++) {
      const o = r * classes;
      let max = -Infinity;
      for (let c = 0; c < classes; c++) if (d[o + c] > max) max = d[o + c];
      // NOTE: subtracting the row maximum keeps every exponent ≤ 0 (no overflow); log-sum-exp adds it back.
      let sum = 0;
      for (let c = 0; c < classes; c++) {
        const e = Math.exp(d[o + c] - max);
        probs[o + c] = e;
        sum += e;
      }
      for (let c = 0; c < classes; c++) probs[o + c] /= sum;
      total += Math.log(sum) + max - d[o + labels[r]];
    }
    ctx.saved.probs = wrap(probs, z.shape);
    return wrap(allocate(z.dtype, 1).fill(total / rows), []);
  },
  backward([z], _y, g, ctx) {
    const labels = ctx.attrs.labels as Int32Array;
    const [rows, classes] = z.shape;
    const probs = ctx.saved.probs.data;
    const scale = g.data[0] / rows;
    const out = allocate(z.dtype, z.size);
    for (let i = 0; i < out.length; i++) out[i] = probs[i] * scale;
    for (let r = 0; r < rows; r++) out[r * classes + labels[r]] -= scale;
    return [wrap(out, z.shape)];
  },
  // NOTE: L̇ = (1/B) Σ (p − onehot(y)) · ż, the backward's gradient dotted with the tangent.
  jvp([z], y, [t], ctx) {
    if (!t) return wrap(allocate(y.dtype, 1), []);
    const labels = ctx.attrs.labels as Int32Array;
    const [rows, classes] = z.shape;
    const probs = ctx.saved.probs.data;
    let total = 0;
    for (let i = 0; i < t.size; i++) total += probs[i] * t.data[i];
    for (let r = 0; r < rows; r++) total -= t.data[r * classes + labels[r]];
    return wrap(allocate(y.dtype, 1).fill(total / rows), []);
  },
  saves: (_inputs, _y, ctx) => [{ name: 'p', value: ctx.saved.probs }],
};

const DL = (v: string) => `\\frac{\\partial L}{\\partial ${v}}`;

/**
 * ½‖ŷ − y‖², summed. A primitive (not built from sub/pow/sum/mul) because the lecture shows its
 * local derivative as one step, ∂L/∂ŷ = ŷ − y, and the scalar graph stays four ops long.
 */
const halfSquaredErrorOp: OpDef = {
  name: 'halfSquaredError',
  symbol: '½‖·‖²',
  arity: 2,
  inputNames: ['\\hat y', 'y'],
  forwardTex: 'L = \\tfrac{1}{2} \\lVert \\hat y - y \\rVert^2',
  localGradTex: [`${DL('\\hat y')} = \\hat y - y`, `${DL('y')} = -(\\hat y - y)`],
  numericTex: ([yhat, y]) => [
    `${DL('\\hat y')} = \\hat y - y = ${fmt(yhat)} - ${fmt(y)} = ${fmt(yhat - y)}`,
    `${DL('y')} = -(\\hat y - y) = ${fmt(y - yhat)}`,
  ],
  isElementwise: false,
  sample: [
    { shapes: [[], []] },
    {
      shapes: [
        [2, 3],
        [2, 3],
      ],
    },
  ],
  forward([yhat, y]) {
    if (!sameShape(yhat.shape, y.shape)) {
      throw new EngineError(
        `halfSquaredError: prediction ${fmtShape(yhat.shape)} and target ${fmtShape(y.shape)} must have the same shape`,
      );
    }
    let total = 0;
    for (let i = 0; i < yhat.size; i++) {
      const d = yhat.data[i] - y.data[i];
      total += d * d;
    }
    return wrap(allocate(yhat.dtype, 1).fill(0.5 * total), []);
  },
  backward([yhat, y], _out, g, ctx) {
    const scale = g.data[0];
    const diff = allocate(yhat.dtype, yhat.size);
    for (let i = 0; i < diff.length; i++) diff[i] = (yhat.data[i] - y.data[i]) * scale;
    const negated = ctx.needsInputGrad[1] ? diff.map((v) => -v) : null;
    return [
      ctx.needsInputGrad[0] ? wrap(diff, yhat.shape) : null,
      negated && wrap(negated, y.shape),
    ];
  },
  // NOTE: L̇ = Σ (ŷ − y)(ŷ̇ − ẏ).
  jvp([yhat, y], out, [ta, tb]) {
    let total = 0;
    for (let i = 0; i < yhat.size; i++) {
      const d = (ta ? ta.data[i] : 0) - (tb ? tb.data[i] : 0);
      total += (yhat.data[i] - y.data[i]) * d;
    }
    return wrap(allocate(out.dtype, 1).fill(total), []);
  },
  // The local derivative per input exists as one number when the inputs are scalars (the lecture's case).
  local([yhat, y]) {
    if (yhat.size !== 1) return [null, null];
    const d = yhat.data[0] - y.data[0];
    return [allocate(yhat.dtype, 1).fill(d), allocate(yhat.dtype, 1).fill(-d)];
  },
};

/** Loss ops (mse is built from primitives on Tensor). */
export const LOSS_OPS = [softmaxCrossEntropyOp, halfSquaredErrorOp];

registerOps(LOSS_OPS);
