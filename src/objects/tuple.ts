// The tuple type: the value class.  CPython: Objects/tupleobject.c
// TODO(#4): the type object, methods, hash, repr.
import { PyObject, type PyValue } from './object.ts';

export class PyTuple extends PyObject {
  constructor(public readonly items: readonly PyValue[]) {
    super();
  }
}

export const EMPTY_TUPLE = new PyTuple([]);
