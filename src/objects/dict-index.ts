// The index of a dict's primitive keys (str, int, float tokens; see dict.ts): token -> entry number.
// CPython: Objects/dictobject.c (the index table dk_indices and its probing)
//
// Tokens that are 32-bit integers go to an open-addressing table of typed arrays hashed by the value
// itself, as CPython hashes small ints: consecutive ints land in consecutive slots, so building or
// probing a dict of 400,000 int keys walks memory in order, where a JS Map scatters them (V8 hashes
// numbers) and misses the cache on most probes. Every other token (str, bigint, non-integral or
// large numbers) is kept in a JS Map.

import type { PrimToken } from './dict.ts';

const EMPTY = -1;
const DUMMY = -2;
const PERTURB_SHIFT = 5;

/** int32 -> entry number, with CPython's probe sequence (i = 5*i + perturb + 1). */
class IntTable {
  /** The key of each slot, and its entry number (EMPTY, DUMMY for a deleted key). */
  keys: Int32Array;
  entries: Int32Array;
  mask: number;
  /** Live keys, and slots not EMPTY (live or DUMMY). */
  size = 0;
  fill = 0;

  constructor(log2: number) {
    this.keys = new Int32Array(1 << log2);
    this.entries = new Int32Array(1 << log2).fill(EMPTY);
    this.mask = (1 << log2) - 1;
  }

