// Exception instructions and the conversion of JS errors.  CPython: Python/ceval.c do_raise,
// _PyEval_CheckExceptTypeValid, Python/errors.c _PyErr_SetObject (implicit chaining)
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { PyType, typeOf, PyType_IsSubtype, TPFLAGS } from '../../objects/type.ts';
import { PyTuple } from '../../objects/tuple.ts';
import {
  PyBaseException,
  PyExc_BaseException,
  PyExc_BaseExceptionGroup,
  typeError,
  recursionError,
  systemError,
  memoryError,
  exceptionMatches,
} from '../../objects/exceptions.ts';
import { PyObject_Call, PyObject_Repr } from '../../objects/abstract.ts';
import { currentException, tstate } from '../thread-state.ts';
import { resetRecursionDepth } from '../../objects/recursion.ts';
import { exceptionGroupSplit } from '../../objects/exception-group.ts';

function isExceptionClass(v: PyValue): v is PyType {
  return v instanceof PyType && (v.tp_flags & TPFLAGS.BASE_EXC_SUBCLASS) !== 0;
}

function isExceptionInstance(v: PyValue): v is PyBaseException {
  return v instanceof PyBaseException;
}

/**
 * RAISE_VARARGS: `raise`, `raise exc`, `raise exc from cause`. Returns the exception to throw and
 * whether it is a re-raise (which adds no traceback entry and keeps the context).  CPython: do_raise
 */
export function doRaise(exc: PyValue | undefined, cause: PyValue | undefined): { exc: PyValue; reraise: boolean } {
  if (exc === undefined) {
    const cur = currentException();
    if (cur === None) throw runtimeErrorNoActive();
    return { exc: cur, reraise: true };
  }
  let value: PyValue;
  if (isExceptionClass(exc)) {
    value = PyObject_Call(exc, [], null);
    if (!isExceptionInstance(value)) {
      throw typeError(`calling ${PyObject_Repr(exc)} should have returned an instance of BaseException, not ${PyObject_Repr(typeOf(value))}`);
    }
  } else if (isExceptionInstance(exc)) value = exc;
  else throw typeError('exceptions must derive from BaseException');
  if (cause !== undefined) {
    let fixed: PyValue;
    if (isExceptionClass(cause)) {
      fixed = PyObject_Call(cause, [], null);
      if (!isExceptionInstance(fixed)) {
        throw typeError(`calling ${PyObject_Repr(cause)} should have returned an instance of BaseException, not ${PyObject_Repr(typeOf(fixed))}`);
      }
    } else if (isExceptionInstance(cause) || cause === None) fixed = cause;
    else throw typeError('exception causes must derive from BaseException');
    const v = value as PyBaseException;
    v.cause = fixed;
    v.suppressContext = true;
  }
  (value as PyBaseException).chained = false;
  return { exc: value, reraise: false };
}

function runtimeErrorNoActive(): PyValue {
  return RUNTIME('No active exception to reraise');
}
import { runtimeError as RUNTIME } from '../../objects/exceptions.ts';

/** Any thrown value as a Python exception: JS errors become RecursionError, MemoryError or SystemError. */
export function toPyException(err: unknown): PyBaseException {
  if (err instanceof PyBaseException) return err;
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    resetRecursionDepth();
    return recursionError('maximum recursion depth exceeded') as PyBaseException;
  }
  if (err instanceof RangeError && /(Invalid array length|Invalid string length|Array buffer allocation failed)/.test(err.message)) {
    return memoryError() as PyBaseException;
  }
  const e = err as Error;
  const msg = e && typeof e === 'object' && 'message' in e ? `${e.name}: ${e.message}` : String(err);
  const sys = systemError(`pyts internal error: ${msg}`) as PyBaseException;
  if (process.env.PYTS_DEBUG && e && e.stack) process.stderr.write(e.stack + '\n');
  return sys;
}

/**
 * Sets __context__ to the exception being handled, once per raise, breaking cycles as CPython does.
 * CPython: _PyErr_SetObject
 */
export function chainContext(exc: PyBaseException): void {
  if (exc.chained) return;
  exc.chained = true;
  setContext(exc, currentException());
}

/**
 * `exc.__context__ = cur` (none when cur is None or exc), first cutting the cycle this would close
 * in cur's chain of contexts.  CPython: _PyErr_SetObject
 */
export function setContext(exc: PyBaseException, cur: PyValue): void {
  if (cur === None || cur === exc) return;
  let o = cur as PyBaseException;
  let slow = o;
  let toggle = false;
  for (;;) {
    const ctx = o.context;
    if (ctx === None) break;
    if (ctx === exc) {
      o.context = None;
      break;
    }
    o = ctx as PyBaseException;
    if (o === slow) break;
    if (toggle) slow = slow.context as PyBaseException;
    toggle = !toggle;
  }
  exc.context = cur;
}

function checkExceptType(right: PyValue): void {
  const ok = (t: PyValue) => isExceptionClass(t);
  if (right instanceof PyTuple) {
    for (const t of right.items) {
      if (!ok(t)) throw typeError('catching classes that do not inherit from BaseException is not allowed');
    }
  } else if (!ok(right)) throw typeError('catching classes that do not inherit from BaseException is not allowed');
}

/** CHECK_EXC_MATCH: does exception `left` match `right` (a class or tuple of classes)? */
export function checkExcMatch(left: PyValue, right: PyValue): boolean {
  checkExceptType(right);
  if (right instanceof PyTuple) {
    for (const t of right.items) if (exceptionMatches(left, t as PyType)) return true;
    return false;
  }
  return exceptionMatches(left, right as PyType);
}

/**
 * CHECK_EG_MATCH for except*: splits the group at stack[sp-2] by the type at stack[sp-1] into
 * (rest, match).  CPython: _PyEval_ExceptionGroupMatch
 */
export function checkEgMatch(stack: (PyValue | undefined)[], sp: number): void {
  const excValue = stack[sp - 2]!;
  const matchType = stack[sp - 1]!;
  checkExceptType(matchType);
  const types = matchType instanceof PyTuple ? matchType.items : [matchType];
  for (const t of types) {
    if (t instanceof PyType && PyType_IsSubtype(t, PyExc_BaseExceptionGroup)) {
      throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
  const [match, rest] = exceptionGroupSplit(excValue, matchType);
  stack[sp - 2] = rest;
  stack[sp - 1] = match;
  // A bare `raise` in the clause re-raises the matched part.  CPython: PyErr_SetHandledException
  if (match !== None) tstate.excInfo.value = match;
}

/** WITH_EXCEPT_START: exit(type(val), val, tb). */
export function withExceptStart(exitFunc: PyValue, exitSelf: PyValue | undefined, val: PyValue): PyValue {
  const e = val as PyBaseException;
  const args = exitSelf === undefined ? [typeOf(val), val, e.traceback] : [exitSelf, typeOf(val), val, e.traceback];
  return PyObject_Call(exitFunc, args, null);
}

/** EXIT_INIT_CHECK: __init__ must return None. */
export function exitInitCheck(v: PyValue): void {
  if (v !== None) throw typeError(`__init__() should return None, not '${typeOf(v).tp_name}'`);
}

void PyObject;
void PyExc_BaseException;
