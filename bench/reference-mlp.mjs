// A hand-written Float32Array MLP (ReLU, softmax cross-entropy, SGD): no autodiff, no graph, no
// allocation per batch. Not a competitor: a yardstick for what plain JavaScript reaches on this
// machine, so the engine's overhead over straight-line kernels can be read off the table.
import { EVAL_CHUNK, LR, accuracy, timedPass } from './setup.mjs';

/** Builds the reference model from the shared initial layers; keeps kernels as [in, out]. */
export function buildReference(layers, maxBatch = EVAL_CHUNK) {
  return layers.map(({ inF, outF, weight, bias }) => {
    const kernel = new Float32Array(inF * outF);
    for (let o = 0; o < outF; o++)
      for (let i = 0; i < inF; i++) kernel[i * outF + o] = weight[o * inF + i];
    return {
      inF,
      outF,
      kernel,
      bias: Float32Array.from(bias),
      out: new Float32Array(maxBatch * outF),
      grad: new Float32Array(maxBatch * outF),
    };
  });
}

/** out[r,:] = b + Σ_i x[r,i]·K[i,:] (i-k-j order), then ReLU unless it is the last layer. */
function denseForward(layer, x, rows, relu) {
  const { inF, outF, kernel, bias, out } = layer;
  for (let r = 0; r < rows; r++) {
    const ro = r * outF;
    out.set(bias, ro);
    for (let i = 0; i < inF; i++) {
      const v = x[r * inF + i];
      // NOTE: skip zeros: MNIST pixels are ~80% zero and ReLU outputs about half.
      if (v === 0) continue;
      const ko = i * outF;
      for (let o = 0; o < outF; o++) out[ro + o] += v * kernel[ko + o];
    }
    if (relu) for (let o = 0; o < outF; o++) if (out[ro + o] < 0) out[ro + o] = 0;
  }
  return out;
}

/** Turns logits into dLoss/dlogits of mean softmax cross-entropy in place; returns the mean loss. */
function softmaxCrossEntropyGrad(logits, grad, labels, rows, classes) {
  let loss = 0;
  for (let r = 0; r < rows; r++) {
    const o = r * classes;
    let max = -Infinity;
    for (let c = 0; c < classes; c++) max = Math.max(max, logits[o + c]);
    let sum = 0;
    // NOTE: subtract the row max before exp for stability.
    for (let c = 0; c < classes; c++) sum += grad[o + c] = Math.exp(logits[o + c] - max);
    loss += Math.log(sum) + max - logits[o + labels[r]];
    for (let c = 0; c < classes; c++) grad[o + c] /= sum * rows;
    grad[o + labels[r]] -= 1 / rows;
  }
  return loss / rows;
}

/** Backward of one layer given its output gradient: SGD-updates K and b, writes the input gradient (masked by the input's ReLU). */
function denseBackward(layer, x, rows, gradIn) {
  const { inF, outF, kernel, bias, grad } = layer;
  if (gradIn) {
    for (let r = 0; r < rows; r++) {
      for (let i = 0; i < inF; i++) {
        if (x[r * inF + i] === 0) {
          gradIn[r * inF + i] = 0;
          continue;
        }
        let s = 0;
        for (let o = 0; o < outF; o++) s += grad[r * outF + o] * kernel[i * outF + o];
        gradIn[r * inF + i] = s;
      }
    }
  }
  for (let r = 0; r < rows; r++) {
    const ro = r * outF;
    for (let o = 0; o < outF; o++) bias[o] -= LR * grad[ro + o];
    for (let i = 0; i < inF; i++) {
      const v = LR * x[r * inF + i];
      if (v === 0) continue;
      const ko = i * outF;
      for (let o = 0; o < outF; o++) kernel[ko + o] -= v * grad[ro + o];
    }
  }
}

/** One training step on a batch; returns the mean loss. */
function step(model, x, labels, rows) {
  const inputs = [x];
  model.forEach((layer, l) =>
    inputs.push(denseForward(layer, inputs[l], rows, l < model.length - 1)),
  );
  const last = model[model.length - 1];
  const loss = softmaxCrossEntropyGrad(last.out, last.grad, labels, rows, last.outF);
  // Each layer writes its input gradient from the kernel before updating that kernel.
  for (let l = model.length - 1; l >= 0; l--)
    denseBackward(model[l], inputs[l], rows, l > 0 ? model[l - 1].grad : null);
  return loss;
}

/** One timed pass over `order`, stopped early by `limits` {maxBatches, maxSeconds}; returns the shared summary. */
export function trainReference(model, split, order, limits = {}) {
  return timedPass(split, order, limits, (x, y, rows) => step(model, x, y, rows));
}

/** Test accuracy of the reference model on a split. */
export function evalReference(model, split) {
  const predicted = new Int32Array(split.n);
  const classes = model[model.length - 1].outF;
  for (let start = 0; start < split.n; start += EVAL_CHUNK) {
    const rows = Math.min(EVAL_CHUNK, split.n - start);
    let h = split.images.subarray(start * split.features, (start + rows) * split.features);
    model.forEach((layer, l) => (h = denseForward(layer, h, rows, l < model.length - 1)));
    for (let r = 0; r < rows; r++) {
      let best = 0;
      for (let c = 1; c < classes; c++) if (h[r * classes + c] > h[r * classes + best]) best = c;
      predicted[start + r] = best;
    }
  }
  return accuracy(predicted, split.labels);
}
