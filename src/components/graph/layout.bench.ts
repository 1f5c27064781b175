/**
 * Benchmark (not a test): the graph layout of sandbox expressions at the sandbox's size bound
 * (EXPR_LIMITS.maxOperations operations), worst cases first: one variable fanned out to every
 * operation. Run: `npx vitest bench --run src/components/graph/layout.bench.ts` (also run by
 * `npm run bench`). The lecture's six-operation graph is the yardstick.
 */
import { bench, describe } from 'vitest';
import { exportGraph, type GraphData } from '../../engine';
import { EXPR_LIMITS, evaluateExpression } from '../../engine/expr';
import { computeLayout } from './layout';

const VARS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const N = EXPR_LIMITS.maxOperations;

/** The engine graph of `source` with every variable 0.5. */
function graphOf(source: string): GraphData {
  const result = evaluateExpression(
    source,
    new Map(['x', 'y', 'w1', 'w2', ...VARS].map((v) => [v, 0.5])),
  );
  if (!result.ok) throw new Error(`${source}: ${result.error.message}`);
  return exportGraph(result.output);
}

const CASES: Record<string, string> = {
  'lecture (6 operations)': '0.5*(w2*relu(w1*x) - y)^2',
  [`x*x*…*x (${N} multiplications, one variable)`]: Array(N + 1)
    .fill('x')
    .join('*'),
  [`x+x+…+x (${N} additions, one variable)`]: Array(N + 1)
    .fill('x')
    .join('+'),
  [`a*b*…*h*a*… (${N} multiplications, eight variables)`]: Array.from(
    { length: N + 1 },
    (_, i) => VARS[i % VARS.length],
  ).join('*'),
};

describe('graph layout at the sandbox bound', () => {
  for (const [name, source] of Object.entries(CASES)) {
    const graph = graphOf(source);
    bench(name, () => void computeLayout(graph, false), { iterations: 20, time: 0 });
  }
});
