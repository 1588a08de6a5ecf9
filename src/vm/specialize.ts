// The specializing adaptive interpreter's decisions.  CPython: Python/specialize.c, and the
// counters of Include/internal/pycore_backoff.h
//
// An instruction with inline cache entries starts in its generic ("adaptive") form. Its first cache
// unit is a backoff counter; when the counter is at zero, the generic instruction asks this module for
// a specialized form that fits the operands it sees and rewrites its own opcode in code.units (the
// VM's copy of the bytecode; co_code keeps the original bytes, as CPython's _co_code_adaptive does).
// A specialized instruction checks a guard each time it runs; when the guard fails it goes back to the
// generic form with a cooldown (deopt), and may be specialized again later.
//
// Differs from CPython: data that does not fit 16-bit cache units (type versions, dict indexes,
// functions' code objects, descriptors) is kept in a per-code side array (code.vmCache, by
// instruction index) instead of the cache units; and a failed guard rewrites the instruction back to
// its generic form at once instead of leaving it specialized until the counter runs out.

import type { PyValue } from '../objects/object.ts';
import { Op } from '../bytecode/opcodes.generated.ts';
import type { PyCode } from '../objects/code.ts';
import { CO_VARARGS, CO_VARKEYWORDS } from '../objects/code.ts';
import { PyType, typeOf, _PyType_Lookup, assignVersionTag, TPFLAGS, PRIMITIVE_TYPES } from '../objects/type.ts';
import { TupleType } from '../objects/tuple.ts';
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr } from '../objects/generic-attr.ts';
import type { PyDict } from '../objects/dict.ts';
import { DictType } from '../objects/dict-type.ts';
import { PyModule, ModuleType } from '../objects/module.ts';
import { PyFunction, PyMethod } from '../objects/function.ts';
import { PyMemberDescr, PyCFunction, PyMethodDescr } from '../objects/descrobject.ts';
import { PyListIter, ListType } from '../objects/list.ts';
import { PyRangeIter } from '../objects/range.ts';
import { SeqIter, TUPLE_ITER } from '../objects/iterobject.ts';
import { PyGenObject, GeneratorType, CoroutineType } from '../objects/genobject.ts';
import { TypeType, isObjectNew } from '../objects/typeobject.ts';
import { isSlotInit } from '../objects/slotdefs.ts';
import type { HeapFields } from '../objects/heap.ts';

/** What a specialized attribute, global or call instruction remembers.  One class for all (one shape). */
export class InlineCache {
  constructor(
    /** The type version tag (attributes), or 0. */
    public version: number,
    /** An entry number in a dict (instance, module, globals, builtins), or a slot index. */
    public index: number,
    /** The attribute name, for the dict-entry check. */
    public name: string,
    /** The descriptor, class attribute, code object or callable the instruction uses. */
    public obj: unknown,
  ) {}
}

// The counter in the first cache unit: value << 4 | backoff exponent.  CPython: _Py_BackoffCounter
/** One step of the counter (its value field is above the 4 exponent bits). */
export const COUNTER_STEP = 16;
const COOLDOWN = 52 << 4;
const MAX_BACKOFF = 12;

function setOp(units: Uint16Array, i: number, op: number): void {
  units[i] = (units[i] & 0xff00) | op;
}

/** A failed attempt: wait exponentially longer before the next.  CPython: restart_backoff_counter */
function backoff(units: Uint16Array, i: number): void {
  const b = Math.min((units[i + 1] & 15) + 1, MAX_BACKOFF);
  units[i + 1] = (((1 << b) - 1) << 4) | b;
}

function specialized(code: PyCode, i: number, op: number, cache: InlineCache | null): void {
  if (cache !== null) (code.vmCache ??= new Array<unknown>(code.units.length))[i] = cache;
  setOp(code.units, i, op);
  code.units[i + 1] = COOLDOWN;
}

/** A specialized instruction whose guard failed goes back to its generic form; returns that opcode. */
export function deopt(units: Uint16Array, i: number, generic: number): number {
  setOp(units, i, generic);
  units[i + 1] = COOLDOWN;
  return generic;
}

function instanceDictOf(o: PyValue): PyDict | null | undefined {
  return (o as unknown as HeapFields).ob_dict;
}

// ---- LOAD_ATTR ----

export function specializeLoadAttr(code: PyCode, i: number, owner: PyValue, name: string, method: boolean): void {
  const c = attrCache(owner, name, method);
  if (c === null) backoff(code.units, i);
  else specialized(code, i, c[0], c[1]);
}

