// Periodic housekeeping of the evaluation loop: the loop decrements a counter at RESUME and backward
// jumps; at zero it checks for pending work.  CPython: Python/ceval_gil.c _Py_HandlePending
// Designed so that hooks (SIGINT, stepping, instruction budgets, tracing, thread switches) cost
// nothing on the hot path while they are off: they only change what handleEvalBreaker does.
import type { Frame } from './frame.ts';

/** Loop iterations and calls between two checks. */
const INTERVAL = 10000;

/**
 * The countdown the loop decrements. It starts at 1, and stays short until each of the loop's call
 * sites (RESUME, JUMP_BACKWARD) has called handleEvalBreaker a few times (warmSites): V8 then has type
 * feedback for both before it optimizes the loop, instead of deoptimizing it the first time a check
 * falls due.
 */
export const evalBreaker = { counter: 1 };

/** How many more times each call site (1: RESUME, 2: JUMP_BACKWARD) must call before checks space out. */
const warmSites = [0, 4, 4];
/** The countdown the last check set (what has run since). */
let interval = 1;

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

/** Registers work to run at the next check (it runs once). */
export function addPendingCall(hook: PendingHook): void {
  hooks.push(hook);
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
 * The countdown reached zero at call site `site` (1: RESUME, 2: JUMP_BACKWARD; 0: elsewhere).
 * Returns true when the loop should end its slice (return to evalFrame, which resumes the innermost
 * frame in a fresh activation): at every check, so a fresh activation starts every INTERVAL.
 */
export function handleEvalBreaker(frame: Frame, site = 0): boolean {
  budget -= interval;
  if (warmSites[site]! > 0) warmSites[site]!--;
  interval = evalBreaker.counter = warmSites[1] === 0 && warmSites[2] === 0 && instrumentationHook === null ? INTERVAL : 1;
  if (budget <= 0) {
    budget = Infinity;
    throw new HostInterrupt('execution budget exhausted');
  }
  if (hooks.length !== 0) {
    const pending = hooks.splice(0, hooks.length);
    for (const h of pending) h(frame);
  }
  if (instrumentationHook !== null) {
    if (site === 1) instrumentationHook(frame);
    return false;
  }
  return site !== 0;
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

