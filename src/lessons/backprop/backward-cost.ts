/**
 * How much a backward pass costs next to its forward pass, measured on the engine in this
 * browser: the scalar example and a small MLP, each timed over a few repeats. Displayed only;
 * timings are never asserted in tests.
 */
import { createRng, mlp, rand, type Tensor } from '../../engine';
import { DEFAULT_INPUTS } from './params';
import { buildScalarExample } from './scalar-example';

/** One measurement: total milliseconds of the forward and backward passes over the repeats. */
export interface CostMeasurement {
  /** What was timed. */
  label: string;
  /** Forward passes' total (ms): building the graph and its values. */
  forwardMs: number;
  /** Backward passes' total (ms). */
  backwardMs: number;
  /** Repeats timed (after one untimed warm-up). */
  repeats: number;
}

/** Backward time over forward time (NaN when the forward was too fast to measure). */
export function costRatio(m: CostMeasurement): number {
  return m.forwardMs > 0 ? m.backwardMs / m.forwardMs : Number.NaN;
}

/** Times `forward` then `backward` on its output, `repeats` times after one warm-up. */
export function timePasses(
  label: string,
  forward: () => Tensor,
  repeats: number,
  now: () => number,
): CostMeasurement {
  forward().backward();
  let forwardMs = 0;
  let backwardMs = 0;
  for (let i = 0; i < repeats; i++) {
    const t0 = now();
    const loss = forward();
    const t1 = now();
    loss.backward();
    backwardMs += now() - t1;
    forwardMs += t1 - t0;
  }
  return { label, forwardMs, backwardMs, repeats };
}

/** The lecture's scalar example: four ops. */
export function measureScalar(now: () => number, repeats = 300): CostMeasurement {
  return timePasses(
    'the lecture’s example (4 ops)',
    () => buildScalarExample(DEFAULT_INPUTS).loss,
    repeats,
    now,
  );
}

/** Sizes of the small MLP timed beside the example. */
export const COST_MLP_SIZES = [64, 64, 10];
/** Its batch. */
export const COST_MLP_BATCH = 32;

/** A small MLP 64-64-10 on a batch of 32, with softmax cross-entropy. */
export function measureMlp(now: () => number, repeats = 20): CostMeasurement {
  const rng = createRng(4);
  const model = mlp(COST_MLP_SIZES, { activation: 'relu', rng });
  const x = rand([COST_MLP_BATCH, COST_MLP_SIZES[0]], rng);
  const labels = Int32Array.from({ length: COST_MLP_BATCH }, (_, i) => i % 10);
  return timePasses(
    `an MLP ${COST_MLP_SIZES.join('-')}, batch ${COST_MLP_BATCH}`,
    () => {
      for (const p of model.parameters()) p.grad = null;
      return model.forward(x).softmaxCrossEntropy(labels);
    },
    repeats,
    now,
  );
}
