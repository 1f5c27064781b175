/** The chain ∂L/∂f written in numerator layout (output × input) and in denominator layout (input × output). */
import { jacobian, type Tensor } from '../../engine';
import { largestDifference } from './chain';
import { buildTinyNet, toRows } from './tiny-net';

/** One written-out chain: its factors (TeX name, shape, engine values) and the engine's product. */
export interface LayoutChain {
  /** Factors left to right. */
  factors: { tex: string; rows: number[][] }[];
  /** The product, as rows. */
  product: number[][];
  /** Largest |product − engine's ∂L/∂f| (entries compared in order). */
  largest: number;
}

/** Both layouts of ∂L/∂f = ∂L/∂ŷ · ∂ŷ/∂g · ∂g/∂f for the tiny network, from engine Jacobians. */
export function layoutChains(): { num: LayoutChain; den: LayoutChain } {
  const net = buildTinyNet();
  const w2 = net.w2.detach();
  const y = net.y;
  const dLdy = jacobian((t) => t.halfSquaredError(y), net.yhat.detach()); // [1, C]
  const dydg = jacobian((t) => w2.matmul(t), net.g.detach()); // [C, H]
  const dgdf = jacobian((t) => t.relu(), net.f.detach()); // [H, H]
  const numProduct = dLdy.matmul(dydg).matmul(dgdf);
  const denFactors: Tensor[] = [dgdf.transpose(), dydg.transpose(), dLdy.transpose()];
  const denProduct = denFactors[0].matmul(denFactors[1]).matmul(denFactors[2]);
  const grad = net.f.grad!;
  return {
    num: {
      factors: [
        { tex: '\\frac{\\partial L}{\\partial \\hat y}', rows: toRows(dLdy) },
        { tex: '\\frac{\\partial \\hat y}{\\partial g}', rows: toRows(dydg) },
        { tex: '\\frac{\\partial g}{\\partial f}', rows: toRows(dgdf) },
      ],
      product: toRows(numProduct),
      largest: largestDifference(numProduct, grad),
    },
    den: {
      factors: [
        { tex: '\\frac{\\partial g}{\\partial f}', rows: toRows(denFactors[0]) },
        { tex: '\\frac{\\partial \\hat y}{\\partial g}', rows: toRows(denFactors[1]) },
        { tex: '\\frac{\\partial L}{\\partial \\hat y}', rows: toRows(denFactors[2]) },
      ],
      product: toRows(denProduct),
      largest: largestDifference(denProduct, grad),
    },
  };
}
