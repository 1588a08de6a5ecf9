// UNPACK_SEQUENCE and UNPACK_EX.  CPython: Python/ceval.c _PyEval_UnpackIterableStackRef
import { type PyValue } from '../../objects/object.ts';
import { PyTuple, TupleType } from '../../objects/tuple.ts';
import { PyList, ListType } from '../../objects/list.ts';
import { typeError, valueError } from '../../objects/exceptions.ts';
import { typeOf } from '../../objects/type.ts';
import { PyObject_GetIter, PyIter_Next } from '../../objects/abstract.ts';
import { PyDict } from '../../objects/dict.ts';
import { DictType } from '../../objects/dict-type.ts';

function notIterable(v: PyValue): PyValue {
  return typeError(`cannot unpack non-iterable ${typeOf(v).tp_name} object`);
}

function getIter(seq: PyValue): PyValue {
  const t = typeOf(seq);
  if (t.tp_iter === null && t.sq_item === null) throw notIterable(seq);
  return PyObject_GetIter(seq);
}

/** Replaces seq (at stack[sp-1]) with its n items, first item on top.  CPython: UNPACK_SEQUENCE */
export function unpackSequence(stack: (PyValue | undefined)[], sp: number, n: number): number {
  const seq = stack[--sp]!;
  let items: readonly PyValue[] | null = null;
  // Only an exact tuple or list is read directly: a subclass may define its own __iter__ (CPython's
  // UNPACK_SEQUENCE_TUPLE/_LIST check the exact type; everything else is iterated).
  if ((seq instanceof PyTuple && seq.ob_type === TupleType) || (seq instanceof PyList && seq.ob_type === ListType)) items = seq.items;
  if (items !== null && items.length === n) {
    for (let i = 0; i < n; i++) stack[sp + i] = items[n - 1 - i];
    return sp + n;
  }
  if (items !== null) {
    if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
    throw valueError(`too many values to unpack (expected ${n}, got ${items.length})`);
  }
  const it = getIter(seq);
  const got: PyValue[] = [];
  for (let i = 0; i < n; i++) {
    const x = PyIter_Next(it);
    if (x === undefined) throw valueError(`not enough values to unpack (expected ${n}, got ${i})`);
    got.push(x);
  }
  if (PyIter_Next(it) !== undefined) {
    // The count is told only for an exact dict (exact lists and tuples are handled above).
    if (seq instanceof PyDict && seq.ob_type === DictType) throw valueError(`too many values to unpack (expected ${n}, got ${seq.used})`);
    throw valueError(`too many values to unpack (expected ${n})`);
  }
  for (let i = 0; i < n; i++) stack[sp + i] = got[n - 1 - i];
  return sp + n;
}

/** a, *b, c = seq: oparg & 0xFF items before the star, oparg >> 8 after.  CPython: UNPACK_EX */
export function unpackEx(stack: (PyValue | undefined)[], sp: number, oparg: number): number {
  const before = oparg & 0xff;
  const after = oparg >> 8;
  const seq = stack[--sp]!;
  const it = getIter(seq);
  const head: PyValue[] = [];
  for (let i = 0; i < before; i++) {
    const x = PyIter_Next(it);
    if (x === undefined) throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${i})`);
    head.push(x);
  }
  const rest: PyValue[] = [];
  for (let x = PyIter_Next(it); x !== undefined; x = PyIter_Next(it)) rest.push(x);
  if (rest.length < after) {
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${before + rest.length})`);
  }
  const tail = rest.splice(rest.length - after, after);
  const all = [...head, new PyList(rest), ...tail];
  const n = all.length;
  for (let i = 0; i < n; i++) stack[sp + i] = all[n - 1 - i];
  return sp + n;
}
