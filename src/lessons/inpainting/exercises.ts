/**
 * The inpainting lesson's exercises. Every answer comes from the engine: it builds the model or
 * the loss with the drawn numbers, runs forward (and backward), and the answer is read off.
 */
import { createRng, exportGraph, randn, tensor } from '../../engine';
import { MNIST_PIXELS } from '../../data/mnist-shape';
import { drawFrom } from '../../kit/exercise/draw';
import { texVector } from '../../kit/exercise/tex';
import type { ExerciseDefinition } from '../../kit/exercise/types';

const tenth = (d: ReturnType<typeof drawFrom>) => d.int(0, 10) / 10;

/** A few pixels of a prediction and a truth, with pixel `k` asked about. */
function pixels(seed: number) {
  const d = drawFrom(seed);
  const n = 3;
  const yhat = Array.from({ length: n }, () => tenth(d));
  const y = Array.from({ length: n }, () => tenth(d));
  const k = d.int(0, n - 1);
  if (yhat[k] === y[k]) yhat[k] = y[k] >= 0.5 ? y[k] - 0.3 : y[k] + 0.4;
  yhat[k] = Number(yhat[k].toFixed(1));
  const p = tensor(yhat, { requiresGrad: true, label: 'ŷ' });
  const loss = p.halfSquaredError(tensor(y, { label: 'y' })).setLabel('L');
  loss.backward();
  return { yhat, y, k, p, loss };
}

const outputSize: ExerciseDefinition = {
  id: 'output-size',
  title: 'How big is the output?',
  generate(seed) {
    const d = drawFrom(seed);
    const batch = d.int(2, 8);
    const hidden = d.oneOf([16, 32, 64, 100, 128]);
    const rng = createRng(seed);
    const x = randn([MNIST_PIXELS, batch], rng);
    const w1 = randn([hidden, MNIST_PIXELS], rng, { std: 0.05 });
    const w2 = randn([MNIST_PIXELS, hidden], rng, { std: 0.05 });
    const out = w2.matmul(w1.matmul(x).relu());
    return {
      prompt: `A batch of $${batch}$ masked digits (one per column of $x \\in \\mathbb{R}^{784 \\times ${batch}}$) goes through the inpainting MLP $\\hat y = W_2 \\max(0, W_1 x)$ with $H = ${hidden}$ hidden units. How many numbers does $\\hat y$ hold?`,
      answer: out.size,
      hint: 'Each column of ŷ is a whole reconstructed image. How many pixels does one image have?',
      solution: `$W_1 x$ is $${hidden} \\times ${batch}$, and $W_2$ ($784 \\times ${hidden}$) maps it to $784 \\times ${batch}$: $784 \\cdot ${batch} = ${MNIST_PIXELS * batch}$ numbers.`,
      mistakes: [
        {
          value: 10 * batch,
          message:
            'that is the classifier’s output (10 scores per image). Inpainting outputs a whole image.',
        },
        {
          value: hidden * batch,
          message: 'that is the hidden layer. W₂ maps it back to image size.',
        },
        { value: MNIST_PIXELS, message: 'that is one image. The batch has several.' },
      ],
    };
  },
};

const pixelLoss: ExerciseDefinition = {
  id: 'pixel-loss',
  title: 'The loss of one pixel',
  generate(seed) {
    const s = pixels(seed);
    const one = tensor([s.yhat[s.k]]).halfSquaredError(tensor([s.y[s.k]]));
    const diff = Number((s.yhat[s.k] - s.y[s.k]).toFixed(1));
    return {
      prompt: `A three-pixel image has prediction $\\hat y = ${texVector(s.yhat)}$ and truth $y = ${texVector(s.y)}$. With $L = \\tfrac12 \\lVert y - \\hat y \\rVert^2$, how much does pixel ${s.k + 1} add to $L$?`,
      answer: one.item(),
      hint: 'L is a sum over pixels of ½(ŷᵢ − yᵢ)². Take only the term of that pixel.',
      solution: `$\\tfrac12 (${s.yhat[s.k]} - ${s.y[s.k]})^2 = \\tfrac12 (${diff})^2 = ${Number(one.item().toPrecision(4))}$. The whole loss is $L = ${Number(s.loss.item().toPrecision(4))}$.`,
      graph: exportGraph(s.loss),
      mistakes: [
        { value: diff * diff, message: 'you forgot the ½ in front of the square.' },
        {
          value: s.loss.item(),
          message: 'that is the loss of the whole image; the question asks for one pixel.',
        },
      ],
    };
  },
};

const pixelGrad: ExerciseDefinition = {
  id: 'pixel-grad',
  title: 'The gradient at a pixel',
  generate(seed) {
    const s = pixels(seed + 7);
    const g = s.p.grad!.data[s.k];
    return {
      prompt: `With $\\hat y = ${texVector(s.yhat)}$, $y = ${texVector(s.y)}$ and $L = \\tfrac12 \\lVert y - \\hat y \\rVert^2$, what is $\\partial L / \\partial \\hat y_${s.k + 1}$?`,
      answer: g,
      hint: 'Differentiate ½(ŷᵢ − yᵢ)² with respect to ŷᵢ; the other pixels do not depend on it.',
      solution: `$\\partial L/\\partial \\hat y_${s.k + 1} = \\hat y_${s.k + 1} - y_${s.k + 1} = ${s.yhat[s.k]} - ${s.y[s.k]} = ${Number(g.toFixed(4))}$: the backward pass of the engine starts from exactly this vector, $\\hat y - y$.`,
      graph: exportGraph(s.loss),
      mistakes: [
        { value: -g, message: 'the sign is flipped: it is ŷ − y, not y − ŷ.' },
        { value: 0.5 * g * g, message: 'that is the pixel’s loss, not its gradient.' },
      ],
    };
  },
};

/** The exercises, in order. */
const EXERCISES: readonly ExerciseDefinition[] = [outputSize, pixelLoss, pixelGrad];
export default EXERCISES;
