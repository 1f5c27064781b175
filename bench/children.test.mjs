// node --test: aggregation of interleaved rounds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestOfRounds } from './children.mjs';

test('bestOfRounds keeps the fastest round per (model, implementation), the best samples per CPU-second, and lists every round', () => {
  const runs = [
    { model: 'mlp', impl: 'engine', samplesPerSec: 100, samplesPerCpuSec: 200, round: 1 },
    { model: 'mlp', impl: 'wasm', samplesPerSec: 80, samplesPerCpuSec: 90, round: 1 },
    { model: 'mlp', impl: 'engine', samplesPerSec: 120, samplesPerCpuSec: 150, round: 2 },
    { model: 'mlp', impl: 'wasm', samplesPerSec: 70, samplesPerCpuSec: 95, round: 2 },
  ];
  const best = bestOfRounds(runs);
  assert.deepEqual(
    best.map((r) => [
      r.impl,
      r.samplesPerSec,
      r.round,
      r.samplesPerCpuSec,
      r.roundsSamplesPerSec,
      r.roundsSamplesPerCpuSec,
    ]),
    [
      ['engine', 120, 2, 200, [100, 120], [200, 150]],
      ['wasm', 80, 1, 95, [80, 70], [90, 95]],
    ],
  );
});
