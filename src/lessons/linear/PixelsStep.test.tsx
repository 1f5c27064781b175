// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { FlatVector } from './PixelsStep';

afterEach(cleanup);

describe('FlatVector', () => {
  it('lists the scaled inputs pixel / 255 that its heading promises, not raw grey levels', () => {
    const pixels = new Uint8Array(784);
    pixels[0] = 255;
    pixels[1] = 51;
    render(<FlatVector pixels={pixels} />);
    const text = screen.getByRole('group').textContent ?? '';
    expect(text.startsWith('row 0: 1.00, 0.20, 0, ')).toBe(true);
    expect(text).not.toMatch(/\b255\b|\b51\b/);
  });
});
