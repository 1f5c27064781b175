// Profiles the training worker's code path in Node: bundles src/worker/trainer.ts (Vite), loads the
// site's MNIST files (public/mnist, `npm run data`) and runs the worker's one-epoch benchmark config
// (784-128-10 ReLU, softmax CE, SGD lr 0.1, batch 64, seed 1) for N steps, then prints ms per step.
//   node [--cpu-prof --cpu-prof-dir=bench/results] bench/profile-trainer.mjs [--steps=N] [--kernels=wasm|ts] [--no-build] [--bundle=built.mjs] [--optimizer=sgd|adam]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, buildEngine } from './engine-bundle.mjs';

/** Where the trainer bundle is written (git-ignored, like all of bench/results). */
const BUNDLE = path.join(REPO_ROOT, 'bench', 'results', 'trainer', 'engine.mjs');

/** Reads split `split` of the site's MNIST files into {images, labels, count}. */
function loadSplit(split) {
  const dir = path.join(REPO_ROOT, 'public', 'mnist');
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const read = (entry) => gunzipSync(readFileSync(path.join(dir, entry.file)));
  const chunks = manifest[split].chunks;
  const images = Buffer.concat(chunks.map((c) => read(c.images)));
  const labels = Buffer.concat(chunks.map((c) => read(c.labels)));
  return { images: new Uint8Array(images), labels: new Uint8Array(labels), count: labels.length };
}

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const steps = Number(args.steps ?? 300);
const bundle = args.bundle ? path.resolve(args.bundle) : BUNDLE;
if (!args['no-build'] && !args.bundle)
  await buildEngine(path.join(REPO_ROOT, 'bench', 'trainer-entry.mjs'), BUNDLE);
const lib = await import(pathToFileURL(bundle).href);
lib.setKernelBackend(args.kernels ?? 'auto');
const train = lib.mnistClassification(loadSplit('train'));
const test = lib.mnistClassification(loadSplit('test'));
const config = {
  model: { kind: 'mlp', hidden: [128], activation: 'relu' },
  task: { kind: 'classification' },
  dataset: { kind: 'mnist', trainCount: 60000 },
  optimizer: args.optimizer ?? 'sgd',
  hyper: { lr: args.optimizer === 'adam' ? 0.001 : 0.1, momentum: 0, batchSize: 64, evalEvery: 0 },
  seed: 1,
  maxEpochs: 1,
};
const trainer = new lib.Trainer(config, { train, test });
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let loss = 0;
for (let s = 0; s < steps; s++) loss = trainer.step().loss;
const ms = performance.now() - t0;
const { user, system } = process.cpuUsage(cpu0);
const cpuMs = (user + system) / 1000;
const e0 = performance.now();
const evaluation = trainer.evaluate();
const evalMs = performance.now() - e0;
console.log(
  `${steps} steps in ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (${(cpuMs / steps).toFixed(3)} CPU-ms/step, epoch of 938 ≈ ${((cpuMs / steps) * 938).toFixed(0)} CPU-ms); last loss ${loss.toFixed(5)}; evaluate ${evalMs.toFixed(0)} ms, test accuracy ${evaluation.testAccuracy}`,
);
