// marshal: CPython's serialisation of code objects and the values they contain (.pyc files), version 5.
// CPython: Python/marshal.c
//
// loads() reads anything CPython writes, including object references (TYPE_REF / FLAG_REF).
// dumps() writes data CPython reads back to equal objects. It does not reproduce CPython's bytes
// exactly: CPython decides where to put references from reference counts and string interning,
// which have no counterpart here; dumps() writes a reference only for an object it has already
// written (the same JS object), which is always valid.
import { None, Ellipsis, PyObject, type PyValue } from '../objects/object.ts';
import { PyFloat } from '../objects/float.ts';
import { doubleToString } from '../objects/float/dtoa.ts';
import { PyComplex } from '../objects/complex.ts';
import { PyBytes } from '../objects/bytes.ts';
import { utf8Encode } from '../objects/codecs/utf8.ts';
import { PyTuple } from '../objects/tuple.ts';
import { EMPTY_TUPLE } from '../objects/tuple-object.ts';
import { PyList } from '../objects/list.ts';
import { PyDict } from '../objects/dict.ts';
import { PySlice } from '../objects/slice.ts';
import { PyCode } from '../objects/code.ts';
import { exceptionMatches, newException, overflowError, typeError, valueError, PyExc_EOFError, PyExc_StopIteration } from '../objects/exceptions.ts';
import { PyNumber_Index, PyObject_CallMethod, PyObject_IsTrue } from '../objects/abstract.ts';
import { PyByteArray } from '../objects/bytearray.ts';
import { memoryviewFromObject } from '../objects/memoryview.ts';
import { getBuffer, bytesLikeData } from '../objects/bytes/buffer.ts';
import { defineModule } from '../objects/module-def.ts';
import { PySetObject, setAdd, setItems } from '../objects/set.ts';
import { newFrozenSet, newSet } from '../objects/set-type.ts';
import { typeOf, TPFLAGS } from '../objects/type.ts';
import { initObjects } from '../objects/index.ts';

export const MARSHAL_VERSION = 5;

const TYPE_NULL = 0x30; // '0'
const TYPE_NONE = 0x4e; // 'N'
const TYPE_FALSE = 0x46; // 'F'
const TYPE_TRUE = 0x54; // 'T'
const TYPE_STOPITER = 0x53; // 'S'
const TYPE_ELLIPSIS = 0x2e; // '.'
const TYPE_INT = 0x69; // 'i'
const TYPE_INT64 = 0x49; // 'I'
const TYPE_FLOAT = 0x66; // 'f'
const TYPE_BINARY_FLOAT = 0x67; // 'g'
const TYPE_COMPLEX = 0x78; // 'x'
const TYPE_BINARY_COMPLEX = 0x79; // 'y'
const TYPE_LONG = 0x6c; // 'l'
const TYPE_STRING = 0x73; // 's'
const TYPE_INTERNED = 0x74; // 't'
const TYPE_REF = 0x72; // 'r'
const TYPE_TUPLE = 0x28; // '('
const TYPE_LIST = 0x5b; // '['
const TYPE_DICT = 0x7b; // '{'
const TYPE_CODE = 0x63; // 'c'
const TYPE_UNICODE = 0x75; // 'u'
const TYPE_SET = 0x3c; // '<'
const TYPE_FROZENSET = 0x3e; // '>'
const TYPE_SLICE = 0x3a; // ':'
const TYPE_ASCII = 0x61; // 'a'
const TYPE_ASCII_INTERNED = 0x41; // 'A'
const TYPE_SMALL_TUPLE = 0x29; // ')'
const TYPE_SHORT_ASCII = 0x7a; // 'z'
const TYPE_SHORT_ASCII_INTERNED = 0x5a; // 'Z'
const FLAG_REF = 0x80;

const MAX_MARSHAL_STACK_DEPTH = 2000;

function eofError(msg: string): never {
  throw newException(PyExc_EOFError, [msg]);
}

// ----- writing ----------------------------------------------------------------------------------

class Writer {
  buf = new Uint8Array(256);
  len = 0;
  depth = 0;
  /** Objects written so far with FLAG_REF, by identity -> reference index. */
  refs = new Map<object, number>();

