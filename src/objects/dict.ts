// The dict storage: an insertion-ordered hash map with Python key semantics.  CPython: Objects/dictobject.c
//
// API (what other modules may rely on):
//   get/getStr/has/find/findStr    lookups (find* return the entry number or -1); may call __hash__/__eq__
//   set/setStr, delete, removeAt    updates; removeAt(i) removes live entry i
//   clear, popLast, cloneFrom       clear(); popitem's removal; copy()'s clone of a clean dict
//   keys[i]/values[i]               the entries, in insertion order; a removed entry has key DELETED
//   next(i), last()                 the next live entry at or after i (or -1); the last live entry
//   size/used                       live entries;  keysVersion: changes when a key is added or removed
//
// Entries live in two parallel arrays (keys, values) in insertion order, exactly as CPython's
// dk_entries: a removed entry stays in place with the key DELETED, and the arrays are compacted only
// when CPython's table would be resized. We model CPython's table size, dk_usable and key kind
// (str-only "unicode" tables versus general ones) so that entry numbers, and with them what an
// iterator sees after the dict is mutated ("dictionary keys changed during iteration", or items seen
// or not), match CPython's for the same operations.
//
// Two indexes map keys to entry numbers:
//  - `prim`, an index keyed by a primitive token (dict-index.ts), for keys whose equality needs no Python code:
//    str (and str subclasses that keep str's __eq__ and __hash__) by their text; int, bool and
//    non-NaN float by numeric value (1, 1.0 and True share the token 1, as they are one key in
//    Python; integral floats beyond 2**53 use a bigint token like the ints they equal);
//  - `objs`, buckets by the low 32 bits of the Python hash, for every other key; lookups there
//    compare full hashes, then identity, then ==.
// A key of one kind can equal a key of the other (Decimal(1) == 1, a user class whose __eq__ and
// __hash__ match a str's). When both kinds are present, a miss in one index also consults the other
// by hash (`primByHash` is built on first need), so lookups agree with CPython in those cases too.
// Differs from CPython: the probe order of the hash table is not modelled (nothing observable depends
// on it except the order in which __eq__ is called on colliding keys), and instance dicts are not
// split tables.

import { PyObject, type PyValue } from './object.ts';
import { hashHi } from './hash.ts';
import { PrimIndex } from './dict-index.ts';

// The object protocol the storage needs (hash, ==, the tokens of str/int/float boxes, the error for
// unhashable keys) is supplied by dict-type.ts when it is evaluated (setDictKeyOps). dict.ts imports
// nothing that can import it back, so the PyDict class exists before any module that extends or
// instantiates it is evaluated, whatever order the import cycles of the object layer impose.
type HashPartsFn = (v: PyValue) => number;
let dictKeyHashParts: HashPartsFn = notReady;
let dictKeyEqual: (a: PyValue, b: PyValue) => boolean = notReady;
let primTokenOfBox: (k: PyValue) => PrimToken | undefined = () => undefined;
let unhashableKeyError: (key: PyValue, e: unknown) => unknown = (_key, e) => e;

function notReady(): never {
  throw new Error('dict: key operations used before dict-type.ts was loaded');
}

/** matchObj's answer when a key comparison mutated the dict. */
const RESTART = 2;

/** Installs the key operations (called once by dict-type.ts). */
export function setDictKeyOps(ops: {
  hashParts: HashPartsFn;
  equal: (a: PyValue, b: PyValue) => boolean;
  tokenOfBox: (k: PyValue) => PrimToken | undefined;
  unhashable: (key: PyValue, e: unknown) => unknown;
}): void {
  dictKeyHashParts = ops.hashParts;
  dictKeyEqual = ops.equal;
  primTokenOfBox = ops.tokenOfBox;
  unhashableKeyError = ops.unhashable;
}

export type PrimToken = string | number | bigint;

/** The key of a deleted entry. */
export const DELETED: PyValue = Object.freeze(new (class Deleted extends PyObject {})()) as PyValue;

let nextKeysVersion = 1;

