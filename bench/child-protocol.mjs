// The one-line protocol between bench/run.mjs and its child processes.

/** Prefix of the single stdout line carrying a child's JSON result. */
export const RESULT_PREFIX = 'BENCH_RESULT ';
