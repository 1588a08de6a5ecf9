// Calling Python functions from native code.  CPython: Objects/call.c _PyFunction_Vectorcall
import type { PyValue } from '../objects/object.ts';
import type { PyFunction } from '../objects/function.ts';
import { systemError } from '../objects/exceptions.ts';

/** Calls a Python function with vectorcall arguments: pushes a frame and runs it to completion. */
export function callFunction(func: PyFunction, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  void func;
  void args;
  void kwnames;
  throw systemError('TODO(#4): the evaluation loop');
}
