// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImageGrid } from './ImageGrid';
import { WeightTemplate, maxAbs } from './WeightTemplate';
import { PixelGrid, pixelReadout } from './PixelGrid';
import { DrawingCanvas } from './DrawingCanvas';
import { centerOfMass } from './preprocess';

const blank = new Uint8Array(784);

beforeEach(() => {
  // jsdom has no canvas: components must cope with getContext returning null.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ImageGrid', () => {
  it('labels every image and marks mistakes with a dashed-border class and ✗, not colour alone', () => {
    const { container } = render(
      <ImageGrid
        ariaLabel="test digits"
        samples={[
          { pixels: blank, label: 7, predicted: 7 },
          { pixels: blank, label: 4, predicted: 9 },
        ]}
      />,
    );
    expect(screen.getByRole('list', { name: 'test digits' })).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'digit labelled 7, predicted 7, correct' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'digit labelled 4, predicted 9, mistake' }),
    ).toBeInTheDocument();
    const bad = container.querySelectorAll('[data-mistake]');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toHaveClass('cr-image-grid__item--mistake');
    expect(bad[0].textContent).toContain('✗ 9');
    expect(screen.getByText(/1 of 2 wrong/)).toBeInTheDocument();
  });
});

describe('WeightTemplate', () => {
  it('uses a symmetric range around 0 and shows a legend', () => {
    const w = new Float32Array(784);
    w[0] = -0.5;
    w[1] = 0.25;
    render(<WeightTemplate weights={w} ariaLabel="weights of class 0" />);
    expect(
      screen.getByRole('img', { name: /weights of class 0; colour from −0.5 to \+0.5/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /legend: negative −0.5, zero, positive 0.5/ }),
    ).toBeInTheDocument();
    expect(maxAbs([1, -3, 2])).toBe(3);
  });
});

describe('PixelGrid', () => {
  it('prints every pixel value and reads out the focused pixel; arrows move', async () => {
    const px = new Uint8Array(784);
    px[5 * 28 + 12] = 253;
    px[5 * 28 + 13] = 17;
    const { container } = render(<PixelGrid pixels={px} ariaLabel="digit pixels" />);
    expect(container.querySelectorAll('text.cr-pixel-num')).toHaveLength(784);
    expect(pixelReadout(px, 28, 5, 12)).toBe('row 5, col 12: 253');
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByText('row 0, col 0: 0')).toBeInTheDocument();
    await user.keyboard('{ArrowDown>5/}{ArrowRight>12/}');
    expect(screen.getByText('row 5, col 12: 253')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('row 5, col 13: 17')).toBeInTheDocument();
    expect(screen.getByTestId('pixel-highlight')).toHaveAttribute('x', String(13 * 20));
  });
});

describe('DrawingCanvas', () => {
  it('preprocesses a stroke into a centred 784-vector and clears', async () => {
    // A fake 2D context whose pixels hold an off-centre block of ink.
    const rgba = new Uint8ClampedArray(280 * 280 * 4);
    for (let y = 10; y < 90; y++) for (let x = 150; x < 190; x++) rgba[4 * (y * 280 + x) + 3] = 255;
    const ctx = {
      beginPath: vi.fn(),
      moveTo: vi.fn(),
      lineTo: vi.fn(),
      stroke: vi.fn(),
      clearRect: vi.fn(),
      putImageData: vi.fn(),
      createImageData: (w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4) }),
      getImageData: () => ({ data: rgba }),
    };
    vi.mocked(HTMLCanvasElement.prototype.getContext).mockReturnValue(
      ctx as unknown as CanvasRenderingContext2D,
    );
    const onChange = vi.fn();
    render(<DrawingCanvas onChange={onChange} />);
    const pad = screen.getByTestId('drawing-pad');
    expect(pad).toHaveStyle({ touchAction: 'none' });
    fireEvent.pointerDown(pad, { clientX: 10, clientY: 10, pointerId: 1 });
    fireEvent.pointerMove(pad, { clientX: 20, clientY: 30, pointerId: 1 });
    fireEvent.pointerUp(pad, { pointerId: 1 });
    expect(ctx.stroke).toHaveBeenCalled();
    const input = onChange.mock.calls[0][0] as Float32Array;
    expect(input).toHaveLength(784);
    const com = centerOfMass(input, 28, 28);
    expect(Math.abs(com.x - 14)).toBeLessThanOrEqual(1);
    expect(Math.abs(com.y - 14)).toBeLessThanOrEqual(1);
    expect(screen.getByRole('img', { name: 'preprocessed 28×28 input' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear' }));
    expect(ctx.clearRect).toHaveBeenCalled();
    expect(Math.max(...(onChange.mock.lastCall![0] as Float32Array))).toBe(0);
  });
});
