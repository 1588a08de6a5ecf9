// The methods of str: searching, splitting, stripping, padding, case, predicates, join, translate.
// CPython: Objects/unicodeobject.c (unicode_*_impl) and Objects/stringlib/ (split.h, find.h,
// partition.h, transmogrify.h).
//
// Every index Python sees counts code points. Strings without surrogates (nearly all) are worked on
// with JS string operations directly, since their code units are their code points; strings with
// surrogates convert code-point indexes to unit offsets at the edges (codepoints.ts) and never let
// a match cut a surrogate pair.
import { None, type PyValue } from '../object.ts';
import { typeOf } from '../type.ts';
import { isStrValue, strValue, PyStrBox, isIntValue, intValue } from '../boxes.ts';
import { PyList, ListType } from '../list.ts';
import { PyTuple, TupleType } from '../tuple.ts';
import { PyDict } from '../dict.ts';
import { PyObject_GetIter, PyIter_Next, PyObject_GetItem, PyObject_IsTrue } from '../abstract.ts';
import { typeError, valueError, overflowError, memoryError, exceptionMatches, PyExc_TypeError, PyExc_LookupError } from '../exceptions.ts';
import { isSpace, isLinebreak } from '../../unicode/db.ts';
import * as Case from '../../unicode/case.ts';
import * as P from '../../unicode/str-predicates.ts';
import { cpLength, hasSurrogates, unitOffset, cpIndex, findUnits, rfindUnits, isPairAt, indexOfUnits, lastIndexOfUnits } from './codepoints.ts';
import { TWO_WAY_MIN } from '../twoway.ts';
import { ssizeArg, sliceIndexArg, adjustIndices, MAX_LENGTH, intArg } from './args.ts';

/** The text of a str (or str subclass instance) `self`. */
export function S(v: PyValue): string {
  return typeof v === 'string' ? v : (v as PyStrBox).value;
}

function typeName(v: PyValue): string {
  return typeOf(v).tp_name;
}

/** An argument that must be a str: `must be str, not int`. */
function strArg(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrBox) return v.value;
  throw typeError(`must be str, not ${typeName(v)}`);
}

/** An argument converted by Argument Clinic's `unicode` converter: `replace() argument 1 must be str, not int`. */
function namedStrArg(v: PyValue, fname: string, pos: number | string | null): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrBox) return v.value;
  const where = pos === null ? 'argument' : typeof pos === 'number' ? `argument ${pos}` : `argument '${pos}'`;
  throw typeError(`${fname}() ${where} must be str, not ${v === None ? 'None' : typeName(v)}`);
}

// ---- whitespace ----

/** Py_UNICODE_ISSPACE: ASCII whitespace includes \x1c..\x1f; above ASCII, the Unicode database. */
export function isPySpace(c: number): boolean {
  if (c < 128) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  return isSpace(c);
}

/** The length of the result, or MemoryError when pyts cannot build a string that long. */
function checkLength(n: number): void {
  if (n > MAX_LENGTH) throw memoryError();
}

// ---- find, index, count ----

/**
 * The code-point index of `sub` in s[start:end] (code-point slice bounds, already given as
 * arguments), searching forwards (dir > 0) or backwards, or -1.  CPython: any_find_slice
 */
export function findSlice(s: string, sub: string, start: number, end: number, dir: number): number {
  if (!hasSurrogates(s)) {
    [start, end] = adjustIndices(start, end, s.length);
    return dir > 0 ? indexOfUnits(s, sub, start, end) : lastIndexOfUnits(s, sub, start, end);
  }
  const len = cpLength(s);
  [start, end] = adjustIndices(start, end, len);
  if (end - start < cpLength(sub)) return -1;
  const us = unitOffset(s, start);
  const ue = us + unitOffset(s.slice(us), end - start);
  const r = dir > 0 ? findUnits(s, sub, us, ue) : rfindUnits(s, sub, us, ue);
  return r < 0 ? -1 : start + cpIndex(s.slice(us), r - us);
}

function findArgs(fname: string, sub: PyValue, start: PyValue | undefined, end: PyValue | undefined): [string, number, number] {
  return [namedStrArg(sub, fname, 1), sliceIndexArg(start, 0), sliceIndexArg(end, Number.MAX_SAFE_INTEGER)];
}

