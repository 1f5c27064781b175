// Our engine's float32 matmul throughput in GFLOP/s (2·M·K·N flops per product, dense random inputs).
import { SEED, cpuSecondsSince } from './setup.mjs';

/** The [M, K, N] products measured: a square cube and the MLP's first layer (batch × 784 × 128). */
export const MATMUL_SHAPES = [
  [256, 256, 256],
  [64, 784, 128],
];
/** Minimum timed duration per shape, in seconds. */
const MIN_SECONDS = 1;
/** Untimed warm-up products per shape (lets the JIT compile the kernel). */
const WARMUP = 10;

/** Times `a.matmul(b)` for one shape; returns {m, k, n, reps, seconds, cpuSeconds, gflops, gflopsPerCpuSecond}. */
export function timeMatmul(engine, [m, k, n]) {
  const rng = engine.createRng(SEED);
  const a = engine.randn([m, k], rng, { dtype: 'float32' });
  const b = engine.randn([k, n], rng, { dtype: 'float32' });
  engine.noGrad(() => {
    for (let i = 0; i < WARMUP; i++) a.matmul(b);
  });
  let reps = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let elapsed = 0;
  engine.noGrad(() => {
    while (elapsed < MIN_SECONDS * 1000) {
      a.matmul(b);
      reps++;
      elapsed = performance.now() - t0;
    }
  });
  const seconds = elapsed / 1000;
  const cpuSeconds = cpuSecondsSince(cpu0);
  const flops = 2 * m * k * n * reps;
  return {
    m,
    k,
    n,
    reps,
    seconds,
    cpuSeconds,
    gflops: flops / seconds / 1e9,
    gflopsPerCpuSecond: flops / cpuSeconds / 1e9,
  };
}

/** Measures every shape in MATMUL_SHAPES. */
export function matmulBench(engine) {
  return MATMUL_SHAPES.map((shape) => timeMatmul(engine, shape));
}
