// set and frozenset.  CPython: Objects/setobject.c
//
// The table is CPython's: open addressing over a power-of-two array, LINEAR_PROBES neighbouring
// slots before each perturbed jump, deleted entries left as dummies, resizing when the fill reaches
// 3/5 of the table. With hashes equal to 64-bit CPython's, iteration order is identical to CPython's
// for the same sequence of operations, which is what printing a set shows.
// Hashes are kept as two 32-bit halves (see hash.ts). An empty slot has key undefined and hash 0;
// a dummy has key DUMMY and hash -1.

import { PyObject, type PyValue } from './object.ts';
import { hashHi } from './hash.ts';
import { PyObject_HashParts, PyObject_RichCompareBool } from './abstract.ts';
import { CompareOp } from './type.ts';
import { typeError, exceptionMatches, PyExc_TypeError } from './exceptions.ts';
import { typeOf } from './type.ts';
import { PyObject_Str } from './abstract.ts';

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
const MINSIZE = 8;

/** The key of a deleted entry. */
export const DUMMY: PyValue = Object.freeze(new (class Dummy extends PyObject {})()) as PyValue;

export class PySetObject extends PyObject {
  /** Keys by slot: undefined = never used, DUMMY = deleted. */
  keys: (PyValue | undefined)[] = new Array(MINSIZE).fill(undefined);
  hashLo: Int32Array = new Int32Array(MINSIZE);
  hashHi: Int32Array = new Int32Array(MINSIZE);
  mask = MINSIZE - 1;
  /** Active entries. */
  used = 0;
  /** Active + dummy entries. */
  fill = 0;
  /** Bumped on every change, so iterators can detect mutation. */
  version = 0;
  /** frozenset's cached hash halves (hashCached false until computed). */
  hashCached = false;
  cachedLo = 0;
  cachedHi = 0;

  get size(): number {
    return this.used;
  }
}

/** Compares a found key with the one looked up, as set_lookkey does (identity, exact str, then ==). */
function keysEqual(so: PySetObject, i: number, key: PyValue): boolean | null {
  const startkey = so.keys[i]!;
  if (startkey === key) return true;
  if (typeof startkey === 'string' && typeof key === 'string') return false;
  const keys = so.keys;
  const r = PyObject_RichCompareBool(startkey, key, CompareOp.EQ);
  // The comparison may have mutated the set: the caller restarts.
  if (so.keys !== keys || so.keys[i] !== startkey) return null;
  return r;
}

/** The slot holding `key`, or the empty slot where the search ended (keys[slot] undefined).  CPython: set_lookkey */
function lookkey(so: PySetObject, key: PyValue, lo: number, hi: number): number {
  for (;;) {
    let mask = so.mask;
    let i = lo & mask;
    // perturb is the unsigned 64-bit hash, shifted right PERTURB_SHIFT bits at each round.
    let pHi = hi >>> 0;
    let pLo = lo >>> 0;
    let restart = false;
    outer: for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = so.keys[j];
        if (k === undefined && so.hashLo[j] === 0) return j;
        if (so.hashLo[j] === lo && so.hashHi[j] === hi && k !== DUMMY) {
          const eq = keysEqual(so, j, key);
          if (eq === null) {
            restart = true;
            break outer;
          }
          if (eq) return j;
          mask = so.mask;
        }
        j++;
      } while (probes-- > 0);
      pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
      pHi = pHi >>> PERTURB_SHIFT;
      i = (i * 5 + 1 + pLo) & mask;
      // (i * 5 + 1 + perturb) & mask only needs the low bits: mask < 2**31.
    }
    if (!restart) return -1;
  }
}

