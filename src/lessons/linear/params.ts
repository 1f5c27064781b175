/** The lesson's URL-shareable parameters (validated; a malformed link falls back to defaults). */
import type { ParamTable } from '../../kit/url-params';

/** Largest training-set size the student may pick (the whole MNIST training split). */
export const MAX_TRAIN = 60000;

/** URL parameter table of the linear lesson. */
export const LINEAR_PARAMS = {
  /** Index of the test digit on screen (pixels and model steps). */
  digit: { kind: 'int', default: 0, min: 0, max: 9999 },
  /** Learning rate of the MNIST run (the training step's slider uses these bounds). */
  lr: { kind: 'number', default: 0.5, min: 0.001, max: 100 },
  /** Mini-batch size of the MNIST run (the Batch size field uses these bounds). */
  batch: { kind: 'int', default: 64, min: 1, max: 1024 },
  /** Training-set size of the MNIST run (the Training digits field uses these bounds). */
  n: { kind: 'int', default: 10000, min: 100, max: MAX_TRAIN },
  /** Dataset of the "limits" step. */
  toy: { kind: 'enum', default: 'xor', values: ['xor', 'circles'] },
  /** Which weights the model step scores with: the random start or the latest trained ones. */
  w: { kind: 'enum', default: 'random', values: ['random', 'trained'] },
  /** Class whose weights the geometry step lets the student drag. */
  cls: { kind: 'int', default: 0, min: 0, max: 2 },
} satisfies ParamTable;
