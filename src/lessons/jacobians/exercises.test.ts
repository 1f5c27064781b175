import { describe, expect, it } from 'vitest';
import exercises from './exercises';

const byId = (id: string) => exercises.find((e) => e.id === id)!;

/** Pulls the numbers of a `(a,\ b,\ c)` vector or a bmatrix out of a prompt. */
function numbersAfter(prompt: string, name: string): number[] {
  const m = new RegExp(
    `${name} = (\\\\begin\\{bmatrix\\}(.*?)\\\\end\\{bmatrix\\}|\\(([^)]*)\\))`,
  ).exec(prompt);
  const body = m![2] ?? m![3];
  return body.split(/\\\\ |&|,\\ /).map((s) => Number(s.replace(/\\/g, '').trim()));
}

describe('jacobians exercises', () => {
  it('has the four the issue asks for, and the same seed gives the same question', () => {
    expect(exercises.map((e) => e.id)).toEqual([
      'jacobian-shape',
      'matmul-entry',
      'diag-entry',
      'chain-shape',
    ]);
    for (const e of exercises) expect(e.generate(42)).toEqual(e.generate(42));
  });

  it('Jacobian shapes: rows = M, columns = N for many seeds', () => {
    for (let s = 1; s <= 40; s++) {
      const q = byId('jacobian-shape').generate(s);
      const n = Number(/mathbb\{R\}\^\{(\d+)\}\$ and/.exec(q.prompt)![1]);
      const m = Number(/in \\mathbb\{R\}\^\{(\d+)\}\$\. How/.exec(q.prompt)![1]);
      expect(q.answer).toBe(q.prompt.includes('rows') ? m : n);
      expect(q.mistakes!.map((x) => x.value)).not.toContain(q.answer);
    }
  });

  it('matmul entry: ∂y_i/∂g_j = W_ij (closed form) for many seeds', () => {
    for (let s = 1; s <= 40; s++) {
      const q = byId('matmul-entry').generate(s);
      const w = numbersAfter(q.prompt, 'W');
      const [, i, j] = /partial y_\{(\d)\}\/\\partial g_\{(\d)\}\$\?/.exec(q.prompt)!.map(Number);
      expect(q.answer).toBe(w[(i - 1) * 3 + (j - 1)]);
      expect(q.mistakes!.map((x) => x.value)).not.toContain(q.answer);
    }
  });

  it('diag(g) entry: g_i on the diagonal, 0 off it, for many seeds', () => {
    let offDiagonal = 0;
    for (let s = 1; s <= 40; s++) {
      const q = byId('diag-entry').generate(s);
      const g = numbersAfter(q.prompt, 'g');
      const [, i, j] = /row (\d), column (\d)/.exec(q.prompt)!.map(Number);
      expect(q.answer).toBe(i === j ? g[i - 1] : 0);
      if (i !== j) offDiagonal++;
      expect(q.mistakes!.map((x) => x.value)).not.toContain(q.answer);
    }
    expect(offDiagonal).toBeGreaterThan(0);
  });

  it('chain shapes: the middle factor is H×H for many seeds', () => {
    for (let s = 1; s <= 40; s++) {
      const q = byId('chain-shape').generate(s);
      const h = Number(/H = (\d+)/.exec(q.prompt)![1]);
      expect(q.answer).toBe(h * h);
      expect(q.mistakes!.map((x) => x.value)).not.toContain(q.answer);
    }
  });
});
