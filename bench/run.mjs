// The Node benchmark: bundles the engine, runs each implementation in its own child process for
// a few interleaved rounds, prints the results and README table, and writes reports/bench/node.json.
//   node bench/run.mjs [--rounds=N] [--batches=N] [--cpu-batches=N] [--cpu-seconds=S]
//                      [--only=engine,engine-ts,reference,wasm,cpu,matmul] [--models=mlp,linear,inpaint] [--profile] [--no-build]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, buildEngine } from './engine-bundle.mjs';
import { bestOfRounds, runChild, runRounds } from './children.mjs';
import { BATCH_SIZE, LR, SEED } from './setup.mjs';
import { TARGETS, checkTargets, computeRatios, markdownTables, targetLines } from './report.mjs';

/** Where the JSON report is written. */
export const NODE_REPORT = path.join(REPO_ROOT, 'reports', 'bench', 'node.json');
/** Default interleaved rounds per measurement. */
const DEFAULT_ROUNDS = 2;
/** Default cap on one TF.js-cpu training run (wall seconds); the batches done by then are reported. */
const DEFAULT_CPU_SECONDS = 60;

/** Parses `--key=value` / `--flag` arguments into an options object. */
function parseArgs(argv) {
  const opts = {
    rounds: DEFAULT_ROUNDS,
    batches: Infinity,
    cpuBatches: Infinity,
    cpuSeconds: DEFAULT_CPU_SECONDS,
    only: ['engine', 'engine-ts', 'reference', 'wasm', 'cpu', 'matmul'],
    models: ['mlp', 'linear', 'inpaint'],
    profile: false,
    build: true,
  };
  for (const arg of argv) {
    const [key, value] = arg.replace(/^--/, '').split('=');
    if (key === 'rounds') opts.rounds = Number(value);
    else if (key === 'batches') opts.batches = Number(value);
    else if (key === 'cpu-batches') opts.cpuBatches = Number(value);
    else if (key === 'cpu-seconds') opts.cpuSeconds = Number(value);
    else if (key === 'only') opts.only = value.split(',');
    else if (key === 'models') opts.models = value.split(',');
    else if (key === 'profile') opts.profile = true;
    else if (key === 'no-build') opts.build = false;
    else throw new Error(`bench: unknown argument '${arg}'`);
  }
  return opts;
}

/** Machine facts recorded with the report (the machine is shared, so the load matters). */
function machineInfo() {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpu: cpus[0]?.model,
    cores: cpus.length,
    loadavg: os.loadavg(),
  };
}

/** Prints the table, notes and target checks. */
function printResults({ results, markdown, checks, rounds }) {
  console.log(
    `\nBest of ${rounds} interleaved round${rounds === 1 ? '' : 's'} per column (samples/s: wall clock over the timed training loop; samples/CPU-s: per CPU-second of the process; test accuracy on the 10,000 test digits):\n`,
  );
  console.log(markdown + '\n');
  for (const r of results.filter((x) => !x.fullEpoch)) {
    console.log(
      `Note: ${r.model} on ${r.impl} ran ${r.batches} of ${r.epochBatches} batches (samples/s still comparable; its accuracy is after those batches only).`,
    );
  }
  console.log(
    `First-batch loss (same initial weights, same batch): ${results.map((r) => `${r.model}/${r.impl} ${r.firstLoss.toFixed(5)}`).join(', ')}`,
  );
  for (const model of new Set(results.map((r) => r.model))) {
    const losses = results.filter((r) => r.model === model).map((r) => r.firstLoss);
    if (Math.max(...losses) - Math.min(...losses) > 1e-4 * Math.max(...losses)) {
      console.log(
        `WARNING: ${model} first-batch losses differ: the implementations are not training the same model from the same weights.`,
      );
    }
  }
  for (const line of targetLines(checks)) console.log(line);
}

const opts = parseArgs(process.argv.slice(2));
// A failed run must not leave the previous run's numbers behind for the summary to print.
rmSync(NODE_REPORT, { force: true });
console.log(
  'Chain Rule Node benchmark: MNIST, batch 64, SGD lr 0.1, float32; seeded initial weights and batch order shared by all implementations',
);
if (opts.build) {
  console.log('Bundling src/engine with Vite...');
  await buildEngine();
}
const startedAt = new Date().toISOString();
const machine = machineInfo();
const runs = runRounds(opts);
const results = bestOfRounds(runs);
const matmulRun = opts.only.includes('matmul') ? runChild(['matmul']) : null;
const matmul = matmulRun?.matmul ?? [];
const ratios = computeRatios(results);
const ratiosPerCpuSecond = computeRatios(results, 'samplesPerCpuSec');
const checks = checkTargets(ratios, matmul, ratiosPerCpuSecond);
const caption = `Node ${process.version}, ${machine.cpu} × ${machine.cores} cores (shared; 1-min load ${machine.loadavg[0].toFixed(1)} at start), MNIST (one epoch unless the batches column says otherwise), batch 64, SGD lr 0.1, float32, same initial weights and batch order for all; best of ${opts.rounds} interleaved round${opts.rounds === 1 ? '' : 's'} per column.`;
const markdown = `${caption}\n\n${markdownTables(results, ratios, matmul, matmulRun?.tfjs)}`;
printResults({ results, markdown, checks, rounds: opts.rounds });
mkdirSync(path.dirname(NODE_REPORT), { recursive: true });
const config = {
  seed: SEED,
  batchSize: BATCH_SIZE,
  lr: LR,
  dtype: 'float32',
  rounds: opts.rounds,
  aggregation: 'best round per column',
};
const report = {
  name: 'node',
  startedAt,
  machine: { ...machine, loadavgAfter: os.loadavg() },
  config,
  results,
  runs,
  matmul,
  ratios,
  ratiosPerCpuSecond,
  targets: TARGETS,
  checks,
  markdown,
};
writeFileSync(NODE_REPORT, JSON.stringify(report, null, 2) + '\n');
console.log(`Wrote ${path.relative(REPO_ROOT, NODE_REPORT)}`);
