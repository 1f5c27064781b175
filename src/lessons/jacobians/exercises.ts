/**
 * The Jacobians lesson's exercises. Every answer comes from the engine: it builds the tensors with
 * the drawn numbers and computes the Jacobian (one backward pass per output) or its shape.
 */
import { createRng, jacobian, jacobianRow, randn, tensor, type Tensor } from '../../engine';
import { drawFrom } from '../../kit/exercise/draw';
import { texMatrix, texVector } from '../../kit/exercise/tex';
import type { ExerciseDefinition } from '../../kit/exercise/types';

const F64 = { dtype: 'float64' as const };

const jacobianShape: ExerciseDefinition = {
  id: 'jacobian-shape',
  title: 'The shape of a Jacobian',
  generate(seed) {
    const d = drawFrom(seed);
    const m = d.int(2, 9);
    const n = d.int(2, 9, [m]);
    const askRows = d.oneOf([true, false]);
    const rng = createRng(seed);
    const a = randn([m, n], rng, F64);
    const j = jacobian((t: Tensor) => a.matmul(t).tanh(), randn([n], rng, F64));
    const [rows, cols] = j.shape;
    return {
      prompt: `$x \\in \\mathbb{R}^{${n}}$ and $y = \\tanh(A x) \\in \\mathbb{R}^{${m}}$. How many ${askRows ? 'rows' : 'columns'} does the Jacobian $\\partial y/\\partial x$ have?`,
      answer: askRows ? rows : cols,
      tolerance: 0,
      hint: 'Output × input: one row per entry of y, one column per entry of x.',
      solution: `$\\partial y/\\partial x \\in \\mathbb{R}^{${rows} \\times ${cols}}$: ${rows} rows (outputs) and ${cols} columns (inputs).`,
      mistakes: [
        {
          value: askRows ? cols : rows,
          message: 'that swaps them: rows follow the output y, columns the input x.',
        },
        {
          value: rows * cols,
          message: 'that is the number of entries, not of ' + (askRows ? 'rows.' : 'columns.'),
        },
      ],
    };
  },
};

const matmulEntry: ExerciseDefinition = {
  id: 'matmul-entry',
  title: 'One entry of a matrix multiply’s Jacobian',
  generate(seed) {
    const d = drawFrom(seed);
    const w = [0, 1].map(() => [0, 1, 2].map(() => d.int(-5, 5)));
    const g = [0, 1, 2].map(() => d.int(-3, 3));
    const i = d.int(0, 1);
    const j = d.int(0, 2);
    const wt = tensor(w, F64);
    const row = jacobianRow((t) => wt.matmul(t), tensor(g, F64), i);
    const transposed = j < 2 && i < 3 ? w[j][i] : NaN;
    return {
      prompt: `$y = W g$ with $W = ${texMatrix(w)}$ and $g = ${texVector(g)}$. What is $\\partial y_{${i + 1}}/\\partial g_{${j + 1}}$?`,
      answer: row[j],
      hint: `Write out $y_{${i + 1}}$ as a sum over $g$'s entries. Which number multiplies $g_{${j + 1}}$?`,
      solution: `$y_{${i + 1}} = \\sum_k W_{${i + 1}k}\\, g_k$, so $\\partial y_{${i + 1}}/\\partial g_{${j + 1}} = W_{${i + 1}${j + 1}} = ${row[j]}$: the Jacobian is $W$ itself, whatever $g$ is.`,
      mistakes: [
        ...(Number.isFinite(transposed) && transposed !== row[j]
          ? [
              {
                value: transposed,
                message: `that is W[${j + 1},${i + 1}]: the Jacobian is W, not Wᵀ (row = output).`,
              },
            ]
          : []),
        ...(g[j] !== row[j]
          ? [
              {
                value: g[j],
                message:
                  'that is g’s entry; the derivative with respect to g is the weight that multiplies it.',
              },
            ]
          : []),
      ],
    };
  },
};

