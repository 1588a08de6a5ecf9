// The slice type: the value class.  CPython: Objects/sliceobject.c
// TODO(#4): the type object, indices(), repr, hash.
import { PyObject, type PyValue } from './object.ts';

export class PySlice extends PyObject {
  constructor(
    public readonly start: PyValue,
    public readonly stop: PyValue,
    public readonly step: PyValue,
  ) {
    super();
  }
}
