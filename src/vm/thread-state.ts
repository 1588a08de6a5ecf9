// The thread state: the chain of executing frames and per-thread interpreter state.
// CPython: Include/cpython/pystate.h (PyThreadState), Python/pystate.c
import type { PyDict } from '../objects/dict.ts';
import type { Frame } from './frame.ts';

export class ThreadState {
  /** The innermost executing frame; its f_back chain is the call stack. */
  frame: Frame | null = null;
  /** Python frames on the stack (bounded by the recursion limit). */
  pyDepth = 0;
  recursionLimit = 1000;
}

/** The thread state of the running interpreter (pyts runs one at a time on the JS thread). */
export let tstate = new ThreadState();

export function setThreadState(t: ThreadState): void {
  tstate = t;
}

/** The globals of the innermost Python frame, or null.  CPython: PyEval_GetGlobals */
export function currentGlobals(): PyDict | null {
  return tstate.frame?.f_globals ?? null;
}