/** The high half of the hash PyDict.entryHash last returned. */
export let entryHashHi = 0;

/** The primitive token of a key, or undefined when the key belongs in the hash buckets. */
export function primToken(k: PyValue): PrimToken | undefined {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
  }
  return primTokenOfBox(k);
}

/** The hash of a key being looked up or stored, with CPython's error for unhashable keys.  CPython: dict_unhashable_type */
export function dictKeyHash(key: PyValue): number {
  try {
    return dictKeyHashParts(key);
  } catch (e) {
    throw unhashableKeyError(key, e);
  }
}

/** USABLE_FRACTION: the entries a table of 2**log2 slots holds before it grows. */
function usableFraction(log2: number): number {
  return Math.floor((2 ** log2 * 2) / 3);
}

/** The log2 of the smallest table size >= minsize (at least 8).  CPython: calculate_log2_keysize */
export function calculateLog2Keysize(minsize: number): number {
  let log2 = 3;
  while (2 ** log2 < minsize) log2++;
  return log2;
}

/** The log2 of a table that holds n entries without growing.  CPython: estimate_log2_keysize */
export function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

export class PyDict extends PyObject {
  keys: PyValue[] = [];
  values: PyValue[] = [];
  /** Live entries. */
  used = 0;
  prim = new PrimIndex();
  /** Hash buckets (low 32 bits of the hash -> entry number, or numbers) for non-primitive keys. */
  objs: Map<number, number | number[]> | null = null;
  /** Full hashes of non-primitive keys, by entry number. */
  hashLo: number[] | null = null;
  hashHi: number[] | null = null;
  /** Primitive keys by hash, built when a non-primitive lookup needs it. */
  primByHash: Map<number, number[]> | null = null;
  /**
   * Changes when a key is added or removed (not when a value is replaced); unique across all dicts,
   * so an inline cache that remembers (version, entry) is valid for this dict only.
   */
  keysVersion = nextKeysVersion++;
  /** log2 of CPython's table size; 0 while the dict has CPython's shared empty table. */
  log2Size = 0;
  /** CPython's dk_usable: entries that can still be appended before the table grows. */
  usable = 0;
  /** CPython's DICT_KEYS_UNICODE: every key inserted since the last resize was an exact str. */
  unicodeKeys = true;

  get size(): number {
    return this.used;
  }

  // ---- lookups ----

  /** The entry number of `key`, or -1. May call __hash__ and __eq__. */
  find(key: PyValue): number {
    const tok = primToken(key);
    if (tok !== undefined) {
      const i = this.prim.get(tok);
      if (i !== undefined) return i;
      if (this.objs === null) return -1;
      const lo = dictKeyHashParts(key);
      return this.findObj(key, lo, hashHi);
    }
    const lo = dictKeyHash(key);
    return this.findHashed(key, lo, hashHi);
  }

  /** find() for a key whose hash is already known (set and dict algorithms pass stored hashes). */
  findHashed(key: PyValue, lo: number, hi: number): number {
    const tok = primToken(key);
    if (tok !== undefined) {
      const i = this.prim.get(tok);
      if (i !== undefined) return i;
      return this.objs === null ? -1 : this.findObj(key, lo, hi);
    }
    const i = this.objs === null ? -1 : this.findObj(key, lo, hi);
    if (i >= 0 || this.prim.size === 0) return i;
    return this.findPrimByHash(key, lo, hi);
  }

  /** The entry number of a str key, or -1. Never calls Python code unless non-str keys exist. */
  findStr(key: string): number {
    const i = this.prim.getStr(key);
    if (i !== undefined) return i;
    if (this.objs === null) return -1;
    const lo = dictKeyHashParts(key);
    return this.findObj(key, lo, hashHi);
  }

  getStr(key: string): PyValue | undefined {
    const i = this.prim.getStr(key);
    if (i !== undefined) return this.values[i];
    if (this.objs === null) return undefined;
    const j = this.findStr(key);
    return j < 0 ? undefined : this.values[j];
  }

