/**
 * The descent lesson's exercises. Every answer comes from the engine: the loss is built as an
 * engine expression with the drawn numbers and its gradient read off after backward.
 */
import { exportGraph, scalar, tensor } from '../../engine';
import { drawFrom } from '../../kit/exercise/draw';
import type { ExerciseDefinition } from '../../kit/exercise/types';
import { crossEntropyGrad } from './losses';

/** L(θ) = ½c(θ − m)² at θ, with its engine graph. */
function quadratic(c: number, m: number, theta: number) {
  const t = scalar(theta, {
    dtype: 'float64',
    requiresGrad: true,
    label: 'θ',
    labelTex: '\\theta',
  });
  const loss = t
    .sub(m)
    .pow(2)
    .mul(c / 2)
    .setLabel('L');
  loss.backward();
  return { loss, slope: t.grad?.item() ?? 0 };
}

const oneUpdate: ExerciseDefinition = {
  id: 'one-update',
  title: 'One update by hand',
  generate(seed) {
    const d = drawFrom(seed);
    const c = d.int(1, 4);
    const m = d.int(-3, 3);
    const theta = d.int(-4, 5, [m]);
    const alpha = d.oneOf([0.1, 0.2, 0.25, 0.5]);
    const q = quadratic(c, m, theta);
    const answer = theta - alpha * q.slope;
    return {
      prompt: `With $L(\\theta) = \\tfrac{${c}}{2}(\\theta - (${m}))^2$, $\\theta^{(0)} = ${theta}$ and $\\alpha = ${alpha}$, what is $\\theta^{(1)}$ after one gradient-descent step?`,
      answer,
      hint: 'First the slope: L′(θ) = c(θ − m). Then θ − α·L′(θ).',
      solution: `$L'(${theta}) = ${c}\\cdot(${theta} - (${m})) = ${q.slope}$, so $\\theta^{(1)} = ${theta} - ${alpha}\\cdot ${q.slope} = ${answer}$.`,
      graph: exportGraph(q.loss),
      mistakes: [
        {
          value: theta + alpha * q.slope,
          message: 'that steps uphill: subtract α·L′(θ), do not add it.',
        },
        { value: q.slope, message: 'that is the slope L′(θ), not the new θ.' },
      ],
    };
  },
};

const divergence: ExerciseDefinition = {
  id: 'divergence-threshold',
  title: 'When does descent blow up?',
  generate(seed) {
    const d = drawFrom(seed);
    const a = d.oneOf([0.5, 1, 2, 4]);
    const b = d.oneOf([5, 8, 10, 20]);
    const w1 = scalar(0, { dtype: 'float64', requiresGrad: true });
    const w2 = scalar(1, { dtype: 'float64', requiresGrad: true });
    w1.mul(w1)
      .mul(a / 2)
      .add(w2.mul(w2).mul(b / 2))
      .backward();
    // NOTE: at (0, 1) the engine's ∂L/∂w₂ equals the curvature b; at (1, 0) ∂L/∂w₁ would equal a.
    const w1b = scalar(1, { dtype: 'float64', requiresGrad: true });
    w1b
      .mul(w1b)
      .mul(a / 2)
      .backward();
    const steepest = Math.max(w1b.grad?.item() ?? 0, w2.grad?.item() ?? 0);
    return {
      prompt: `Gradient descent on $L(w) = \\tfrac{${a}}{2} w_1^2 + \\tfrac{${b}}{2} w_2^2$: above which step size $\\alpha$ does it diverge (from almost any start)?`,
      answer: 2 / steepest,
      hint: 'Each coordinate is a 1-D quadratic: w ← (1 − α·curvature) w. Which curvature breaks |1 − α·curvature| < 1 first?',
      solution: `The curvatures are ${a} and ${b}. The steeper one, ${steepest}, needs $|1 - \\alpha \\cdot ${steepest}| < 1$, i.e. $\\alpha < 2/${steepest} = ${2 / steepest}$.`,
      mistakes: [
        {
          value: 1 / steepest,
          message:
            'that is where it starts to oscillate (1/curvature); it diverges at 2/curvature.',
        },
        {
          value: 2 / Math.min(a, b),
          message: 'that uses the flat direction; the steep one blows up first.',
        },
      ],
    };
  },
};

