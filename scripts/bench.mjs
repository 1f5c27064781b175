// `npm run bench`: installs bench/'s own dependencies (TF.js) on first use, runs the Node benchmark
// and the graph-layout benchmark (vitest bench),
// then the browser benchmarks (if the lead's Playwright config exists), then prints a combined
// summary of every reports/bench/*.json. Arguments are passed on to bench/run.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Folder every benchmark writes its JSON report into. */
const REPORT_DIR = path.join(ROOT, 'reports', 'bench');
/** Playwright config of the browser benchmarks (written by the lead). */
const BROWSER_CONFIG = 'playwright.bench.config.ts';
/** Most summary lines printed per report without a markdown field. */
const MAX_SUMMARY_LINES = 25;

/** Runs a command in the repository root with inherited stdio; returns its exit code. */
function run(cmd, args) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const out = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (out.error) console.error(out.error.message);
  return out.status ?? 1;
}

/** Flattens a JSON value's numbers, strings and booleans into `a.b[2].c = value` lines. */
function flatten(value, prefix = '', lines = []) {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      flatten(v, Array.isArray(value) ? `${prefix}[${k}]` : prefix ? `${prefix}.${k}` : k, lines);
  } else if (typeof value === 'number') {
    lines.push(`${prefix} = ${Number.isInteger(value) ? value : value.toPrecision(4)}`);
  } else if (typeof value === 'string' && value.length < 120) lines.push(`${prefix} = ${value}`);
  return lines;
}

/** Prints each report's markdown if it has one, else its first flattened fields. */
function printSummary() {
  const files = existsSync(REPORT_DIR)
    ? readdirSync(REPORT_DIR)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  console.log(
    `\n=== Benchmark summary (${files.length} report${files.length === 1 ? '' : 's'} in reports/bench) ===`,
  );
  for (const file of files) {
    console.log(`\n## ${file}`);
    try {
      const json = JSON.parse(readFileSync(path.join(REPORT_DIR, file), 'utf8'));
      if (typeof json.markdown === 'string') console.log(json.markdown);
      const checks = Array.isArray(json.checks) ? json.checks : [];
      for (const c of checks)
        console.log(
          `[${c.met ? 'met' : 'MISSED'}] ${c.name} = ${Number(c.value).toFixed(2)}${c.unit ?? ''} (target ≥ ${c.goal}${c.unit ?? ''})`,
        );
      if (typeof json.markdown !== 'string') {
        const lines = flatten(json);
        console.log(lines.slice(0, MAX_SUMMARY_LINES).join('\n'));
        if (lines.length > MAX_SUMMARY_LINES)
          console.log(`... (${lines.length - MAX_SUMMARY_LINES} more fields)`);
      }
    } catch (err) {
      console.log(`(unreadable: ${err.message})`);
    }
  }
}

if (!existsSync(path.join(ROOT, 'bench', 'node_modules'))) {
  const code = run('npm', ['install', '--prefix', 'bench', '--no-audit', '--no-fund']);
  if (code !== 0) process.exit(code);
}
const nodeCode = run(process.execPath, [path.join('bench', 'run.mjs'), ...process.argv.slice(2)]);
// The sandbox graph layout at the expression size bound (vitest bench; prints its own table).
const layoutCode = run('npx', ['vitest', 'bench', '--run', 'src/components/graph/layout.bench.ts']);
let browserCode = 0;
if (existsSync(path.join(ROOT, BROWSER_CONFIG))) {
  // NOTE: the browser benchmarks serve dist/: build it from the current sources first.
  browserCode = run('npm', ['run', 'build', '--silent']);
  if (browserCode === 0) browserCode = run('npx', ['playwright', 'test', '-c', BROWSER_CONFIG]);
} else console.log(`\n(${BROWSER_CONFIG} not found: browser benchmarks skipped)`);
printSummary();
if (nodeCode !== 0 || browserCode !== 0 || layoutCode !== 0) {
  console.log(
    `\nbench: node benchmark exit ${nodeCode}, layout benchmark exit ${layoutCode}, browser benchmarks exit ${browserCode}`,
  );
  process.exit(1);
}
