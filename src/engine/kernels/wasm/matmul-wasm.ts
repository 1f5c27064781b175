// The engine's float32 matrix products on the WebAssembly SIMD kernels: operands are copied into the
// kernel memory (one bump layout per call, reused: memory grows to the largest product once and
// then stays), multiplied there, and the result copied back. Returns false to leave a product to the
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

let growthFailed = false;

/** A float view of the kernel memory covering the layout, or null (once logged) when it cannot grow. */
function viewFor(k: KernelExports, layout: Layout): Float32Array | null {
  const view = reserve(k, layout.end);
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

/** Dense C += op(A)·op(B) with the packed SIMD kernel. */
function dense(
  k: KernelExports,
  form: MatmulForm,
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  m: number,
  kk: number,
  n: number,
): boolean {
  const depth = Math.min(k.blockDepth(), kk);
  const L = new Layout(k.heapBase());
  const [pa, pb, pc] = [L.take(m * kk), L.take(kk * n), L.take(m * n)];
  const ap = L.take(Math.ceil(m / 4) * 4 * depth);
  const bp = L.take(Math.ceil(n / 8) * 8 * depth);
  const tile = L.take(32);
  const f = viewFor(k, L);
  if (!f) return false;
  f.set(a.subarray(0, m * kk), pa >> 2);
  f.set(b.subarray(0, kk * n), pb >> 2);
  f.set(out.subarray(0, m * n), pc >> 2);
  k.gemm(pa, pb, pc, m, kk, n, form === 'tn' ? 1 : 0, form === 'nt' ? 1 : 0, ap, bp, tile);
  out.set(f.subarray(pc >> 2, (pc >> 2) + m * n));
  return true;
}

/**
 * Zero-skipping C += op(A)·op(B): NN directly; Aᵀ·B with a sparse B by its own kernel; NT and
 * Aᵀ·B with a sparse A after transposing one operand into scratch (sparse rows times dense rows).
 */
function sparse(
  k: KernelExports,
  form: MatmulForm,
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  m: number,
  kk: number,
  n: number,
  sparseB: boolean,
): boolean {
  const L = new Layout(k.heapBase());
  const [pa, pb, pc] = [L.take(m * kk), L.take(kk * n), L.take(m * n)];
  const pt = L.take(form === 'nn' || sparseB ? 0 : Math.max(m, n) * kk);
  const idx = L.take(kk);
  const val = L.take(kk);
  const f = viewFor(k, L);
  if (!f) return false;
  f.set(a.subarray(0, m * kk), pa >> 2);
  f.set(b.subarray(0, kk * n), pb >> 2);
  f.set(out.subarray(0, m * n), pc >> 2);
  if (form === 'nn') k.sparseNN(pa, pb, pc, m, kk, n, idx, val);
  else if (sparseB) k.sparseTN(pa, pb, pc, m, kk, n, idx, val);
  else if (form === 'nt') {
    k.transpose(pb, pt, n, kk);
    k.sparseNN(pa, pt, pc, m, kk, n, idx, val);
  } else {
    k.transpose(pa, pt, kk, m);
    k.sparseNN(pt, pb, pc, m, kk, n, idx, val);
  }
  out.set(f.subarray(pc >> 2, (pc >> 2) + m * n));
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
  const g = globalThis as unknown as { __WS?: string };
  if (g.__WS === 'dense') return dense(kernels, form, a, b, out, m, k, n);
  if (form === 'tn' && isSparse(b, k * n)) return sparse(kernels, form, a, b, out, m, k, n, true);
  if (isSparse(a, m * k)) return sparse(kernels, form, a, b, out, m, k, n, false);
  return dense(kernels, form, a, b, out, m, k, n);
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
