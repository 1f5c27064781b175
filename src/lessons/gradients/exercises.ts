/**
 * The gradients lesson's exercises. Every answer comes from the engine: its finite differences,
 * its error sweep, its forward- and reverse-mode passes, and its gradient check.
 */
import {
  SCALAR_FUNCTIONS,
  bestStep,
  createRng,
  errorSweep,
  finiteDifference,
  jacobian,
  jvp,
  randn,
  stepSweep,
  tensor,
  type Precision,
  type Tensor,
} from '../../engine';
import { drawFrom } from '../../kit/exercise/draw';
import type { ExerciseDefinition } from '../../kit/exercise/types';
import { checkMlp, worst, type MultiplyChoice } from './gradcheck-run';

const forwardByHand: ExerciseDefinition = {
  id: 'forward-difference',
  title: 'A forward difference by hand',
  generate(seed) {
    const d = drawFrom(seed);
    const x = d.int(1, 5);
    const h = d.oneOf([0.1, 0.2, 0.5, 1]);
    const answer = finiteDifference((v) => v * v, x, h, 'forward');
    return {
      prompt: `For $f(x) = x^2$ at $x = ${x}$ with $h = ${h}$, what is the forward difference $\\frac{f(x+h) - f(x)}{h}$?`,
      answer,
      hint: 'Compute f(x + h) and f(x), subtract, divide by h. Do not use the exact derivative.',
      solution: `$f(${x} + ${h}) = ${(x + h) ** 2}$, $f(${x}) = ${x * x}$, so the estimate is $(${(x + h) ** 2} - ${x * x})/${h} = 2x + h$. The exact derivative is $2x = ${2 * x}$: the error $h$ is the truncation error.`,
      mistakes: [
        {
          value: 2 * x,
          message:
            'that is the exact derivative 2x. The forward difference is off by exactly h here.',
        },
        { value: 2 * x - h, message: 'check the sign: ((x+h)² − x²)/h = 2x + h, not 2x − h.' },
      ],
    };
  },
};

const NAMES = { sin: '\\sin x', exp: 'e^x', cube: 'x^3' } as const;

const bestH: ExerciseDefinition = {
  id: 'best-h',
  title: 'Which h is best?',
  generate(seed) {
    const d = drawFrom(seed);
    const fn = d.oneOf(['sin', 'exp', 'cube'] as const);
    const x = d.int(1, 2);
    const precision = d.oneOf<Precision>(['float64', 'float32']);
    const kind = d.oneOf(['forward', 'central'] as const);
    const sweep = errorSweep(SCALAR_FUNCTIONS[fn], x, precision, stepSweep(1));
    const best = bestStep(sweep.hs, kind === 'forward' ? sweep.forward : sweep.central);
    const k = Math.round(Math.log10(best.h));
    return {
      prompt: `The engine tries $h = 10^{-1}, 10^{-2}, \\dots, 10^{-15}$ for the ${kind} difference of $f(x) = ${NAMES[fn]}$ at $x = ${x}$ in ${precision}. The best is $h = 10^{k}$: what is $k$?`,
      answer: k,
      tolerance: 0.01,
      hint: `Truncation error shrinks like h${kind === 'forward' ? '' : '²'}; round-off grows like ε/h, with ε ≈ ${precision === 'float64' ? '1e-16' : '1e-7'}. The best h balances them.`,
      solution: `Balancing gives $h \\approx \\varepsilon^{${kind === 'forward' ? '1/2' : '1/3'}}$. The engine’s sweep finds its smallest error, ${best.error.toExponential(1)}, at $h = 10^{${k}}$.`,
      mistakes: [
        ...(k !== -6
          ? [
              {
                value: -6,
                message:
                  'that is the lecture’s h. Measured, the best step depends on the difference and the precision.',
              },
            ]
          : []),
        {
          value: -15,
          message: 'the smallest h is not the best: below the best step, round-off grows.',
        },
      ],
    };
  },
};

/** Jacobian of tanh(W x) for W [m, n] both ways; the number of passes each mode needed. */
function countPasses(n: number, m: number, seed: number): { forward: number; reverse: number } {
  const w = randn([m, n], createRng(seed), { dtype: 'float64' });
  const f = (x: Tensor) => w.matmul(x).tanh();
  const x = tensor(
    Array.from({ length: n }, (_, i) => 0.1 * (i + 1)),
    { dtype: 'float64', requiresGrad: true },
  );
  let forward = 0;
  for (let j = 0; j < n; j++) {
    const e = tensor(
      Array.from({ length: n }, (_, i) => (i === j ? 1 : 0)),
      { dtype: 'float64' },
    );
    jvp(f, [x], [e]);
    forward++;
  }
  const reverse = jacobian(f, x).shape[0];
  return { forward, reverse };
}

const passes: ExerciseDefinition = {
  id: 'count-passes',
  title: 'Counting passes',
  generate(seed) {
    const d = drawFrom(seed);
    const n = d.int(2, 9);
    const m = d.int(1, 6, [n]);
    const mode = d.oneOf(['forward', 'reverse'] as const);
    const counted = countPasses(n, m, seed);
    return {
      prompt: `A function has $n = ${n}$ inputs and $m = ${m}$ outputs. How many ${mode}-mode passes does its full $${m} \\times ${n}$ Jacobian need?`,
      answer: counted[mode],
      tolerance: 0.01,
      hint: 'Forward mode: one pass per input direction. Reverse mode: one backward pass per output.',
      solution: `Forward mode gives one column (one input) per pass: ${n} passes. Reverse mode gives one row (one output) per pass: ${m} passes. The engine ran both and got the same Jacobian.`,
      mistakes: [
        {
          value: mode === 'forward' ? m : n,
          message:
            'that is the other mode’s count. Forward mode fills columns (inputs), reverse mode fills rows (outputs).',
        },
        {
          value: 1,
          message:
            'one pass gives one row (reverse) or one column (forward), not the whole Jacobian.',
        },
      ],
    };
  },
};

const readGradcheck: ExerciseDefinition = {
  id: 'read-gradcheck',
  title: 'Reading a gradcheck result',
  generate(seed) {
    const d = drawFrom(seed);
    const choice = d.oneOf<MultiplyChoice>(['swap', 'no-upstream']);
    const w = worst(checkMlp(choice, 10 + d.int(0, 50)));
    const a = Number(w.analytic.toPrecision(6));
    const n = Number(w.numeric.toPrecision(6));
    return {
      prompt: `Gradcheck reports for parameter ${w.name}: backward $a = ${a}$, central difference $n = ${n}$. What is its relative error $\\frac{|a - n|}{\\max(|a|, |n|, 1)}$?`,
      answer: w.relError,
      tolerance: 1e-3,
      hint: 'Subtract, take the absolute value, and divide by the largest of |a|, |n| and 1.',
      solution: `$|a - n| = ${Math.abs(a - n).toPrecision(4)}$, divided by $\\max(${Math.abs(a)}, ${Math.abs(n)}, 1)$. Far above 1e-7: the backward pass is wrong for ${w.name}.`,
      mistakes: [
        {
          value: Math.abs(w.analytic - w.numeric),
          message: 'that is the absolute error; divide by max(|a|, |n|, 1).',
        },
      ],
    };
  },
};

/** The exercises, in order. */
export default [
  forwardByHand,
  bestH,
  passes,
  readGradcheck,
] satisfies readonly ExerciseDefinition[];
