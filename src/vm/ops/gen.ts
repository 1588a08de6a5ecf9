// Generator and coroutine instructions: RETURN_GENERATOR's object, SEND, GET_AWAITABLE, GET_AITER,
// GET_ANEXT, END_ASYNC_FOR, CLEANUP_THROW, GET_YIELD_FROM_ITER.  CPython: Python/bytecodes.c,
// Python/ceval.c _PyEval_GetAwaitable
import { None, type PyValue } from '../../objects/object.ts';
import { typeOf } from '../../objects/type.ts';
import type { Frame } from '../frame.ts';
import { makeGenerator, genSend as send, PyGenObject, isAwaitableCoroutine, CoroutineType, genYieldFrom, GeneratorType } from '../../objects/genobject.ts';
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
  let it: PyValue;
  if (isAwaitableCoroutine(o)) it = o;
  else {
    const t = typeOf(o);
    const f = t.am_await;
    if (f === null) {
      if (oparg === 1) throw typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${t.tp_name}`);
      if (oparg === 2) throw typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${t.tp_name}`);
      throw typeError(`'${t.tp_name}' object can't be awaited`);
    }
    it = f(o);
    if (isAwaitableCoroutine(it)) throw typeError('__await__() returned a coroutine');
    if (typeOf(it).tp_iternext === null) throw typeError(`__await__() returned non-iterator of type '${typeOf(it).tp_name}'`);
  }
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
  try {
    return getAwaitable(awaitable, 0);
  } catch (e) {
    if (e instanceof PyBaseException && typeOf(e).tp_name === 'TypeError') {
      throw typeError(`'async for' received an invalid object from __anext__: ${typeOf(awaitable).tp_name}`);
    }
    throw e;
  }
}

/** END_ASYNC_FOR: StopAsyncIteration ends the loop; anything else propagates. */
export function endAsyncFor(exc: PyValue): void {
  if (!exceptionMatches(exc, PyExc_StopAsyncIteration)) throw exc;
}

/** CLEANUP_THROW: a StopIteration from the delegate ends `yield from` with its value. */
export function cleanupThrow(exc: PyValue): PyValue {
  if (exc instanceof PyStopIteration) return exc.value;
  throw exc;
}

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
