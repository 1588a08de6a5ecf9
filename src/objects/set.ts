// The set table: storage shared by set and frozenset.  CPython: Objects/setobject.c
//
// The table is CPython's: open addressing over a power-of-two array, LINEAR_PROBES neighbouring
// slots before each perturbed jump, deleted entries left as dummies, resizing when the fill reaches
// 3/5 of the table, the same "small table" rules on clear and shrink. With hashes equal to 64-bit
// CPython's, iteration order is identical to CPython's for the same sequence of operations, which
// is what printing a set shows; the set algorithms (set-type.ts) follow CPython's code paths so that
// their results are built by the same sequence of operations.
// Hashes are kept as two 32-bit halves (see hash.ts). An empty slot has key undefined and hash 0;
// a dummy has key DUMMY and hash -1. The three arrays are plain JS arrays: most sets are small and
// short-lived, and V8 allocates a typed array of more than 64 bytes outside its heap, several times
// slower than an array of numbers (int32 halves are small ints in Node's V8, which does not compress
// pointers; elsewhere the array holds unboxed doubles).

import { PyObject, type PyValue } from './object.ts';
import { hashHi } from './hash.ts';
import { PyObject_HashParts, PyObject_RichCompareBool, PyObject_Str } from './abstract.ts';
import { CompareOp, TPFLAGS, typeOf, type PyType } from './type.ts';
import { typeError, PyExc_TypeError } from './exceptions.ts';

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
export const SET_MINSIZE = 8;

/** The key of a deleted entry. */
export const DUMMY: PyValue = Object.freeze(new (class Dummy extends PyObject {})()) as PyValue;

/** PyFrozenSet_CheckExact: set_lookkey skips its mutation checks for exact frozensets. */
function isExactFrozenset(t: PyType): boolean {
  return t.tp_name === 'frozenset' && (t.tp_flags & TPFLAGS.HEAPTYPE) === 0;
}

// Empty tables are copied from templates (one per power-of-two size up to TEMPLATE_MAX): a copy is
// a block move, several times faster than filling a new array, and every table is a packed array
// of one elements kind, so the lookups' element accesses stay monomorphic.
const TEMPLATE_MAX = 1 << 10;
const keyTemplates: (PyValue | undefined)[][] = [];
const hashTemplates: number[][] = [];
for (let n = SET_MINSIZE; n <= TEMPLATE_MAX; n *= 2) {
  const k: (PyValue | undefined)[] = [];
  const h: number[] = [];
  for (let i = 0; i < n; i++) {
    k.push(undefined);
    h.push(0);
  }
  keyTemplates.push(k);
  hashTemplates.push(h);
}

/** The keys of an empty table of n slots (a power of two, at least SET_MINSIZE). */
function emptyKeys(n: number): (PyValue | undefined)[] {
  if (n === SET_MINSIZE) return [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
  if (n <= TEMPLATE_MAX) return keyTemplates[28 - Math.clz32(n)].slice();
  const keys: (PyValue | undefined)[] = [];
  for (let i = 0; i < n; i++) keys.push(undefined);
  return keys;
}

/** The hash halves of an empty table of n slots (a power of two, at least SET_MINSIZE). */
function zeroHashes(n: number): number[] {
  if (n === SET_MINSIZE) return [0, 0, 0, 0, 0, 0, 0, 0];
  if (n <= TEMPLATE_MAX) return hashTemplates[28 - Math.clz32(n)].slice();
  const h: number[] = [];
  for (let i = 0; i < n; i++) h.push(0);
  return h;
}

export class PySetObject extends PyObject {
  /** Keys by slot: undefined = never used, DUMMY = deleted. */
  keys: (PyValue | undefined)[] = emptyKeys(SET_MINSIZE);
  hashLo: number[] = zeroHashes(SET_MINSIZE);
  hashHi: number[] = zeroHashes(SET_MINSIZE);
  mask = SET_MINSIZE - 1;
  /** Active entries. */
  used = 0;
  /** Active + dummy entries. */
  fill = 0;
  /** Where pop() starts its search.  CPython: so->finger */
  finger = 0;
  /** frozenset's cached hash halves (hashCached false until computed; CPython's hash == -1). */
  hashCached = false;
  cachedLo = 0;
  cachedHi = 0;

  get size(): number {
    return this.used;
  }
}

/** The slot holding `key`, or the empty slot where the search ended (keys[slot] undefined).  CPython: set_lookkey */
export function setLookkey(so: PySetObject, key: PyValue, lo: number, hi: number): number {
  restart: for (;;) {
    let mask = so.mask;
    let i = lo & mask;
    // perturb is the unsigned 64-bit hash, shifted right PERTURB_SHIFT bits at each round.
    let pHi = hi >>> 0;
    let pLo = lo >>> 0;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = so.keys[j];
        if (k === undefined) return j;
        if (so.hashLo[j] === lo && so.hashHi[j] === hi && k !== DUMMY) {
          if (k === key) return j;
          if (typeof k === 'string' && typeof key === 'string') {
            // Equal exact strs are the same JS value; different ones are unequal.
          } else {
            const keys = so.keys;
            const eq = PyObject_RichCompareBool(k, key, CompareOp.EQ);
            if ((so.keys !== keys || so.keys[j] !== k) && !isExactFrozenset(so.ob_type)) continue restart;
            if (eq) return j;
            mask = so.mask;
          }
        }
        j++;
      } while (probes-- > 0);
      pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
      pHi = pHi >>> PERTURB_SHIFT;
      // (i * 5 + 1 + perturb) & mask only needs the low bits: mask < 2**31.
      i = (i * 5 + 1 + pLo) & mask;
    }
  }
}

