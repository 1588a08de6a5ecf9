// The mapping between dunder methods and type slots, both ways.  CPython: Objects/typeobject.c
// slotdefs[], add_operators, inherit_slots, update_one_slot / fixup_slot_dispatchers, the slot_*
// functions (Python methods seen through slots) and the wrap_* functions (slots seen as methods).

import { None, NotImplemented, type PyIntValue, type PyValue } from './object.ts';
import { PyType, CompareOp, _PyType_Lookup, typeOf, PyType_IsSubtype, PyType_Modified, subclassesOf, TPFLAGS, type SlotName } from './type.ts';
import { PyWrapperDescr, type SlotWrapper } from './descrobject.ts';
import { typeError, attributeError, exceptionMatches, PyExc_AttributeError, PyExc_DeprecationWarning, stopIteration, overflowError, valueError } from './exceptions.ts';
import { numberWarning } from './float/warn.ts';
import {
  PyObject_Call,
  PyObject_GetAttr,
  PyObject_IsTrue,
  PyObject_HashNotImplemented,
  PyNumber_Index,
  PyNumber_AsSsize_t,
  bigLength,
  lengthResult,
  PyObject_GetIter,
  PyIter_Next,
  PyObject_EqualBool,
  PyObject_Str,
  PyObject_Repr,
  isStopIteration,
} from './abstract.ts';
import { reduceHashResult } from './hash.ts';
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr } from './generic-attr.ts';
import { isIntValue, isStrValue, strValue, PyIntBox } from './boxes.ts';
import { objectGetattribute, newFromBuiltin, object_str } from './typeobject.ts';
import { asciiEscape } from './format.ts';

// ---- calling a dunder found on the type ----

/** type(self).name, bound to self if it is a descriptor; null if the type has no such attribute. */
function lookupMethod(self: PyValue, name: string): PyValue | null {
  const t = typeOf(self);
  const attr = _PyType_Lookup(t, name);
  if (attr === null) return null;
  const get = typeOf(attr).tp_descr_get;
  return get === null ? attr : get(attr, self, t);
}

/** Calls type(self).name(self, *args); undefined if the method does not exist.  CPython: vectorcall_maybe */
function callMaybe(self: PyValue, name: string, args: readonly PyValue[]): PyValue | undefined {
  const m = lookupMethod(self, name);
  if (m === null) return undefined;
  return PyObject_Call(m, args, null);
}

/** Calls type(self).name(self, *args), which must exist.  CPython: vectorcall_method */
function callMethod(self: PyValue, name: string, args: readonly PyValue[]): PyValue {
  const m = lookupMethod(self, name);
  if (m === null) throw attributeError(name);
  return PyObject_Call(m, args, null);
}

// ---- generic slot functions for Python classes (slot_*) ----

function slot_tp_repr(self: PyValue): string {
  const r = callMethod(self, '__repr__', []);
  if (!isStrValue(r)) throw typeError(`__repr__ returned non-string (type ${typeOf(r).tp_name})`);
  return strValue(r);
}

function slot_tp_str(self: PyValue): string {
  const r = callMethod(self, '__str__', []);
  if (!isStrValue(r)) throw typeError(`__str__ returned non-string (type ${typeOf(r).tp_name})`);
  return strValue(r);
}

/**
 * str(v) and repr(v) as objects: a Python class's __str__/__repr__ may return an instance of a str
 * subclass, which CPython's PyObject_Str/PyObject_Repr pass on unchanged (the slots return JS strings).
 */
export function PyObject_StrObject(v: PyValue): PyValue {
  if (typeof v === 'object') {
    const f = typeOf(v).tp_str;
    if (f === slot_tp_str) {
      const r = callMethod(v, '__str__', []);
      if (!isStrValue(r)) throw typeError(`__str__ returned non-string (type ${typeOf(r).tp_name})`);
      return r;
    }
    // object.__str__ is repr(): what a Python __repr__ returned, subclass and all.
    if (f === object_str || f === null) return PyObject_ReprObject(v);
  }
  return PyObject_Str(v);
}

export function PyObject_ReprObject(v: PyValue): PyValue {
  if (typeof v === 'object' && typeOf(v).tp_repr === slot_tp_repr) {
    const r = callMethod(v, '__repr__', []);
    if (!isStrValue(r)) throw typeError(`__repr__ returned non-string (type ${typeOf(r).tp_name})`);
    return r;
  }
  return PyObject_Repr(v);
}

/** ascii(v) as an object: an all-ASCII repr is passed on as it is (a str subclass stays one).  CPython: PyObject_ASCII */
export function PyObject_ASCIIObject(v: PyValue): PyValue {
  const r = PyObject_ReprObject(v);
  const s = strValue(r);
  return /^[\x00-\x7f]*$/.test(s) ? r : asciiEscape(s);
}

