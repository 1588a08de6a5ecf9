// The bytearray type: a mutable byte string.  CPython: Objects/bytearrayobject.c
// The bytes live in `buf` (its length is the capacity) and the first `len` are the value. A
// memoryview of a bytearray views `buf` directly, so while views exist (bufferExports > 0) the
// storage may not move: every operation that changes the length refuses with BufferError.
import { NotImplemented, None, PyObject, type PyValue as V } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import { PySlice, sliceIndices } from './slice.ts';
import { PyTuple, EMPTY_TUPLE } from './tuple.ts';
import { PyDict } from './dict.ts';
import { isStrValue, strValue } from './boxes.ts';
import { PyNumber_Index, PyObject_GetIter, PyIter_Next, PyObject_LookupAttr, PyObject_Call } from './abstract.ts';
import { typeError, indexError, valueError, overflowError, memoryError, newException, PyExc_BufferError, exceptionMatches, PyExc_TypeError } from './exceptions.ts';
import { MAX_LENGTH } from './str/args.ts';
import { ssizeArg, longAsSsize } from './str/args.ts';
import { encodeText } from './codecs/registry.ts';
import { PyBytes, bytesRepr, compareBytes, compareResult } from './bytes.ts';
import { repeatBytes, indexArg, bindSourceEncodingErrors } from './bytes/index.ts';
import { getBuffer, checkBuffer, simpleBufferOrNull } from './bytes/buffer.ts';
import { BYTES_COMMON_METHODS, bytesContains, argStr } from './bytes/methods.ts';
import { hexString, fromHex } from './bytes/hex.ts';
import { bytesPercentFormat as bytesFormat } from './str/percent.ts';
import { bufferDunder, releaseBufferDunder, stillExported } from './memoryview.ts';
import { builtinIter } from './iterobject.ts';

export class PyByteArray extends PyObject {
  buf: Uint8Array;
  len: number;
  /** What CPython's ob_alloc would be (for __alloc__). */
  alloc: number;
  /** Number of memoryviews holding the storage. */
  bufferExports = 0;

  /** Takes ownership of `data`. */
  constructor(data: Uint8Array = new Uint8Array(0)) {
    super();
    this.buf = data;
    this.len = data.length;
    this.alloc = data.length === 0 ? 0 : data.length + 1;
  }

  /** The value (a live view of the storage). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}

function BA(v: V): PyByteArray {
  return v as PyByteArray;
}

function bufferError(msg: string): never {
  throw newException(PyExc_BufferError, [msg]);
}

/** Changes the length, keeping the first min(len, n) bytes (new bytes are zero).  CPython: bytearray_resize_lock_held */
export function byteArrayResize(self: PyByteArray, n: number): void {
  if (n < 0) throw valueError(`Can only resize to positive sizes, got ${n}`);
  if (n === self.len) return;
  if (self.bufferExports > 0 && stillExported(self)) bufferError('Existing exports of data: object cannot be re-sized');
  if (n > MAX_LENGTH) throw memoryError();
  // CPython's allocation policy, tracked for __alloc__.
  if (n + 1 <= self.alloc) {
    if (n < self.alloc / 2) self.alloc = n + 1;
  } else if (n <= self.alloc * 1.125) self.alloc = n + (n >> 3) + (n < 9 ? 3 : 6);
  else self.alloc = n + 1;
  if (n > self.buf.length) {
    const nb = new Uint8Array(Math.max(n, Math.min(MAX_LENGTH, self.buf.length * 2)));
    nb.set(self.bytes());
    self.buf = nb;
  } else if (n > self.len) self.buf.fill(0, self.len, n);
  self.len = n;
}

/** Replaces self[lo:hi] with `data`.  CPython: bytearray_setslice_linear */
function setSliceLinear(self: PyByteArray, lo: number, hi: number, data: Uint8Array): void {
  const growth = data.length - (hi - lo);
  if (growth === 0) {
    self.buf.set(data, lo);
    return;
  }
  const tail = self.buf.slice(hi, self.len);
  byteArrayResize(self, self.len + growth);
  self.buf.set(data, lo);
  self.buf.set(tail, lo + data.length);
}

/** A byte value for item assignment, append and insert.  CPython: _getbytevalue */
function byteValue(v: V): number {
  const t = typeof v;
  if (t !== 'number' && t !== 'bigint' && t !== 'boolean' && typeOf(v).nb_index === null) {
    throw typeError(`'${typeOf(v).tp_name}' object cannot be interpreted as an integer`);
  }
  const n = PyNumber_Index(v);
  if (n < 0 || n >= 256) throw valueError('byte must be in range(0, 256)');
  return Number(n);
}

// ---- slots ----

function byteArrayRepr(self: V): string {
  return `${typeOf(self).name}(${bytesRepr(BA(self).bytes(), 'b', true)})`;
}

function byteArrayRichcompare(a: V, b: V, op: CompareOp): V {
  const x = getBuffer(a);
  const y = getBuffer(b);
  if (x === null || y === null) return NotImplemented;
  if ((op === CompareOp.EQ || op === CompareOp.NE) && x.length !== y.length) return op === CompareOp.NE;
  return compareResult(compareBytes(x, y), op);
}

function byteArrayItem(self: V, i: number): V {
  const b = BA(self);
  if (i < 0 || i >= b.len) throw indexError('bytearray index out of range');
  return b.buf[i];
}

function isIndex(v: V): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || typeOf(v).nb_index !== null;
}

