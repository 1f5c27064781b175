import { describe, expect, it } from 'vitest';
import { parseExpression } from './parser';
import { parseOk, sexpr } from './test-helpers';

describe('parseExpression: precedence and associativity', () => {
  it.each([
    ['a-b-c', '(- (- a b) c)'],
    ['a/b/c', '(/ (/ a b) c)'],
    ['a+b*c', '(+ a (* b c))'],
    ['a*b+c', '(+ (* a b) c)'],
    ['a-b+c', '(+ (- a b) c)'],
    ['a*b/c', '(/ (* a b) c)'],
    ['x^2^3', '(^ x (^ 2 3))'],
    ['-x^2', '(neg (^ x 2))'],
    ['2*-x', '(* 2 (neg x))'],
    ['-a*b', '(* (neg a) b)'],
    ['--x', '(neg (neg x))'],
    ['a - -b', '(- a (neg b))'],
    ['x^-1', '(^ x (neg 1))'],
    ['x^-2^2', '(^ x (neg (^ 2 2)))'],
    ['(x^2)^3', '(^ (^ x 2) 3)'],
    ['(-x)^2', '(^ (neg x) 2)'],
    ['2*x^2', '(* 2 (^ x 2))'],
    ['a*(b+c)', '(* a (+ b c))'],
    ['relu(w1*x)*w2', '(* (relu (* w1 x)) w2)'],
    ['sigmoid(x)^2', '(^ (sigmoid x) 2)'],
    ['0.5*(w2*relu(w1*x) - y)^2', '(* 0.5 (^ (- (* w2 (relu (* w1 x))) y) 2))'],
  ])('%s reads as %s', (source, expected) => {
    expect(sexpr(parseOk(source))).toBe(expected);
  });
});

describe('parseExpression: tokens', () => {
  it.each([
    ['2', 2],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['1e-3', 0.001],
    ['2.5E+2', 250],
    ['7.', 7],
  ])('reads the number %s as %d', (source, value) => {
    expect(parseOk(source)).toMatchObject({ kind: 'num', value });
  });

  it('accepts ×, · and − (U+2212) pasted from slides', () => {
    expect(sexpr(parseOk('w1 × x − b · c'))).toBe('(- (* w1 x) (* b c))');
    expect(sexpr(parseOk('\u2212x'))).toBe('(neg x)');
  });

  it('reads identifiers with digits and underscores and ignores whitespace', () => {
    expect(sexpr(parseOk('  w_1 *\tx2 + _b  '))).toBe('(+ (* w_1 x2) _b)');
  });

  it('lists variables once each, in order of first appearance', () => {
    const result = parseExpression('w2*relu(w1*x) + w1*x - y*w2');
    expect(result.ok && result.variables).toEqual(['w2', 'w1', 'x', 'y']);
  });

  it('records source spans; brackets belong to the group they enclose', () => {
    const ast = parseOk('relu(w1*x) * (a+b)');
    expect(ast).toMatchObject({ start: 0, end: 18 });
    if (ast.kind !== 'binary') throw new Error('expected a product');
    expect(ast.left).toMatchObject({ kind: 'call', start: 0, end: 10 });
    expect(ast.right).toMatchObject({ kind: 'binary', op: '+', start: 13, end: 18 });
  });

  it('accepts a constant exponent that is itself an expression', () => {
    expect(sexpr(parseOk('x^(1/2)'))).toBe('(^ x (/ 1 2))');
  });
});

/** Parses `source`, which must fail, and returns its error. */
function errorOf(source: string) {
  const result = parseExpression(source);
  if (result.ok) throw new Error(`expected '${source}' to fail`);
  return result.error;
}

