/** The MLP lesson's URL-shareable parameters (validated; a malformed link falls back to defaults). */
import type { ParamTable } from '../../kit/url-params';

/** Activation names a student can pick (the engine's mlp() activations). */
export const ACTIVATIONS = ['relu', 'sigmoid', 'tanh', 'leakyRelu', 'elu', 'identity'] as const;

/** Toy datasets of the playground. */
export const DATASETS = ['blobs', 'xor', 'circles', 'moons', 'spirals'] as const;

/** URL parameter table of the MLP lesson. */
export const MLP_PARAMS = {
  /** Hidden units H of the shapes step. */
  h: { kind: 'int', default: 100, min: 1, max: 800 },
  /** Shapes step: the 3-layer form. */
  deep: { kind: 'bool', default: false },
  /** Shapes step: count the biases too. */
  bias: { kind: 'bool', default: false },
  /** Activations step: the function on screen. */
  fn: { kind: 'enum', default: 'sigmoid', values: ACTIVATIONS.filter((a) => a !== 'identity') },
  /** Activations step: sigmoids stacked in the vanishing-gradient chain. */
  stack: { kind: 'int', default: 4, min: 1, max: 20 },
  /** Identity step: the activation between the layers. */
  ia: { kind: 'enum', default: 'relu', values: ['relu', 'identity'] },
  /** Playground dataset. */
  ds: { kind: 'enum', default: 'xor', values: DATASETS },
  /** Playground noise (standard deviation of the jitter). */
  noise: { kind: 'number', default: 0.1, min: 0, max: 0.5 },
  /** Playground share of points used for training, in percent. */
  split: { kind: 'int', default: 50, min: 10, max: 90 },
  /** Playground hidden layers. */
  layers: { kind: 'int', default: 1, min: 1, max: 3 },
  /** Playground width of every hidden layer. */
  width: { kind: 'int', default: 8, min: 1, max: 32 },
  /** Playground activation. */
  act: { kind: 'enum', default: 'relu', values: ACTIVATIONS },
  /** Playground learning rate. */
  lr: { kind: 'number', default: 0.1, min: 0.0001, max: 100 },
  /** Playground mini-batch size. */
  batch: { kind: 'int', default: 16, min: 1, max: 256 },
  /** Playground seed (data and weights). */
  seed: { kind: 'int', default: 1, min: 0, max: 99999 },
  /** Optimizer steps per press of "step" (and per clicker press). */
  spp: { kind: 'int', default: 10, min: 1, max: 500 },
  /** Templates step: the class whose W₂ row is sorted. */
  cls: { kind: 'int', default: 3, min: 0, max: 9 },
  /** Overfitting step: training digits. */
  n: { kind: 'int', default: 1000, min: 100, max: 60000 },
  /** Overfitting step: hidden units. */
  oh: { kind: 'int', default: 100, min: 10, max: 800 },
} satisfies ParamTable;
