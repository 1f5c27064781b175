// The expression language's syntax tree, error and result types, and its fixed limits.

/** The five built-in one-argument functions (reserved names). */
export const EXPR_FUNCTIONS = ['exp', 'log', 'relu', 'sigmoid', 'tanh'] as const;

/** Name of a built-in function. */
export type ExprFunction = (typeof EXPR_FUNCTIONS)[number];

/** A binary operator of the language. */
export type ExprBinaryOp = '+' | '-' | '*' | '/' | '^';

/** Limits that keep sandbox graphs readable; each has its own error message. */
export const EXPR_LIMITS = {
  /** Longest accepted source, in characters. */
  maxLength: 200,
  /** Most distinct variables in one expression. */
  maxVariables: 8,
  /** Deepest nesting of parentheses, calls, minus signs and exponents. */
  maxDepth: 50,
  /** Most operations (graph op nodes) in one expression: the sandbox draws at most this many. */
  maxOperations: 60,
} as const;

/**
 * Deepest tree the recursive formatters and graph builders accept. Parsed trees stay far below it
 * (200 characters make at most ~100 levels); a deeper hand-built tree gets a clear error instead of
 * a stack overflow.
 */
export const MAX_TREE_DEPTH = 1000;

/** A node of the syntax tree; `start`/`end` are 0-based source offsets (end exclusive). */
export type ExprNode =
  | { kind: 'num'; value: number; start: number; end: number }
  | { kind: 'var'; name: string; start: number; end: number }
  | { kind: 'unary'; op: 'neg'; arg: ExprNode; start: number; end: number }
  | {
      kind: 'binary';
      op: ExprBinaryOp;
      left: ExprNode;
      right: ExprNode;
      start: number;
      end: number;
    }
  | { kind: 'call'; fn: ExprFunction; arg: ExprNode; start: number; end: number };

/** A friendly, positioned error for the sandbox input. */
export interface ExprError {
  /** Sentence shown to the student. */
  message: string;
  /** 0-based character index where the problem starts. */
  position: number;
  /** Number of characters to underline (at least 1). */
  length: number;
}

/** Outcome of `parseExpression`. */
export type ParseResult =
  | { ok: true; ast: ExprNode; variables: string[] /* in first-appearance order */ }
  | { ok: false; error: ExprError };

/** True when `name` is one of the built-in functions. */
export function isExprFunction(name: string): name is ExprFunction {
  return (EXPR_FUNCTIONS as readonly string[]).includes(name);
}

/** Builds an ExprError, clamping the length to at least 1. */
export function exprError(message: string, position: number, length = 1): ExprError {
  return { message, position, length: Math.max(1, length) };
}

/** The operands of a node, left to right ([] for numbers and variables). */
export function childrenOf(n: ExprNode): ExprNode[] {
  if (n.kind === 'binary') return [n.left, n.right];
  if (n.kind === 'unary' || n.kind === 'call') return [n.arg];
  return [];
}

/** Every node of a tree in source (pre-)order, without recursion (any depth). */
export function nodesInOrder(ast: ExprNode): ExprNode[] {
  const out: ExprNode[] = [];
  const stack = [ast];
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(n);
    const kids = childrenOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** Distinct variable names of a tree, in left-to-right (first-appearance) order. */
export function collectVariables(ast: ExprNode): string[] {
  const seen = new Set<string>();
  for (const n of nodesInOrder(ast)) if (n.kind === 'var') seen.add(n.name);
  return [...seen];
}

/** Number of operations (every node but numbers and variables): at least the op nodes of its graph (a constant exponent's own operations fold into pow). */
export function operationCount(ast: ExprNode): number {
  return nodesInOrder(ast).filter((n) => n.kind !== 'num' && n.kind !== 'var').length;
}

/** Depth of a tree (1 for a single leaf), without recursion. */
export function treeDepth(ast: ExprNode): number {
  let deepest = 0;
  const stack: [ExprNode, number][] = [[ast, 1]];
  while (stack.length > 0) {
    const [n, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const kid of childrenOf(n)) stack.push([kid, depth + 1]);
  }
  return deepest;
}

/** Throws a clear Error when a (hand-built) tree is deeper than MAX_TREE_DEPTH. */
export function assertTreeDepth(ast: ExprNode, caller: string): void {
  const depth = treeDepth(ast);
  if (depth > MAX_TREE_DEPTH)
    throw new Error(
      `${caller}: the expression tree is ${depth} levels deep (at most ${MAX_TREE_DEPTH})`,
    );
}

/** Variable values by name: a Map, or a plain object read through its own properties only. */
export type VariableValues = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

/** The value given for `name` (undefined when none): never a property inherited from Object.prototype. */
export function lookupValue(values: VariableValues, name: string): unknown {
  if (values instanceof Map) return values.get(name);
  return Object.hasOwn(values, name) ? (values as Record<string, unknown>)[name] : undefined;
}
