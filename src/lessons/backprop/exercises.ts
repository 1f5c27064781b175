/**
 * The backprop lesson's exercises. Every answer comes from the engine: the lecture's graph is
 * built with the drawn numbers, run forward and backward, and its gradients are read off.
 */
import { exportGraph, scalar } from '../../engine';
import { drawFrom } from '../../kit/exercise/draw';
import type { ExerciseDefinition } from '../../kit/exercise/types';
import { buildScalarExample } from './scalar-example';

/** Runs the lecture's graph on drawn inputs and returns its tensors after backward. */
function solved(seed: number, reluOn: boolean) {
  const d = drawFrom(seed);
  const x = d.int(1, 5) * (reluOn ? 1 : -1);
  const w1 = d.int(1, 3);
  const w2 = d.int(-3, 3, [0]);
  const y = d.int(-4, 4);
  const t = buildScalarExample({ x, w1, w2, y });
  t.loss.backward();
  return { x, w1, w2, y, t, graph: exportGraph(t.loss) };
}

const inputsText = (s: ReturnType<typeof solved>) =>
  `With $x = ${s.x}$, $w_1 = ${s.w1}$, $w_2 = ${s.w2}$ and $y = ${s.y}$ in the lecture's network ($f = w_1 x$, $g = \\max(0, f)$, $\\hat y = w_2 g$, $L = \\tfrac12(\\hat y - y)^2$)`;

const gradW1: ExerciseDefinition = {
  id: 'grad-w1',
  title: 'Backpropagate to the first weight',
  generate(seed) {
    const s = solved(seed, true);
    const { f, g, yhat } = s.t;
    const up = yhat.item() - s.y;
    return {
      prompt: `${inputsText(s)}, what is $\\partial L/\\partial w_1$?`,
      answer: s.t.w1.grad!.item(),
      hint: 'Multiply the local gradients along the path from L back to w₁: (ŷ − y), then w₂, then 𝟙[f > 0], then x.',
      solution: `Forward: $f = ${f.item()}$, $g = ${g.item()}$, $\\hat y = ${yhat.item()}$. Backward: $\\partial L/\\partial w_1 = x \\cdot \\mathbb{1}[f>0] \\cdot w_2 \\cdot (\\hat y - y) = ${s.x} \\cdot 1 \\cdot ${s.w2} \\cdot ${up}$.`,
      graph: s.graph,
      mistakes: [
        {
          value: s.t.w2.grad!.item(),
          message: 'that is ∂L/∂w₂ (g times the upstream). Follow the path to w₁ instead.',
        },
        {
          value: s.w2 * up,
          message: 'that is ∂L/∂g. Two more local gradients to go: 𝟙[f > 0] and x.',
        },
      ],
    };
  },
};

const gradW2: ExerciseDefinition = {
  id: 'grad-w2',
  title: 'The gradient that re-uses ∂L/∂ŷ',
  generate(seed) {
    const s = solved(seed, true);
    const up = s.t.yhat.item() - s.y;
    return {
      prompt: `${inputsText(s)}, what is $\\partial L/\\partial w_2$?`,
      answer: s.t.w2.grad!.item(),
      hint: 'ŷ = w₂·g, so the local gradient of ŷ with respect to w₂ is g. Multiply by the upstream ∂L/∂ŷ = ŷ − y.',
      solution: `$\\partial L/\\partial w_2 = g \\cdot (\\hat y - y) = ${s.t.g.item()} \\cdot ${up}$.`,
      graph: s.graph,
      mistakes: [
        {
          value: s.t.w1.grad!.item(),
          message: 'that is w₁’s chain. For w₂ the path from L is only two nodes long.',
        },
        {
          value: up,
          message: 'that is ∂L/∂ŷ, the upstream gradient. Multiply it by the local gradient g.',
        },
      ],
    };
  },
};

const deadRelu: ExerciseDefinition = {
  id: 'dead-relu',
  title: 'When the ReLU is off',
  generate(seed) {
    const s = solved(seed, false);
    const up = s.t.yhat.item() - s.y;
    return {
      prompt: `${inputsText(s)}, what is $\\partial L/\\partial w_1$? (Here $x$ is negative.)`,
      // NOTE: + 0 turns the engine's −0 (0 times a negative upstream) into 0 for display.
      answer: s.t.w1.grad!.item() + 0,
      hint: 'Compute f = w₁x first. What does max(0, ·) pass back when its input is negative?',
      solution: `$f = ${s.t.f.item()} < 0$, so $g = 0$ and the ReLU's local gradient $\\mathbb{1}[f > 0]$ is $0$: nothing reaches $w_1$, whatever $x \\cdot w_2 \\cdot (\\hat y - y) = ${s.x} \\cdot ${s.w2} \\cdot ${up}$ would have been.`,
      graph: s.graph,
      mistakes: [
        {
          value: s.x * s.w2 * up,
          message: 'that forgets the ReLU. With f < 0 its local gradient is 0.',
        },
      ],
    };
  },
};

const sigmoidGate: ExerciseDefinition = {
  id: 'sigmoid-gate',
  title: 'The sigmoid gate’s local gradient',
  generate(seed) {
    const d = drawFrom(seed);
    const z0 = d.oneOf([-2, -1, 0, 1, 2]);
    const z = scalar(z0, { dtype: 'float64', requiresGrad: true, label: 'z', labelTex: 'z' });
    const out = z.sigmoid().setLabel('σ', '\\sigma');
    out.backward();
    const sv = out.item();
    return {
      prompt: `For $\\sigma(z) = 1/(1 + e^{-z})$ at $z = ${z0}$, what is $d\\sigma/dz$? (Three decimals are enough.)`,
      answer: z.grad!.item(),
      tolerance: 2e-3,
      hint: 'The fused gate’s local gradient is σ(z)(1 − σ(z)).',
      solution: `$\\sigma(${z0}) = ${sv.toFixed(4)}$, so $\\sigma(1 - \\sigma) = ${sv.toFixed(4)} \\cdot ${(1 - sv).toFixed(4)}$.`,
      graph: exportGraph(out),
      mistakes: [{ value: sv, message: 'that is σ(z) itself, not its derivative.' }],
    };
  },
};

/** The exercises, in order. */
export default [gradW1, gradW2, deadRelu, sigmoidGate] satisfies readonly ExerciseDefinition[];