function slot_tp_hash(self: PyValue): PyIntValue {
  const m = lookupMethod(self, '__hash__');
  if (m === null || m === None) return PyObject_HashNotImplemented(self);
  const r = PyObject_Call(m, [], null);
  if (!isIntValue(r)) throw typeError('__hash__ method should return an integer');
  return reduceHashResult(PyNumber_Index(r));
}

function slot_tp_call(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const m = lookupMethod(self, '__call__');
  if (m === null) throw typeError(`'${typeOf(self).tp_name}' object is not callable`);
  return PyObject_Call(m, args, kwnames);
}

/** __getattribute__, then __getattr__ when that raises AttributeError.  CPython: _Py_slot_tp_getattr_hook */
function slot_tp_getattr_hook(self: PyValue, name: string, suppress: boolean): PyValue | undefined {
  const t = typeOf(self);
  const getattr = _PyType_Lookup(t, '__getattr__');
  const getattribute = _PyType_Lookup(t, '__getattribute__');
  const generic = getattribute === null || getattribute === objectGetattribute();
  if (getattr === null) {
    if (generic) return PyObject_GenericGetAttr(self, name, suppress);
    return callGetattribute(self, getattribute!, name, suppress);
  }
  try {
    const r = generic ? PyObject_GenericGetAttr(self, name, true) : callGetattribute(self, getattribute!, name, false);
    if (r !== undefined) return r;
  } catch (e) {
    if (!exceptionMatches(e as PyValue, PyExc_AttributeError)) throw e;
  }
  const get = typeOf(getattr).tp_descr_get;
  const bound = get === null ? getattr : get(getattr, self, t);
  if (!suppress) return PyObject_Call(bound, [name], null);
  try {
    return PyObject_Call(bound, [name], null);
  } catch (e) {
    if (exceptionMatches(e as PyValue, PyExc_AttributeError)) return undefined;
    throw e;
  }
}

function callGetattribute(self: PyValue, attr: PyValue, name: string, suppress: boolean): PyValue | undefined {
  const get = typeOf(attr).tp_descr_get;
  const bound = get === null ? attr : get(attr, self, typeOf(self));
  if (!suppress) return PyObject_Call(bound, [name], null);
  try {
    return PyObject_Call(bound, [name], null);
  } catch (e) {
    if (exceptionMatches(e as PyValue, PyExc_AttributeError)) return undefined;
    throw e;
  }
}


function slot_tp_setattro(self: PyValue, name: string, value: PyValue | null): void {
  if (value === null) callMethod(self, '__delattr__', [name]);
  else callMethod(self, '__setattr__', [name, value]);
}

const RICHCMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

function slot_tp_richcompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  const r = callMaybe(self, RICHCMP_NAMES[op], [other]);
  return r === undefined ? NotImplemented : r;
}

function slot_tp_iter(self: PyValue): PyValue {
  const m = lookupMethod(self, '__iter__');
  if (m === None) throw typeError(`'${typeOf(self).tp_name}' object is not iterable`);
  if (m !== null) return PyObject_Call(m, [], null);
  const getitem = lookupMethod(self, '__getitem__');
  if (getitem === null) throw typeError(`'${typeOf(self).tp_name}' object is not iterable`);
  return PyObject_GetIter(self);
}

function slot_tp_iternext(self: PyValue): PyValue | undefined {
  try {
    return callMethod(self, '__next__', []);
  } catch (e) {
    if (isStopIteration(e)) return undefined;
    throw e;
  }
}

/**
 * The __next__ call of a class whose tp_iternext is slot_tp_iternext, with the StopIteration it
 * raises left as it is (next() re-raises that very exception, `yield from` takes its value), or
 * undefined for other types.
 */
export function slotNextRaising(self: PyValue): PyValue | undefined {
  if (typeOf(self).tp_iternext !== slot_tp_iternext) return undefined;
  return callMethod(self, '__next__', []);
}

function slot_tp_descr_get(self: PyValue, obj: PyValue | null, type: PyType | null): PyValue {
  const m = lookupMethod(self, '__get__');
  if (m === null) return self;
  return PyObject_Call(m, [obj ?? None, type ?? None], null);
}

function slot_tp_descr_set(self: PyValue, obj: PyValue, value: PyValue | null): void {
  if (value === null) callMethod(self, '__delete__', [obj]);
  else callMethod(self, '__set__', [obj, value]);
}

/** Whether `type`'s __init__ is a Python-level one, called through its slot.  (For CALL_ALLOC_AND_ENTER_INIT.) */
export function isSlotInit(type: PyType): boolean {
  return type.tp_init === slot_tp_init;
}

function slot_tp_init(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const m = lookupMethod(self, '__init__')!;
  const r = PyObject_Call(m, args, kwnames);
  if (r !== None) throw typeError(`__init__() should return None, not '${typeOf(r).tp_name}'`);
}

export function slot_tp_new(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  // As CPython's slot_tp_new: __new__ is looked up on the class itself (a static method), not on its metaclass.
  const f = PyObject_GetAttr(type, '__new__');
  return PyObject_Call(f, [type, ...args], kwnames);
}

