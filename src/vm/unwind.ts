// Exception unwinding: the exception table lookup and traceback entries.
// CPython: Python/ceval.c get_exception_handler, Python/traceback.c PyTraceBack_Here
import type { PyCode, ExceptionTableEntry } from '../objects/code.ts';
import { parseExceptionTable } from '../objects/code.ts';
import { PyBaseException } from '../objects/exceptions.ts';
import { PyTraceback } from '../objects/traceback.ts';
import type { Frame } from './frame.ts';
import { None } from '../objects/object.ts';

const tables = new WeakMap<PyCode, ExceptionTableEntry[]>();

/** The handler covering instruction `lasti` (in code units), or null.  CPython: get_exception_handler */
export function findHandler(code: PyCode, lasti: number): ExceptionTableEntry | null {
  if (code.co_exceptiontable.data.length === 0) return null;
  let entries = tables.get(code);
  if (entries === undefined) {
    entries = parseExceptionTable(code.co_exceptiontable.data);
    tables.set(code, entries);
  }
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (lasti < e.start) return null;
    if (lasti < e.end) return e;
  }
  return null;
}

/** Adds `frame` at the head of the exception's traceback.  CPython: PyTraceBack_Here */
export function addTraceback(exc: PyBaseException, frame: Frame): void {
  const prev = exc.traceback;
  exc.traceback = new PyTraceback(prev === None ? null : (prev as PyTraceback), frame, frame.lasti);
}