function byteArraySubscript(self: V, key: V): V {
  const b = BA(self);
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, b.len);
    if (step === 1) return new PyByteArray(b.buf.slice(start, start + count));
    const out = new Uint8Array(count);
    for (let k = 0, j = start; k < count; k++, j += step) out[k] = b.buf[j];
    return new PyByteArray(out);
  }
  if (!isIndex(key)) throw typeError(`bytearray indices must be integers or slices, not ${typeOf(key).tp_name}`);
  let i = indexArg(key);
  if (i < 0) i += b.len;
  return byteArrayItem(self, i);
}

function isNumber(v: V): boolean {
  const t = typeOf(v);
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || t.nb_index !== null || t.nb_int !== null || t.nb_float !== null;
}

/** The bytes of a value assigned to a slice.  CPython: bytearray_ass_subscript (values handling) */
function sliceValues(self: PyByteArray, values: V): Uint8Array {
  if (values instanceof PyByteArray && values !== self) return values.bytes();
  if (isNumber(values) || isStrValue(values)) throw typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  return byteArrayFromObject(values);
}

function byteArrayAssSubscript(self: V, key: V, values: V | null): void {
  const b = BA(self);
  let start: number;
  let stop: number;
  let step: number;
  let count: number;
  if (!(key instanceof PySlice)) {
    if (!isIndex(key)) throw typeError(`bytearray indices must be integers or slices, not ${typeOf(key).tp_name}`);
    let i = indexArg(key);
    const v = values === null ? -1 : byteValue(values);
    if (i < 0) i += b.len;
    if (i < 0 || i >= b.len) throw indexError('bytearray index out of range');
    if (values !== null) {
      b.buf[i] = v;
      return;
    }
    [start, stop, step, count] = [i, i + 1, 1, 1];
  } else [start, stop, step, count] = sliceIndices(key, b.len);
  const data = values === null ? new Uint8Array(0) : sliceValues(b, values).slice();
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) {
    setSliceLinear(b, start, stop, data);
    return;
  }
  if (data.length === 0) {
    if (b.bufferExports > 0 && stillExported(b)) bufferError('Existing exports of data: object cannot be re-sized');
    if (count === 0) return;
    const del = new Uint8Array(b.len);
    for (let k = 0, j = start; k < count; k++, j += step) del[j] = 1;
    let o = 0;
    for (let j = 0; j < b.len; j++) if (!del[j]) b.buf[o++] = b.buf[j];
    byteArrayResize(b, o);
    return;
  }
  if (data.length !== count) throw valueError(`attempt to assign bytes of size ${data.length} to extended slice of size ${count}`);
  for (let k = 0, j = start; k < count; k++, j += step) b.buf[j] = data[k];
}

function byteArrayAssItem(self: V, i: number, v: V | null): void {
  byteArrayAssSubscript(self, i, v);
}

function byteArrayConcat(a: V, b: V): V {
  const x = BA(a).bytes();
  const y = simpleBufferOrNull(b);
  if (y === null) throw typeError(`can't concat ${typeOf(b).tp_name} to ${typeOf(a).tp_name}`);
  if (x.length + y.length > MAX_LENGTH) throw memoryError();
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return new PyByteArray(out);
}