function slot_tp_finalize(self: PyValue): void {
  callMaybe(self, '__del__', []);
}

/**
 * A binary operator of a Python class: __op__ of the left operand or __rop__ of the right.  `test` is
 * the slot function that marks a type as a Python class for this operator (the function itself,
 * except for ** whose slot is the ternary slot_nb_power).  CPython: SLOT1BINFULL
 */
function binarySlot(slot: SlotName, op: string, rop: string, test?: Function): (self: PyValue, other: PyValue) => PyValue {
  const f = function (self: PyValue, other: PyValue): PyValue {
    const st = typeOf(self);
    const ot = typeOf(other);
    let doOther = st !== ot && ot[slot] === mine;
    if (st[slot] === mine) {
      if (doOther && PyType_IsSubtype(ot, st) && methodIsOverloaded(self, other, rop)) {
        const r = callMaybe(other, rop, [self]);
        if (r !== undefined && r !== NotImplemented) return r;
        doOther = false;
      }
      const r = callMaybe(self, op, [other]);
      if ((r !== undefined && r !== NotImplemented) || ot === st) return r ?? NotImplemented;
    }
    if (doOther) return callMaybe(other, rop, [self]) ?? NotImplemented;
    return NotImplemented;
  };
  const mine: Function = test ?? f;
  return f;
}

function methodIsOverloaded(left: PyValue, right: PyValue, name: string): boolean {
  const b = _PyType_Lookup(typeOf(right), name);
  if (b === null) return false;
  const a = _PyType_Lookup(typeOf(left), name);
  return a === null || a !== b;
}

/** ** and pow() of a Python class; three-argument pow() tries __rpow__ too.  CPython: slot_nb_power */
function slot_nb_power(self: PyValue, other: PyValue, mod: PyValue): PyValue {
  if (mod === None) return POWER_BINARY(self, other);
  const st = typeOf(self);
  const ot = typeOf(other);
  let doOther = st !== ot && ot.nb_power === slot_nb_power;
  if (st.nb_power === slot_nb_power) {
    if (doOther && PyType_IsSubtype(ot, st) && methodIsOverloaded(self, other, '__rpow__')) {
      const r = callMaybe(other, '__rpow__', [self, mod]);
      if (r !== undefined && r !== NotImplemented) return r;
      doOther = false;
    }
    const r = callMaybe(self, '__pow__', [other, mod]);
    if ((r !== undefined && r !== NotImplemented) || ot === st) return r ?? NotImplemented;
  }
  if (doOther) return callMaybe(other, '__rpow__', [self, mod]) ?? NotImplemented;
  return NotImplemented;
}
const POWER_BINARY = binarySlot('nb_power', '__pow__', '__rpow__', slot_nb_power);

function unarySlot(name: string): (self: PyValue) => PyValue {
  return (self) => callMethod(self, name, []);
}

function inplaceSlot(name: string): (self: PyValue, other: PyValue) => PyValue {
  return (self, other) => callMaybe(self, name, [other]) ?? NotImplemented;
}

function slot_nb_inplace_power(self: PyValue, other: PyValue): PyValue {
  return callMaybe(self, '__ipow__', [other]) ?? NotImplemented;
}

function slot_nb_bool(self: PyValue): boolean {
  let m = lookupMethod(self, '__bool__');
  let usingLen = false;
  if (m === None) throw typeError(`'${typeOf(self).tp_name}' cannot be interpreted as a boolean`);
  if (m === null) {
    m = lookupMethod(self, '__len__');
    if (m === null) return true;
    usingLen = true;
  }
  const r = PyObject_Call(m, [], null);
  if (usingLen) return lenResult(r) !== 0;
  if (typeof r !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeOf(r).tp_name}`);
  return r;
}

function slot_nb_index(self: PyValue): PyIntValue {
  const r = callMethod(self, '__index__', []);
  if (!isIntValue(r)) throw typeError(`__index__ returned non-int (type ${typeOf(r).tp_name})`);
  // CPython: _PyNumber_Index warns of an int subclass (bool included) before PyNumber_Index copies it.
  if (typeof r === 'boolean' || r instanceof PyIntBox) {
    numberWarning(PyExc_DeprecationWarning, `__index__ returned non-int (type ${typeOf(r).tp_name.slice(0, 200)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
  }
  return PyNumber_Index(r);
}

function lenResult(r: PyValue): number {
  const n = PyNumber_Index(r);
  if (n < 0) throw valueError('__len__() should return >= 0');
  if (typeof n === 'bigint') {
    if (n > SSIZE_MAX) throw overflowError(`cannot fit 'int' into an index-sized integer`);
    return bigLength(n);
  }
  return n;
}
const SSIZE_MAX = 2n ** 63n - 1n;

function slot_sq_length(self: PyValue): number {
  return lenResult(callMethod(self, '__len__', []));
}

function slot_sq_item(self: PyValue, i: number): PyValue {
  return callMethod(self, '__getitem__', [i]);
}

function slot_mp_subscript(self: PyValue, key: PyValue): PyValue {
  return callMethod(self, '__getitem__', [key]);
}

function slot_sq_ass_item(self: PyValue, i: number, value: PyValue | null): void {
  if (value === null) callMethod(self, '__delitem__', [i]);
  else callMethod(self, '__setitem__', [i, value]);
}

function slot_mp_ass_subscript(self: PyValue, key: PyValue, value: PyValue | null): void {
  if (value === null) callMethod(self, '__delitem__', [key]);
  else callMethod(self, '__setitem__', [key, value]);
}

function slot_sq_contains(self: PyValue, value: PyValue): boolean {
  const m = lookupMethod(self, '__contains__');
  if (m === None) throw typeError(`'${typeOf(self).tp_name}' object is not a container`);
  if (m !== null) return PyObject_IsTrue(PyObject_Call(m, [value], null));
  const it = PyObject_GetIter(self);
  for (let x = PyIter_Next(it); x !== undefined; x = PyIter_Next(it)) if (PyObject_EqualBool(x, value)) return true;
  return false;
}

// ---- wrappers: slots seen as methods (wrap_*) ----

function noKeywords(kwnames: readonly string[] | null, name: string): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
}

