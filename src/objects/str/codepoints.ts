// Code-point semantics over JS strings.  A Python str is a JS string; Python indexes by code point
// while JS indexes by UTF-16 unit. They agree unless the string contains surrogates, which is rare:
// such strings are handled through arrays of code points, cached for long strings, and through
// conversions between code-point indexes and unit offsets.
// Differs from CPython: a str holding a lone high surrogate followed by a lone low surrogate is
// indistinguishable from the astral character they encode.

import { TWO_WAY_MIN, longStrIndexOf, longStrLastIndexOf } from '../twoway.ts';

const CACHE_MIN = 64;
const cache = new Map<string, string[] | null>();

// A regular expression rather than a loop: V8 answers at once for strings stored one byte per
// character (no surrogate can be there) and scans two-byte ones in native code.
const SURROGATE = /[\uD800-\uDFFF]/;

function scan(s: string): boolean {
  return SURROGATE.test(s);
}

// A character above U+00FF: V8 answers at once (false) for strings stored one byte per character,
// and finds one early in most two-byte strings.
const NON_LATIN1 = /[\u0100-\uFFFF]/;

/** The code points of s as strings, or null if s has no surrogates (then code points are units). */
export function codePointsOrNull(s: string): string[] | null {
  if (s.length < CACHE_MIN) return scan(s) ? Array.from(s) : null;
  // Only strings with characters above U+00FF are cached: a lookup of a long string that is not the
  // cached string itself but equal to it compares the two whole strings, which must not happen on
  // every str method call of a long one-byte string made again (text.find in a loop, run twice).
  if (!NON_LATIN1.test(s)) return null;
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const cps = scan(s) ? Array.from(s) : null;
  if (cache.size > 256) cache.clear();
  cache.set(s, cps);
  return cps;
}

/** True if s holds a surrogate code unit (then unit offsets and code-point indexes may differ). */
export function hasSurrogates(s: string): boolean {
  if (s.length < CACHE_MIN) return scan(s);
  return codePointsOrNull(s) !== null;
}

/** len(s). */
export function cpLength(s: string): number {
  const cps = codePointsOrNull(s);
  return cps === null ? s.length : cps.length;
}

/** s[i] for 0 <= i < len(s). */
export function cpAt(s: string, i: number): string {
  const cps = codePointsOrNull(s);
  return cps === null ? s[i] : cps[i];
}

/** s[start:stop] for 0 <= start <= stop <= len(s). */
export function cpSlice(s: string, start: number, stop: number): string {
  const cps = codePointsOrNull(s);
  return cps === null ? s.slice(start, stop) : cps.slice(start, stop).join('');
}

/** The UTF-16 offset of code-point index i (0 <= i <= len(s)); s must be scanned by the caller if hot. */
export function unitOffset(s: string, i: number): number {
  let u = 0;
  for (let k = 0; k < i && u < s.length; k++) u += isPairAt(s, u) ? 2 : 1;
  return u;
}

/** The code-point index of UTF-16 offset u (u at a code-point boundary). */
export function cpIndex(s: string, u: number): number {
  let n = 0;
  for (let k = 0; k < u; k++) {
    n++;
    if (isPairAt(s, k)) k++;
  }
  return n;
}

/** True if a surrogate pair starts at unit offset u. */
export function isPairAt(s: string, u: number): boolean {
  const c = s.charCodeAt(u);
  if (c < 0xd800 || c >= 0xdc00) return false;
  const d = s.charCodeAt(u + 1);
  return d >= 0xdc00 && d < 0xe000;
}

/** True if unit offset u falls inside a surrogate pair (between its two halves). */
export function splitsPair(s: string, u: number): boolean {
  return u > 0 && u < s.length && isPairAt(s, u - 1);
}

/** The code point values of s. */
export function codePointValues(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    out.push(c);
    if (c > 0xffff) i++;
  }
  return out;
}

/** Compares two strings by code point (JS `<` compares UTF-16 units, which differs above U+FFFF). */
export function cpCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x < 0xd800 || y < 0xd800) return x - y;
    const ca = codePointValues(a);
    const cb = codePointValues(b);
    const m = Math.min(ca.length, cb.length);
    for (let k = 0; k < m; k++) if (ca[k] !== cb[k]) return ca[k] - cb[k];
    return ca.length - cb.length;
  }
  return a.length - b.length;
}

/**
 * The first unit offset p in [from, to - sub.length] where s has `sub`, or -1: indexOf for short
 * needles, the two-way algorithm for long ones (linear time on any input, as CPython's find).
 */
export function indexOfUnits(s: string, sub: string, from: number, to: number): number {
  if (to - from < sub.length) return -1;
  if (sub.length >= TWO_WAY_MIN) return longStrIndexOf(s, sub, from, to);
  const p = s.indexOf(sub, from);
  return p >= 0 && p + sub.length <= to ? p : -1;
}

/** The last unit offset p in [from, to - sub.length] where s has `sub`, or -1. */
export function lastIndexOfUnits(s: string, sub: string, from: number, to: number): number {
  if (to - from < sub.length) return -1;
  if (sub.length >= TWO_WAY_MIN) return longStrLastIndexOf(s, sub, from, to);
  const p = s.lastIndexOf(sub, to - sub.length);
  return p >= from ? p : -1;
}

/**
 * The unit offset of the first occurrence of `sub` in s[from:to] (unit offsets) that does not cut
 * a surrogate pair of s, or -1. Matches that start or end inside a pair are not Python matches.
 */
export function findUnits(s: string, sub: string, from: number, to: number): number {
  for (let p = indexOfUnits(s, sub, from, to); p >= 0; p = indexOfUnits(s, sub, p + 1, to)) {
    if (!splitsPair(s, p) && !splitsPair(s, p + sub.length)) return p;
  }
  return -1;
}

/** The unit offset of the last occurrence of `sub` within s[from:to] not cutting a pair, or -1. */
export function rfindUnits(s: string, sub: string, from: number, to: number): number {
  for (let p = lastIndexOfUnits(s, sub, from, to); p >= 0; p = lastIndexOfUnits(s, sub, from, p + sub.length - 1)) {
    if (!splitsPair(s, p) && !splitsPair(s, p + sub.length)) return p;
  }
  return -1;
}
