/**
 * The lecture's Multiply, written like a PyTorch autograd.Function
 * with the engine's custom-op API. The lesson shows this very file,
 * so what you read is what runs.
 */
import { customOp, type Tensor } from '../engine';

/** z = x · y: forward saves x and y; backward is upstream × local. */
export const Multiply = customOp({
  name: 'multiply',
  symbol: '×',
  localGradTex: ['\\frac{\\partial z}{\\partial x} = y', '\\frac{\\partial z}{\\partial y} = x'],
  forward(ctx, x: Tensor, y: Tensor) {
    ctx.saveForBackward(x, y);
    return x.mul(y);
  },
  backward(ctx, gradZ: Tensor) {
    const [x, y] = ctx.saved;
    const gradX = y.mul(gradZ); // dz/dx · dL/dz
    const gradY = x.mul(gradZ); // dz/dy · dL/dz
    return [gradX, gradY];
  },
});
