// CALL_INTRINSIC_1 and CALL_INTRINSIC_2: one function per intrinsic.  CPython: Python/intrinsics.c
import { None, type PyValue } from '../objects/object.ts';
import type { Frame } from './frame.ts';
import { PyList } from '../objects/list.ts';
import { PyTuple, EMPTY_TUPLE } from '../objects/tuple.ts';
import { PyNumber_Positive, PyObject_Call } from '../objects/abstract.ts';
import { runtimeError, PyStopIteration, exceptionMatches, PyExc_StopIteration, PyExc_StopAsyncIteration, systemError } from '../objects/exceptions.ts';
import { CO_ASYNC_GENERATOR, CO_COROUTINE } from '../objects/code.ts';
import { PyAsyncGenWrappedValue } from '../objects/genobject.ts';
import { importStar } from './ops/import.ts';
import { PyFunction } from '../objects/function.ts';
import { prepReraiseStar } from '../objects/exception-group.ts';
import * as typevars from '../objects/typevarobject.ts';
import { interp } from './interpreter.ts';

/** INTRINSIC_PRINT: an expression statement of 'single' mode goes to sys.displayhook.  CPython: print_expr */
function printExpr(v: PyValue): PyValue {
  const hook = interp().sys.ob_dict.getStr('displayhook');
  if (hook === undefined) throw runtimeError('lost sys.displayhook');
  return PyObject_Call(hook, [v]);
}

/** INTRINSIC_STOPITERATION_ERROR: PEP 479 turns StopIteration escaping a generator into RuntimeError. */
function stopIterationError(frame: Frame, exc: PyValue): PyValue {
  const flags = frame.f_code.co_flags;
  let msg: string | null = null;
  if (exceptionMatches(exc, PyExc_StopIteration)) {
    msg = flags & CO_ASYNC_GENERATOR ? 'async generator raised StopIteration' : flags & CO_COROUTINE ? 'coroutine raised StopIteration' : 'generator raised StopIteration';
  } else if (flags & CO_ASYNC_GENERATOR && exceptionMatches(exc, PyExc_StopAsyncIteration)) {
    msg = 'async generator raised StopAsyncIteration';
  }
  if (msg === null) return exc;
  const e = runtimeError(msg) as unknown as { cause: PyValue; context: PyValue; suppressContext: boolean };
  e.cause = exc;
  e.context = exc;
  e.suppressContext = true;
  return e as unknown as PyValue;
}

export function callIntrinsic1(frame: Frame, oparg: number, v: PyValue): PyValue {
  switch (oparg) {
    case 1:
      return printExpr(v);
    case 2:
      importStar(frame, v);
      return None;
    case 3:
      return stopIterationError(frame, v);
    case 4:
      return new PyAsyncGenWrappedValue(v);
    case 5:
      return PyNumber_Positive(v);
    case 6:
      return (v as PyList).items.length === 0 ? EMPTY_TUPLE : new PyTuple((v as PyList).items.slice());
    case 7:
      return typevars.makeTypeVar(v, null, null);
    case 8:
      return typevars.makeParamSpec(v);
    case 9:
      return typevars.makeTypeVarTuple(v);
    case 10:
      return typevars.subscriptGeneric(v);
    case 11:
      return typevars.makeTypeAlias(v);
  }
  throw systemError(`invalid intrinsic function ${oparg}`);
}

export function callIntrinsic2(frame: Frame, oparg: number, v2: PyValue, v1: PyValue): PyValue {
  void frame;
  switch (oparg) {
    case 1:
      return prepReraiseStar(v2, v1);
    case 2:
      return typevars.makeTypeVar(v2, v1, null);
    case 3:
      return typevars.makeTypeVar(v2, null, v1);
    case 4:
      (v2 as PyFunction).func_typeparams = v1 as PyTuple;
      return v2;
    case 5:
      return typevars.setTypeParamDefault(v2, v1);
  }
  throw systemError(`invalid intrinsic function ${oparg}`);
}

void PyStopIteration;
void PyObject_Call;
