import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildExpression,
  evaluateExpression,
  exprToTex,
  formatExpression,
  parseExpression,
} from './index';
import { unknownFunctionMessage } from './suggest';
import { parseOk } from './test-helpers';

/** Names every JavaScript object has (or that reach its prototype): they must be ordinary names here. */
const HOSTILE = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__proto__',
  '__defineGetter__',
  'isPrototypeOf',
  'toLocaleString',
];

const nameArb = fc.constantFrom(...HOSTILE);
const valueArb = fc.double({ min: -10, max: 10, noNaN: true });
/** An expression template with the name in it: `$` stands for the name. */
const templateArb = fc.constantFrom(
  '$*x',
  'x*$',
  '$',
  'relu($*x)*2',
  '($ - x)^2',
  'exp($)+$',
  '$/(x+3)',
);

describe('names every object has behave like any other name', () => {
  it('as variables: parsed, given a value (plain object or Map), built and differentiated', () => {
    fc.assert(
      fc.property(nameArb, templateArb, valueArb, valueArb, (name, template, v, x) => {
        const source = template.replaceAll('$', name);
        const parsed = parseExpression(source);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.variables).toContain(name);
        const asObject = Object.fromEntries([
          [name, v],
          ['x', x],
        ]);
        const asMap = new Map([
          [name, v],
          ['x', x],
        ]);
        for (const values of [asObject, asMap]) {
          const result = evaluateExpression(source, values);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.leaves.get(name)?.item()).toBe(v);
          expect(typeof result.output.item()).toBe('number');
        }
        expect(formatExpression(parseOk(formatExpression(parsed.ast)))).toBe(
          formatExpression(parsed.ast),
        );
        expect(exprToTex(parsed.ast)).not.toMatch(/native code|\[object/);
      }),
      { seed: 19, numRuns: 200 },
    );
  });

  it('without a value they ask for one (never read a prototype property)', () => {
    fc.assert(
      fc.property(nameArb, (name) => {
        const result = evaluateExpression(`${name}*x`, { x: 2 });
        expect(result).toMatchObject({ ok: false, error: { message: `Give '${name}' a value` } });
        expect(() => buildExpression(parseOk(`${name}*x`), { x: 2 })).toThrow(
          `no value for variable '${name}'`,
        );
      }),
      { seed: 19 },
    );
  });

  it('as functions they are unknown functions with the usual advice', () => {
    fc.assert(
      fc.property(nameArb, (name) => {
        const parsed = parseExpression(`${name}(x)`);
        expect(parsed.ok).toBe(false);
        if (parsed.ok) return;
        expect(parsed.error.message).toBe(unknownFunctionMessage(name));
        expect(parsed.error.message).toMatch(new RegExp(`^Unknown function '${name}'\\. `));
        expect(parsed.error.message).not.toMatch(/native code|\[object|=>/);
      }),
      { seed: 19 },
    );
  });

  it('a __proto__ variable gets its own value and does not change other lookups', () => {
    const values = JSON.parse('{"__proto__": 3, "x": 2}') as Record<string, number>;
    const result = evaluateExpression('__proto__*x', values);
    expect(result.ok && result.output.item()).toBe(6);
  });
});
