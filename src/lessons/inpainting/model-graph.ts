/** The lecture's inpainting model as an engine graph: ŷ = W2 max(0, W1 x), L = ½‖y − ŷ‖². */
import { createRng, exportGraph, randn, tensor, type GraphData } from '../../engine';
import { MNIST_PIXELS } from '../../data/mnist-shape';

/** The graph with real shapes for one masked digit x and its original y; also the loss. */
export function inpaintGraph(
  x: Float32Array,
  y: Float32Array,
  hidden: number,
): { graph: GraphData; loss: number } {
  const rng = createRng(7);
  const xs = tensor(x, { shape: [MNIST_PIXELS, 1], label: 'x' });
  const ys = tensor(y, { shape: [MNIST_PIXELS, 1], label: 'y' });
  const w1 = randn([hidden, MNIST_PIXELS], rng, {
    std: 0.05,
    requiresGrad: true,
    label: 'W1',
    labelTex: 'W_1',
  });
  const w2 = randn([MNIST_PIXELS, hidden], rng, {
    std: 0.05,
    requiresGrad: true,
    label: 'W2',
    labelTex: 'W_2',
  });
  const h = w1.matmul(xs).relu().setLabel('h');
  const yhat = w2.matmul(h).setLabel('ŷ', '\\hat y');
  const loss = yhat.halfSquaredError(ys).setLabel('L');
  loss.backward();
  return { graph: exportGraph(loss), loss: loss.item() };
}
