// Runs every test: type-checks, builds dist/, bundles test/**/*.test.ts and runs them with node:test.
//   npm test                      everything
//   npm test -- parser vm/int     only test files whose path contains one of these words
//   npm test -- --no-typecheck    skip the type check (quicker while iterating)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMMON, buildDist } from './build.mjs';

const argv = process.argv.slice(2);
const flags = new Set(argv.filter((a) => a.startsWith('--')));
const filters = argv.filter((a) => !a.startsWith('--'));

if (!flags.has('--no-typecheck')) {
  const tsc = spawnSync(path.join('node_modules', '.bin', 'tsc'), ['-p', '.', '--noEmit'], { stdio: 'inherit' });
  if (tsc.status !== 0) {
    console.error('type check failed');
    process.exit(1);
  }
}
const tests = fs
  .readdirSync('test', { recursive: true })
  .map((f) => path.join('test', String(f)))
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();
if (tests.length === 0) {
  console.error('no test files match');
  process.exit(1);
}
// The CLI tests (and the subprocess test) run bin/pyts, which needs dist/.
if (tests.some((f) => f.startsWith(path.join('test', 'cli')) || f.endsWith('subprocess.test.ts'))) await buildDist();
// One output folder per run, so that several runs at once do not clobber each other.
const outdir = path.join('build', 'test', String(process.pid));
fs.rmSync(outdir, { recursive: true, force: true });
await build({
  ...COMMON,
  entryPoints: tests,
  outdir,
  outbase: 'test',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  external: ['pyodide'],
});
const built = tests.map((f) => path.join(outdir, path.relative('test', f).replace(/\.ts$/, '.mjs')));
const r = spawnSync(
  process.execPath,
  ['--enable-source-maps', '--test', `--test-concurrency=${Math.max(1, os.cpus().length)}`, ...built],
  { stdio: 'inherit', env: { ...process.env, PYTS_ROOT: process.cwd() } },
);
fs.rmSync(outdir, { recursive: true, force: true });
process.exit(r.status ?? 1);
