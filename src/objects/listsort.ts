// list.sort: CPython's adaptive, stable, natural mergesort ("timsort", with powersort's merge
// policy), step for step.  CPython: Objects/listobject.c (binarysort .. list_sort_impl), Objects/listsort.txt
//
// Following CPython exactly matters because user-defined comparisons are observable: the same pairs
// are compared in the same order, and when a comparison raises, the list is left in the same
// permutation. Keys (the items, or the key function's results) live in `keys`; with a key function
// the items travel in `values` in lockstep. The run stack, galloping thresholds and temp-array moves
// are CPython's; only C's pointer arithmetic becomes (array, index) pairs.
import { NotImplemented, type PyValue } from './object.ts';
import { CompareOp, typeOf, type RichCmpFunc, type PyType } from './type.ts';
import { PyObject_RichCompareBool, PyObject_IsTrue } from './abstract.ts';
import { PyTuple } from './tuple.ts';
import { PyFloat } from './float.ts';
import { cpCompare } from './str/codepoints.ts';

const MIN_GALLOP = 7;
const MAX_MINRUN = 64;

export type LessThan = (v: PyValue, w: PyValue) => boolean;

interface Run {
  base: number;
  len: number;
  power: number;
}

class MergeState {
  minGallop = MIN_GALLOP;
  /** The temp arrays merges copy the shorter run into. */
  tmpKeys: PyValue[] = [];
  tmpValues: PyValue[] | null;
  pending: Run[] = [];
  constructor(
    readonly keys: PyValue[],
    readonly values: PyValue[] | null,
    readonly listlen: number,
    readonly lt: LessThan,
  ) {
    this.tmpValues = values === null ? null : [];
  }
}

// ---- the comparison, chosen by the pre-sort check ----

/** CPython: safe_object_compare */
function safeObjectCompare(v: PyValue, w: PyValue): boolean {
  return PyObject_RichCompareBool(v, w, CompareOp.LT);
}

