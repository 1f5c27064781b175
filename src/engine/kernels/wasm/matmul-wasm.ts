// The engine's float32 matrix products on the WebAssembly SIMD kernels: operands are copied into the
// kernel memory (one bump layout per call, reused: memory grows to the largest product once and
// then stays; products above a cap run in chunks), multiplied there, and the result copied back. Returns false to leave a product to the
// TypeScript kernels (float64, backend 'ts', no SIMD, a failed memory growth).
import type { FloatArray } from '../../op-types';
import { isSparse } from '../sparsity';
import { getKernelBackend, type KernelBackend } from './backend';
import { reserve, wasmFailure, wasmKernels, type KernelExports } from './loader';

/** The three product forms: A·B, A·Bᵀ (B stored [n,k]) and Aᵀ·B (A stored [k,m]). */
export type MatmulForm = 'nn' | 'nt' | 'tn';

/** Under 'auto', products with fewer multiply-adds than this stay in TypeScript (the copies would dominate). */
export const MIN_WASM_MACS = 4096;

/** Bump allocator over the kernel memory: 16-byte-aligned float regions after the static data. */
class Layout {
  /** Next free byte. */
  end: number;
  constructor(base: number) {
    this.end = (base + 15) & ~15;
  }
  /** Reserves `floats` floats; returns their byte offset. */
  take(floats: number): number {
    const at = this.end;
    this.end += (floats * 4 + 15) & ~15;
    return at;
  }
}

/** How a product runs: the packed dense kernel, or zero-skipping over A's or B's non-zeros. */
type Mode = 'dense' | 'sparseA' | 'sparseB';

/** Byte offsets of one product's buffers in kernel memory (0 when the mode does not use one), and its end. */
interface Plan {
  pa: number;
  pb: number;
  pc: number;
  ap: number;
  bp: number;
  tile: number;
  pt: number;
  idx: number;
  val: number;
  end: number;
}

/** Settings of the wasm path (tests lower them). */
export const WASM_LIMITS = {
  /** Kernel memory one product may use; bigger products run in row (or depth) chunks, so the memory, which never shrinks, stays near this. */
  maxBytes: 64 << 20,
};

/** Lays out operands, result and scratch of one product. */
function plan(
  k: KernelExports,
  mode: Mode,
  form: MatmulForm,
  m: number,
  kk: number,
  n: number,
): Plan {
  const L = new Layout(k.heapBase());
  const p: Plan = { pa: L.take(m * kk), pb: L.take(kk * n), pc: L.take(m * n), ap: 0, bp: 0, tile: 0, pt: 0, idx: 0, val: 0, end: 0 }; // prettier-ignore
  if (mode === 'dense') {
    const depth = Math.min(k.blockDepth(), kk);
    p.ap = L.take(Math.ceil(m / 4) * 4 * depth);
    p.bp = L.take(Math.ceil(n / 8) * 8 * depth);
    p.tile = L.take(32);
  } else {
    p.pt = L.take(form === 'nn' || mode === 'sparseB' ? 0 : Math.max(m, n) * kk);
    p.idx = L.take(kk);
    p.val = L.take(kk);
  }
  p.end = L.end;
  return p;
}

let growthFailed = false;

/** A float view of the kernel memory covering `bytes`, or null (once logged) when it cannot grow. */
function viewFor(k: KernelExports, bytes: number): Float32Array | null {
  const view = reserve(k, bytes);
  if (!view && !growthFailed) {
    growthFailed = true;
    console.info(
      '[chain-rule] WebAssembly memory could not grow; large products use TypeScript kernels',
    );
  }
  return view;
}

/** The kernels to use for this product, or null to leave it to TypeScript. */
function kernelsFor(
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  macs: number,
): KernelExports | null {
  if (!(a instanceof Float32Array && b instanceof Float32Array && out instanceof Float32Array))
    return null;
  const backend = getKernelBackend();
  if (backend === 'ts' || (backend === 'auto' && macs < MIN_WASM_MACS)) return null;
  return wasmKernels();
}

/**
 * Runs the kernels on planned buffers. Sparse forms reduce to sparse rows times dense rows: NN
 * directly; Aᵀ·B with a sparse B by its own kernel; NT and Aᵀ·B with a sparse A after transposing
 * one operand into scratch.
 */
