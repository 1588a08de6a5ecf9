// Generator and coroutine instructions: RETURN_GENERATOR's object, SEND, GET_AWAITABLE, GET_AITER,
// GET_ANEXT, END_ASYNC_FOR, CLEANUP_THROW, GET_YIELD_FROM_ITER.  CPython: Python/bytecodes.c,
// Python/ceval.c _PyEval_GetAwaitable
import { None, type PyValue } from '../../objects/object.ts';
import { typeOf } from '../../objects/type.ts';
import type { Frame } from '../frame.ts';
import { makeGenerator, genSend as send, PyGenObject, isAwaitableCoroutine, CoroutineType, AsyncGenType, genYieldFrom, GeneratorType } from '../../objects/genobject.ts';
import { PyObject_GetIter, PyObject_Call } from '../../objects/abstract.ts';
import { typeError, runtimeError, exceptionMatches, PyExc_StopAsyncIteration, PyStopIteration, PyBaseException } from '../../objects/exceptions.ts';
import { CO_COROUTINE, CO_ITERABLE_COROUTINE } from '../../objects/code.ts';

export function makeGeneratorFor(frame: Frame): PyValue {
  return makeGenerator(frame);
}

export function genSend(receiver: PyValue, v: PyValue): { done: boolean; value: PyValue } {
  return send(receiver, v);
}

/** The iterator `await o` drives.  CPython: _PyEval_GetAwaitable, _PyCoro_GetAwaitableIter */
export function getAwaitable(o: PyValue, oparg: number): PyValue {
  if (oparg !== 0 && typeOf(o).am_await === null && !isAwaitableCoroutine(o)) {
    const which = oparg === 1 ? '__aenter__' : '__aexit__';
    throw typeError(`'async with' received an object from ${which} that does not implement __await__: ${typeOf(o).tp_name}`);
  }
  const it = getAwaitableIter(o);
  if (it instanceof PyGenObject && it.ob_type === CoroutineType && genYieldFrom(it) !== null) throw runtimeError('coroutine is being awaited already');
  return it;
}

export function getAIter(o: PyValue): PyValue {
  const t = typeOf(o);
  if (t.am_aiter === null) throw typeError(`'async for' requires an object with __aiter__ method, got ${t.tp_name}`);
  const it = t.am_aiter(o);
  if (typeOf(it).am_anext === null) {
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).tp_name}`);
  }
  return it;
}

export function getANext(aiter: PyValue): PyValue {
  const t = typeOf(aiter);
  if (t.am_anext === null) throw typeError(`'async for' requires an iterator with __anext__ method, got ${t.tp_name}`);
  const awaitable = t.am_anext(aiter);
  if (aiter instanceof PyGenObject && t === AsyncGenType) return awaitable;
  try {
    return getAwaitableIter(awaitable);
  } catch (e) {
    // Whatever went wrong (__await__ raising too) is the cause.  CPython: _PyErr_FormatFromCause
    if (!(e instanceof PyBaseException)) throw e;
    const err = typeError(`'async for' received an invalid object from __anext__: ${typeOf(awaitable).tp_name}`) as PyBaseException;
    err.cause = e;
    err.context = e;
    throw err;
  }
}

/** The iterator that awaiting `o` drives.  CPython: _PyCoro_GetAwaitableIter */
function getAwaitableIter(o: PyValue): PyValue {
  if (isAwaitableCoroutine(o)) return o;
  const t = typeOf(o);
  if (t.am_await === null) throw typeError(`'${t.tp_name}' object can't be awaited`);
  const it = t.am_await(o);
  if (isAwaitableCoroutine(it)) throw typeError('__await__() returned a coroutine');
  if (typeOf(it).tp_iternext === null) throw typeError(`__await__() returned non-iterator of type '${typeOf(it).tp_name}'`);
  return it;
}

/** END_ASYNC_FOR: StopAsyncIteration ends the loop; anything else propagates. */
/** GET_YIELD_FROM_ITER: coroutines only in coroutines; otherwise iter(o). */
export function getYieldFromIter(frame: Frame, o: PyValue): PyValue {
  if (o instanceof PyGenObject && o.ob_type === CoroutineType) {
    if (!(frame.f_code.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
      throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return o;
  }
  if (o instanceof PyGenObject && o.ob_type === GeneratorType) return o;
  return PyObject_GetIter(o);
}

void None;
void PyObject_Call;