function checkNumArgs(args: readonly PyValue[], n: number): void {
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

type AnySlot = (...a: never[]) => unknown;
const call = (slot: Function, ...a: unknown[]): unknown => (slot as (...x: unknown[]) => unknown)(...a);

const wrapUnary: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 0);
  return call(slot, self) as PyValue;
};
const wrapBinaryL: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 1);
  return call(slot, self, args[0]) as PyValue;
};
/**
 * The wrapper of the sequence slots sq_concat and sq_inplace_concat: it behaves as wrapBinaryL but is
 * another function, so that a class does not take float's or int's __add__ as its sq_concat (CPython
 * tells the two apart the same way: wrap_binaryfunc vs wrap_binaryfunc_l).  CPython: wrap_binaryfunc
 */
const wrapBinary: SlotWrapper = (self, args, kw, slot, name) => wrapBinaryL(self, args, kw, slot, name);
const wrapBinaryR: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 1);
  return call(slot, args[0], self) as PyValue;
};
const wrapTernary: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  if (args.length < 1 || args.length > 2) throw typeError(`expected 1 or 2 arguments, got ${args.length}`);
  return call(slot, self, args[0], args.length > 1 ? args[1] : None) as PyValue;
};
const wrapTernaryR: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  if (args.length < 1 || args.length > 2) throw typeError(`expected 1 or 2 arguments, got ${args.length}`);
  return call(slot, args[0], self, args.length > 1 ? args[1] : None) as PyValue;
};
const wrapInquiry: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 0);
  return call(slot, self) as boolean;
};
const wrapLen: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 0);
  return lengthResult(call(slot, self) as number);
};
const wrapHash: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 0);
  return call(slot, self) as PyIntValue;
};
function wrapRichcmp(op: CompareOp): SlotWrapper {
  return (self, args, kw, slot, name) => {
    noKeywords(kw, name);
    checkNumArgs(args, 1);
    return call(slot, self, args[0], op) as PyValue;
  };
}
const wrapSetattr: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 2);
  hackcheck(self, slot, name);
  call(slot, self, attrNameArg(args[0]), args[1]);
  return None;
};
const wrapDelattr: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 1);
  hackcheck(self, slot, name);
  call(slot, self, attrNameArg(args[0]), null);
  return None;
};

/**
 * object.__setattr__(cls, ...) must not bypass a builtin metatype's own tp_setattro (type's, which
 * guards immutable types): the setattro to apply must be the one the class's builtin base defines.
 * CPython: hackcheck
 */
