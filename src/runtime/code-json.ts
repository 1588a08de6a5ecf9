// Code objects as JSON: the form in which the code cache keeps the frozen modules that start-up runs.
//
// Why not marshal: start-up reads ~350 KB of frozen code (importlib's bootstrap, os, site,
// _collections_abc...) while every JavaScript function is still cold, and marshal's reader, a JS
// function called once per object, then costs 60-120 ms of CPU.  JSON.parse builds the strings,
// numbers and arrays natively; what is left in JS is one step per code object and per constant of a
// type JSON lacks.  The result is the same code object marshal would give (test/compiler/code-json.test.ts
// compares their marshal.dumps).  CPython freezes these modules as marshal data inside its binary
// (Python/frozen.c, Tools/build/freeze_modules.py); this is our counterpart of that image.
//
// A value is written as:
//   null, true, false           None, True, False
//   a number                    an int within +-(2**53 - 1)
//   a string                    a str (JSON escapes lone surrogates, and reads them back)
//   an array                    a tuple
//   {"i": "digits"}             any other int
//   {"f": n | "inf" | "-inf" | "nan" | "-0"}    a float
//   {"x": [re, im]}             a complex (each part as "f" writes it)
//   {"b": [offset, length]}     bytes: a slice of the document's "bytes" (base64)
//   {"z": [...]}                a frozenset, its items in iteration order
//   {"e": 0}                    Ellipsis
//   {"s": [start, stop, step]}  a slice
//   {"c": [...]}                a code object: CODE_FIELDS in order
import { None, Ellipsis, PyObject, type PyValue } from '../objects/object.ts';
import { PyFloat } from '../objects/float.ts';
import { PyComplex } from '../objects/complex.ts';
import { PyBytes } from '../objects/bytes.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PySlice } from '../objects/slice.ts';
import { PyCode } from '../objects/code.ts';
import { PySetObject, setAdd, setItems } from '../objects/set.ts';
import { newFrozenSet } from '../objects/set-type.ts';
import { typeOf } from '../objects/type.ts';

/** The document's format; a reader ignores a document of another version. */
const VERSION = 1;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Thrown for a value this form cannot hold (the caller then keeps no cached copy). */
export class CodeJsonError extends Error {}

// ---- writing ----

class Writer {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;

  bytes(b: Uint8Array): Json {
    const at = this.size;
    this.chunks.push(b);
    this.size += b.length;
    return { b: [at, b.length] };
  }

  blob(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function floatJson(x: number): Json {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0 && 1 / x < 0) return '-0';
  return x;
}

function isExact(v: PyObject, name: string): boolean {
  return typeOf(v).tp_name === name;
}

function valueJson(w: Writer, v: PyValue): Json {
  if (v === None) return null;
  if (v === true || v === false) return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new CodeJsonError(`int ${v} is not a safe integer`);
    return v;
  }
  if (typeof v === 'bigint') return { i: v.toString() };
  if (v === Ellipsis) return { e: 0 };
  if (v instanceof PyCode) return codeJson(w, v);
  if (v instanceof PyTuple && isExact(v, 'tuple')) return v.items.map((x) => valueJson(w, x));
  if (v instanceof PyFloat && isExact(v, 'float')) return { f: floatJson(v.value) };
  if (v instanceof PyComplex && isExact(v, 'complex')) return { x: [floatJson(v.real), floatJson(v.imag)] };
  if (v instanceof PyBytes && isExact(v, 'bytes')) return w.bytes(v.data);
  if (v instanceof PySetObject && isExact(v, 'frozenset')) return { z: setItems(v).map((x) => valueJson(w, x)) };
  if (v instanceof PySlice && isExact(v, 'slice')) return { s: [valueJson(w, v.start), valueJson(w, v.stop), valueJson(w, v.step)] };
  throw new CodeJsonError(`no JSON form for a constant of type ${v instanceof PyObject ? typeOf(v).tp_name : typeof v}`);
}

function codeJson(w: Writer, co: PyCode): Json {
  return {
    c: [
      co.co_argcount,
      co.co_posonlyargcount,
      co.co_kwonlyargcount,
      co.co_stacksize,
      co.co_flags,
      w.bytes(co.co_code.data),
      co.co_consts.items.map((x) => valueJson(w, x)),
      co.co_names.items as string[],
      co.co_localsplusnames.items as string[],
      w.bytes(co.co_localspluskinds.data),
      co.co_filename,
      co.co_name,
      co.co_qualname,
      co.co_firstlineno,
      w.bytes(co.co_linetable.data),
      w.bytes(co.co_exceptiontable.data),
    ],
  };
}

/** The JSON document of a code object, with `stamp` (what the cache checks it against). */
export function codeToJson(code: PyCode, stamp: readonly (number | string)[]): string {
  const w = new Writer();
  const body = codeJson(w, code);
  return JSON.stringify({ v: VERSION, stamp, bytes: base64Encode(w.blob()), code: body });
}

// ---- reading ----

class Reader {
  constructor(readonly blob: Uint8Array) {}