function insertClean(keys: (PyValue | undefined)[], los: number[], his: number[], mask: number, key: PyValue, lo: number, hi: number): void {
  let i = lo & mask;
  let pHi = hi >>> 0;
  let pLo = lo >>> 0;
  for (;;) {
    if (keys[i] === undefined) break;
    let found = false;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === undefined) {
          i += j;
          found = true;
          break;
        }
      }
    }
    if (found) break;
    pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
    pHi = pHi >>> PERTURB_SHIFT;
    i = (i * 5 + 1 + pLo) & mask;
  }
  keys[i] = key;
  los[i] = lo;
  his[i] = hi;
}

/** Rebuilds the table with room for `minused` entries.  CPython: set_table_resize */
export function setTableResize(so: PySetObject, minused: number): void {
  let newsize = SET_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldKeys = so.keys;
  const oldLo = so.hashLo;
  const oldHi = so.hashHi;
  // The small table has no dummies to purge: nothing to do.
  if (newsize === SET_MINSIZE && oldKeys.length === SET_MINSIZE && so.fill === so.used) return;
  const keys = emptyKeys(newsize);
  const los = zeroHashes(newsize);
  const his = zeroHashes(newsize);
  const mask = newsize - 1;
  for (let i = 0; i < oldKeys.length; i++) {
    const k = oldKeys[i];
    if (k !== undefined && k !== DUMMY) insertClean(keys, los, his, mask, k, oldLo[i], oldHi[i]);
  }
  so.keys = keys;
  so.hashLo = los;
  so.hashHi = his;
  so.mask = mask;
  so.fill = so.used;
}

/** Adds `key` with its hash.  CPython: set_add_entry */
export function setAddEntry(so: PySetObject, key: PyValue, lo: number, hi: number): void {
  restart: for (;;) {
    let mask = so.mask;
    let i = lo & mask;
    let freeslot = -1;
    let pHi = hi >>> 0;
    let pLo = lo >>> 0;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = so.keys[j];
        if (k === undefined) {
          if (freeslot >= 0) {
            if (so.keys[freeslot] !== DUMMY) continue restart;
            so.keys[freeslot] = key;
            so.hashLo[freeslot] = lo;
            so.hashHi[freeslot] = hi;
            so.used++;
            return;
          }
          so.fill++;
          so.used++;
          so.keys[j] = key;
          so.hashLo[j] = lo;
          so.hashHi[j] = hi;
          if (so.fill * 5 < mask * 3) return;
          setTableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
          return;
        }
        if (k === DUMMY) freeslot = j;
        else if (so.hashLo[j] === lo && so.hashHi[j] === hi) {
          if (k === key) return;
          if (typeof k !== 'string' || typeof key !== 'string') {
            const keys = so.keys;
            const eq = PyObject_RichCompareBool(k, key, CompareOp.EQ);
            if (eq) return;
            if (so.keys !== keys || so.keys[j] !== k) continue restart;
            mask = so.mask;
          }
        }
        j++;
      } while (probes-- > 0);
      pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
      pHi = pHi >>> PERTURB_SHIFT;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }
}

/** The hash of a set element, with CPython's error for unhashable ones.  CPython: set_unhashable_type */
export function setKeyHash(key: PyValue): number {
  try {
    return PyObject_HashParts(key);
  } catch (e) {
    if (e instanceof PyObject && e.ob_type === PyExc_TypeError) {
      throw typeError(`cannot use '${typeOf(key).tp_name}' as a set element (${PyObject_Str(e)})`);
    }
    throw e;
  }
}

