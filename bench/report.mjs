// Formats the Node benchmark's results: ratios, target checks and the README's markdown tables.

/**
 * The targets the issues set for this machine: MLP samples/s against TF.js (wasm, cpu); each matmul
 * form on the wasm kernels against the TypeScript kernels and against TF.js-wasm's best form.
 */
export const TARGETS = { mlpVsWasm: 3, mlpVsCpu: 6, matmulVsTs: 5, matmulVsTfjs: 1 };
/** Display names of the implementations. */
const IMPL_NAMES = {
  engine: 'Chain Rule engine (wasm SIMD kernels)',
  'engine-ts': 'Chain Rule engine (TypeScript kernels)',
  reference: 'hand-written Float32Array loops (yardstick)',
};
/** Display names of the models. */
const MODEL_NAMES = {
  mlp: 'MLP 784-128-10 (ReLU)',
  linear: 'Linear 784-10',
  inpaint: 'Inpainting MLP 784-256-784 (ReLU)',
};
/** Display names of the matmul forms. */
const FORM_NAMES = { nn: 'A·B', nt: 'A·Bᵀ', tn: 'Aᵀ·B' };

/** Our `field` (samples/s by default) divided by each other implementation's, per model: {mlp: {wasm, cpu, ...}, ...}. */
export function computeRatios(results, field = 'samplesPerSec') {
  const ratios = {};
  for (const r of results) {
    const ours = results.find((o) => o.impl === 'engine' && o.model === r.model);
    if (r.impl === 'engine' || !ours) continue;
    (ratios[r.model] ??= {})[r.impl] = ours[field] / r[field];
  }
  return ratios;
}

/** The matmul record of (shape of `m`, form, impl), or undefined. */
const findMatmul = (matmul, m, form, impl) =>
  matmul.find((r) => r.m === m.m && r.k === m.k && r.n === m.n && r.form === form && r.impl === impl); // prettier-ignore

/** TF.js-wasm's best form for the shape of `m`, by `field`; undefined without TF.js records. */
function bestTfjs(matmul, m, field) {
  const values = matmul
    .filter((r) => r.impl === 'tfjs' && r.m === m.m && r.k === m.k && r.n === m.n)
    .map((r) => r[field]);
  return values.length ? Math.max(...values) : undefined;
}

/** Per wasm matmul record: its GFLOP/s over the TS kernels' and over TF.js-wasm's best form, by `field`. */
export function matmulRatios(matmul = [], field = 'gflops') {
  return matmul
    .filter((r) => r.impl === 'wasm')
    .map((r) => {
      const ts = findMatmul(matmul, r, r.form, 'ts');
      const tf = bestTfjs(matmul, r, field);
      return {
        m: r.m,
        k: r.k,
        n: r.n,
        form: r.form,
        vsTs: ts ? r[field] / ts[field] : undefined,
        vsTfjsBest: tf ? r[field] / tf : undefined,
      };
    });
}

/** Each target with its measured value and whether it is met, by wall clock and by CPU time (missing measurements are skipped). */
export function checkTargets(ratios, matmul, ratiosPerCpuSecond = {}) {
  const checks = [];
  const add = (name, value, goal, unit) => {
    if (value !== undefined) checks.push({ name, value, goal, unit, met: value >= goal });
  };
  add('MLP: ours / TF.js wasm', ratios.mlp?.wasm, TARGETS.mlpVsWasm, '×');
  add('MLP: ours / TF.js cpu', ratios.mlp?.cpu, TARGETS.mlpVsCpu, '×');
  add('MLP per CPU-second: ours / TF.js wasm', ratiosPerCpuSecond.mlp?.wasm, TARGETS.mlpVsWasm, '×'); // prettier-ignore
  add('MLP per CPU-second: ours / TF.js cpu', ratiosPerCpuSecond.mlp?.cpu, TARGETS.mlpVsCpu, '×');
  for (const [field, suffix] of [
    ['gflops', ''],
    ['gflopsPerCpuSecond', ' per CPU-second'],
  ]) {
    for (const r of matmulRatios(matmul, field)) {
      const name = `matmul ${r.m}×${r.k}×${r.n} ${FORM_NAMES[r.form]}${suffix}: wasm`;
      add(`${name} / TypeScript`, r.vsTs, TARGETS.matmulVsTs, '×');
      add(`${name} / TF.js wasm best form`, r.vsTfjsBest, TARGETS.matmulVsTfjs, '×');
    }
  }
  return checks;
}

