/** Errors thrown by the engine; messages name the op and the shapes involved. */
export class EngineError extends Error {
  /** Creates an engine error with a message such as "matmul: shapes [2,3] and [4,5] do not align (3 ≠ 4)". */
  constructor(message: string) {
    super(message);
    this.name = 'EngineError';
  }
}

/** The text of anything thrown: an Error's message, else the value as a string. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Formats a shape for error messages: `[2,3]`. */
export function fmtShape(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}
