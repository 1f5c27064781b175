/**
 * The two losses of the lecture, each evaluated with its gradient by the engine: ½(ŷ − y)² against
 * a prediction, and softmax cross-entropy against the true class's score, next to the squared
 * error on the same softmax probability (the loss that flattens out when confidently wrong).
 */
import { scalar, tensor } from '../../engine';

/** A loss value and its derivative with respect to the plotted score. */
export interface LossPoint {
  /** The score (or prediction) on the x axis. */
  z: number;
  /** The loss. */
  loss: number;
  /** dLoss/dz from the engine. */
  grad: number;
}

/** ½(ŷ − y)² and its gradient with respect to ŷ. */
export function halfSquared(yhat: number, y: number): LossPoint {
  const p = scalar(yhat, { dtype: 'float64', requiresGrad: true });
  const loss = p.halfSquaredError(scalar(y, { dtype: 'float64' }));
  loss.backward();
  return { z: yhat, loss: loss.item(), grad: p.grad?.item() ?? 0 };
}

/**
 * Two classes with scores (z, 0), the true class first: softmax cross-entropy, and ½(p − 1)²
 * on the softmax probability p of the true class, each with d/dz.
 */
export function classLosses(z: number): { ce: LossPoint; se: LossPoint; p: number } {
  const za = tensor([z, 0], { dtype: 'float64', requiresGrad: true, shape: [1, 2] });
  const ce = za.softmaxCrossEntropy([0]);
  ce.backward();
  const zb = tensor([z, 0], { dtype: 'float64', requiresGrad: true, shape: [1, 2] });
  const e = zb.exp();
  const p = e.div(e.sum(1, true));
  const pTrue = p
    .reshape([2])
    .mul(tensor([1, 0], { dtype: 'float64' }))
    .sum();
  const se = pTrue.halfSquaredError(scalar(1, { dtype: 'float64' }));
  se.backward();
  return {
    ce: { z, loss: ce.item(), grad: za.grad?.data[0] ?? 0 },
    se: { z, loss: se.item(), grad: zb.grad?.data[0] ?? 0 },
    p: pTrue.item(),
  };
}

/** Cross-entropy of a score vector for a true class, with its gradient vector (engine). */
export function crossEntropyGrad(scores: readonly number[], label: number) {
  const z = tensor([...scores], {
    dtype: 'float64',
    requiresGrad: true,
    shape: [1, scores.length],
  });
  const loss = z.softmaxCrossEntropy([label]);
  loss.backward();
  return { loss: loss.item(), grad: Array.from(z.grad?.data ?? []) };
}

/** Samples of the class losses over [lo, hi]. */
export function classCurves(lo: number, hi: number, n = 121) {
  const out = { ce: [] as LossPoint[], se: [] as LossPoint[] };
  for (let i = 0; i < n; i++) {
    const { ce, se } = classLosses(lo + ((hi - lo) * i) / (n - 1));
    out.ce.push(ce);
    out.se.push(se);
  }
  return out;
}
