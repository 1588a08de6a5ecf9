// Loads every builtin type and readies them, once.  CPython: Objects/object.c _PyTypes_InitTypes
import './typeobject.ts';
import './exceptions.ts';
import './int.ts';
import './bool.ts';
import './float.ts';
import './complex.ts';
import './str/index.ts';
import './tuple.ts';
import './list.ts';
import './dict-type.ts';
import './slice.ts';
import './none.ts';
import './iterobject.ts';
import './mappingproxy.ts';
import './descrobject.ts';
import './function.ts';
import './set-type.ts';
import './range.ts';
import './enumobject.ts';
import './dictview.ts';
import './genericalias.ts';
import './unionobject.ts';
import './bytes/index.ts';
import './bytearray.ts';
import './memoryview.ts';
import './codecs/latin1.ts';
import './code-type.ts';
import { readyBuiltinTypes } from './type-ready.ts';

let ready = false;

/** Readies every builtin type (idempotent). */
export function initObjects(): void {
  if (ready) return;
  ready = true;
  readyBuiltinTypes();
}
