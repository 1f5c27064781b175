/** TeX of engine values: matrices as bmatrix with the course's number format. */
import { formatTexNumber } from '../../components/format';

/** A bmatrix of the rows. */
export function bmatrix(rows: readonly (readonly number[])[]): string {
  const body = rows.map((r) => r.map(formatTexNumber).join(' & ')).join(' \\\\ ');
  return `\\begin{bmatrix} ${body} \\end{bmatrix}`;
}

/** The symbolic Jacobian ∂y/∂x as an M×N matrix of partials, one entry boxed; abbreviated past 4×4. */
export function partialsTex(m: number, n: number, hi: number, hj: number): string {
  const entry = (i: number, j: number) => {
    const e = `\\tfrac{\\partial y_{${i}}}{\\partial x_{${j}}}`;
    return i === hi && j === hj ? `\\boxed{${e}}` : e;
  };
  const idx = (count: number, h: number): (number | null)[] =>
    count <= 4
      ? Array.from({ length: count }, (_, k) => k + 1)
      : [...new Set([1, h, count])]
          .sort((a, b) => a - b)
          .flatMap((k, p, all) => (p > 0 && k - all[p - 1] > 1 ? [null, k] : [k]));
  const rows = idx(m, hi);
  const cols = idx(n, hj);
  const body = rows
    .map((i) =>
      cols
        .map((j) =>
          i === null ? (j === null ? '\\ddots' : '\\vdots') : j === null ? '\\cdots' : entry(i, j),
        )
        .join(' & '),
    )
    .join(' \\\\ ');
  return `\\frac{\\partial y}{\\partial x} = \\begin{bmatrix} ${body} \\end{bmatrix} \\in \\mathbb{R}^{${m} \\times ${n}}`;
}
