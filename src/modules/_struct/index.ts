// The _struct module: packing Python values into C structs and back.  CPython: Modules/_struct.c
//
// A format compiles once into a Struct: a list of codes (format definition, offset, item size,
// repeat count), as prepare_s does; the module-level functions go through a cache of up to 100
// Structs keyed by the format object.  Items are read and written with DataViews over the buffer.
import { None, PyObject, type PyValue, type PyIntValue } from '../../objects/object.ts';
import { type PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { defineModule } from '../../objects/module-def.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyByteArray } from '../../objects/bytearray.ts';
import { PyMemoryView } from '../../objects/memoryview.ts';
import { isStrValue, strValue } from '../../objects/boxes.ts';
import { normInt } from '../../objects/int.ts';
import { PyObject_Call, PyObject_Repr, PyNumber_AsSsize_t } from '../../objects/abstract.ts';
import { typeError, runtimeError, memoryError, PyExc_Exception } from '../../objects/exceptions.ts';
import { bindArguments, parseSignature } from '../../objects/getargs.ts';
import { asciiEncode } from '../../objects/codecs/latin1.ts';
import { getBuffer, simpleBuffer, isCContiguousLayout } from '../../objects/bytes/buffer.ts';
import { ssizeArg, argTypeName } from '../../objects/str/args.ts';
import { newExceptionClass } from '../hashlib-support.ts';
import { withDocs, moduleDoc } from '../docs.ts';
import { state, structError, whichTable, type FormatDef } from './formats.ts';

const SSIZE_MAX = 2n ** 63n - 1n;
const MAXCACHE = 100;

interface FormatCode {
  readonly def: FormatDef;
  readonly offset: number;
  /** The item size; for 's' and 'p', the count. */
  readonly size: number;
  readonly repeat: number;
}

export class PyStruct extends PyObject {
  /** -1 until __init__ has run. */
  size: PyIntValue = -1;
  len = -1;
  codes: FormatCode[] | null = null;
  format: Uint8Array | null = null;
}

// ---- compiling a format ----

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode(...b.subarray(i, i + 4096));
  return s;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

function alignUp(size: bigint, def: FormatDef): bigint {
  if (def.align && size > 0n) {
    const a = BigInt(def.align);
    size += (a - 1n) - ((size - 1n) % a);
  }
  return size;
}

function tooLong(): never {
  structError('total struct size too long');
}

/** Sizes and codes of a format.  CPython: prepare_s */
function prepare(self: PyStruct, format: Uint8Array): void {
  if (format.includes(0)) structError('embedded null character');
  const text = latin1(format);
  const [table, start] = whichTable(text);
  // First pass: the sizes and every error, in exact arithmetic.
  let size = 0n;
  let len = 0n;
  const items: [FormatDef, bigint][] = [];
  for (let i = start; i < text.length; ) {
    let c = text[i++];
    if (isSpace(c)) continue;
    let num = 1n;
    if (c >= '0' && c <= '9') {
      num = BigInt(c.charCodeAt(0) - 48);
      for (;;) {
        c = text[i++] ?? '';
        if (!(c >= '0' && c <= '9') || c === '') break;
        num = num * 10n + BigInt(c.charCodeAt(0) - 48);
        if (num > SSIZE_MAX) tooLong();
      }
      if (c === '') structError('repeat count given without format specifier');
    }
    const def = table.get(c);
    if (def === undefined) structError('bad char in struct format');
    if (c === 's' || c === 'p') len++;
    else if (c !== 'x') len += num;
    if (len > SSIZE_MAX) tooLong();
    size = alignUp(size, def);
    if (size > SSIZE_MAX) tooLong();
    if (num > (SSIZE_MAX - size) / BigInt(def.size)) tooLong();
    size += num * BigInt(def.size);
    items.push([def, num]);
  }
  // Second pass: the codes.
  const codes: FormatCode[] = [];
  let offset = 0n;
  for (const [def, num] of items) {
    offset = alignUp(offset, def);
    if (def.c === 's' || def.c === 'p') {
      codes.push({ def, offset: Number(offset), size: Number(num), repeat: 1 });
      offset += num;
    } else if (def.c === 'x') {
      offset += num;
    } else if (num > 0n) {
      codes.push({ def, offset: Number(offset), size: def.size, repeat: Number(num) });
      offset += num * BigInt(def.size);
    }
  }
  self.codes = codes;
  self.size = normInt(size);
  self.len = Number(len);
  self.format = format;
}

function ready(self: PyValue): PyStruct & { codes: FormatCode[]; format: Uint8Array } {
  const s = self as PyStruct;
  if (s.codes === null) throw runtimeError('Struct object is not initialized');
  return s as PyStruct & { codes: FormatCode[]; format: Uint8Array };
}

/** The size as a JS number; a struct larger than any buffer can only fail to allocate. */
function sizeOf(s: PyStruct): number {
  if (typeof s.size !== 'number' || s.size > 2 ** 31) throw memoryError();
  return s.size;
}

// ---- packing and unpacking ----

function dataView(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** CPython: s_unpack_internal */
function unpackInternal(s: PyStruct & { codes: FormatCode[] }, data: Uint8Array, start: number): PyTuple {
  const dv = dataView(data);
  const out = new Array<PyValue>(s.len);
  let k = 0;
  for (const code of s.codes) {
    const def = code.def;
    let off = start + code.offset;
    for (let j = 0; j < code.repeat; j++, off += code.size) {
      if (def.c === 's') out[k++] = new PyBytes(data.slice(off, off + code.size));
      else if (def.c === 'p') {
        let n = code.size === 0 ? 0 : data[off];
        if (n >= code.size) n = code.size - 1;
        out[k++] = new PyBytes(data.slice(off + 1, off + 1 + Math.max(n, 0)));
      } else out[k++] = def.unpack!(dv, off);
    }
  }
  return new PyTuple(out);
}

/** The bytes of a value for 's' and 'p'.  CPython: the PyBytes_Check / PyByteArray_Check in s_pack_internal */
function stringArg(v: PyValue, c: string): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.bytes();
  structError(`argument for '${c}' must be a bytes object`);
}

/** Writes args[first...] at data[start...], after zeroing the struct's bytes.  CPython: s_pack_internal */
function packInternal(s: PyStruct & { codes: FormatCode[] }, args: readonly PyValue[], first: number, data: Uint8Array, start: number): void {
  data.fill(0, start, start + sizeOf(s));
  const dv = dataView(data);
  let i = first;
  for (const code of s.codes) {
    const def = code.def;
    let off = start + code.offset;
    for (let j = 0; j < code.repeat; j++, off += code.size) {
      const v = args[i++];
      if (def.c === 's') {
        const b = stringArg(v, 's');
        data.set(b.subarray(0, Math.min(b.length, code.size)), off);
      } else if (def.c === 'p') {
        const b = stringArg(v, 'p');
        const n = code.size === 0 ? 0 : Math.min(b.length, code.size - 1);
        if (n > 0) data.set(b.subarray(0, n), off + 1);
        if (code.size > 0) data[off] = Math.min(n, 255);
      } else def.pack!(dv, off, v);
    }
  }
}

/** A buffer to read: any bytes-like object, C-contiguous.  CPython: the Py_buffer converter */
function readBuffer(v: PyValue): Uint8Array {
  const b = simpleBuffer(v);
  if (b === null) throw typeError(`a bytes-like object is required, not '${typeOf(v).tp_name}'`);
  return b;
}


/** A buffer to write into.  CPython: PyArg_Parse's "w*" */
function writableBuffer(v: PyValue): Uint8Array {
  const bad = (): never => {
    throw typeError(`argument must be read-write bytes-like object, not ${argTypeName(v)}`);
  };
  if (v instanceof PyByteArray) return v.bytes();
  if (v instanceof PyMemoryView) {
    if (v.released || v.readonly || !isCContiguousLayout(v.itemsize, v.shape, v.strides)) bad();
    return getBuffer(v)!;
  }
  if (v instanceof PyBytes || typeof v !== 'object' || !('bufferExports' in v)) bad();
  const b = getBuffer(v);
  if (b === null) bad();
  return b!;
}

// ---- the Struct type ----

function structNew(type: PyType): PyValue {
  return type === StructType ? new PyStruct() : newHeapInstance(PyStruct, type);
}

/** Struct(format).  CPython: Struct___init___impl */
function structInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const [format] = bindArguments(parseSignature('(format)'), { short: 'Struct', funcStr: 'Struct()' }, args, kwnames) as PyValue[];
  let bytes: Uint8Array;
  if (isStrValue(format)) bytes = asciiEncode(strValue(format), null);
  else if (format instanceof PyBytes) bytes = format.data;
  else throw typeError(`Struct() argument 1 must be a str or bytes object, not ${typeOf(format).name}`);
  // 3.14.2 keeps the new format even when it fails to compile (the old codes and size stay).
  const s = self as PyStruct;
  if (s.codes !== null) s.format = bytes;
  prepare(s, bytes);
}

