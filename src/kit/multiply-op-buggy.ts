/**
 * Two wrong backward passes for Multiply, each a classic slip.
 * Forward is right, so values look fine: only a gradient check
 * notices. The lesson shows this file's source too.
 */
import { customOp, type Tensor } from '../engine';

/** Bug 1: returns x · grad for both inputs (a copy-paste slip). */
export const MultiplySwapped = customOp({
  name: 'multiply_swapped',
  symbol: '×?',
  forward(ctx, x: Tensor, y: Tensor) {
    ctx.saveForBackward(x, y);
    return x.mul(y);
  },
  backward(ctx, gradZ: Tensor) {
    const [x] = ctx.saved;
    return [x.mul(gradZ), x.mul(gradZ)]; // first should be y · grad
  },
});

/** Bug 2: returns the local gradients, forgetting the upstream one. */
export const MultiplyNoUpstream = customOp({
  name: 'multiply_no_upstream',
  symbol: '×?',
  forward(ctx, x: Tensor, y: Tensor) {
    ctx.saveForBackward(x, y);
    return x.mul(y);
  },
  backward(ctx) {
    const [x, y] = ctx.saved;
    return [y, x]; // missing "· gradZ"
  },
});
