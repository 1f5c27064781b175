/**
 * The Jacobians lesson's URL parameters: everything an instructor may want to share in a link.
 * Parsed through the shared, validated table.
 */
import type { ParamTable } from '../../kit/url-params';
import { DEFAULT_W } from './figures';

/** The lesson's shareable parameters. */
export const JACOBIAN_PARAMS = {
  /** Shapes step: length of the output y. */
  m: { kind: 'int', default: 3, min: 1, max: 99 },
  /** Shapes step: length of the input x. */
  n: { kind: 'int', default: 4, min: 1, max: 99 },
  /** Shapes step: highlighted row (1-based). */
  i: { kind: 'int', default: 2, min: 1, max: 99 },
  /** Shapes step: highlighted column (1-based). */
  j: { kind: 'int', default: 3, min: 1, max: 99 },
  /** Matmul step: W, 12 numbers row by row. */
  W: { kind: 'string', default: DEFAULT_W.join(','), maxLength: 240 },
  /** Matmul step: Jacobian rows computed so far (one backward pass each). */
  jr: { kind: 'int', default: 0, min: 0, max: 3 },
  /** Elementwise step: which Jacobian is drawn. */
  ek: { kind: 'enum', default: 'mul', values: ['mul', 'relu'] },
  /** Elementwise step: whether the cost comparison is revealed. */
  cost: { kind: 'bool', default: false },
  /** Chain step: factor ids placed so far, comma-separated. */
  ch: { kind: 'string', default: '', maxLength: 80 },
  /** Views step: which tensor op is expanded into scalars. */
  op: { kind: 'enum', default: 'yhat', values: ['f', 'g', 'yhat'] },
  /** Views step: which view is on screen. */
  vw: { kind: 'enum', default: 'tensor', values: ['tensor', 'scalar'] },
  /** Views step: backward steps taken in the tensor graph. */
  tb: { kind: 'int', default: 0, min: 0, max: 99 },
  /** Views step: backward steps taken in the scalar graph. */
  sb: { kind: 'int', default: 0, min: 0, max: 999 },
  /** Layouts step: which convention is written out. */
  lay: { kind: 'enum', default: 'num', values: ['num', 'den'] },
  /** Trust step: which Jacobian of the network is checked. */
  tr: { kind: 'enum', default: 'yhat-x', values: ['yhat-x', 'g-x', 'yhat-w1'] },
} satisfies ParamTable;