  constructor(
    readonly version: number,
    readonly allowCode: boolean,
  ) {}

  private grow(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }

  byte(b: number): void {
    this.grow(1);
    this.buf[this.len++] = b;
  }

  bytes(b: Uint8Array): void {
    this.grow(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  long(x: number): void {
    this.grow(4);
    this.buf[this.len++] = x & 0xff;
    this.buf[this.len++] = (x >> 8) & 0xff;
    this.buf[this.len++] = (x >> 16) & 0xff;
    this.buf[this.len++] = (x >> 24) & 0xff;
  }

  short(x: number): void {
    this.byte(x & 0xff);
    this.byte((x >> 8) & 0xff);
  }

  float(x: number): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, x, true);
    this.bytes(b);
  }

  pstring(b: Uint8Array): void {
    this.long(b.length);
    this.bytes(b);
  }
}

/** A value with identity (written with FLAG_REF so that a second occurrence becomes a TYPE_REF). */
function isRefable(v: PyValue): v is PyObject {
  return typeof v === 'object' && v !== None && v !== Ellipsis;
}

const utf8 = new TextEncoder();


function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

// CPython: w_PyLong (digits in base 2**15, least significant first; the count carries the sign)
function writeLong(w: Writer, v: bigint, flag: number): void {
  w.byte(TYPE_LONG | flag);
  if (v === 0n) {
    w.long(0);
    return;
  }
  const neg = v < 0n;
  let a = neg ? -v : v;
  const digits: number[] = [];
  while (a > 0n) {
    digits.push(Number(a & 0x7fffn));
    a >>= 15n;
  }
  w.long(neg ? -digits.length : digits.length);
  for (const d of digits) w.short(d);
}

/** Sets are written in the order of their items' marshal dumps (reproducible builds). */
function sortedByDump(items: readonly PyValue[], version: number): PyValue[] {
  const keyed = items.map((v) => [dumps(v, version), v] as const);
  keyed.sort((a, b) => {
    const x = a[0];
    const y = b[0];
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  });
  return keyed.map((k) => k[1]);
}

/** A float as text (versions 0 and 1): a length byte, then repr with 17 digits.  CPython: w_float_str */
function floatText(w: Writer, x: number): void {
  const text = doubleToString(x, 'g', 17, 0);
  w.byte(text.length);
  for (let i = 0; i < text.length; i++) w.byte(text.charCodeAt(i));
}

// CPython: w_object + w_complex_object
function writeObject(w: Writer, v: PyValue): void {
  if (++w.depth > MAX_MARSHAL_STACK_DEPTH) throw valueError('object too deeply nested to marshal');
  try {
    if (v === None) return w.byte(TYPE_NONE);
    if (v === Ellipsis) return w.byte(TYPE_ELLIPSIS);
    if (v === PyExc_StopIteration) return w.byte(TYPE_STOPITER);
    if (v === false) return w.byte(TYPE_FALSE);
    if (v === true) return w.byte(TYPE_TRUE);
    let flag = 0;
    if (isRefable(v) && w.version >= 3) {
      const idx = w.refs.get(v);
      if (idx !== undefined) {
        w.byte(TYPE_REF);
        w.long(idx);
        return;
      }
      flag = FLAG_REF;
      w.refs.set(v, w.refs.size);
    }
    writeComplexObject(w, v, flag);
  } finally {
    w.depth--;
  }
}

