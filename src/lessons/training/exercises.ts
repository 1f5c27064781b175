/**
 * The training lesson's exercises. Every answer comes from the engine or from the lesson's own
 * code: the engine's SGD takes the update, the engine's batch iterator counts the updates of an
 * epoch, the confusion matrix is counted from labels, momentum is the engine's optimiser.
 */
import { batches, createRng, scalar, SGD } from '../../engine';
import { drawFrom } from '../../kit/exercise/draw';
import type { ExerciseDefinition } from '../../kit/exercise/types';
import { confusionMatrix, perClassAccuracy } from './confusion';

const F64 = { dtype: 'float64', requiresGrad: true } as const;

/** One SGD step of L = ½(w·x − y)² with the engine: the new w and the gradient it used. */
export function sgdStep(w0: number, x: number, y: number, lr: number, momentum = 0, steps = 1) {
  const w = scalar(w0, F64);
  const opt = new SGD([w], { lr, momentum });
  const grads: number[] = [];
  for (let i = 0; i < steps; i++) {
    opt.zeroGrad();
    const r = w.mul(scalar(x, { dtype: 'float64' })).sub(scalar(y, { dtype: 'float64' }));
    r.mul(r).mul(0.5).backward();
    grads.push(w.grad!.item());
    opt.step();
  }
  return { w: w.item(), grads };
}

const sgdUpdate: ExerciseDefinition = {
  id: 'sgd-update',
  title: 'One SGD update by hand',
  generate(seed) {
    const d = drawFrom(seed);
    const w0 = d.int(-3, 3);
    const x = d.int(1, 4);
    const y = d.int(-5, 5);
    const lr = d.oneOf([0.1, 0.05, 0.01]);
    const { w, grads } = sgdStep(w0, x, y, lr);
    return {
      prompt: `A one-weight model $\\hat y = w x$ with loss $L = \\tfrac12(\\hat y - y)^2$ has $w = ${w0}$. On the example $x = ${x}$, $y = ${y}$, take one SGD step with $\\alpha = ${lr}$. What is the new $w$?`,
      answer: w,
      hint: '∂L/∂w = (wx − y)·x; then w ← w − α ∂L/∂w.',
      solution: `$\\partial L/\\partial w = (${w0}\\cdot${x} - ${y})\\cdot ${x} = ${grads[0]}$, so $w \\leftarrow ${w0} - ${lr}\\cdot ${grads[0]} = ${w}$.`,
      mistakes: [
        {
          value: w0 + lr * grads[0],
          message: 'that moved w along the gradient. SGD subtracts α·∂L/∂w.',
        },
        {
          value: grads[0],
          message: 'that is the gradient ∂L/∂w itself; the update is w − α·∂L/∂w.',
        },
      ],
    };
  },
};

const updatesPerEpoch: ExerciseDefinition = {
  id: 'updates-per-epoch',
  title: 'Updates in one epoch',
  generate(seed) {
    const d = drawFrom(seed);
    const n = d.oneOf([60000, 50000, 10000, 1000]);
    const bs = d.oneOf([32, 64, 100, 128, 256]);
    let count = 0;
    for (const batch of batches(n, bs, createRng(seed))) if (batch.length > 0) count++;
    return {
      prompt: `A training set has ${n.toLocaleString('en')} examples and the batch size is ${bs}. How many parameter updates does one epoch (one pass over the whole set) make?`,
      answer: count,
      tolerance: 0,
      hint: 'One update per batch; the last batch may be smaller.',
      solution: `$\\lceil ${n} / ${bs} \\rceil = ${count}$ batches, one update each${n % bs === 0 ? '' : ` (the last batch has ${n % bs} examples)`}.`,
      mistakes: [
        {
          value: Math.floor(n / bs),
          message: 'the last, smaller batch still makes an update: round up.',
        },
        { value: n, message: 'that is one update per example (batch size 1).' },
      ],
    };
  },
};

const readConfusion: ExerciseDefinition = {
  id: 'read-confusion',
  title: 'Reading a confusion matrix',
  generate(seed) {
    const d = drawFrom(seed);
    const labels: number[] = [];
    const predicted: number[] = [];
    for (let t = 0; t < 3; t++)
      for (let p = 0; p < 3; p++) {
        const n = t === p ? d.int(15, 30) : d.int(0, 6);
        for (let i = 0; i < n; i++) {
          labels.push(t);
          predicted.push(p);
        }
      }
    const m = confusionMatrix(labels, predicted, 3);
    const k = d.int(0, 2);
    const acc = perClassAccuracy(m)[k];
    const rows = m.map((r, t) => `${t} & ${r.join(' & ')}`).join(' \\\\ ');
    const colSum = m.reduce((s, r) => s + r[k], 0);
    return {
      prompt: `A 3-class model's confusion matrix on a test set (rows: true class 0, 1, 2; columns: predicted 0, 1, 2) is $\\begin{array}{c|ccc} & 0 & 1 & 2 \\\\ \\hline ${rows} \\end{array}$. What share of the test examples of class ${k} does it classify correctly (as a number between 0 and 1)?`,
      answer: acc,
      hint: `Row ${k} holds every example whose true class is ${k}; the diagonal entry is the correct ones.`,
      solution: `Row ${k} sums to ${m[k].reduce((a, b) => a + b, 0)}; ${m[k][k]} of them are on the diagonal: $${m[k][k]} / ${m[k].reduce((a, b) => a + b, 0)} \\approx ${acc.toFixed(3)}$.`,
      mistakes: [
        {
          value: m[k][k] / colSum,
          message: `that divides by column ${k} (everything predicted ${k}). The true class is the row.`,
        },
      ],
    };
  },
};

const momentum: ExerciseDefinition = {
  id: 'momentum',
  title: 'What momentum adds',
  generate(seed) {
    const d = drawFrom(seed);
    const w0 = d.int(-3, 3);
    const x = d.int(1, 2);
    const y = d.int(-3, 3);
    const lr = d.oneOf([0.1, 0.05]);
    const mu = 0.9;
    const plain = sgdStep(w0, x, y, lr, 0, 2);
    const heavy = sgdStep(w0, x, y, lr, mu, 2);
    const [g1, g2] = heavy.grads;
    const w1 = w0 - lr * g1;
    return {
      prompt: `Same model, $\\hat y = w x$, $L = \\tfrac12(\\hat y - y)^2$, $w = ${w0}$, one example $x = ${x}$, $y = ${y}$, $\\alpha = ${lr}$. Take **two** steps of SGD with momentum $\\mu = ${mu}$ ($v \\leftarrow \\mu v + \\nabla$, $w \\leftarrow w - \\alpha v$, starting from $v = 0$). What is $w$ after the second step?`,
      answer: heavy.w,
      hint: 'Step 1 is plain SGD (v = ∇₁). In step 2 the velocity is 0.9·∇₁ + ∇₂: the first gradient still pushes.',
      solution: `Step 1: $\\nabla_1 = ${g1}$, $v = ${g1}$, $w = ${w1}$. Step 2: $\\nabla_2 = ${g2}$, $v = ${mu}\\cdot${g1} + ${g2}$, $w = ${heavy.w}$. Without momentum: $w = ${plain.w}$.`,
      mistakes: [
        {
          value: plain.w,
          message:
            'that is plain SGD: momentum adds 0.9 × the previous gradient to the second step.',
        },
      ],
    };
  },
};

/** The exercises, in order. */
export default [
  sgdUpdate,
  updatesPerEpoch,
  readConfusion,
  momentum,
] satisfies readonly ExerciseDefinition[];