/** For keys of one type: its tp_richcompare called directly.  CPython: unsafe_object_compare */
function unsafeObjectCompare(richcompare: RichCmpFunc): LessThan {
  return (v, w) => {
    if (typeOf(v).tp_richcompare !== richcompare) return PyObject_RichCompareBool(v, w, CompareOp.LT);
    const r = richcompare(v, w, CompareOp.LT);
    if (r === NotImplemented) return PyObject_RichCompareBool(v, w, CompareOp.LT);
    return r === true ? true : r === false ? false : PyObject_IsTrue(r);
  };
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Whether s holds UTF-16 surrogates (code points above U+FFFF or lone surrogates). */
function hasSurrogates(s: string): boolean {
  return SURROGATE.test(s);
}

function intCompare(v: PyValue, w: PyValue): boolean {
  return (v as number | bigint) < (w as number | bigint);
}

function floatCompare(v: PyValue, w: PyValue): boolean {
  return (v as PyFloat).value < (w as PyFloat).value;
}

/** JS string order is code point order when no surrogates are involved. */
function strCompareUnits(v: PyValue, w: PyValue): boolean {
  return (v as string) < (w as string);
}

function strCompareCodePoints(v: PyValue, w: PyValue): boolean {
  return cpCompare(v as string, w as string) < 0;
}

/**
 * item == item for tuple comparison: PyObject_RichCompareBool's answer, decided here without the
 * generic protocol when both are ints or both strs (no Python code can run for those).
 */
function itemsEqual(x: PyValue, y: PyValue): boolean {
  if (x === y) return true;
  const tx = typeof x;
  // Equal ints are both numbers or both bigints (a bigint is never in the safe-integer range).
  if (tx === typeof y && (tx === 'number' || tx === 'string' || tx === 'bigint')) return false;
  return PyObject_RichCompareBool(x, y, CompareOp.EQ);
}

/** item < item for tuple comparison after the first differing item, ints decided directly. */
function itemLess(x: PyValue, y: PyValue): boolean {
  if (typeof x === 'number' && typeof y === 'number') return x < y;
  return PyObject_RichCompareBool(x, y, CompareOp.LT);
}

/** Compares tuples: == on items until one differs, then < on that item.  CPython: unsafe_tuple_compare */
function unsafeTupleCompare(elemCompare: LessThan): LessThan {
  return (v, w) => {
    const a = (v as PyTuple).items;
    const b = (w as PyTuple).items;
    const n = Math.min(a.length, b.length);
    let i = 0;
    for (; i < n; i++) if (!itemsEqual(a[i], b[i])) break;
    if (i >= a.length || i >= b.length) return a.length < b.length;
    if (i === 0) return elemCompare(a[0], b[0]);
    return itemLess(a[i], b[i]);
  };
}

/**
 * The pre-sort check: when every key (or every tuple key's first item) has the same type, a faster
 * comparison that gives the same answers is used.  CPython: list_sort_impl
 */
function chooseCompare(keys: readonly PyValue[], intType: PyType, floatType: PyType, strType: PyType, tupleType: PyType): LessThan {
  const k0 = keys[0];
  let inTuples = k0 instanceof PyTuple && k0.ob_type === tupleType && k0.items.length > 0;
  const keyType = typeOf(inTuples ? (k0 as PyTuple).items[0] : k0);
  let sameType = true;
  let surrogates = false;
  for (let i = 0; i < keys.length; i++) {
    const ki = keys[i];
    if (inTuples && !(ki instanceof PyTuple && ki.ob_type === tupleType && ki.items.length !== 0)) {
      inTuples = false;
      sameType = false;
      break;
    }
    const key = inTuples ? (ki as PyTuple).items[0] : ki;
    if (typeOf(key) !== keyType) {
      sameType = false;
      if (!inTuples) break;
    } else if (keyType === strType && !surrogates && hasSurrogates(key as string)) surrogates = true;
  }
  let compare: LessThan;
  if (sameType) {
    if (keyType === strType) compare = surrogates ? strCompareCodePoints : strCompareUnits;
    else if (keyType === intType) compare = intCompare;
    else if (keyType === floatType) compare = floatCompare;
    else if (keyType.tp_richcompare !== null) compare = unsafeObjectCompare(keyType.tp_richcompare);
    else compare = safeObjectCompare;
  } else compare = safeObjectCompare;
  if (inTuples) {
    if (sameType && keyType === intType && allNumberItems(keys)) return numberTupleCompare;
    return unsafeTupleCompare(keyType === tupleType ? safeObjectCompare : compare);
  }
  return compare;
}

/** Whether every item of every (tuple) key is a JS number: ints below 2**53. */
function allNumberItems(keys: readonly PyValue[]): boolean {
  for (let i = 0; i < keys.length; i++) {
    const items = (keys[i] as PyTuple).items;
    for (let j = 0; j < items.length; j++) if (typeof items[j] !== 'number') return false;
  }
  return true;
}

/** unsafeTupleCompare's answers for tuples of JS numbers (no Python code can run). */
function numberTupleCompare(v: PyValue, w: PyValue): boolean {
  return compareNumberTuples((v as PyTuple).items as number[], (w as PyTuple).items as number[]) < 0;
}

function compareNumberTuples(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

// ---- sorting without the merge machinery ----
//
// When the comparison cannot run Python code nor raise (ints, floats without NaN, strs, tuples of
// ints), nothing of the algorithm is observable but its result, and a stable sort's result is
// determined by the keys alone: V8's native sorts then do the work.  Keys alone are sorted in
// place (equal ints and equal strs are indistinguishable); keys with values (or float keys, whose
// boxes have identities) through a permutation sorted with the index as the tie-break.

/** Below this length the merge machinery (binary insertion) is as fast. */
const NATIVE_SORT_MIN = 32;

/** Largest integer below which doubles hold every integer exactly. */
const EXACT = 2 ** 53;

/** Sorts keys (and values) with a native sort when `lt` is a comparison nothing can observe; false otherwise. */
function nativeSort(keys: PyValue[], values: PyValue[] | null, lt: LessThan): boolean {
  if (lt === intCompare) return sortNumbers(keys, values);
  if (lt === strCompareUnits) {
    if (values !== null) return sortByOrder(keys, values, (i, j) => ((keys[i] as string) < (keys[j] as string) ? -1 : (keys[i] as string) > (keys[j] as string) ? 1 : i - j));
    keys.sort();
    return true;
  }
  if (lt === floatCompare) {
    const n = keys.length;
    const f = new Float64Array(n);
    for (let i = 0; i < n; i++) if ((f[i] = (keys[i] as PyFloat).value) !== f[i]) return false; // NaN
    return sortByOrder(keys, values, (i, j) => f[i] - f[j] || i - j);
  }
  if (lt === numberTupleCompare) {
    if (sortPackedTuples(keys, values)) return true;
    return sortByOrder(keys, values, (i, j) => compareNumberTuples((keys[i] as PyTuple).items as number[], (keys[j] as PyTuple).items as number[]) || i - j);
  }
  return false;
}

/** Int keys: false if any is a bigint (the merge machinery then sorts). */
function sortNumbers(keys: PyValue[], values: PyValue[] | null): boolean {
  const n = keys.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (typeof k !== 'number') return false;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  if (values === null) {
    const f = Float64Array.from(keys as number[]);
    f.sort();
    for (let i = 0; i < n; i++) keys[i] = f[i];
    return true;
  }
  // (key - lo) * n + index is exact below 2**53 and orders by key, then index: one native numeric sort.
  if ((hi - lo + 1) * n >= EXACT) return sortByOrder(keys, values, (i, j) => (keys[i] as number) - (keys[j] as number) || i - j);
  const f = new Float64Array(n);
  for (let i = 0; i < n; i++) f[i] = ((keys[i] as number) - lo) * n + i;
  sortPacked(f, keys, values);
  return true;
}

/**
 * Tuples of ints all of one length: each packed with its index into one double, in mixed radix
 * (item 0's range, item 1's, ..., the index), when that stays exact; false otherwise.
 */
function sortPackedTuples(keys: PyValue[], values: PyValue[] | null): boolean {
  const n = keys.length;
  const width = (keys[0] as PyTuple).items.length;
  if (width > 4) return false;
  const lo = [Infinity, Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    const items = (keys[i] as PyTuple).items as number[];
    if (items.length !== width) return false;
    for (let p = 0; p < width; p++) {
      const x = items[p];
      if (x < lo[p]) lo[p] = x;
      if (x > hi[p]) hi[p] = x;
    }
  }
  let span = n;
  for (let p = 0; p < width; p++) span *= hi[p] - lo[p] + 1;
  if (span >= EXACT) return false;
  const f = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const items = (keys[i] as PyTuple).items as number[];
    let c = 0;
    for (let p = 0; p < width; p++) c = c * (hi[p] - lo[p] + 1) + (items[p] - lo[p]);
    f[i] = c * n + i;
  }
  sortPacked(f, keys, values);
  return true;
}

/** Sorts packed keys (rank * n + index) natively, then permutes keys and values by the indices. */
function sortPacked(f: Float64Array, keys: PyValue[], values: PyValue[] | null): void {
  const n = f.length;
  f.sort();
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = f[i] % n;
  applyOrder(order, keys, values);
}

/** Sorts the indices with `cmp` (a total order ending in the index), then permutes keys and values. */
function sortByOrder(keys: PyValue[], values: PyValue[] | null, cmp: (i: number, j: number) => number): boolean {
  const n = keys.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort(cmp);
  applyOrder(order, keys, values);
  return true;
}

function applyOrder(order: Uint32Array, keys: PyValue[], values: PyValue[] | null): void {
  const n = order.length;
  const k = keys.slice();
  for (let i = 0; i < n; i++) keys[i] = k[order[i]];
  if (values !== null) {
    const v = values.slice();
    for (let i = 0; i < n; i++) values[i] = v[order[i]];
  }
}

// ---- moving keys and values in lockstep ----

function reverseRange(a: PyValue[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

function reverseSlice(ms: MergeState, lo: number, n: number): void {
  reverseRange(ms.keys, lo, lo + n);
  if (ms.values !== null) reverseRange(ms.values, lo, lo + n);
}

/** Copies n entries src[j..] to dst[i..] (arrays may be the same; overlap is handled like memmove). */
function move(dst: PyValue[], i: number, src: PyValue[], j: number, n: number): void {
  if (dst === src) dst.copyWithin(i, j, j + n);
  else for (let k = 0; k < n; k++) dst[i + k] = src[j + k];
}

// ---- binary insertion sort and runs ----

/** Sorts keys[lo:lo+n] given that keys[lo:lo+ok] is sorted.  CPython: binarysort */
function binarysort(ms: MergeState, lo: number, n: number, ok: number): void {
  const a = ms.keys;
  const v = ms.values;
  const lt = ms.lt;
  if (ok === 0) ok++;
  for (; ok < n; ok++) {
    let L = 0;
    let R = ok;
    const pivot = a[lo + ok];
    do {
      const M = (L + R) >> 1;
      if (lt(pivot, a[lo + M])) R = M;
      else L = M + 1;
    } while (L < R);
    for (let M = ok; M > L; M--) a[lo + M] = a[lo + M - 1];
    a[lo + L] = pivot;
    if (v !== null) {
      const vp = v[lo + ok];
      for (let M = ok; M > L; M--) v[lo + M] = v[lo + M - 1];
      v[lo + L] = vp;
    }
  }
}

/**
 * The length of the run starting at lo (at most nremaining), made ascending in place: a strictly
 * descending run (with equal stretches kept stable) is reversed.  CPython: count_run
 */
function countRun(ms: MergeState, lo: number, nremaining: number): number {
  const a = ms.keys;
  const lt = ms.lt;
  let n: number;
  for (n = 1; n < nremaining; n++) if (lt(a[lo + n], a[lo + n - 1])) break;
  if (n === nremaining) return n;
  if (n > 1) {
    if (lt(a[lo], a[lo + n - 1])) return n;
    reverseSlice(ms, lo, n);
  }
  n++;
  let neq = 0;
  const reverseLastNeq = (): void => {
    if (neq) {
      neq++;
      reverseSlice(ms, lo + n - neq, neq);
      neq = 0;
    }
  };
  for (; n < nremaining; n++) {
    if (lt(a[lo + n], a[lo + n - 1])) reverseLastNeq();
    else if (lt(a[lo + n - 1], a[lo + n])) break;
    else neq++;
  }
  reverseLastNeq();
  reverseSlice(ms, lo, n);
  for (; n < nremaining; n++) if (lt(a[lo + n], a[lo + n - 1])) break;
  return n;
}

// ---- galloping ----

/** Where key belongs in a[base:base+n] (left of equal items), searching from hint.  CPython: gallop_left */
function gallopLeft(lt: LessThan, key: PyValue, a: PyValue[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  const h = base + hint;
  if (lt(a[h], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(a[h + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(a[h - ofs], key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** Like gallopLeft, but right of equal items.  CPython: gallop_right */
function gallopRight(lt: LessThan, key: PyValue, a: PyValue[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  const h = base + hint;
  if (lt(key, a[h])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, a[h - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[h + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

// ---- merging ----

/**
 * Merges the na items at pa with the nb items after them, na <= nb, copying run A to the temp
 * array.  On an exception, the rest of A is copied back so the list stays a permutation.
 * CPython: merge_lo
 */
function mergeLo(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const K = ms.keys;
  const V = ms.values;
  const TK = ms.tmpKeys;
  const TV = ms.tmpValues;
  const lt = ms.lt;
  move(TK, 0, K, pa, na);
  if (V !== null) move(TV!, 0, V, pa, na);
  let dest = pa;
  let a = 0;
  let b = pb;
  const copyB = (): void => {
    K[dest] = K[b];
    if (V !== null) V[dest] = V[b];
    dest++;
    b++;
  };
  const copyA = (): void => {
    K[dest] = TK[a];
    if (V !== null) V[dest] = TV![a];
    dest++;
    a++;
  };
  copyB();
  nb--;
  try {
    if (nb === 0) return;
    if (na === 1) {
      lastA();
      return;
    }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lt(K[b], TK[a])) {
          copyB();
          bcount++;
          acount = 0;
          nb--;
          if (nb === 0) return;
          if (bcount >= minGallop) break;
        } else {
          copyA();
          acount++;
          bcount = 0;
          na--;
          if (na === 1) {
            lastA();
            return;
          }
          if (acount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallopRight(lt, K[b], TK, a, na, 0);
        acount = k;
        if (k) {
          move(K, dest, TK, a, k);
          if (V !== null) move(V, dest, TV!, a, k);
          dest += k;
          a += k;
          na -= k;
          if (na === 1) {
            lastA();
            return;
          }
          if (na === 0) return;
        }
        copyB();
        nb--;
        if (nb === 0) return;
        k = gallopLeft(lt, TK[a], K, b, nb, 0);
        bcount = k;
        if (k) {
          move(K, dest, K, b, k);
          if (V !== null) move(V, dest, V, b, k);
          dest += k;
          b += k;
          nb -= k;
          if (nb === 0) return;
        }
        copyA();
        na--;
        if (na === 1) {
          lastA();
          return;
        }
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    // Succeed or Fail: whatever remains of A goes back (na is 0 after lastA()).
    if (na) {
      move(K, dest, TK, a, na);
      if (V !== null) move(V, dest, TV!, a, na);
    }
  }

  /** CopyB: the rest of B slides down and the last of A goes at the end. */
  function lastA(): void {
    move(K, dest, K, b, nb);
    if (V !== null) move(V, dest, V, b, nb);
    K[dest + nb] = TK[a];
    if (V !== null) V[dest + nb] = TV![a];
    na = 0;
  }
}

/** Merges with na >= nb, from the right, copying run B to the temp array.  CPython: merge_hi */
function mergeHi(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const K = ms.keys;
  const V = ms.values;
  const TK = ms.tmpKeys;
  const TV = ms.tmpValues;
  const lt = ms.lt;
  let dest = pb + nb - 1;
  move(TK, 0, K, pb, nb);
  if (V !== null) move(TV!, 0, V, pb, nb);
  const basea = pa;
  let a = pa + na - 1;
  let b = nb - 1;
  const copyA = (): void => {
    K[dest] = K[a];
    if (V !== null) V[dest] = V[a];
    dest--;
    a--;
  };
  const copyB = (): void => {
    K[dest] = TK[b];
    if (V !== null) V[dest] = TV![b];
    dest--;
    b--;
  };
  copyA();
  na--;
  try {
    if (na === 0) return;
    if (nb === 1) {
      firstB();
      return;
    }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lt(TK[b], K[a])) {
          copyA();
          acount++;
          bcount = 0;
          na--;
          if (na === 0) return;
          if (acount >= minGallop) break;
        } else {
          copyB();
          bcount++;
          acount = 0;
          nb--;
          if (nb === 1) {
            firstB();
            return;
          }
          if (bcount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallopRight(lt, TK[b], K, basea, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          dest -= k;
          a -= k;
          move(K, dest + 1, K, a + 1, k);
          if (V !== null) move(V, dest + 1, V, a + 1, k);
          na -= k;
          if (na === 0) return;
        }
        copyB();
        nb--;
        if (nb === 1) {
          firstB();
          return;
        }
        k = gallopLeft(lt, K[a], TK, 0, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= k;
          b -= k;
          move(K, dest + 1, TK, b + 1, k);
          if (V !== null) move(V, dest + 1, TV!, b + 1, k);
          nb -= k;
          if (nb === 1) {
            firstB();
            return;
          }
          if (nb === 0) return;
        }
        copyA();
        na--;
        if (na === 0) return;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    // Succeed or Fail: whatever remains of B goes back (nb is 0 after firstB()).
    if (nb) {
      move(K, dest - (nb - 1), TK, 0, nb);
      if (V !== null) move(V, dest - (nb - 1), TV!, 0, nb);
    }
  }

  /** CopyA: the rest of A slides up and the first of B goes at the front. */
  function firstB(): void {
    move(K, dest + 1 - na, K, a + 1 - na, na);
    if (V !== null) move(V, dest + 1 - na, V, a + 1 - na, na);
    dest -= na;
    a -= na;
    K[dest] = TK[b];
    if (V !== null) V[dest] = TV![b];
    nb = 0;
  }
}

/** Merges the runs at stack indices i and i+1.  CPython: merge_at */
function mergeAt(ms: MergeState, i: number): void {
  const p = ms.pending;
  let pa = p[i].base;
  let na = p[i].len;
  const pb = p[i + 1].base;
  let nb = p[i + 1].len;
  p[i].len = na + nb;
  if (i === p.length - 3) p[i + 1] = p[i + 2];
  p.pop();
  // Where does b start in a?  Elements in a before that are already in place.
  const K = ms.keys;
  const k = gallopRight(ms.lt, K[pb], K, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  // Where does a end in b?  Elements in b after that are already in place.
  nb = gallopLeft(ms.lt, K[pa + na - 1], K, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, pa, na, pb, nb);
  else mergeHi(ms, pa, na, pb, nb);
}

/** The "power" of the run boundary between two adjacent runs.  CPython: powerloop */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/** Merges runs on the stack whose power exceeds the new boundary's.  CPython: found_new_run */
function foundNewRun(ms: MergeState, n2: number): void {
  const p = ms.pending;
  if (p.length) {
    const top = p[p.length - 1];
    const power = powerloop(top.base, top.len, n2, ms.listlen);
    while (p.length > 1 && p[p.length - 2].power > power) mergeAt(ms, p.length - 2);
    p[p.length - 1].power = power;
  }
}

/** CPython: merge_force_collapse */
function mergeForceCollapse(ms: MergeState): void {
  const p = ms.pending;
  while (p.length > 1) {
    let n = p.length - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) n--;
    mergeAt(ms, n);
  }
}

/** CPython: merge_compute_minrun */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** The builtin types the pre-sort check recognises (passed in to keep this module free of cycles). */
export interface SortTypes {
  int: PyType;
  float: PyType;
  str: PyType;
  tuple: PyType;
}

/** The comparison list.sort uses for these keys (run before a reverse sort reverses them). */
export function sortCompare(keys: readonly PyValue[], types: SortTypes): LessThan {
  return chooseCompare(keys, types.int, types.float, types.str, types.tuple);
}

/**
 * Sorts keys (and values in lockstep, when not null) ascending and stably. Throws what a comparison
 * throws, leaving the arrays a permutation of their input as CPython leaves them.
 */
export function timsort(keys: PyValue[], values: PyValue[] | null, lt: LessThan): void {
  const n = keys.length;
  if (n < 2) return;
  if (n >= NATIVE_SORT_MIN && nativeSort(keys, values, lt)) return;
  const ms = new MergeState(keys, values, n, lt);
  let nremaining = n;
  let lo = 0;
  const minrun = computeMinrun(nremaining);
  do {
    let r = countRun(ms, lo, nremaining);
    if (r < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      binarysort(ms, lo, force, r);
      r = force;
    }
    foundNewRun(ms, r);
    ms.pending.push({ base: lo, len: r, power: 0 });
    lo += r;
    nremaining -= r;
  } while (nremaining);
  mergeForceCollapse(ms);
}
