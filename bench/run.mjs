// The Node benchmark: bundles the engine, runs each implementation in its own child process,
// prints the results and README table, and writes reports/bench/node.json.
//   node bench/run.mjs [--batches=N] [--cpu-batches=N] [--only=engine,wasm,cpu,matmul] [--models=mlp,linear] [--profile] [--no-build]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, buildEngine } from './engine-bundle.mjs';
import { RESULT_PREFIX } from './child-protocol.mjs';
import { BATCH_SIZE, LR, SEED } from './setup.mjs';
import { TARGETS, checkTargets, computeRatios, markdownTables, targetLines } from './report.mjs';

/** Where the JSON report is written. */
export const NODE_REPORT = path.join(REPO_ROOT, 'reports', 'bench', 'node.json');
/** Lines of TF.js's "install tfjs-node" banner, dropped from the forwarded stderr. */
const BANNER = /tfjs-node|running TensorFlow\.js in Node|^=+\s*$/;

/** Parses `--key=value` / `--flag` arguments into an options object. */
function parseArgs(argv) {
  const opts = { batches: Infinity, cpuBatches: Infinity, only: ['engine', 'wasm', 'cpu', 'matmul'], models: ['mlp', 'linear'], profile: false, build: true };
  for (const arg of argv) {
    const [key, value] = arg.replace(/^--/, '').split('=');
    if (key === 'batches') opts.batches = Number(value);
    else if (key === 'cpu-batches') opts.cpuBatches = Number(value);
    else if (key === 'only') opts.only = value.split(',');
    else if (key === 'models') opts.models = value.split(',');
    else if (key === 'profile') opts.profile = true;
    else if (key === 'no-build') opts.build = false;
    else throw new Error(`bench: unknown argument '${arg}'`);
  }
  return opts;
}

/** Runs `node bench/child.mjs ...args` and returns the parsed result record. */
function runChild(args, nodeFlags = []) {
  const child = path.join(REPO_ROOT, 'bench', 'child.mjs');
  const out = spawnSync(process.execPath, [...nodeFlags, child, ...args], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  const stderr = (out.stderr ?? '').split('\n').filter((l) => l.trim() && !BANNER.test(l));
  if (stderr.length) process.stderr.write(stderr.join('\n') + '\n');
  const line = (out.stdout ?? '').split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (out.status !== 0 || !line) throw new Error(`bench: child '${args.join(' ')}' failed (exit ${out.status})`);
  return JSON.parse(line.slice(RESULT_PREFIX.length));
}

/** Runs every selected (model, implementation) training measurement in order. */
function runTrainings(opts) {
  const results = [];
  for (const model of opts.models) {
    for (const impl of ['engine', 'wasm', 'cpu'].filter((i) => opts.only.includes(i))) {
      const maxBatches = Math.min(opts.batches, impl === 'cpu' ? opts.cpuBatches : Infinity);
      const flags = opts.profile && impl === 'engine' ? ['--cpu-prof', `--cpu-prof-dir=${path.join(REPO_ROOT, 'bench', 'results')}`] : [];
      process.stdout.write(`  ${model} on ${impl}... `);
      const r = runChild([impl, model, String(maxBatches)], flags);
      process.stdout.write(`${Math.round(r.samplesPerSec)} samples/s, test accuracy ${(100 * r.testAccuracy).toFixed(2)}% (${r.batches} batches in ${r.seconds.toFixed(1)} s)\n`);
      results.push(r);
    }
  }
  return results;
}

/** Machine facts recorded with the report (the machine is shared, so the load matters). */
function machineInfo() {
  const cpus = os.cpus();
  return { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpu: cpus[0]?.model, cores: cpus.length, loadavg: os.loadavg() };
}

const opts = parseArgs(process.argv.slice(2));
console.log('Chain Rule Node benchmark: MNIST, batch 64, SGD lr 0.1, seeded init and batch order shared by all implementations');
if (opts.build) {
  console.log('Bundling src/engine with Vite...');
  await buildEngine();
}
const startedAt = new Date().toISOString();
const machine = machineInfo();
const results = runTrainings(opts);
const matmul = opts.only.includes('matmul') ? runChild(['matmul']).matmul : [];
const ratios = computeRatios(results);
const checks = checkTargets(ratios, matmul);
const markdown = markdownTables(results, ratios, matmul);
const partialCpu = results.filter((r) => r.impl === 'cpu' && !r.fullEpoch);
console.log('\n' + markdown + '\n');
if (partialCpu.length) console.log(`Note: TF.js cpu ran ${partialCpu[0].batches} of ${partialCpu[0].epochBatches} batches (samples/s still comparable; its accuracy is after those batches only).`);
console.log(`First-batch loss (same initial weights, same batch): ${results.map((r) => `${r.model}/${r.impl} ${r.firstLoss.toFixed(5)}`).join(', ')}`);
for (const line of targetLines(checks)) console.log(line);
mkdirSync(path.dirname(NODE_REPORT), { recursive: true });
const report = { name: 'node', startedAt, machine: { ...machine, loadavgAfter: os.loadavg() }, config: { seed: SEED, batchSize: BATCH_SIZE, lr: LR, dtype: 'float32' }, results, matmul, ratios, targets: TARGETS, checks, markdown };
writeFileSync(NODE_REPORT, JSON.stringify(report, null, 2) + '\n');
console.log(`Wrote ${path.relative(REPO_ROOT, NODE_REPORT)}`);