function writeComplexObject(w: Writer, v: PyValue, flag: number): void {
  // Instances of subclasses are not their base's exact type: only bytes-like ones are written (as bytes).
  if (v instanceof PyObject && !(v instanceof PyCode) && typeOf(v).tp_flags & TPFLAGS.HEAPTYPE) {
    const b = getBuffer(v);
    if (b === null) throw valueError('unmarshallable object');
    w.byte(TYPE_STRING | flag);
    w.pstring(b);
    return;
  }
  if (typeof v === 'number' || typeof v === 'bigint') {
    if (typeof v === 'number' && v >= -0x80000000 && v <= 0x7fffffff) {
      w.byte(TYPE_INT | flag);
      w.long(v);
    } else {
      writeLong(w, BigInt(v), flag);
    }
  } else if (typeof v === 'string') {
    if (w.version >= 4 && isAscii(v)) {
      const b = utf8.encode(v);
      if (v.length < 256) {
        w.byte(TYPE_SHORT_ASCII | flag);
        w.byte(v.length);
        w.bytes(b);
      } else {
        w.byte(TYPE_ASCII | flag);
        w.pstring(b);
      }
    } else {
      w.byte(TYPE_UNICODE | flag);
      w.pstring(utf8Encode(v, 'surrogatepass'));
    }
  } else if (v instanceof PyFloat) {
    if (w.version > 1) {
      w.byte(TYPE_BINARY_FLOAT | flag);
      w.float(v.value);
    } else {
      w.byte(TYPE_FLOAT | flag);
      floatText(w, v.value);
    }
  } else if (v instanceof PyComplex) {
    if (w.version > 1) {
      w.byte(TYPE_BINARY_COMPLEX | flag);
      w.float(v.real);
      w.float(v.imag);
    } else {
      w.byte(TYPE_COMPLEX | flag);
      floatText(w, v.real);
      floatText(w, v.imag);
    }
  } else if (v instanceof PyBytes) {
    w.byte(TYPE_STRING | flag);
    w.pstring(v.data);
  } else if (v instanceof PyTuple) {
    const n = v.items.length;
    if (w.version >= 4 && n < 256) {
      w.byte(TYPE_SMALL_TUPLE | flag);
      w.byte(n);
    } else {
      w.byte(TYPE_TUPLE | flag);
      w.long(n);
    }
    for (const x of v.items) writeObject(w, x);
  } else if (v instanceof PyList) {
    w.byte(TYPE_LIST | flag);
    w.long(v.items.length);
    for (const x of v.items) writeObject(w, x);
  } else if (v instanceof PyDict) {
    w.byte(TYPE_DICT | flag);
    for (let i = v.next(0); i >= 0; i = v.next(i + 1)) {
      writeObject(w, v.keys[i]);
      writeObject(w, v.values[i]);
    }
    w.byte(TYPE_NULL);
  } else if (v instanceof PySetObject && (typeOf(v).tp_name === 'frozenset' || typeOf(v).tp_name === 'set')) {
    // Items sorted by their own dumps, for reproducible output whatever the hash order.
    w.byte((typeOf(v).tp_name === 'set' ? TYPE_SET : TYPE_FROZENSET) | flag);
    w.long(v.size);
    for (const x of sortedByDump(setItems(v), w.version)) writeObject(w, x);
  } else if (v instanceof PyCode) {
    if (!w.allowCode) throw valueError('marshalling code objects is disallowed');
    w.byte(TYPE_CODE | flag);
    w.long(v.co_argcount);
    w.long(v.co_posonlyargcount);
    w.long(v.co_kwonlyargcount);
    w.long(v.co_stacksize);
    w.long(v.co_flags);
    writeObject(w, v.co_code);
    writeObject(w, v.co_consts);
    writeObject(w, v.co_names);
    writeObject(w, v.co_localsplusnames);
    writeObject(w, v.co_localspluskinds);
    writeObject(w, v.co_filename);
    writeObject(w, v.co_name);
    writeObject(w, v.co_qualname);
    w.long(v.co_firstlineno);
    writeObject(w, v.co_linetable);
    writeObject(w, v.co_exceptiontable);
  } else if (getBuffer(v) !== null) {
    // Other bytes-like objects (bytearray, memoryview) are written as bytes.
    w.byte(TYPE_STRING | flag);
    w.pstring(getBuffer(v)!);
  } else if (v instanceof PySlice) {
    if (w.version < 5) throw valueError('unmarshallable object');
    w.byte(TYPE_SLICE | flag);
    writeObject(w, v.start);
    writeObject(w, v.stop);
    writeObject(w, v.step);
  } else {
    throw valueError('unmarshallable object');
  }
}

