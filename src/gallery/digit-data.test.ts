import { describe, expect, it } from 'vitest';
import { MNIST_PIXELS, MNIST_SIDE } from '../data';
import { drawnSeven, trainLinear } from './digit-data';

/** `count` synthetic digits: class k is a bright row 2k + 3 with a little seeded noise elsewhere. */
function stripes(count: number): { images: Uint8Array; labels: Uint8Array } {
  const images = new Uint8Array(count * MNIST_PIXELS);
  const labels = Uint8Array.from({ length: count }, (_, i) => (i * 7) % 10);
  labels.forEach((k, i) => {
    const row = 2 * k + 3;
    for (let c = 4; c < 24; c++)
      images[i * MNIST_PIXELS + row * MNIST_SIDE + c] = 200 + ((i + c) % 50);
  });
  return { images, labels };
}

describe('gallery digit data', () => {
  it('trains the linear model through the Trainer: it learns the classes and predicts unseen digits', () => {
    const { images, labels } = stripes(220);
    const { templates, predicted } = trainLinear(images, labels, 200, 20);
    expect(predicted).toEqual(Array.from(labels.subarray(200)));
    expect(templates).toHaveLength(10);
    const k = 4;
    const inRow = templates[k][(2 * k + 3) * MNIST_SIDE + 10];
    const otherRow = templates[k][(2 * 5 + 3) * MNIST_SIDE + 10];
    expect(inRow).toBeGreaterThan(0);
    expect(otherRow).toBeLessThan(0);
  });

  it('starts from zero weights: a pixel blank in every image keeps weight 0', () => {
    const { images, labels } = stripes(120);
    const { templates } = trainLinear(images, labels, 100, 20);
    expect(templates.every((t) => t[0] === 0 && t[MNIST_PIXELS - 1] === 0)).toBe(true);
  });

  it('the drawn stand-in is a 28 × 28 digit with ink', () => {
    const seven = drawnSeven();
    expect(seven).toHaveLength(MNIST_PIXELS);
    expect(Math.max(...seven)).toBe(255);
  });
});