  /** The entry number of k, or -1. */
  get(k: number): number {
    const keys = this.keys;
    const entries = this.entries;
    const mask = this.mask;
    let perturb = k >>> 0;
    let i = perturb & mask;
    for (;;) {
      const e = entries[i];
      if (e === EMPTY) return -1;
      if (e !== DUMMY && keys[i] === k) return e;
      perturb >>>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  /** Maps k to entry e (k absent or present). */
  set(k: number, e: number): void {
    const keys = this.keys;
    const entries = this.entries;
    const mask = this.mask;
    let perturb = k >>> 0;
    let i = perturb & mask;
    let free = -1;
    for (;;) {
      const x = entries[i];
      if (x === EMPTY) break;
      if (x === DUMMY) {
        if (free < 0) free = i;
      } else if (keys[i] === k) {
        entries[i] = e;
        return;
      }
      perturb >>>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
    if (free >= 0) i = free;
    else this.fill++;
    keys[i] = k;
    entries[i] = e;
    this.size++;
    if (this.fill * 3 >= (mask + 1) * 2) this.rebuild();
  }

  delete(k: number): boolean {
    const keys = this.keys;
    const entries = this.entries;
    const mask = this.mask;
    let perturb = k >>> 0;
    let i = perturb & mask;
    for (;;) {
      const e = entries[i];
      if (e === EMPTY) return false;
      if (e !== DUMMY && keys[i] === k) {
        entries[i] = DUMMY;
        this.size--;
        return true;
      }
      perturb >>>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  /** Re-inserts the live keys into a table at most a third full (dropping DUMMY slots). */
  private rebuild(): void {
    const oldKeys = this.keys;
    const oldEntries = this.entries;
    let log2 = 3;
    while (1 << log2 <= this.size * 3) log2++;
    this.keys = new Int32Array(1 << log2);
    this.entries = new Int32Array(1 << log2).fill(EMPTY);
    this.mask = (1 << log2) - 1;
    this.size = 0;
    this.fill = 0;
    for (let j = 0; j < oldEntries.length; j++) {
      const e = oldEntries[j];
      if (e >= 0) this.insertNew(oldKeys[j], e);
    }
  }

  /** Inserts a key known to be absent, into a table known to have room. */
  private insertNew(k: number, e: number): void {
    const mask = this.mask;
    let perturb = k >>> 0;
    let i = perturb & mask;
    while (this.entries[i] !== EMPTY) {
      perturb >>>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
    this.keys[i] = k;
    this.entries[i] = e;
    this.size++;
    this.fill++;
  }

  clone(): IntTable {
    const t = new IntTable(3);
    t.keys = this.keys.slice();
    t.entries = this.entries.slice();
    t.mask = this.mask;
    t.size = this.size;
    t.fill = this.fill;
    return t;
  }

  /** The live entry numbers. */
  collect(out: number[]): void {
    const entries = this.entries;
    for (let j = 0; j < entries.length; j++) if (entries[j] >= 0) out.push(entries[j]);
  }
}

/** True for the tokens the int table holds (-0 included: it is the key 0, as in a Map). */
function isInt32(tok: PrimToken): tok is number {
  return typeof tok === 'number' && (tok | 0) === tok;
}

/** The most keys (other than int32 ones) a PrimIndex keeps in its list before it builds a Map. */
const SMALL_MAX = 8;

/**
 * token -> entry number for the primitive keys of one dict; a Map's get/set/delete/size.
 * Int32 tokens go to an IntTable, made on first need. Other tokens (mostly str) go to a short list
 * of (token, entry) pairs while there are at most SMALL_MAX of them, then to a Map: most dicts are
 * small (instance __dict__s, keyword arguments), a Map costs several times what the dict itself
 * costs to allocate, and comparing a str with a few others (pointers, for the interned names of
 * attributes) is no slower than hashing it. Tokens compare as a Map compares them (SameValueZero;
 * they are never NaN, and -0 is an int32 token).
 */
export class PrimIndex {
  /** [token, entry, token, entry, ...] in insertion order, while the index has no Map. */
  private list: (PrimToken | number)[] | null = null;
  private map: Map<PrimToken, number> | null = null;
  private ints: IntTable | null = null;

  get size(): number {
    const n = this.map !== null ? this.map.size : this.list !== null ? this.list.length >> 1 : 0;
    return this.ints === null ? n : n + this.ints.size;
  }

  get(tok: PrimToken): number | undefined {
    if (isInt32(tok)) {
      if (this.ints === null) return undefined;
      const e = this.ints.get(tok);
      return e < 0 ? undefined : e;
    }
    return this.getOther(tok);
  }

  /** get() for a str token. */
  getStr(s: string): number | undefined {
    return this.getOther(s);
  }

  private getOther(tok: PrimToken): number | undefined {
    const list = this.list;
    if (list !== null) {
      for (let i = 0; i < list.length; i += 2) if (list[i] === tok) return list[i + 1] as number;
      return undefined;
    }
    return this.map === null ? undefined : this.map.get(tok);
  }

  set(tok: PrimToken, e: number): void {
    if (isInt32(tok)) {
      (this.ints ??= new IntTable(3)).set(tok, e);
      return;
    }
    if (this.map !== null) {
      this.map.set(tok, e);
      return;
    }
    const list = (this.list ??= []);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === tok) {
        list[i + 1] = e;
        return;
      }
    }
    if (list.length < SMALL_MAX * 2) {
      list.push(tok, e);
      return;
    }
    const map = new Map<PrimToken, number>();
    for (let i = 0; i < list.length; i += 2) map.set(list[i], list[i + 1] as number);
    map.set(tok, e);
    this.map = map;
    this.list = null;
  }

  delete(tok: PrimToken): void {
    if (isInt32(tok)) {
      this.ints?.delete(tok);
      return;
    }
    const list = this.list;
    if (list !== null) {
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === tok) {
          list.splice(i, 2);
          return;
        }
      }
      return;
    }
    this.map?.delete(tok);
  }

  clone(): PrimIndex {
    const c = new PrimIndex();
    c.list = this.list === null ? null : this.list.slice();
    c.map = this.map === null ? null : new Map(this.map);
    c.ints = this.ints === null ? null : this.ints.clone();
    return c;
  }

  /** The entry numbers, ascending (the order in which the keys were indexed). */
  values(): number[] {
    let out: number[];
    if (this.list !== null) {
      out = [];
      for (let i = 1; i < this.list.length; i += 2) out.push(this.list[i] as number);
    } else out = this.map === null ? [] : [...this.map.values()];
    if (this.ints !== null) {
      this.ints.collect(out);
      out.sort((a, b) => a - b);
    }
    return out;
  }
}
