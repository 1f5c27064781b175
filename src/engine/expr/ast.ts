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
} as const;

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

/** Distinct variable names of a tree, in left-to-right (first-appearance) order. */
export function collectVariables(ast: ExprNode): string[] {
  const seen: string[] = [];
  const visit = (n: ExprNode): void => {
    if (n.kind === 'var') {
      if (!seen.includes(n.name)) seen.push(n.name);
    } else if (n.kind === 'unary' || n.kind === 'call') visit(n.arg);
    else if (n.kind === 'binary') {
      visit(n.left);
      visit(n.right);
    }
  };
  visit(ast);
  return seen;
}