function hackcheck(self: PyValue, func: Function, what: string): void {
  if (!(self instanceof PyType)) return;
  const type = typeOf(self);
  const mro = type.tp_mro;
  let defining: PyType = type;
  for (let i = mro.length - 1; i >= 0; i--) {
    const base = mro[i];
    if (base.tp_setattro !== slot_tp_setattro && base.tp_setattro === type.tp_setattro) {
      defining = base;
      break;
    }
  }
  for (let base: PyType | null = defining; base !== null; base = base.tp_base) {
    if (base.tp_setattro === func) return;
    if (base.tp_setattro !== slot_tp_setattro) throw typeError(`can't apply this ${what} to ${type.tp_name} object`);
  }
}
const wrapGetattr: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 1);
  return call(slot, self, attrNameArg(args[0]), false) as PyValue;
};
function attrNameArg(v: PyValue): string {
  if (!isStrValue(v)) throw typeError(`attribute name must be string, not '${typeOf(v).tp_name}'`);
  return strValue(v);
}
const wrapDescrGet: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  if (args.length < 1 || args.length > 2) throw typeError(`expected 1 or 2 arguments, got ${args.length}`);
  const obj = args[0] === None ? null : args[0];
  const type = args.length > 1 && args[1] !== None ? args[1] : null;
  if (obj === null && type === null) throw typeError('__get__(None, None) is invalid');
  return call(slot, self, obj, type) as PyValue;
};
const wrapDescrSet: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 2);
  call(slot, self, args[0], args[1]);
  return None;
};
const wrapDescrDelete: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 1);
  call(slot, self, args[0], null);
  return None;
};
const wrapInit: SlotWrapper = (self, args, kw, slot) => {
  call(slot, self, args, kw);
  return None;
};
const wrapCall: SlotWrapper = (self, args, kw, slot) => call(slot, self, args, kw) as PyValue;
const wrapNext: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 0);
  const r = call(slot, self) as PyValue | undefined;
  if (r === undefined) throw stopIteration();
  return r;
};
const wrapIndexArg: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 1);
  return call(slot, self, PyNumber_AsSsize_t(args[0], false)) as PyValue;
};
const wrapSqItem: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 1);
  let i = PyNumber_AsSsize_t(args[0], false);
  const len = typeOf(self).sq_length;
  if (i < 0 && len !== null) i += len(self);
  return call(slot, self, i) as PyValue;
};
const wrapSqSetitem: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 2);
  let i = PyNumber_AsSsize_t(args[0], false);
  const len = typeOf(self).sq_length;
  if (i < 0 && len !== null) i += len(self);
  call(slot, self, i, args[1]);
  return None;
};
const wrapSqDelitem: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 1);
  let i = PyNumber_AsSsize_t(args[0], false);
  const len = typeOf(self).sq_length;
  if (i < 0 && len !== null) i += len(self);
  call(slot, self, i, null);
  return None;
};
const wrapObjObj: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 1);
  return call(slot, self, args[0]) as boolean;
};
const wrapObjObjArg: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 2);
  call(slot, self, args[0], args[1]);
  return None;
};
const wrapDelitem: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 1);
  call(slot, self, args[0], null);
  return None;
};
const wrapDel: SlotWrapper = (self, args, kw, slot, name) => {
  noKeywords(kw, name);
  checkNumArgs(args, 0);
  call(slot, self);
  return None;
};

// ---- the table ----

interface SlotDef {
  readonly name: string;
  readonly slot: SlotName;
  /** How a builtin type's slot is exposed as this dunder; null: not exposed. */
  readonly wrapper: SlotWrapper | null;
  /** The slot function Python classes get when they define this dunder. */
  readonly generic: AnySlot | null;
}

function def(name: string, slot: SlotName, wrapper: SlotWrapper | null, generic: AnySlot | null): SlotDef {
  return { name, slot, wrapper, generic };
}

function binary(name: string, rname: string, slot: SlotName): SlotDef[] {
  const g = binarySlot(slot, name, rname);
  return [def(name, slot, wrapBinaryL, g), def(rname, slot, wrapBinaryR, g)];
}