function strFind(self: PyValue, sub: PyValue, start?: PyValue, end?: PyValue): number {
  const [t, a, b] = findArgs('find', sub, start, end);
  return findSlice(S(self), t, a, b, 1);
}

function strRfind(self: PyValue, sub: PyValue, start?: PyValue, end?: PyValue): number {
  const [t, a, b] = findArgs('rfind', sub, start, end);
  return findSlice(S(self), t, a, b, -1);
}

function strIndex(self: PyValue, sub: PyValue, start?: PyValue, end?: PyValue): number {
  const [t, a, b] = findArgs('index', sub, start, end);
  const r = findSlice(S(self), t, a, b, 1);
  if (r < 0) throw valueError('substring not found');
  return r;
}

function strRindex(self: PyValue, sub: PyValue, start?: PyValue, end?: PyValue): number {
  const [t, a, b] = findArgs('rindex', sub, start, end);
  const r = findSlice(S(self), t, a, b, -1);
  if (r < 0) throw valueError('substring not found');
  return r;
}

function strCount(self: PyValue, sub: PyValue, start?: PyValue, end?: PyValue): number {
  const [t, a0, b0] = findArgs('count', sub, start, end);
  let s = S(self);
  const sur = hasSurrogates(s);
  const len = sur ? cpLength(s) : s.length;
  const [a, b] = adjustIndices(a0, b0, len);
  const tlen = hasSurrogates(t) ? cpLength(t) : t.length;
  if (b - a < tlen) return 0;
  if (tlen === 0) return b - a + 1;
  if (sur) {
    const us = unitOffset(s, a);
    s = s.slice(us, us + unitOffset(s.slice(us), b - a));
  } else s = s.slice(a, b);
  let n = 0;
  for (let p = findUnits(s, t, 0, s.length); p >= 0; p = findUnits(s, t, p + t.length, s.length)) n++;
  return n;
}

// ---- startswith, endswith ----

/** Whether s[start:end] starts (dir < 0) or ends (dir > 0) with sub.  CPython: tailmatch */
function tailmatch(s: string, sub: string, start: number, end: number, dir: number): boolean {
  const sur = hasSurrogates(s);
  const len = sur ? cpLength(s) : s.length;
  [start, end] = adjustIndices(start, end, len);
  const sublen = hasSurrogates(sub) ? cpLength(sub) : sub.length;
  end -= sublen;
  if (end < start) return false;
  if (sublen === 0) return true;
  const at = dir > 0 ? end : start;
  const u = sur ? unitOffset(s, at) : at;
  return s.startsWith(sub, u) && !(sur && isPairAt(s, u + sub.length - 1) && !isPairAt(sub, sub.length - 1));
}

