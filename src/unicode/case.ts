// Case mappings as CPython 3.14 applies them: per code point (CPython: Objects/unicodectype.c
// _PyUnicode_To*Full) and per string, for str.lower, upper, casefold, title, capitalize and swapcase
// (CPython: Objects/unicodeobject.c do_lower ... do_title). Strings are JS strings: a surrogate pair
// is one code point, a lone surrogate is itself (and maps to itself).
import { SPECIAL_BASE } from './layout.ts';
import {
  caseColumn,
  foldValue,
  isCased,
  isCaseIgnorable,
  isLower,
  isUpper,
  lowerValue,
  recordOf,
  specialCases,
  titleValue,
  upperValue,
} from './db.ts';

/** Writes the mapping encoded by `value` (layout.ts) for cp into out at pos; returns how many code points. */
function expand(cp: number, value: number, out: number[] | Int32Array, pos: number): number {
  if (value < SPECIAL_BASE) {
    out[pos] = cp + value;
    return 1;
  }
  const sp = specialCases();
  const i = value - SPECIAL_BASE;
  const n = sp[i];
  for (let k = 0; k < n; k++) out[pos + k] = sp[i + 1 + k];
  return n;
}

/** Full lowercase mapping (1 to 3 code points) into out at pos; returns the count.  CPython: _PyUnicode_ToLowerFull */
export function toLowerFull(cp: number, out: number[] | Int32Array, pos: number): number {
  return expand(cp, lowerValue(cp), out, pos);
}

/** CPython: _PyUnicode_ToUpperFull ('ß' gives 'SS'). */
export function toUpperFull(cp: number, out: number[] | Int32Array, pos: number): number {
  return expand(cp, upperValue(cp), out, pos);
}

/** CPython: _PyUnicode_ToTitleFull. */
export function toTitleFull(cp: number, out: number[] | Int32Array, pos: number): number {
  return expand(cp, titleValue(cp), out, pos);
}

/** CPython: _PyUnicode_ToFoldedFull (str.casefold). */
export function toFoldedFull(cp: number, out: number[] | Int32Array, pos: number): number {
  return expand(cp, foldValue(cp), out, pos);
}

function first(cp: number, value: number): number {
  return value < SPECIAL_BASE ? cp + value : specialCases()[value - SPECIAL_BASE + 1];
}

/** The simple lowercase mapping: the first code point of the full one.  CPython: _PyUnicode_ToLowercase (_sre) */
export function toLowerSimple(cp: number): number {
  return first(cp, lowerValue(cp));
}

/** CPython: _PyUnicode_ToUppercase (first code point of the full mapping: 'ß' gives 'S'). */
export function toUpperSimple(cp: number): number {
  return first(cp, upperValue(cp));
}

/** CPython: _PyUnicode_ToTitlecase. */
export function toTitleSimple(cp: number): number {
  return first(cp, titleValue(cp));
}

// ---- strings ----

/** Code points of a JS string (a surrogate pair is one code point). */
export function codePointsOf(s: string): Int32Array {
  const out = new Int32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    out[n++] = c;
  }
  return n === s.length ? out : out.subarray(0, n);
}

/** Builds a JS string from code points. */
export function stringFromCodePoints(cps: ArrayLike<number>, length = cps.length): string {
  const units: number[] = [];
  let s = '';
  for (let i = 0; i < length; i++) {
    const c = cps[i];
    if (c < 0x10000) units.push(c);
    else units.push(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
    if (units.length >= 8192) {
      s += String.fromCharCode.apply(null, units);
      units.length = 0;
    }
  }
  return s + String.fromCharCode.apply(null, units);
}

// Scanned in native code (str.upper() of a long text).
const NON_ASCII = /[^\x00-\x7f]/;

function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

/**
 * U+03A3 lowercases to final sigma U+03C2 when a cased letter precedes it and none follows, case
 * ignorable characters in between not counting; else to U+03C3.  CPython: handle_capital_sigma
 */
function capitalSigma(cps: Int32Array, i: number): number {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j])) j--;
  if (j < 0 || !isCased(cps[j])) return 0x3c3;
  j = i + 1;
  while (j < cps.length && isCaseIgnorable(cps[j])) j++;
  return j === cps.length || !isCased(cps[j]) ? 0x3c2 : 0x3c3;
}

