// Building containers and strings: BUILD_*, LIST_APPEND, SET_ADD, MAP_ADD, *_EXTEND/_UPDATE, DICT_MERGE.
// CPython: Python/bytecodes.c
import { type PyValue } from '../../objects/object.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyList, listExtend as listExtendImpl } from '../../objects/list.ts';
import { PyDict } from '../../objects/dict.ts';
import { PySetObject, setAdd as setAddImpl } from '../../objects/set.ts';
import { newSet, setUpdateFromIterable } from '../../objects/set-type.ts';
import { PySlice } from '../../objects/slice.ts';
import { dictMergeMapping } from '../../objects/dict-type.ts';
import { typeError, exceptionMatches, PyExc_AttributeError, PyExc_KeyError, PyBaseException } from '../../objects/exceptions.ts';
import { typeOf } from '../../objects/type.ts';
import { PyObject_Str } from '../../objects/abstract.ts';
import { strValue } from '../../objects/boxes.ts';
import { funcDesc } from './call.ts';
import { None, PyObject } from '../../objects/object.ts';
import { makeInterpolation, makeTemplate } from '../../objects/templatelib.ts';

function take(stack: (PyValue | undefined)[], sp: number, n: number): PyValue[] {
  const out = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) {
    out[i] = stack[sp - n + i]!;
    stack[sp - n + i] = undefined;
  }
  return out;
}

export function buildTuple(stack: (PyValue | undefined)[], sp: number, n: number): number {
  const items = take(stack, sp, n);
  sp -= n;
  stack[sp] = new PyTuple(items);
  return sp + 1;
}

export function buildList(stack: (PyValue | undefined)[], sp: number, n: number): number {
  const items = take(stack, sp, n);
  sp -= n;
  stack[sp] = new PyList(items);
  return sp + 1;
}

export function buildSet(stack: (PyValue | undefined)[], sp: number, n: number): number {
  const items = take(stack, sp, n);
  sp -= n;
  const s = newSet();
  for (const x of items) setAddImpl(s, x);
  stack[sp] = s;
  return sp + 1;
}

export function buildMap(stack: (PyValue | undefined)[], sp: number, n: number): number {
  const items = take(stack, sp, 2 * n);
  sp -= 2 * n;
  const d = new PyDict();
  for (let i = 0; i < items.length; i += 2) d.set(items[i], items[i + 1]);
  stack[sp] = d;
  return sp + 1;
}

export function buildString(stack: (PyValue | undefined)[], sp: number, n: number): number {
  let s = '';
  for (let i = sp - n; i < sp; i++) {
    s += strValue(stack[i]!);
    stack[i] = undefined;
  }
  sp -= n;
  stack[sp] = s;
  return sp + 1;
}

export function buildSlice(stack: (PyValue | undefined)[], sp: number, n: number): number {
  const items = take(stack, sp, n);
  sp -= n;
  stack[sp] = new PySlice(items[0], items[1], n === 3 ? items[2] : None);
  return sp + 1;
}

export function listAppend(list: PyValue, v: PyValue): void {
  (list as PyList).items.push(v);
}

export function setAdd(set: PyValue, v: PyValue): void {
  setAddImpl(set as PySetObject, v);
}

export function mapAdd(dict: PyValue, key: PyValue, value: PyValue): void {
  (dict as PyDict).set(key, value);
}

/** LIST_EXTEND: [*x] and list displays with starred items. */
export function listExtend(list: PyValue, iterable: PyValue): void {
  try {
    listExtendImpl(list as PyList, iterable);
  } catch (e) {
    if (e instanceof PyObject && typeOf(e).tp_name === 'TypeError' && typeOf(iterable).tp_iter === null && typeOf(iterable).sq_item === null) {
      throw typeError(`Value after * must be an iterable, not ${typeOf(iterable).tp_name}`);
    }
    throw e;
  }
}

export function setUpdate(set: PyValue, iterable: PyValue): void {
  setUpdateFromIterable(set as PySetObject, iterable);
}

/** DICT_UPDATE: {**x}.  CPython: _DICT_UPDATE */
export function dictUpdate(dict: PyValue, update: PyValue): void {
  try {
    // PyDict_Update: a mapping (keys() and []), never a sequence of pairs.
    dictMergeMapping(dict as PyDict, update, 1);
  } catch (e) {
    if (e instanceof PyObject && exceptionMatches(e, PyExc_AttributeError)) {
      throw typeError(`'${typeOf(update).tp_name}' object is not a mapping`);
    }
    throw e;
  }
}

/** DICT_MERGE: f(**x), with the duplicate-keyword error.  CPython: _DICT_MERGE, _PyEval_FormatKwargsError */
export function dictMerge(callable: PyValue, dict: PyValue, update: PyValue): void {
  try {
    dictMergeMapping(dict as PyDict, update, 2);
  } catch (e) {
    if (!(e instanceof PyObject)) throw e;
    // Any AttributeError (keys() missing, or raised inside the mapping) and any one-argument KeyError
    // (a duplicate key, or raised by __getitem__) are reported as CPython reports them.
    if (exceptionMatches(e, PyExc_AttributeError)) {
      throw typeError(`${funcDesc(callable)} argument after ** must be a mapping, not ${typeOf(update).tp_name}`);
    }
    if (exceptionMatches(e, PyExc_KeyError)) {
      const args = (e as PyBaseException).args;
      if (args.items.length === 1) {
        throw typeError(`${funcDesc(callable)} got multiple values for keyword argument '${PyObject_Str(args.items[0])}'`);
      }
    }
    throw e;
  }
}

/** BUILD_INTERPOLATION: (value, str, format_spec?) -> Interpolation; oparg: bit 0 has a spec, oparg >> 2 the conversion. */
export function buildInterpolation(stack: (PyValue | undefined)[], sp: number, oparg: number): number {
  const hasFormat = oparg & 1;
  const format = hasFormat ? stack[--sp]! : '';
  const str = stack[--sp]!;
  const value = stack[--sp]!;
  stack[sp + 1] = stack[sp + 2] = undefined;
  stack[sp] = makeInterpolation(value, str, oparg >> 2, format);
  return sp + 1;
}

export function buildTemplate(strings: PyValue, interpolations: PyValue): PyValue {
  return makeTemplate(strings, interpolations);
}
