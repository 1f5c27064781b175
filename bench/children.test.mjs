// node --test: aggregation of interleaved rounds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestOfRounds } from './children.mjs';

test('bestOfRounds keeps the fastest round per (model, implementation) and lists every round', () => {
  const runs = [
    { model: 'mlp', impl: 'engine', samplesPerSec: 100, round: 1 },
    { model: 'mlp', impl: 'wasm', samplesPerSec: 80, round: 1 },
    { model: 'mlp', impl: 'engine', samplesPerSec: 120, round: 2 },
    { model: 'mlp', impl: 'wasm', samplesPerSec: 70, round: 2 },
  ];
  const best = bestOfRounds(runs);
  assert.deepEqual(best.map((r) => [r.impl, r.samplesPerSec, r.round, r.roundsSamplesPerSec]), [
    ['engine', 120, 2, [100, 120]],
    ['wasm', 80, 1, [80, 70]],
  ]);
});
