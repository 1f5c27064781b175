import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportGraph, gradcheck, numericGrad, scalar, type Tensor } from '../index';
import { collectVariables, EXPR_LIMITS, operationCount, type ExprNode } from './ast';
import { formatExpression } from './format';
import { parseExpression } from './parser';
import { buildExpression, buildGraph } from './build';
import { evaluateExpression } from './evaluate';
import { parseOk, simpleExponentArb, smoothTreeArb, treeArb } from './test-helpers';

/** Independent reference: plain JS numbers, NaN-propagating; notes whether a NaN reached a relu. */
function reference(
  ast: ExprNode,
  env: Record<string, number>,
  seen = { nanIntoRelu: false },
): number {
  switch (ast.kind) {
    case 'num':
      return ast.value;
    case 'var':
      return env[ast.name];
    case 'unary':
      return -reference(ast.arg, env, seen);
    case 'call': {
      const a = reference(ast.arg, env, seen);
      if (ast.fn === 'relu' && Number.isNaN(a)) seen.nanIntoRelu = true;
      const fns = {
        exp: Math.exp,
        log: Math.log,
        tanh: Math.tanh,
        relu: (v: number) => Math.max(0, v),
        sigmoid: (v: number) => 1 / (1 + Math.exp(-v)),
      };
      return fns[ast.fn](a);
    }
    case 'binary': {
      const a = reference(ast.left, env, seen);
      const b = reference(ast.right, env, seen);
      return { '+': a + b, '-': a - b, '*': a * b, '/': a / b, '^': a ** b }[ast.op];
    }
  }
}

function gradOf(t: Tensor | undefined): number {
  return t?.grad?.item() ?? 0;
}

describe('buildExpression', () => {
  it("computes the lecture's example: 0.5*(w2*relu(w1*x) - y)^2 → 32, ∂/∂w1 = 80, ∂/∂w2 = 40", () => {
    // By hand: w1·x = 5, relu = 5, ŷ = w2·5 = 10, ŷ − y = 8, L = ½·64 = 32;
    // ∂L/∂w2 = 8·relu = 40, ∂L/∂w1 = 8·w2·1[5 > 0]·x = 8·2·5 = 80, ∂L/∂x = 8·w2·w1 = 16, ∂L/∂y = −8.
    const { output, leaves } = buildExpression(parseOk('0.5*(w2*relu(w1*x) - y)^2'), {
      x: 5,
      w1: 1,
      w2: 2,
      y: 2,
    });
    output.backward();
    expect(output.item()).toBe(32);
    expect(gradOf(leaves.get('w1'))).toBe(80);
    expect(gradOf(leaves.get('w2'))).toBe(40);
    expect(gradOf(leaves.get('x'))).toBe(16);
    expect(gradOf(leaves.get('y'))).toBe(-8);
  });

  it('shares one leaf per variable, so x*x at x = 3 has gradient 2x = 6', () => {
    const { output, leaves } = buildExpression(parseOk('x*x'), { x: 3 });
    expect(output.parents).toEqual([leaves.get('x'), leaves.get('x')]);
    output.backward();
    expect(output.item()).toBe(9);
    expect(gradOf(leaves.get('x'))).toBe(6);
  });

  it('makes float64 leaves for variables (requiresGrad, label, TeX) and constant leaves for numbers', () => {
    const { output, leaves } = buildExpression(parseOk('w1*0.5'), { w1: 0.1 });
    expect([...leaves.keys()]).toEqual(['w1']);
    expect(leaves.get('w1')).toMatchObject({
      dtype: 'float64',
      requiresGrad: true,
      label: 'w1',
      labelTex: 'w_{1}',
      op: null,
    });
    const constant = output.parents[1];
    expect(constant).toMatchObject({
      dtype: 'float64',
      requiresGrad: false,
      label: '0.5',
      op: null,
    });
    expect(output.item()).toBe(0.05);
  });

  it("uses the engine's own ops, with the exponent as an attribute of pow", () => {
    const ops = (t: Tensor): string[] => (t.op ? [t.op, ...t.parents.flatMap(ops)] : []);
    const { output } = buildExpression(parseOk('-(a/b)^2 + exp(log(a)) - sigmoid(tanh(relu(b)))'), {
      a: 1,
      b: 2,
    });
    expect(ops(output).sort()).toEqual(
      ['add', 'div', 'exp', 'log', 'neg', 'pow', 'relu', 'sigmoid', 'sub', 'tanh'].sort(),
    );
    const { output: cube } = buildExpression(parseOk('x^(1+2)'), { x: 2 });
    expect(cube.op).toBe('pow');
    expect(cube.parents).toHaveLength(1);
    expect(cube.item()).toBe(8);
  });

  it('labels intermediates with their text when it has at most 10 characters, else t1, t2, … in build order; a long output is "out"', () => {
    const { output } = buildExpression(parseOk('w2*relu(w1*x) - y'), { x: 1, w1: 1, w2: 1, y: 1 });
    const product = output.parents[0];
    const activation = product.parents[1];
    expect(activation.label).toBe('relu(w1*x)');
    expect(activation.labelTex).toBe('\\mathrm{relu}\\left(w_{1} x\\right)');
    expect(activation.parents[0].label).toBe('w1*x');
    expect(product.label).toBe('t1');
    expect(product.labelTex).toBe('t_{1}');
    expect(output.label).toBe('out');
    expect(buildExpression(parseOk('a*b'), { a: 1, b: 2 }).output.label).toBe('a*b');
  });

  it('throws for a missing value or a variable exponent in a hand-built tree', () => {
    expect(() => buildExpression(parseOk('a + b'), { a: 1 })).toThrow("no value for variable 'b'");
    const ast: ExprNode = {
      kind: 'binary',
      op: '^',
      left: parseOk('x'),
      right: parseOk('y'),
      start: 0,
      end: 3,
    };
    expect(() => buildExpression(ast, { x: 1, y: 2 })).toThrow('exponent must be a constant');
  });

  it('agrees with an independent evaluator on random expressions', () => {
    const names = ['a', 'b', 'c'];
    const valueArb = fc.double({ min: -3, max: 3, noNaN: true });
    fc.assert(
      fc.property(
        treeArb(names, simpleExponentArb),
        fc.tuple(valueArb, valueArb, valueArb),
        (ast, [a, b, c]) => {
          const env = { a, b, c };
          const seen = { nanIntoRelu: false };
          const expected = reference(ast, env, seen);
          fc.pre(!seen.nanIntoRelu);
          const actual = buildExpression(ast, env).output.item();
          if (Number.isFinite(expected))
            expect(actual).toBeCloseTo(
              expected,
              9 - Math.max(0, Math.ceil(Math.log10(Math.abs(expected)))),
            );
          else expect(actual).toBe(expected);
        },
      ),
      { numRuns: 500, seed: 42 },
    );
  });

  it('gives gradients that match central differences and pass gradcheck on random smooth expressions', () => {
    const names = ['a', 'b', 'c'];
    const valueArb = fc.double({ min: 0.5, max: 2, noNaN: true });
    fc.assert(
      fc.property(
        smoothTreeArb(names),
        fc.tuple(valueArb, valueArb, valueArb),
        (ast, [a, b, c]) => {
          const variables = collectVariables(ast);
          const env: Record<string, number> = { a, b, c };
          const { output, leaves } = buildExpression(ast, env);
          fc.pre(variables.length > 0 && output.isFinite() && Math.abs(output.item()) < 1e6);
          output.backward();
          const fn = (...xs: Tensor[]): Tensor =>
            buildGraph(ast, new Map(variables.map((v, i) => [v, xs[i]])));
          const inputs = variables.map((v) => scalar(env[v], { dtype: 'float64' }));
          const numeric = numericGrad(fn, inputs);
          variables.forEach((v, i) => {
            const n = numeric[i].item();
            expect(Math.abs(gradOf(leaves.get(v)) - n)).toBeLessThanOrEqual(
              1e-5 * Math.max(1, Math.abs(n)),
            );
          });
          expect(gradcheck(fn, inputs, { rtol: 1e-5 }).ok).toBe(true);
        },
      ),
      { numRuns: 200, seed: 314 },
    );
  });
});

