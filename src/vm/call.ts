// Calling Python functions from native code.  CPython: Objects/call.c _PyFunction_Vectorcall,
// Python/ceval.c _PyEval_Vector
import type { PyValue } from '../objects/object.ts';
import type { PyFunction } from '../objects/function.ts';
import { prepareCall } from './ops/call.ts';
import { evalFrame } from './ceval.ts';

/** Calls a Python function with vectorcall arguments: a new frame run to completion. */
export function callFunction(func: PyFunction, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nargs = args.length - (kwnames === null ? 0 : kwnames.length);
  const frame = prepareCall(func, args, 0, nargs, kwnames);
  return evalFrame(frame);
}
