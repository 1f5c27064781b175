// Entry of the WebAssembly kernels (AssemblyScript, 128-bit SIMD, no runtime: plain functions over
// linear memory). scripts/build-wasm.mjs compiles this into kernels.generated.ts.
export { gemm, blockDepth } from './gemm';
export { sparseNN, sparseTN } from './sparse';
export { transpose } from './transpose';

/** First free byte of linear memory after the module's static data (16-byte aligned by the caller). */
export function heapBase(): usize {
  return __heap_base;
}
