import { afterEach, describe, expect, it, vi } from 'vitest';

/** 8×8 inputs and the float64 product A·B, for checking that the fallback still multiplies. */
function case8(): { a: Float32Array; b: Float32Array; want: number[] } {
  const a = Float32Array.from({ length: 64 }, (_, i) => ((i * 7) % 11) - 5);
  const b = Float32Array.from({ length: 64 }, (_, i) => ((i * 5) % 13) - 6);
  const want: number[] = [];
  for (let i = 0; i < 8; i++)
    for (let j = 0; j < 8; j++) {
      let s = 0;
      for (let p = 0; p < 8; p++) s += a[i * 8 + p] * b[p * 8 + j];
      want.push(s);
    }
  return { a, b, want };
}

/** Fresh copies of the kernel modules (their load state is per module instance). */
async function freshModules() {
  vi.resetModules();
  const backend = await import('./backend');
  const wasm = await import('./matmul-wasm');
  const { matmulNN } = await import('../matmul');
  backend.setKernelBackend('wasm');
  return { wasm, matmulNN };
}

afterEach(() => {
  vi.doUnmock('./kernels.generated');
  vi.restoreAllMocks();
});

describe('when the wasm kernels cannot run, the engine falls back to TypeScript', () => {
  it('a module that fails to compile: one console.info, no error, correct products', async () => {
    vi.doMock('./kernels.generated', () => ({ KERNELS_WASM_BASE64: 'AGFzbQEAAAAB/////w==' }));
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const { wasm, matmulNN } = await freshModules();
    const { a, b, want } = case8();
    const out = new Float32Array(64);
    matmulNN(a, b, out, 8, 8, 8);
    matmulNN(a, b, new Float32Array(64), 8, 8, 8);
    expect(Array.from(out)).toEqual(want);
    expect(wasm.kernelStatus().wasmAvailable).toBe(false);
    expect(wasm.kernelStatus().reason).toBeTruthy();
    expect(info).toHaveBeenCalledTimes(1);
  });

  it('a failed memory growth: one console.info, no error, correct products', async () => {
    vi.spyOn(WebAssembly.Memory.prototype, 'grow').mockImplementation(() => {
      throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded');
    });
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const { wasm, matmulNN } = await freshModules();
    const { a, b, want } = case8();
    const out = new Float32Array(64);
    expect(wasm.wasmMatmul('nn', a, b, out, 8, 8, 8)).toBe(false);
    matmulNN(a, b, out, 8, 8, 8);
    expect(Array.from(out)).toEqual(want);
    expect(wasm.kernelStatus().wasmAvailable).toBe(true);
    expect(info).toHaveBeenCalledTimes(1);
  });

  it('a browser that refuses synchronous compilation: TypeScript until the background compile finishes, then wasm', async () => {
    const sync = vi.spyOn(WebAssembly, 'Module').mockImplementation(function () {
      throw new RangeError('WebAssembly.Module(): buffer size exceeds the synchronous limit');
    });
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const { wasm } = await freshModules();
    const { a, b } = case8();
    expect(wasm.wasmMatmul('nn', a, b, new Float32Array(64), 8, 8, 8)).toBe(false);
    await vi.waitFor(() => expect(wasm.kernelStatus()).toMatchObject({ wasmAvailable: true }));
    expect(wasm.wasmMatmul('nn', a, b, new Float32Array(64), 8, 8, 8)).toBe(true);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(info).not.toHaveBeenCalled();
  });
});