function byteArrayInplaceConcat(a: V, b: V): V {
  const self = BA(a);
  const y = simpleBufferOrNull(b);
  if (y === null) throw typeError(`can't concat ${typeOf(b).tp_name} to ${typeOf(a).tp_name}`);
  const data = y.slice();
  const n = self.len;
  byteArrayResize(self, n + data.length);
  self.buf.set(data, n);
  return a;
}

function byteArrayRepeat(self: V, n: number): V {
  return new PyByteArray(repeatBytes(BA(self).bytes(), n, true));
}

function byteArrayInplaceRepeat(self: V, n: number): V {
  const b = BA(self);
  const data = repeatBytes(b.bytes(), n, true);
  byteArrayResize(b, data.length);
  b.buf.set(data);
  return self;
}

function byteArrayContains(self: V, v: V): boolean {
  return bytesContains(BA(self).bytes(), v);
}

// ---- iteration (live: sees changes made while iterating) ----

export class PyByteArrayIter extends PyObject {
  index = 0;
  constructor(public seq: PyByteArray | null) {
    super();
  }
}

function byteArrayIterNext(self: V): V | undefined {
  const it = self as PyByteArrayIter;
  const s = it.seq;
  if (s === null) return undefined;
  if (it.index < s.len) return s.buf[it.index++];
  it.seq = null;
  return undefined;
}

function byteArrayIterReduce(it: PyByteArrayIter): PyTuple {
  // builtins.iter first: finding it may run Python code that exhausts the iterator.
  const iter = builtinIter();
  if (it.seq === null) return new PyTuple([iter, new PyTuple([EMPTY_TUPLE])]);
  return new PyTuple([iter, new PyTuple([it.seq]), it.index]);
}

/** A negative position exhausts the iterator (3.14's bytearray iterator).  CPython: bytearrayiter_setstate */
function byteArrayIterSetstate(it: PyByteArrayIter, state: V): void {
  const n = longAsSsize(state);
  if (it.seq === null) return;
  if (n < 0) it.seq = null;
  else it.index = Math.min(n, it.seq.len);
}

export const ByteArrayIterType = defineBuiltinType({
  name: 'bytearray_iterator',
  instanceClass: PyByteArrayIter,
  slots: { tp_iter: (s: V) => s, tp_iternext: byteArrayIterNext },
  methods: {
    __length_hint__: { sig: '($self, /)', impl: (s: PyByteArrayIter) => (s.seq === null ? 0 : Math.max(0, s.seq.len - s.index)) },
    __reduce__: { sig: '($self, /)', impl: byteArrayIterReduce, doc: 'Pickling support.' },
    __setstate__: { sig: '($self, object, /)', impl: byteArrayIterSetstate, doc: 'Pickling support: the position.' },
  },
});

// ---- construction ----

/** The bytes bytearray(x) takes from a buffer or an iterable of ints. */
function byteArrayFromObject(x: V): Uint8Array {
  const b = getBuffer(x);
  if (b !== null) return b.slice();
  let it: V;
  try {
    it = PyObject_GetIter(x);
  } catch (e) {
    if (exceptionMatches(e as V, PyExc_TypeError)) throw typeError(`cannot convert '${typeOf(x).tp_name}' object to bytearray`);
    throw e;
  }
  const out: number[] = [];
  for (let v = PyIter_Next(it); v !== undefined; v = PyIter_Next(it)) out.push(byteValue(v));
  return Uint8Array.from(out);
}

function byteArrayAlloc(type: PyType): PyObject {
  return type === ByteArrayType ? new PyByteArray() : newHeapInstance(PyByteArray, type);
}

function byteArrayNew(type: PyType): V {
  return byteArrayAlloc(type);
}

/** bytearray.__init__(source, encoding, errors).  CPython: bytearray___init___impl */
function byteArrayInit(self: V, args: readonly V[], kwnames: readonly string[] | null): void {
  const b = BA(self);
  const [x, encArg, errArg] = bindSourceEncodingErrors('bytearray', args, kwnames);
  const encoding = encArg === undefined ? null : argStr(encArg, 'bytearray', 'encoding');
  const errors = errArg === undefined ? null : argStr(errArg, 'bytearray', 'errors');
  if (b.len !== 0) byteArrayResize(b, 0);
  let data: Uint8Array;
  if (x === undefined) {
    if (encoding !== null || errors !== null) throw typeError(encoding !== null ? 'encoding without a string argument' : 'errors without a string argument');
    return;
  }
  if (isStrValue(x)) {
    if (encoding === null) throw typeError('string argument without an encoding');
    data = encodeText(strValue(x), encoding, errors).slice();
  } else {
    if (encoding !== null || errors !== null) throw typeError(encoding !== null ? 'encoding without a string argument' : 'errors without a string argument');
    if (isIndex(x) && !checkBuffer(x)) {
      const n = PyNumber_Index(x);
      if (n > 9223372036854775807n || n < -9223372036854775808n) throw overflowError(`cannot fit '${typeOf(x).tp_name}' into an index-sized integer`);
      if (n < 0) throw valueError('negative count');
      if (n > MAX_LENGTH) throw memoryError();
      data = new Uint8Array(Number(n));
    } else data = byteArrayFromObject(x);
  }
  byteArrayResize(b, data.length);
  b.buf.set(data);
}

