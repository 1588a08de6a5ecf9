// The dict storage: an insertion-ordered hash map with Python key semantics.  CPython: Objects/dictobject.c
//
// Entries live in two parallel arrays (keys, values) in insertion order; a deleted entry keeps its
// place with the key DELETED until the arrays are compacted. Two indexes map keys to entry numbers:
//
//  - `prim`, a JS Map keyed by a primitive token, for keys whose equality needs no Python code:
//    str (and str subclasses that keep str's __eq__ and __hash__) by their text; int, bool and
//    non-NaN float by numeric value (1, 1.0 and True share the token 1, as they are one key in
//    Python; integral floats beyond 2**53 use a bigint token like the ints they equal);
//  - `objs`, buckets by the low 32 bits of the Python hash, for every other key; lookups there
//    compare full hashes, then identity, then ==.
//
// A key of one kind can equal a key of the other (Decimal(1) == 1, a user class whose __eq__ and
// __hash__ match a str's). When both kinds are present, a miss in one index also consults the other
// by hash (`primByHash` is built on first need), so lookups agree with CPython in those cases too.
// Differs from CPython: dict iteration order is the same, but the table layout is not CPython's
// (nothing observable depends on it).

import { PyObject, type PyValue } from './object.ts';
import { hashHi } from './hash.ts';
import { PyObject_HashParts as dictKeyHashParts, PyObject_EqualBool as dictKeyEqual, primTokenOfBox } from './abstract.ts';

export type PrimToken = string | number | bigint;

/** The key of a deleted entry. */
export const DELETED: PyValue = Object.freeze(new (class Deleted extends PyObject {})()) as PyValue;

let nextKeysVersion = 1;

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

export class PyDict extends PyObject {
  keys: PyValue[] = [];
  values: PyValue[] = [];
  /** Live entries. */
  used = 0;
  prim = new Map<PrimToken, number>();
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
    const lo = dictKeyHashParts(key);
    const hi = hashHi;
    const i = this.objs === null ? -1 : this.findObj(key, lo, hi);
    if (i >= 0 || this.prim.size === 0) return i;
    return this.findPrimByHash(key, lo, hi);
  }

  /** The entry number of a str key, or -1. Never calls Python code unless non-str keys exist. */
  findStr(key: string): number {
    const i = this.prim.get(key);
    if (i !== undefined) return i;
    if (this.objs === null) return -1;
    const lo = dictKeyHashParts(key);
    return this.findObj(key, lo, hashHi);
  }

  getStr(key: string): PyValue | undefined {
    const i = this.prim.get(key);
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
    const b = this.objs!.get(lo);
    if (b === undefined) return -1;
    if (typeof b === 'number') return this.matchObj(b, key, hi) ? b : -1;
    for (let j = 0; j < b.length; j++) if (this.matchObj(b[j], key, hi)) return b[j];
    return -1;
  }

  private matchObj(i: number, key: PyValue, hi: number): boolean {
    if (this.hashHi![i] !== hi) return false;
    const k = this.keys[i];
    return k === key || dictKeyEqual(k, key);
  }

  private findPrimByHash(key: PyValue, lo: number, hi: number): number {
    if (this.primByHash === null) this.buildPrimByHash();
    const b = this.primByHash!.get(lo);
    if (b === undefined) return -1;
    for (let j = 0; j < b.length; j++) {
      const i = b[j];
      const k = this.keys[i];
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
    const lo = dictKeyHashParts(key);
    const hi = hashHi;
    let i = this.objs === null ? -1 : this.findObj(key, lo, hi);
    if (i < 0 && this.prim.size > 0) i = this.findPrimByHash(key, lo, hi);
    if (i >= 0) {
      this.values[i] = value;
      return;
    }
    this.appendObj(key, value, lo, hi);
  }

  setStr(key: string, value: PyValue): void {
    const i = this.prim.get(key);
    if (i !== undefined) this.values[i] = value;
    else if (this.objs === null) this.appendPrim(key, key, value);
    else this.set(key, value);
  }

  private appendPrim(tok: PrimToken, key: PyValue, value: PyValue): void {
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
    const i = this.keys.length;
    if (this.hashLo === null) {
      this.hashLo = new Array<number>(i).fill(0);
      this.hashHi = new Array<number>(i).fill(0);
    }
    this.keys.push(key);
    this.values.push(value);
    this.hashLo.push(lo);
    this.hashHi!.push(hi);
    const objs = (this.objs ??= new Map());
    const b = objs.get(lo);
    if (b === undefined) objs.set(lo, i);
    else if (typeof b === 'number') objs.set(lo, [b, i]);
    else b.push(i);
    this.used++;
    this.keysVersion = nextKeysVersion++;
  }

  /** Removes entry i (which must be live). */
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
    // Trailing deletions shrink the arrays at once, so popitem-style use stays compact.
    while (this.keys.length > 0 && this.keys[this.keys.length - 1] === DELETED) {
      this.keys.pop();
      this.values.pop();
      if (this.hashLo !== null) {
        this.hashLo.pop();
        this.hashHi!.pop();
      }
    }
    if (this.keys.length > 16 && this.used * 2 < this.keys.length) this.compact();
  }

  /** del d[key]: true if it was present. */
  delete(key: PyValue): boolean {
    const i = this.find(key);
    if (i < 0) return false;
    this.removeAt(i);
    return true;
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.used = 0;
    this.prim = new Map();
    this.objs = null;
    this.hashLo = null;
    this.hashHi = null;
    this.primByHash = null;
    this.keysVersion = nextKeysVersion++;
  }

  /** Drops deleted entries, renumbering the indexes. */
  private compact(): void {
    const keys = this.keys;
    const values = this.values;
    const lo = this.hashLo;
    const hi = this.hashHi;
    this.keys = [];
    this.values = [];
    this.prim = new Map();
    this.objs = null;
    this.hashLo = null;
    this.hashHi = null;
    this.primByHash = null;
    this.used = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === DELETED) continue;
      const tok = primToken(k);
      if (tok !== undefined) this.appendPrim(tok, k, values[i]);
      else this.appendObj(k, values[i], lo![i], hi![i]);
    }
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
}
