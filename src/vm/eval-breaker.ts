// Periodic housekeeping of the evaluation loop: the loop decrements a counter at RESUME and backward
// jumps; at zero it checks for pending work.  CPython: Python/ceval_gil.c _Py_HandlePending
// Designed so that hooks added later (SIGINT, stepping, instruction budgets, tracing, thread switches)
// cost nothing on the hot path while they are off: they only change what handleEvalBreaker does.
import type { Frame } from './frame.ts';

const INTERVAL = 10000;

export const evalBreaker = { counter: INTERVAL };

type PendingHook = (frame: Frame) => void;
const hooks: PendingHook[] = [];

/** Registers work to run at the next check (it runs once). */
export function addPendingCall(hook: PendingHook): void {
  hooks.push(hook);
  evalBreaker.counter = 0;
}

export function handleEvalBreaker(frame: Frame): void {
  evalBreaker.counter = INTERVAL;
  if (hooks.length === 0) return;
  const pending = hooks.splice(0, hooks.length);
  for (const h of pending) h(frame);
}
