// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NeuronHeatmap, paintHeatmap } from './NeuronHeatmap';
import type { Rgb } from '../palette';

describe('NeuronHeatmap', () => {
  it('draws one canvas pixel per grid cell and names its largest activation', () => {
    const values = new Float32Array([0, -2.5, 1, 0.5]);
    render(<NeuronHeatmap values={values} gridSize={2} ariaLabel="layer 1, neuron 1" />);
    const canvas = screen.getByRole('img', {
      name: /layer 1, neuron 1: largest \|activation\| 2\.50/,
    });
    expect(canvas).toHaveAttribute('width', '2');
    expect(canvas).toHaveAttribute('height', '2');
  });

  it('paints each cell with the map at value / scale, reusing its ImageData', () => {
    const put: ImageData[] = [];
    const ctx = {
      createImageData: (w: number, h: number) =>
        ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }) as ImageData,
      putImageData: (img: ImageData) => put.push(img),
    };
    const canvas = { getContext: () => ctx } as unknown as HTMLCanvasElement;
    // A map that encodes t itself: red = (t + 1) · 100, so each pixel says what it was given.
    const map = (t: number): Rgb => [Math.round((Math.max(-1, Math.min(1, t)) + 1) * 100), 7, 9];
    paintHeatmap(canvas, new Float32Array([0, -2, 1, 2]), 2, map);
    const pixels = (img: ImageData) => Array.from(img.data);
    expect(pixels(put[0])).toEqual([100, 7, 9, 255, 0, 7, 9, 255, 150, 7, 9, 255, 200, 7, 9, 255]);
    paintHeatmap(canvas, new Float32Array([1, 1, 1, -1]), 2, map, 4);
    expect(put[1]).toBe(put[0]);
    expect(pixels(put[1]).filter((_, i) => i % 4 === 0)).toEqual([125, 125, 125, 75]);
  });
});
