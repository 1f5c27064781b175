/**
 * The linear lesson's exercises. Every answer comes from the engine: scores from its linear op,
 * parameter counts from a real Linear layer, the loss from its softmax cross-entropy.
 */
import { createRng, exportGraph, linear, Linear, tensor } from '../../engine';
import { drawFrom } from '../../kit/exercise/draw';
import { texVector } from '../../kit/exercise/tex';
import type { ExerciseDefinition } from '../../kit/exercise/types';

const score: ExerciseDefinition = {
  id: 'score',
  title: 'One class score by hand',
  generate(seed) {
    const d = drawFrom(seed);
    const w = [d.int(-3, 3), d.int(-3, 3), d.int(-3, 3)];
    const x = [d.int(0, 4), d.int(0, 4), d.int(0, 4)];
    const b = d.int(-5, 5);
    const opts = { dtype: 'float64' as const };
    const out = linear(
      tensor([x], { ...opts, label: 'x' }),
      tensor([w], { ...opts, label: 'w' }),
      tensor([b], { ...opts, label: 'b' }),
    ).setLabel('s', 's');
    const dot = w.reduce((sum, wi, i) => sum + wi * x[i], 0);
    return {
      prompt: `A tiny image has three pixels $x = ${texVector(x)}$. One row of $W$ is $w = ${texVector(w)}$ and its bias is $b = ${b}$. What is this class's score $w \\cdot x + b$?`,
      answer: out.item(),
      hint: 'Multiply pixel by weight, add the three products, then add the bias.',
      solution: `$w \\cdot x = ${w.map((wi, i) => `${wi} \\cdot ${x[i]}`).join(' + ')} = ${dot}$, plus $b = ${b}$.`,
      graph: exportGraph(out),
      mistakes: [{ value: dot, message: 'that is w · x alone: the bias is still to add.' }],
    };
  },
};

const params: ExerciseDefinition = {
  id: 'parameters',
  title: 'Counting parameters',
  generate(seed) {
    const d = drawFrom(seed);
    const side = d.oneOf([8, 16, 28, 32]);
    const classes = d.oneOf([2, 5, 10, 100]);
    const layer = new Linear(side * side, classes, { rng: createRng(seed), dtype: 'float32' });
    const count = layer.parameters().reduce((n, p) => n + p.size, 0);
    return {
      prompt: `Images of ${side}×${side} pixels are classified into ${classes} classes by $f(x) = Wx + b$. How many numbers does training learn (all of $W$ and $b$)?`,
      answer: count,
      tolerance: 0,
      hint: 'x has one entry per pixel; W has one row per class and one column per pixel; b one entry per class.',
      solution: `$W \\in \\mathbb{R}^{${classes} \\times ${side * side}}$ holds $${classes} \\cdot ${side * side} = ${classes * side * side}$ numbers and $b$ holds $${classes}$.`,
      mistakes: [
        {
          value: classes * side * side,
          message: 'that counts W only: the bias adds one number per class.',
        },
        {
          value: side * side + classes,
          message: 'W has a row of weights for every class, not one row in all.',
        },
      ],
    };
  },
};

const loss: ExerciseDefinition = {
  id: 'cross-entropy',
  title: 'The loss of three scores',
  generate(seed) {
    const d = drawFrom(seed);
    const scores = [d.int(-2, 3), d.int(-2, 3), d.int(-2, 3)];
    const label = d.int(0, 2);
    const s = tensor([scores], { dtype: 'float64', requiresGrad: true, label: 's' });
    const out = s.softmaxCrossEntropy([label]).setLabel('L', 'L');
    const expSum = scores.map((v) => `e^{${v}}`).join(' + ');
    return {
      prompt: `A model gives the scores $s = ${texVector(scores)}$ for classes 0, 1, 2, and the true class is ${label}. What is the softmax cross-entropy loss $L = -\\log \\frac{e^{s_{${label}}}}{\\sum_j e^{s_j}}$? (Three decimals are enough.)`,
      answer: out.item(),
      tolerance: 2e-3,
      hint: 'Exponentiate each score, divide the true class’s by the sum, and take minus the natural log.',
      solution: `$L = -\\log \\frac{e^{${scores[label]}}}{${expSum}}$.`,
      graph: exportGraph(out),
      mistakes: [
        {
          value:
            -Math.log(Math.exp(scores[label]) / scores.map(Math.exp).reduce((a, b) => a + b)) /
            Math.LN10,
          message: 'that is a base-10 logarithm; the loss uses the natural log.',
        },
      ],
    };
  },
};

const winner: ExerciseDefinition = {
  id: 'winner',
  title: 'Which class wins?',
  generate(seed) {
    const d = drawFrom(seed);
    const x = [d.int(0, 3), d.int(0, 3)];
    const W = [0, 1, 2].map(() => [d.int(-2, 2), d.int(-2, 2)]);
    const b = [d.int(-2, 2), d.int(-2, 2), d.int(-2, 2)];
    const out = linear(
      tensor([x], { dtype: 'float64' }),
      tensor(W, { dtype: 'float64' }),
      tensor(b, { dtype: 'float64' }),
    );
    const scores = Array.from(out.data);
    const best = scores.indexOf(Math.max(...scores));
    const isTie = scores.filter((v) => v === scores[best]).length > 1;
    return {
      prompt: `With $x = ${texVector(x)}$, rows $w_0 = ${texVector(W[0])}$, $w_1 = ${texVector(W[1])}$, $w_2 = ${texVector(W[2])}$ and biases $b = ${texVector(b)}$, which class (0, 1 or 2) gets the highest score?${isTie ? ' (Two classes tie: give the lower number.)' : ''}`,
      answer: best,
      tolerance: 0,
      hint: 'Compute the three scores wᵢ · x + bᵢ and pick the largest.',
      solution: `The scores are $${scores.map((v, i) => `s_${i} = ${v}`).join(',\\ ')}$; class ${best} has the highest.`,
    };
  },
};

/** The exercises, in order. */
export default [score, params, loss, winner] satisfies readonly ExerciseDefinition[];