function compute(
  k: KernelExports,
  p: Plan,
  mode: Mode,
  form: MatmulForm,
  m: number,
  kk: number,
  n: number,
): void {
  // prettier-ignore
  if (mode === 'dense') {
    k.gemm(p.pa, p.pb, p.pc, m, kk, n, form === 'tn' ? 1 : 0, form === 'nt' ? 1 : 0, p.ap, p.bp, p.tile); // prettier-ignore
  } else if (form === 'nn') k.sparseNN(p.pa, p.pb, p.pc, m, kk, n, p.idx, p.val);
  else if (mode === 'sparseB') k.sparseTN(p.pa, p.pb, p.pc, m, kk, n, p.idx, p.val);
  else if (form === 'nt') {
    k.transpose(p.pb, p.pt, n, kk);
    k.sparseNN(p.pa, p.pt, p.pc, m, kk, n, p.idx, p.val);
  } else {
    k.transpose(p.pa, p.pt, kk, m);
    k.sparseNN(p.pt, p.pb, p.pc, m, kk, n, p.idx, p.val);
  }
}

/** One product in kernel memory: copy in, compute, copy the result out. False (out untouched) when memory cannot grow. */
function run(
  k: KernelExports,
  mode: Mode,
  form: MatmulForm,
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  m: number,
  kk: number,
  n: number,
): boolean {
  // prettier-ignore
  const p = plan(k, mode, form, m, kk, n);
  const f = viewFor(k, p.end);
  if (!f) return false;
  f.set(a.subarray(0, m * kk), p.pa >> 2);
  f.set(b.subarray(0, kk * n), p.pb >> 2);
  f.set(out.subarray(0, m * n), p.pc >> 2);
  compute(k, p, mode, form, m, kk, n);
  out.set(f.subarray(p.pc >> 2, (p.pc >> 2) + m * n));
  return true;
}

/**
 * The product in chunks whose kernel memory stays under WASM_LIMITS.maxBytes: rows of A and C for
 * A·B and A·Bᵀ, depth slices of A and B (accumulated into C) for Aᵀ·B. The first chunk is the largest.
 */
function chunked(
  k: KernelExports,
  mode: Mode,
  form: MatmulForm,
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  m: number,
  kk: number,
  n: number,
): boolean {
  // prettier-ignore
  const parts = Math.ceil(plan(k, mode, form, m, kk, n).end / WASM_LIMITS.maxBytes);
  if (parts <= 1) return run(k, mode, form, a, b, out, m, kk, n);
  const rows = form === 'tn' ? kk : m;
  const step = Math.ceil(rows / parts);
  for (let r0 = 0; r0 < rows; r0 += step) {
    const r1 = Math.min(r0 + step, rows);
    // NOTE: once the first (largest) chunk has its memory, the later ones cannot fail.
    const ok =
      form === 'tn'
        ? run(k, mode, form, a.subarray(r0 * m, r1 * m), b.subarray(r0 * n, r1 * n), out, m, r1 - r0, n) // prettier-ignore
        : run(k, mode, form, a.subarray(r0 * kk, r1 * kk), b, out.subarray(r0 * n, r1 * n), r1 - r0, kk, n); // prettier-ignore
    if (!ok) return false;
  }
  return true;
}

/**
 * out[m,n] += op(A)·op(B) on the wasm kernels when the backend and the operands allow it; returns false
 * (having done nothing) to leave the product to the TypeScript kernels. Same sparsity rule as those.
 */
export function wasmMatmul(
  form: MatmulForm,
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  m: number,
  k: number,
  n: number,
): boolean {
  const kernels = kernelsFor(a, b, out, m * k * n);
  if (!kernels) return false;
  if (m * n === 0) return true;
  const mode: Mode =
    form === 'tn' && isSparse(b, k * n) ? 'sparseB' : isSparse(a, m * k) ? 'sparseA' : 'dense';
  return chunked(kernels, mode, form, a, b, out, m, k, n);
}

/** Which kernels float32 products run on, as reported by {@link kernelStatus}. */
export interface KernelStatus {
  /** The backend requested with setKernelBackend. */
  requested: KernelBackend;
  /** True when the wasm SIMD kernels loaded in this runtime. */
  wasmAvailable: boolean;
  /** Why they did not load, else null. */
  reason: string | null;
  /** Current size of the kernels' linear memory in bytes (0 when unavailable). */
  memoryBytes: number;
}

/** The kernel backend in force (loads the wasm kernels if they were not tried yet). */
export function kernelStatus(): KernelStatus {
  const k = wasmKernels();
  return {
    requested: getKernelBackend(),
    wasmAvailable: k !== null,
    reason: wasmFailure(),
    memoryBytes: k ? k.memory.buffer.byteLength : 0,
  };
}
