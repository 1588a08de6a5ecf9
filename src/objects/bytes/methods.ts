// The methods bytes and bytearray share, with ASCII semantics; each returns an object of the
// receiver's kind (bytes for bytes, bytearray for bytearray).  CPython: Objects/bytes_methods.c and
// the byte-string templates of Objects/stringlib/ (split.h, partition.h, transmogrify.h, ctype.h).
import { None, type PyValue } from '../object.ts';
import { typeOf } from '../type.ts';
import { isStrValue, strValue } from '../boxes.ts';
import { TWO_WAY_MIN, longBytesIndexOf, longBytesLastIndexOf } from '../twoway.ts';
import { PyList } from '../list.ts';
import { PyTuple } from '../tuple.ts';
import { PyNumber_Index, PyObject_IsTrue } from '../abstract.ts';
import { typeError, valueError, memoryError } from '../exceptions.ts';
import { PyBytes } from '../bytes.ts';
import { PyByteArray } from '../bytearray.ts';
import { ssizeArg, sliceIndexArg, adjustIndices, MAX_LENGTH, argTypeName, intArg } from '../str/args.ts';
import { joinItems } from '../str/methods.ts';
import { decodeText } from '../codecs/registry.ts';
import { bytesLikeData, simpleBuffer, simpleBufferOrNull } from './buffer.ts';

/** The bytes of a bytes or bytearray receiver. */
export function D(self: PyValue): Uint8Array {
  return self instanceof PyBytes ? self.data : (self as PyByteArray).bytes();
}

/** A result of the receiver's kind, taking ownership of `data`. */
export function make(self: PyValue, data: Uint8Array): PyValue {
  return self instanceof PyByteArray ? new PyByteArray(data) : new PyBytes(data);
}

function typeName(v: PyValue): string {
  return typeOf(v).tp_name;
}

function checkLength(n: number): void {
  if (n > MAX_LENGTH) throw memoryError();
}

// ---- ASCII character classes ----

