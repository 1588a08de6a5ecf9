// PYTS_TRACE_STARTUP=1: a diagnostic that prints, on stderr, the wall-clock and CPU time each phase of
// start-up took.  The first line counts from the start of the process (Node's own start-up and the
// loading of pyts's JavaScript).  CPython's nearest equivalent is `python -X importtime`.
// Lines go through the host's stderr, which writes synchronously (the command line exits at once).
import type { Host } from './host.ts';

let enabled: boolean | undefined;
let lastWall = 0;
let lastCpu = 0;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** True when PYTS_TRACE_STARTUP=1 (read once). */
export function startupTraceEnabled(): boolean {
  if (enabled === undefined) enabled = typeof process === 'object' && process.env?.PYTS_TRACE_STARTUP === '1';
  return enabled;
}

/** Reads PYTS_TRACE_STARTUP anew and counts from the start of the process (a restored start-up snapshot). */
export function resetStartupTrace(): void {
  enabled = undefined;
  lastWall = 0;
  lastCpu = 0;
}

/** Reports the phase that ends now: its wall-clock and CPU time since the previous report. */
export function traceStartup(host: Host, phase: string): void {
  if (!startupTraceEnabled()) return;
  const wall = performance.now();
  const cpu = cpuMs();
  host.writeStderr(`pyts start-up: ${phase.padEnd(22)} ${(wall - lastWall).toFixed(1).padStart(7)} ms  cpu ${(cpu - lastCpu).toFixed(1).padStart(7)} ms\n`);
  lastWall = wall;
  lastCpu = cpu;
}

/** Reports the total since the process started. */
export function traceStartupTotal(host: Host, label: string): void {
  if (!startupTraceEnabled()) return;
  host.writeStderr(`pyts start-up: ${label.padEnd(22)} ${performance.now().toFixed(1).padStart(7)} ms  cpu ${cpuMs().toFixed(1).padStart(7)} ms\n`);
}