function structPack(self: PyValue, args: readonly PyValue[]): PyBytes {
  const s = ready(self);
  if (args.length !== s.len) structError(`pack expected ${s.len} items for packing (got ${args.length})`);
  const out = new Uint8Array(sizeOf(s));
  packInternal(s, args, 0, out, 0);
  return new PyBytes(out);
}

function structPackInto(self: PyValue, args: readonly PyValue[]): PyValue {
  const s = ready(self);
  const nargs = args.length;
  if (nargs !== s.len + 2) {
    if (nargs === 0) structError('pack_into expected buffer argument');
    if (nargs === 1) structError('pack_into expected offset argument');
    structError(`pack_into expected ${s.len} items for packing (got ${nargs - 2})`);
  }
  const buf = writableBuffer(args[0]);
  let offset = PyNumber_AsSsize_t(args[1], true);
  const size = sizeOf(s);
  if (offset < 0) {
    if (offset + size > 0) structError(`no space to pack ${size} bytes at offset ${offset}`);
    if (offset + buf.length < 0) structError(`offset ${offset} out of range for ${buf.length}-byte buffer`);
    offset += buf.length;
  }
  if (buf.length - offset < size) {
    structError(`pack_into requires a buffer of at least ${size + offset} bytes for packing ${size} bytes at offset ${offset} (actual buffer size is ${buf.length})`);
  }
  packInternal(s, args, 2, buf, offset);
  return None;
}

