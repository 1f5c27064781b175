/**
 * The MLP lesson's exercises. Every answer comes from the engine: shapes from a forward pass,
 * counts from the model's parameters, the collapsed matrix from collapseLinear, the ReLU
 * derivative from a backward pass.
 */
import { collapseLinear, createRng, Linear, mlp, noGrad, scalar, zeros } from '../../engine';
import { MNIST_CLASSES, MNIST_PIXELS } from '../../data/mnist-shape';
import { drawFrom } from '../../kit/exercise/draw';
import type { ExerciseDefinition } from '../../kit/exercise/types';
import { countParameters } from './shapes';

const outputShape: ExerciseDefinition = {
  id: 'hidden-shape',
  title: 'Output shapes',
  generate(seed) {
    const d = drawFrom(seed);
    const batch = d.int(2, 16);
    const h = d.oneOf([16, 32, 50, 64, 100, 128]);
    const net = mlp([MNIST_PIXELS, h, MNIST_CLASSES], { activation: 'relu', rng: createRng(seed) });
    const hidden = noGrad(() =>
      net.modules[1].forward(net.modules[0].forward(zeros([batch, MNIST_PIXELS]))),
    );
    return {
      prompt: `A batch of $${batch}$ digits, $X \\in \\mathbb{R}^{${batch} \\times 784}$, goes through $W_1 \\in \\mathbb{R}^{${h} \\times 784}$ and a ReLU. How many numbers does the hidden activation hold?`,
      answer: hidden.size,
      hint: 'One row per digit, one column per hidden unit.',
      solution: `$\\max(0, X W_1^\\top)$ has shape $${hidden.shape[0]} \\times ${hidden.shape[1]}$: $${hidden.size}$ numbers.`,
      mistakes: [
        {
          value: batch * MNIST_PIXELS,
          message: 'that is the input’s size; the hidden layer has H columns, not 784.',
        },
      ],
    };
  },
};

const paramCount: ExerciseDefinition = {
  id: 'param-count',
  title: 'Parameter counts',
  generate(seed) {
    const d = drawFrom(seed);
    const h = d.oneOf([20, 50, 64, 100, 128, 200]);
    const count = countParameters(MNIST_PIXELS, h, MNIST_CLASSES, false);
    return {
      prompt: `How many parameters (weights and biases) does $f = W_2 \\max(0, W_1 x + b_1) + b_2$ have for MNIST with $H = ${h}$?`,
      answer: count.withBiases,
      hint: 'W₁ is H × 784, W₂ is 10 × H; add one bias per output of each layer.',
      solution: `$784 \\cdot ${h} + ${h} \\cdot 10 = ${count.weights}$ weights, plus $${h} + 10$ biases: $${count.withBiases}$.`,
      mistakes: [
        { value: count.weights, message: 'that is the weights only; add the H + 10 biases.' },
      ],
    };
  },
};

const collapsed: ExerciseDefinition = {
  id: 'collapsed-matrix',
  title: 'The collapsed matrix of a linear stack',
  generate(seed) {
    const d = drawFrom(seed);
    const w1 = [d.int(-3, 3), d.int(-3, 3), d.int(-3, 3), d.int(-3, 3)];
    const w2 = [d.int(-3, 3), d.int(-3, 3), d.int(-3, 3), d.int(-3, 3)];
    const net = mlp([2, 2, 2], { activation: 'identity', rng: createRng(0), dtype: 'float64' });
    const [l1, , l2] = net.modules as Linear[];
    l1.weight.data.set(w1);
    l2.weight.data.set(w2);
    const c = collapseLinear(net);
    const i = d.int(0, 1);
    const j = d.int(0, 1);
    const m = (w: number[]) =>
      `\\begin{pmatrix} ${w[0]} & ${w[1]} \\\\ ${w[2]} & ${w[3]} \\end{pmatrix}`;
    return {
      prompt: `With the identity as activation, $W_1 = ${m(w1)}$ and $W_2 = ${m(w2)}$ collapse into one matrix $W = W_2 W_1$. What is its entry in row ${i + 1}, column ${j + 1}?`,
      answer: c.weight.data[i * 2 + j],
      hint: 'Row i of W₂ times column j of W₁.',
      solution: `$W = ${m(Array.from(c.weight.data))}$, so the entry is $${c.weight.data[i * 2 + j]}$.`,
      mistakes: [
        {
          value: w1[i * 2] * w2[j] + w1[i * 2 + 1] * w2[2 + j],
          message:
            'that is an entry of W₁W₂: the first layer acts first, so W₂ stands on the left.',
        },
      ],
    };
  },
};

const reluDerivative: ExerciseDefinition = {
  id: 'relu-derivative',
  title: 'The ReLU derivative at a point',
  generate(seed) {
    const d = drawFrom(seed);
    const w = d.int(-4, 4, [0]);
    const x = d.int(-3, 3, [0]);
    const b = d.int(-3, 3);
    const xs = scalar(x, { dtype: 'float64', requiresGrad: true });
    const out = xs.mul(w).add(b).relu();
    out.backward();
    return {
      prompt: `A hidden unit computes $h = \\max(0, w x + b)$ with $w = ${w}$, $b = ${b}$. What is $\\partial h / \\partial x$ at $x = ${x}$?`,
      answer: xs.grad!.item(),
      hint: 'First decide whether wx + b is positive; the ReLU passes the gradient only then.',
      solution: `$wx + b = ${w * x + b}$, so $\\mathbb{1}[wx + b > 0] = ${w * x + b > 0 ? 1 : 0}$ and $\\partial h/\\partial x = ${w * x + b > 0 ? 1 : 0} \\cdot ${w} = ${xs.grad!.item()}$.`,
      mistakes: [
        { value: w, message: 'that ignores the ReLU gate: check the sign of wx + b first.' },
      ].filter((m) => m.value !== xs.grad!.item()),
    };
  },
};

/** The lesson's exercises, in order. */
const EXERCISES: readonly ExerciseDefinition[] = [
  outputShape,
  paramCount,
  collapsed,
  reluDerivative,
];
export default EXERCISES;
