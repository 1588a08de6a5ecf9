// The tuple value class. It lives in a module without imports beyond object.ts, so that classes
// extending it (structseq) can be defined whatever order the object layer's import cycles impose;
// the tuple type itself is tuple.ts.  CPython: Include/cpython/tupleobject.h
import { PyObject, type PyValue } from './object.ts';

export class PyTuple extends PyObject {
  // Declared, not a class field: a field would be defined as undefined and then assigned, a second
  // store on every tuple made.
  declare readonly items: readonly PyValue[];
  /**
   * The hash, cached once computed as CPython 3.14 caches it (ob_hash): its low and high 32-bit
   * halves, both -1 until then (no hash is -1).  An item's __hash__ runs once per tuple.
   */
  declare hashLo: number;
  declare hashHi: number;

  constructor(items: readonly PyValue[]) {
    super();
    this.items = items;
    this.hashLo = -1;
    this.hashHi = -1;
  }
}

export const EMPTY_TUPLE = new PyTuple([]);
