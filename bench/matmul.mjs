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
/** Timed windows per measurement, interleaved across the implementations of one shape and form. */
const WINDOWS = 5;
/** Minimum duration of one timed window, in seconds. */
const WINDOW_SECONDS = 0.15;
/** Untimed warm-up products per measurement (lets the JIT and wasm tiers settle). */
const WARMUP = 10;

/** Times `product()` (one M·K·N product per call) for at least `seconds`; returns the GFLOP figures of that window. */
export function timeProduct(product, [m, k, n], seconds = WINDOW_SECONDS) {
  let reps = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    product();
    reps++;
    elapsed = performance.now() - t0;
  }
  const cpuSeconds = cpuSecondsSince(cpu0);
  const flops = 2 * m * k * n * reps;
  return { reps, seconds: elapsed / 1000, cpuSeconds, gflops: flops / (elapsed / 1e3) / 1e9, gflopsPerCpuSecond: flops / cpuSeconds / 1e9 }; // prettier-ignore
}

/**
 * Times each implementation's product in WINDOWS windows taken in turn (A, B, C, A, B, C, …), so a
 * burst of load from other jobs hits them all alike; each figure is that implementation's best window.
 */
function interleaved(products, shape) {
  for (const product of Object.values(products)) for (let i = 0; i < WARMUP; i++) product();
  const windows = Object.fromEntries(Object.keys(products).map((impl) => [impl, []]));
  for (let w = 0; w < WINDOWS; w++)
    for (const [impl, product] of Object.entries(products))
      windows[impl].push(timeProduct(product, shape));
  return Object.entries(windows).map(([impl, ws]) => ({
    impl,
    windows: ws.length,
    reps: ws.reduce((s, x) => s + x.reps, 0),
    seconds: ws.reduce((s, x) => s + x.seconds, 0),
    cpuSeconds: ws.reduce((s, x) => s + x.cpuSeconds, 0),
    gflops: Math.max(...ws.map((x) => x.gflops)),
    gflopsPerCpuSecond: Math.max(...ws.map((x) => x.gflopsPerCpuSecond)),
  }));
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
      for (const record of interleaved(impls, shape)) records.push({ m, k, n, form, ...record });
    }
  }
  engine.setKernelBackend('auto');
  return records;
}
