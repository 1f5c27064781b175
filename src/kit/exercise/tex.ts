/** TeX of the numbers an exercise prompt or worked answer shows, written one way in every lesson. */

/** A vector as `(1,\ -2,\ 3)`: the thin spaces keep the entries apart in KaTeX's math mode. */
export function texVector(values: readonly number[]): string {
  return `(${values.join(',\\ ')})`;
}

/** A matrix as a `bmatrix`, one row of numbers per inner array. */
export function texMatrix(rows: readonly (readonly number[])[]): string {
  return `\\begin{bmatrix} ${rows.map((r) => r.join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
}
