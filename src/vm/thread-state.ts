// The thread state: the chain of executing frames, the exception being handled, recursion depth.
// CPython: Include/cpython/pystate.h (PyThreadState, _PyErr_StackItem), Python/pystate.c
import { None, type PyValue } from '../objects/object.ts';
import type { PyDict } from '../objects/dict.ts';
import type { Frame } from './frame.ts';

/** One level of "the exception currently being handled" (sys.exception()).  CPython: _PyErr_StackItem */
export class ExcStackItem {
  constructor(
    /** The exception being handled at this level, or None. */
    public value: PyValue = None,
    public previous: ExcStackItem | null = null,
  ) {}
}

export class ThreadState {
  /** The innermost executing frame; its f_back chain is the call stack. */
  frame: Frame | null = null;
  /** Python frames on the stack (bounded by the recursion limit). */
  pyDepth = 0;
  recursionLimit = 1000;
  /** The exception being handled (the top of a stack whose other items belong to suspended generators). */
  excInfo = new ExcStackItem();
  /** sys.set_coroutine_origin_tracking_depth(): how many frames a new coroutine's cr_origin records. */
  coroutineOriginTrackingDepth = 0;
  /** sys.set_asyncgen_hooks(): called with an async generator at its first iteration, and when one dies unfinished. */
  asyncgenFirstiter: PyValue = None;
  asyncgenFinalizer: PyValue = None;
  /**
   * Imports in progress (runtime/import.ts findAndLoad): what runs meanwhile heats slower toward the
   * compiled tier (vm/jit.ts), and the code of the strings the standard library compiles is cached
   * (runtime/string-code-cache.ts).
   */
  importDepth = 0;
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

/** The exception currently handled (innermost non-None level), or None.  CPython: _PyErr_GetTopmostException */
export function currentException(): PyValue {
  for (let item: ExcStackItem | null = tstate.excInfo; item !== null; item = item.previous) {
    if (item.value !== None) return item.value;
  }
  return None;
}
