// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NeuronHeatmap } from './NeuronHeatmap';

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
});