/** In CPython's order: the order matters for which wrapper a dunder shared by two slots gets. */
export const SLOTDEFS: readonly SlotDef[] = [
  def('__getattribute__', 'tp_getattro', wrapGetattr, slot_tp_getattr_hook),
  def('__getattr__', 'tp_getattro', null, slot_tp_getattr_hook),
  def('__setattr__', 'tp_setattro', wrapSetattr, slot_tp_setattro),
  def('__delattr__', 'tp_setattro', wrapDelattr, slot_tp_setattro),
  def('__repr__', 'tp_repr', wrapUnary, slot_tp_repr),
  def('__hash__', 'tp_hash', wrapHash, slot_tp_hash),
  def('__call__', 'tp_call', wrapCall, slot_tp_call),
  def('__str__', 'tp_str', wrapUnary, slot_tp_str),
  def('__lt__', 'tp_richcompare', wrapRichcmp(CompareOp.LT), slot_tp_richcompare),
  def('__le__', 'tp_richcompare', wrapRichcmp(CompareOp.LE), slot_tp_richcompare),
  def('__eq__', 'tp_richcompare', wrapRichcmp(CompareOp.EQ), slot_tp_richcompare),
  def('__ne__', 'tp_richcompare', wrapRichcmp(CompareOp.NE), slot_tp_richcompare),
  def('__gt__', 'tp_richcompare', wrapRichcmp(CompareOp.GT), slot_tp_richcompare),
  def('__ge__', 'tp_richcompare', wrapRichcmp(CompareOp.GE), slot_tp_richcompare),
  def('__iter__', 'tp_iter', wrapUnary, slot_tp_iter),
  def('__next__', 'tp_iternext', wrapNext, slot_tp_iternext),
  def('__get__', 'tp_descr_get', wrapDescrGet, slot_tp_descr_get),
  def('__set__', 'tp_descr_set', wrapDescrSet, slot_tp_descr_set),
  def('__delete__', 'tp_descr_set', wrapDescrDelete, slot_tp_descr_set),
  def('__init__', 'tp_init', wrapInit, slot_tp_init),
  def('__new__', 'tp_new', null, slot_tp_new),
  def('__del__', 'tp_finalize', wrapDel, slot_tp_finalize),
  def('__await__', 'am_await', wrapUnary, unarySlot('__await__')),
  def('__aiter__', 'am_aiter', wrapUnary, unarySlot('__aiter__')),
  def('__anext__', 'am_anext', wrapUnary, unarySlot('__anext__')),
  ...binary('__add__', '__radd__', 'nb_add'),
  ...binary('__sub__', '__rsub__', 'nb_subtract'),
  ...binary('__mul__', '__rmul__', 'nb_multiply'),
  ...binary('__mod__', '__rmod__', 'nb_remainder'),
  ...binary('__divmod__', '__rdivmod__', 'nb_divmod'),
  def('__pow__', 'nb_power', wrapTernary, slot_nb_power),
  def('__rpow__', 'nb_power', wrapTernaryR, slot_nb_power),
  def('__neg__', 'nb_negative', wrapUnary, unarySlot('__neg__')),
  def('__pos__', 'nb_positive', wrapUnary, unarySlot('__pos__')),
  def('__abs__', 'nb_absolute', wrapUnary, unarySlot('__abs__')),
  def('__bool__', 'nb_bool', wrapInquiry, slot_nb_bool),
  def('__invert__', 'nb_invert', wrapUnary, unarySlot('__invert__')),
  ...binary('__lshift__', '__rlshift__', 'nb_lshift'),
  ...binary('__rshift__', '__rrshift__', 'nb_rshift'),
  ...binary('__and__', '__rand__', 'nb_and'),
  ...binary('__xor__', '__rxor__', 'nb_xor'),
  ...binary('__or__', '__ror__', 'nb_or'),
  def('__int__', 'nb_int', wrapUnary, unarySlot('__int__')),
  def('__float__', 'nb_float', wrapUnary, unarySlot('__float__')),
  def('__iadd__', 'nb_inplace_add', wrapBinaryL, inplaceSlot('__iadd__')),
  def('__isub__', 'nb_inplace_subtract', wrapBinaryL, inplaceSlot('__isub__')),
  def('__imul__', 'nb_inplace_multiply', wrapBinaryL, inplaceSlot('__imul__')),
  def('__imod__', 'nb_inplace_remainder', wrapBinaryL, inplaceSlot('__imod__')),
  def('__ipow__', 'nb_inplace_power', wrapBinaryL, slot_nb_inplace_power),
  def('__ilshift__', 'nb_inplace_lshift', wrapBinaryL, inplaceSlot('__ilshift__')),
  def('__irshift__', 'nb_inplace_rshift', wrapBinaryL, inplaceSlot('__irshift__')),
  def('__iand__', 'nb_inplace_and', wrapBinaryL, inplaceSlot('__iand__')),
  def('__ixor__', 'nb_inplace_xor', wrapBinaryL, inplaceSlot('__ixor__')),
  def('__ior__', 'nb_inplace_or', wrapBinaryL, inplaceSlot('__ior__')),
  ...binary('__floordiv__', '__rfloordiv__', 'nb_floor_divide'),
  ...binary('__truediv__', '__rtruediv__', 'nb_true_divide'),
  def('__ifloordiv__', 'nb_inplace_floor_divide', wrapBinaryL, inplaceSlot('__ifloordiv__')),
  def('__itruediv__', 'nb_inplace_true_divide', wrapBinaryL, inplaceSlot('__itruediv__')),
  def('__index__', 'nb_index', wrapUnary, slot_nb_index),
  ...binary('__matmul__', '__rmatmul__', 'nb_matrix_multiply'),
  def('__imatmul__', 'nb_inplace_matrix_multiply', wrapBinaryL, inplaceSlot('__imatmul__')),
  def('__len__', 'mp_length', wrapLen, slot_sq_length),
  def('__getitem__', 'mp_subscript', wrapBinaryL, slot_mp_subscript),
  def('__setitem__', 'mp_ass_subscript', wrapObjObjArg, slot_mp_ass_subscript),
  def('__delitem__', 'mp_ass_subscript', wrapDelitem, slot_mp_ass_subscript),
  def('__len__', 'sq_length', wrapLen, slot_sq_length),
  def('__add__', 'sq_concat', wrapBinary, null),
  def('__mul__', 'sq_repeat', wrapIndexArg, null),
  def('__rmul__', 'sq_repeat', wrapIndexArg, null),
  def('__getitem__', 'sq_item', wrapSqItem, slot_sq_item),
  def('__setitem__', 'sq_ass_item', wrapSqSetitem, slot_sq_ass_item),
  def('__delitem__', 'sq_ass_item', wrapSqDelitem, slot_sq_ass_item),
  def('__contains__', 'sq_contains', wrapObjObj, slot_sq_contains),
  def('__iadd__', 'sq_inplace_concat', wrapBinary, null),
  def('__imul__', 'sq_inplace_repeat', wrapIndexArg, null),
];

