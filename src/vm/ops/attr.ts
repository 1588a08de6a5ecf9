// Attribute instructions: LOAD_ATTR (plain and method form), STORE_ATTR, DELETE_ATTR,
// LOAD_SUPER_ATTR, LOAD_SPECIAL.  CPython: Python/bytecodes.c, Objects/object.c _PyObject_GetMethod,
// Objects/typeobject.c super_getattro
import { monitoring } from '../monitoring.ts';
import { type PyValue } from '../../objects/object.ts';
import { TPFLAGS, typeOf, _PyType_Lookup, PyType, PyType_IsSubtype } from '../../objects/type.ts';
import { PyObject_GetAttr, PyObject_SetAttr, PyObject_Call } from '../../objects/abstract.ts';
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr, instanceDict } from '../../objects/generic-attr.ts';
import { PyInstance } from '../../objects/typeobject.ts';
import { typeError } from '../../objects/exceptions.ts';
import type { Frame } from '../frame.ts';
import { Op } from '../../bytecode/opcodes.generated.ts';
import { deopt } from '../specialize.ts';
import { superLookup, SuperType } from '../../objects/super.ts';

/**
 * LOAD_ATTR's generic form.  An instance of a Python class deriving from object whose type has no
 * attribute of that name (and the generic __getattribute__) finds it in its __dict__ at once: what
 * object.__getattribute__ would do, without its steps that cannot apply (sites that see several
 * classes, such as a method of a base class, stay generic).
 */
export function loadAttr(owner: PyValue, name: string): PyValue {
  if (owner instanceof PyInstance) {
    const tp = owner.ob_type;
    const d = owner.ob_dict;
    if (d !== null && tp.tp_getattro === PyObject_GenericGetAttr && _PyType_Lookup(tp, name) === null) {
      const v = d.getStr(name);
      if (v !== undefined) return v;
    }
  }
  return PyObject_GetAttr(owner, name);
}

/**
 * LOAD_ATTR's method form: pushes (function, self) when the attribute is a method found on the type,
 * so that CALL need not create a bound method; else (attribute, NULL).  CPython: _PyObject_GetMethod
 * The owner is at stack[sp - 1]; returns the new stack pointer.
 */
export function loadMethod(stack: (PyValue | undefined)[], sp: number, owner: PyValue, name: string): number {
  const tp = typeOf(owner);
  if (tp.tp_getattro === PyObject_GenericGetAttr) {
    const descr = _PyType_Lookup(tp, name);
    if (descr !== null) {
      const dt = typeOf(descr);
      if (dt.tp_flags & TPFLAGS.METHOD_DESCRIPTOR) {
        // An instance of a Python class has none of its class's names in its __dict__ unless the
        // class is marked as allowing it (type.ts markDictShadowing, the invariant the specialized
        // LOAD_ATTR_METHOD_WITH_VALUES also relies on).
        const d = owner instanceof PyInstance ? (tp.dictMayShadow ? owner.ob_dict : null) : instanceDict(owner);
        if (d === null || d.findStr(name) < 0) {
          stack[sp - 1] = descr;
          stack[sp] = owner;
          return sp + 1;
        }
      }
    }
  }
  stack[sp - 1] = loadAttr(owner, name);
  stack[sp] = undefined;
  return sp + 1;
}

/** A specialized LOAD_ATTR whose guard failed: back to the generic form, and its work.  Returns sp. */
export function loadAttrMiss(units: Uint16Array, i: number, stack: (PyValue | undefined)[], sp: number, oparg: number, name: string): number {
  deopt(units, i, Op.LOAD_ATTR);
  const owner = stack[sp - 1]!;
  if (oparg & 1) return loadMethod(stack, sp, owner, name);
  stack[sp - 1] = loadAttr(owner, name);
  return sp;
}

/** A specialized STORE_ATTR whose guard failed: back to the generic form, and its work.  Returns sp. */
export function storeAttrMiss(units: Uint16Array, i: number, stack: (PyValue | undefined)[], sp: number, name: string): number {
  deopt(units, i, Op.STORE_ATTR);
  const owner = stack[sp - 1]!;
  const v = stack[sp - 2]!;
  stack[sp - 1] = stack[sp - 2] = undefined;
  storeAttr(owner, name, v);
  return sp - 2;
}

/**
 * STORE_ATTR's generic form.  An instance of a Python class deriving from object, whose type has no
 * attribute of that name (so no data descriptor) and the generic __setattr__, stores in its
 * __dict__ at once, as object.__setattr__ would (the first stores in __init__ come here: the
 * specialized form needs the key to exist).
 */