describe('the size bound counts graph operations', () => {
  it('every parsed expression has at most maxOperations operations, and its graph no more op nodes', () => {
    fc.assert(
      fc.property(treeArb(['x', 'y'], simpleExponentArb, 7), (tree) => {
        const parsed = parseExpression(formatExpression(tree));
        if (!parsed.ok) {
          expect(parsed.error.message).toMatch(
            /operations; the sandbox draws at most 60$|too long/,
          );
          return;
        }
        const n = operationCount(parsed.ast);
        expect(n).toBeLessThanOrEqual(EXPR_LIMITS.maxOperations);
        const { output } = buildExpression(parsed.ast, { x: 0.5, y: 2 });
        // A constant exponent becomes an attribute of pow, so its own operations add no node.
        const ops = exportGraph(output).nodes.filter((node) => node.kind === 'op').length;
        expect(ops).toBeLessThanOrEqual(n);
      }),
      { seed: 3, numRuns: 150 },
    );
  });
});

describe('evaluateExpression', () => {
  it('parses, builds and lists the variables', () => {
    const result = evaluateExpression('relu(w1*x)*w2', { w1: -1, x: 2, w2: 3 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.variables).toEqual(['w1', 'x', 'w2']);
    expect(result.output.item()).toBe(0);
    expect([...result.leaves.keys()].sort()).toEqual(['w1', 'w2', 'x']);
  });

  it('reports parse errors unchanged', () => {
    const result = evaluateExpression('w1*(x', { w1: 1, x: 1 });
    expect(result).toEqual({
      ok: false,
      error: {
        message: "The expression ends too early: expected ')' to close the '(' at character 4",
        position: 5,
        length: 1,
      },
    });
  });

  it('reports a missing or non-finite value at the first use of the variable', () => {
    expect(evaluateExpression('a + bias*2', { a: 1 })).toEqual({
      ok: false,
      error: { message: "Give 'bias' a value", position: 4, length: 4 },
    });
    expect(evaluateExpression('a + b', { a: NaN, b: 1 })).toEqual({
      ok: false,
      error: { message: "The value of 'a' must be a finite number", position: 0, length: 1 },
    });
  });

  it('reports a variable exponent', () => {
    const result = evaluateExpression('x^y', { x: 1, y: 2 });
    expect(!result.ok && result.error.message).toBe('The exponent must be a number, like x^2');
  });

  it('returns ok with a non-finite output (the UI reports it)', () => {
    const result = evaluateExpression('log(x)', { x: -1 });
    expect(result.ok && Number.isNaN(result.output.item())).toBe(true);
    const inf = evaluateExpression('1/x', { x: 0 });
    expect(inf.ok && inf.output.item()).toBe(Infinity);
  });

  it('never throws', () => {
    for (const source of ['', ')', 'relu(', 'x^', '2^x', 'foo(1)'])
      expect(() => evaluateExpression(source, {})).not.toThrow();
  });
});
