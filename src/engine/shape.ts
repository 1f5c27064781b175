import { EngineError, fmtShape } from './errors';

/** Number of elements of a shape ([] → 1). */
export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** True when two shapes are identical. */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Row-major strides of a shape. */
export function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}

/** NumPy broadcast of two shapes; throws naming `op` when they are incompatible. */
export function broadcastShapes(op: string, a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new EngineError(
        `${op}: shapes ${fmtShape(a)} and ${fmtShape(b)} cannot broadcast (${da} ≠ ${db})`,
      );
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/** Resolves a possibly negative axis against `ndim`; throws naming `op` when out of range. */
export function normalizeAxis(op: string, axis: number, ndim: number): number {
  const ax = axis < 0 ? axis + ndim : axis;
  if (!Number.isInteger(ax) || ax < 0 || ax >= Math.max(ndim, 1)) {
    throw new EngineError(`${op}: axis ${axis} is out of range for a ${ndim}-d tensor`);
  }
  return ax;
}