/** Every dunder that maps to a slot (for type.__setattr__ to know when to update slots). */
export const SLOT_DUNDERS: ReadonlySet<string> = new Set(SLOTDEFS.map((d) => d.name));

// ---- builtin types: slots -> wrapper descriptors ----

/** Adds a wrapper descriptor for each slot the type defines itself.  CPython: add_operators */
export function addOperators(type: PyType): void {
  const dict = type.tp_dict;
  const base = type.tp_flags & TPFLAGS.HEAPTYPE ? null : type.tp_base;
  for (const d of SLOTDEFS) {
    const fn = type[d.slot] as Function | null;
    if (fn === null || d.wrapper === null) continue;
    if (base !== null && slotInherited(type, base, d.slot)) continue;
    if (dict.findStr(d.name) >= 0) continue;
    if (fn === PyObject_HashNotImplemented) {
      dict.setStr(d.name, None);
      continue;
    }
    dict.setStr(d.name, new PyWrapperDescr(type, d.name, d.wrapper, fn, null));
  }
}

/** A builtin type's slot that holds its base's function is inherited: it gets no wrapper of its own.  CPython: slot_inherited */
function slotInherited(type: PyType, base: PyType, slot: SlotName): boolean {
  if (type[slot] !== base[slot]) return false;
  // tp_richcompare and tp_hash are inherited as a pair.
  if (slot === 'tp_hash') return type.tp_richcompare === base.tp_richcompare;
  if (slot === 'tp_richcompare') return type.tp_hash === base.tp_hash;
  return true;
}

const INHERITED_PAIRS: readonly SlotName[] = ['tp_richcompare', 'tp_hash'];

/** Fills the slots a builtin type leaves empty from its base.  CPython: inherit_slots */
export function inheritSlots(type: PyType, base: PyType): void {
  const t = type as unknown as Record<SlotName, unknown>;
  const b = base as unknown as Record<SlotName, unknown>;
  const defined = new Set<SlotName>();
  for (const d of SLOTDEFS) if (t[d.slot] !== null) defined.add(d.slot);
  // tp_richcompare and tp_hash are inherited together, and only when the type sets neither.
  const inheritPair = !defined.has('tp_richcompare') && !defined.has('tp_hash');
  for (const d of SLOTDEFS) {
    if (defined.has(d.slot)) continue;
    if (INHERITED_PAIRS.includes(d.slot) && !inheritPair) continue;
    if (d.slot === 'tp_new') continue; // below: not for types that disallow instantiation
    if (t[d.slot] === null) t[d.slot] = b[d.slot];
  }
  if (type.tp_hash === null && type.tp_dict.findStr('__hash__') < 0) {
    type.tp_dict.setStr('__hash__', None);
    type.tp_hash = PyObject_HashNotImplemented;
  }
  // A static type that defines no tp_new directly under object cannot be called to make instances
  // (iterators, views, descriptors, generators...: "cannot create 'X' instances").  CPython:
  // type_ready_set_new.  Static types are those of the builtins module (a name without a module
  // prefix); CPython makes the others from specs, as heap types, which inherit object.__new__ unless
  // they disallow instantiation themselves.
  if (type.tp_new === null && base.tp_base === null && !type.hasFlag(TPFLAGS.HEAPTYPE) && !type.tp_name.includes('.')) {
    type.tp_flags |= TPFLAGS.DISALLOW_INSTANTIATION;
  }
  if (!type.hasFlag(TPFLAGS.DISALLOW_INSTANTIATION) && type.tp_new === null) type.tp_new = base.tp_new;
}

// ---- Python classes: dunders -> slots ----

/** SLOTDEFS grouped by slot, each group in table order, the groups in the order their slot first appears. */
const SLOT_GROUPS: readonly (readonly SlotDef[])[] = (() => {
  const bySlot = new Map<SlotName, SlotDef[]>();
  for (const d of SLOTDEFS) {
    const g = bySlot.get(d.slot);
    if (g === undefined) bySlot.set(d.slot, [d]);
    else g.push(d);
  }
  return [...bySlot.values()];
})();

/** For each dunder, the indexes in SLOT_GROUPS of the slots it maps to. */
const GROUPS_OF_NAME: ReadonlyMap<string, readonly number[]> = (() => {
  const m = new Map<string, number[]>();
  SLOT_GROUPS.forEach((g, i) => {
    for (const d of g) {
      const l = m.get(d.name);
      if (l === undefined) m.set(d.name, [i]);
      else if (!l.includes(i)) l.push(i);
    }
  });
  return m;
})();

/** Whether `type`'s MRO is itself followed by its only base's MRO (what type() computes for one base). */
function hasSingleBaseMro(type: PyType): boolean {
  if (type.tp_bases.length !== 1) return false;
  const mro = type.tp_mro;
  const baseMro = type.tp_bases[0].tp_mro;
  if (mro.length !== baseMro.length + 1 || mro[0] !== type) return false;
  for (let i = 0; i < baseMro.length; i++) if (mro[i + 1] !== baseMro[i]) return false;
  return true;
}

