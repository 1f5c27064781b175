// Friendly advice for unknown function names: the closest built-in, or a known alias.
import { EXPR_FUNCTIONS } from './ast';

/** Names students bring from other notations, with advice. */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['ln', "Did you mean 'log'? (log is the natural logarithm)"],
  ['sqrt', 'Write x^0.5 for a square root'],
  ['sigma', "Did you mean 'sigmoid'?"],
  ['max', 'relu(x) is max(0, x)'],
]);

/** Edit distance with adjacent transpositions (optimal string alignment), so 'tahn' is 1 from 'tanh'. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** The built-in function closest to `name` (case-insensitive, distance ≤ 2 and ≤ half its length), if any. */
export function closestFunction(name: string): string | null {
  const lower = name.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const fn of EXPR_FUNCTIONS) {
    const dist = editDistance(lower, fn);
    if (dist < bestDistance) {
      best = fn;
      bestDistance = dist;
    }
  }
  return bestDistance <= 2 && bestDistance <= name.length / 2 ? best : null;
}

/** The full message for a call of an unknown function. */
export function unknownFunctionMessage(name: string): string {
  const head = `Unknown function '${name}'.`;
  const alias = ALIASES.get(name.toLowerCase());
  if (alias) return `${head} ${alias}`;
  const closest = closestFunction(name);
  if (closest) return `${head} Did you mean '${closest}'?`;
  return `${head} The functions are ${EXPR_FUNCTIONS.join(', ')}; to multiply, write ${name}*(...)`;
}
