/**
 * The linear model's arithmetic for one input, done by the engine on the main thread from a
 * weight snapshot: the ten scores w_k·x + b_k and the pixel-wise contributions w_k ⊙ x.
 */
import { noGrad, tensor } from '../../engine';
import { scalePixels } from '../../data/mnist-shape';
import type { WeightSnapshot } from '../../worker';

/** The ten inner products of one input. */
export interface Scores {
  /** w_k · x for k = 0..9. */
  dots: Float32Array;
  /** w_k · x + b_k for k = 0..9. */
  scores: Float32Array;
  /** The class with the highest score (the first on ties). */
  predicted: number;
}

/** Scores of input `x` (784 values in 0..1) under weights W [C, 784] and biases b [C]. */
export function scoresOf(weights: WeightSnapshot, x: Float32Array): Scores {
  const [classes, inputs] = weights.shape;
  if (x.length !== inputs)
    throw new Error(`The input has ${x.length} values; the model expects ${inputs}.`);
  return noGrad(() => {
    const w = tensor(weights.weight, { shape: [classes, inputs] });
    const dotsT = w.matmul(tensor(x, { shape: [inputs, 1] })).reshape([classes]);
    const scoresT = dotsT.add(tensor(weights.bias, { shape: [classes] }));
    const scores = Float32Array.from(scoresT.data);
    return { dots: Float32Array.from(dotsT.data), scores, predicted: scoresT.argmax(0)[0] };
  });
}

/** Pixel-wise contributions w_k ⊙ x of class `k` (they sum to w_k · x). */
export function contributionsOf(weights: WeightSnapshot, k: number, x: Float32Array): Float32Array {
  const inputs = weights.shape[1];
  const row = weights.weight.subarray(k * inputs, (k + 1) * inputs);
  return noGrad(() =>
    Float32Array.from(tensor(row, { shape: [inputs] }).mul(tensor(x, { shape: [inputs] })).data),
  );
}

/** Row `k` of W (one class's template, 784 values). */
export function templateOf(weights: WeightSnapshot, k: number): Float32Array {
  const inputs = weights.shape[1];
  return weights.weight.slice(k * inputs, (k + 1) * inputs);
}

/** Predicted class of each listed image of `images` (grey levels 0..255, 784 per image), in one batched product. */
export function predictImages(
  weights: WeightSnapshot,
  images: Uint8Array,
  indices: readonly number[],
): Int32Array {
  const [classes, inputs] = weights.shape;
  const x = new Float32Array(indices.length * inputs);
  indices.forEach((img, r) =>
    scalePixels(
      images.subarray(img * inputs, (img + 1) * inputs),
      x.subarray(r * inputs, (r + 1) * inputs),
    ),
  );
  return noGrad(() => {
    const w = tensor(weights.weight, { shape: [classes, inputs] });
    const logits = tensor(x, { shape: [indices.length, inputs] })
      .matmul(w.transpose())
      .add(tensor(weights.bias, { shape: [classes] }));
    return logits.argmax(1);
  });
}
