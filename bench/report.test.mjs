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

test('checkTargets marks each target met or missed against its goal', () => {
  const checks = checkTargets(
    { mlp: { wasm: 1.5, cpu: 7 } },
    [{ m: 256, k: 256, n: 256, gflops: 5.5 }],
    { mlp: { wasm: 2.5 } },
  );
  assert.deepEqual(
    checks.map((c) => [c.name, c.met]),
    [
      ['MLP: ours / TF.js wasm', false],
      ['MLP: ours / TF.js cpu', true],
      ['MLP per CPU-second: ours / TF.js wasm', true],
      ['matmul 256×256×256 GFLOP/s', true],
    ],
  );
  assert.match(
    targetLines(checks)[0],
    /^\[MISSED\] MLP: ours \/ TF.js wasm = 1\.50× \(target ≥ 2×\)$/,
  );
});

test('markdownTables prints one row per run with its ratio, and the matmul table', () => {
  const md = markdownTables(RESULTS, computeRatios(RESULTS), [
    { m: 64, k: 784, n: 128, gflops: 6.25, gflopsPerCpuSecond: 7.5 },
  ]);
  const lines = md.split('\n');
  assert.equal(
    lines[2],
    '| MLP 784-128-10 (ReLU) | Chain Rule engine | 938 (1 epoch) | 14,000 | 7,000 | 97.12% | — |',
  );
  assert.equal(
    lines[3],
    '| MLP 784-128-10 (ReLU) | TF.js 4.22.0 wasm (SIMD, 1 thread) | 938 (1 epoch) | 7,000 | 3,500 | 97.12% | 2.00× |',
  );
  assert.equal(
    lines[4],
    '| MLP 784-128-10 (ReLU) | TF.js 4.22.0 cpu | 200 of 938 | 2,000 | 1,000 | 97.12% | 7.00× |',
  );
  assert.ok(md.includes('| 64×784 · 784×128 | 6.25 | 7.50 |'));
});
