// Running one corpus program in pyts, in-process, as the differential tests and tools do.
import fs from 'node:fs';
import { VIRTUAL_ROOT, stdinOf, type Golden, type ProgramCase } from './programs.ts';
import { createInterpreter, runMain } from '../../src/runtime/run.ts';
import { CaptureHost } from '../../src/runtime/capture-host.ts';
import { setExecutionBudget } from '../../src/vm/eval-breaker.ts';

/** Runs one program in a fresh interpreter; returns what it printed. */
export function runProgram(virtualPath: string, source: Uint8Array, stdin: string): Golden {
  const host = new CaptureHost(new Map([[virtualPath, source]]), stdin, VIRTUAL_ROOT);
  const dir = virtualPath.slice(0, virtualPath.lastIndexOf('/'));
  const ip = createInterpreter(host, [virtualPath], dir);
  // A program that loops forever must fail, not hang the suite.
  setExecutionBudget(5e8);
  const status = runMain(ip, source, virtualPath);
  setExecutionBudget(Infinity);
  return { stdout: host.stdout, stderr: host.stderr, status, by: 'pyts' };
}

/**
 * Runs corpus program `c` (with its stdin) and compares it with its golden: a JS exception escaping
 * the runtime counts as the program's output.  The caller checks that the golden exists.
 */
export function checkProgram(c: ProgramCase): { golden: Golden; got: Golden; same: boolean } {
  const golden = JSON.parse(fs.readFileSync(c.goldenFile, 'utf8')) as Golden;
  const source = fs.readFileSync(c.file);
  let got: Golden;
  try {
    got = runProgram(c.virtualPath, source, stdinOf(source.toString('utf8')));
  } catch (e) {
    got = { stdout: '', stderr: `JS exception escaped: ${(e as Error).stack}`, status: -1, by: 'pyts' };
  }
  const same = got.stdout === golden.stdout && got.stderr === golden.stderr && got.status === golden.status;
  return { golden, got, same };
}