/** Formats a number with thousands separators and `digits` decimals. */
const fmt = (x, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Describes one implementation's row label, e.g. "TF.js 4.22.0 wasm (SIMD, 1 thread)". */
function implLabel(r) {
  if (IMPL_NAMES[r.impl]) return IMPL_NAMES[r.impl];
  const t = r.tfjs;
  const extra =
    r.impl === 'wasm'
      ? ` (${t.simd ? 'SIMD' : 'no SIMD'}, ${t.threads} thread${t.threads === 1 ? '' : 's'})`
      : '';
  return `TF.js ${t.version} ${r.impl}${extra}`;
}

/** Test accuracy for classifiers, mean ½‖ŷ − x‖² per test image for the inpainting model. */
const score = (r) =>
  r.testAccuracy === null || r.testAccuracy === undefined
    ? `loss ${fmt(r.testLoss ?? NaN, 2)}`
    : `${fmt(100 * r.testAccuracy, 2)}%`;

/** The training table: one row per (model, implementation). */
function trainingTable(results, ratios) {
  const lines = [
    '| model | implementation | batches | samples/s | samples/CPU-s | test accuracy | ours ÷ this |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const value = ratios[r.model]?.[r.impl];
    const ratio = r.impl === 'engine' ? '—' : value === undefined ? 'n/a' : `${fmt(value, 2)}×`;
    const batches = r.fullEpoch ? `${r.batches} (1 epoch)` : `${r.batches} of ${r.epochBatches}`;
    lines.push(
      `| ${MODEL_NAMES[r.model]} | ${implLabel(r)} | ${batches} | ${fmt(r.samplesPerSec)} | ${fmt(r.samplesPerCpuSec)} | ${score(r)} | ${ratio} |`,
    );
  }
  return lines;
}

/** The matmul table: GFLOP/s (wall / per CPU-second) per shape and form on each implementation. */
function matmulTable(matmul, tfjs) {
  const tfName = tfjs ? `TF.js ${tfjs.version} wasm (${tfjs.threads} thread)` : 'TF.js wasm';
  const lines = [
    `| product (float32) | form | wasm kernels | TypeScript kernels | ${tfName} | wasm ÷ TS | wasm ÷ TF.js best form |`,
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  const cell = (r) => (r ? `${fmt(r.gflops, 1)} / ${fmt(r.gflopsPerCpuSecond, 1)}` : 'n/a');
  const ratio = (x, y) => (x !== undefined && y !== undefined ? `${fmt(x, 1)}× / ${fmt(y, 1)}×` : 'n/a'); // prettier-ignore
  const wall = matmulRatios(matmul, 'gflops');
  const cpu = matmulRatios(matmul, 'gflopsPerCpuSecond');
  matmul
    .filter((r) => r.impl === 'wasm')
    .forEach((r, i) => {
      const [w, c] = [wall[i], cpu[i]];
      lines.push(
        `| ${r.m}×${r.k} · ${r.k}×${r.n} | ${FORM_NAMES[r.form]} | ${cell(r)} | ${cell(findMatmul(matmul, r, r.form, 'ts'))} | ${cell(findMatmul(matmul, r, r.form, 'tfjs'))} | ${ratio(w.vsTs, c.vsTs)} | ${ratio(w.vsTfjsBest, c.vsTfjsBest)} |`,
      );
    });
  return lines;
}

/** The markdown tables (training, then matmul in GFLOP/s wall / per CPU-second) the lead pastes into the README. */
export function markdownTables(results, ratios, matmul, tfjs) {
  const lines = trainingTable(results, ratios);
  if (matmul?.length) lines.push('', ...matmulTable(matmul, tfjs));
  return lines.join('\n');
}

/** Human-readable target lines, e.g. "[met] MLP: ours / TF.js wasm = 2.31× (target ≥ 2×)". */
export function targetLines(checks) {
  return checks.map(
    (c) =>
      `[${c.met ? 'met' : 'MISSED'}] ${c.name} = ${fmt(c.value, 2)}${c.unit} (target ≥ ${c.goal}${c.unit})`,
  );
}
