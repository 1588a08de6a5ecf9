// Builds dist/ with esbuild: the embedding API (dist/index.mjs) and the command line (dist/pyts.cjs,
// which bin/pyts.mjs loads with V8's code cache).  Type checking is `npm run typecheck`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const COMMON = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // PYTS_STATS=1 builds count executed instructions (src/vm/eval-breaker.ts opcodeCounts); otherwise
  // the counting code is a constant-false branch the bundler drops.
  define: { 'globalThis.PYTS_STATS': process.env.PYTS_STATS === '1' ? 'true' : 'false' },
  // Lets bundled code use require() for Node built-ins when a dependency needs it.
  banner: { js: "import { createRequire as __pytsCreateRequire } from 'node:module'; const require = __pytsCreateRequire(import.meta.url);" },
};

/**
 * The command line as one CommonJS file: node:vm compiles scripts, not ES modules, with a code
 * cache (Node 20 has no code cache for ES modules).  `import.meta.url` becomes the file's URL.
 */
export async function buildCli(outdir = 'dist') {
  await build({
    ...COMMON,
    format: 'cjs',
    charset: 'ascii',
    entryPoints: { pyts: 'src/cli/main.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    define: { 'import.meta.url': '__pytsImportMetaUrl' },
    banner: { js: "const __pytsImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  // The code cache of the previous build describes other code.
  fs.rmSync(path.join(outdir, 'pyts.cjs.v8cache'), { force: true });
}

export async function buildDist() {
  await build({
    ...COMMON,
    entryPoints: { index: 'src/api/index.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  });
  // The command line was dist/pyts.mjs (ES module) before it became dist/pyts.cjs.
  for (const old of ['pyts.mjs', 'pyts.mjs.map']) fs.rmSync(path.join('dist', old), { force: true });
  await buildCli();
  // One run compiles what start-up needs: the standard library's start-up modules into the code
  // cache (node_modules/.cache/pyts) and pyts's own JavaScript into dist/pyts.cjs.v8cache.
  spawnSync(process.execPath, [path.join('bin', 'pyts.mjs'), '-c', 'pass'], { stdio: 'ignore' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildDist();
}
