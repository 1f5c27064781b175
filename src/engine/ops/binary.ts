import type { FloatArray, OpDef, OpSampleCase } from '../op-types';
import type { Tensor } from '../tensor';
import { registerOps } from '../registry';
import { broadcastShapes } from '../shape';
import { BIN, binaryKernel, type BinCode } from '../kernels/elementwise';
import { expandTo } from '../kernels/broadcast';
import { allocate } from '../storage';
import { BINARY_SAMPLES, fmt, unbroadcast, wrap } from './helpers';

const DA = '\\frac{\\partial y}{\\partial a}';
const DB = '\\frac{\\partial y}{\\partial b}';

function compute(code: BinCode, a: Tensor, b: Tensor, shape: number[]): Tensor {
  return wrap(binaryKernel(code, a.data, a.shape, b.data, b.shape, shape), shape);
}

function filled(t: Tensor, v: number): FloatArray {
  return allocate(t.dtype, t.size).fill(v);
}

/** Declares a broadcasting binary op; `grads` returns the gradients before unbroadcasting. */
function binaryOp(spec: {
  name: string;
  code: BinCode;
  symbol: string;
  forwardTex: string;
  localGradTex: [string, string];
  numericTex(a: number, b: number, y: number): string[];
  grads(a: Tensor, b: Tensor, y: Tensor, g: Tensor, need: boolean[]): (Tensor | null)[];
  local(a: Tensor, b: Tensor, y: Tensor): FloatArray[];
  sample?: OpSampleCase[];
}): OpDef {
  return {
    name: spec.name,
    symbol: spec.symbol,
    arity: 2,
    inputNames: ['a', 'b'],
    forwardTex: spec.forwardTex,
    localGradTex: spec.localGradTex,
    numericTex: ([a, b], y) => spec.numericTex(a, b, y),
    isElementwise: true,
    sample: spec.sample ?? BINARY_SAMPLES,
    forward: ([a, b]) => compute(spec.code, a, b, broadcastShapes(spec.name, a.shape, b.shape)),
    backward([a, b], y, g, ctx) {
      const [ga, gb] = spec.grads(a, b, y, g, ctx.needsInputGrad);
      return [ga && unbroadcast(ga, a.shape), gb && unbroadcast(gb, b.shape)];
    },
    // NOTE: ẏ = Σᵢ (∂y/∂inputᵢ) ⊙ expand(ṫᵢ): the elementwise local derivatives already have y's shape.
    jvp([a, b], y, tangents) {
      const locals = spec.local(a, b, y);
      const out = allocate(y.dtype, y.size);
      [a, b].forEach((input, k) => {
        const t = tangents[k];
        if (!t) return;
        const te = expandTo(t.data, input.shape, y.shape);
        for (let i = 0; i < out.length; i++) out[i] += locals[k][i] * te[i];
      });
      return wrap(out, y.shape);
    },
    local: ([a, b], y) => spec.local(a, b, y),
    saves: ([a, b]) => [
      { name: 'a', value: a },
      { name: 'b', value: b },
    ],
  };
}

/** Binary elementwise ops with NumPy broadcasting: add, sub, mul, div. */
export const BINARY_OPS = [
  binaryOp({
    name: 'add',
    code: BIN.add,
    symbol: '+',
    forwardTex: 'y = a + b',
    localGradTex: [`${DA} = 1`, `${DB} = 1`],
    numericTex: () => [`${DA} = 1`, `${DB} = 1`],
    grads: (_a, _b, _y, g) => [g, g],
    local: (_a, _b, y) => [filled(y, 1), filled(y, 1)],
  }),
  binaryOp({
    name: 'sub',
    code: BIN.sub,
    symbol: '−',
    forwardTex: 'y = a - b',
    localGradTex: [`${DA} = 1`, `${DB} = -1`],
    numericTex: () => [`${DA} = 1`, `${DB} = -1`],
    grads: (_a, _b, _y, g, need) => [g, need[1] ? compute(BIN.mul, g, minusOne(g), g.shape) : null],
    local: (_a, _b, y) => [filled(y, 1), filled(y, -1)],
  }),
  binaryOp({
    name: 'mul',
    code: BIN.mul,
    symbol: '×',
    forwardTex: 'y = a \\cdot b',
    localGradTex: [`${DA} = b`, `${DB} = a`],
    numericTex: (a, b) => [`${DA} = b = ${fmt(b)}`, `${DB} = a = ${fmt(a)}`],
    grads: (a, b, _y, g, need) => [
      need[0] ? compute(BIN.mul, g, b, g.shape) : null,
      need[1] ? compute(BIN.mul, g, a, g.shape) : null,
    ],
    local: (a, b, y) => [expandTo(b.data, b.shape, y.shape), expandTo(a.data, a.shape, y.shape)],
  }),
  binaryOp({
    name: 'div',
    code: BIN.div,
    symbol: '÷',
    forwardTex: 'y = \\frac{a}{b}',
    localGradTex: [`${DA} = \\frac{1}{b}`, `${DB} = -\\frac{a}{b^2}`],
    numericTex: (a, b) => [
      `${DA} = \\frac{1}{b} = ${fmt(1 / b)}`,
      `${DB} = -\\frac{a}{b^2} = ${fmt(-a / (b * b))}`,
    ],
    grads(_a, b, y, g, need) {
      const ga = compute(BIN.div, g, b, g.shape);
      // NOTE: ∂y/∂b = −a/b² = −y/b, so the b-gradient reuses g/b and the saved output: −(g/b)·y.
      const gb = need[1] ? compute(BIN.mul, ga, y, g.shape) : null;
      if (gb) for (let i = 0; i < gb.size; i++) gb.data[i] = -gb.data[i];
      return [need[0] ? ga : null, gb];
    },
    local(_a, b, y) {
      const bb = expandTo(b.data, b.shape, y.shape);
      const la = allocate(y.dtype, y.size);
      const lb = allocate(y.dtype, y.size);
      for (let i = 0; i < y.size; i++) {
        la[i] = 1 / bb[i];
        lb[i] = -y.data[i] / bb[i];
      }
      return [la, lb];
    },
    sample: BINARY_SAMPLES.map((c) => ({ ...c, awayFromZero: 0.5 })),
  }),
];

function minusOne(g: Tensor): Tensor {
  // A scalar −1 of g's dtype, broadcast by the kernel's scalar fast path.
  return wrap(allocate(g.dtype, 1).fill(-1), []);
}

registerOps(BINARY_OPS);