function structUnpack(self: PyValue, buffer: PyValue): PyTuple {
  const s = ready(self);
  const data = readBuffer(buffer);
  if (data.length !== s.size) structError(`unpack requires a buffer of ${s.size} bytes`);
  return unpackInternal(s, data, 0);
}

function structUnpackFrom(self: PyValue, buffer: PyValue, offsetObj: PyValue | undefined): PyTuple {
  const s = ready(self);
  const data = readBuffer(buffer);
  let offset = offsetObj === undefined ? 0 : ssizeArg(offsetObj);
  const size = s.size;
  if (offset < 0) {
    if (offset + Number(size) > 0) structError(`not enough data to unpack ${size} bytes at offset ${offset}`);
    if (offset + data.length < 0) structError(`offset ${offset} out of range for ${data.length}-byte buffer`);
    offset += data.length;
  }
  if (data.length - offset < Number(size)) {
    structError(`unpack_from requires a buffer of at least ${BigInt(size) + BigInt(offset)} bytes for unpacking ${size} bytes at offset ${offset} (actual buffer size is ${data.length})`);
  }
  return unpackInternal(s, data, offset);
}

export class PyUnpackIter extends PyObject {
  index = 0;
  constructor(
    public so: (PyStruct & { codes: FormatCode[] }) | null,
    public data: Uint8Array,
  ) {
    super();
  }
}

// Differs from CPython: the iterator does not hold a buffer export (nothing would release it when an
// unfinished iterator is dropped), so a bytearray may be resized while it is being unpacked.
function structIterUnpack(self: PyValue, buffer: PyValue): PyUnpackIter {
  const s = ready(self);
  if (s.size === 0) structError('cannot iteratively unpack with a struct of length 0');
  const b = simpleBuffer(buffer);
  if (b === null) throw typeError(`a bytes-like object is required, not '${typeOf(buffer).tp_name}'`);
  const size = sizeOf(s);
  if (b.length % size !== 0) structError(`iterative unpacking requires a buffer of a multiple of ${size} bytes`);
  return new PyUnpackIter(s, b);
}

function unpackIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyUnpackIter;
  const s = it.so;
  if (s === null) return undefined;
  if (it.index >= it.data.length) {
    it.so = null;
    return undefined;
  }
  const r = unpackInternal(s, it.data, it.index);
  it.index += s.size as number;
  return r;
}

function unpackIterLengthHint(self: PyValue): number {
  const it = self as PyUnpackIter;
  return it.so === null ? 0 : Math.floor((it.data.length - it.index) / (it.so.size as number));
}

function structRepr(self: PyValue): string {
  const s = ready(self);
  return `${typeOf(self).name}(${PyObject_Repr(latin1(s.format))})`;
}

function structSizeof(self: PyValue): number {
  const s = ready(self);
  // sizeof(PyStructObject) plus one formatcode per code and the terminating one (64-bit layout).
  return 56 + 32 * (s.codes.length + 1);
}

