// Entry of the trainer-profile bundle: the worker's Trainer and MNIST sample sets, and the engine's
// kernel-backend switch, in one bundle (the same code path the training worker runs).
export { Trainer } from '../src/worker/trainer.ts';
export { mnistClassification } from '../src/worker/samples.ts';
export { setKernelBackend } from '../src/engine/index.ts';
