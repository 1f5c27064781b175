import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { texMatrix, texVector } from './tex';

describe('exercise TeX helpers', () => {
  it('writes vectors with spaced entries and matrices row by row', () => {
    expect(texVector([1, -2, 0.5])).toBe('(1,\\ -2,\\ 0.5)');
    expect(
      texMatrix([
        [1, 2],
        [-3, 4],
      ]),
    ).toBe('\\begin{bmatrix} 1 & 2 \\\\ -3 & 4 \\end{bmatrix}');
  });

  it('produces TeX that KaTeX renders without an error', () => {
    for (const tex of [texVector([3, -1]), texMatrix([[0.25, -1, 2]])])
      expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
  });
});
