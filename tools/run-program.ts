// Runs one program of the differential corpus the way test/programs.test.ts does, printing what it
// printed and a diff summary against its golden:  node tools/run.mjs tools/run-program.ts vm/closures
import fs from 'node:fs';
import path from 'node:path';
import { createInterpreter, runMain } from '../src/runtime/run.ts';
import { CaptureHost } from '../src/runtime/capture-host.ts';
import { setExecutionBudget } from '../src/vm/eval-breaker.ts';
import { VIRTUAL_ROOT, stdinOf } from '../test/support/programs.ts';

const id = process.argv[2];
const file = path.join('test', 'programs', id + '.py');
const source = fs.readFileSync(file);
const virtualPath = `${VIRTUAL_ROOT}/${id}.py`;
const host = new CaptureHost(new Map([[virtualPath, source]]), stdinOf(source.toString('utf8')), VIRTUAL_ROOT);
const ip = createInterpreter(host, [virtualPath], path.dirname(virtualPath));
setExecutionBudget(5e8);
const status = runMain(ip, source, virtualPath);
const goldenFile = path.join('test', 'programs', id + '.golden.json');
process.stdout.write(host.stdout);
process.stdout.write(host.stderr);
process.stdout.write(`[status ${status}]\n`);
if (fs.existsSync(goldenFile)) {
  const g = JSON.parse(fs.readFileSync(goldenFile, 'utf8'));
  const ok = g.stdout === host.stdout && g.stderr === host.stderr && g.status === status;
  process.stdout.write(ok ? '[matches golden]\n' : '[DIFFERS from golden]\n');
  if (!ok) {
    fs.writeFileSync('/tmp/pyts-golden.txt', g.stdout + g.stderr + `[status ${g.status}]\n`);
    fs.writeFileSync('/tmp/pyts-got.txt', host.stdout + host.stderr + `[status ${status}]\n`);
    process.stdout.write('[diff: diff /tmp/pyts-golden.txt /tmp/pyts-got.txt]\n');
  }
}
