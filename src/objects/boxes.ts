// Instances of Python subclasses of int and str. An exact int is a JS number or bigint and an exact
// str a JS string; a subclass instance (an IntEnum member, a StrEnum member...) needs an object to
// carry its type and __dict__, so it boxes the value.  CPython: such instances are PyLongObject /
// PyUnicodeObject with a different ob_type.

import { PyObject, type PyIntValue, type PyValue } from './object.ts';

/** The value of an instance of a subclass of int (its type, __dict__ and slots come from newHeapInstance). */
export class PyIntBox extends PyObject {
  constructor(public readonly value: PyIntValue) {
    super();
  }
}

/** The value of an instance of a subclass of str. */
export class PyStrBox extends PyObject {
  constructor(public readonly value: string) {
    super();
  }
}

/** int, bool, or an int subclass instance.  CPython: PyLong_Check */
export function isIntValue(v: PyValue): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || v instanceof PyIntBox;
}

/** The int value of something isIntValue accepts. */
export function intValue(v: PyValue): PyIntValue {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  return (v as PyIntBox).value;
}

/** str or a str subclass instance.  CPython: PyUnicode_Check */
export function isStrValue(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyStrBox;
}

/** The text of something isStrValue accepts. */
export function strValue(v: PyValue): string {
  return typeof v === 'string' ? v : (v as PyStrBox).value;
}
