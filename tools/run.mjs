// Runs a TypeScript tool or benchmark: bundles it with esbuild into build/run/ and executes it.
//   node tools/run.mjs tools/goldens.ts [args...]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { COMMON } from './build.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run.mjs FILE.ts [ARGS...]');
  process.exit(2);
}
const out = path.join('build', 'run', String(process.pid), entry.replace(/\.ts$/, '.mjs'));
await build({ ...COMMON, entryPoints: [entry], outfile: out });
const r = spawnSync(process.execPath, ['--enable-source-maps', out, ...args], { stdio: 'inherit' });
fs.rmSync(path.join('build', 'run', String(process.pid)), { recursive: true, force: true });
process.exit(r.status ?? 1);