function insertClean(keys: (PyValue | undefined)[], his: Int32Array, los: Int32Array, mask: number, key: PyValue, lo: number, hi: number): void {
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
function tableResize(so: PySetObject, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldKeys = so.keys;
  const oldLo = so.hashLo;
  const oldHi = so.hashHi;
  if (newsize === MINSIZE && oldKeys.length === MINSIZE && so.fill === so.used) return;
  const keys = new Array<PyValue | undefined>(newsize).fill(undefined);
  const los = new Int32Array(newsize);
  const his = new Int32Array(newsize);
  const mask = newsize - 1;
  for (let i = 0; i < oldKeys.length; i++) {
    const k = oldKeys[i];
    if (k !== undefined && k !== DUMMY) insertClean(keys, his, los, mask, k, oldLo[i], oldHi[i]);
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
        if (k === undefined && so.hashLo[j] === 0) {
          // found unused (or reuse an earlier dummy)
          so.version++;
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
          tableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
          return;
        }
        if (so.hashLo[j] === lo && so.hashHi[j] === hi && k !== DUMMY) {
          const eq = keysEqual(so, j, key);
          if (eq === null) continue restart;
          if (eq) return;
          mask = so.mask;
        } else if (k === DUMMY) freeslot = j;
        j++;
      } while (probes-- > 0);
      pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
      pHi = pHi >>> PERTURB_SHIFT;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }
}

/** The hash of a set element, with CPython's error for unhashable ones. */
export function setKeyHash(key: PyValue): number {
  try {
    return PyObject_HashParts(key);
  } catch (e) {
    if (e instanceof PyObject && exceptionMatches(e, PyExc_TypeError)) {
      throw typeError(`cannot use '${typeOf(key).tp_name}' as a set element (${PyObject_Str(e)})`);
    }
    throw e;
  }
}

export function setAdd(so: PySetObject, key: PyValue): void {
  const lo = setKeyHash(key);
  setAddEntry(so, key, lo, hashHi);
}

export function setContains(so: PySetObject, key: PyValue): boolean {
  const lo = setKeyHash(key);
  const i = lookkey(so, key, lo, hashHi);
  return i >= 0 && so.keys[i] !== undefined;
}

/** Removes key; true if it was present.  CPython: set_discard_entry */
export function setDiscard(so: PySetObject, key: PyValue): boolean {
  const lo = setKeyHash(key);
  return setDiscardEntry(so, key, lo, hashHi);
}

export function setDiscardEntry(so: PySetObject, key: PyValue, lo: number, hi: number): boolean {
  const i = lookkey(so, key, lo, hi);
  if (i < 0 || so.keys[i] === undefined) return false;
  so.keys[i] = DUMMY;
  so.hashLo[i] = -1;
  so.hashHi[i] = -1;
  so.used--;
  so.version++;
  return true;
}

export function setClear(so: PySetObject): void {
  so.keys = new Array(MINSIZE).fill(undefined);
  so.hashLo = new Int32Array(MINSIZE);
  so.hashHi = new Int32Array(MINSIZE);
  so.mask = MINSIZE - 1;
  so.used = 0;
  so.fill = 0;
  so.version++;
}

/** The active entries in table order: what iteration yields.  CPython: set_next */
export function setItems(so: PySetObject): PyValue[] {
  const out: PyValue[] = [];
  const keys = so.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== undefined && k !== DUMMY) out.push(k);
  }
  return out;
}

/**
 * Adds every element of another set, as CPython's set_merge does: into an empty, non-dummy target
 * large enough, entries are copied in the other set's table order with insertClean.
 */
export function setMerge(so: PySetObject, other: PySetObject): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) tableResize(so, (so.used + other.used) * 2);
  const okeys = other.keys;
  const olo = other.hashLo;
  const ohi = other.hashHi;
  // An empty target whose table has the same size can take the entries slot for slot.
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i < okeys.length; i++) {
      const k = okeys[i];
      if (k !== undefined && k !== DUMMY) {
        so.keys[i] = k;
        so.hashLo[i] = olo[i];
        so.hashHi[i] = ohi[i];
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    so.version++;
    return;
  }
  if (so.fill === 0) {
    for (let i = 0; i < okeys.length; i++) {
      const k = okeys[i];
      if (k !== undefined && k !== DUMMY) insertClean(so.keys, so.hashHi, so.hashLo, so.mask, k, olo[i], ohi[i]);
    }
    so.fill = other.used;
    so.used = other.used;
    so.version++;
    return;
  }
  for (let i = 0; i < okeys.length; i++) {
    const k = okeys[i];
    if (k !== undefined && k !== DUMMY) setAddEntry(so, k, olo[i], ohi[i]);
  }
}

/** Resizes before a bulk update of n items, as set_update_internal does for dicts and sets. */
export function setReserve(so: PySetObject, n: number): void {
  if ((so.fill + n) * 5 >= so.mask * 3) tableResize(so, (so.used + n) * 2);
}
