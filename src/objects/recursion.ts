// Native recursion depth: a bound on JS stack use when native code re-enters Python (comparisons of
// nested containers, repr of deep structures, calls from native code).  CPython: Include/internal/
// pycore_ceval.h _Py_EnterRecursiveCall (3.14 measures the C stack; pyts counts nested entries).
// Differs from CPython: the limit is a count of nested native entries, not a stack size.

import { recursionError } from './exceptions.ts';

let depth = 0;
/** Nested native entries allowed before RecursionError; sized for Node's default stack. */
export let nativeRecursionLimit = 1500;

export function setNativeRecursionLimit(n: number): void {
  nativeRecursionLimit = n;
}

export function enterRecursiveCall(where: string): void {
  if (++depth > nativeRecursionLimit) {
    depth--;
    throw recursionError(`maximum recursion depth exceeded${where}`);
  }
}

export function leaveRecursiveCall(): void {
  depth--;
}

/** Resets the count (after a JS stack overflow unwound past the matching leave calls). */
export function resetRecursionDepth(value = 0): void {
  depth = value;
}

export function recursionDepth(): number {
  return depth;
}
