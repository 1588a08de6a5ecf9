// Running one corpus program in pyts, in-process, as the differential tests and tools do.
import { VIRTUAL_ROOT, type Golden } from './programs.ts';
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