/** set.add(key).  CPython: set_add_key */
export function setAdd(so: PySetObject, key: PyValue): void {
  const lo = setKeyHash(key);
  setAddEntry(so, key, lo, hashHi);
}

/** key in so, for a key whose hash is known.  CPython: set_contains_entry */
export function setContainsEntry(so: PySetObject, key: PyValue, lo: number, hi: number): boolean {
  return so.keys[setLookkey(so, key, lo, hi)] !== undefined;
}

/** key in so.  CPython: set_contains_key */
export function setContains(so: PySetObject, key: PyValue): boolean {
  const lo = setKeyHash(key);
  return setContainsEntry(so, key, lo, hashHi);
}

/** Removes key; true if it was present.  CPython: set_discard_key */
export function setDiscard(so: PySetObject, key: PyValue): boolean {
  const lo = setKeyHash(key);
  return setDiscardEntry(so, key, lo, hashHi);
}

/** CPython: set_discard_entry */
export function setDiscardEntry(so: PySetObject, key: PyValue, lo: number, hi: number): boolean {
  const i = setLookkey(so, key, lo, hi);
  if (so.keys[i] === undefined) return false;
  so.keys[i] = DUMMY;
  so.hashLo[i] = -1;
  so.hashHi[i] = -1;
  so.used--;
  return true;
}

function emptyToMinsize(so: PySetObject): void {
  so.keys = emptyKeys(SET_MINSIZE);
  so.hashLo = zeroHashes(SET_MINSIZE);
  so.hashHi = zeroHashes(SET_MINSIZE);
  so.mask = SET_MINSIZE - 1;
  so.used = 0;
  so.fill = 0;
  so.hashCached = false;
}

/** Removes every element.  CPython: set_clear_internal */
export function setClear(so: PySetObject): void {
  if (so.mask !== SET_MINSIZE - 1 || so.fill > 0) emptyToMinsize(so);
}

/** The slot of the first active entry at or after `pos`, or -1.  CPython: set_next */
export function setNext(so: PySetObject, pos: number): number {
  const keys = so.keys;
  for (let i = pos; i <= so.mask; i++) {
    const k = keys[i];
    if (k !== undefined && k !== DUMMY) return i;
  }
  return -1;
}

/** The active entries in table order: what iteration yields. */
export function setItems(so: PySetObject): PyValue[] {
  const out: PyValue[] = [];
  const keys = so.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== undefined && k !== DUMMY) out.push(k);
  }
  return out;
}

/** Adds every element of another set.  CPython: set_merge_lock_held */
export function setMerge(so: PySetObject, other: PySetObject): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) setTableResize(so, (so.used + other.used) * 2);
  const okeys = other.keys;
  const olo = other.hashLo;
  const ohi = other.hashHi;
  // An empty target whose table has the same size, and a source without dummies: copy slot for slot.
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = okeys[i];
      if (k !== undefined) {
        so.keys[i] = k;
        so.hashLo[i] = olo[i];
        so.hashHi[i] = ohi[i];
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  // An empty target can take the entries without comparisons.
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = okeys[i];
      if (k !== undefined && k !== DUMMY) insertClean(so.keys, so.hashLo, so.hashHi, so.mask, k, olo[i], ohi[i]);
    }
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const k = other.keys[i];
    if (k !== undefined && k !== DUMMY) setAddEntry(so, k, other.hashLo[i], other.hashHi[i]);
  }
}

/** Exchanges the contents of two sets.  CPython: set_swap_bodies */
export function setSwapBodies(a: PySetObject, b: PySetObject, bothFrozen: boolean): void {
  const keys = a.keys;
  const lo = a.hashLo;
  const hi = a.hashHi;
  const mask = a.mask;
  const used = a.used;
  const fill = a.fill;
  a.keys = b.keys;
  a.hashLo = b.hashLo;
  a.hashHi = b.hashHi;
  a.mask = b.mask;
  a.used = b.used;
  a.fill = b.fill;
  b.keys = keys;
  b.hashLo = lo;
  b.hashHi = hi;
  b.mask = mask;
  b.used = used;
  b.fill = fill;
  if (bothFrozen) {
    const c = a.hashCached;
    const cl = a.cachedLo;
    const ch = a.cachedHi;
    a.hashCached = b.hashCached;
    a.cachedLo = b.cachedLo;
    a.cachedHi = b.cachedHi;
    b.hashCached = c;
    b.cachedLo = cl;
    b.cachedHi = ch;
  } else {
    a.hashCached = false;
    b.hashCached = false;
  }
}
