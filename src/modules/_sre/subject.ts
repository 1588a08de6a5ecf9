// The characters the engine matches: a str as UTF-16 units when it has no surrogates (then units
// are code points) or as code points otherwise, and a bytes-like object as its bytes; and slicing
// results back out of the subject.  CPython: Modules/_sre/sre.c getstring, getslice
import { PyObject, type PyValue } from '../../objects/object.ts';
import { typeOf } from '../../objects/type.ts';
import { PyStrBox } from '../../objects/boxes.ts';
import { BytesType, PyBytes } from '../../objects/bytes.ts';
import { getBuffer } from '../../objects/bytes/buffer.ts';
import { PyMemoryView } from '../../objects/memoryview.ts';
import { typeError } from '../../objects/exceptions.ts';
import type { SreText } from './chars.ts';

/** A str subject: its characters, and for a str with surrogate pairs the unit offset of each index. */
export class StrText {
  constructor(
    readonly text: Uint16Array | Int32Array,
    /** unitOff[i] is the UTF-16 offset of code point i (length + 1 entries); null when they agree. */
    readonly unitOff: Int32Array | null,
  ) {}
}

// Long strings are matched again and again (a tokenizer calling pattern.match(s, pos) in a loop):
// keep their conversions.
const CACHE_MIN = 256;
const CACHE_SIZE = 16;
const cache = new Map<string, StrText>();

function convert(s: string): StrText {
  const n = s.length;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) break;
  }
  if (i === n) {
    const text = new Uint16Array(n);
    for (let k = 0; k < n; k++) text[k] = s.charCodeAt(k);
    return new StrText(text, null);
  }
  // Surrogates: one entry per code point (a lone surrogate is a code point of its own).
  const cps = new Int32Array(n);
  const off = new Int32Array(n + 1);
  let m = 0;
  for (let u = 0; u < n; u++) {
    off[m] = u;
    const c = s.charCodeAt(u);
    if (c >= 0xd800 && c < 0xdc00 && u + 1 < n) {
      const d = s.charCodeAt(u + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        cps[m++] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        u++;
        continue;
      }
    }
    cps[m++] = c;
  }
  off[m] = n;
  return m === n ? new StrText(cps, null) : new StrText(cps.slice(0, m), off.slice(0, m + 1));
}

/** The characters of a str.  */
export function strText(s: string): StrText {
  if (s.length < CACHE_MIN) return convert(s);
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const t = convert(s);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(s, t);
  return t;
}

/** A subject: the characters and what is needed to slice the original object. */
export class Subject {
  constructor(
    readonly text: SreText,
    readonly isBytes: boolean,
    /** The str (exact value of a str or str subclass); '' for bytes. */
    readonly str: string,
    readonly unitOff: Int32Array | null,
  ) {}

  get length(): number {
    return this.text.length;
  }
}

function cContiguous(m: PyMemoryView): boolean {
  let size = m.itemsize;
  for (let i = m.shape.length - 1; i >= 0; i--) {
    if (m.shape[i] > 1 && m.strides[i] !== size) return false;
    size *= m.shape[i];
  }
  return true;
}

/**
 * The characters of a str or bytes-like object, or the TypeError CPython raises.
 * CPython: getstring
 */
export function getSubject(v: PyValue): Subject {
  if (typeof v === 'string' || v instanceof PyStrBox) {
    const s = typeof v === 'string' ? v : v.value;
    const t = strText(s);
    return new Subject(t.text, false, s, t.unitOff);
  }
  // A released or non-contiguous memoryview cannot give a simple buffer (PyBUF_SIMPLE).
  const b = v instanceof PyMemoryView && (v.released || !cContiguous(v)) ? null : getBuffer(v);
  if (b === null) throw typeError(`expected string or bytes-like object, got '${typeOf(v).tp_name}'`);
  return new Subject(b, true, '', null);
}

/** s[i:j] by code point index, given the unit offsets of a str with surrogate pairs. */
export function strSlice(s: string, unitOff: Int32Array | null, i: number, j: number): string {
  if (unitOff === null) return s.slice(i, j);
  return s.slice(unitOff[i], unitOff[j]);
}

/**
 * string[i:j] as CPython's getslice makes it: an exact str for str subjects; for bytes-like ones the
 * object itself when it is an exact bytes and the slice is all of it, else a new bytes.
 */
export function subjectSlice(subject: Subject, string: PyValue, i: number, j: number): PyValue {
  if (!subject.isBytes) return strSlice(subject.str, subject.unitOff, i, j);
  const data = subject.text as Uint8Array;
  if (string instanceof PyObject && typeOf(string) === BytesType && i === 0 && j === data.length) return string;
  return new PyBytes(data.slice(i, j));
}