const gradientSign: ExerciseDefinition = {
  id: 'gradient-sign',
  title: 'Which way is downhill on the contour plot?',
  generate(seed) {
    const d = drawFrom(seed);
    const [u, v] = [d.int(-2, 2), d.int(-2, 2)];
    const k = d.int(2, 5);
    const [p, q] = [d.int(-3, 3, [u]), d.int(-3, 3, [v])];
    const w1 = scalar(p, { dtype: 'float64', requiresGrad: true, label: 'w₁', labelTex: 'w_1' });
    const w2 = scalar(q, { dtype: 'float64', requiresGrad: true, label: 'w₂', labelTex: 'w_2' });
    const loss = w1.sub(u).pow(2).add(w2.sub(v).pow(2).mul(k)).setLabel('L');
    loss.backward();
    const g2 = w2.grad?.item() ?? 0;
    return {
      prompt: `The contour plot shows $L = (w_1 - (${u}))^2 + ${k}(w_2 - (${v}))^2$, minimum at $(${u}, ${v})$. At the point $(${p}, ${q})$, what is the sign of $\\partial L/\\partial w_2$? Answer $1$ for positive, $-1$ for negative.`,
      answer: Math.sign(g2),
      hint: 'The gradient points uphill, away from the minimum. Is the point above or below the minimum in w₂?',
      solution: `$\\partial L/\\partial w_2 = ${2 * k}(w_2 - (${v})) = ${g2}$: ${g2 > 0 ? 'positive, so a descent step lowers w₂' : 'negative, so a descent step raises w₂'}, towards the minimum.`,
      graph: exportGraph(loss),
      mistakes: [
        {
          value: -Math.sign(g2),
          message:
            'that is the direction of the descent step (−gradient); the gradient points the other way.',
        },
      ],
    };
  },
};

const ceGradient: ExerciseDefinition = {
  id: 'ce-gradient',
  title: 'The cross-entropy gradient',
  generate(seed) {
    const d = drawFrom(seed);
    const scores = [d.int(-2, 2), d.int(-2, 2), d.int(-2, 2)];
    const label = d.int(0, 2);
    const { grad } = crossEntropyGrad(scores, label);
    const z = tensor(scores, { dtype: 'float64', requiresGrad: true, shape: [1, 3] });
    const loss = z.softmaxCrossEntropy([label]);
    loss.backward();
    const p = grad.map((g, i) => g + (i === label ? 1 : 0));
    return {
      prompt: `Scores $z = (${scores.join(', ')})$ for classes 0, 1, 2; the true class is ${label}. With softmax cross-entropy, what is $\\partial L/\\partial z_{${label}}$? (Three decimals are enough.)`,
      answer: grad[label],
      tolerance: 2e-3,
      hint: 'Softmax first: p_c = e^{z_c} / Σ e^{z_k}. The gradient is p − onehot(true class).',
      solution: `$p = (${p.map((v) => v.toFixed(3)).join(', ')})$, so $\\partial L/\\partial z_{${label}} = p_{${label}} - 1 = ${grad[label].toFixed(3)}$.`,
      graph: exportGraph(loss),
      mistakes: [
        {
          value: -grad[label],
          message: 'the sign is flipped: the gradient is p − onehot, not onehot − p.',
        },
        { value: p[label], message: 'that is p for the true class; subtract the one-hot 1.' },
      ],
    };
  },
};

/** The exercises, in order. */
export default [
  oneUpdate,
  divergence,
  gradientSign,
  ceGradient,
] satisfies readonly ExerciseDefinition[];
