// `npm run bench`: installs bench/'s own dependencies (TF.js) on first use, runs the Node benchmark
// and the graph-layout benchmark (vitest bench),
// then the browser benchmarks (if the lead's Playwright config exists), then prints a combined
// summary of every reports/bench/*.json. Arguments are passed on to bench/run.mjs, except
// `--browser=<spec,…>` (only those tests/bench/<spec>.spec.ts; `none` skips the browser) and
// `--no-layout` (skips the graph-layout benchmark), which keep a run short.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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
    // NOTE: a short run (--browser=…) leaves older reports in place: the time says which run wrote each.
    const written = statSync(path.join(REPORT_DIR, file)).mtime.toISOString();
    console.log(`\n## ${file} (written ${written})`);
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

/** Splits the arguments into bench/run.mjs's and this script's own (browser specs, layout on/off). */
function splitArgs(argv) {
  const own = { browser: null, layout: true };
  const rest = [];
  for (const arg of argv) {
    if (arg.startsWith('--browser=')) own.browser = arg.slice('--browser='.length).split(',');
    else if (arg === '--no-layout') own.layout = false;
    else rest.push(arg);
  }
  return { own, rest };
}

/** The Playwright arguments of the browser benchmarks: the named specs only when some are named. */
function browserArgs(specs) {
  const files = (specs ?? []).map((s) => path.join('tests', 'bench', `${s}.spec.ts`));
  const missing = files.filter((f) => !existsSync(path.join(ROOT, f)));
  if (missing.length) console.log(`bench: no such browser benchmark: ${missing.join(', ')}`);
  return ['playwright', 'test', '-c', BROWSER_CONFIG, ...files.filter((f) => !missing.includes(f))];
}

const { own, rest } = splitArgs(process.argv.slice(2));
if (!existsSync(path.join(ROOT, 'bench', 'node_modules'))) {
  const code = run('npm', ['install', '--prefix', 'bench', '--no-audit', '--no-fund']);
  if (code !== 0) process.exit(code);
}
const nodeCode = run(process.execPath, [path.join('bench', 'run.mjs'), ...rest]);
// The sandbox graph layout at the expression size bound (vitest bench; prints its own table).
const layoutCode = own.layout
  ? run('npx', ['vitest', 'bench', '--run', 'src/components/graph/layout.bench.ts'])
  : 0;
let browserCode = 0;
if (own.browser?.includes('none')) console.log('\n(--browser=none: browser benchmarks skipped)');
else if (existsSync(path.join(ROOT, BROWSER_CONFIG))) {
  // NOTE: the browser benchmarks serve dist/: build it from the current sources first.
  browserCode = run('npm', ['run', 'build', '--silent']);
  if (browserCode === 0) browserCode = run('npx', browserArgs(own.browser));
} else console.log(`\n(${BROWSER_CONFIG} not found: browser benchmarks skipped)`);
printSummary();
if (nodeCode !== 0 || browserCode !== 0 || layoutCode !== 0) {
  console.log(
    `\nbench: node benchmark exit ${nodeCode}, layout benchmark exit ${layoutCode}, browser benchmarks exit ${browserCode}`,
  );
  process.exit(1);
}