/** marshal.dumps(value, version, /, *, allow_code=True).  CPython: marshal_dumps_impl */
export function dumps(v: PyValue, version: number = MARSHAL_VERSION, allowCode = true): Uint8Array {
  initObjects(); // type checks need the builtin types readied
  const w = new Writer(version, allowCode);
  writeObject(w, v);
  return w.buf.slice(0, w.len);
}

// ----- reading ----------------------------------------------------------------------------------

// ignoreBOM: a string that starts with U+FEFF keeps it (the decoder would strip it by default).
const utf8dec = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 decoding that also accepts encoded surrogates ("surrogatepass"). */
function decodeSurrogatePass(b: Uint8Array): string {
  try {
    return utf8dec.decode(b);
  } catch {
    let s = '';
    for (let i = 0; i < b.length; ) {
      const c = b[i];
      let cp: number;
      let n: number;
      if (c < 0x80) (cp = c), (n = 1);
      else if (c >= 0xf0) (cp = ((c & 7) << 18) | ((b[i + 1] & 63) << 12) | ((b[i + 2] & 63) << 6) | (b[i + 3] & 63)), (n = 4);
      else if (c >= 0xe0) (cp = ((c & 15) << 12) | ((b[i + 1] & 63) << 6) | (b[i + 2] & 63)), (n = 3);
      else if (c >= 0xc0) (cp = ((c & 31) << 6) | (b[i + 1] & 63)), (n = 2);
      else throw newException(PyExc_EOFError, ['bad marshal data (invalid UTF-8)']);
      s += String.fromCodePoint(cp);
      i += n;
    }
    return s;
  }
}

class Reader {
  pos = 0;
  depth = 0;
  refs: (PyValue | undefined)[] = [];

  constructor(
    readonly data: Uint8Array,
    readonly allowCode: boolean,
  ) {}

  byte(): number {
    if (this.pos >= this.data.length) eofError('EOF read where not expected');
    return this.data[this.pos++];
  }

  /** The type code that starts an object.  CPython: r_object's first r_byte */
  typeCode(): number {
    if (this.pos >= this.data.length) eofError('EOF read where object expected');
    return this.data[this.pos++];
  }

  string(n: number): Uint8Array {
    if (this.pos + n > this.data.length) eofError('marshal data too short');
    const b = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  long(): number {
    const b = this.string(4);
    return b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
  }

  short(): number {
    const b = this.string(2);
    const x = b[0] | (b[1] << 8);
    return x >= 0x8000 ? x - 0x10000 : x;
  }

  float(): number {
    const b = this.string(8);
    return new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true);
  }

  size(what: string): number {
    const n = this.long();
    if (n < 0) throw valueError(`bad marshal data (${what} size out of range)`);
    return n;
  }

  /** Reserves a reference slot for an object made after its contents.  CPython: r_ref_reserve */
  reserve(flag: number): number {
    if (!flag) return 0;
    this.refs.push(undefined);
    return this.refs.length - 1;
  }

  insert<T extends PyValue>(v: T, idx: number, flag: number): T {
    if (flag) this.refs[idx] = v;
    return v;
  }

  ref<T extends PyValue>(v: T, flag: number): T {
    if (flag) this.refs.push(v);
    return v;
  }
}

function normInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

// CPython: r_PyLong
function readLong(r: Reader): number | bigint {
  const n = r.long();
  const size = Math.abs(n);
  let v = 0n;
  const digits: number[] = [];
  for (let i = 0; i < size; i++) {
    const d = r.short();
    if (d < 0 || d > 0x7fff) throw valueError('bad marshal data (digit out of range in long)');
    digits.push(d);
  }
  if (size && digits[size - 1] === 0) throw valueError('bad marshal data (unnormalized long data)');
  for (let i = size - 1; i >= 0; i--) v = (v << 15n) | BigInt(digits[i]);
  return normInt(n < 0 ? -v : v);
}

function readObject(r: Reader): PyValue {
  const v = readObjectOrNull(r);
  if (v === null) throw typeError('NULL object in marshal data for object');
  return v;
}

