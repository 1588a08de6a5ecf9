// Linear-time substring search for long needles: the two-way algorithm of Crochemore and Perrin.
//
// JavaScript's indexOf/lastIndexOf (V8's Boyer-Moore-Horspool over at most the last 250 units of
// the needle) are the fastest choice for short needles, but take time proportional to n*m on
// inputs like ('a'*N + 'b'*N).find('a'*N + 'b'*2N): CPython's str.find, bytes.find and
// str.count are O(n + m) (test_adaptive_find in Lib/test/string_tests.py). Callers search with
// indexOf for needles shorter than TWO_WAY_MIN and with `twoWaySearch` for longer ones.
//
// The needle is a sequence of code units (UTF-16 units of a str, or bytes); the haystack is read
// through `at(k)` for k in [0, n), so a backward search is a forward search over the reversed
// haystack with the reversed needle.

/** Needles at least this long are searched with the two-way algorithm. */
export const TWO_WAY_MIN = 100;

/**
 * The start of the maximal suffix of x (as the index just before it, -1 for all of x) under the
 * order `less` (or its reverse when `greater` is true), and that suffix's period.
 */
function maximalSuffix(x: Int32Array, greater: boolean): [number, number] {
  const m = x.length;
  let ms = -1;
  let j = 0;
  let k = 1;
  let p = 1;
  while (j + k < m) {
    const a = x[j + k];
    const b = x[ms + k];
    if (greater ? a > b : a < b) {
      j += k;
      k = 1;
      p = j - ms;
    } else if (a === b) {
      if (k !== p) k++;
      else {
        j += p;
        k = 1;
      }
    } else {
      ms = j;
      j = ms + 1;
      k = p = 1;
    }
  }
  return [ms, p];
}

/**
 * The first k with needle == haystack[k : k + m], where haystack[i] is at(i) for i < n, or -1.
 * O(n + m) comparisons.
 */
function twoWaySearch(x: Int32Array, n: number, at: (i: number) => number): number {
  const m = x.length;
  if (m === 0) return 0;
  const [i1, p1] = maximalSuffix(x, false);
  const [i2, p2] = maximalSuffix(x, true);
  // The critical factorization x = x[0..ell] x[ell+1..]: the later of the two maximal suffixes.
  const ell = i1 > i2 ? i1 : i2;
  let per = i1 > i2 ? p1 : p2;
  let periodic = per + ell + 1 <= m;
  for (let i = 0; periodic && i <= ell; i++) if (x[i] !== x[i + per]) periodic = false;
  let j = 0;
  if (periodic) {
    // x has period `per`: after a full match of the right part, the next `m - per` units are
    // known to match at the next alignment ("memory").
    let memory = -1;
    while (j <= n - m) {
      let i = (ell > memory ? ell : memory) + 1;
      while (i < m && x[i] === at(i + j)) i++;
      if (i >= m) {
        i = ell;
        while (i > memory && x[i] === at(i + j)) i--;
        if (i <= memory) return j;
        j += per;
        memory = m - per - 1;
      } else {
        j += i - ell;
        memory = -1;
      }
    }
    return -1;
  }
  per = (ell + 1 > m - ell - 1 ? ell + 1 : m - ell - 1) + 1;
  while (j <= n - m) {
    let i = ell + 1;
    while (i < m && x[i] === at(i + j)) i++;
    if (i >= m) {
      i = ell;
      while (i >= 0 && x[i] === at(i + j)) i--;
      if (i < 0) return j;
      j += per;
    } else j += i - ell;
  }
  return -1;
}

/** The code units of s[0:len] as an Int32Array, reversed when `reverse` is true. */
function unitsOf(get: (i: number) => number, len: number, reverse: boolean): Int32Array {
  const x = new Int32Array(len);
  for (let i = 0; i < len; i++) x[reverse ? len - 1 - i : i] = get(i);
  return x;
}

/** The first index p in [from, to - sub.length] with s[p:p+len(sub)] == sub (UTF-16 units), or -1. */
export function longStrIndexOf(s: string, sub: string, from: number, to: number): number {
  const x = unitsOf((i) => sub.charCodeAt(i), sub.length, false);
  const r = twoWaySearch(x, to - from, (i) => s.charCodeAt(from + i));
  return r < 0 ? -1 : from + r;
}

/** The last index p in [from, to - sub.length] with s[p:p+len(sub)] == sub (UTF-16 units), or -1. */
export function longStrLastIndexOf(s: string, sub: string, from: number, to: number): number {
  const x = unitsOf((i) => sub.charCodeAt(i), sub.length, true);
  const r = twoWaySearch(x, to - from, (i) => s.charCodeAt(to - 1 - i));
  return r < 0 ? -1 : to - r - sub.length;
}

/** As longStrIndexOf, over bytes. */
export function longBytesIndexOf(d: Uint8Array, sub: Uint8Array, from: number, to: number): number {
  const x = unitsOf((i) => sub[i], sub.length, false);
  const r = twoWaySearch(x, to - from, (i) => d[from + i]);
  return r < 0 ? -1 : from + r;
}

/** As longStrLastIndexOf, over bytes. */
export function longBytesLastIndexOf(d: Uint8Array, sub: Uint8Array, from: number, to: number): number {
  const x = unitsOf((i) => sub[i], sub.length, true);
  const r = twoWaySearch(x, to - from, (i) => d[to - 1 - i]);
  return r < 0 ? -1 : to - r - sub.length;
}