export const StructType: PyType = defineBuiltinType({
  name: '_struct.Struct',
  doc: 'Struct(fmt) --> compiled struct object\n\n',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyStruct,
  alloc: (t) => structNew(t) as PyStruct,
  weakrefable: true,
  slots: { tp_new: structNew, tp_init: structInit, tp_repr: structRepr },
  methods: {
    iter_unpack: { sig: '($self, buffer, /)', impl: structIterUnpack, doc: 'An iterator of the tuples unpacked from each Struct.size bytes of buffer.' },
    pack: { sig: '($self, *args)', impl: structPack, doc: 'The values packed as bytes.' },
    pack_into: { sig: '($self, *args)', impl: structPackInto, doc: 'Packs the values into a writable buffer at an offset.' },
    unpack: { sig: '($self, buffer, /)', impl: structUnpack, doc: 'The tuple of values a buffer of exactly Struct.size bytes holds.' },
    unpack_from: { sig: '($self, /, buffer, offset=0)', impl: structUnpackFrom, doc: 'The tuple of values in buffer at an offset.' },
    __sizeof__: { sig: '($self, /)', impl: structSizeof, doc: 'Size of the object in memory, in bytes.' },
  },
  getset: {
    format: { get: (s: PyStruct) => latin1(ready(s).format), doc: 'struct format string' },
    size: { get: (s: PyStruct) => s.size, doc: 'struct size in bytes' },
  },
});

export const UnpackIterType: PyType = defineBuiltinType({
  name: '_struct.unpack_iterator',
  flags: TPFLAGS.DISALLOW_INSTANTIATION,
  instanceClass: PyUnpackIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: unpackIterNext },
  methods: { __length_hint__: { sig: '($self, /)', impl: unpackIterLengthHint } },
});

// ---- the module ----

let cache = new PyDict();

/** The Struct of a format, from the cache.  CPython: cache_struct_converter (3.14.2: keyed by the format) */
function cachedStruct(fmt: PyValue): PyStruct & { codes: FormatCode[]; format: Uint8Array } {
  const hit = cache.get(fmt);
  if (hit !== undefined) return hit as PyStruct & { codes: FormatCode[]; format: Uint8Array };
  const s = PyObject_Call(StructType, [fmt]) as PyStruct;
  if (cache.used >= MAXCACHE) cache.clear();
  cache.set(fmt, s);
  return ready(s);
}

function modPack(_m: PyValue, args: readonly PyValue[]): PyBytes {
  if (args.length === 0) throw typeError('missing format argument');
  return structPack(cachedStruct(args[0]), args.slice(1));
}

function modPackInto(_m: PyValue, args: readonly PyValue[]): PyValue {
  if (args.length === 0) throw typeError('missing format argument');
  return structPackInto(cachedStruct(args[0]), args.slice(1));
}

export const structModule = defineModule({
  name: '_struct',
  doc: moduleDoc('_struct'),
  functions: withDocs('_struct', {
    _clearcache: { sig: '($module, /)', impl: () => (cache.clear(), None), doc: 'Empties the cache of compiled formats.' },
    calcsize: { sig: '($module, format, /)', impl: (_m: PyValue, f: PyValue) => cachedStruct(f).size, doc: 'The size in bytes of a format.' },
    iter_unpack: { sig: '($module, format, buffer, /)', impl: (_m: PyValue, f: PyValue, b: PyValue) => structIterUnpack(cachedStruct(f), b), doc: 'An iterator of tuples unpacked from buffer.' },
    pack: { sig: '($module, *args)', impl: modPack, doc: 'pack(format, v1, v2, ...): the values packed as bytes.' },
    pack_into: { sig: '($module, *args)', impl: modPackInto, doc: 'pack_into(format, buffer, offset, v1, v2, ...): packs into a writable buffer.' },
    unpack: { sig: '($module, format, buffer, /)', impl: (_m: PyValue, f: PyValue, b: PyValue) => structUnpack(cachedStruct(f), b), doc: 'The tuple of values unpacked from buffer.' },
    unpack_from: {
      sig: '($module, format, /, buffer, offset=0)',
      impl: (_m: PyValue, f: PyValue, b: PyValue, o: PyValue | undefined) => structUnpackFrom(cachedStruct(f), b, o),
      doc: 'The tuple of values unpacked from buffer at an offset.',
    },
  }),
  constants: () => {
    cache = new PyDict();
    state.error = newExceptionClass('struct', 'error', PyExc_Exception);
    return { Struct: StructType, error: state.error };
  },
});