function readItem(r: Reader, what: string): PyValue {
  const v = readObjectOrNull(r);
  if (v === null) throw typeError(`NULL object in marshal data for ${what}`);
  return v;
}

/** A float written as text.  CPython: r_float_str (PyOS_string_to_double) */
function readFloatText(r: Reader): number {
  const text = latin1(r.string(r.byte()));
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return Number(text);
  const m = /^([-+]?)(inf|infinity|nan)$/i.exec(text);
  if (m) return m[2].toLowerCase() === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
  throw valueError(`could not convert string to float: '${text}'`);
}

// CPython: r_object
function readObjectOrNull(r: Reader): PyValue | null {
  const code = r.typeCode();
  if (++r.depth > MAX_MARSHAL_STACK_DEPTH) {
    r.depth--;
    throw valueError('recursion limit exceeded');
  }
  try {
    const flag = code & FLAG_REF;
    const type = code & ~FLAG_REF;
    switch (type) {
      case TYPE_NULL:
        return null;
      case TYPE_NONE:
        return None;
      case TYPE_STOPITER:
        return PyExc_StopIteration;
      case TYPE_ELLIPSIS:
        return Ellipsis;
      case TYPE_FALSE:
        return false;
      case TYPE_TRUE:
        return true;
      case TYPE_INT:
        return r.ref(r.long(), flag);
      case TYPE_INT64: {
        const lo = r.long() >>> 0;
        const hi = r.long();
        return r.ref(normInt((BigInt(hi) << 32n) | BigInt(lo)), flag);
      }
      case TYPE_LONG:
        return r.ref(readLong(r), flag);
      case TYPE_FLOAT:
        return r.ref(new PyFloat(readFloatText(r)), flag);
      case TYPE_BINARY_FLOAT:
        return r.ref(new PyFloat(r.float()), flag);
      case TYPE_COMPLEX: {
        const re = readFloatText(r);
        const im = readFloatText(r);
        return r.ref(new PyComplex(re, im), flag);
      }
      case TYPE_BINARY_COMPLEX: {
        const re = r.float();
        return r.ref(new PyComplex(re, r.float()), flag);
      }
      case TYPE_STRING:
        return r.ref(new PyBytes(r.string(r.size('bytes object')).slice()), flag);
      case TYPE_ASCII:
      case TYPE_ASCII_INTERNED:
        return r.ref(latin1(r.string(r.size('string'))), flag);
      case TYPE_SHORT_ASCII:
      case TYPE_SHORT_ASCII_INTERNED:
        return r.ref(latin1(r.string(r.byte())), flag);
      case TYPE_UNICODE:
      case TYPE_INTERNED:
        return r.ref(decodeSurrogatePass(r.string(r.size('string'))), flag);
      case TYPE_SMALL_TUPLE:
      case TYPE_TUPLE: {
        const n = type === TYPE_SMALL_TUPLE ? r.byte() : r.size('tuple');
        // The tuple is registered before its items, which may refer to it.
        const items: PyValue[] = [];
        const t = r.ref(n === 0 ? EMPTY_TUPLE : new PyTuple(items), flag);
        for (let i = 0; i < n; i++) items.push(readItem(r, 'tuple'));
        return t;
      }
      case TYPE_LIST: {
        const n = r.size('list');
        const l = r.ref(new PyList([]), flag);
        for (let i = 0; i < n; i++) l.items.push(readItem(r, 'list'));
        return l;
      }
      case TYPE_DICT: {
        const d = r.ref(new PyDict(), flag);
        for (;;) {
          const key = readObjectOrNull(r);
          if (key === null) break;
          const val = readObjectOrNull(r);
          if (val === null) break;
          d.set(key, val);
        }
        return d;
      }
      case TYPE_FROZENSET: {
        // Registered after its items (a frozenset is complete once made).
        const n = r.size('set');
        const idx = r.reserve(flag);
        initObjects(); // hashing needs every item's type, readied
        const s = newFrozenSet();
        for (let i = 0; i < n; i++) setAdd(s, readItem(r, 'set'));
        return r.insert(s, idx, flag);
      }
      case TYPE_SET: {
        const n = r.size('set');
        initObjects();
        const s = r.ref(newSet(), flag);
        for (let i = 0; i < n; i++) setAdd(s, readItem(r, 'set'));
        return s;
      }
      case TYPE_CODE:
        return readCode(r, flag);
      case TYPE_REF: {
        const n = r.long();
        const v = n >= 0 && n < r.refs.length ? r.refs[n] : undefined;
        if (v === undefined) throw valueError('bad marshal data (invalid reference)');
        return v;
      }
      case TYPE_SLICE: {
        const idx = r.reserve(flag);
        const start = readObject(r);
        const stop = readObject(r);
        const step = readObject(r);
        return r.insert(new PySlice(start, stop, step), idx, flag);
      }
      default:
        throw valueError('bad marshal data (unknown type code)');
    }
  } finally {
    r.depth--;
  }
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

function bytesOf(v: PyValue, what: string): Uint8Array {
  if (!(v instanceof PyBytes)) throw typeError(`bad marshal data (${what})`);
  return v.data;
}

function strTuple(v: PyValue, what: string): string[] {
  if (!(v instanceof PyTuple) || v.items.some((x) => typeof x !== 'string')) throw typeError(`bad marshal data (${what})`);
  return v.items as string[];
}

function str(v: PyValue, what: string): string {
  if (typeof v !== 'string') throw typeError(`bad marshal data (${what})`);
  return v;
}

// CPython: r_object TYPE_CODE
function readCode(r: Reader, flag: number): PyCode {
  if (!r.allowCode) throw valueError('unmarshalling code objects is disallowed');
  const idx = r.reserve(flag);
  const argcount = r.long();
  const posonlyargcount = r.long();
  const kwonlyargcount = r.long();
  const stacksize = r.long();
  const flags = r.long();
  const code = bytesOf(readObject(r), 'co_code');
  const consts = readObject(r);
  const names = strTuple(readObject(r), 'co_names');
  const localsplusnames = strTuple(readObject(r), 'co_localsplusnames');
  const localspluskinds = bytesOf(readObject(r), 'co_localspluskinds');
  const filename = str(readObject(r), 'co_filename');
  const name = str(readObject(r), 'co_name');
  const qualname = str(readObject(r), 'co_qualname');
  const firstlineno = r.long();
  const linetable = bytesOf(readObject(r), 'co_linetable');
  const exceptiontable = bytesOf(readObject(r), 'co_exceptiontable');
  if (!(consts instanceof PyTuple)) throw typeError('bad marshal data (co_consts)');
  if (argcount < posonlyargcount || posonlyargcount < 0 || kwonlyargcount < 0 || stacksize < 0 || code.length % 2) {
    throw valueError('code: argument counts or code size are not valid');
  }
  const co = new PyCode({
    filename,
    name,
    qualname,
    flags,
    code,
    firstlineno,
    linetable,
    consts: consts.items,
    names,
    localsplusnames,
    localspluskinds,
    argcount,
    posonlyargcount,
    kwonlyargcount,
    stacksize,
    exceptiontable,
  });
  return r.insert(co, idx, flag);
}

/** marshal.loads(bytes, /, *, allow_code=True); trailing data is ignored, as CPython does.  CPython: marshal_loads_impl */
export function loads(data: Uint8Array, allowCode = true): PyValue {
  return readObject(new Reader(data, allowCode));
}

/** Reads from a file object, a piece at a time: what load() leaves in the file is what follows. */
class FileReader extends Reader {
  constructor(
    readonly file: PyValue,
    allowCode: boolean,
  ) {
    super(new Uint8Array(0), allowCode);
  }

  override byte(): number {
    return this.string(1)[0];
  }

  override typeCode(): number {
    try {
      return this.byte();
    } catch (e) {
      if (e instanceof PyObject && exceptionMatches(e, PyExc_EOFError)) eofError('EOF read where object expected');
      throw e;
    }
  }

  // CPython: r_string (readable): file.readinto() of a memoryview over a fresh buffer.
  override string(n: number): Uint8Array {
    const buf = new PyByteArray(new Uint8Array(n));
    const res = PyObject_CallMethod(this.file, 'readinto', [memoryviewFromObject(buf)]);
    const read = Number(PyNumber_Index(res));
    if (read > n) throw valueError(`read() returned too much data: ${n} bytes requested, ${read} returned`);
    if (read < n) eofError('EOF read where not expected');
    return buf.bytes().slice(0, n);
  }
}

// ----- the module -------------------------------------------------------------------------------

/** An `int` argument (Argument Clinic's `int` converter).  CPython: PyLong_AsInt */
function cInt(v: PyValue): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) throw overflowError('Python int too large to convert to C int');
  return i;
}

