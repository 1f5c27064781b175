/**
 * An op's formulas in the graph's own names: the registry writes `∂y/∂a = b` for every mul; on a
 * graph where ŷ = w₂·g the same derivative reads `∂ŷ/∂w₂ = g`. Names are swapped as TeX tokens
 * (never inside a command such as `\frac`), all at once, so `a ↔ b` swaps cannot chain.
 */
import type { GraphData, GraphNode } from '../../engine/graph-types';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces whole TeX tokens named in `names` by their values, simultaneously. */
export function renameTex(tex: string, names: Readonly<Record<string, string>>): string {
  const keys = Object.keys(names)
    .filter((k) => k.length > 0)
    .sort((a, b) => b.length - a.length);
  if (keys.length === 0) return tex;
  // A name must not continue a command or a word (the `a` of `\frac`), nor run into a letter;
  // commands are matched (and kept) as a whole.
  const pattern = new RegExp(
    `(?<![a-zA-Z\\\\])(${keys.map(escapeRegExp).join('|')})(?![a-zA-Z])|\\\\[a-zA-Z]+`,
    'g',
  );
  return tex.replace(pattern, (match, name: string | undefined) =>
    name !== undefined ? `{${names[name]}}` : match,
  );
}

/** The output's generic name in an op's forward formula (`y` of `y = a \cdot b`), or null. */
export function outputName(forwardTex: string | undefined): string | null {
  const m = forwardTex?.match(/^\s*([^=]+?)\s*=/);
  return m ? m[1] : null;
}

function texOf(graph: GraphData, id: string | undefined): string | null {
  const n = id ? graph.nodes.find((m) => m.id === id) : undefined;
  return n ? (n.labelTex ?? n.label) : null;
}

/** Generic name → this graph's TeX name, for the op node `op` (empty when the op has no names). */
export function opNameMap(graph: GraphData, op: GraphNode): Record<string, string> {
  const map: Record<string, string> = {};
  (op.inputNames ?? []).forEach((name, i) => {
    const tex = texOf(graph, op.inputs?.[i]);
    if (tex !== null) map[name] = tex;
  });
  const out = outputName(op.forwardTex);
  const outTex = texOf(graph, op.output);
  // NOTE: an output name that is also an input name (the loss's y) stays the input's.
  if (out && outTex !== null && map[out] === undefined) map[out] = outTex;
  return map;
}

/**
 * Input i's local derivative in the graph's names, symbol then number when known:
 * `∂ŷ/∂w₂ = g = 5`, `∂g/∂f = 𝟙[f > 0] = 𝟙[5 > 0] = 1` (null when the op has none).
 */
export function namedLocalTex(graph: GraphData, op: GraphNode, i: number): string | null {
  const names = opNameMap(graph, op);
  const symbolic = op.localGradTex?.[i];
  const numeric = op.localGradTexNumeric?.[i];
  if (!symbolic) return numeric ? renameTex(numeric, names) : null;
  const sym = renameTex(symbolic, names);
  if (!numeric || numeric === symbolic) return sym;
  const num = renameTex(numeric, names);
  if (num.startsWith(sym)) return num;
  const eq = num.indexOf('=');
  return eq < 0 ? sym : `${sym} ${num.slice(eq)}`;
}

/** The op's forward formula in the graph's names (null when it has none). */
export function namedForwardTex(graph: GraphData, op: GraphNode): string | null {
  return op.forwardTex ? renameTex(op.forwardTex, opNameMap(graph, op)) : null;
}

/**
 * The short form written on an edge: slashed derivative, symbol, number
 * (`∂ŷ/∂w₂ = g = 5`, `∂g/∂f = 𝟙[f > 0] = 1`); null when the op has none.
 */
export function edgeLocalTex(graph: GraphData, op: GraphNode, i: number): string | null {
  const symbolic = op.localGradTex?.[i];
  if (!symbolic) return namedLocalTex(graph, op, i);
  const sym = renameTex(symbolic, opNameMap(graph, op)).replace(
    /\\frac\{\\partial (\{[^{}]*\}|[^{}]*)\}\{\\partial (\{[^{}]*\}|[^{}]*)\}/g,
    '\\partial $1/\\partial $2',
  );
  const numeric = op.localGradTexNumeric?.[i];
  const last = numeric && numeric !== symbolic ? numeric.split('=').pop()?.trim() : undefined;
  return last ? `${sym} = ${last}` : sym;
}