  /** The bytes of a {"b": [offset, length]} value. */
  bytes(j: Json): Uint8Array {
    const ref = j !== null && typeof j === 'object' && !Array.isArray(j) ? j.b : undefined;
    if (!Array.isArray(ref)) throw new CodeJsonError('expected bytes');
    const [at, n] = ref as [number, number];
    if (!(at >= 0 && n >= 0 && at + n <= this.blob.length)) throw new CodeJsonError('bytes out of range');
    return this.blob.slice(at, at + n);
  }
}

function floatOf(j: Json): number {
  if (typeof j === 'number') return j;
  switch (j) {
    case 'nan':
      return NaN;
    case 'inf':
      return Infinity;
    case '-inf':
      return -Infinity;
    case '-0':
      return -0;
  }
  throw new CodeJsonError('bad float');
}

function valueOf(r: Reader, j: Json): PyValue {
  if (j === null) return None;
  if (typeof j !== 'object') return j;
  if (Array.isArray(j)) {
    const items: PyValue[] = new Array(j.length);
    for (let i = 0; i < j.length; i++) items[i] = valueOf(r, j[i]);
    return new PyTuple(items);
  }
  if (j.c !== undefined) return codeOf(r, j.c as Json[]);
  if (j.b !== undefined) return new PyBytes(r.bytes(j));
  if (j.f !== undefined) return new PyFloat(floatOf(j.f));
  if (j.i !== undefined) return BigInt(j.i as string);
  if (j.z !== undefined) {
    const s = newFrozenSet();
    for (const x of j.z as Json[]) setAdd(s, valueOf(r, x));
    return s;
  }
  if (j.x !== undefined) {
    const [re, im] = j.x as [Json, Json];
    return new PyComplex(floatOf(re), floatOf(im));
  }
  if (j.e !== undefined) return Ellipsis;
  if (j.s !== undefined) {
    const [a, b, c] = j.s as [Json, Json, Json];
    return new PySlice(valueOf(r, a), valueOf(r, b), valueOf(r, c));
  }
  throw new CodeJsonError('unknown value');
}

function strings(j: Json): string[] {
  if (!Array.isArray(j)) throw new CodeJsonError('expected strings');
  for (let i = 0; i < j.length; i++) if (typeof j[i] !== 'string') throw new CodeJsonError('expected strings');
  return j as string[];
}

function codeOf(r: Reader, f: Json[]): PyCode {
  const consts = f[6] as Json[];
  const items: PyValue[] = new Array(consts.length);
  for (let i = 0; i < consts.length; i++) items[i] = valueOf(r, consts[i]);
  return new PyCode({
    argcount: f[0] as number,
    posonlyargcount: f[1] as number,
    kwonlyargcount: f[2] as number,
    stacksize: f[3] as number,
    flags: f[4] as number,
    code: r.bytes(f[5]),
    consts: items,
    names: strings(f[7]),
    localsplusnames: strings(f[8]),
    localspluskinds: r.bytes(f[9]),
    filename: f[10] as string,
    name: f[11] as string,
    qualname: f[12] as string,
    firstlineno: f[13] as number,
    linetable: r.bytes(f[14]),
    exceptiontable: r.bytes(f[15]),
  });
}

/**
 * The code object of a document written by codeToJson with this `stamp`, or null (another stamp or
 * version, or not such a document).
 */
export function codeFromJson(text: string, stamp: readonly (number | string)[]): PyCode | null {
  let doc: { v?: Json; stamp?: Json; bytes?: Json; code?: Json };
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (doc === null || typeof doc !== 'object' || doc.v !== VERSION || typeof doc.bytes !== 'string') return null;
  const s = doc.stamp;
  if (!Array.isArray(s) || s.length !== stamp.length || s.some((x, i) => x !== stamp[i])) return null;
  try {
    const code = valueOf(new Reader(base64Decode(doc.bytes)), doc.code ?? null);
    return code instanceof PyCode ? code : null;
  } catch (e) {
    if (e instanceof CodeJsonError) return null;
    throw e;
  }
}

// ---- base64 (Node's Buffer when there is one) ----

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

type BufferLike = { from(s: string, enc: string): Uint8Array; from(b: Uint8Array): Uint8Array & { toString(enc: string): string } };
const NodeBuffer: BufferLike | undefined = (globalThis as { Buffer?: BufferLike }).Buffer;

function base64Encode(b: Uint8Array): string {
  if (NodeBuffer !== undefined) return NodeBuffer.from(b).toString('base64');
  let s = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    s += B64[n >> 18] + B64[(n >> 12) & 63] + (i + 1 < b.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < b.length ? B64[n & 63] : '=');
  }
  return s;
}

function base64Decode(s: string): Uint8Array {
  if (NodeBuffer !== undefined) {
    // A plain view: Buffer's own slice() would not copy.
    const b = NodeBuffer.from(s, 'base64');
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  }
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array((clean.length * 3) >> 2);
  let bits = 0;
  let n = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const d = B64.indexOf(clean[i]);
    if (d < 0) throw new CodeJsonError('bad base64');
    bits = (bits << 6) | d;
    n += 6;
    if (n >= 8) {
      n -= 8;
      out[o++] = (bits >> n) & 0xff;
    }
  }
  return out;
}
