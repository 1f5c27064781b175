// KaTeX source for a syntax tree: w1 → w_{1}, juxtaposed products, fractions for division.
import { assertTreeDepth, type ExprFunction, type ExprNode } from './ast';
import { formatNumber, precedence } from './format';

const GREEK = new Set([
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'zeta',
  'eta',
  'theta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'pi',
  'rho',
  'sigma',
  'tau',
  'upsilon',
  'phi',
  'chi',
  'psi',
  'omega',
  'Gamma',
  'Delta',
  'Theta',
  'Lambda',
  'Xi',
  'Pi',
  'Sigma',
  'Upsilon',
  'Phi',
  'Psi',
  'Omega',
]);

const FUNCTION_TEX: ReadonlyMap<string, string> = new Map<ExprFunction, string>([
  ['exp', '\\exp'],
  ['log', '\\log'],
  ['relu', '\\mathrm{relu}'],
  ['sigmoid', '\\sigma'],
  ['tanh', '\\tanh'],
]);

/** TeX of a built-in function name; throws for any other name. */
function functionTex(fn: string): string {
  const tex = FUNCTION_TEX.get(fn);
  if (tex === undefined) throw new Error(`exprToTex: unknown function '${fn}'`);
  return tex;
}

function baseTex(base: string): string {
  if (base.length === 1) return base;
  if (GREEK.has(base)) return `\\${base}`;
  return `\\mathit{${base}}`;
}

/** TeX of a variable name: `w1` → `w_{1}`, `w_1` → `w_{1}`, `b_out` → `b_{\mathit{out}}`, `theta` → `\theta`. */
export function variableTex(name: string): string {
  const digits = /^([A-Za-z]+)_?(\d+)$/.exec(name);
  if (digits) return `${baseTex(digits[1])}_{${digits[2]}}`;
  const sub = /^([A-Za-z]+)_([A-Za-z0-9]+)$/.exec(name);
  if (sub) return `${baseTex(sub[1])}_{${baseTex(sub[2])}}`;
  if (/^[A-Za-z]+$/.test(name)) return baseTex(name);
  return `\\mathit{${name.replace(/_/g, '\\_')}}`;
}

/** TeX of a number: `1e-7` becomes `1 \times 10^{-7}`. */
export function numberTex(value: number): string {
  const text = formatNumber(value);
  const sci = /^(-?[\d.]+)e([+-]?)(\d+)$/.exec(text);
  if (!sci) return text;
  return `${sci[1]} \\times 10^{${sci[2] === '-' ? '-' : ''}${sci[3]}}`;
}

function paren(tex: string): string {
  return `\\left(${tex}\\right)`;
}

/** Product: juxtapose simple factors (`2 x`, `w_{1} x`), thin space after groups, `\cdot` before numbers and signs. */
function productTex(node: Extract<ExprNode, { kind: 'binary' }>): string {
  const left = toTex(node.left);
  const leftTex = precedence(node.left) < 2 ? paren(left) : left;
  const right = node.right;
  const rightNeedsParens =
    precedence(right) < 2 ||
    right.kind === 'unary' ||
    (right.kind === 'binary' && right.op === '*');
  const rightTex = rightNeedsParens ? paren(toTex(right)) : toTex(right);
  const rightIsNumber =
    right.kind === 'num' ||
    (right.kind === 'binary' && right.op === '^' && right.left.kind === 'num');
  if (rightIsNumber) return `${leftTex} \\cdot ${rightTex}`;
  const simple = (n: ExprNode): boolean => n.kind === 'num' || n.kind === 'var';
  return simple(node.left) && simple(node.right)
    ? `${leftTex} ${rightTex}`
    : `${leftTex}\\, ${rightTex}`;
}

function binaryTex(node: Extract<ExprNode, { kind: 'binary' }>): string {
  switch (node.op) {
    case '+':
    case '-': {
      const right = toTex(node.right);
      const needsParens =
        (node.op === '-' && precedence(node.right) <= 1) || node.right.kind === 'unary';
      const rightTex = needsParens ? paren(right) : right;
      return `${toTex(node.left)} ${node.op} ${rightTex}`;
    }
    case '*':
      return productTex(node);
    case '/':
      return `\\frac{${toTex(node.left)}}{${toTex(node.right)}}`;
    case '^': {
      const base = toTex(node.left);
      // A number in scientific notation already carries a superscript, so it is bracketed like a compound base.
      const atomic =
        node.left.kind === 'var' ||
        node.left.kind === 'call' ||
        (node.left.kind === 'num' && !base.includes('^'));
      return `${atomic ? base : paren(base)}^{${toTex(node.right)}}`;
    }
  }
}

/** KaTeX source of an expression, e.g. `relu(w1*x)*w2` → `\mathrm{relu}\left(w_{1} x\right)\, w_{2}`. */
export function exprToTex(ast: ExprNode): string {
  assertTreeDepth(ast, 'exprToTex');
  return toTex(ast);
}

function toTex(ast: ExprNode): string {
  switch (ast.kind) {
    case 'num':
      return numberTex(ast.value);
    case 'var':
      return variableTex(ast.name);
    case 'call':
      return `${functionTex(ast.fn)}\\left(${toTex(ast.arg)}\\right)`;
    case 'unary':
      return `-${precedence(ast.arg) <= 1 || ast.arg.kind === 'unary' ? paren(toTex(ast.arg)) : toTex(ast.arg)}`;
    case 'binary':
      return binaryTex(ast);
  }
}
