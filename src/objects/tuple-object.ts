// The tuple value class. It lives in a module without imports beyond object.ts, so that classes
// extending it (structseq) can be defined whatever order the object layer's import cycles impose;
// the tuple type itself is tuple.ts.  CPython: Include/cpython/tupleobject.h
import { PyObject, type PyValue } from './object.ts';

export class PyTuple extends PyObject {
  // Declared, not a class field: a field would be defined as undefined and then assigned, a second
  // store on every tuple made.
  declare readonly items: readonly PyValue[];

  constructor(items: readonly PyValue[]) {
    super();
    this.items = items;
  }
}

export const EMPTY_TUPLE = new PyTuple([]);
