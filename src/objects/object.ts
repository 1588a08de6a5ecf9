// The root of the object model: how a Python value is represented in JavaScript.  CPython: Include/object.h
//
//   int    -> JS number when |v| <= 2**53-1 (always an integer value, never -0), else JS bigint
//   bool   -> JS boolean        str -> JS string (UTF-16; code-point semantics are kept by the str type)
//   float  -> PyFloat (boxed, so a float is never confused with an int)
//   everything else -> an instance of a PyObject subclass
//
// An object's type is `ob_type`. Exact builtin types keep it on their class prototype (set when the
// type object is defined), so value objects such as PyFloat carry no per-instance type field;
// instances of Python subclasses carry their own.
import type { PyType } from './type.ts';

export abstract class PyObject {
  declare ob_type: PyType;

  /** A short form for Node's console and debugger, instead of the whole object graph. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    const t = this.ob_type;
    const name = t === undefined ? this.constructor.name : t.tp_name;
    const args = (this as unknown as { args?: { items?: unknown[] } }).args?.items;
    return args !== undefined ? `<${name} ${JSON.stringify(args)}>` : `<${name} object>`;
  }
}

/** Any Python value. */
export type PyValue = PyObject | number | bigint | string | boolean;

/** A Python int in either representation. */
export type PyIntValue = number | bigint;

/** The type of None.  CPython: Objects/object.c _PyNone_Type */
export class PyNoneType extends PyObject {}
export const None = new PyNoneType();

/** The type of NotImplemented. */
export class PyNotImplementedType extends PyObject {}
export const NotImplemented = new PyNotImplementedType();

/** The type of Ellipsis (`...`). */
export class PyEllipsisType extends PyObject {}
export const Ellipsis = new PyEllipsisType();