function bytesArg(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  // Any bytes-like object (importlib passes a memoryview of the .pyc).
  if (v instanceof PyObject) for (const t of typeOf(v).tp_mro) if (t.bf_getbuffer !== null) return t.bf_getbuffer(v);
  throw typeError(`a bytes-like object is required, not '${typeOf(v).tp_name}'`);
}

function allowCodeArg(v: PyValue | undefined): boolean {
  return v === undefined ? true : PyObject_IsTrue(v);
}

function marshalDumps(_m: PyValue, value: PyValue, version: PyValue | undefined, allowCode: PyValue | undefined): PyBytes {
  return new PyBytes(dumps(value, version === undefined ? MARSHAL_VERSION : cInt(version), allowCodeArg(allowCode)));
}

function marshalLoads(_m: PyValue, data: PyValue, allowCode: PyValue | undefined): PyValue {
  return loads(bytesLikeData(data), allowCodeArg(allowCode));
}

// CPython: marshal_dump_impl
function marshalDump(_m: PyValue, value: PyValue, file: PyValue, version: PyValue | undefined, allowCode: PyValue | undefined): void {
  const data = marshalDumps(_m, value, version, allowCode);
  PyObject_CallMethod(file, 'write', [data]);
}

// CPython: marshal_load_impl
function marshalLoad(_m: PyValue, file: PyValue, allowCode: PyValue | undefined): PyValue {
  // A read of zero bytes first, to check that the file gives bytes.
  const probe = PyObject_CallMethod(file, 'read', [0]);
  if (!(probe instanceof PyBytes)) throw typeError(`file.read() returned not bytes but ${typeOf(probe).tp_name}`);
  return readObject(new FileReader(file, allowCodeArg(allowCode)));
}