/** CPython: lower_ucs4 */
function lowerAt(cps: Int32Array, i: number, out: number[], pos: number): number {
  const c = cps[i];
  if (c === 0x3a3) {
    out[pos] = capitalSigma(cps, i);
    return 1;
  }
  return toLowerFull(c, out, pos);
}

/** UTF-16 code units into a string, in slices small enough for fromCharCode's argument list. */
function unitsToString(units: Uint16Array, n: number): string {
  if (n <= 8192) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return s;
}

/**
 * Maps every code point by one case mapping (0 lower, 1 upper, 3 casefold), with the final-sigma
 * rule for lower.  CPython: do_upper_or_lower, do_casefold
 */
function mapCase(s: string, kind: number): string {
  const column = caseColumn(kind);
  const sp = specialCases();
  // A code unit becomes at most three code units (the longest mappings are three BMP characters).
  const out = new Uint16Array(3 * s.length);
  let n = 0;
  let cps: Int32Array | null = null;
  for (let i = 0, k = 0; i < s.length; i++, k++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c === 0x3a3 && kind === 0) {
      // The sigma rule looks at the neighbouring code points.
      cps ??= codePointsOf(s);
      out[n++] = capitalSigma(cps, k);
      continue;
    }
    const v = column[recordOf(c)];
    if (v < SPECIAL_BASE) {
      const m = c + v;
      if (m < 0x10000) out[n++] = m;
      else {
        out[n++] = 0xd800 + ((m - 0x10000) >> 10);
        out[n++] = 0xdc00 + ((m - 0x10000) & 0x3ff);
      }
    } else {
      const at = v - SPECIAL_BASE;
      for (let j = 1; j <= sp[at]; j++) {
        const m = sp[at + j];
        if (m < 0x10000) out[n++] = m;
        else {
          out[n++] = 0xd800 + ((m - 0x10000) >> 10);
          out[n++] = 0xdc00 + ((m - 0x10000) & 0x3ff);
        }
      }
    }
  }
  return unitsToString(out, n);
}

/** str.lower().  CPython: do_lower */
export function lower(s: string): string {
  return isAscii(s) ? s.toLowerCase() : mapCase(s, 0);
}

/** str.upper().  CPython: do_upper */
export function upper(s: string): string {
  return isAscii(s) ? s.toUpperCase() : mapCase(s, 1);
}

/** str.casefold().  CPython: do_casefold */
export function casefold(s: string): string {
  return isAscii(s) ? s.toLowerCase() : mapCase(s, 3);
}

/** str.title(): titlecase after an uncased character, lowercase after a cased one.  CPython: do_title */
export function title(s: string): string {
  const cps = codePointsOf(s);
  const out: number[] = [];
  let n = 0;
  let previousIsCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    n += previousIsCased ? lowerAt(cps, i, out, n) : toTitleFull(c, out, n);
    previousIsCased = isCased(c);
  }
  return stringFromCodePoints(out, n);
}

/** str.capitalize(): the first character titlecased, the rest lowercased.  CPython: do_capitalize */
export function capitalize(s: string): string {
  if (s.length === 0) return s;
  const cps = codePointsOf(s);
  const out: number[] = [];
  let n = toTitleFull(cps[0], out, 0);
  for (let i = 1; i < cps.length; i++) n += lowerAt(cps, i, out, n);
  return stringFromCodePoints(out, n);
}

/** str.swapcase().  CPython: do_swapcase */
export function swapcase(s: string): string {
  const cps = codePointsOf(s);
  const out: number[] = [];
  let n = 0;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (isUpper(c)) n += lowerAt(cps, i, out, n);
    else if (isLower(c)) n += toUpperFull(c, out, n);
    else out[n++] = c;
  }
  return stringFromCodePoints(out, n);
}
