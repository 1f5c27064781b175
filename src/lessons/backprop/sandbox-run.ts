/**
 * The sandbox's logic, outside React: parse the typed text, fall back to the last good
 * expression, fill in variable values, and run the engine's step-through. Never throws.
 */
import { messageOf } from '../../engine/errors';
import { evaluateExpression, exprToTex, parseExpression, type ExprError } from '../../engine/expr';
import type { GraphData } from '../../engine';
import { formatNumber } from '../../components/format';
import { DEFAULT_INPUTS } from './params';
import { tracePasses, type PassTrace } from './trace';

/** Values the lecture's variable names start with; any other variable starts at 1. */
export const DEFAULT_VAR_VALUES: Record<string, number> = { ...DEFAULT_INPUTS };

/** Everything the sandbox shows for one expression and one set of values. */
export interface SandboxRun {
  /** The typed text's syntax error, if any (the graph then shows `shownExpr`). */
  syntaxError: ExprError | null;
  /** The expression actually drawn: the typed one, or the last good one. */
  shownExpr: string;
  /** TeX of the drawn expression. */
  tex: string;
  /** Variables of the drawn expression, in first-appearance order. */
  variables: string[];
  /** The values used, one per variable. */
  values: Record<string, number>;
  /** The engine's step-through, or null when it could not run. */
  trace: PassTrace | null;
  /** A problem with the result (non-finite value, evaluation error), in words. */
  problem: string | null;
}

/** The value of each variable: from the link if given, else the default. */
export function valuesFor(
  variables: string[],
  given: Record<string, number>,
): Record<string, number> {
  // NOTE: own properties only: a variable named `constructor` or `toString` must not read Object's.
  const own = (o: Record<string, number>, v: string) => (Object.hasOwn(o, v) ? o[v] : undefined);
  return Object.fromEntries(
    variables.map((v) => [v, own(given, v) ?? own(DEFAULT_VAR_VALUES, v) ?? 1]),
  );
}

/** Names the first op whose output is not finite, e.g. "log of −2 gives NaN". */
export function describeNonFinite(trace: PassTrace): string {
  const graph: GraphData = trace.valuesGraph;
  const value = (id: string) => graph.nodes.find((n) => n.id === id)?.value[0] ?? NaN;
  for (const step of trace.forward) {
    const out = step.value[0];
    if (Number.isFinite(out)) continue;
    const args = step.inputIds.map((id) => formatNumber(value(id))).join(' and ');
    return `${step.op} of ${args} gives ${formatNumber(out)}, and everything after it inherits it.`;
  }
  return 'The result is not a finite number.';
}

/** Parses, builds and traces; falls back to `lastGood` while the typed text has a syntax error. */
export function runSandbox(
  typed: string,
  lastGood: string,
  given: Record<string, number>,
): SandboxRun {
  const parsed = parseExpression(typed);
  const syntaxError = parsed.ok ? null : parsed.error;
  const shownExpr = parsed.ok ? typed : lastGood;
  const shown = parsed.ok ? parsed : parseExpression(lastGood);
  if (!shown.ok) {
    return {
      syntaxError,
      shownExpr,
      tex: '',
      variables: [],
      values: {},
      trace: null,
      problem: null,
    };
  }
  const values = valuesFor(shown.variables, given);
  const base = {
    syntaxError,
    shownExpr,
    tex: exprToTex(shown.ast),
    variables: shown.variables,
    values,
  };
  const built = evaluateExpression(shownExpr, values);
  if (!built.ok) return { ...base, trace: null, problem: built.error.message };
  if (!built.output.requiresGrad) {
    return {
      ...base,
      trace: null,
      problem: 'The expression has no variables, so there is nothing to differentiate.',
    };
  }
  try {
    const trace = tracePasses(built.output);
    return { ...base, trace, problem: built.output.isFinite() ? null : describeNonFinite(trace) };
  } catch (e) {
    return { ...base, trace: null, problem: messageOf(e) };
  }
}
