// Instantiates the SIMD kernels from the generated base64 module, once, synchronously (the module
// is a few kilobytes, under every engine's limit for synchronous compilation). Any failure (no
// SIMD, no WebAssembly, a CSP without 'wasm-unsafe-eval') leaves the engine on its TypeScript kernels.
import { KERNELS_WASM_BASE64 } from './kernels.generated';

/** The functions the kernel module exports (pointers are byte offsets into `memory`). */
export interface KernelExports {
  /** The module's linear memory (grown by `reserve`). */
  memory: WebAssembly.Memory;
  /** First free byte after the module's static data. */
  heapBase(): number;
  /** Packing depth of gemm (sizes its packed scratch). */
  blockDepth(): number;
  /** C[m,n] += op(A)·op(B); see assembly/gemm.ts. */
  gemm(
    a: number,
    b: number,
    c: number,
    m: number,
    k: number,
    n: number,
    transA: number,
    transB: number,
    ap: number,
    bp: number,
    tile: number,
  ): void;
  /** C[m,n] += A·B over A's non-zeros; see assembly/sparse.ts. */
  sparseNN(
    a: number,
    b: number,
    c: number,
    m: number,
    k: number,
    n: number,
    idx: number,
    val: number,
  ): void;
  /** dst[cols,rows] = srcᵀ. */
  transpose(src: number, dst: number, rows: number, cols: number): void;
  /** C[m,n] += Aᵀ·B over B's non-zeros, A stored [k,m]; see assembly/sparse.ts. */
  sparseTN(
    a: number,
    b: number,
    c: number,
    m: number,
    k: number,
    n: number,
    idx: number,
    val: number,
  ): void;
}

// NOTE: the smallest module using a SIMD instruction (i8x16.splat, i8x16.popcnt): validating it is the
// standard feature test, and it costs nothing to compile.
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15,
  253, 98, 11,
]);

let kernels: KernelExports | null | undefined;
let failure: string | null = null;

/** Decodes base64 without relying on atob or Buffer. */
function decodeBase64(text: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array((clean.length * 3) >> 2);
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | alphabet.indexOf(clean[i]);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  return out;
}

/** Compiles and instantiates the kernels; throws with the reason when this runtime cannot. */
function instantiate(): KernelExports {
  if (typeof WebAssembly !== 'object') throw new Error('no WebAssembly');
  if (!WebAssembly.validate(SIMD_PROBE)) throw new Error('no WebAssembly SIMD');
  const module = new WebAssembly.Module(decodeBase64(KERNELS_WASM_BASE64) as BufferSource);
  return new WebAssembly.Instance(module, {}).exports as unknown as KernelExports;
}

/** The kernel module, instantiated on first use; null (after one console.info) when unavailable. */
export function wasmKernels(): KernelExports | null {
  if (kernels !== undefined) return kernels;
  try {
    kernels = instantiate();
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
    console.info(
      `[chain-rule] WebAssembly SIMD kernels unavailable (${failure}); using TypeScript kernels`,
    );
    kernels = null;
  }
  return kernels;
}

/** Why the kernels are unavailable, or null when they loaded (or were not tried yet). */
export function wasmFailure(): string | null {
  return failure;
}

/** Grows the kernel memory to at least `bytes`; returns a float view of it, or null when growth fails. */
export function reserve(k: KernelExports, bytes: number): Float32Array | null {
  const missing = bytes - k.memory.buffer.byteLength;
  if (missing > 0) {
    try {
      k.memory.grow(Math.ceil(missing / 65536));
    } catch {
      return null;
    }
  }
  return new Float32Array(k.memory.buffer);
}
