import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENGINE_DIR = dirname(fileURLToPath(import.meta.url));

// `import … from '…'`, `export … from '…'` and bare `import '…'`. Type-only imports are erased by
// the compiler, so they cannot form a runtime cycle (the ops and the tensor may know each other's types).
const IMPORT_RE =
  /^\s*(import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

/** The relative runtime imports of one source text (specifiers as written). */
function runtimeImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT_RE)) {
    if (m[5]) {
      out.push(m[5]);
      continue;
    }
    if (m[2]) continue;
    const braces = /\{([^}]*)\}/.exec(m[3]);
    const names = braces
      ? braces[1]
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
    const onlyTypes =
      braces && !m[3].replace(braces[0], '').trim() && names.every((n) => n.startsWith('type '));
    if (!onlyTypes) out.push(m[4]);
  }
  return out.filter((s) => s.startsWith('.'));
}

/** The first import cycle of a graph (module → imported modules) as a path, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
    (p) => existsSync(p) && statSync(p).isFile(),
  );
  return found ?? null;
}

/** The runtime import graph of every non-test module under `dir`, keyed by path relative to it. */
function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(dir)) {
    const targets = runtimeImports(readFileSync(file, 'utf8'))
      .map((spec) => resolveImport(file, spec))
      .filter((p): p is string => p !== null && p.startsWith(dir));
    graph.set(
      relative(dir, file),
      targets.map((p) => relative(dir, p)),
    );
  }
  return graph;
}

describe('import cycle check', () => {
  it('reads runtime imports and skips type-only ones', () => {
    const src = [
      "import type { A } from './a';",
      "import { type B, c } from './b';",
      "import { type D } from './d';",
      "import {\n  e,\n  f,\n} from './e';",
      "export { g } from './g';",
      "export type { H } from './h';",
      "import './side-effect';",
      "import x from 'some-package';",
    ].join('\n');
    expect(runtimeImports(src)).toEqual(['./b', './e', './g', './side-effect']);
  });

  it('names a cycle when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
    ]);
    expect(findCycle(graph)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
    expect(
      findCycle(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toBeNull();
  });

  it('src/engine has no runtime import cycle', () => {
    const graph = importGraph(ENGINE_DIR);
    expect(graph.get('tensor.ts')).toContain('registry.ts');
    const cycle = findCycle(graph);
    expect(cycle, cycle ? `import cycle: ${cycle.join(' → ')}` : '').toBeNull();
  });
});
