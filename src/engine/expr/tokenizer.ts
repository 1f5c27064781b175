// Turns sandbox source text into tokens, accepting the symbols students paste from slides.
import { exprError, type ExprError } from './ast';

/** Kind of a token. */
export type TokenKind = 'num' | 'ident' | 'op' | 'lparen' | 'rparen' | 'comma' | 'end';

/** One token with its source span. */
export interface Token {
  /** What the token is. */
  kind: TokenKind;
  /** Normalised text: the ASCII operator for `op` ('×' becomes '*'), the name, the digits. */
  text: string;
  /** The characters as typed (for messages). */
  raw: string;
  /** Numeric value of a `num` token (0 otherwise). */
  value: number;
  /** 0-based offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** Outcome of `tokenize`: the tokens (ending with an `end` token) or the first error. */
export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: ExprError };

/** Operator spellings, including the Unicode ones found in slides. */
const OPERATORS: Record<string, string> = {
  '+': '+',
  '-': '-',
  '\u2212': '-', // − minus sign
  '\u2013': '-', // – en dash
  '*': '*',
  '\u00d7': '*', // ×
  '\u00b7': '*', // · middle dot
  '\u22c5': '*', // ⋅ dot operator
  '\u2217': '*', // ∗ asterisk operator
  '/': '/',
  '\u00f7': '/', // ÷
  '^': '^',
};

const PUNCTUATION: Record<string, TokenKind> = { '(': 'lparen', ')': 'rparen', ',': 'comma' };

/** Extra advice for characters students often type by mistake. */
const CHARACTER_HINTS: Record<string, string> = {
  '\u00b2': 'Write x^2 for a square.',
  '\u00b3': 'Write x^3 for a cube.',
  '[': 'Use ( and ) for grouping.',
  ']': 'Use ( and ) for grouping.',
  '{': 'Use ( and ) for grouping.',
  '}': 'Use ( and ) for grouping.',
  '=': 'Type only the right-hand side, for example relu(w1*x)*w2.',
};

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;

function token(kind: TokenKind, text: string, raw: string, start: number, value = 0): Token {
  return { kind, text, raw, value, start, end: start + raw.length };
}

/** Reads the number at `start`, or reports a malformed or overflowing one. */
function readNumber(source: string, start: number): Token | ExprError {
  const rest = source.slice(start);
  const raw = (NUMBER.exec(rest) as RegExpExecArray)[0];
  const after = rest.slice(raw.length);
  // A second decimal point (1.2.3) or an unfinished exponent (1e, 1e-) makes the number malformed;
  // a letter after 'e' (2exp(x)) is left to the parser, which reports the missing operator.
  if (after.startsWith('.') || /^[eE](?:[+-]|$|[^A-Za-z_0-9])/.test(after)) {
    const text = raw + (/^[\d.eE]*[+-]?\d*/.exec(after) as RegExpExecArray)[0];
    return exprError(
      `Malformed number '${text}'. Numbers look like 2, 0.5, .5 or 1e-3`,
      start,
      text.length,
    );
  }
  const value = Number(raw);
  if (!Number.isFinite(value))
    return exprError(`The number '${raw}' is too large`, start, raw.length);
  return token('num', raw, raw, start, value);
}

/** The character (a whole code point) at `i`. */
function charAt(source: string, i: number): string {
  return String.fromCodePoint(source.codePointAt(i) as number);
}

/** Splits `source` into tokens; never throws. */
export function tokenize(source: string): TokenizeResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = charAt(source, i);
    if (/\s/u.test(ch)) {
      i += ch.length;
      continue;
    }
    let next: Token | ExprError;
    if (ch in OPERATORS) next = token('op', OPERATORS[ch], ch, i);
    else if (ch in PUNCTUATION) next = token(PUNCTUATION[ch], ch, ch, i);
    else if (/[0-9.]/.test(ch) && NUMBER.test(source.slice(i))) next = readNumber(source, i);
    else if (IDENT.test(source.slice(i))) {
      const name = (IDENT.exec(source.slice(i)) as RegExpExecArray)[0];
      next = token('ident', name, name, i);
    } else {
      const hint = CHARACTER_HINTS[ch] ? `. ${CHARACTER_HINTS[ch]}` : '';
      return { ok: false, error: exprError(`Unexpected character '${ch}'${hint}`, i, ch.length) };
    }
    if (!('kind' in next)) return { ok: false, error: next };
    tokens.push(next);
    i = next.end;
  }
  tokens.push(token('end', '', '', source.length));
  return { ok: true, tokens };
}