  get(key: PyValue): PyValue | undefined {
    const i = this.find(key);
    return i < 0 ? undefined : this.values[i];
  }

  has(key: PyValue): boolean {
    return this.find(key) >= 0;
  }

  private findObj(key: PyValue, lo: number, hi: number): number {
    // A key's __eq__ may change the dict; the lookup then starts again on the dict as it is now, as
    // CPython's lookup restarts when the entry or the keys table changed under the comparison.
    for (;;) {
      const objs = this.objs;
      if (objs === null) return -1;
      const b = objs.get(lo);
      if (b === undefined) return -1;
      if (typeof b === 'number') {
        const m = this.matchObj(b, key, hi);
        if (m === RESTART) continue;
        return m ? b : -1;
      }
      let restart = false;
      for (let j = 0; j < b.length; j++) {
        const m = this.matchObj(b[j], key, hi);
        if (m === RESTART) {
          restart = true;
          break;
        }
        if (m) return b[j];
      }
      if (!restart) return -1;
    }
  }

  /** Whether entry i holds key; RESTART when the comparison changed the dict under it. */
  private matchObj(i: number, key: PyValue, hi: number): boolean | typeof RESTART {
    if (this.hashHi![i] !== hi) return false;
    const keys = this.keys;
    const k = keys[i];
    if (k === key) return true;
    const eq = dictKeyEqual(k, key);
    if (this.keys !== keys || keys[i] !== k || this.hashHi === null) return RESTART;
    return eq;
  }

  private findPrimByHash(key: PyValue, lo: number, hi: number): number {
    if (this.primByHash === null) this.buildPrimByHash();
    const b = this.primByHash!.get(lo);
    if (b === undefined) return -1;
    for (let j = 0; j < b.length; j++) {
      const i = b[j];
      const k = this.keys[i];
      if (k === DELETED) continue;
      dictKeyHashParts(k);
      if (hashHi === hi && dictKeyEqual(k, key)) return i;
    }
    return -1;
  }

  private buildPrimByHash(): void {
    const m = new Map<number, number[]>();
    for (const i of this.prim.values()) {
      const lo = dictKeyHashParts(this.keys[i]);
      const b = m.get(lo);
      if (b === undefined) m.set(lo, [i]);
      else b.push(i);
    }
    this.primByHash = m;
  }

  // ---- updates ----

  /** d[key] = value. */
  set(key: PyValue, value: PyValue): void {
    const tok = primToken(key);
    if (tok !== undefined) {
      const i = this.prim.get(tok);
      if (i !== undefined) {
        this.values[i] = value;
        return;
      }
      if (this.objs !== null) {
        const lo = dictKeyHashParts(key);
        const j = this.findObj(key, lo, hashHi);
        if (j >= 0) {
          this.values[j] = value;
          return;
        }
      }
      this.appendPrim(tok, key, value);
      return;
    }
    const lo = dictKeyHash(key);
    this.setHashed(key, value, lo, hashHi);
  }

  /** d[key] = value for a non-primitive key whose hash is known, or any key when `lo`/`hi` are its hash. */
  setHashed(key: PyValue, value: PyValue, lo: number, hi: number): void {
    const tok = primToken(key);
    if (tok !== undefined) {
      const i = this.prim.get(tok);
      if (i !== undefined) {
        this.values[i] = value;
        return;
      }
      const j = this.objs === null ? -1 : this.findObj(key, lo, hi);
      if (j >= 0) this.values[j] = value;
      else this.appendPrim(tok, key, value);
      return;
    }
    let i = this.objs === null ? -1 : this.findObj(key, lo, hi);
    if (i < 0 && this.prim.size > 0) i = this.findPrimByHash(key, lo, hi);
    if (i >= 0) {
      this.values[i] = value;
      return;
    }
    this.appendObj(key, value, lo, hi);
  }

