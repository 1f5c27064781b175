/**
 * The training lesson's URL parameters: the network and run a teacher may share in a link, and
 * the selections of the figures. Malformed values fall back to defaults and out-of-range numbers
 * are clamped; the kit's table reports both, so the notice is visible.
 */
import type { ParamTable, ParamValues } from '../../kit/url-params';

/** The lesson's shareable parameters. */
export const TRAINING_PARAMS = {
  /** Hidden layers (1–3). */
  layers: { kind: 'int', default: 1, min: 1, max: 3 },
  /** Units per hidden layer. */
  width: { kind: 'int', default: 128, min: 4, max: 512 },
  /** Hidden nonlinearity. */
  act: { kind: 'enum', default: 'relu', values: ['relu', 'tanh', 'sigmoid', 'leakyRelu'] },
  /** Optimiser. */
  opt: { kind: 'enum', default: 'adam', values: ['sgd', 'momentum', 'adam'] },
  /** Learning rate. */
  lr: { kind: 'number', default: 0.001, min: 0.00001, max: 10 },
  /** Mini-batch size. */
  bs: { kind: 'int', default: 64, min: 1, max: 1024 },
  /** Passes over the 60,000 training digits. */
  ep: { kind: 'int', default: 8, min: 1, max: 20 },
  /** Seed of the initial weights and of the batch order. */
  seed: { kind: 'int', default: 1, min: 0, max: 999999 },
  /** Learning rate of the divergence demonstration (plain SGD). */
  dlr: { kind: 'number', default: 3, min: 0.001, max: 100 },
  /** Selected confusion-matrix cell (true × 10 + predicted), −1 for none. */
  cell: { kind: 'int', default: -1, min: -1, max: 99 },
} satisfies ParamTable;

/** Values of the table. */
export type TrainingParams = ParamValues<typeof TRAINING_PARAMS>;
