// f-string instructions: FORMAT_SIMPLE, FORMAT_WITH_SPEC, CONVERT_VALUE.  CPython: Python/bytecodes.c
import { type PyValue } from '../../objects/object.ts';
import { PyObject_Str, PyObject_Repr } from '../../objects/abstract.ts';
import { PyObject_Format, PyObject_ASCII } from '../../objects/format.ts';

export function formatSimple(v: PyValue): PyValue {
  if (typeof v === 'string') return v;
  return PyObject_Format(v, '');
}

export function formatWithSpec(v: PyValue, spec: PyValue): PyValue {
  return PyObject_Format(v, spec);
}

/** CONVERT_VALUE: 1 !s, 2 !r, 3 !a. */
export function convertValue(v: PyValue, oparg: number): PyValue {
  switch (oparg) {
    case 1:
      return PyObject_Str(v);
    case 2:
      return PyObject_Repr(v);
    default:
      return PyObject_ASCII(v);
  }
}
