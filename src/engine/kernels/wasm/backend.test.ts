import { afterEach, describe, expect, it, vi } from 'vitest';
import { getKernelBackend, kernelBackendFromQuery, setKernelBackend } from './backend';

afterEach(() => {
  setKernelBackend('auto');
  vi.restoreAllMocks();
});

describe('kernel backend flag', () => {
  it('reads the kernels parameter of a query string', () => {
    expect(kernelBackendFromQuery('?kernels=ts')).toBe('ts');
    expect(kernelBackendFromQuery('?step=3&kernels=wasm')).toBe('wasm');
    expect(kernelBackendFromQuery('kernels=auto')).toBe('auto');
    expect(kernelBackendFromQuery('?mykernels=ts')).toBeNull();
    expect(kernelBackendFromQuery('?kernels=gpu')).toBeNull();
    expect(kernelBackendFromQuery('')).toBeNull();
  });

  it('keeps the requested backend, and turns an unknown name into auto with a message', () => {
    expect(getKernelBackend()).toBe('auto');
    setKernelBackend('ts');
    expect(getKernelBackend()).toBe('ts');
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    expect(setKernelBackend('gpu' as never)).toBe('auto');
    expect(getKernelBackend()).toBe('auto');
    expect(info).toHaveBeenCalledWith(expect.stringContaining("'gpu'"));
  });
});
