import { registerOps } from '../registry';
import { fmt, unaryOp } from './helpers';

const D = '\\frac{\\partial y}{\\partial x}';

/** Unary elementwise ops: neg, exp, log, reciprocal, pow, relu, leakyRelu, elu, sigmoid, tanh. */
export const UNARY_OPS = [
  unaryOp({
    name: 'neg',
    symbol: '−',
    forwardTex: 'y = -x',
    localGradTex: `${D} = -1`,
    numericTex: () => `${D} = -1`,
    value: (x, out) => {
      for (let i = 0; i < x.length; i++) out[i] = -x[i];
    },
    derivative: (_x, _y, out) => out.fill(-1),
  }),
  unaryOp({
    name: 'exp',
    symbol: 'exp',
    forwardTex: 'y = e^{x}',
    localGradTex: `${D} = e^{x}`,
    numericTex: (x, y) => `${D} = e^{x} = e^{${fmt(x)}} = ${fmt(y)}`,
    value: (x, out) => {
      for (let i = 0; i < x.length; i++) out[i] = Math.exp(x[i]);
    },
    // NOTE: the derivative of eˣ is the saved output itself; no second exp is evaluated.
    derivative: (_x, y, out) => out.set(y),
    savesOutput: true,
  }),
  unaryOp({
    name: 'log',
    symbol: 'ln',
    forwardTex: 'y = \\ln x',
    localGradTex: `${D} = \\frac{1}{x}`,
    numericTex: (x) => `${D} = \\frac{1}{x} = \\frac{1}{${fmt(x)}} = ${fmt(1 / x)}`,
    value: (x, out) => {
      for (let i = 0; i < x.length; i++) out[i] = Math.log(x[i]);
    },
    derivative: (x, _y, out) => {
      for (let i = 0; i < x.length; i++) out[i] = 1 / x[i];
    },
    sample: [
      { shapes: [[]], low: 0.2, high: 3 },
      { shapes: [[2, 3]], low: 0.2, high: 3 },
    ],
  }),
  unaryOp({
    name: 'reciprocal',
    symbol: '1/x',
    forwardTex: 'y = \\frac{1}{x}',
    localGradTex: `${D} = -\\frac{1}{x^2}`,
    numericTex: (x) => `${D} = -\\frac{1}{x^2} = -\\frac{1}{${fmt(x)}^2} = ${fmt(-1 / (x * x))}`,
    value: (x, out) => {
      for (let i = 0; i < x.length; i++) out[i] = 1 / x[i];
    },
    derivative: (_x, y, out) => {
      for (let i = 0; i < y.length; i++) out[i] = -y[i] * y[i];
    },
    savesOutput: true,
    sample: [
      { shapes: [[]], awayFromZero: 0.4 },
      { shapes: [[2, 3]], awayFromZero: 0.4 },
    ],
  }),
  unaryOp({
    name: 'pow',
    symbol: '(·)ᵖ',
    forwardTex: 'y = x^{p}',
    localGradTex: `${D} = p\\,x^{p-1}`,
    numericTex: (x, _y, attrs) => {
      const p = attrs?.p ?? 1;
      return `${D} = p\\,x^{p-1} = ${fmt(p)} \\cdot ${fmt(x)}^{${fmt(p - 1)}} = ${fmt(p * x ** (p - 1))}`;
    },
    value: (x, out, ctx) => {
      const p = ctx.attrs.p ?? 1;
      if (p === 2) for (let i = 0; i < x.length; i++) out[i] = x[i] * x[i];
      else for (let i = 0; i < x.length; i++) out[i] = x[i] ** p;
    },
    derivative: (x, _y, out, ctx) => {
      const p = ctx.attrs.p ?? 1;
      for (let i = 0; i < x.length; i++) out[i] = p * x[i] ** (p - 1);
    },
    sample: [
      { shapes: [[]], attrs: { p: 2 } },
      { shapes: [[2, 3]], attrs: { p: 3 } },
      { shapes: [[2, 2]], attrs: { p: 0.5 }, low: 0.3, high: 3 },
    ],
  }),
  unaryOp({
    name: 'relu',
    symbol: 'max(0,·)',
    forwardTex: 'y = \\max(0, x)',
    localGradTex: `${D} = \\mathbb{1}[x > 0]`,
    numericTex: (x) => `${D} = \\mathbb{1}[${fmt(x)} > 0] = ${x > 0 ? 1 : 0}`,
    value: (x, out) => {
      // NOTE: NaN fails `x > 0`; keep it NaN (not 0) so a diverged value is never hidden.
      for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 || x[i] !== x[i] ? x[i] : 0;
    },
    derivative: (x, _y, out) => {
      for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? 1 : 0;
    },
    // NOTE: 0 · g (not 0) where x ≤ 0, so a NaN or infinite upstream gradient still propagates.
    grad: (x, _y, g, out) => {
      for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? g[i] : 0 * g[i];
    },
    sample: [
      { shapes: [[]], awayFromZero: 0.1 },
      { shapes: [[3, 4]], awayFromZero: 0.1 },
    ],
  }),
  unaryOp({
    name: 'leakyRelu',
    symbol: 'leaky',
    forwardTex: 'y = \\max(\\alpha x, x)',
    localGradTex: `${D} = 1 \\text{ if } x > 0 \\text{ else } \\alpha`,
    numericTex: (x, _y, attrs) => `${D} = ${x > 0 ? 1 : fmt(attrs?.slope ?? 0.01)}`,
    value: (x, out, ctx) => {
      const a = ctx.attrs.slope ?? 0.01;
      for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? x[i] : a * x[i];
    },
    derivative: (x, _y, out, ctx) => {
      const a = ctx.attrs.slope ?? 0.01;
      for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? 1 : a;
    },
    sample: [
      { shapes: [[]], awayFromZero: 0.1, attrs: { slope: 0.01 } },
      { shapes: [[3, 4]], awayFromZero: 0.1, attrs: { slope: 0.2 } },
    ],
  }),
  unaryOp({
    name: 'elu',
    symbol: 'elu',
    forwardTex: 'y = x \\text{ if } x > 0 \\text{ else } \\alpha\\,(e^{x} - 1)',
    localGradTex: `${D} = 1 \\text{ if } x > 0 \\text{ else } \\alpha\\, e^{x} = y + \\alpha`,
    numericTex: (x, y, attrs) =>
      `${D} = ${x > 0 ? 1 : `y + \\alpha = ${fmt(y)} + ${fmt(attrs?.alpha ?? 1)} = ${fmt(y + (attrs?.alpha ?? 1))}`}`,
    value: (x, out, ctx) => {
      const a = ctx.attrs.alpha ?? 1;
      for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? x[i] : a * Math.expm1(x[i]);
    },
    // NOTE: for x ≤ 0 the derivative α·eˣ equals the saved output plus α; no second exp.
    derivative: (x, y, out, ctx) => {
      const a = ctx.attrs.alpha ?? 1;
      for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? 1 : y[i] + a;
    },
    savesOutput: true,
    sample: [
      { shapes: [[]], awayFromZero: 0.1, attrs: { alpha: 1 } },
      { shapes: [[3, 4]], awayFromZero: 0.1, attrs: { alpha: 0.5 } },
    ],
  }),
  unaryOp({
    name: 'sigmoid',
    symbol: 'σ',
    forwardTex: 'y = \\sigma(x) = \\frac{1}{1 + e^{-x}}',
    localGradTex: `${D} = \\sigma(x)\\,(1 - \\sigma(x))`,
    numericTex: (_x, y) =>
      `${D} = \\sigma(1-\\sigma) = ${fmt(y)}\\,(1 - ${fmt(y)}) = ${fmt(y * (1 - y))}`,
    value: (x, out) => {
      // NOTE: two branches keep e^{−x} from overflowing for large negative x.
      for (let i = 0; i < x.length; i++) {
        const v = x[i];
        if (v >= 0) out[i] = 1 / (1 + Math.exp(-v));
        else {
          const e = Math.exp(v);
          out[i] = e / (1 + e);
        }
      }
    },
    derivative: (_x, y, out) => {
      for (let i = 0; i < y.length; i++) out[i] = y[i] * (1 - y[i]);
    },
    savesOutput: true,
  }),
  unaryOp({
    name: 'tanh',
    symbol: 'tanh',
    forwardTex: 'y = \\tanh x',
    localGradTex: `${D} = 1 - \\tanh^2 x`,
    numericTex: (_x, y) => `${D} = 1 - y^2 = 1 - ${fmt(y)}^2 = ${fmt(1 - y * y)}`,
    value: (x, out) => {
      for (let i = 0; i < x.length; i++) out[i] = Math.tanh(x[i]);
    },
    derivative: (_x, y, out) => {
      for (let i = 0; i < y.length; i++) out[i] = 1 - y[i] * y[i];
    },
    savesOutput: true,
  }),
];

registerOps(UNARY_OPS);