  /**
   * d.setdefault(key, dflt): the value for key, else dflt inserted; hashes the key and looks it up
   * once (a key's __hash__ and __eq__ are called once each).  CPython: PyDict_SetDefaultRef
   */
  setDefault(key: PyValue, dflt: PyValue): PyValue {
    const tok = primToken(key);
    if (tok !== undefined) {
      const i = this.find(key);
      if (i >= 0) return this.values[i];
      this.appendPrim(tok, key, dflt);
      return dflt;
    }
    const lo = dictKeyHash(key);
    const hi = hashHi;
    const i = this.findHashed(key, lo, hi);
    if (i >= 0) return this.values[i];
    this.appendObj(key, dflt, lo, hi);
    return dflt;
  }

  setStr(key: string, value: PyValue): void {
    const i = this.prim.getStr(key);
    if (i !== undefined) this.values[i] = value;
    else if (this.objs === null) this.appendPrim(key, key, value);
    else this.set(key, value);
  }

  /** Makes room for one more entry as CPython's insert_to_emptydict / insert_combined_dict do. */
  private reserveEntry(exactStr: boolean): void {
    if (this.log2Size === 0) {
      this.log2Size = 3;
      this.usable = 5;
      this.unicodeKeys = exactStr;
    } else {
      if (this.unicodeKeys && !exactStr) this.resize(calculateLog2Keysize(this.used * 3), false);
      if (this.usable <= 0) this.resize(calculateLog2Keysize(this.used * 3), true);
    }
    this.usable--;
  }

  private appendPrim(tok: PrimToken, key: PyValue, value: PyValue): void {
    this.reserveEntry(typeof key === 'string');
    const i = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    if (this.hashLo !== null) {
      this.hashLo.push(0);
      this.hashHi!.push(0);
    }
    this.prim.set(tok, i);
    this.used++;
    this.keysVersion = nextKeysVersion++;
    if (this.primByHash !== null) {
      const lo = dictKeyHashParts(key);
      const b = this.primByHash.get(lo);
      if (b === undefined) this.primByHash.set(lo, [i]);
      else b.push(i);
    }
  }

  private appendObj(key: PyValue, value: PyValue, lo: number, hi: number): void {
    this.reserveEntry(false);
    const i = this.keys.length;
    if (this.hashLo === null) {
      this.hashLo = new Array<number>(i).fill(0);
      this.hashHi = new Array<number>(i).fill(0);
    }
    this.keys.push(key);
    this.values.push(value);
    this.hashLo.push(lo);
    this.hashHi!.push(hi);
    this.indexObj(i, lo);
    this.used++;
    this.keysVersion = nextKeysVersion++;
  }

  private indexObj(i: number, lo: number): void {
    const objs = (this.objs ??= new Map());
    const b = objs.get(lo);
    if (b === undefined) objs.set(lo, i);
    else if (typeof b === 'number') objs.set(lo, [b, i]);
    else b.push(i);
  }

  /** Removes entry i (which must be live); the entry keeps its place.  CPython: delitem_common */
  removeAt(i: number): void {
    const key = this.keys[i];
    const tok = primToken(key);
    if (tok !== undefined && this.prim.get(tok) === i) {
      this.prim.delete(tok);
      if (this.primByHash !== null) this.primByHash = null;
    } else {
      const lo = this.hashLo![i];
      const b = this.objs!.get(lo)!;
      if (typeof b === 'number') this.objs!.delete(lo);
      else {
        b.splice(b.indexOf(i), 1);
        if (b.length === 1) this.objs!.set(lo, b[0]);
      }
    }
    this.keys[i] = DELETED;
    this.values[i] = DELETED;
    this.used--;
    this.keysVersion = nextKeysVersion++;
  }

  /** del d[key]: true if it was present. */
  delete(key: PyValue): boolean {
    const i = this.find(key);
    if (i < 0) return false;
    this.removeAt(i);
    return true;
  }

