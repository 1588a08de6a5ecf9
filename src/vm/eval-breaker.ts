// Periodic housekeeping of the evaluation loop: the loop decrements a counter at RESUME and backward
// jumps; at zero it checks for pending work.  CPython: Python/ceval_gil.c _Py_HandlePending
// Designed so that hooks (SIGINT, stepping, instruction budgets, tracing, thread switches) cost
// nothing on the hot path while they are off: they only change what handleEvalBreaker does.
import type { Frame } from './frame.ts';
import { Op } from '../bytecode/opcodes.generated.ts';

/** Loop iterations (weighted by loopWeight) and calls between two checks. */
export const INTERVAL = 10000;

/**
 * What a backward jump over `distance` code units takes off the countdown: 1 for a small loop, more
 * for a large one, so that checks come after about as much work whatever the loop (the compiled
 * tier samples the running code at the checks, and a large loop would otherwise run interpreted
 * for hundreds of thousands of instructions before being seen hot).
 */
export function loopWeight(distance: number): number {
  return 1 + (distance >>> 5);
}

/** The countdown the loop decrements; at zero the loop returns to evalFrame, which calls handleEvalBreaker. */
export const evalBreaker = { counter: 1 };

/** The countdown between checks (INTERVAL; shorter when testing the compiled tier, vm/jit.ts). */
let sliceLength = INTERVAL;
export function setSliceLength(n: number): void {
  sliceLength = n;
}

/** The countdown the last check set (what has run since). */
let interval = 1;

/**
 * A small deterministic jitter added to each countdown, so that the checks do not keep landing on
 * the same instruction of a loop whose iterations count a divisor of the slice length (the compiled
 * tier samples the running code object at the checks, vm/jit.ts).
 */
let jitter = 0;

/**
 * Thrown to stop the running Python code from the host (an exhausted budget, a debugger abort): it is
 * not a Python exception, so no except clause or finally block runs and it leaves every frame.
 */
export class HostInterrupt extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

type PendingHook = (frame: Frame) => void;
const hooks: PendingHook[] = [];
/** Loop iterations and calls left before the budget is exhausted; Infinity when there is no budget. */
let budget = Infinity;

/** Called at every RESUME while sys.monitoring or tracing is on (vm/monitoring.ts), else null. */
let instrumentationHook: PendingHook | null = null;

/** Installs or removes the RESUME hook of sys.monitoring; while installed every RESUME checks. */
export function setInstrumentationHook(hook: PendingHook | null): void {
  instrumentationHook = hook;
  if (hook !== null) {
    interval -= evalBreaker.counter;
    evalBreaker.counter = 0;
  }
}

/** Runs at every check while set (faulthandler.dump_traceback_later's clock); null when none. */
let watchdog: (() => void) | null = null;
export function setWatchdog(hook: (() => void) | null): void {
  watchdog = hook;
}

/** Registers work to run at the next check (it runs once). */
export function addPendingCall(hook: PendingHook): void {
  hooks.push(hook);
  endSlice();
}

/** Makes the next countdown step reach the check. */
export function endSlice(): void {
  interval -= evalBreaker.counter;
  evalBreaker.counter = 0;
}

/**
 * Limits how long Python code may run from now on: about `iterations` loop iterations and calls
 * (checked every INTERVAL), after which a HostInterrupt is thrown. Infinity removes the limit.
 */
export function setExecutionBudget(iterations: number): void {
  budget = iterations === Infinity ? Infinity : iterations + interval - evalBreaker.counter;
}

/**
 * The countdown reached zero: runs the pending work (which may raise, at the instruction the loop
 * stopped at) and starts the next countdown.  The loop itself never calls this: it returns to
 * evalFrame, which does, and then resumes the innermost frame in a fresh activation of the loop (so a
 * long-running program also reaches V8's optimized loop without on-stack replacement).
 */
export function handleEvalBreaker(frame: Frame): void {
  budget -= interval;
  jitter = (jitter * 1103515245 + 12345) & 0x7fffffff;
  interval = evalBreaker.counter = instrumentationHook === null ? sliceLength + (jitter >>> 20) % ((sliceLength >>> 3) + 1) : 1;
  if (budget <= 0) {
    budget = Infinity;
    throw new HostInterrupt('execution budget exhausted');
  }
  if (watchdog !== null) watchdog();
  if (hooks.length !== 0) {
    const pending = hooks.splice(0, hooks.length);
    for (const h of pending) h(frame);
  }
  // sys.monitoring's hook runs at RESUME (the instruction the loop stopped at); gc.collect() and
  // the regex engine also check in, from the middle of other instructions.
  if (instrumentationHook !== null && (frame.f_code.units[frame.lasti]! & 0xff) === Op.RESUME) instrumentationHook(frame);
}

declare global {
  /**
   * Set at build time (tools/build.mjs `define`, from PYTS_STATS=1): a statistics build counts every
   * instruction the loop fetches.  In every other build it is the constant false and the counting
   * code is removed by the bundler.  CPython: the Py_STATS build (--enable-pystats).
   */
  var PYTS_STATS: boolean | undefined;
}

/** Instructions fetched, by opcode (specialized forms under their own number); statistics builds only. */
export const opcodeCounts = new Float64Array(256);

