// anext(aiterator, default): the awaitable that turns the end of the async iterator into `default`.
// CPython: Objects/iterobject.c (anextawaitableobject)
import { PyObject, type PyValue } from '../../objects/object.ts';
import { typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { PyObject_CallMethod } from '../../objects/abstract.ts';
import * as E from '../../objects/exceptions.ts';
import { getAwaitable } from '../../vm/ops/gen.ts';
import { toPyException } from '../../vm/ops/exc.ts';
import { iterNextRaising } from '../../objects/genobject.ts';

export class PyAnextAwaitable extends PyObject {
  constructor(
    readonly wrapped: PyValue,
    readonly defaultValue: PyValue,
  ) {
    super();
  }
}

/** The iterator to drive: the wrapped object's __await__ result (a coroutine's own iterator). */
function awaitableIter(a: PyAnextAwaitable): PyValue {
  const it = getAwaitable(a.wrapped, 0);
  if (typeOf(it).tp_iternext !== null) return it;
  const t = typeOf(it);
  const aw = t.am_await!(it);
  if (typeOf(aw).tp_iternext === null) throw E.typeError('__await__ returned a non-iterable');
  return aw;
}

/** StopAsyncIteration becomes StopIteration(default), as if __anext__() had returned it. */
function translate(a: PyAnextAwaitable, e: unknown): never {
  const x = toPyException(e);
  if (E.exceptionMatches(x, E.PyExc_StopAsyncIteration)) throw E.newException(E.PyExc_StopIteration, [a.defaultValue]);
  throw e;
}

function anextIternext(self: PyValue): PyValue | undefined {
  const a = self as PyAnextAwaitable;
  const it = awaitableIter(a);
  try {
    // As CPython's tp_iternext leaves it: a generator's return value in StopIteration (a
    // types.coroutine __anext__ that returns at once).
    return iterNextRaising(it);
  } catch (e) {
    translate(a, e);
  }
}

function proxy(a: PyAnextAwaitable, meth: string, args: PyValue[]): PyValue {
  const it = awaitableIter(a);
  try {
    return PyObject_CallMethod(it, meth, args);
  } catch (e) {
    translate(a, e);
  }
}

export const AnextAwaitableType = defineBuiltinType({
  name: 'anext_awaitable',
  instanceClass: PyAnextAwaitable,
  slots: {
    tp_iter: (s: PyValue) => s,
    tp_iternext: anextIternext,
  },
  async: { am_await: (s: PyValue) => s },
  methods: {
    send: {
      sig: '($self, arg, /)',
      impl: (s: PyAnextAwaitable, arg: PyValue) => proxy(s, 'send', [arg]),
      doc: "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration.",
    },
    throw: {
      sig: '($self, /, *args)',
      impl: (s: PyAnextAwaitable, args: PyValue[]) => proxy(s, 'throw', [...args]),
      doc:
        'throw(value)\nthrow(typ[,val[,tb]])\n\nraise exception in the wrapped iterator, return next yielded value\nor raise StopIteration.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python.',
    },
    close: { sig: '($self, /)', impl: (s: PyAnextAwaitable) => proxy(s, 'close', []), doc: 'close() -> raise GeneratorExit inside generator.' },
  },
});
