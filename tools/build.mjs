// Builds dist/ with esbuild: the embedding API (dist/index.mjs), the command line (dist/pyts.cjs,
// which runs dist/pyts-main.cjs with V8's code cache; bin/pyts.mjs requires it) and its V8 start-up
// snapshot (dist/pyts.snapshot, which bin/pyts starts Node with).  Type checking is `npm run typecheck`.
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
 * The command line as CommonJS files: node:vm compiles scripts, not ES modules, with a code cache
 * (Node 20 has no code cache for ES modules).  `import.meta.url` becomes the file's URL.  For the
 * command (entry `pyts`), OUTDIR/pyts.cjs is src/cli/loader.ts, which sets V8's flags and runs
 * OUTDIR/pyts-main.cjs (src/cli/main.ts) with V8's code cache.
 */
export async function buildCli(outdir = 'dist', entryPoints = { pyts: 'src/cli/main.ts' }) {
  const command = 'pyts' in entryPoints;
  const bundles = command ? { ...entryPoints, 'pyts-main': entryPoints.pyts } : { ...entryPoints };
  delete bundles.pyts;
  await build({
    ...COMMON,
    format: 'cjs',
    charset: 'ascii',
    entryPoints: bundles,
    outdir,
    outExtension: { '.js': '.cjs' },
    define: { ...COMMON.define, 'import.meta.url': '__pytsImportMetaUrl' },
    banner: { js: "const __pytsImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  if (command) {
    // The loader starts with `#!/usr/bin/env node` and is executable: it is sys.executable when Node
    // runs it directly (`node dist/pyts.cjs`), which child processes must be able to run.
    await build({
      ...COMMON,
      format: 'cjs',
      charset: 'ascii',
      entryPoints: { pyts: 'src/cli/loader.ts' },
      outdir,
      outExtension: { '.js': '.cjs' },
      banner: { js: '#!/usr/bin/env node' },
    });
    fs.chmodSync(path.join(outdir, 'pyts.cjs'), 0o755);
    // Before the loader, the bundle was pyts.cjs and its code cache pyts.cjs.v8cache.
    fs.rmSync(path.join(outdir, 'pyts.cjs.v8cache'), { force: true });
  }
  // The code cache of the previous build describes other code.
  for (const name of Object.keys(bundles)) fs.rmSync(path.join(outdir, `${name}.cjs.v8cache`), { force: true });
}

/** Single-quoted for sh. */
function shQuote(s) {
  return `'${s.replaceAll("'", "'\\''")}'`;
}

/**
 * The command line's start-up snapshot: Node runs src/cli/snapshot-main.ts (bundled as
 * dist/pyts-snapshot.cjs) and saves the heap as dist/pyts.snapshot.  It holds absolute paths and only
 * the Node binary that made it can load it, so dist/pyts.snapshot.sh records both for bin/pyts,
 * which uses the snapshot only with that Node and from this directory.  Without a snapshot (it failed
 * to build, or PYTS_NO_SNAPSHOT=1), bin/pyts runs bin/pyts.mjs.
 */
export async function buildSnapshot(outdir = 'dist') {
  const blob = path.join(outdir, 'pyts.snapshot');
  const info = `${blob}.sh`;
  for (const f of [blob, info]) fs.rmSync(f, { force: true });
  if (process.env.PYTS_NO_SNAPSHOT === '1') return;
  await buildCli(outdir, { 'pyts-snapshot': 'src/cli/snapshot-main.ts' });
  const tmp = `${blob}.${process.pid}`;
  const env = { ...process.env };
  // The snapshot records V8's flags: it must be made with none, as bin/pyts runs it.
  delete env.NODE_OPTIONS;
  // --no-rehash-snapshot, as bin/pyts runs it: V8 would otherwise give every restored process a new
  // hash seed and rehash every string and hash table of the heap (~15 ms of each start).  The
  // processes of one build share the seed this build drew at random.
  const r = spawnSync(process.execPath, ['--no-rehash-snapshot', '--no-concurrent-recompilation', '--snapshot-blob', tmp, '--build-snapshot', path.join(outdir, 'pyts-snapshot.cjs')], { stdio: ['ignore', 'ignore', 'pipe'], env, encoding: 'utf8' });
  if (r.status !== 0 || !fs.existsSync(tmp)) {
    fs.rmSync(tmp, { force: true });
    process.stderr.write(`pyts build: no start-up snapshot (bin/pyts will start without one):\n${r.stderr ?? r.error}\n`);
    return;
  }
  fs.renameSync(tmp, blob);
  const dist = fs.realpathSync(outdir);
  fs.writeFileSync(info, `# Written by tools/build.mjs: the Node binary that made pyts.snapshot, and where it was made.\nPYTS_SNAPSHOT_NODE=${shQuote(process.execPath)}\nPYTS_SNAPSHOT_DIST=${shQuote(dist)}\n`);
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
  // cache (node_modules/.cache/pyts) and pyts's own JavaScript into dist/pyts-main.cjs.v8cache.
  // PYTHONDONTWRITEBYTECODE would keep the modules imported after start-up (linecache) uncompiled.
  const env = { ...process.env };
  delete env.PYTHONDONTWRITEBYTECODE;
  spawnSync(process.execPath, [path.join('bin', 'pyts.mjs'), '-c', 'pass'], { stdio: 'ignore', env });
  await buildSnapshot();
  // The same for the snapshot's build of pyts (its code cache is its own).
  if (fs.existsSync(path.join('dist', 'pyts.snapshot'))) spawnSync(path.join('bin', 'pyts'), ['-c', 'pass'], { stdio: 'ignore', env });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildDist();
}
