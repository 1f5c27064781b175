// Runs measurements in child processes (bench/child.mjs) and aggregates interleaved rounds.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './engine-bundle.mjs';
import { RESULT_PREFIX } from './child-protocol.mjs';

/** Lines of TF.js's "install tfjs-node" banner, dropped from the forwarded stderr. */
const BANNER = /tfjs-node|running TensorFlow\.js in Node|^=+\s*$/;
/** Training implementations in the order each round runs them. */
export const IMPLS = ['engine', 'engine-ts', 'reference', 'wasm', 'cpu'];
/** Implementations that train each model (default: all); the inpainting regression runs on the engine only. */
const MODEL_IMPLS = { inpaint: ['engine', 'engine-ts'] };

/** Runs `node bench/child.mjs ...args` and returns the parsed result record (with the load average). */
export function runChild(args, nodeFlags = []) {
  const child = path.join(REPO_ROOT, 'bench', 'child.mjs');
  const loadBefore = os.loadavg()[0];
  const out = spawnSync(process.execPath, [...nodeFlags, child, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const stderr = (out.stderr ?? '').split('\n').filter((l) => l.trim() && !BANNER.test(l));
  if (stderr.length) process.stderr.write(stderr.join('\n') + '\n');
  const line = (out.stdout ?? '').split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (out.status !== 0 || !line)
    throw new Error(`bench: child '${args.join(' ')}' failed (exit ${out.status})`);
  return { ...JSON.parse(line.slice(RESULT_PREFIX.length)), loadavg1m: loadBefore };
}

/** Node flags that write a CPU profile of a child into bench/results/. */
export function profileFlags() {
  return ['--cpu-prof', `--cpu-prof-dir=${path.join(REPO_ROOT, 'bench', 'results')}`];
}

/** Runs every selected (model, implementation) for `opts.rounds` interleaved rounds; returns all runs. */
export function runRounds(opts) {
  const runs = [];
  for (let round = 1; round <= opts.rounds; round++) {
    console.log(`Round ${round} of ${opts.rounds}`);
    for (const model of opts.models) {
      const impls = MODEL_IMPLS[model] ?? IMPLS;
      for (const impl of impls.filter((i) => opts.only.includes(i))) {
        const maxBatches = Math.min(opts.batches, impl === 'cpu' ? opts.cpuBatches : Infinity);
        const maxSeconds = impl === 'cpu' ? opts.cpuSeconds : Infinity;
        const flags = opts.profile && impl === 'engine' && round === 1 ? profileFlags() : [];
        process.stdout.write(`  ${model} on ${impl}... `);
        const r = runChild([impl, model, String(maxBatches), String(maxSeconds)], flags);
        const score =
          r.testAccuracy === null
            ? `test loss ${r.testLoss.toFixed(3)}`
            : `test accuracy ${(100 * r.testAccuracy).toFixed(2)}%`;
        console.log(
          `${Math.round(r.samplesPerSec)} samples/s, ${score} (${r.batches} batches in ${r.seconds.toFixed(1)} s, load ${r.loadavg1m.toFixed(1)})`,
        );
        runs.push({ ...r, round });
      }
    }
  }
  return runs;
}

/**
 * Per (model, implementation): the round with the best wall-clock samples/s (least disturbed by other
 * load), its samples per CPU-second replaced by the best over the rounds, and every round's figures listed.
 */
export function bestOfRounds(runs) {
  const best = new Map();
  for (const r of runs) {
    const key = `${r.model}/${r.impl}`;
    const prev = best.get(key);
    const keep = !prev || r.samplesPerSec > prev.samplesPerSec ? r : prev;
    best.set(key, {
      ...keep,
      samplesPerCpuSec: Math.max(r.samplesPerCpuSec, prev?.samplesPerCpuSec ?? -Infinity),
      roundsSamplesPerSec: [...(prev?.roundsSamplesPerSec ?? []), r.samplesPerSec],
      roundsSamplesPerCpuSec: [...(prev?.roundsSamplesPerCpuSec ?? []), r.samplesPerCpuSec],
    });
  }
  return [...best.values()];
}
