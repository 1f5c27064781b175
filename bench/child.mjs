// One measurement in a fresh Node process (so JIT and heap state do not leak between runs):
//   node bench/child.mjs <engine|reference|wasm|cpu> <mlp|linear> [maxBatches] [maxSeconds]
//   node bench/child.mjs matmul
// Prints one line `BENCH_RESULT <json>` on stdout; everything else is diagnostics.
import { importEngine, REPO_ROOT } from './engine-bundle.mjs';
import { loadMnist } from './mnist-idx.mjs';
import { MODELS, batchOrder, initialLayers, makeEngineModel } from './setup.mjs';
import { evalEngine, trainEngine } from './train-engine.mjs';
import { matmulBench } from './matmul.mjs';
import { buildReference, evalReference, trainReference } from './reference-mlp.mjs';
import { RESULT_PREFIX } from './child-protocol.mjs';

/** Trains and evaluates one implementation on one model; returns its result record. */
async function runTraining(engine, impl, modelName, limits) {
  const sizes = MODELS[modelName];
  if (!sizes) throw new Error(`bench: unknown model '${modelName}'`);
  const { train, test } = loadMnist(REPO_ROOT);
  const order = batchOrder(engine, train.n);
  const engineModel = makeEngineModel(engine, sizes);
  const base = { impl, model: modelName, sizes };
  if (impl === 'engine') {
    const run = trainEngine(engine, engineModel, train, order, limits);
    return { ...base, ...run, testAccuracy: evalEngine(engine, engineModel, test) };
  }
  if (impl === 'reference') {
    const model = buildReference(initialLayers(engineModel));
    const run = trainReference(model, train, order, limits);
    return { ...base, ...run, testAccuracy: evalReference(model, test) };
  }
  const { initTfjs, buildTfModel, trainTfjs, evalTfjs } = await import('./train-tfjs.mjs');
  const { tf, info } = await initTfjs(impl);
  const tfModel = buildTfModel(tf, initialLayers(engineModel));
  const run = trainTfjs(tf, tfModel, train, order, limits);
  return { ...base, tfjs: info, ...run, testAccuracy: evalTfjs(tf, tfModel, test) };
}

const [impl, modelName, maxBatches, maxSeconds] = process.argv.slice(2);
const limits = {
  maxBatches: Number(maxBatches ?? Infinity),
  maxSeconds: Number(maxSeconds ?? Infinity),
};
const engine = await importEngine();
const result =
  impl === 'matmul'
    ? { impl, matmul: matmulBench(engine) }
    : await runTraining(engine, impl, modelName, limits);
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
