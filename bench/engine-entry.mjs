// Entry of the bench's engine bundle: the engine's public API plus its matmul kernel entry points,
// in one bundle so both share one kernel-backend setting.
export * from '../src/engine/index.ts';
export { matmulNN, matmulNT, matmulTN } from '../src/engine/kernels/matmul.ts';
