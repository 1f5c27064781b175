import { afterEach, describe, expect, it } from 'vitest';
import { createRng } from '../../rng';
import { matmulNN, matmulNT, matmulTN } from '../matmul';
import { setKernelBackend } from './backend';
import { kernelStatus, wasmMatmul, WASM_LIMITS, type MatmulForm } from './matmul-wasm';

const MAX_BYTES = WASM_LIMITS.maxBytes;

afterEach(() => {
  setKernelBackend('auto');
  WASM_LIMITS.maxBytes = MAX_BYTES;
});

/** Random float32 entries, a fraction `zeros` of them exactly 0 (like MNIST pixels). */
function random(n: number, seed: number, zeros: number): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: n }, () => (rng.next() < zeros ? 0 : rng.normal()));
}

/** op(A)·op(B) in float64 from the stored layouts, plus Σ|a||b| per entry (the float32 error scale). */
function reference(
  form: MatmulForm,
  a: Float32Array,
  b: Float32Array,
  m: number,
  k: number,
  n: number,
) {
  // prettier-ignore
  const want = new Float64Array(m * n);
  const scale = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++)
      for (let p = 0; p < k; p++) {
        const x = form === 'tn' ? a[p * m + i] : a[i * k + p];
        const y = form === 'nt' ? b[j * k + p] : b[p * n + j];
        want[i * n + j] += x * y;
        scale[i * n + j] += Math.abs(x * y);
      }
  return { want, scale };
}

const KERNELS = { nn: matmulNN, nt: matmulNT, tn: matmulTN };

/** Runs one product through the engine's kernel entry point on the given backend, into a copy of `init`. */
function product(
  backend: 'wasm' | 'ts',
  form: MatmulForm,
  a: Float32Array,
  b: Float32Array,
  init: Float32Array,
  m: number,
  k: number,
  n: number,
) {
  // prettier-ignore
  setKernelBackend(backend);
  const out = init.slice();
  KERNELS[form](a, b, out, m, k, n);
  return out;
}

describe('wasm SIMD kernels', () => {
  it('load in Node (which has WebAssembly SIMD)', () => {
    const status = kernelStatus();
    expect(status.reason).toBeNull();
    expect(status.wasmAvailable).toBe(true);
  });

  // Shapes cover partial 4×8 tiles, depth beyond one packed slice (KC = 256), and the MLP layer.
  const shapes = [
    [1, 1, 1],
    [3, 5, 2],
    [4, 8, 8],
    [9, 7, 13],
    [17, 33, 10],
    [6, 300, 35],
    [64, 784, 16],
  ];
  const sparsity = [
    [0, 0],
    [0.85, 0],
    [0, 0.85],
  ];
  for (const [m, k, n] of shapes) {
    for (const [zerosA, zerosB] of sparsity) {
      for (const form of ['nn', 'nt', 'tn'] as const) {
        it(`${form} [${m},${k},${n}], zeros ${zerosA}/${zerosB}: wasm and TS agree with float64 to float32 rounding`, () => {
          const a = random(m * k, m * 31 + k, zerosA);
          const b = random(k * n, n * 17 + 3, zerosB);
          const init = random(m * n, 5, 0);
          const { want, scale } = reference(form, a, b, m, k, n);
          const wasm = product('wasm', form, a, b, init, m, k, n);
          const ts = product('ts', form, a, b, init, m, k, n);
          for (let i = 0; i < m * n; i++) {
            const tol = 4e-7 * Math.sqrt(k) * (scale[i] + Math.abs(init[i])) + 1e-7;
            expect(Math.abs(wasm[i] - init[i] - want[i])).toBeLessThanOrEqual(tol);
            expect(Math.abs(wasm[i] - ts[i])).toBeLessThanOrEqual(2 * tol);
          }
        });
      }
    }
  }

  it("run float32 products under 'wasm', and never float64 or under 'ts'", () => {
    const a = random(16, 1, 0);
    const b = random(16, 2, 0);
    setKernelBackend('wasm');
    expect(wasmMatmul('nn', a, b, new Float32Array(16), 4, 4, 4)).toBe(true);
    expect(wasmMatmul('nn', Float64Array.from(a), Float64Array.from(b), new Float64Array(16), 4, 4, 4)).toBe(false); // prettier-ignore
    setKernelBackend('ts');
    expect(wasmMatmul('nn', a, b, new Float32Array(16), 4, 4, 4)).toBe(false);
  });

  it("leave tiny products to TypeScript under 'auto' and take large ones", () => {
    setKernelBackend('auto');
    expect(wasmMatmul('nn', random(16, 1, 0), random(16, 2, 0), new Float32Array(16), 4, 4, 4)).toBe(false); // prettier-ignore
    expect(wasmMatmul('nt', random(64 * 64, 1, 0), random(64 * 64, 2, 0), new Float32Array(64 * 64), 64, 64, 64)).toBe(true); // prettier-ignore
  });

  it('propagate NaN and Inf from a dense operand as the TS kernels do', () => {
    const a = random(8 * 8, 3, 0);
    const b = random(8 * 8, 4, 0);
    a[9] = NaN;
    b[2] = Infinity;
    const wasm = product('wasm', 'nn', a, b, new Float32Array(64), 8, 8, 8);
    const ts = product('ts', 'nn', a, b, new Float32Array(64), 8, 8, 8);
    expect(Array.from(wasm, (v) => (Number.isFinite(v) ? 'finite' : String(v)))).toEqual(
      Array.from(ts, (v) => (Number.isFinite(v) ? 'finite' : String(v))),
    );
    expect(Number.isNaN(wasm[8])).toBe(true);
  });

  for (const form of ['nn', 'nt', 'tn'] as const) {
    for (const [zerosA, zerosB] of sparsity) {
      it(`${form}, zeros ${zerosA}/${zerosB}: a product above the memory cap runs in chunks with the same result`, () => {
        const [m, k, n] = [37, 300, 45];
        const a = random(m * k, 71, zerosA);
        const b = random(k * n, 72, zerosB);
        const init = random(m * n, 73, 0);
        const whole = product('wasm', form, a, b, init, m, k, n);
        WASM_LIMITS.maxBytes = 40_000;
        const chunked = product('wasm', form, a, b, init, m, k, n);
        const { want, scale } = reference(form, a, b, m, k, n);
        for (let i = 0; i < m * n; i++) {
          const tol = 4e-7 * Math.sqrt(k) * (scale[i] + Math.abs(init[i])) + 1e-7;
          expect(Math.abs(chunked[i] - init[i] - want[i])).toBeLessThanOrEqual(tol);
          expect(Math.abs(chunked[i] - whole[i])).toBeLessThanOrEqual(2 * tol);
        }
      });
    }
  }
});
