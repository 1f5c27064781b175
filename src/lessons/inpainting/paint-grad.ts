/** The loss of one reconstruction and its gradient with respect to the output, by the engine. */
import { tensor } from '../../engine';

/** Per-pixel loss ½(ŷ − y)², total L = ½‖y − ŷ‖², and ∂L/∂ŷ from backpropagation. */
export function reconstructionLoss(
  prediction: Float32Array,
  truth: Float32Array,
): { perPixel: Float32Array; loss: number; grad: Float32Array } {
  const yhat = tensor(prediction, { requiresGrad: true, label: 'ŷ' });
  const y = tensor(truth, { label: 'y' });
  const perPixel = yhat.sub(y).pow(2).mul(0.5);
  const loss = perPixel.sum();
  loss.backward();
  return {
    perPixel: Float32Array.from(perPixel.data),
    loss: loss.item(),
    grad: Float32Array.from(yhat.grad!.data),
  };
}