function startsOrEnds(self: PyValue, arg: PyValue, start: PyValue | undefined, end: PyValue | undefined, dir: number, name: string): boolean {
  const s = S(self);
  // s.startswith(str) over the whole of s: units are code points when s has no surrogates (and a
  // sub with surrogates cannot match then).
  if (typeof arg === 'string' && start === undefined && end === undefined && !hasSurrogates(s)) {
    return dir < 0 ? s.startsWith(arg) : s.endsWith(arg);
  }
  const a = sliceIndexArg(start, 0);
  const b = sliceIndexArg(end, Number.MAX_SAFE_INTEGER);
  if (arg instanceof PyTuple) {
    for (const item of arg.items) {
      if (!isStrValue(item)) throw typeError(`tuple for ${name} must only contain str, not ${typeName(item)}`);
      if (tailmatch(s, strValue(item), a, b, dir)) return true;
    }
    return false;
  }
  if (!isStrValue(arg)) throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(arg)}`);
  return tailmatch(s, strValue(arg), a, b, dir);
}

function strStartswith(self: PyValue, prefix: PyValue, start?: PyValue, end?: PyValue): boolean {
  return startsOrEnds(self, prefix, start, end, -1, 'startswith');
}

function strEndswith(self: PyValue, suffix: PyValue, start?: PyValue, end?: PyValue): boolean {
  return startsOrEnds(self, suffix, start, end, 1, 'endswith');
}

// ---- padding ----

function fillcharArg(v: PyValue): string {
  if (!isStrValue(v)) throw typeError(`The fill character must be a unicode character, not ${typeName(v)}`);
  const f = strValue(v);
  if (cpLength(f) !== 1) throw typeError('The fill character must be exactly one character long');
  return f;
}

/** CPython: pad */
function pad(s: string, left: number, right: number, fill: string): string {
  checkLength(s.length + (left + right) * fill.length);
  return (left > 0 ? fill.repeat(left) : '') + s + (right > 0 ? fill.repeat(right) : '');
}

function strCenter(self: PyValue, width: PyValue, fillchar: PyValue): string {
  const w = ssizeArg(width);
  const f = fillcharArg(fillchar);
  const s = S(self);
  const len = cpLength(s);
  if (len >= w) return s;
  const marg = w - len;
  // Odd margins put the extra character on the left when the width is odd (CPython's rule).
  const left = Math.floor(marg / 2) + (marg & w & 1);
  return pad(s, left, marg - left, f);
}

function strLjust(self: PyValue, width: PyValue, fillchar: PyValue): string {
  const w = ssizeArg(width);
  const f = fillcharArg(fillchar);
  const s = S(self);
  const len = cpLength(s);
  return len >= w ? s : pad(s, 0, w - len, f);
}

function strRjust(self: PyValue, width: PyValue, fillchar: PyValue): string {
  const w = ssizeArg(width);
  const f = fillcharArg(fillchar);
  const s = S(self);
  const len = cpLength(s);
  return len >= w ? s : pad(s, w - len, 0, f);
}

function strZfill(self: PyValue, width: PyValue): string {
  const w = ssizeArg(width);
  const s = S(self);
  const len = cpLength(s);
  if (len >= w) return s;
  const fill = w - len;
  checkLength(s.length + fill);
  const c = s[0];
  if (c === '+' || c === '-') return c + '0'.repeat(fill) + s.slice(1);
  return '0'.repeat(fill) + s;
}

function strExpandtabs(self: PyValue, tabsize: PyValue): string {
  const ts = intArg(tabsize);
  const s = S(self);
  if (!s.includes('\t')) return s;
  let out = '';
  let col = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x09) {
      out += s.slice(from, i);
      from = i + 1;
      if (ts > 0) {
        const incr = ts - (col % ts);
        col += incr;
        checkLength(out.length + incr);
        out += ' '.repeat(incr);
      }
    } else if (c === 0x0a || c === 0x0d) col = 0;
    else if (!(c >= 0xdc00 && c < 0xe000 && i > 0 && isPairAt(s, i - 1))) col++;
  }
  return out + s.slice(from);
}

// ---- stripping ----

/** s stripped of whitespace (chars null) or of the code points of chars, at the left and/or right. */
export function doStrip(s: string, chars: string | null, left: boolean, right: boolean): string {
  let i = 0;
  let j = s.length;
  if (chars === null) {
    if (left) while (i < j && isPySpace(s.charCodeAt(i))) i++;
    if (right) while (j > i && isPySpace(s.charCodeAt(j - 1))) j--;
    return s.slice(i, j);
  }
  if (!hasSurrogates(chars) && !hasSurrogates(s)) {
    if (left) while (i < j && chars.includes(s[i])) i++;
    if (right) while (j > i && chars.includes(s[j - 1])) j--;
    return s.slice(i, j);
  }
  const set = new Set(Array.from(chars));
  if (left) {
    while (i < j) {
      const n = isPairAt(s, i) ? 2 : 1;
      if (!set.has(s.slice(i, i + n))) break;
      i += n;
    }
  }
  if (right) {
    while (j > i) {
      const n = j - 2 >= i && isPairAt(s, j - 2) ? 2 : 1;
      if (!set.has(s.slice(j - n, j))) break;
      j -= n;
    }
  }
  return s.slice(i, j);
}

function stripArg(chars: PyValue, name: string): string | null {
  if (chars === None) return null;
  if (!isStrValue(chars)) throw typeError(`${name} arg must be None or str`);
  return strValue(chars);
}

function strStrip(self: PyValue, chars: PyValue): string {
  return doStrip(S(self), stripArg(chars, 'strip'), true, true);
}

function strLstrip(self: PyValue, chars: PyValue): string {
  return doStrip(S(self), stripArg(chars, 'lstrip'), true, false);
}

function strRstrip(self: PyValue, chars: PyValue): string {
  return doStrip(S(self), stripArg(chars, 'rstrip'), false, true);
}

function strRemoveprefix(self: PyValue, prefix: PyValue): string {
  const s = S(self);
  const p = namedStrArg(prefix, 'removeprefix', null);
  return p.length > 0 && tailmatch(s, p, 0, Number.MAX_SAFE_INTEGER, -1) ? s.slice(p.length) : s;
}

function strRemovesuffix(self: PyValue, suffix: PyValue): string {
  const s = S(self);
  const p = namedStrArg(suffix, 'removesuffix', null);
  return p.length > 0 && tailmatch(s, p, 0, Number.MAX_SAFE_INTEGER, 1) ? s.slice(0, s.length - p.length) : s;
}

// ---- splitting ----

function splitArgs(sep: PyValue, maxsplit: PyValue): [string | null, number] {
  let n = ssizeArg(maxsplit);
  if (n < 0) n = Number.MAX_SAFE_INTEGER;
  if (sep === None) return [null, n];
  if (!isStrValue(sep)) throw typeError(`must be str or None, not ${typeName(sep)}`);
  const t = strValue(sep);
  if (t.length === 0) throw valueError('empty separator');
  return [t, n];
}

/** s.split() on runs of whitespace.  CPython: stringlib split_whitespace */
function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (maxsplit-- > 0) {
    while (i < n && isPySpace(s.charCodeAt(i))) i++;
    if (i === n) return out;
    const j = i;
    while (i < n && !isPySpace(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
    if (i === n) return out;
  }
  while (i < n && isPySpace(s.charCodeAt(i))) i++;
  if (i < n) out.push(s.slice(i));
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (maxsplit-- > 0) {
    while (i > 0 && isPySpace(s.charCodeAt(i - 1))) i--;
    if (i === 0) return out.reverse();
    const j = i;
    while (i > 0 && !isPySpace(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
    if (i === 0) return out.reverse();
  }
  while (i > 0 && isPySpace(s.charCodeAt(i - 1))) i--;
  if (i > 0) out.push(s.slice(0, i));
  return out.reverse();
}

/**
 * True when JS's split/replaceAll can search for `sep`: no match can cut a surrogate pair (it
 * neither starts low nor ends high), and it is short enough for V8's search to stay fast on any
 * input (longer needles go through findUnits' linear-time search).
 */
function safeNeedle(sep: string): boolean {
  if (sep.length >= TWO_WAY_MIN) return false;
  const a = sep.charCodeAt(0);
  const b = sep.charCodeAt(sep.length - 1);
  return !(a >= 0xdc00 && a < 0xe000) && !(b >= 0xd800 && b < 0xdc00);
}

export function splitOn(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit >= s.length && safeNeedle(sep)) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  while (maxsplit-- > 0) {
    const p = findUnits(s, sep, i, s.length);
    if (p < 0) break;
    out.push(s.slice(i, p));
    i = p + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function rsplitOn(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let j = s.length;
  while (maxsplit-- > 0) {
    const p = rfindUnits(s, sep, 0, j);
    if (p < 0) break;
    out.push(s.slice(p + sep.length, j));
    j = p;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

function strSplit(self: PyValue, sep: PyValue, maxsplit: PyValue): PyList {
  const [t, n] = splitArgs(sep, maxsplit);
  const s = S(self);
  return new PyList(t === null ? splitWhitespace(s, n) : splitOn(s, t, n));
}

function strRsplit(self: PyValue, sep: PyValue, maxsplit: PyValue): PyList {
  const [t, n] = splitArgs(sep, maxsplit);
  const s = S(self);
  return new PyList(t === null ? rsplitWhitespace(s, n) : rsplitOn(s, t, n));
}

function strSplitlines(self: PyValue, keepends: PyValue): PyList {
  const keep = PyObject_IsTrue(keepends);
  const s = S(self);
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLinebreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a) i += 2;
      else i++;
      if (keep) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return new PyList(out);
}

function partitionArg(sep: PyValue): string {
  const t = strArg(sep);
  if (t.length === 0) throw valueError('empty separator');
  return t;
}

function strPartition(self: PyValue, sep: PyValue): PyTuple {
  const s = S(self);
  const t = partitionArg(sep);
  const p = findUnits(s, t, 0, s.length);
  if (p < 0) return new PyTuple([self, '', '']);
  return new PyTuple([s.slice(0, p), sep, s.slice(p + t.length)]);
}

function strRpartition(self: PyValue, sep: PyValue): PyTuple {
  const s = S(self);
  const t = partitionArg(sep);
  const p = rfindUnits(s, t, 0, s.length);
  if (p < 0) return new PyTuple(['', '', self]);
  return new PyTuple([s.slice(0, p), sep, s.slice(p + t.length)]);
}

// ---- replace, join ----

/** s.replace(old, new, count).  CPython: replace */
export function replaceStr(s: string, old: string, rep: string, count: number): string {
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (count === 0) return s;
  if (old.length === 0) {
    const cps = hasSurrogates(s) ? Array.from(s) : null;
    const len = cps === null ? s.length : cps.length;
    const n = Math.min(count, len + 1);
    checkLength(s.length + n * rep.length);
    let out = '';
    for (let i = 0; i < len; i++) {
      if (i < n) out += rep;
      else return out + (cps === null ? s.slice(i) : cps.slice(i).join(''));
      out += cps === null ? s[i] : cps[i];
    }
    return n > len ? out + rep : out;
  }
  if (count >= s.length && safeNeedle(old)) {
    if (rep.length > old.length) {
      let k = 0;
      for (let p = s.indexOf(old); p >= 0; p = s.indexOf(old, p + old.length)) k++;
      checkLength(s.length + k * (rep.length - old.length));
    }
    // indexOf and concatenation: several times faster than V8's replaceAll when matches are many.
    let out = '';
    let i = 0;
    for (let p = s.indexOf(old); p >= 0; p = s.indexOf(old, i)) {
      out += s.slice(i, p) + rep;
      i = p + old.length;
    }
    return i === 0 ? s : out + s.slice(i);
  }
  let out = '';
  let i = 0;
  while (count-- > 0) {
    const p = findUnits(s, old, i, s.length);
    if (p < 0) break;
    out += s.slice(i, p) + rep;
    checkLength(out.length);
    i = p + old.length;
  }
  return out + s.slice(i);
}

function strReplace(self: PyValue, old: PyValue, rep: PyValue, count: PyValue): string {
  const a = namedStrArg(old, 'replace', 1);
  const b = namedStrArg(rep, 'replace', 2);
  return replaceStr(S(self), a, b, ssizeArg(count));
}

/**
 * The items of an iterable for join, with CPython's PySequence_Fast error.  Only an exact list or
 * tuple gives its items directly (a copy of a list's): a subclass is iterated, its __iter__ included.
 */
export function joinItems(iterable: PyValue): PyValue[] {
  if (iterable instanceof PyList && iterable.ob_type === ListType) return iterable.items.slice();
  if (iterable instanceof PyTuple && iterable.ob_type === TupleType) return iterable.items as PyValue[];
  let it: PyValue;
  try {
    it = PyObject_GetIter(iterable);
  } catch (e) {
    if (exceptionMatches(e as PyValue, PyExc_TypeError)) throw typeError('can only join an iterable');
    throw e;
  }
  const out: PyValue[] = [];
  for (let v = PyIter_Next(it); v !== undefined; v = PyIter_Next(it)) out.push(v);
  return out;
}

function strJoin(self: PyValue, iterable: PyValue): string {
  const sep = S(self);
  // An exact list's items need no copy: nothing below runs Python code that could change it.
  const items: readonly PyValue[] = iterable instanceof PyList && iterable.ob_type === ListType ? iterable.items : joinItems(iterable);
  const n = items.length;
  let total = 0;
  let i = 0;
  for (; i < n; i++) {
    const v = items[i];
    if (typeof v !== 'string') break;
    total += v.length;
  }
  if (i === n) {
    // Only str values (the usual case): JS joins them as they are.
    checkLength(total + sep.length * Math.max(0, n - 1));
    return items.join(sep);
  }
  const parts: string[] = new Array(n);
  total = 0;
  for (i = 0; i < n; i++) {
    const v = items[i];
    if (typeof v === 'string') parts[i] = v;
    else if (v instanceof PyStrBox) parts[i] = v.value;
    else throw typeError(`sequence item ${i}: expected str instance, ${typeName(v)} found`);
    total += parts[i].length;
  }
  checkLength(total + sep.length * Math.max(0, n - 1));
  return parts.join(sep);
}

// ---- translate, maketrans ----

/** One lookup in a translation table: undefined (keep), null (delete), or the replacement text. */
function translateLookup(table: PyValue, cp: number): string | null | undefined {
  let x: PyValue;
  try {
    x = PyObject_GetItem(table, cp);
  } catch (e) {
    if (exceptionMatches(e as PyValue, PyExc_LookupError)) return undefined;
    throw e;
  }
  if (x === None) return null;
  if (isIntValue(x)) {
    const n = intValue(x);
    if (typeof n === 'bigint' && (n > 2n ** 63n - 1n || n < -(2n ** 63n))) throw overflowError('Python int too large to convert to C long');
    if (n < 0 || n > 0x10ffff) throw valueError('character mapping must be in range(0x110000)');
    return String.fromCodePoint(Number(n));
  }
  if (isStrValue(x)) return strValue(x);
  throw typeError('character mapping must return integer, None or str');
}

function strTranslate(self: PyValue, table: PyValue): string {
  const s = S(self);
  let out = '';
  let i = 0;
  // ASCII strings: each distinct character is looked up once, as CPython's fast path does while
  // the results stay one ASCII character (or deletions).
  let ascii = true;
  for (let k = 0; k < s.length && ascii; k++) if (s.charCodeAt(k) > 127) ascii = false;
  if (ascii) {
    const cache: (string | null | undefined)[] = new Array(128);
    const seen = new Uint8Array(128);
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!seen[c]) {
        const r = translateLookup(table, c);
        if (r !== undefined && r !== null && (r.length !== 1 || r.charCodeAt(0) > 127)) break;
        seen[c] = 1;
        cache[c] = r;
      }
      const r = cache[c];
      if (r === undefined) out += s[i];
      else if (r !== null) out += r;
    }
    if (i === s.length) return out;
  }
  while (i < s.length) {
    const n = isPairAt(s, i) ? 2 : 1;
    const cp = s.codePointAt(i)!;
    const r = translateLookup(table, n === 2 ? cp : s.charCodeAt(i));
    if (r === undefined) out += s.slice(i, i + n);
    else if (r !== null) out += r;
    else {
      // A run of deleted characters: CPython looks each following character up once more.
      i += n;
      while (i < s.length) {
        const m = isPairAt(s, i) ? 2 : 1;
        const x = translateLookup(table, m === 2 ? s.codePointAt(i)! : s.charCodeAt(i));
        if (x !== null) break;
        i += m;
      }
      continue;
    }
    checkLength(out.length);
    i += n;
  }
  return out;
}

function strMaketrans(x: PyValue, y?: PyValue, z?: PyValue): PyDict {
  const out = new PyDict();
  if (y !== undefined) {
    const ys = namedStrArg(y, 'maketrans', 2);
    const zs = z === undefined ? null : namedStrArg(z, 'maketrans', 3);
    if (!isStrValue(x)) throw typeError('first maketrans argument must be a string if there is a second argument');
    const xs = Array.from(strValue(x));
    const ya = Array.from(ys);
    if (xs.length !== ya.length) throw valueError('the first two maketrans arguments must have equal length');
    for (let i = 0; i < xs.length; i++) out.set(xs[i].codePointAt(0)!, ya[i].codePointAt(0)!);
    if (zs !== null) for (const c of zs) out.set(c.codePointAt(0)!, None);
    return out;
  }
  if (!(x instanceof PyDict) || typeOf(x).tp_name !== 'dict') throw typeError('if you give only one argument to maketrans it must be a dict');
  for (let i = x.next(0); i >= 0; i = x.next(i + 1)) {
    const k = x.keys[i];
    const v = x.values[i];
    if (isStrValue(k)) {
      const ks = strValue(k);
      if (cpLength(ks) !== 1) throw valueError('string keys in translate table must be of length 1');
      out.set(ks.codePointAt(0)!, v);
    } else if (isIntValue(k)) {
      out.set(k, v);
    } else throw typeError('keys in translate table must be strings or integers');
  }
  return out;
}

// ---- case and predicates ----

function strIsascii(self: PyValue): boolean {
  const s = S(self);
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function strGetnewargs(self: PyValue): PyTuple {
  return new PyTuple([S(self)]);
}

function strSizeof(self: PyValue): number {
  // The size of CPython's compact representation (PEP 393) on a 64-bit build.
  const s = S(self);
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  const len = cpLength(s);
  if (max < 128) return 40 + len + 1;
  if (max < 256) return 56 + len + 1;
  if (hasSurrogates(s) && Array.from(s).some((c) => c.length === 2)) return 56 + (len + 1) * 4;
  return 56 + (len + 1) * 2;
}

/** Text signatures and implementations of str's methods (the type table is in index.ts). */
export const STR_METHODS = {
  capitalize: { sig: '($self, /)', impl: (s: PyValue) => Case.capitalize(S(s)), doc: 'The string with its first character titlecased and the rest lowercased.' },
  casefold: { sig: '($self, /)', impl: (s: PyValue) => Case.casefold(S(s)), doc: 'The string folded for caseless comparison.' },
  center: { sig: "($self, width, fillchar=' ', /)", impl: strCenter, doc: 'The string centred in a field of the given width.' },
  count: { sig: '($self, sub[, start[, end]], /)', impl: strCount, doc: 'The number of non-overlapping occurrences of sub in S[start:end].' },
  endswith: { sig: '($self, suffix[, start[, end]], /)', impl: strEndswith, doc: 'Whether S[start:end] ends with suffix (or one of a tuple of suffixes).' },
  expandtabs: { sig: '($self, /, tabsize=8)', impl: strExpandtabs, doc: 'The string with tabs replaced by spaces up to the next multiple of tabsize.' },
  find: { sig: '($self, sub[, start[, end]], /)', impl: strFind, doc: 'The lowest index of sub in S[start:end], or -1.' },
  index: { sig: '($self, sub[, start[, end]], /)', impl: strIndex, doc: 'The lowest index of sub in S[start:end]; ValueError if absent.' },
  isalnum: { sig: '($self, /)', impl: (s: PyValue) => P.strIsAlnum(S(s)), doc: 'Whether the string is non-empty and alphanumeric.' },
  isalpha: { sig: '($self, /)', impl: (s: PyValue) => P.strIsAlpha(S(s)), doc: 'Whether the string is non-empty and alphabetic.' },
  isascii: { sig: '($self, /)', impl: strIsascii, doc: 'Whether every character is ASCII (true for the empty string).' },
  isdecimal: { sig: '($self, /)', impl: (s: PyValue) => P.strIsDecimal(S(s)), doc: 'Whether the string is non-empty and made of decimal characters.' },
  isdigit: { sig: '($self, /)', impl: (s: PyValue) => P.strIsDigit(S(s)), doc: 'Whether the string is non-empty and made of digits.' },
  isidentifier: { sig: '($self, /)', impl: (s: PyValue) => P.strIsIdentifier(S(s)), doc: 'Whether the string is a valid Python identifier.' },
  islower: { sig: '($self, /)', impl: (s: PyValue) => P.strIsLower(S(s)), doc: 'Whether the string has cased characters, all lowercase.' },
  isnumeric: { sig: '($self, /)', impl: (s: PyValue) => P.strIsNumeric(S(s)), doc: 'Whether the string is non-empty and numeric.' },
  isprintable: { sig: '($self, /)', impl: (s: PyValue) => P.strIsPrintable(S(s)), doc: 'Whether every character is printable (true for the empty string).' },
  isspace: { sig: '($self, /)', impl: (s: PyValue) => P.strIsSpace(S(s)), doc: 'Whether the string is non-empty and whitespace.' },
  istitle: { sig: '($self, /)', impl: (s: PyValue) => P.strIsTitle(S(s)), doc: 'Whether the string is titlecased.' },
  isupper: { sig: '($self, /)', impl: (s: PyValue) => P.strIsUpper(S(s)), doc: 'Whether the string has cased characters, all uppercase.' },
  join: { sig: '($self, iterable, /)', impl: strJoin, doc: 'The strings of the iterable joined with this string between them.' },
  ljust: { sig: "($self, width, fillchar=' ', /)", impl: strLjust, doc: 'The string left-justified in a field of the given width.' },
  lower: { sig: '($self, /)', impl: (s: PyValue) => Case.lower(S(s)), doc: 'The string in lowercase.' },
  lstrip: { sig: '($self, chars=None, /)', impl: strLstrip, doc: 'The string without leading whitespace (or leading characters in chars).' },
  maketrans: { sig: '(x, y=<unrepresentable>, z=<unrepresentable>, /)', kind: 'staticmethod' as const, impl: strMaketrans, doc: 'A translation table for str.translate.' },
  partition: { sig: '($self, sep, /)', impl: strPartition, doc: 'The parts before, at and after the first occurrence of sep.' },
  removeprefix: { sig: '($self, prefix, /)', impl: strRemoveprefix, doc: 'The string without the given prefix, if it starts with it.' },
  removesuffix: { sig: '($self, suffix, /)', impl: strRemovesuffix, doc: 'The string without the given suffix, if it ends with it.' },
  replace: { sig: '($self, old, new, /, count=-1)', impl: strReplace, doc: 'The string with occurrences of old replaced by new (the first count only, if given).' },
  rfind: { sig: '($self, sub[, start[, end]], /)', impl: strRfind, doc: 'The highest index of sub in S[start:end], or -1.' },
  rindex: { sig: '($self, sub[, start[, end]], /)', impl: strRindex, doc: 'The highest index of sub in S[start:end]; ValueError if absent.' },
  rjust: { sig: "($self, width, fillchar=' ', /)", impl: strRjust, doc: 'The string right-justified in a field of the given width.' },
  rpartition: { sig: '($self, sep, /)', impl: strRpartition, doc: 'The parts before, at and after the last occurrence of sep.' },
  rsplit: { sig: '($self, /, sep=None, maxsplit=-1)', impl: strRsplit, doc: 'The words of the string, splitting from the right.' },
  rstrip: { sig: '($self, chars=None, /)', impl: strRstrip, doc: 'The string without trailing whitespace (or trailing characters in chars).' },
  split: { sig: '($self, /, sep=None, maxsplit=-1)', impl: strSplit, doc: 'The words of the string, split at sep (or runs of whitespace).' },
  splitlines: { sig: '($self, /, keepends=False)', impl: strSplitlines, doc: 'The lines of the string, split at line boundaries.' },
  startswith: { sig: '($self, prefix[, start[, end]], /)', impl: strStartswith, doc: 'Whether S[start:end] starts with prefix (or one of a tuple of prefixes).' },
  strip: { sig: '($self, chars=None, /)', impl: strStrip, doc: 'The string without leading and trailing whitespace (or characters in chars).' },
  swapcase: { sig: '($self, /)', impl: (s: PyValue) => Case.swapcase(S(s)), doc: 'The string with uppercase and lowercase swapped.' },
  title: { sig: '($self, /)', impl: (s: PyValue) => Case.title(S(s)), doc: 'The string with each word titlecased.' },
  translate: { sig: '($self, table, /)', impl: strTranslate, doc: 'The string with each character mapped through the table.' },
  upper: { sig: '($self, /)', impl: (s: PyValue) => Case.upper(S(s)), doc: 'The string in uppercase.' },
  zfill: { sig: '($self, width, /)', impl: strZfill, doc: 'The string padded on the left with zeros, after any sign.' },
  __getnewargs__: { sig: '($self, /)', impl: strGetnewargs, doc: 'The arguments that recreate the string (pickling support).' },
  __sizeof__: { sig: '($self, /)', impl: strSizeof, doc: 'The size of the string in memory, in bytes (as CPython lays it out).' },
};