function attrCache(owner: PyValue, name: string, method: boolean): [number, InlineCache] | null {
  if (typeof owner !== 'object') return null;
  const tp = owner.ob_type;
  if (owner instanceof PyModule) {
    if (tp !== ModuleType || name.startsWith('__')) return null;
    const i = owner.ob_dict.findStr(name);
    return i < 0 ? null : [Op.LOAD_ATTR_MODULE, new InlineCache(0, i, name, null)];
  }
  if (owner instanceof PyType) {
    if (tp !== TypeType || method) return null;
    if (_PyType_Lookup(tp, name) !== null) return null;
    const d = _PyType_Lookup(owner, name);
    if (d === null || typeOf(d).tp_descr_get !== null) return null;
    return [Op.LOAD_ATTR_CLASS, new InlineCache(assignVersionTag(owner), 0, name, d)];
  }
  if (tp.tp_getattro !== PyObject_GenericGetAttr) return null;
  const descr = _PyType_Lookup(tp, name);
  const version = assignVersionTag(tp);
  const dict = instanceDictOf(owner);
  if (descr !== null) {
    const dt = typeOf(descr);
    if (dt.tp_descr_get !== null && dt.tp_descr_set !== null) {
      if (descr instanceof PyMemberDescr && dt === typeOf(descr) && !method) return [Op.LOAD_ATTR_SLOT, new InlineCache(version, descr.index, name, null)];
      return null;
    }
    if (method && dt.tp_flags & TPFLAGS.METHOD_DESCRIPTOR) {
      if (dict === undefined) return [Op.LOAD_ATTR_METHOD_NO_DICT, new InlineCache(version, 0, name, descr)];
      if (!tp.dictMayShadow) return [Op.LOAD_ATTR_METHOD_WITH_VALUES, new InlineCache(version, 0, name, descr)];
      return [Op.LOAD_ATTR_METHOD_LAZY_DICT, new InlineCache(version, 0, name, descr)];
    }
    if (!method && dt.tp_descr_get === null && (dict === undefined || !tp.dictMayShadow)) {
      return [dict === undefined ? Op.LOAD_ATTR_NONDESCRIPTOR_NO_DICT : Op.LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES, new InlineCache(version, 0, name, descr)];
    }
    if (dt.tp_descr_get !== null && dict === undefined) return null;
  }
  // Only a dict of str keys is searched here: other keys' __eq__ could run Python code (and change
  // the class) while specializing.  CPython: DK_IS_UNICODE in specialize_dict_access
  if (dict === undefined || dict === null || !dict.unicodeKeys) return null;
  const i = dict.findStr(name);
  if (i < 0 || dict.keys[i] !== name) return null;
  return [Op.LOAD_ATTR_WITH_HINT, new InlineCache(version, i, name, null)];
}

// ---- STORE_ATTR ----

export function specializeStoreAttr(code: PyCode, i: number, owner: PyValue, name: string): void {
  const c = storeAttrCache(owner, name);
  if (c === null) backoff(code.units, i);
  else specialized(code, i, c[0], c[1]);
}

function storeAttrCache(owner: PyValue, name: string): [number, InlineCache] | null {
  if (typeof owner !== 'object' || owner instanceof PyType || owner instanceof PyModule) return null;
  const tp = owner.ob_type;
  if (tp.tp_setattro !== PyObject_GenericSetAttr) return null;
  const descr = _PyType_Lookup(tp, name);
  const version = assignVersionTag(tp);
  if (descr !== null) {
    if (descr instanceof PyMemberDescr && typeOf(descr).tp_descr_set !== null) return [Op.STORE_ATTR_SLOT, new InlineCache(version, descr.index, name, null)];
    if (typeOf(descr).tp_descr_set !== null) return null;
  }
  const dict = instanceDictOf(owner);
  if (dict === undefined || dict === null || !dict.unicodeKeys) return null;
  const i = dict.findStr(name);
  if (i < 0 || dict.keys[i] !== name) return null;
  return [Op.STORE_ATTR_WITH_HINT, new InlineCache(version, i, name, null)];
}

// ---- LOAD_GLOBAL ----

export function specializeLoadGlobal(code: PyCode, i: number, globals: PyDict, builtins: PyDict, name: string): void {
  if (globals.ob_type !== DictType) return backoff(code.units, i);
  const gi = globals.findStr(name);
  if (gi >= 0) {
    if (globals.keys[gi] !== name) return backoff(code.units, i);
    return specialized(code, i, Op.LOAD_GLOBAL_MODULE, new InlineCache(0, gi, name, null));
  }
  if (builtins.ob_type !== DictType) return backoff(code.units, i);
  const bi = builtins.findStr(name);
  if (bi < 0 || builtins.keys[bi] !== name) return backoff(code.units, i);
  specialized(code, i, Op.LOAD_GLOBAL_BUILTIN, new InlineCache(globals.keysVersion, bi, name, null));
}

// ---- CALL ----

