#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint, unit tests, production build, browser tests; then one closing
 * line "N passed, N failed" summing the unit and browser tests from their JSON reports.
 * A failing gate (typecheck, lint, build) counts as one failed check and fails the run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const REPORTS = 'reports';
mkdirSync(REPORTS, { recursive: true });
const VITEST_JSON = `${REPORTS}/vitest.json`;
const PLAYWRIGHT_JSON = `${REPORTS}/playwright.json`;
rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });
rmSync(`${REPORTS}/summary.txt`, { force: true });

const started = Date.now();
const gateFailures = [];

function run(label, command, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(
    `=== ${label}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  return ok;
}

function gate(label, command, args, env) {
  if (!run(label, command, args, env)) gateFailures.push(label);
}

/** Runs gates at the same time; prints each one's output and verdict as it ends. */
function gatesTogether(gates) {
  const t0 = Date.now();
  return Promise.all(
    gates.map(
      ([label, command, args]) =>
        new Promise((resolve) => {
          const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
          const out = [];
          child.stdout.on('data', (d) => out.push(d));
          child.stderr.on('data', (d) => out.push(d));
          child.on('close', (code, signal) => {
            console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
            process.stdout.write(Buffer.concat(out));
            const ok = code === 0;
            if (!ok) gateFailures.push(label);
            console.log(
              `=== ${label}: ${ok ? 'ok' : `FAILED (exit ${code ?? signal})`} after ${((Date.now() - t0) / 1000).toFixed(1)} s (run alongside the other checks)`,
            );
            resolve();
          });
        }),
    ),
  );
}

gate('mnist data', 'node', ['scripts/build-mnist.mjs']);
gate('wasm kernels', 'node', ['scripts/build-wasm.mjs']);
// The three static checks read the same files and do not depend on each other: run together
// (each one's output is printed whole when it ends), they take the time of the slowest.
await gatesTogether([
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level=warn']],
]);
run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_JSON}`,
]);
const built = run('build', 'npx', ['vite', 'build']);
if (!built) gateFailures.push('build');
if (built) run('browser tests', 'npx', ['playwright', 'test'], { CI: process.env.CI ?? '' });

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

const unit = readJson(VITEST_JSON);
const browser = readJson(PLAYWRIGHT_JSON);
const counts = { passed: 0, failed: 0, skipped: 0 };
if (unit) {
  counts.passed += unit.numPassedTests ?? 0;
  counts.failed += (unit.numFailedTests ?? 0) + (unit.numRuntimeErrorTestSuites ?? 0);
  counts.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else {
  gateFailures.push('unit tests (no report)');
}
if (browser?.stats) {
  counts.passed += (browser.stats.expected ?? 0) + (browser.stats.flaky ?? 0);
  counts.failed += browser.stats.unexpected ?? 0;
  counts.skipped += browser.stats.skipped ?? 0;
  counts.failed += (browser.errors ?? []).length;
} else if (built) {
  gateFailures.push('browser tests (no report)');
}
counts.failed += gateFailures.length;

const secs = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `\nunit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'no report'}; browser: ${browser?.stats ? `${browser.stats.expected} passed, ${browser.stats.unexpected} failed, ${browser.stats.flaky} flaky` : 'no report'}; failed checks: ${gateFailures.length ? gateFailures.join(', ') : 'none'}; ${secs} s`,
);
const closing = `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;
writeFileSync(`${REPORTS}/summary.txt`, closing + '\n');
console.log(closing);
process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
