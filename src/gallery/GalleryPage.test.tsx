// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import GalleryPage from './GalleryPage';

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  // No MNIST files in jsdom: the digit sections must fall back to a drawn digit.
  vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new Error('offline')));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('GalleryPage', () => {
  it(
    'renders every section with engine data and falls back when MNIST is missing',
    { timeout: 20_000 },
    async () => {
      render(<GalleryPage />);
      expect(
        screen.getByRole('group', { name: "Computational graph of the lecture's scalar example" }),
      ).toBeInTheDocument();
      // The gallery opens on the backward step through ŷ = w2·g: ∂L/∂w2 = g·(ŷ−y) = 5·8 = 40 is known, ∂L/∂w1 not yet.
      expect(screen.getByRole('button', { name: 'value w2 = 2, gradient 40' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'value w1 = 1' })).toBeInTheDocument();
      expect(screen.getByRole('img', { name: /Cross-entropy loss per step/ })).toBeInTheDocument();
      expect(
        await screen.findByText(/MNIST files are not built/, {}, { timeout: 8000 }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('list', { name: 'Test digits with true and predicted labels' }),
      ).toBeInTheDocument();
    },
  );
});
