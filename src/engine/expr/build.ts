// Turns a syntax tree into a real engine graph of float64 scalars, one shared leaf per variable.
import { scalar } from '../create';
import type { Tensor } from '../tensor';
import {
  assertTreeDepth,
  collectVariables,
  lookupValue,
  type ExprFunction,
  type ExprNode,
  type VariableValues,
} from './ast';
import { formatExpression, formatNumber } from './format';
import { exprToTex, numberTex, variableTex } from './tex';

/** Intermediate tensors whose sub-expression text is at most this long are labelled with it; others get t1, t2, … (the output: out). */
export const MAX_INLINE_LABEL = 10;

/** The graph built from an expression: its output and the leaf of each variable. */
export interface BuiltExpression {
  /** The tensor of the whole expression. */
  output: Tensor;
  /** One leaf per variable (requiresGrad, label = name), shared by all its uses. */
  leaves: ReadonlyMap<string, Tensor>;
}

const FUNCTION_VALUE: ReadonlyMap<string, (x: number) => number> = new Map<
  ExprFunction,
  (x: number) => number
>([
  ['exp', Math.exp],
  ['log', Math.log],
  ['relu', (x) => Math.max(0, x)],
  ['sigmoid', (x) => 1 / (1 + Math.exp(-x))],
  ['tanh', Math.tanh],
]);

/** The plain-number function of a built-in name; throws for any other name. */
function functionValue(fn: string): (x: number) => number {
  const f = FUNCTION_VALUE.get(fn);
  if (!f) throw new Error(`unknown function '${fn}'`);
  return f;
}

/** The value of a variable-free tree in plain JS numbers (used for constant exponents). */
export function evaluateConstant(ast: ExprNode): number {
  assertTreeDepth(ast, 'evaluateConstant');
  return constantValue(ast);
}

function constantValue(ast: ExprNode): number {
  switch (ast.kind) {
    case 'num':
      return ast.value;
    case 'var':
      throw new Error(`evaluateConstant: '${ast.name}' is a variable, not a constant`);
    case 'unary':
      return -constantValue(ast.arg);
    case 'call':
      return functionValue(ast.fn)(constantValue(ast.arg));
    case 'binary': {
      const a = constantValue(ast.left);
      const b = constantValue(ast.right);
      if (ast.op === '+') return a + b;
      if (ast.op === '-') return a - b;
      if (ast.op === '*') return a * b;
      return ast.op === '/' ? a / b : a ** b;
    }
  }
}

function applyBinary(op: '+' | '-' | '*' | '/', a: Tensor, b: Tensor): Tensor {
  if (op === '+') return a.add(b);
  if (op === '-') return a.sub(b);
  return op === '*' ? a.mul(b) : a.div(b);
}

function applyCall(fn: ExprFunction, a: Tensor): Tensor {
  switch (fn) {
    case 'exp':
      return a.exp();
    case 'log':
      return a.log();
    case 'relu':
      return a.relu();
    case 'sigmoid':
      return a.sigmoid();
    case 'tanh':
      return a.tanh();
    default:
      throw new Error(`buildExpression: unknown function '${String(fn)}'`);
  }
}

/** Builds the engine graph of `ast` on the given leaves (one per variable); intermediate tensors get labels. */
export function buildGraph(ast: ExprNode, leaves: ReadonlyMap<string, Tensor>): Tensor {
  assertTreeDepth(ast, 'buildExpression');
  const dtype = leaves.values().next().value?.dtype ?? 'float64';
  let temporaries = 0;
  const build = (node: ExprNode): Tensor => {
    if (node.kind === 'var') {
      const leaf = leaves.get(node.name);
      if (!leaf) throw new Error(`buildExpression: no value for variable '${node.name}'`);
      return leaf;
    }
    if (node.kind === 'num') {
      return scalar(node.value, {
        dtype,
        label: formatNumber(node.value),
        labelTex: numberTex(node.value),
      });
    }
    let out: Tensor;
    if (node.kind === 'unary') out = build(node.arg).neg();
    else if (node.kind === 'call') out = applyCall(node.fn, build(node.arg));
    else if (node.op === '^') {
      if (collectVariables(node.right).length > 0)
        throw new Error('buildExpression: the exponent must be a constant');
      out = build(node.left).pow(evaluateConstant(node.right));
    } else out = applyBinary(node.op, build(node.left), build(node.right));
    const text = formatExpression(node);
    if (text.length <= MAX_INLINE_LABEL) return out.setLabel(text, exprToTex(node));
    if (node === ast) return out.setLabel('out', '\\mathrm{out}');
    temporaries++;
    return out.setLabel(`t${temporaries}`, `t_{${temporaries}}`);
  };
  return build(ast);
}

/** Builds the engine graph of `ast` with float64 leaves holding `values` (throws if a value is missing). */
export function buildExpression(ast: ExprNode, values: VariableValues): BuiltExpression {
  const leaves = new Map<string, Tensor>();
  for (const name of collectVariables(ast)) {
    const value = lookupValue(values, name);
    if (typeof value !== 'number')
      throw new Error(`buildExpression: no value for variable '${name}'`);
    leaves.set(
      name,
      scalar(value, {
        dtype: 'float64',
        requiresGrad: true,
        label: name,
        labelTex: variableTex(name),
      }),
    );
  }
  return { output: buildGraph(ast, leaves), leaves };
}