  /** Removes the last live entry and drops the deleted entries after it.  CPython: dict_popitem_impl */
  popLast(): number {
    const i = this.last();
    this.removeAt(i);
    this.keys.length = i;
    this.values.length = i;
    if (this.hashLo !== null) {
      this.hashLo.length = i;
      this.hashHi!.length = i;
    }
    return i;
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.used = 0;
    this.prim = new PrimIndex();
    this.objs = null;
    this.hashLo = null;
    this.hashHi = null;
    this.primByHash = null;
    this.keysVersion = nextKeysVersion++;
    this.log2Size = 0;
    this.usable = 0;
    this.unicodeKeys = true;
  }

  /**
   * Rebuilds CPython's table at 2**log2 slots: deleted entries are dropped (renumbering the rest),
   * and the table becomes general unless it was and stays str-only.  CPython: dictresize
   */
  resize(log2: number, unicode: boolean): void {
    this.unicodeKeys = this.unicodeKeys && unicode;
    this.log2Size = log2;
    if (this.keys.length !== this.used) this.compact();
    this.usable = usableFraction(log2) - this.used;
  }

  /** Drops deleted entries, renumbering the indexes. */
  private compact(): void {
    const keys = this.keys;
    const values = this.values;
    const lo = this.hashLo;
    const hi = this.hashHi;
    const nk: PyValue[] = [];
    const nv: PyValue[] = [];
    const nlo: number[] | null = lo === null ? null : [];
    const nhi: number[] | null = hi === null ? null : [];
    this.prim = new PrimIndex();
    this.objs = null;
    this.primByHash = null;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === DELETED) continue;
      const j = nk.length;
      nk.push(k);
      nv.push(values[i]);
      if (nlo !== null) {
        nlo.push(lo![i]);
        nhi!.push(hi![i]);
      }
      const tok = primToken(k);
      if (tok !== undefined) this.prim.set(tok, j);
      else this.indexObj(j, lo![i]);
    }
    this.keys = nk;
    this.values = nv;
    this.hashLo = nlo;
    this.hashHi = nhi;
  }

  /** Makes this (empty) dict an entry-for-entry copy of `other`.  CPython: clone_combined_dict_keys */
  cloneFrom(other: PyDict): void {
    this.keys = other.keys.slice();
    this.values = other.values.slice();
    this.used = other.used;
    this.prim = other.prim.clone();
    this.objs = null;
    if (other.objs !== null) {
      this.objs = new Map();
      for (const [h, b] of other.objs) this.objs.set(h, typeof b === 'number' ? b : b.slice());
    }
    this.hashLo = other.hashLo === null ? null : other.hashLo.slice();
    this.hashHi = other.hashHi === null ? null : other.hashHi.slice();
    this.primByHash = null;
    this.log2Size = other.log2Size;
    this.usable = other.usable;
    this.unicodeKeys = other.unicodeKeys;
    this.keysVersion = nextKeysVersion++;
  }

  /**
   * The hash of live entry i without calling Python code again for keys whose hash is stored
   * (CPython keeps every entry's hash): returns the low half and leaves the high half in entryHashHi.
   */
  entryHash(i: number): number {
    const k = this.keys[i];
    if (this.hashLo !== null && primToken(k) === undefined) {
      entryHashHi = this.hashHi![i];
      return this.hashLo[i];
    }
    const lo = dictKeyHashParts(k);
    entryHashHi = hashHi;
    return lo;
  }

  /** The live entry at or after position i, or -1. For iteration: `for (let i = d.next(0); i >= 0; i = d.next(i + 1))`. */
  next(i: number): number {
    const keys = this.keys;
    for (; i < keys.length; i++) if (keys[i] !== DELETED) return i;
    return -1;
  }

  /** The last live entry, or -1 (popitem). */
  last(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] !== DELETED) return i;
    return -1;
  }

  /** A new empty dict whose table has room for n entries.  CPython: dict_new_presized */
  static presized(n: number, unicode: boolean): PyDict {
    const d = new PyDict();
    if (n > 5) {
      d.log2Size = n > usableFraction(17) ? 17 : estimateLog2Keysize(n);
      d.usable = usableFraction(d.log2Size);
      d.unicodeKeys = unicode;
    }
    return d;
  }
}
