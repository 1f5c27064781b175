// Recursive-descent parser for the sandbox language; reports the first problem with its position.
import {
  EXPR_LIMITS,
  collectVariables,
  exprError,
  isExprFunction,
  type ExprError,
  type ExprNode,
  type ParseResult,
} from './ast';
import { tokenize, type Token } from './tokenizer';
import { unknownFunctionMessage } from './suggest';

/** Message shown for empty input. */
export const EMPTY_MESSAGE = 'Type an expression, for example relu(w1*x)*w2';

/** Message shown when an exponent is not a constant. */
export const EXPONENT_MESSAGE = 'The exponent must be a number, like x^2';

/** Thrown inside the parser only; `parseExpression` turns it into a result. */
class ParseFailure {
  constructor(readonly error: ExprError) {}
}

function fail(message: string, position: number, length = 1): never {
  throw new ParseFailure(exprError(message, position, length));
}

class Parser {
  private pos = 0;
  private depth = 0;
  /** Distinct variable names in first-appearance order. */
  readonly variables: string[] = [];

  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  parseAll(): ExprNode {
    const ast = this.parseAdditive();
    const t = this.peek();
    if (t.kind === 'rparen') fail("Unmatched ')': there is no '(' for it", t.start);
    if (t.kind !== 'end') this.unexpectedAfterOperand(t, false);
    return ast;
  }

  private peek(): Token {
    return this.tokens[this.pos];
  }

  private advance(): Token {
    return this.tokens[this.pos++];
  }

  private isOp(...ops: string[]): boolean {
    const t = this.peek();
    return t.kind === 'op' && ops.includes(t.text);
  }

  private enter(at: Token): void {
    this.depth++;
    if (this.depth > EXPR_LIMITS.maxDepth) {
      fail(
        `The expression is nested too deeply: at most ${EXPR_LIMITS.maxDepth} levels of brackets, functions, minus signs and powers`,
        at.start,
        Math.max(1, at.end - at.start),
      );
    }
  }