// ---- methods of bytearray alone ----

function baAppend(self: PyByteArray, item: V): void {
  const v = byteValue(item);
  byteArrayResize(self, self.len + 1);
  self.buf[self.len - 1] = v;
}

function baClear(self: PyByteArray): void {
  byteArrayResize(self, 0);
}

function baCopy(self: PyByteArray): PyByteArray {
  return new PyByteArray(self.bytes().slice());
}

function baExtend(self: PyByteArray, iterable: V): void {
  const b = simpleBufferOrNull(iterable);
  if (b === null && checkBuffer(iterable)) throw typeError(`can't set bytearray slice from ${typeOf(iterable).tp_name}`);
  if (b !== null) {
    const data = b.slice();
    const n = self.len;
    byteArrayResize(self, n + data.length);
    self.buf.set(data, n);
    return;
  }
  let it: V;
  try {
    it = PyObject_GetIter(iterable);
  } catch (e) {
    if (exceptionMatches(e as V, PyExc_TypeError)) throw typeError(`can't extend bytearray with ${typeOf(iterable).tp_name}`);
    throw e;
  }
  const out: number[] = [];
  for (let v = PyIter_Next(it); v !== undefined; v = PyIter_Next(it)) {
    try {
      out.push(byteValue(v));
    } catch (e) {
      if (exceptionMatches(e as V, PyExc_TypeError) && isStrValue(iterable)) throw typeError("expected iterable of integers; got: 'str'");
      throw e;
    }
  }
  const n = self.len;
  byteArrayResize(self, n + out.length);
  self.buf.set(out, n);
}

function baInsert(self: PyByteArray, index: V, item: V): void {
  let i = ssizeArg(index);
  const v = byteValue(item);
  const n = self.len;
  byteArrayResize(self, n + 1);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  self.buf.copyWithin(i + 1, i, n);
  self.buf[i] = v;
}

function baPop(self: PyByteArray, index: V): number {
  const n = self.len;
  let i = ssizeArg(index);
  if (n === 0) throw indexError('pop from empty bytearray');
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError('pop index out of range');
  if (self.bufferExports > 0 && stillExported(self)) bufferError('Existing exports of data: object cannot be re-sized');
  const v = self.buf[i];
  self.buf.copyWithin(i, i + 1, n);
  byteArrayResize(self, n - 1);
  return v;
}

function baRemove(self: PyByteArray, value: V): void {
  const v = byteValue(value);
  const i = self.bytes().indexOf(v);
  if (i < 0) throw valueError('value not found in bytearray');
  if (self.bufferExports > 0 && stillExported(self)) bufferError('Existing exports of data: object cannot be re-sized');
  self.buf.copyWithin(i, i + 1, self.len);
  byteArrayResize(self, self.len - 1);
}

function baReverse(self: PyByteArray): void {
  self.bytes().reverse();
}

function baResize(self: PyByteArray, size: V): void {
  byteArrayResize(self, ssizeArg(size));
}

function baFromhex(type: PyType, s: V): V {
  const data = fromHex(s);
  if (type === ByteArrayType) return new PyByteArray(data);
  // A subclass is called with bytes.  CPython: bytearray_fromhex_impl
  return PyObject_Call(type, [new PyBytes(data)], null);
}

function baHex(self: PyByteArray, sep: V | undefined, bytesPerSep: V): string {
  return hexString(self.bytes(), sep, bytesPerSep);
}

