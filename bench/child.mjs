// One measurement in a fresh Node process (so JIT and heap state do not leak between runs):
//   node bench/child.mjs <engine|engine-ts|reference|wasm|cpu> <mlp|linear|inpaint> [maxBatches] [maxSeconds]
//   node bench/child.mjs matmul
// `engine` runs the engine as the course does (wasm SIMD kernels where available); `engine-ts` forces
// its TypeScript kernels.
// Prints one line `BENCH_RESULT <json>` on stdout; everything else is diagnostics.
import { importEngine, REPO_ROOT } from './engine-bundle.mjs';
import { loadMnist } from './mnist-idx.mjs';
import { MODELS, REGRESSION_MODELS, batchOrder, initialLayers, makeEngineModel } from './setup.mjs';
import { evalEngine, evalEngineInpaint, trainEngine, trainEngineInpaint } from './train-engine.mjs';
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
  if (impl === 'engine' || impl === 'engine-ts') {
    engine.setKernelBackend(impl === 'engine' ? 'auto' : 'ts');
    const kernels = engine.kernelStatus().wasmAvailable && impl === 'engine' ? 'wasm' : 'ts';
    if (REGRESSION_MODELS.has(modelName)) {
      const run = trainEngineInpaint(engine, engineModel, train, order, limits);
      return { ...base, kernels, ...run, testAccuracy: null, testLoss: evalEngineInpaint(engine, engineModel, test) }; // prettier-ignore
    }
    const run = trainEngine(engine, engineModel, train, order, limits);
    return { ...base, kernels, ...run, testAccuracy: evalEngine(engine, engineModel, test) };
  }
  if (REGRESSION_MODELS.has(modelName))
    throw new Error(`bench: '${modelName}' is measured on the engine only`);
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
/** The matmul measurements, with TF.js's wasm backend beside the engine's kernels. */
async function runMatmul() {
  const { initTfjs } = await import('./train-tfjs.mjs');
  const { tf, info } = await initTfjs('wasm');
  return { impl: 'matmul', tfjs: info, matmul: matmulBench(engine, engine, tf) };
}

const result =
  impl === 'matmul' ? await runMatmul() : await runTraining(engine, impl, modelName, limits);
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