  private parseAdditive(): ExprNode {
    let left = this.parseMultiplicative();
    while (this.isOp('+', '-')) {
      const op = this.advance().text as '+' | '-';
      const right = this.parseMultiplicative();
      left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private parseMultiplicative(): ExprNode {
    let left = this.parseUnary();
    while (this.isOp('*', '/')) {
      const op = this.advance().text as '*' | '/';
      const right = this.parseUnary();
      left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  /** Unary minus binds looser than '^': -x^2 is −(x²). */
  private parseUnary(): ExprNode {
    if (!this.isOp('-')) return this.parsePower();
    const minus = this.advance();
    this.enter(minus);
    const arg = this.parseUnary();
    this.depth--;
    return { kind: 'unary', op: 'neg', arg, start: minus.start, end: arg.end };
  }

  /**
   * '^' is right-associative and takes a constant exponent, which may be negated (x^-1): the exponent is
   * read as a unary, so x^-y^2 is x^(−(y²)).
   */
  private parsePower(): ExprNode {
    const base = this.parsePrimary();
    if (!this.isOp('^')) return base;
    const caret = this.advance();
    this.enter(caret);
    const exponent = this.parseUnary();
    this.depth--;
    if (collectVariables(exponent).length > 0)
      fail(EXPONENT_MESSAGE, exponent.start, exponent.end - exponent.start);
    return {
      kind: 'binary',
      op: '^',
      left: base,
      right: exponent,
      start: base.start,
      end: exponent.end,
    };
  }

  private parsePrimary(): ExprNode {
    const t = this.peek();
    if (t.kind === 'num') {
      this.advance();
      return { kind: 'num', value: t.value, start: t.start, end: t.end };
    }
    if (t.kind === 'ident') return this.parseName();
    if (t.kind === 'lparen') return this.parseGroup();
    return this.missingOperand(t);
  }

  private parseName(): ExprNode {
    const t = this.advance();
    const isCall = this.peek().kind === 'lparen';
    if (isExprFunction(t.text)) {
      if (!isCall) fail(`'${t.text}' is a function: write ${t.text}(...)`, t.start, t.raw.length);
      return this.parseCall(t);
    }
    if (isCall) fail(unknownFunctionMessage(t.text), t.start, t.raw.length);
    if (!this.variables.includes(t.text)) {
      this.variables.push(t.text);
      if (this.variables.length > EXPR_LIMITS.maxVariables) {
        fail(
          `Too many variables: at most ${EXPR_LIMITS.maxVariables} ('${t.text}' is the ${this.variables.length}th)`,
          t.start,
          t.raw.length,
        );
      }
    }
    return { kind: 'var', name: t.text, start: t.start, end: t.end };
  }

  private parseCall(name: Token): ExprNode {
    const open = this.advance();
    this.enter(open);
    if (this.peek().kind === 'rparen') {
      fail(
        `'${name.text}' needs one argument, like ${name.text}(x)`,
        name.start,
        this.peek().end - name.start,
      );
    }
    const arg = this.parseAdditive();
    const comma = this.peek();
    if (comma.kind === 'comma') fail(`'${name.text}' takes exactly one argument`, comma.start);
    const close = this.expectClose(open);
    this.depth--;
    return {
      kind: 'call',
      fn: name.text as Extract<ExprNode, { kind: 'call' }>['fn'],
      arg,
      start: name.start,
      end: close.end,
    };
  }

  /** A parenthesised expression; its span is widened to include the parentheses. */
  private parseGroup(): ExprNode {
    const open = this.advance();
    this.enter(open);
    const next = this.peek();
    if (next.kind === 'rparen')
      fail(
        "Empty parentheses: write an expression inside '(' and ')'",
        open.start,
        next.end - open.start,
      );
    const inner = this.parseAdditive();
    const close = this.expectClose(open);
    this.depth--;
    return { ...inner, start: open.start, end: close.end };
  }

  private expectClose(open: Token): Token {
    const t = this.peek();
    if (t.kind === 'rparen') return this.advance();
    if (t.kind === 'end') {
      fail(
        `The expression ends too early: expected ')' to close the '(' at character ${open.start + 1}`,
        this.source.length,
      );
    }
    return this.unexpectedAfterOperand(t, true);
  }

  /** A token that cannot follow a complete operand (`2x`, `a b`, a stray comma). */
  private unexpectedAfterOperand(t: Token, insideParens: boolean): never {
    const expected = insideParens ? "an operator or ')'" : 'an operator';
    const prev = this.tokens[this.pos - 1];
    const isName = (k: Token['kind']): boolean => k === 'ident' || k === 'num';
    let hint = '';
    if (isName(prev.kind) && isName(t.kind)) hint = `. To multiply, write ${prev.raw}*${t.raw}`;
    else if (isName(t.kind) || t.kind === 'lparen') hint = '. To multiply, put * between them';
    return fail(`Expected ${expected} but found '${t.raw}'${hint}`, t.start, t.end - t.start);
  }

  /** Where a number, variable or '(' was needed but something else came. */
  private missingOperand(t: Token): never {
    const prev = this.pos > 0 ? this.tokens[this.pos - 1] : null;
    if (t.kind === 'end') {
      const after = prev ? ` after '${prev.raw}'` : '';
      return fail(
        `The expression ends too early: expected a number, a variable or '('${after}`,
        this.source.length,
      );
    }
    const power = prev?.text === '*' && t.text === '*' ? '. For powers write x^2, not x**2' : '';
    return fail(
      `Expected a number, a variable or '(' but found '${t.raw}'${power}`,
      t.start,
      t.end - t.start,
    );
  }
}

/**
 * The error for a source with more than EXPR_LIMITS.maxOperations operations, underlining from the
 * first operation past the limit; null within it. Every operator token (binary or minus sign) and
 * every function name is one operation: one op node of the graph.
 */
function tooManyOperations(tokens: Token[], source: string): ExprError | null {
  const ops = tokens.filter(
    (t) => t.kind === 'op' || (t.kind === 'ident' && isExprFunction(t.text)),
  );
  const max = EXPR_LIMITS.maxOperations;
  if (ops.length <= max) return null;
  const first = ops[max];
  return exprError(
    `This expression has ${ops.length} operations; the sandbox draws at most ${max}`,
    first.start,
    source.length - first.start,
  );
}

/** Parses sandbox source into a syntax tree and its variables (first-appearance order); never throws. */
export function parseExpression(source: string): ParseResult {
  if (source.trim() === '') return { ok: false, error: exprError(EMPTY_MESSAGE, 0, 1) };
  if (source.length > EXPR_LIMITS.maxLength) {
    const message = `The expression is too long: ${source.length} characters (at most ${EXPR_LIMITS.maxLength})`;
    return {
      ok: false,
      error: exprError(message, EXPR_LIMITS.maxLength, source.length - EXPR_LIMITS.maxLength),
    };
  }
  const lexed = tokenize(source);
  if (!lexed.ok) return lexed;
  const parser = new Parser(lexed.tokens, source);
  try {
    const ast = parser.parseAll();
    const tooMany = tooManyOperations(lexed.tokens, source);
    if (tooMany) return { ok: false, error: tooMany };
    return { ok: true, ast, variables: parser.variables.slice() };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    return { ok: false, error: exprError(`Could not read the expression (${String(e)})`, 0, 1) };
  }
}