/** Whether a call with `nargs` positional arguments (self included) binds to `co` by position alone. */
export function exactArgs(co: PyCode, nargs: number): boolean {
  return co.co_argcount === nargs && co.co_kwonlyargcount === 0 && !(co.co_flags & (CO_VARARGS | CO_VARKEYWORDS));
}

/** callable and self_or_null as CALL sees them; nargs counts self when present. */
export function specializeCall(code: PyCode, i: number, callable: PyValue, self: PyValue | undefined, nargs: number, builtins: PyDict): void {
  let op: number;
  let obj: unknown = null;
  let version = 0;
  if (callable instanceof PyFunction) {
    const co = callable.func_code;
    obj = co;
    op = exactArgs(co, nargs) ? Op.CALL_PY_EXACT_ARGS : Op.CALL_PY_GENERAL;
  } else if (callable instanceof PyMethod && self === undefined) {
    const f = callable.im_func;
    if (!(f instanceof PyFunction)) return specialized(code, i, Op.CALL_NON_PY_GENERAL, null);
    obj = f.func_code;
    op = exactArgs(f.func_code, nargs + 1) ? Op.CALL_BOUND_METHOD_EXACT_ARGS : Op.CALL_BOUND_METHOD_GENERAL;
  } else if (callable instanceof PyCFunction) {
    obj = callable;
    if (nargs === 1 && callable === builtins.getStr('len')) op = Op.CALL_LEN;
    else if (nargs === 2 && callable === builtins.getStr('isinstance')) op = Op.CALL_ISINSTANCE;
    else op = Op.CALL_BUILTIN_FAST;
  } else if (callable instanceof PyMethodDescr && nargs >= 1) {
    obj = callable;
    op = callable.d_type === ListType && callable.name === 'append' && nargs === 2 ? Op.CALL_LIST_APPEND : Op.CALL_METHOD_DESCRIPTOR_FAST;
  } else if (callable instanceof PyType && callable.tp_flags & TPFLAGS.IMMUTABLETYPE) {
    // CPython: specialize_class_call (a static type: str(x), type(x), tuple(x), or its vectorcall)
    obj = callable;
    if (nargs === 1 && self === undefined && callable === PRIMITIVE_TYPES.str) op = Op.CALL_STR_1;
    else if (nargs === 1 && self === undefined && callable === TypeType) op = Op.CALL_TYPE_1;
    else if (nargs === 1 && self === undefined && callable === TupleType) op = Op.CALL_TUPLE_1;
    else op = callable.tp_vectorcall !== null ? Op.CALL_BUILTIN_CLASS : Op.CALL_NON_PY_GENERAL;
  } else if (callable instanceof PyType && typeOf(callable) === TypeType && isObjectNew(callable) && isSlotInit(callable)) {
    const init = _PyType_Lookup(callable, '__init__');
    if (init instanceof PyFunction && exactArgs(init.func_code, nargs + 1) && !(init.func_code.co_flags & GEN_FLAGS)) {
      version = assignVersionTag(callable);
      obj = init;
      op = Op.CALL_ALLOC_AND_ENTER_INIT;
    } else op = Op.CALL_NON_PY_GENERAL;
  } else op = Op.CALL_NON_PY_GENERAL;
  specialized(code, i, op, new InlineCache(version, nargs, '', obj));
}

const GEN_FLAGS = 0x20 | 0x80 | 0x200;


// ---- FOR_ITER and SEND ----

export function specializeForIter(code: PyCode, i: number, it: PyValue): void {
  let op: number;
  if (it instanceof PyRangeIter) op = Op.FOR_ITER_RANGE;
  else if (it instanceof PyListIter) op = Op.FOR_ITER_LIST;
  else if (it instanceof SeqIter && it.ob_type === TUPLE_ITER) op = Op.FOR_ITER_TUPLE;
  else if (it instanceof PyGenObject && it.ob_type === GeneratorType) op = Op.FOR_ITER_GEN;
  else return backoff(code.units, i);
  specialized(code, i, op, null);
}

export function specializeSend(code: PyCode, i: number, receiver: PyValue): void {
  if (receiver instanceof PyGenObject && (receiver.ob_type === GeneratorType || receiver.ob_type === CoroutineType)) {
    specialized(code, i, Op.SEND_GEN, null);
  } else backoff(code.units, i);
}

/**
 * The method `name` of str when it is a method descriptor (what LOAD_ATTR's method form gives for
 * any str, whose type is immutable), else null: compiled code's fast path for str receivers, which
 * the inline caches above (keyed by heap objects' type versions) do not cover.
 */
export function strMethod(name: string): PyValue | null {
  const d = _PyType_Lookup(typeOf(''), name);
  return d !== null && typeOf(d).tp_flags & TPFLAGS.METHOD_DESCRIPTOR ? d : null;
}
