// Formats the Node benchmark's results: ratios, target checks and the README's markdown table.

/** The targets the issue sets for this machine. */
export const TARGETS = { mlpVsWasm: 2, mlpVsCpu: 6, matmulGflops: 5 };
/** Display names of the implementations. */
const IMPL_NAMES = {
  engine: 'Chain Rule engine',
  reference: 'hand-written Float32Array loops (yardstick)',
};
/** Display names of the models. */
const MODEL_NAMES = { mlp: 'MLP 784-128-10 (ReLU)', linear: 'Linear 784-10' };

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

/** Each target with its measured value and whether it is met, by wall clock and by CPU time (missing measurements are skipped). */
export function checkTargets(ratios, matmul, ratiosPerCpuSecond = {}) {
  const checks = [];
  const add = (name, value, goal, unit) => {
    if (value !== undefined) checks.push({ name, value, goal, unit, met: value >= goal });
  };
  add('MLP: ours / TF.js wasm', ratios.mlp?.wasm, TARGETS.mlpVsWasm, '×');
  add('MLP: ours / TF.js cpu', ratios.mlp?.cpu, TARGETS.mlpVsCpu, '×');
  add(
    'MLP per CPU-second: ours / TF.js wasm',
    ratiosPerCpuSecond.mlp?.wasm,
    TARGETS.mlpVsWasm,
    '×',
  );
  add('MLP per CPU-second: ours / TF.js cpu', ratiosPerCpuSecond.mlp?.cpu, TARGETS.mlpVsCpu, '×');
  for (const m of matmul ?? []) {
    add(`matmul ${m.m}×${m.k}×${m.n} GFLOP/s`, m.gflops, TARGETS.matmulGflops, '');
    add(
      `matmul ${m.m}×${m.k}×${m.n} GFLOP per CPU-second`,
      m.gflopsPerCpuSecond,
      TARGETS.matmulGflops,
      '',
    );
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

/** The markdown tables (training, then matmul) the lead pastes into the README. */
export function markdownTables(results, ratios, matmul) {
  const lines = [
    '| model | implementation | batches | samples/s | samples/CPU-s | test accuracy | ours ÷ this |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const value = ratios[r.model]?.[r.impl];
    const ratio = r.impl === 'engine' ? '—' : value === undefined ? 'n/a' : `${fmt(value, 2)}×`;
    const batches = r.fullEpoch ? `${r.batches} (1 epoch)` : `${r.batches} of ${r.epochBatches}`;
    lines.push(
      `| ${MODEL_NAMES[r.model]} | ${implLabel(r)} | ${batches} | ${fmt(r.samplesPerSec)} | ${fmt(r.samplesPerCpuSec)} | ${fmt(100 * r.testAccuracy, 2)}% | ${ratio} |`,
    );
  }
  if (matmul?.length) {
    lines.push(
      '',
      '| matmul (float32, Chain Rule engine) | GFLOP/s | GFLOP per CPU-s |',
      '|---|---:|---:|',
    );
    for (const m of matmul)
      lines.push(
        `| ${m.m}×${m.k} · ${m.k}×${m.n} | ${fmt(m.gflops, 2)} | ${fmt(m.gflopsPerCpuSecond, 2)} |`,
      );
  }
  return lines.join('\n');
}

/** Human-readable target lines, e.g. "[met] MLP: ours / TF.js wasm = 2.31× (target ≥ 2×)". */
export function targetLines(checks) {
  return checks.map(
    (c) =>
      `[${c.met ? 'met' : 'MISSED'}] ${c.name} = ${fmt(c.value, 2)}${c.unit} (target ≥ ${c.goal}${c.unit})`,
  );
}
