// How many top-level modules of the standard library import: `import X` for each module and package
// at the top of python_stdlib.zip, each in a fresh interpreter (in this process), with stdout and
// stderr captured and a budget against endless loops.  Prints the count and the failures.
//   node tools/run.mjs tools/stdlib-imports.ts [--json FILE] [NAME...]
import fs from 'node:fs';
import { openStdlibZip } from '../src/runtime/stdlib-zip.ts';
import { createInterpreter, runCommand } from '../src/runtime/run.ts';
import { CaptureHost } from '../src/runtime/capture-host.ts';
import { setExecutionBudget } from '../src/vm/eval-breaker.ts';

const args = process.argv.slice(2);
let jsonOut: string | null = null;
const only: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--json') jsonOut = args[++i];
  else only.push(args[i]);
}

const names = new Set<string>();
for (const n of openStdlibZip().names()) {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\.py|\/__init__\.py)$/.exec(n);
  if (m) names.add(m[1]);
}
const modules = (only.length > 0 ? only : [...names]).sort();

interface Result {
  name: string;
  ok: boolean;
  error: string;
  ms: number;
}

const results: Result[] = [];
for (const name of modules) {
  const host = new CaptureHost(new Map(), '', '/tmp');
  const t0 = performance.now();
  let status: number;
  try {
    const ip = createInterpreter(host, ['-c'], '', {});
    setExecutionBudget(2e8);
    status = runCommand(ip, `import ${name}\n`);
  } catch (e) {
    status = -1;
    host.writeStderr(`JS exception: ${(e as Error).stack}\n`);
  } finally {
    setExecutionBudget(Infinity);
  }
  const ms = performance.now() - t0;
  const err = host.stderr.trim().split('\n');
  const last = err[err.length - 1] ?? '';
  results.push({ name, ok: status === 0, error: status === 0 ? '' : last.slice(0, 200), ms });
  if (status !== 0) process.stdout.write(`FAIL ${name}: ${last.slice(0, 160)}\n`);
}
const ok = results.filter((r) => r.ok).length;
console.log(`stdlib imports: ${ok}/${results.length} top-level modules import`);
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(results, null, 1) + '\n');
