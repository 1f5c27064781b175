// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WeightTemplates } from './WeightTemplates';

beforeEach(() => {
  // jsdom has no canvas: the templates must cope with getContext returning null.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('WeightTemplates', () => {
  it('draws one template per output row, each scaled to its own largest |w|', () => {
    const weight = new Float32Array(3 * 784);
    weight[0] = 0.5; // row 0: max |w| 0.5
    weight[784 + 10] = -2; // row 1: max |w| 2
    weight[2 * 784 + 783] = 0.25; // row 2: max |w| 0.25
    render(
      <WeightTemplates
        weights={{ layer: 0, shape: [3, 784], weight, bias: new Float32Array(3) }}
      />,
    );
    expect(screen.getByTestId('lab-templates').querySelectorAll('canvas')).toHaveLength(3);
    expect(
      screen.getByRole('img', { name: /^template 0; colour from −0.5 to \+0.5$/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^template 1; colour from −2 to \+2$/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^template 2; colour from −0.25 to \+0.25$/ }),
    ).toBeInTheDocument();
  });

  it('explains when the first layer does not take 784 inputs', () => {
    render(
      <WeightTemplates
        weights={{
          layer: 0,
          shape: [2, 2],
          weight: new Float32Array(4),
          bias: new Float32Array(2),
        }}
      />,
    );
    expect(
      screen.getByText('Templates need a first layer with 784 inputs (got 2).'),
    ).toBeInTheDocument();
  });
});