/** (type, (latin-1 text, 'latin-1'), __dict__) as CPython's bytearray pickles.  CPython: _common_reduce */
function baReduceEx(self: PyByteArray, proto: V): PyTuple {
  const p = proto === undefined ? 0 : Number(PyNumber_Index(proto));
  const d = PyObject_LookupAttr(self, '__dict__');
  const dict = d === undefined || (d instanceof PyDict && d.size === 0) ? None : d;
  const data = self.bytes();
  let args: PyTuple;
  if (p < 3) {
    let s = '';
    for (const c of data) s += String.fromCharCode(c);
    args = new PyTuple(data.length ? [s, 'latin-1'] : []);
  } else args = new PyTuple(data.length ? [new PyBytes(data.slice())] : []);
  return new PyTuple([typeOf(self), args, dict]);
}

function byteArrayRemainder(a: V, b: V): V {
  if (!(a instanceof PyByteArray)) return NotImplemented;
  return new PyByteArray(bytesFormat(a.bytes(), b));
}

export const ByteArrayType = defineBuiltinType({
  name: 'bytearray',
  doc: 'A mutable sequence of bytes.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.MATCH_SELF,
  instanceClass: PyByteArray,
  alloc: byteArrayAlloc,
  slots: {
    tp_repr: byteArrayRepr,
    tp_str: byteArrayRepr,
    tp_richcompare: byteArrayRichcompare,
    tp_iter: (s: V) => new PyByteArrayIter(BA(s)),
    tp_new: byteArrayNew,
    tp_init: byteArrayInit,
  },
  number: { nb_remainder: byteArrayRemainder },
  sequence: {
    sq_length: (s: V) => BA(s).len,
    sq_concat: byteArrayConcat,
    sq_repeat: byteArrayRepeat,
    sq_item: byteArrayItem,
    sq_ass_item: byteArrayAssItem,
    sq_contains: byteArrayContains,
    sq_inplace_concat: byteArrayInplaceConcat,
    sq_inplace_repeat: byteArrayInplaceRepeat,
  },
  mapping: { mp_length: (s: V) => BA(s).len, mp_subscript: byteArraySubscript, mp_ass_subscript: byteArrayAssSubscript, bf_getbuffer: (s: V) => BA(s).bytes() },
  // A getter: the shared table lives in a module that may be evaluated after this one.
  get methods() {
    return {
      ...BYTES_COMMON_METHODS,
      append: { sig: '($self, item, /)', impl: baAppend, doc: 'Appends a single byte.' },
      clear: { sig: '($self, /)', impl: baClear, doc: 'Removes every byte.' },
      copy: { sig: '($self, /)', impl: baCopy, doc: 'A copy of the bytearray.' },
      extend: { sig: '($self, iterable_of_ints, /)', impl: baExtend, doc: 'Appends the bytes of a buffer or an iterable of ints.' },
      insert: { sig: '($self, index, item, /)', impl: baInsert, doc: 'Inserts a single byte before the given index.' },
      pop: { sig: '($self, index=-1, /)', impl: baPop, doc: 'Removes and returns the byte at the index (the last by default).' },
      remove: { sig: '($self, value, /)', impl: baRemove, doc: 'Removes the first occurrence of a byte value.' },
      reverse: { sig: '($self, /)', impl: baReverse, doc: 'Reverses the bytes in place.' },
      resize: { sig: '($self, size, /)', impl: baResize, doc: 'Changes the length; new bytes are zero.' },
      fromhex: { sig: '($type, string, /)', kind: 'classmethod' as const, impl: baFromhex, doc: 'The bytearray a string of hexadecimal digits denotes.' },
      hex: { sig: '($self, /, sep=<unrepresentable>, bytes_per_sep=1)', impl: baHex, doc: 'The bytes as hexadecimal digits, optionally grouped with sep.' },
      __alloc__: { sig: '($self, /)', impl: (s: PyByteArray) => s.alloc, doc: 'The number of bytes allocated (as CPython would allocate them).' },
      __buffer__: { sig: '($self, flags, /)', impl: bufferDunder, doc: 'A memoryview of the bytearray.' },
      __release_buffer__: { sig: '($self, buffer, /)', impl: releaseBufferDunder, doc: 'Releases a memoryview of the bytearray.' },
      __reduce__: { sig: '($self, /)', impl: (s: PyByteArray) => baReduceEx(s, 0), doc: 'Pickling support.' },
      __reduce_ex__: { sig: '($self, proto=0, /)', impl: baReduceEx, doc: 'Pickling support.' },
      __sizeof__: { sig: '($self, /)', impl: (s: PyByteArray) => 56 + s.alloc, doc: 'The size in memory, in bytes (as CPython lays it out).' },
    };
  },
});
