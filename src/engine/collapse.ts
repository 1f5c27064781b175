/**
 * Collapses a stack of Linear layers with identity activations into one Linear map: without a
 * non-linearity, f = W₃(W₂(W₁x + b₁) + b₂) + b₃ = (W₃W₂W₁)x + (W₃W₂b₁ + W₃b₂ + b₃).
 */
import { EngineError } from './errors';
import { Identity, Linear, type Sequential } from './nn';
import { noGrad } from './grad-mode';
import { zeros } from './create';
import type { Tensor } from './tensor';

/** The single matrix and bias a linear stack equals. */
export interface CollapsedLinear {
  /** W = W_L ⋯ W₂W₁, shape [out, in]. */
  weight: Tensor;
  /** b = W_L ⋯ W₂ b₁ + … + b_L, shape [out]. */
  bias: Tensor;
}

/**
 * Multiplies the Linear layers of `model` into one. Throws when a layer in between is not the
 * identity, unless `ignoreActivations` (then it is the product the network would be without them).
 */
export function collapseLinear(
  model: Sequential,
  opts: { ignoreActivations?: boolean } = {},
): CollapsedLinear {
  const layers: Linear[] = [];
  for (const m of model.modules) {
    if (m instanceof Linear) layers.push(m);
    else if (!(m instanceof Identity) && !opts.ignoreActivations)
      throw new EngineError(
        'collapseLinear: only layers joined by the identity collapse into one matrix.',
      );
  }
  if (layers.length === 0) throw new EngineError('collapseLinear: the model has no Linear layer.');
  return noGrad(() => {
    let weight = layers[0].weight;
    let bias = layers[0].bias ?? zeros([weight.shape[0]], { dtype: weight.dtype });
    for (const layer of layers.slice(1)) {
      weight = layer.weight.matmul(weight);
      const moved = layer.weight.matmul(bias);
      bias = layer.bias ? moved.add(layer.bias) : moved;
    }
    return { weight, bias };
  });
}

/** Outputs [B, out] of the collapsed map for inputs x [B, in]: x Wᵀ + b. */
export function applyCollapsed(c: CollapsedLinear, x: Tensor): Tensor {
  return noGrad(() => x.matmul(c.weight.transpose()).add(c.bias));
}
