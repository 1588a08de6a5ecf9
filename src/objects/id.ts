// Object identity: id() and the addresses shown in default reprs.  CPython: Python/bltinmodule.c
// builtin_id, Python/pyhash.c _Py_HashPointer.
//
// Objects get an id on first request, from a counter: ids look like CPython addresses (16-byte
// aligned, in a plausible heap range), and hash(obj) for an object without __hash__ is id >> 4,
// as CPython's pointer hash is for aligned pointers.
// Differs from CPython: JS primitives (int, str, bool) have no identity; their id is derived from
// the value, so equal ints and equal strs share an id.

import type { PyValue } from './object.ts';

const ids = new WeakMap<object, number>();
/** 0x7f0000000000 / 16: the first id is 0x7f0000000010. */
let counter = 0x7f000000000;

export function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    counter += 1 + (counter & 1);
    id = counter * 16;
    ids.set(o, id);
  }
  return id;
}

const primitiveIds = new Map<string | number | bigint | boolean, number>();

/** id(v). */
export function PyObject_Id(v: PyValue): number {
  if (typeof v === 'object') return objectId(v);
  let id = primitiveIds.get(v);
  if (id === undefined) {
    counter += 2;
    id = counter * 16;
    if (primitiveIds.size < 100000) primitiveIds.set(v, id);
  }
  return id;
}

/** '0x7f...' as default reprs print it. */
export function addressOf(v: PyValue): string {
  return '0x' + PyObject_Id(v).toString(16);
}