const diagEntry: ExerciseDefinition = {
  id: 'diag-entry',
  title: 'An entry of diag(g)',
  generate(seed) {
    const d = drawFrom(seed);
    const f = [0, 1, 2, 3].map(() => d.int(-4, 4, [0]));
    const g = [0, 1, 2, 3].map(() => d.int(-4, 4, [0]));
    const i = d.int(0, 3);
    const j = d.oneOf([true, true, false]) ? i : d.int(0, 3, [i]);
    const gt = tensor(g, F64);
    const jac = jacobian((t) => t.mul(gt), tensor(f, F64));
    const answer = jac.data[i * 4 + j] + 0;
    return {
      prompt: `$h = f \\odot g$ with $f = ${texVector(f)}$ and $g = ${texVector(g)}$. What is the entry in row ${i + 1}, column ${j + 1} of $\\partial h/\\partial f$?`,
      answer,
      hint: 'h₁ depends on f₁ only, h₂ on f₂ only, …: where can a non-zero entry sit?',
      solution:
        i === j
          ? `On the diagonal: $\\partial h_{${i + 1}}/\\partial f_{${i + 1}} = g_{${i + 1}} = ${g[i]}$, since $\\partial h/\\partial f = \\operatorname{diag}(g)$.`
          : `Off the diagonal: $h_{${i + 1}} = f_{${i + 1}} g_{${i + 1}}$ does not involve $f_{${j + 1}}$, so the entry is $0$.`,
      mistakes: [
        ...(f[i] !== answer
          ? [
              {
                value: f[i],
                message: 'that is f’s entry; differentiating with respect to f leaves g.',
              },
            ]
          : []),
        ...(i !== j && g[i] !== 0
          ? [
              {
                value: g[i],
                message:
                  'that is the diagonal entry of row ' +
                  (i + 1) +
                  '; this one is off the diagonal.',
              },
            ]
          : []),
        ...(i !== j
          ? [{ value: g[j], message: 'that is a diagonal value; this entry is off the diagonal.' }]
          : []),
      ].filter(
        (m, k, all) => all.findIndex((o) => o.value === m.value) === k && m.value !== answer,
      ),
    };
  },
};

const chainShape: ExerciseDefinition = {
  id: 'chain-shape',
  title: 'Match the shapes along a chain',
  generate(seed) {
    const d = drawFrom(seed);
    const dIn = d.int(2, 6);
    const h = d.int(3, 8, [dIn]);
    const c = d.int(2, 5, [dIn, h]);
    const rng = createRng(seed);
    const w1 = randn([h, dIn], rng, F64);
    const w2 = randn([c, h], rng, F64);
    const x = randn([dIn], rng, F64);
    const f = w1.matmul(x);
    const dgdf = jacobian((t) => t.relu(), f);
    const dydx = jacobian((t) => w2.matmul(w1.matmul(t).relu()), x);
    return {
      prompt: `A network with $D = ${dIn}$ inputs, $H = ${h}$ hidden units and $C = ${c}$ outputs: $f = W_1 x$, $g = \\max(0, f)$, $\\hat y = W_2 g$. In $\\dfrac{\\partial \\hat y}{\\partial x} = \\dfrac{\\partial \\hat y}{\\partial g}\\, \\dfrac{\\partial g}{\\partial f}\\, \\dfrac{\\partial f}{\\partial x}$ the outer factors are ${c}×${h} and ${h}×${dIn}. How many entries does the middle factor $\\partial g/\\partial f$ have?`,
      answer: dgdf.size,
      tolerance: 0,
      hint: 'Its rows must match the columns of the factor on its left, its columns the rows of the factor on its right.',
      solution: `$\\partial g/\\partial f$ is ${dgdf.shape[0]}×${dgdf.shape[1]} = ${dgdf.size} entries (a diagonal matrix, $\\operatorname{diag}(\\mathbb{1}[f > 0])$), and the product is ${dydx.shape[0]}×${dydx.shape[1]}.`,
      mistakes: [
        {
          value: h,
          message: `that counts only the diagonal. The factor is a full ${h}×${h} matrix (mostly zeros).`,
        },
        {
          value: dydx.size,
          message: 'that is the size of the whole product ∂ŷ/∂x, not of the middle factor.',
        },
        { value: h * dIn, message: `that is ${h}×${dIn}, the shape of ∂f/∂x.` },
      ].filter((m) => m.value !== dgdf.size),
    };
  },
};

/** The exercises, in order. */
export default [
  jacobianShape,
  matmulEntry,
  diagEntry,
  chainShape,
] satisfies readonly ExerciseDefinition[];
