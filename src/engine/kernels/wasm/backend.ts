// Which kernels run the engine's float32 matrix products: the WebAssembly SIMD ones or the
// TypeScript ones. float64 always runs in TypeScript (the float64 gradchecks use it).

/** 'auto': wasm where WebAssembly SIMD works and the product is big enough; 'wasm': wasm for every float32 product (when available); 'ts': TypeScript only. */
export type KernelBackend = 'auto' | 'wasm' | 'ts';

const BACKENDS: readonly KernelBackend[] = ['auto', 'wasm', 'ts'];

let requested: KernelBackend = 'auto';

/** True when `value` names a kernel backend. */
export function isKernelBackend(value: unknown): value is KernelBackend {
  return typeof value === 'string' && (BACKENDS as readonly string[]).includes(value);
}

/** Chooses the kernels for float32 matrix products; an unknown name logs a message and selects 'auto'. */
export function setKernelBackend(backend: KernelBackend): KernelBackend {
  if (isKernelBackend(backend)) requested = backend;
  else {
    console.info(`[chain-rule] unknown kernel backend '${String(backend)}'; using 'auto'`);
    requested = 'auto';
  }
  return requested;
}

/** The kernel backend last requested with setKernelBackend (default 'auto'). */
export function getKernelBackend(): KernelBackend {
  return requested;
}

/** The `kernels` parameter of a query string such as `?kernels=ts` (or `kernels=ts`), or null when absent or unknown. */
export function kernelBackendFromQuery(query: string): KernelBackend | null {
  const match = /(?:^|[?&\s])kernels=([^&\s]*)/.exec(query);
  const value = match ? decodeURIComponent(match[1]) : null;
  return isKernelBackend(value) ? value : null;
}