/** Py_ISSPACE: space, \t, \n, \v, \f, \r. */
export function isByteSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
function isLowerB(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
function isUpperB(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}
function isAlphaB(c: number): boolean {
  return isLowerB(c) || isUpperB(c);
}
function isDigitB(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function lowerB(c: number): number {
  return isUpperB(c) ? c + 32 : c;
}
function upperB(c: number): number {
  return isLowerB(c) ? c - 32 : c;
}

function all(d: Uint8Array, pred: (c: number) => boolean): boolean {
  if (d.length === 0) return false;
  for (let i = 0; i < d.length; i++) if (!pred(d[i])) return false;
  return true;
}

function bIsalnum(self: PyValue): boolean {
  return all(D(self), (c) => isAlphaB(c) || isDigitB(c));
}
function bIsalpha(self: PyValue): boolean {
  return all(D(self), isAlphaB);
}
function bIsdigit(self: PyValue): boolean {
  return all(D(self), isDigitB);
}
function bIsspace(self: PyValue): boolean {
  return all(D(self), isByteSpace);
}
function bIsascii(self: PyValue): boolean {
  const d = D(self);
  for (let i = 0; i < d.length; i++) if (d[i] > 127) return false;
  return true;
}
function bIslower(self: PyValue): boolean {
  let cased = false;
  for (const c of D(self)) {
    if (isUpperB(c)) return false;
    if (isLowerB(c)) cased = true;
  }
  return cased;
}
function bIsupper(self: PyValue): boolean {
  let cased = false;
  for (const c of D(self)) {
    if (isLowerB(c)) return false;
    if (isUpperB(c)) cased = true;
  }
  return cased;
}
function bIstitle(self: PyValue): boolean {
  let cased = false;
  let prev = false;
  for (const c of D(self)) {
    if (isUpperB(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLowerB(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

function mapBytes(self: PyValue, f: (c: number, i: number, d: Uint8Array) => number): PyValue {
  const d = D(self);
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = f(d[i], i, d);
  return make(self, out);
}

function bLower(self: PyValue): PyValue {
  return mapBytes(self, lowerB);
}
function bUpper(self: PyValue): PyValue {
  return mapBytes(self, upperB);
}
function bSwapcase(self: PyValue): PyValue {
  return mapBytes(self, (c) => (isUpperB(c) ? c + 32 : isLowerB(c) ? c - 32 : c));
}
function bCapitalize(self: PyValue): PyValue {
  return mapBytes(self, (c, i) => (i === 0 ? upperB(c) : lowerB(c)));
}
function bTitle(self: PyValue): PyValue {
  const d = D(self);
  const out = new Uint8Array(d.length);
  let prev = false;
  for (let i = 0; i < d.length; i++) {
    const c = d[i];
    if (isLowerB(c)) {
      out[i] = prev ? c : c - 32;
      prev = true;
    } else if (isUpperB(c)) {
      out[i] = prev ? c + 32 : c;
      prev = true;
    } else {
      out[i] = c;
      prev = false;
    }
  }
  return make(self, out);
}

// ---- searching ----

/** The index of `sub` in d[start:end] (absolute indexes), or -1. */
export function findBytes(d: Uint8Array, sub: Uint8Array, start: number, end: number): number {
  const n = sub.length;
  if (end - start < n) return -1;
  if (n === 0) return start;
  if (n >= TWO_WAY_MIN) return longBytesIndexOf(d, sub, start, end);
  const first = sub[0];
  const last = end - n;
  for (let i = d.indexOf(first, start); i >= 0 && i <= last; i = d.indexOf(first, i + 1)) {
    let k = 1;
    while (k < n && d[i + k] === sub[k]) k++;
    if (k === n) return i;
  }
  return -1;
}

export function rfindBytes(d: Uint8Array, sub: Uint8Array, start: number, end: number): number {
  const n = sub.length;
  if (end - start < n) return -1;
  if (n === 0) return end;
  if (n >= TWO_WAY_MIN) return longBytesLastIndexOf(d, sub, start, end);
  const first = sub[0];
  for (let i = d.lastIndexOf(first, end - n); i >= start; i = i === 0 ? -1 : d.lastIndexOf(first, i - 1)) {
    let k = 1;
    while (k < n && d[i + k] === sub[k]) k++;
    if (k === n) return i;
  }
  return -1;
}

/** The sub argument of find/count/index: an int in range(256) or a bytes-like object.  CPython: parse_args_finds_byte */
function subArg(sub: PyValue): Uint8Array {
  const b = simpleBuffer(sub);
  if (b !== null) return b;
  const t = typeof sub;
  if (t !== 'number' && t !== 'bigint' && t !== 'boolean' && typeOf(sub).nb_index === null) {
    throw typeError(`argument should be integer or bytes-like object, not '${typeName(sub)}'`);
  }
  const v = PyNumber_Index(sub);
  if (v < 0 || v > 255) throw valueError('byte must be in range(0, 256)');
  return Uint8Array.of(Number(v));
}

function findImpl(self: PyValue, sub: PyValue, start: PyValue | undefined, end: PyValue | undefined, dir: number): number {
  const t = subArg(sub);
  const d = D(self);
  const [a, b] = adjustIndices(sliceIndexArg(start, 0), sliceIndexArg(end, Number.MAX_SAFE_INTEGER), d.length);
  return dir > 0 ? findBytes(d, t, a, b) : rfindBytes(d, t, a, b);
}

function bFind(self: PyValue, sub: PyValue, start?: PyValue, end?: PyValue): number {
  return findImpl(self, sub, start, end, 1);
}
function bRfind(self: PyValue, sub: PyValue, start?: PyValue, end?: PyValue): number {
  return findImpl(self, sub, start, end, -1);
}
function bIndex(self: PyValue, sub: PyValue, start?: PyValue, end?: PyValue): number {
  const r = findImpl(self, sub, start, end, 1);
  if (r < 0) throw valueError('subsection not found');
  return r;
}
function bRindex(self: PyValue, sub: PyValue, start?: PyValue, end?: PyValue): number {
  const r = findImpl(self, sub, start, end, -1);
  if (r < 0) throw valueError('subsection not found');
  return r;
}

function bCount(self: PyValue, sub: PyValue, start?: PyValue, end?: PyValue): number {
  const t = subArg(sub);
  const d = D(self);
  const [a, b] = adjustIndices(sliceIndexArg(start, 0), sliceIndexArg(end, Number.MAX_SAFE_INTEGER), d.length);
  if (b - a < t.length) return 0;
  if (t.length === 0) return b - a + 1;
  let n = 0;
  for (let p = findBytes(d, t, a, b); p >= 0; p = findBytes(d, t, p + t.length, b)) n++;
  return n;
}

/** `x in b`: an int in range(256) or a bytes-like object.  CPython: _Py_bytes_contains */
export function bytesContains(d: Uint8Array, arg: PyValue): boolean {
  const t = typeof arg;
  if (t === 'number' || t === 'bigint' || t === 'boolean' || typeOf(arg).nb_index !== null) {
    const v = PyNumber_Index(arg);
    if (v < 0 || v >= 256) throw valueError('byte must be in range(0, 256)');
    return d.includes(Number(v));
  }
  return findBytes(d, bytesLikeData(arg), 0, d.length) >= 0;
}

/** startswith/endswith for one candidate.  CPython: bytes_methods.c tailmatch */
function tailmatch(d: Uint8Array, sub: Uint8Array, start: number, end: number, dir: number): boolean {
  const len = d.length;
  const slen = sub.length;
  [start, end] = adjustIndices(start, end, len);
  if (dir < 0) {
    if (start > len - slen) return false;
  } else {
    if (end - start < slen || start > len) return false;
    if (end - slen > start) start = end - slen;
  }
  if (end - start < slen) return false;
  for (let i = 0; i < slen; i++) if (d[start + i] !== sub[i]) return false;
  return true;
}

function startsOrEnds(self: PyValue, arg: PyValue, start: PyValue | undefined, end: PyValue | undefined, dir: number, name: string): boolean {
  const d = D(self);
  const a = sliceIndexArg(start, 0);
  const b = sliceIndexArg(end, Number.MAX_SAFE_INTEGER);
  if (arg instanceof PyTuple) {
    for (const item of arg.items) if (tailmatch(d, bytesLikeData(item), a, b, dir)) return true;
    return false;
  }
  const sub = simpleBuffer(arg);
  if (sub === null) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(arg)}`);
  return tailmatch(d, sub, a, b, dir);
}

function bStartswith(self: PyValue, prefix: PyValue, start?: PyValue, end?: PyValue): boolean {
  return startsOrEnds(self, prefix, start, end, -1, 'startswith');
}
function bEndswith(self: PyValue, suffix: PyValue, start?: PyValue, end?: PyValue): boolean {
  return startsOrEnds(self, suffix, start, end, 1, 'endswith');
}

// ---- padding ----

/** A `char` argument: bytes or bytearray of length 1.  CPython: Argument Clinic's char converter */
function fillArg(v: PyValue | undefined, fname: string): number {
  if (v === undefined) return 0x20;
  const b = v instanceof PyBytes || v instanceof PyByteArray ? D(v) : null;
  if (b === null) throw typeError(`${fname}() argument 2 must be a byte string of length 1, not ${argTypeName(v)}`);
  if (b.length !== 1) throw typeError(`${fname}(): argument 2 must be a byte string of length 1, not a ${typeName(v)} object of length ${b.length}`);
  return b[0];
}

function pad(self: PyValue, left: number, right: number, fill: number): PyValue {
  const d = D(self);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  checkLength(d.length + left + right);
  const out = new Uint8Array(d.length + left + right);
  out.fill(fill, 0, left);
  out.set(d, left);
  out.fill(fill, left + d.length);
  return make(self, out);
}

function same(self: PyValue): PyValue {
  return self instanceof PyBytes && typeOf(self).tp_name === 'bytes' ? self : make(self, D(self).slice());
}

function bCenter(self: PyValue, width: PyValue, fillchar: PyValue): PyValue {
  const w = ssizeArg(width);
  const f = fillArg(fillchar, 'center');
  const len = D(self).length;
  if (len >= w) return same(self);
  const marg = w - len;
  const left = Math.floor(marg / 2) + (marg & w & 1);
  return pad(self, left, marg - left, f);
}
function bLjust(self: PyValue, width: PyValue, fillchar: PyValue): PyValue {
  const w = ssizeArg(width);
  const f = fillArg(fillchar, 'ljust');
  const len = D(self).length;
  return len >= w ? same(self) : pad(self, 0, w - len, f);
}
function bRjust(self: PyValue, width: PyValue, fillchar: PyValue): PyValue {
  const w = ssizeArg(width);
  const f = fillArg(fillchar, 'rjust');
  const len = D(self).length;
  return len >= w ? same(self) : pad(self, w - len, 0, f);
}

function bZfill(self: PyValue, width: PyValue): PyValue {
  const w = ssizeArg(width);
  const d = D(self);
  if (d.length >= w) return same(self);
  const fill = w - d.length;
  const r = pad(self, fill, 0, 0x30);
  const o = D(r);
  if (o[fill] === 0x2b || o[fill] === 0x2d) {
    o[0] = o[fill];
    o[fill] = 0x30;
  }
  return r;
}

function bExpandtabs(self: PyValue, tabsize: PyValue): PyValue {
  const ts = intArg(tabsize);
  const d = D(self);
  const out: number[] = [];
  let col = 0;
  for (const c of d) {
    if (c === 0x09) {
      if (ts > 0) {
        const incr = ts - (col % ts);
        col += incr;
        checkLength(out.length + incr);
        for (let k = 0; k < incr; k++) out.push(0x20);
      }
    } else {
      out.push(c);
      col++;
      if (c === 0x0a || c === 0x0d) col = 0;
    }
  }
  return make(self, Uint8Array.from(out));
}

// ---- stripping ----

function stripImpl(self: PyValue, chars: PyValue, left: boolean, right: boolean): PyValue {
  const d = D(self);
  let i = 0;
  let j = d.length;
  if (chars === None || chars === undefined) {
    if (left) while (i < j && isByteSpace(d[i])) i++;
    if (right) while (j > i && isByteSpace(d[j - 1])) j--;
  } else {
    const set = bytesLikeData(chars);
    if (left) while (i < j && set.includes(d[i])) i++;
    if (right) while (j > i && set.includes(d[j - 1])) j--;
  }
  if (i === 0 && j === d.length) return same(self);
  return make(self, d.slice(i, j));
}

function bStrip(self: PyValue, chars: PyValue): PyValue {
  return stripImpl(self, chars, true, true);
}
function bLstrip(self: PyValue, chars: PyValue): PyValue {
  return stripImpl(self, chars, true, false);
}
function bRstrip(self: PyValue, chars: PyValue): PyValue {
  return stripImpl(self, chars, false, true);
}

function bRemoveprefix(self: PyValue, prefix: PyValue): PyValue {
  const d = D(self);
  const p = bytesLikeData(prefix);
  if (p.length > 0 && tailmatch(d, p, 0, d.length, -1)) return make(self, d.slice(p.length));
  return same(self);
}
function bRemovesuffix(self: PyValue, suffix: PyValue): PyValue {
  const d = D(self);
  const p = bytesLikeData(suffix);
  if (p.length > 0 && tailmatch(d, p, 0, d.length, 1)) return make(self, d.slice(0, d.length - p.length));
  return same(self);
}

// ---- splitting ----

function splitArgs(sep: PyValue, maxsplit: PyValue): [Uint8Array | null, number] {
  let n = ssizeArg(maxsplit);
  if (n < 0) n = Number.MAX_SAFE_INTEGER;
  if (sep === None) return [null, n];
  const t = bytesLikeData(sep);
  if (t.length === 0) throw valueError('empty separator');
  return [t, n];
}

function bSplit(self: PyValue, sep: PyValue, maxsplit: PyValue): PyList {
  const [t, max] = splitArgs(sep, maxsplit);
  const d = D(self);
  const out: PyValue[] = [];
  let n = max;
  if (t === null) {
    let i = 0;
    const len = d.length;
    while (n-- > 0) {
      while (i < len && isByteSpace(d[i])) i++;
      if (i === len) return new PyList(out);
      const j = i;
      while (i < len && !isByteSpace(d[i])) i++;
      out.push(make(self, d.slice(j, i)));
      if (i === len) return new PyList(out);
    }
    while (i < len && isByteSpace(d[i])) i++;
    if (i < len) out.push(make(self, d.slice(i)));
    return new PyList(out);
  }
  let i = 0;
  while (n-- > 0) {
    const p = findBytes(d, t, i, d.length);
    if (p < 0) break;
    out.push(make(self, d.slice(i, p)));
    i = p + t.length;
  }
  out.push(make(self, d.slice(i)));
  return new PyList(out);
}

function bRsplit(self: PyValue, sep: PyValue, maxsplit: PyValue): PyList {
  const [t, max] = splitArgs(sep, maxsplit);
  const d = D(self);
  const out: PyValue[] = [];
  let n = max;
  if (t === null) {
    let i = d.length;
    while (n-- > 0) {
      while (i > 0 && isByteSpace(d[i - 1])) i--;
      if (i === 0) return new PyList(out.reverse());
      const j = i;
      while (i > 0 && !isByteSpace(d[i - 1])) i--;
      out.push(make(self, d.slice(i, j)));
      if (i === 0) return new PyList(out.reverse());
    }
    while (i > 0 && isByteSpace(d[i - 1])) i--;
    if (i > 0) out.push(make(self, d.slice(0, i)));
    return new PyList(out.reverse());
  }
  let j = d.length;
  while (n-- > 0) {
    const p = rfindBytes(d, t, 0, j);
    if (p < 0) break;
    out.push(make(self, d.slice(p + t.length, j)));
    j = p;
  }
  out.push(make(self, d.slice(0, j)));
  return new PyList(out.reverse());
}

function bSplitlines(self: PyValue, keepends: PyValue): PyList {
  const keep = PyObject_IsTrue(keepends);
  const d = D(self);
  const out: PyValue[] = [];
  let i = 0;
  while (i < d.length) {
    const j = i;
    while (i < d.length && d[i] !== 0x0a && d[i] !== 0x0d) i++;
    let eol = i;
    if (i < d.length) {
      if (d[i] === 0x0d && i + 1 < d.length && d[i + 1] === 0x0a) i += 2;
      else i++;
      if (keep) eol = i;
    }
    out.push(make(self, d.slice(j, eol)));
  }
  return new PyList(out);
}

function partitionArg(sep: PyValue): Uint8Array {
  const t = bytesLikeData(sep);
  if (t.length === 0) throw valueError('empty separator');
  return t;
}

/**
 * For bytes the separator in the result is the argument object itself and an unsplit receiver is
 * returned as it is; bytearray returns new bytearrays throughout.  CPython: stringlib_partition
 */
function bPartition(self: PyValue, sep: PyValue): PyTuple {
  const d = D(self);
  const t = partitionArg(sep);
  const p = findBytes(d, t, 0, d.length);
  const mutable = self instanceof PyByteArray;
  if (p < 0) return new PyTuple([mutable ? make(self, d.slice()) : self, make(self, new Uint8Array(0)), make(self, new Uint8Array(0))]);
  return new PyTuple([make(self, d.slice(0, p)), mutable ? make(self, t.slice()) : sep, make(self, d.slice(p + t.length))]);
}

function bRpartition(self: PyValue, sep: PyValue): PyTuple {
  const d = D(self);
  const t = partitionArg(sep);
  const p = rfindBytes(d, t, 0, d.length);
  const mutable = self instanceof PyByteArray;
  if (p < 0) return new PyTuple([make(self, new Uint8Array(0)), make(self, new Uint8Array(0)), mutable ? make(self, d.slice()) : self]);
  return new PyTuple([make(self, d.slice(0, p)), mutable ? make(self, t.slice()) : sep, make(self, d.slice(p + t.length))]);
}

// ---- replace, join, translate ----

function concatAll(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  checkLength(n);
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** b.replace(old, new, count).  CPython: stringlib/transmogrify.h stringlib_replace */
export function replaceBytes(d: Uint8Array, old: Uint8Array, rep: Uint8Array, count: number): Uint8Array {
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (count === 0) return d.slice();
  const parts: Uint8Array[] = [];
  if (old.length === 0) {
    const n = Math.min(count, d.length + 1);
    for (let i = 0; i < d.length; i++) {
      if (i < n) parts.push(rep);
      parts.push(d.subarray(i, i + 1));
    }
    if (n > d.length) parts.push(rep);
    return concatAll(parts);
  }
  let i = 0;
  while (count-- > 0) {
    const p = findBytes(d, old, i, d.length);
    if (p < 0) break;
    parts.push(d.subarray(i, p), rep);
    i = p + old.length;
  }
  parts.push(d.subarray(i));
  return concatAll(parts);
}

function bReplace(self: PyValue, old: PyValue, rep: PyValue, count: PyValue): PyValue {
  const a = bytesLikeData(old);
  const b = bytesLikeData(rep);
  return make(self, replaceBytes(D(self), a, b, ssizeArg(count)));
}

function bJoin(self: PyValue, iterable: PyValue): PyValue {
  const sep = D(self);
  // A bytearray is exported while the iterable runs, so that the iterable cannot resize it
  // (CPython: bytearray_join_impl).
  let items: PyValue[];
  if (self instanceof PyByteArray) {
    self.bufferExports++;
    try {
      items = joinItems(iterable);
    } finally {
      self.bufferExports--;
    }
  } else items = joinItems(iterable);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < items.length; i++) {
    const b = simpleBufferOrNull(items[i]);
    if (b === null) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(items[i])} found`);
    if (i > 0 && sep.length) parts.push(sep);
    parts.push(b);
  }
  return make(self, concatAll(parts));
}

function bTranslate(self: PyValue, table: PyValue, deletechars: PyValue): PyValue {
  let tab: Uint8Array | null = null;
  if (table !== None) {
    tab = bytesLikeData(table);
    if (tab.length !== 256) throw valueError('translation table must be 256 characters long');
  }
  const del = deletechars === undefined ? null : bytesLikeData(deletechars);
  const d = D(self);
  const out: number[] = [];
  const deleted = new Uint8Array(256);
  if (del !== null) for (const c of del) deleted[c] = 1;
  for (const c of d) if (!deleted[c]) out.push(tab === null ? c : tab[c]);
  if (tab === null && out.length === d.length) return same(self);
  return make(self, Uint8Array.from(out));
}

function bMaketrans(frm: PyValue, to: PyValue): PyBytes {
  const a = bytesLikeData(frm);
  const b = bytesLikeData(to);
  if (a.length !== b.length) throw valueError('maketrans arguments must have same length');
  const out = new Uint8Array(256);
  for (let i = 0; i < 256; i++) out[i] = i;
  for (let i = 0; i < a.length; i++) out[a[i]] = b[i];
  return new PyBytes(out);
}

function bDecode(self: PyValue, encoding: PyValue, errors: PyValue): string {
  const enc = encoding === undefined ? null : argStr(encoding, 'decode', 'encoding');
  const err = errors === undefined ? null : argStr(errors, 'decode', 'errors');
  return decodeText(D(self), enc, err);
}

/** A str argument of a keyword-capable method: "decode() argument 'encoding' must be str, not int". */
export function argStr(v: PyValue, fname: string, name: string): string {
  if (!isStrValue(v)) throw typeError(`${fname}() argument '${name}' must be str, not ${argTypeName(v)}`);
  const s = strValue(v);
  if (s.includes('\0')) throw valueError('embedded null character');
  return s;
}

/** Text signatures and implementations shared by bytes and bytearray (their tables add the rest). */
export const BYTES_COMMON_METHODS = {
  capitalize: { sig: '($self, /)', impl: bCapitalize, doc: 'A copy with the first byte in uppercase and the rest in lowercase (ASCII).' },
  center: { sig: "($self, width, fillchar=b' ', /)", impl: bCenter, doc: 'A copy centred in a field of the given width.' },
  count: { sig: '($self, sub[, start[, end]], /)', impl: bCount, doc: 'The number of non-overlapping occurrences of sub in B[start:end].' },
  decode: { sig: "($self, /, encoding='utf-8', errors='strict')", impl: bDecode, doc: 'The bytes decoded to str with the given encoding.' },
  endswith: { sig: '($self, suffix[, start[, end]], /)', impl: bEndswith, doc: 'Whether B[start:end] ends with suffix (or one of a tuple of suffixes).' },
  expandtabs: { sig: '($self, /, tabsize=8)', impl: bExpandtabs, doc: 'A copy with tabs replaced by spaces up to the next multiple of tabsize.' },
  find: { sig: '($self, sub[, start[, end]], /)', impl: bFind, doc: 'The lowest index of sub in B[start:end], or -1.' },
  index: { sig: '($self, sub[, start[, end]], /)', impl: bIndex, doc: 'The lowest index of sub in B[start:end]; ValueError if absent.' },
  isalnum: { sig: '($self, /)', impl: bIsalnum, doc: 'Whether the bytes are non-empty and ASCII letters or digits.' },
  isalpha: { sig: '($self, /)', impl: bIsalpha, doc: 'Whether the bytes are non-empty and ASCII letters.' },
  isascii: { sig: '($self, /)', impl: bIsascii, doc: 'Whether every byte is ASCII (true when empty).' },
  isdigit: { sig: '($self, /)', impl: bIsdigit, doc: 'Whether the bytes are non-empty and ASCII digits.' },
  islower: { sig: '($self, /)', impl: bIslower, doc: 'Whether there are ASCII letters, all lowercase.' },
  isspace: { sig: '($self, /)', impl: bIsspace, doc: 'Whether the bytes are non-empty and ASCII whitespace.' },
  istitle: { sig: '($self, /)', impl: bIstitle, doc: 'Whether the bytes are titlecased (ASCII).' },
  isupper: { sig: '($self, /)', impl: bIsupper, doc: 'Whether there are ASCII letters, all uppercase.' },
  join: { sig: '($self, iterable_of_bytes, /)', impl: bJoin, doc: 'The bytes-like items joined with these bytes between them.' },
  ljust: { sig: "($self, width, fillchar=b' ', /)", impl: bLjust, doc: 'A copy left-justified in a field of the given width.' },
  lower: { sig: '($self, /)', impl: bLower, doc: 'A copy with ASCII letters in lowercase.' },
  lstrip: { sig: '($self, bytes=None, /)', impl: bLstrip, doc: 'A copy without leading ASCII whitespace (or leading bytes in the argument).' },
  maketrans: { sig: '(frm, to, /)', kind: 'staticmethod' as const, impl: bMaketrans, doc: 'A translation table for bytes.translate mapping frm to to.' },
  partition: { sig: '($self, sep, /)', impl: bPartition, doc: 'The parts before, at and after the first occurrence of sep.' },
  removeprefix: { sig: '($self, prefix, /)', impl: bRemoveprefix, doc: 'A copy without the given prefix, if present.' },
  removesuffix: { sig: '($self, suffix, /)', impl: bRemovesuffix, doc: 'A copy without the given suffix, if present.' },
  replace: { sig: '($self, old, new, count=-1, /)', impl: bReplace, doc: 'A copy with occurrences of old replaced by new (the first count only, if given).' },
  rfind: { sig: '($self, sub[, start[, end]], /)', impl: bRfind, doc: 'The highest index of sub in B[start:end], or -1.' },
  rindex: { sig: '($self, sub[, start[, end]], /)', impl: bRindex, doc: 'The highest index of sub in B[start:end]; ValueError if absent.' },
  rjust: { sig: "($self, width, fillchar=b' ', /)", impl: bRjust, doc: 'A copy right-justified in a field of the given width.' },
  rpartition: { sig: '($self, sep, /)', impl: bRpartition, doc: 'The parts before, at and after the last occurrence of sep.' },
  rsplit: { sig: '($self, /, sep=None, maxsplit=-1)', impl: bRsplit, doc: 'The parts split at sep (or ASCII whitespace), from the right.' },
  rstrip: { sig: '($self, bytes=None, /)', impl: bRstrip, doc: 'A copy without trailing ASCII whitespace (or trailing bytes in the argument).' },
  split: { sig: '($self, /, sep=None, maxsplit=-1)', impl: bSplit, doc: 'The parts split at sep (or runs of ASCII whitespace).' },
  splitlines: { sig: '($self, /, keepends=False)', impl: bSplitlines, doc: 'The lines, split at \\n, \\r and \\r\\n.' },
  startswith: { sig: '($self, prefix[, start[, end]], /)', impl: bStartswith, doc: 'Whether B[start:end] starts with prefix (or one of a tuple of prefixes).' },
  strip: { sig: '($self, bytes=None, /)', impl: bStrip, doc: 'A copy without leading and trailing ASCII whitespace (or bytes in the argument).' },
  swapcase: { sig: '($self, /)', impl: bSwapcase, doc: 'A copy with ASCII uppercase and lowercase swapped.' },
  title: { sig: '($self, /)', impl: bTitle, doc: 'A titlecased copy (ASCII).' },
  translate: { sig: "($self, table, /, delete=b'')", impl: bTranslate, doc: 'A copy with bytes in delete removed and the rest mapped through table.' },
  upper: { sig: '($self, /)', impl: bUpper, doc: 'A copy with ASCII letters in uppercase.' },
  zfill: { sig: '($self, width, /)', impl: bZfill, doc: 'A copy padded on the left with zeros, after any sign.' },
};
