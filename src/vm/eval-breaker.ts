// Periodic housekeeping of the evaluation loop: the loop decrements a counter at RESUME and backward
// jumps; at zero it checks for pending work.  CPython: Python/ceval_gil.c _Py_HandlePending
// Designed so that hooks (SIGINT, stepping, instruction budgets, tracing, thread switches) cost
// nothing on the hot path while they are off: they only change what handleEvalBreaker does.
import type { Frame } from './frame.ts';

/** Loop iterations and calls between two checks. */
const INTERVAL = 10000;

export const evalBreaker = { counter: INTERVAL };

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
/** Checks left before the budget is exhausted; Infinity when there is no budget. */
let budgetChecks = Infinity;

/** Registers work to run at the next check (it runs once). */
export function addPendingCall(hook: PendingHook): void {
  hooks.push(hook);
  evalBreaker.counter = 0;
}

/**
 * Limits how long Python code may run from now on: about `iterations` loop iterations and calls
 * (checked every INTERVAL), after which a HostInterrupt is thrown. Infinity removes the limit.
 */
export function setExecutionBudget(iterations: number): void {
  budgetChecks = iterations === Infinity ? Infinity : Math.max(1, Math.ceil(iterations / INTERVAL));
}

export function handleEvalBreaker(frame: Frame): void {
  evalBreaker.counter = INTERVAL;
  if (--budgetChecks <= 0) {
    budgetChecks = Infinity;
    throw new HostInterrupt('execution budget exhausted');
  }
  if (hooks.length === 0) return;
  const pending = hooks.splice(0, hooks.length);
  for (const h of pending) h(frame);
}
