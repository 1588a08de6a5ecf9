import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { COMMON } from '../build.mjs';
const tests = fs.readdirSync('test', { recursive: true }).map((f) => path.join('test', String(f))).filter((f) => f.endsWith('.test.ts')).sort();
await build({ ...COMMON, entryPoints: tests, outdir: '/tmp/alltests', outbase: 'test', outExtension: { '.js': '.mjs' }, splitting: true, chunkNames: 'chunks/[name]-[hash]', external: ['pyodide'] });