const MARSHAL_DOC = `This module contains functions that can read and write Python values in
a binary format. The format is specific to Python, but independent of
machine architecture issues.

Not all Python object types are supported; in general, only objects
whose value is independent from a particular invocation of Python can be
written and read by this module. The following types are supported:
None, integers, floating-point numbers, strings, bytes, bytearrays,
tuples, lists, sets, dictionaries, and code objects, where it
should be understood that tuples, lists and dictionaries are only
supported as long as the values contained therein are themselves
supported; and recursive lists and dictionaries should not be written
(they will cause infinite loops).

Variables:

version -- indicates the format that the module uses. Version 0 is the
    historical format, version 1 shares interned strings and version 2
    uses a binary format for floating-point numbers.
    Version 3 shares common object references (New in version 3.4).

Functions:

dump() -- write value to a file
load() -- read value from a file
dumps() -- marshal value as a bytes object
loads() -- read value from a bytes-like object`;

export const marshalModule = defineModule({
  name: 'marshal',
  doc: MARSHAL_DOC,
  functions: {
    dump: {
      sig: '($module, value, file, version=version, /, *, allow_code=True)',
      impl: marshalDump,
      doc: 'Write the value on the open file.',
    },
    load: { sig: '($module, file, /, *, allow_code=True)', impl: marshalLoad, doc: 'Read one value from the open file and return it.' },
    dumps: {
      sig: '($module, value, version=version, /, *, allow_code=True)',
      impl: marshalDumps,
      doc: 'Return the bytes object that would be written to a file by dump(value, file).',
    },
    loads: { sig: '($module, bytes, /, *, allow_code=True)', impl: marshalLoads, doc: 'Convert the bytes-like object to a value.' },
  },
  constants: () => ({ version: MARSHAL_VERSION }),
});
