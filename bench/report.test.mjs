// node --test: ratios, target checks and the markdown table.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkTargets, computeRatios, markdownTables, targetLines } from './report.mjs';

/** Minimal result records: only the fields the report reads. */
const run = (impl, model, samplesPerSec, extra = {}) => ({
  impl,
  model,
  samplesPerSec,
  samplesPerCpuSec: samplesPerSec / 2,
  testAccuracy: 0.9712,
  batches: 938,
  epochBatches: 938,
  fullEpoch: true,
  ...extra,
});
const TF = { version: '4.22.0', simd: true, threads: 1 };
const RESULTS = [
  run('engine', 'mlp', 14000),
  run('wasm', 'mlp', 7000, { tfjs: TF }),
  run('cpu', 'mlp', 2000, { tfjs: TF, batches: 200, fullEpoch: false }),
];

test('computeRatios divides our samples/s by each backend, per model', () => {
  assert.deepEqual(computeRatios(RESULTS), { mlp: { wasm: 2, cpu: 7 } });
  assert.deepEqual(computeRatios([run('wasm', 'mlp', 7000)]), {}, 'no engine run, no ratio');
  const cpuTimed = [
    run('engine', 'mlp', 10, { samplesPerCpuSec: 9 }),
    run('wasm', 'mlp', 10, { samplesPerCpuSec: 3 }),
  ];
  assert.deepEqual(computeRatios(cpuTimed, 'samplesPerCpuSec'), { mlp: { wasm: 3 } });
});

/** Matmul records of one 64×784×128 form: wasm, ts and tfjs GFLOP/s (per CPU-second twice as high). */
const mm = (form, wasm, ts, tfjs) =>
  [
    ['wasm', wasm],
    ['ts', ts],
    ['tfjs', tfjs],
  ].map(([impl, gflops]) => ({
    m: 64,
    k: 784,
    n: 128,
    form,
    impl,
    gflops,
    gflopsPerCpuSecond: 2 * gflops,
  }));
const MATMUL = [...mm('nn', 30, 3, 20), ...mm('tn', 15, 3.5, 2)];

test('checkTargets marks each target met or missed against its goal', () => {
  const checks = checkTargets({ mlp: { wasm: 1.5, cpu: 7 } }, MATMUL, { mlp: { wasm: 3.5 } });
  assert.deepEqual(
    checks.slice(0, 3).map((c) => [c.name, c.met]),
    [
      ['MLP: ours / TF.js wasm', false],
      ['MLP: ours / TF.js cpu', true],
      ['MLP per CPU-second: ours / TF.js wasm', true],
    ],
  );
  // A·Bᵀ-free fixture: A·B is 10× TS and 1.5× TF.js's best form (its A·B, 20); Aᵀ·B is 4.3× TS and 0.75× that best.
  assert.deepEqual(
    checks.slice(3, 7).map((c) => [c.name, Number(c.value.toFixed(2)), c.met]),
    [
      ['matmul 64×784×128 A·B: wasm / TypeScript', 10, true],
      ['matmul 64×784×128 A·B: wasm / TF.js wasm best form', 1.5, true],
      ['matmul 64×784×128 Aᵀ·B: wasm / TypeScript', 4.29, false],
      ['matmul 64×784×128 Aᵀ·B: wasm / TF.js wasm best form', 0.75, false],
    ],
  );
  assert.equal(checks.length, 3 + 8, 'the four matmul checks again per CPU-second');
  assert.match(
    targetLines(checks)[0],
    /^\[MISSED\] MLP: ours \/ TF.js wasm = 1\.50× \(target ≥ 3×\)$/,
  );
});

test('markdownTables prints one row per run with its ratio, and the matmul table', () => {
  const results = [...RESULTS, run('engine-ts', 'mlp', 7000), run('engine', 'inpaint', 5000, { testAccuracy: null, testLoss: 12.345 })]; // prettier-ignore
  const md = markdownTables(results, computeRatios(results), MATMUL, TF);
  const lines = md.split('\n');
  assert.equal(
    lines[2],
    '| MLP 784-128-10 (ReLU) | Chain Rule engine (wasm SIMD kernels) | 938 (1 epoch) | 14,000 | 7,000 | 97.12% | — |',
  );
  assert.equal(
    lines[3],
    '| MLP 784-128-10 (ReLU) | TF.js 4.22.0 wasm (SIMD, 1 thread) | 938 (1 epoch) | 7,000 | 3,500 | 97.12% | 2.00× |',
  );
  assert.equal(
    lines[4],
    '| MLP 784-128-10 (ReLU) | TF.js 4.22.0 cpu | 200 of 938 | 2,000 | 1,000 | 97.12% | 7.00× |',
  );
  assert.equal(
    lines[5],
    '| MLP 784-128-10 (ReLU) | Chain Rule engine (TypeScript kernels) | 938 (1 epoch) | 7,000 | 3,500 | 97.12% | 2.00× |',
  );
  assert.ok(
    lines[6].includes('| Inpainting MLP 784-256-784 (ReLU) |') &&
      lines[6].includes('| loss 12.35 |'),
  );
  assert.ok(
    md.includes(
      '| 64×784 · 784×128 | A·B | 30.0 / 60.0 | 3.0 / 6.0 | 20.0 / 40.0 | 10.0× / 10.0× | 1.5× / 1.5× |',
    ),
  );
  assert.ok(
    md.includes(
      '| 64×784 · 784×128 | Aᵀ·B | 15.0 / 30.0 | 3.5 / 7.0 | 2.0 / 4.0 | 4.3× / 4.3× | 0.8× / 0.8× |',
    ),
  );
});
