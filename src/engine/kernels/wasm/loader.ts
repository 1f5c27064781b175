// Instantiates the SIMD kernels from the generated base64 module, once, synchronously (the module
// is a few kilobytes, under every engine's limit for synchronous compilation). Any failure (no
// SIMD, no WebAssembly, a CSP without 'wasm-unsafe-eval') leaves the engine on its TypeScript kernels.
import { messageOf } from '../../errors';
import { KERNELS_WASM_BASE64 } from './kernels.generated';

/** What every product kernel takes first: A, B and C (byte offsets) and the sizes C[m,n] += A[m,k]·B[k,n]. */
type ProductOperands = [a: number, b: number, c: number, m: number, k: number, n: number];

/** A zero-skipping product, with `idx`/`val` scratch for one row's non-zeros (byte offsets). */
export type SparseKernel = (...args: [...ProductOperands, idx: number, val: number]) => void;

/** The functions the kernel module exports (pointers are byte offsets into `memory`). */
export interface KernelExports {
  /** The module's linear memory (grown by `reserve`). */
  memory: WebAssembly.Memory;
  /** First free byte after the module's static data. */
  heapBase(): number;
  /** Packing depth of gemm (sizes its packed scratch). */
  blockDepth(): number;
  /** C[m,n] += op(A)·op(B), with packing scratch `ap`, `bp` and `tile`; see assembly/gemm.ts. */
  gemm(
    ...args: [
      ...ProductOperands,
      transA: number,
      transB: number,
      ap: number,
      bp: number,
      tile: number,
    ]
  ): void;
  /** C[m,n] += A·B over A's non-zeros; see assembly/sparse.ts. */
  sparseNN: SparseKernel;
  /** dst[cols,rows] = srcᵀ. */
  transpose(src: number, dst: number, rows: number, cols: number): void;
  /** C[m,n] += Aᵀ·B over B's non-zeros, A stored [k,m]; see assembly/sparse.ts. */
  sparseTN: SparseKernel;
}

// NOTE: the smallest module using a SIMD instruction (i8x16.splat, i8x16.popcnt): validating it is the
// standard feature test, and it costs nothing to compile.
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15,
  253, 98, 11,
]);

/** Load state: not tried yet, compiling asynchronously, ready, or failed with a reason. */
type LoadState =
  | { kind: 'untried' }
  | { kind: 'pending' }
  | { kind: 'ready'; exports: KernelExports }
  | { kind: 'failed'; reason: string };

let state: LoadState = { kind: 'untried' };

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

/** Records a failure with one console.info; the TypeScript kernels carry on. */
function fail(error: unknown): void {
  const reason = messageOf(error);
  state = { kind: 'failed', reason };
  console.info(
    `[chain-rule] WebAssembly SIMD kernels unavailable (${reason}); using TypeScript kernels`,
  );
}

/** The kernel functions of an instance of the module (it imports nothing). */
function exportsOf(instance: WebAssembly.Instance): KernelExports {
  return instance.exports as unknown as KernelExports;
}

/** Compiles and instantiates the kernels synchronously; throws when this runtime cannot. */
function instantiate(bytes: Uint8Array): KernelExports {
  return exportsOf(new WebAssembly.Instance(new WebAssembly.Module(bytes as BufferSource), {}));
}

/** Loads the kernels: synchronously, or in the background where a browser refuses synchronous compilation (a RangeError). */
function load(): void {
  if (typeof WebAssembly !== 'object') return fail(new Error('no WebAssembly'));
  if (!WebAssembly.validate(SIMD_PROBE)) return fail(new Error('no WebAssembly SIMD'));
  const bytes = decodeBase64(KERNELS_WASM_BASE64);
  try {
    state = { kind: 'ready', exports: instantiate(bytes) };
  } catch (error) {
    if (!(error instanceof RangeError)) return fail(error);
    // NOTE: some browsers cap synchronous compilation on the main thread; TypeScript runs the products meanwhile.
    state = { kind: 'pending' };
    WebAssembly.instantiate(bytes as BufferSource, {}).then((result) => {
      state = { kind: 'ready', exports: exportsOf(result.instance) };
    }, fail);
  }
}

/** The kernel module, loaded on first use; null while it compiles in the background or when it is unavailable. */
export function wasmKernels(): KernelExports | null {
  if (state.kind === 'untried') load();
  return state.kind === 'ready' ? state.exports : null;
}

/** Why the kernels are unavailable, or null when they loaded (or are still loading). */
export function wasmFailure(): string | null {
  return state.kind === 'failed' ? state.reason : null;
}

let view: Float32Array | null = null;

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
  // NOTE: growth replaces memory.buffer; until then one view serves every product.
  if (view?.buffer !== k.memory.buffer) view = new Float32Array(k.memory.buffer);
  return view;
}
