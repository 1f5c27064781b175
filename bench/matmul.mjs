// Float32 matmul throughput in GFLOP/s (2·M·K·N flops per product, dense random inputs), for each
// of the three forms the engine uses (A·B, A·Bᵀ, Aᵀ·B), on the engine's wasm SIMD kernels, its
// TypeScript kernels and TF.js's wasm backend (single-threaded), all in the same process.
import { SEED, cpuSecondsSince } from './setup.mjs';

/** The [M, K, N] products measured: a square cube and the MLP's first layer (batch × 784 × 128). */
export const MATMUL_SHAPES = [
  [256, 256, 256],
  [64, 784, 128],
];
/** The product forms: A·B, A·Bᵀ (B stored [n,k]) and Aᵀ·B (A stored [k,m]). */
export const FORMS = ['nn', 'nt', 'tn'];
/** Display names of the forms. */
export const FORM_NAMES = { nn: 'A·B', nt: 'A·Bᵀ', tn: 'Aᵀ·B' };
/** Minimum timed duration per measurement, in seconds. */
const MIN_SECONDS = 0.6;
/** Untimed warm-up products per measurement (lets the JIT and wasm tiers settle). */
const WARMUP = 10;

/** Times `product()` (one M·K·N product per call) for MIN_SECONDS after a warm-up; returns the GFLOP figures. */
export function timeProduct(product, [m, k, n]) {
  for (let i = 0; i < WARMUP; i++) product();
  let reps = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_SECONDS * 1000) {
    product();
    reps++;
    elapsed = performance.now() - t0;
  }
  const seconds = elapsed / 1000;
  const cpuSeconds = cpuSecondsSince(cpu0);
  const flops = 2 * m * k * n * reps;
  return { reps, seconds, cpuSeconds, gflops: flops / seconds / 1e9, gflopsPerCpuSecond: flops / cpuSeconds / 1e9 }; // prettier-ignore
}

/** Seeded dense operands of one shape (A [m,k] and B [k,n] as stored; the transposed forms reuse them as [k,m] and [n,k]). */
function operands(engine, m, k, n) {
  const rng = engine.createRng(SEED);
  const a = engine.randn([m * k], rng, { dtype: 'float32' }).data;
  const b = engine.randn([k * n], rng, { dtype: 'float32' }).data;
  return { a, b };
}

/** One engine-kernel product of `form` into a reused output (the kernels accumulate: out += op(A)·op(B)). */
function kernelProduct(engine, kernels, backend, form, [m, k, n]) {
  const { a, b } = operands(engine, m, k, n);
  const out = new Float32Array(m * n);
  const fn = { nn: kernels.matmulNN, nt: kernels.matmulNT, tn: kernels.matmulTN }[form];
  return () => {
    engine.setKernelBackend(backend);
    fn(a, b, out, m, k, n);
  };
}

/** One TF.js product of `form` (tf.matMul with its transpose flags); the result is disposed. */
function tfProduct(engine, tf, form, [m, k, n]) {
  const { a, b } = operands(engine, m, k, n);
  const ta = tf.tensor2d(a, form === 'tn' ? [k, m] : [m, k]);
  const tb = tf.tensor2d(b, form === 'nt' ? [n, k] : [k, n]);
  return () => tf.matMul(ta, tb, form === 'tn', form === 'nt').dispose();
}

/** Measures every shape × form on 'wasm' and 'ts' engine kernels and TF.js wasm; returns one record per measurement. */
export function matmulBench(engine, kernels, tf) {
  const records = [];
  for (const shape of MATMUL_SHAPES) {
    const [m, k, n] = shape;
    for (const form of FORMS) {
      const impls = {
        wasm: kernelProduct(engine, kernels, 'wasm', form, shape),
        ts: kernelProduct(engine, kernels, 'ts', form, shape),
        ...(tf ? { tfjs: tfProduct(engine, tf, form, shape) } : {}),
      };
      for (const [impl, product] of Object.entries(impls))
        records.push({ m, k, n, form, impl, ...timeProduct(product, shape) });
    }
  }
  engine.setKernelBackend('auto');
  return records;
}