/**
 * Recomputes every slot of a Python class from its MRO.  CPython: fixup_slot_dispatchers
 *
 * `fresh`: the class is being created (nothing has seen it yet).  Then a slot none of whose
 * dunders the class's own namespace holds, in a class with one base and the MRO that gives, is
 * what the base's MRO alone decides: the base's own slot when the base is a Python class (kept up to
 * date by updateSlot), else the value the first such subclass of that builtin type computed, kept
 * on the base (PyType.derivedSlots, dropped by PyType_Modified).  Only __new__ is always looked
 * up (newFromBuiltin depends on the class).  This spares ~90 MRO lookups per class statement.
 */
export function fixupSlotDispatchers(type: PyType, fresh = false): void {
  const t = type as unknown as Record<SlotName, unknown>;
  if (!fresh || !hasSingleBaseMro(type)) {
    for (const g of SLOT_GROUPS) t[g[0].slot] = updateOneSlot(type, g);
    return;
  }
  const base = type.tp_bases[0];
  const own = new Uint8Array(SLOT_GROUPS.length);
  const dict = type.tp_dict;
  for (let i = dict.next(0); i >= 0; i = dict.next(i + 1)) {
    const k = dict.keys[i];
    // (A key of a str subclass may equal a dunder: the namespace is then looked up name by name.)
    if (typeof k !== 'string') {
      if (isStrValue(k)) {
        own.fill(1);
        break;
      }
      continue;
    }
    const groups = GROUPS_OF_NAME.get(k);
    if (groups !== undefined) for (const j of groups) own[j] = 1;
  }
  const heapBase = (base.tp_flags & TPFLAGS.HEAPTYPE) !== 0;
  let derived = heapBase ? null : base.derivedSlots;
  if (!heapBase && derived === null) derived = base.derivedSlots = new Array<unknown>(SLOT_GROUPS.length).fill(undefined);
  const b = base as unknown as Record<SlotName, unknown>;
  for (let j = 0; j < SLOT_GROUPS.length; j++) {
    const g = SLOT_GROUPS[j];
    const slot = g[0].slot;
    if (own[j] !== 0 || slot === 'tp_new') t[slot] = updateOneSlot(type, g);
    else if (derived === null) t[slot] = b[slot];
    else {
      let v = derived[j];
      if (v === undefined) v = derived[j] = updateOneSlot(type, g);
      t[slot] = v;
    }
  }
}

/** Recomputes the slots `name` maps to, for type and its subclasses.  CPython: update_slot */
export function updateSlot(type: PyType, name: string): void {
  const groups = GROUPS_OF_NAME.get(name);
  if (groups === undefined) return;
  const visit = (t: PyType): void => {
    if (!(t.tp_flags & TPFLAGS.HEAPTYPE)) return;
    for (const j of groups) (t as unknown as Record<SlotName, unknown>)[SLOT_GROUPS[j][0].slot] = updateOneSlot(t, SLOT_GROUPS[j]);
    for (const sub of subclassesOf(t)) visit(sub);
  };
  PyType_Modified(type);
  visit(type);
}

/**
 * Chooses a Python class's function for one slot: when every dunder for the slot resolves to the
 * same builtin slot wrapper, the builtin slot function itself (so `class L(list)` indexes as fast
 * as a list); when any resolves to Python code, the generic slot_* function; otherwise nothing.
 * CPython: update_one_slot
 */
function updateOneSlot(type: PyType, defs: readonly SlotDef[]): unknown {
  const slot = defs[0].slot;
  let specific: unknown = null;
  let generic: unknown = null;
  let useGeneric = false;
  for (const d of defs) {
    const descr = _PyType_Lookup(type, d.name);
    if (descr === null) {
      if (slot === 'tp_iternext' || d.name === '__getattr__') continue;
      continue;
    }
    if (descr instanceof PyWrapperDescr && descr.wrapper === d.wrapper && PyType_IsSubtype(type, descr.d_type)) {
      if (specific === null || specific === descr.slot) specific = descr.slot;
      else useGeneric = true;
      generic = d.generic;
    } else if (slot === 'tp_hash' && descr === None) {
      specific = PyObject_HashNotImplemented;
    } else if (slot === 'tp_new') {
      specific = newFromBuiltin(type, descr);
      if (specific === null) {
        useGeneric = true;
        generic = d.generic;
      }
    } else if (d.name === '__getattribute__' && descr === objectGetattribute()) {
      if (specific === null) specific = PyObject_GenericGetAttr;
      generic = d.generic;
    } else {
      useGeneric = true;
      generic = d.generic;
    }
  }
  if (slot === 'tp_getattro' && specific === PyObject_GenericGetAttr && _PyType_Lookup(type, '__getattr__') !== null) useGeneric = true;
  if (slot === 'tp_setattro' && specific === null && !useGeneric) specific = PyObject_GenericSetAttr;
  return specific !== null && !useGeneric ? specific : useGeneric ? generic : null;
}