export function storeAttr(owner: PyValue, name: string, v: PyValue): void {
  if (owner instanceof PyInstance) {
    const tp = owner.ob_type;
    const d = owner.ob_dict;
    if (d !== null && tp.tp_setattro === PyObject_GenericSetAttr && _PyType_Lookup(tp, name) === null) {
      d.setStr(name, v);
      return;
    }
  }
  PyObject_SetAttr(owner, name, v);
}

export function deleteAttr(owner: PyValue, name: string): void {
  PyObject_SetAttr(owner, name, null);
}

/**
 * LOAD_SUPER_ATTR: stack (global super, class, self). oparg bit 0: method form; bit 1: the
 * two-argument super(class, self) call. When `super` is not the builtin, calls it normally.
 * CPython: _LOAD_SUPER_ATTR
 */
export function loadSuperAttr(frame: Frame, stack: (PyValue | undefined)[], sp: number, oparg: number, name: string): number {
  const self = stack[sp - 1]!;
  const cls = stack[sp - 2]!;
  const globalSuper = stack[sp - 3]!;
  stack[sp - 1] = stack[sp - 2] = undefined;
  sp -= 3;
  void frame;
  // Under sys.monitoring, CPython runs the generic instruction (a CALL event for super() and the
  // bound attribute, never the method and self apart): so does this.
  if (globalSuper === SuperType && cls instanceof PyType && !monitoring.active) {
    if (!(self instanceof PyType && PyType_IsSubtype(self, cls)) && !PyType_IsSubtype(typeOf(self), cls)) {
      // Let super() report the error.
    } else {
      const r = superLookup(cls, self, name, (oparg & 1) !== 0);
      if (oparg & 1) {
        stack[sp] = r.attr;
        stack[sp + 1] = r.self;
        return sp + 2;
      }
      stack[sp] = r.attr;
      return sp + 1;
    }
  }
  const sup = PyObject_Call(globalSuper, oparg & 2 ? [cls, self] : [], null);
  const attr = PyObject_GetAttr(sup, name);
  stack[sp] = attr;
  if (oparg & 1) {
    stack[sp + 1] = undefined;
    return sp + 2;
  }
  return sp + 1;
}

const SPECIAL = [
  ['__enter__', "'%T' object does not support the context manager protocol (missed __enter__ method)", "'%T' object does not support the context manager protocol (missed __enter__ method) but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?"],
  ['__exit__', "'%T' object does not support the context manager protocol (missed __exit__ method)", "'%T' object does not support the context manager protocol (missed __exit__ method) but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?"],
  ['__aenter__', "'%T' object does not support the asynchronous context manager protocol (missed __aenter__ method)", "'%T' object does not support the asynchronous context manager protocol (missed __aenter__ method) but it supports the context manager protocol. Did you mean to use 'with'?"],
  ['__aexit__', "'%T' object does not support the asynchronous context manager protocol (missed __aexit__ method)", "'%T' object does not support the asynchronous context manager protocol (missed __aexit__ method) but it supports the context manager protocol. Did you mean to use 'with'?"],
] as const;

/**
 * LOAD_SPECIAL: replaces the owner at stack[sp - 1] with (method, self) or (bound method, NULL),
 * looked up on the type only.  CPython: _LOAD_SPECIAL, _PyObject_LookupSpecialMethod
 */
export function loadSpecial(stack: (PyValue | undefined)[], sp: number, oparg: number): void {
  const owner = stack[sp - 1]!;
  const [name, err, suggest] = SPECIAL[oparg];
  const tp = typeOf(owner);
  const descr = _PyType_Lookup(tp, name);
  if (descr === null) {
    const other = oparg < 2 ? ['__aenter__', '__aexit__'] : ['__enter__', '__exit__'];
    const can = _PyType_Lookup(tp, other[0]) !== null && _PyType_Lookup(tp, other[1]) !== null;
    throw typeError((can ? suggest : err).replace('%T', tp.tp_name));
  }
  const dt = typeOf(descr);
  if (dt.tp_flags & TPFLAGS.METHOD_DESCRIPTOR) {
    stack[sp - 1] = descr;
    stack[sp] = owner;
    return;
  }
  const get = dt.tp_descr_get;
  stack[sp - 1] = get === null ? descr : get(descr, owner, tp);
  stack[sp] = undefined;
}