describe('parseExpression: errors', () => {
  it.each([
    ['w1*$', "Unexpected character '$'", 3, 1],
    ['w1*(x', "The expression ends too early: expected ')' to close the '(' at character 4", 5, 1],
    [
      'relu((x)',
      "The expression ends too early: expected ')' to close the '(' at character 5",
      8,
      1,
    ],
    ['w1*', "The expression ends too early: expected a number, a variable or '(' after '*'", 3, 1],
    ['(a+b x)', "Expected an operator or ')' but found 'x'. To multiply, write b*x", 5, 1],
    ['2x', "Expected an operator but found 'x'. To multiply, write 2*x", 1, 1],
    ['sigmod(x)', "Unknown function 'sigmod'. Did you mean 'sigmoid'?", 0, 6],
    ['1+tahn(x)', "Unknown function 'tahn'. Did you mean 'tanh'?", 2, 4],
    ['ReLU(x)', "Unknown function 'ReLU'. Did you mean 'relu'?", 0, 4],
    ['relu*x', "'relu' is a function: write relu(...)", 0, 4],
    ['2*exp', "'exp' is a function: write exp(...)", 2, 3],
    ['', 'Type an expression, for example relu(w1*x)*w2', 0, 1],
    ['   ', 'Type an expression, for example relu(w1*x)*w2', 0, 1],
    ['x*()', "Empty parentheses: write an expression inside '(' and ')'", 2, 2],
    ['tanh()', "'tanh' needs one argument, like tanh(x)", 0, 6],
    ['relu(x, y)', "'relu' takes exactly one argument", 6, 1],
    ['x^y', 'The exponent must be a number, like x^2', 2, 1],
    ['x^(y+1)', 'The exponent must be a number, like x^2', 2, 5],
    ['2^-x', 'The exponent must be a number, like x^2', 2, 2],
    ['x)', "Unmatched ')': there is no '(' for it", 1, 1],
    ['x+*y', "Expected a number, a variable or '(' but found '*'", 2, 1],
    ['1.2.3', "Malformed number '1.2.3'. Numbers look like 2, 0.5, .5 or 1e-3", 0, 5],
    ['x*1e-', "Malformed number '1e-'. Numbers look like 2, 0.5, .5 or 1e-3", 2, 3],
    ['1e999*x', "The number '1e999' is too large", 0, 5],
  ])('%j → %s at %d (length %d)', (source, message, position, length) => {
    expect(errorOf(source)).toEqual({ message, position, length });
  });

  it('suggests x^2 for Python powers and names aliases of built-ins', () => {
    expect(errorOf('x**2').message).toMatch(/write x\^2/);
    expect(errorOf('ln(x)').message).toMatch(/^Unknown function 'ln'\. Did you mean 'log'\?/);
    expect(errorOf('foo(x)').message).toMatch(
      /^Unknown function 'foo'\. The functions are exp, log, relu, sigmoid, tanh/,
    );
  });

  it('hints at a missing * only where it makes sense', () => {
    expect(errorOf('a b').message).toBe(
      "Expected an operator but found 'b'. To multiply, write a*b",
    );
    expect(errorOf('relu(x)(y)').message).toBe(
      "Expected an operator but found '('. To multiply, put * between them",
    );
    expect(errorOf('(x+1)y')).toMatchObject({
      message: "Expected an operator but found 'y'. To multiply, put * between them",
      position: 5,
    });
  });

  it('underlines a whole astral character', () => {
    expect(errorOf('x+\u{1D465}')).toMatchObject({
      message: "Unexpected character '\u{1D465}'",
      position: 2,
      length: 2,
    });
  });

  it('rejects more than 200 characters, underlining the excess', () => {
    const longest = `${'abc+'.repeat(49)}abcd`;
    expect(longest.length).toBe(200);
    expect(parseExpression(longest).ok).toBe(true);
    const error = errorOf(`${longest}123`);
    expect(error).toEqual({
      message: 'The expression is too long: 203 characters (at most 200)',
      position: 200,
      length: 3,
    });
  });

  it('rejects more than 60 operations, underlining from the 61st', () => {
    const sixty = Array(61).fill('x').join('*');
    expect(parseExpression(sixty).ok).toBe(true);
    const source = `${sixty}*y`;
    expect(errorOf(source)).toEqual({
      message: 'This expression has 61 operations; the sandbox draws at most 60',
      position: sixty.length,
      length: 2,
    });
    // Minus signs, powers and function calls count too: each relu(-x^2)+ is four operations.
    const calls = `${'relu(-x^2)+'.repeat(15)}-x`;
    expect(errorOf(calls)).toEqual({
      message: 'This expression has 61 operations; the sandbox draws at most 60',
      position: calls.length - 2,
      length: 2,
    });
  });

  it('rejects a ninth distinct variable at its first use', () => {
    expect(parseExpression('a+b+c+d+e+f+g+h+a*b').ok).toBe(true);
    expect(errorOf('a+b+c+d+e+f+g+h+i')).toMatchObject({
      message: "Too many variables: at most 8 ('i' is the 9th)",
      position: 16,
      length: 1,
    });
  });

  it('rejects nesting deeper than 50 levels at the first token beyond the limit', () => {
    expect(parseExpression(`${'('.repeat(50)}x${')'.repeat(50)}`).ok).toBe(true);
    const error = errorOf(`${'('.repeat(51)}x${')'.repeat(51)}`);
    expect(error.message).toMatch(/^The expression is nested too deeply: at most 50 levels/);
    expect(error.position).toBe(50);
    expect(errorOf(`${'-'.repeat(51)}x`).position).toBe(50);
  });

  it('never throws, whatever the input', () => {
    for (const source of [
      '(',
      ')',
      '^',
      ',',
      'relu(',
      'relu(,',
      'x^',
      'x^-',
      '((((',
      '.',
      'e',
      '1e+x',
      '\u0000',
      '\uD800',
    ]) {
      expect(() => parseExpression(source)).not.toThrow();
    }
  });
});
