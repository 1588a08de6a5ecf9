// The pyts command as Node starts it without the start-up snapshot: `node dist/pyts.cjs` (this file,
// bundled by tools/build.mjs; also build/conf/pyts.cjs, and sys.executable of such a process, which
// its children run) and bin/pyts.mjs, which requires it.  The command line itself is
// dist/pyts-main.cjs (src/cli/main.ts).
//
// Start-up: Node would parse and compile the megabytes of pyts-main.cjs at every start, so it is
// compiled here through node:vm with V8's code cache (pyts-main.cjs.v8cache): the bytecode of every
// function the first run compiled, written when that run exits, read by the runs after it.  V8
// checks the cache against its own version and flags; its header (the bundle's size and
// modification time) ties it to this build, since V8 would accept the cache of another bundle of the
// same length.  (`node dist/pyts.cjs -c pass`: 0.25 s of CPU instead of 0.35 s.)
//
// No on-stack replacement: the evaluation loop and the compiled tier's functions return to evalFrame
// every few thousand instructions (src/vm/ceval.ts, runFrames slices) and are entered again, so a
// long-running program moves to V8's optimized code at the next slice; OSR would compile a second
// time for nothing.
import v8 from 'node:v8';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createRequire } from 'node:module';

v8.setFlagsFromString('--no-use-osr');
// Feedback vectors from a function's first call, not after a budget of bytecode: the compiled tier's
// functions (src/vm/jit.ts) run long from their first call, and what that call did before its vector
// existed would be missing from the type feedback V8 optimizes them with, which then deoptimizes the
// first time it runs such code (recompiling a large function each time).
v8.setFlagsFromString('--no-lazy-feedback-allocation');
// The evaluation loop (runFrames, and runFramesSlow, its rare instructions) stays in V8's baseline
// tiers: hot Python code runs in the compiled tier (src/vm/jit.ts), so the loop mostly interprets
// code until it is compiled, and optimizing it (large functions: 100-400 ms of compilation in every
// program, again after each deoptimization) costs more than it saves.  (Without these flags,
// `import asyncio` took 1.40 s of CPU instead of 1.01 s.)
v8.setFlagsFromString('--turbo-filter=-runFrames*');

const dist = __dirname;
const file = path.join(dist, 'pyts-main.cjs');
const cacheFile = `${file}.v8cache`;
const HEADER = 16;

const st = fs.statSync(file);
// esbuild writes ASCII only (charset 'ascii'), so latin1 is the fastest exact decoding.
const source = fs.readFileSync(file, 'latin1');
let cachedData: Buffer | undefined;
try {
  const c = fs.readFileSync(cacheFile);
  if (c.length > HEADER && c.readDoubleLE(0) === st.size && c.readDoubleLE(8) === st.mtimeMs) cachedData = c.subarray(HEADER);
} catch {
  // No cache yet.
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  // At exit, the functions this run compiled are in the script's code cache too.
  process.once('exit', () => {
    try {
      const data = script.createCachedData();
      const header = Buffer.alloc(HEADER);
      header.writeDoubleLE(st.size, 0);
      header.writeDoubleLE(st.mtimeMs, 8);
      const tmp = `${cacheFile}.${process.pid}`;
      try {
        fs.writeFileSync(tmp, Buffer.concat([header, data]));
        fs.renameSync(tmp, cacheFile);
      } finally {
        fs.rmSync(tmp, { force: true });
      }
    } catch {
      // The cache is optional (dist/ may be read-only).
    }
  });
}
const mod = { exports: {} };
(script.runInThisContext() as (...a: unknown[]) => void)(mod.exports, createRequire(file), mod, file, dist);
