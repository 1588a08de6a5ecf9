// The array module: array.array, compact sequences of C numbers or characters.  CPython: Modules/arraymodule.c
//
// An array keeps its items in a Uint8Array with CPython's over-allocation (so __sizeof__ agrees) and
// exports it through the buffer protocol with its typecode as format: memoryview(a), bytes(a) and
// struct see the live storage, and a resize is refused while a view holds it.
import { None, NotImplemented, PyObject, type PyValue } from '../../objects/object.ts';
import { type PyType, TPFLAGS, CompareOp, typeOf, PyObject_TypeCheck, PyType_IsSubtype } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { defineModule } from '../../objects/module-def.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyList } from '../../objects/list.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyFloat } from '../../objects/float.ts';
import { PyByteArray } from '../../objects/bytearray.ts';
import { PySlice, sliceIndices, sliceIndexNotNone } from '../../objects/slice.ts';
import { isStrValue, strValue, isIntValue, intValue } from '../../objects/boxes.ts';
import {
  PyObject_GetIter,
  PyIter_Next,
  PyObject_RichCompareBool,
  PyObject_RichCompare,
  PyObject_Repr,
  PyObject_CallMethod,
  PyObject_GetAttr,
  PyNumber_AsSsize_t,
  PySequence_GetItem,
} from '../../objects/abstract.ts';
import {
  typeError,
  valueError,
  indexError,
  runtimeError,
  memoryError,
  newException,
  exceptionMatches,
  PyExc_BufferError,
  PyExc_EOFError,
  PyExc_AttributeError,
  PyExc_DeprecationWarning,
} from '../../objects/exceptions.ts';
import { genericAliasClassMethod } from '../../objects/genericalias.ts';
import { builtinIter, reduceExhausted } from '../../objects/iterobject.ts';
import { getBuffer } from '../../objects/bytes/buffer.ts';
import { ssizeArg } from '../../objects/str/args.ts';
import { codePointValues } from '../../objects/str/codepoints.ts';
import { enterRepr, leaveRepr } from '../../objects/repr-guard.ts';
import { newUnicodeDecodeError } from '../../objects/codecs/unicode-error.ts';
import { warnEx } from '../_warnings.ts';
import { importModule } from '../../runtime/import.ts';
import { withDocs, moduleDoc } from '../docs.ts';
import { DESCRIPTORS, TYPECODES, descrOf, checkSignedChar, fromOrdinal, type ArrayDescr, type Raw } from './descr.ts';

const EMPTY = new Uint8Array(0);

export class PyArray extends PyObject {
  buf: Uint8Array = EMPTY;
  dv: DataView = new DataView(EMPTY.buffer);
  /** Number of items. */
  len = 0;
  /** Items the storage has room for (CPython's allocated). */
  allocated = 0;
  /** Number of memoryviews holding the storage. */
  bufferExports = 0;

  constructor(public desc: ArrayDescr) {
    super();
  }

  /** The items' bytes (a live view of the storage). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.len * this.desc.itemsize);
  }

  /** The memoryview format and item size of the exported buffer.  CPython: array_buffer_getbuf */
  bufferFormat(): [string, number] {
    return [this.desc.typecode === 'u' ? 'w' : this.desc.typecode, this.desc.itemsize];
  }

  setStorage(buf: Uint8Array, len: number, allocated: number): void {
    this.buf = buf;
    this.dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.len = len;
    this.allocated = allocated;
  }
}

function A(v: PyValue): PyArray {
  return v as PyArray;
}

// ---- storage ----

/** An array of `size` items (uninitialized, i.e. zero).  CPython: newarrayobject */
function newArray(type: PyType, size: number, desc: ArrayDescr): PyArray {
  const a = type === ArrayType ? new PyArray(desc) : newHeapInstance(PyArray, type, desc);
  if (size > 0) {
    if (size * desc.itemsize > 2 ** 32) throw memoryError();
    a.setStorage(new Uint8Array(size * desc.itemsize), size, size);
  }
  return a;
}

function cannotResize(): never {
  throw newException(PyExc_BufferError, ['cannot resize an array that is exporting buffers']);
}

/** Sets the length, over-allocating as CPython does.  CPython: array_resize */
function resize(a: PyArray, newsize: number): void {
  if (a.bufferExports > 0 && newsize !== a.len) cannotResize();
  if (a.allocated >= newsize && a.len < newsize + 16 && a.buf !== EMPTY) {
    a.len = newsize;
    return;
  }
  if (newsize === 0) {
    a.setStorage(EMPTY, 0, 0);
    return;
  }
  const allocated = (newsize >> 4) + (a.len < 8 ? 3 : 7) + newsize;
  const itemsize = a.desc.itemsize;
  if (allocated * itemsize > 2 ** 32) throw memoryError();
  const buf = new Uint8Array(allocated * itemsize);
  buf.set(a.buf.subarray(0, Math.min(a.len, newsize) * itemsize));
  a.setStorage(buf, newsize, allocated);
}

function getItem(a: PyArray, i: number): PyValue {
  return a.desc.load(a.dv, i * a.desc.itemsize);
}

/** Converts v and stores it at i; i = -1 only checks v.  CPython: the *_setitem functions */
function setItem(a: PyArray, i: number, v: PyValue): void {
  const raw: Raw = a.desc.convert(v);
  // Converting may have run Python code (__index__, __float__) that shrank the array.
  if (i >= 0 && i >= a.len) throw indexError('array assignment index out of range');
  if (a.desc.typecode === 'b') checkSignedChar(raw as number);
  if (i >= 0) a.desc.store(a.dv, i * a.desc.itemsize, raw);
}

/** Inserts v before `where`.  CPython: ins1 */
function ins1(a: PyArray, where: number, v: PyValue): void {
  setItem(a, -1, v);
  const n = a.len;
  resize(a, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  const size = a.desc.itemsize;
  if (where !== n) a.buf.copyWithin((where + 1) * size, where * size, n * size);
  setItem(a, where, v);
}

/** CPython: array_del_slice */
function delSlice(a: PyArray, ilow: number, ihigh: number): void {
  const n = a.len;
  ilow = Math.min(Math.max(ilow, 0), n);
  ihigh = Math.min(Math.max(ihigh, ilow), n);
  const d = ihigh - ilow;
  if (d !== 0 && a.bufferExports > 0) cannotResize();
  if (d > 0) {
    const size = a.desc.itemsize;
    a.buf.copyWithin(ilow * size, ihigh * size, n * size);
    resize(a, n - d);
  }
}

function slice(a: PyArray, type: PyType, ilow: number, ihigh: number): PyArray {
  const n = a.len;
  ilow = Math.min(Math.max(ilow, 0), n);
  ihigh = Math.min(Math.max(ihigh, ilow), n);
  const np = newArray(type, ihigh - ilow, a.desc);
  if (ihigh > ilow) np.buf.set(a.buf.subarray(ilow * a.desc.itemsize, ihigh * a.desc.itemsize));
  return np;
}

function isArray(v: PyValue): v is PyArray {
  return PyObject_TypeCheck(v, ArrayType);
}

// ---- construction ----

/** array(typecode[, initializer]).  CPython: array_new */
function arrayNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if ((type === ArrayType || type.tp_init === ArrayType.tp_init) && kwnames !== null && kwnames.length > 0) {
    throw typeError('array.array() takes no keyword arguments');
  }
  const nargs = args.length - (kwnames?.length ?? 0);
  if (nargs < 1) throw typeError(`array() takes at least 1 argument (${nargs} given)`);
  if (nargs > 2) throw typeError(`array() takes at most 2 arguments (${nargs} given)`);
  const tc = args[0];
  if (!isStrValue(tc)) throw typeError(`array() argument 1 must be a unicode character, not ${typeOf(tc).tp_name}`);
  const cps = codePointValues(strValue(tc));
  if (cps.length !== 1) throw typeError(`array() argument 1 must be a unicode character, not a string of length ${cps.length}`);
  const c = String.fromCodePoint(cps[0]);
  let initial: PyValue | undefined = nargs === 2 ? args[1] : undefined;
  if (c === 'u') warnEx(PyExc_DeprecationWarning, "The 'u' type code is deprecated and will be removed in Python 3.16", 1);
  const isUnicode = c === 'u' || c === 'w';
  if (initial !== undefined && !isUnicode) {
    if (isStrValue(initial)) throw typeError(`cannot use a str to initialize an array with typecode '${c}'`);
    if (isArray(initial) && (initial.desc.typecode === 'u' || initial.desc.typecode === 'w')) {
      throw typeError(`cannot use a unicode array to initialize an array with typecode '${c}'`);
    }
  }
  let it: PyValue | undefined;
  if (
    initial !== undefined &&
    !(initial instanceof PyList || initial instanceof PyByteArray || initial instanceof PyBytes || initial instanceof PyTuple || (isUnicode && isStrValue(initial)) || (isArray(initial) && initial.desc.typecode === c))
  ) {
    it = PyObject_GetIter(initial);
    initial = undefined;
  }
  const desc = descrOf(c);
  if (desc === undefined) throw valueError('bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)');
  let len = 0;
  if (initial instanceof PyList || initial instanceof PyTuple) len = initial.items.length;
  else if (initial !== undefined && isArray(initial)) len = initial.len;
  const a = newArray(type, len, desc);
  if (len > 0 && !isArray(initial!)) {
    for (let i = 0; i < len; i++) setItem(a, i, PySequence_GetItem(initial!, i));
  } else if (initial instanceof PyByteArray || initial instanceof PyBytes) {
    frombytes(a, initial);
  } else if (initial !== undefined && isStrValue(initial)) {
    const code = codePointValues(strValue(initial));
    if (code.length > 0) {
      a.setStorage(new Uint8Array(code.length * 4), code.length, code.length);
      for (let i = 0; i < code.length; i++) a.dv.setUint32(i * 4, code[i], true);
    }
  } else if (initial !== undefined && isArray(initial) && len > 0) {
    a.buf.set(initial.bytes());
  }
  if (it !== undefined) iterExtend(a, it);
  return a;
}

function iterExtend(a: PyArray, iterable: PyValue): void {
  const it = PyObject_GetIter(iterable);
  for (let v = PyIter_Next(it); v !== undefined; v = PyIter_Next(it)) ins1(a, a.len, v);
}

/** CPython: array_do_extend */
function doExtend(a: PyArray, bb: PyValue): void {
  if (!isArray(bb)) {
    iterExtend(a, bb);
    return;
  }
  if (a.desc !== bb.desc) throw typeError('can only extend with array of same kind');
  const oldsize = a.len;
  const bbytes = bb.bytes().slice();
  resize(a, oldsize + bbytes.length / a.desc.itemsize);
  a.buf.set(bbytes, oldsize * a.desc.itemsize);
}

/** CPython: frombytes */
function frombytes(a: PyArray, buffer: PyValue): void {
  const data = getBuffer(buffer);
  if (data === null) throw typeError(`a bytes-like object is required, not '${typeOf(buffer).tp_name}'`);
  if (buffer instanceof PyObject && 'bufferFormat' in buffer && (buffer as PyArray).bufferFormat()[1] !== 1) {
    throw typeError('a bytes-like object is required');
  }
  const itemsize = a.desc.itemsize;
  if (data.length % itemsize !== 0) throw valueError('bytes length not a multiple of item size');
  const n = data.length / itemsize;
  if (n > 0) {
    const copy = data.slice();
    const old = a.len;
    resize(a, old + n);
    a.buf.set(copy, old * itemsize);
  }
}

// ---- slots ----

function arrayRepr(self: PyValue): string {
  const a = A(self);
  const name = typeOf(self).name;
  const c = a.desc.typecode;
  if (a.len === 0) return `${name}('${c}')`;
  if (!enterRepr(self)) return '...';
  try {
    const v = c === 'u' || c === 'w' ? tounicode(a) : new PyList(tolist(a));
    return `${name}('${c}', ${PyObject_Repr(v)})`;
  } finally {
    leaveRepr(self);
  }
}

function tolist(a: PyArray): PyValue[] {
  const out: PyValue[] = new Array(a.len);
  for (let i = 0; i < a.len; i++) out[i] = getItem(a, i);
  return out;
}

/** CPython: array_richcompare */
function arrayRichcompare(v: PyValue, w: PyValue, op: CompareOp): PyValue {
  if (!isArray(v) || !isArray(w)) return NotImplemented;
  if (v.len !== w.len && (op === CompareOp.EQ || op === CompareOp.NE)) return op === CompareOp.NE;
  if (v.desc === w.desc && v.desc.rawAt !== null) {
    // Same typecode: compare the C values directly.
    const n = Math.min(v.len, w.len);
    const size = v.desc.itemsize;
    const raw = v.desc.rawAt;
    for (let i = 0; i < n; i++) {
      const x = raw(v.dv, i * size);
      const y = raw(w.dv, i * size);
      if (x !== y) {
        const r = x < y ? -1 : 1;
        return compareResult(r, op);
      }
    }
  } else {
    for (let i = 0; i < v.len && i < w.len; i++) {
      const vi = getItem(v, i);
      const wi = getItem(w, i);
      if (!PyObject_RichCompareBool(vi, wi, CompareOp.EQ)) {
        if (op === CompareOp.EQ) return false;
        if (op === CompareOp.NE) return true;
        return PyObject_RichCompare(vi, wi, op);
      }
    }
  }
  return compareResult(v.len - w.len, op);
}

function compareResult(r: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT:
      return r < 0;
    case CompareOp.LE:
      return r <= 0;
    case CompareOp.EQ:
      return r === 0;
    case CompareOp.NE:
      return r !== 0;
    case CompareOp.GT:
      return r > 0;
    default:
      return r >= 0;
  }
}

function arrayLength(self: PyValue): number {
  return A(self).len;
}

function arrayItem(self: PyValue, i: number): PyValue {
  const a = A(self);
  if (i < 0 || i >= a.len) throw indexError('array index out of range');
  return getItem(a, i);
}

function arrayAssItem(self: PyValue, i: number, v: PyValue | null): void {
  const a = A(self);
  if (i < 0 || i >= a.len) throw indexError('array assignment index out of range');
  if (v === null) delSlice(a, i, i + 1);
  else setItem(a, i, v);
}

function arrayConcat(self: PyValue, bb: PyValue): PyValue {
  const a = A(self);
  if (!isArray(bb)) throw typeError(`can only append array (not "${typeOf(bb).tp_name}") to array`);
  if (a.desc !== bb.desc) throw typeError('bad argument type for built-in operation');
  const np = newArray(ArrayType, a.len + bb.len, a.desc);
  np.buf.set(a.bytes());
  np.buf.set(bb.bytes(), a.len * a.desc.itemsize);
  return np;
}

function arrayRepeat(self: PyValue, n: number): PyValue {
  const a = A(self);
  if (n < 0) n = 0;
  if (a.len !== 0 && n > Number.MAX_SAFE_INTEGER / a.len) throw memoryError();
  const np = newArray(ArrayType, a.len * n, a.desc);
  const src = a.bytes();
  for (let i = 0; i < n; i++) np.buf.set(src, i * src.length);
  return np;
}

function arrayContains(self: PyValue, v: PyValue): boolean {
  const a = A(self);
  for (let i = 0; i < a.len; i++) if (PyObject_RichCompareBool(getItem(a, i), v, CompareOp.EQ)) return true;
  return false;
}

function arrayInplaceConcat(self: PyValue, bb: PyValue): PyValue {
  if (!isArray(bb)) throw typeError(`can only extend array with array (not "${typeOf(bb).tp_name}")`);
  doExtend(A(self), bb);
  return self;
}

function arrayInplaceRepeat(self: PyValue, n: number): PyValue {
  const a = A(self);
  if (a.len > 0 && n !== 1) {
    if (n < 0) n = 0;
    const src = a.bytes().slice();
    if (n > 0 && src.length * n > 2 ** 32) throw memoryError();
    resize(a, n * a.len);
    for (let i = 0; i < n; i++) a.buf.set(src, i * src.length);
  }
  return self;
}

function isIndexLike(v: PyValue): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || typeOf(v).nb_index !== null;
}

function arraySubscript(self: PyValue, item: PyValue): PyValue {
  const a = A(self);
  if (isIndexLike(item)) {
    let i = PyNumber_AsSsize_t(item, true);
    if (i < 0) i += a.len;
    return arrayItem(self, i);
  }
  if (item instanceof PySlice) {
    const [start, , step, count] = sliceIndices(item, a.len);
    const np = newArray(ArrayType, Math.max(count, 0), a.desc);
    const size = a.desc.itemsize;
    if (step === 1) np.buf.set(a.buf.subarray(start * size, (start + count) * size));
    else for (let i = 0, cur = start; i < count; i++, cur += step) np.buf.set(a.buf.subarray(cur * size, cur * size + size), i * size);
    return np;
  }
  throw typeError('array indices must be integers');
}

/** CPython: array_ass_subscr */
function arrayAssSubscript(self: PyValue, item: PyValue, value: PyValue | null): void {
  const a = A(self);
  let start: number;
  let stop: number;
  let step: number;
  let slicelength: number;
  if (isIndexLike(item)) {
    let i = PyNumber_AsSsize_t(item, true);
    if (i < 0) i += a.len;
    if (i < 0 || i >= a.len) throw indexError('array assignment index out of range');
    if (value !== null) {
      setItem(a, i, value);
      return;
    }
    [start, stop, step, slicelength] = [i, i + 1, 1, 1];
  } else if (item instanceof PySlice) {
    [start, stop, step, slicelength] = sliceIndices(item, a.len);
  } else {
    throw typeError('array indices must be integers');
  }
  let other: PyArray | null = null;
  let needed = 0;
  if (value !== null) {
    if (!isArray(value)) throw typeError(`can only assign array (not "${typeOf(value).tp_name}") to array slice`);
    if (value === a) {
      arrayAssSubscript(self, item, slice(a, ArrayType, 0, a.len));
      return;
    }
    if (value.desc !== a.desc) throw typeError('bad argument type for built-in operation');
    other = value;
    needed = value.len;
  }
  const size = a.desc.itemsize;
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  if ((needed === 0 || slicelength !== needed) && a.bufferExports > 0) cannotResize();
  if (step === 1) {
    const n = a.len;
    if (slicelength > needed) {
      a.buf.copyWithin((start + needed) * size, stop * size, n * size);
      resize(a, n + needed - slicelength);
    } else if (slicelength < needed) {
      resize(a, n + needed - slicelength);
      a.buf.copyWithin((start + needed) * size, stop * size, n * size);
    }
    if (needed > 0) a.buf.set(other!.bytes(), start * size);
    return;
  }
  if (needed === 0) {
    // Delete an extended slice: keep the items not selected, in order.
    const keep: Uint8Array[] = [];
    const selected = new Set<number>();
    for (let i = 0, cur = start; i < slicelength; i++, cur += step) selected.add(cur);
    for (let i = 0; i < a.len; i++) if (!selected.has(i)) keep.push(a.buf.slice(i * size, i * size + size));
    keep.forEach((b, i) => a.buf.set(b, i * size));
    resize(a, a.len - slicelength);
    return;
  }
  if (needed !== slicelength) throw valueError(`attempt to assign array of size ${needed} to extended slice of size ${slicelength}`);
  for (let i = 0, cur = start; i < slicelength; i++, cur += step) a.buf.set(other!.buf.subarray(i * size, i * size + size), cur * size);
}

// ---- methods ----

function arrayAppend(self: PyValue, v: PyValue): PyValue {
  ins1(A(self), A(self).len, v);
  return None;
}

function arrayBufferInfo(self: PyValue): PyTuple {
  // Differs from CPython: there is no C address; a stable fake one stands in for it.
  return new PyTuple([A(self).len === 0 && A(self).buf === EMPTY ? 0 : 0x10000, A(self).len]);
}

function arrayByteswap(self: PyValue): PyValue {
  const a = A(self);
  const size = a.desc.itemsize;
  const b = a.buf;
  for (let p = 0; p < a.len * size; p += size) b.subarray(p, p + size).reverse();
  return None;
}

function arrayClear(self: PyValue): PyValue {
  resize(A(self), 0);
  return None;
}

function arrayCopy(self: PyValue): PyValue {
  const a = A(self);
  return slice(a, ArrayType, 0, a.len);
}

function arrayCount(self: PyValue, v: PyValue): number {
  const a = A(self);
  let n = 0;
  for (let i = 0; i < a.len; i++) if (PyObject_RichCompareBool(getItem(a, i), v, CompareOp.EQ)) n++;
  return n;
}

function arrayExtend(self: PyValue, bb: PyValue): PyValue {
  doExtend(A(self), bb);
  return None;
}

function arrayFromfile(self: PyValue, f: PyValue, nObj: PyValue): PyValue {
  const a = A(self);
  const n = ssizeArg(nObj);
  if (n < 0) throw valueError('negative count');
  const nbytes = n * a.desc.itemsize;
  const b = PyObject_CallMethod(f, 'read', [nbytes]);
  if (!(b instanceof PyBytes)) throw typeError("read() didn't return bytes");
  frombytes(a, b);
  if (b.data.length !== nbytes) throw newException(PyExc_EOFError, ["read() didn't return enough bytes"]);
  return None;
}

function arrayFromlist(self: PyValue, list: PyValue): PyValue {
  const a = A(self);
  if (!(list instanceof PyList)) throw typeError('arg must be list');
  const n = list.items.length;
  if (n > 0) {
    const old = a.len;
    resize(a, old + n);
    for (let i = 0; i < n; i++) {
      try {
        setItem(a, a.len - n + i, list.items[i]);
        if (n !== list.items.length) throw runtimeError('list changed size during iteration');
      } catch (e) {
        resize(a, old);
        throw e;
      }
    }
  }
  return None;
}

function arrayFrombytes(self: PyValue, buffer: PyValue): PyValue {
  frombytes(A(self), buffer);
  return None;
}

function arrayFromunicode(self: PyValue, ustr: PyValue): PyValue {
  const a = A(self);
  if (!isStrValue(ustr)) throw typeError(`fromunicode() argument must be str, not ${typeOf(ustr).tp_name}`);
  const c = a.desc.typecode;
  if (c !== 'u' && c !== 'w') throw valueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')");
  const code = codePointValues(strValue(ustr));
  const old = a.len;
  resize(a, old + code.length);
  for (let i = 0; i < code.length; i++) a.dv.setUint32((old + i) * 4, code[i], true);
  return None;
}

function arrayIndex(self: PyValue, v: PyValue, startObj: PyValue | undefined, stopObj: PyValue | undefined): number {
  const a = A(self);
  let start = startObj === undefined ? 0 : sliceIndexNotNone(startObj);
  let stop = stopObj === undefined ? 2 ** 63 : sliceIndexNotNone(stopObj);
  if (start < 0) {
    start += a.len;
    if (start < 0) start = 0;
  }
  if (stop < 0) stop += a.len;
  for (let i = start; i < stop && i < a.len; i++) if (PyObject_RichCompareBool(getItem(a, i), v, CompareOp.EQ)) return i;
  throw valueError('array.index(x): x not in array');
}

function arrayInsert(self: PyValue, iObj: PyValue, v: PyValue): PyValue {
  ins1(A(self), ssizeArg(iObj), v);
  return None;
}

function arrayPop(self: PyValue, iObj: PyValue | undefined): PyValue {
  const a = A(self);
  let i = iObj === undefined ? -1 : ssizeArg(iObj);
  if (a.len === 0) throw indexError('pop from empty array');
  if (i < 0) i += a.len;
  if (i < 0 || i >= a.len) throw indexError('pop index out of range');
  const v = getItem(a, i);
  delSlice(a, i, i + 1);
  return v;
}

function arrayRemove(self: PyValue, v: PyValue): PyValue {
  const a = A(self);
  for (let i = 0; i < a.len; i++) {
    if (PyObject_RichCompareBool(getItem(a, i), v, CompareOp.EQ)) {
      delSlice(a, i, i + 1);
      return None;
    }
  }
  throw valueError('array.remove(x): x not in array');
}

function arrayReverse(self: PyValue): PyValue {
  const a = A(self);
  const size = a.desc.itemsize;
  for (let p = 0, q = (a.len - 1) * size; p < q; p += size, q -= size) {
    const t = a.buf.slice(p, p + size);
    a.buf.copyWithin(p, q, q + size);
    a.buf.set(t, q);
  }
  return None;
}

function arrayTofile(self: PyValue, f: PyValue): PyValue {
  const data = A(self).bytes();
  const BLOCK = 64 * 1024;
  for (let i = 0; i < data.length; i += BLOCK) PyObject_CallMethod(f, 'write', [new PyBytes(data.slice(i, i + BLOCK))]);
  return None;
}

function arrayTolist(self: PyValue): PyList {
  return new PyList(tolist(A(self)));
}

function arrayTobytes(self: PyValue): PyBytes {
  return new PyBytes(A(self).bytes().slice());
}

/** CPython: array_array_tounicode_impl ('u' through PyUnicode_FromWideChar, 'w' through the UTF-32 decoder) */
function tounicode(a: PyArray): string {
  const c = a.desc.typecode;
  if (c !== 'u' && c !== 'w') throw valueError("tounicode() may only be called on unicode type arrays ('u' or 'w')");
  let s = '';
  for (let i = 0; i < a.len; i++) {
    const code = c === 'u' ? a.dv.getInt32(i * 4, true) : a.dv.getUint32(i * 4, true);
    if (c === 'u') {
      if (code < 0 || code > 0x10ffff) throw valueError(`character U+${(code >>> 0).toString(16)} is not in range [U+0000; U+10ffff]`);
    } else if (code > 0x10ffff || (code >= 0xd800 && code < 0xe000)) {
      const reason = code > 0x10ffff ? 'code point not in range(0x110000)' : 'code point in surrogate code point range(0xd800, 0xe000)';
      throw newUnicodeDecodeError('utf-32-le', new PyBytes(a.bytes().slice()), i * 4, i * 4 + 4, reason);
    }
    s += String.fromCodePoint(code);
  }
  return s;
}

function arraySizeof(self: PyValue): number {
  // sizeof(arrayobject) on 64-bit CPython, plus the allocated items.
  const a = A(self);
  return 64 + a.allocated * a.desc.itemsize;
}

// ---- pickling ----

/** The machine format code of a typecode on little-endian 64-bit Linux.  CPython: typecode_to_mformat_code */
function mformatCode(c: string): number {
  switch (c) {
    case 'b':
      return 1;
    case 'B':
      return 0;
    case 'u':
    case 'w':
      return 20;
    case 'f':
      return 14;
    case 'd':
      return 16;
  }
  const d = descrOf(c)!;
  const base = d.itemsize === 2 ? 2 : d.itemsize === 4 ? 6 : 10;
  return base + (d.isSigned ? 2 : 0);
}

function arrayReduceEx(self: PyValue, value: PyValue): PyTuple {
  const a = A(self);
  const reconstructor = PyObject_GetAttr(importModule('array'), '_array_reconstructor');
  if (!isIntValue(value)) throw typeError('__reduce_ex__ argument should be an integer');
  const protocol = intValue(value);
  let dict: PyValue = None;
  try {
    dict = PyObject_GetAttr(self, '__dict__');
  } catch (e) {
    if (!exceptionMatches(e as PyValue, PyExc_AttributeError)) throw e;
  }
  const c = a.desc.typecode;
  if (protocol < 3) return new PyTuple([typeOf(self), new PyTuple([c, new PyList(tolist(a))]), dict]);
  return new PyTuple([reconstructor, new PyTuple([typeOf(self), c, mformatCode(c), arrayTobytes(a)]), dict]);
}

const MFORMATS: readonly [size: number, signed: boolean, bigEndian: boolean][] = [
  [1, false, false], [1, true, false], [2, false, false], [2, false, true], [2, true, false], [2, true, true],
  [4, false, false], [4, false, true], [4, true, false], [4, true, true], [8, false, false], [8, false, true],
  [8, true, false], [8, true, true], [4, false, false], [4, false, true], [8, false, false], [8, false, true],
  [4, false, false], [4, false, true], [8, false, false], [8, false, true],
];

/** Rebuilds a pickled array, converting items written by another machine.  CPython: array__array_reconstructor_impl */
function arrayReconstructor(_m: PyValue, arraytype: PyValue, typecodeObj: PyValue, mformatObj: PyValue, items: PyValue): PyValue {
  if (!isStrValue(typecodeObj)) throw typeError(`_array_reconstructor() argument 2 must be a unicode character, not ${typeOf(typecodeObj).tp_name}`);
  const tcs = codePointValues(strValue(typecodeObj));
  if (tcs.length !== 1) throw typeError(`_array_reconstructor(): argument 2 must be a unicode character, not a string of length ${tcs.length}`);
  const mformat = intArg(mformatObj);
  if (!(arraytype instanceof PyObject && typeOf(arraytype).tp_flags & TPFLAGS.TYPE_SUBCLASS)) {
    throw typeError(`first argument must be a type object, not ${typeOf(arraytype).tp_name}`);
  }
  const type = arraytype as PyType;
  if (!PyType_IsSubtype(type, ArrayType)) throw typeError(`${type.tp_name} is not a subtype of ${ArrayType.tp_name}`);
  let c = String.fromCodePoint(tcs[0]);
  const desc = descrOf(c);
  if (desc === undefined) throw valueError('second argument must be a valid type code');
  if (mformat < 0 || mformat > 21) throw valueError('third argument must be a valid machine format code.');
  if (!(items instanceof PyBytes)) throw typeError(`fourth argument should be bytes, not ${typeOf(items).tp_name}`);
  if (mformat === mformatCode(c)) return arrayNew(type, [c, items], null);
  const [size, signed, big] = MFORMATS[mformat];
  const data = items.data;
  if (data.length % size !== 0) throw valueError('string length not a multiple of item size');
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const le = !big;
  let converted: PyValue;
  if (mformat >= 14 && mformat <= 17) {
    const out: PyValue[] = [];
    for (let off = 0; off < data.length; off += size) out.push(new PyFloat(size === 4 ? dv.getFloat32(off, le) : dv.getFloat64(off, le)));
    converted = new PyList(out);
  } else if (mformat >= 18) {
    converted = decodeUnicodeItems(data, mformat);
  } else {
    for (const d of DESCRIPTORS) if (d.isInteger && d.itemsize === size && d.isSigned === signed) c = d.typecode;
    const out: PyValue[] = [];
    for (let off = 0; off < data.length; off += size) {
      let n = 0n;
      for (let k = 0; k < size; k++) n = (n << 8n) | BigInt(data[off + (le ? size - 1 - k : k)]);
      if (signed && n >= 1n << BigInt(size * 8 - 1)) n -= 1n << BigInt(size * 8);
      out.push(n >= -(2n ** 53n) + 1n && n <= 2n ** 53n - 1n ? Number(n) : n);
    }
    converted = new PyList(out);
  }
  return arrayNew(type, [c, converted], null);
}

/** UTF-16/UTF-32 items of another machine, decoded strictly.  CPython: PyUnicode_DecodeUTF16/32 */
function decodeUnicodeItems(data: Uint8Array, mformat: number): string {
  const le = mformat === 18 || mformat === 20;
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let s = '';
  if (mformat <= 19) {
    const units: number[] = [];
    for (let off = 0; off + 1 < data.length; off += 2) units.push(dv.getUint16(off, le));
    s = String.fromCharCode(...units);
    return s;
  }
  for (let off = 0; off < data.length; off += 4) {
    const code = dv.getUint32(off, le);
    if (code > 0x10ffff || (code >= 0xd800 && code < 0xe000)) {
      const reason = code > 0x10ffff ? 'code point not in range(0x110000)' : 'code point in surrogate code point range(0xd800, 0xe000)';
      throw newUnicodeDecodeError(le ? 'utf-32-le' : 'utf-32-be', new PyBytes(data.slice()), off, off + 4, reason);
    }
    s += String.fromCodePoint(code);
  }
  return s;
}

/** An int argument (clinic's int converter). */
function intArg(v: PyValue): number {
  const i = PyNumber_AsSsize_t(v, false);
  if (i > 2147483647 || i < -2147483648) throw typeError('Python int too large to convert to C int');
  return i;
}

// ---- the iterator ----

export class PyArrayIter extends PyObject {
  index = 0;
  constructor(public ao: PyArray | null) {
    super();
  }
}

function arrayIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyArrayIter;
  const a = it.ao;
  if (a === null) return undefined;
  if (it.index < a.len) return getItem(a, it.index++);
  it.ao = null;
  return undefined;
}

function arrayIterReduce(self: PyValue): PyTuple {
  const it = self as PyArrayIter;
  if (it.ao === null) return reduceExhausted() as PyTuple;
  return new PyTuple([builtinIter(), new PyTuple([it.ao]), it.index]);
}

function arrayIterSetstate(self: PyValue, state: PyValue): PyValue {
  const it = self as PyArrayIter;
  if (!isIntValue(state)) throw typeError('an integer is required');
  let index = ssizeArg(state);
  if (it.ao !== null) {
    if (index < 0) index = 0;
    else if (index > it.ao.len) index = it.ao.len;
    it.index = index;
  }
  return None;
}

// ---- the types and the module ----

function tp(s: PyValue): PyArray {
  return A(s);
}

export const ArrayType: PyType = defineBuiltinType({
  name: 'array.array',
  doc: 'array(typecode [, initializer]) -> array\n\nA compact sequence of numbers or characters of one C type, given by typecode.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.SEQUENCE,
  instanceClass: PyArray,
  weakrefable: true,
  slots: {
    tp_new: arrayNew,
    tp_repr: arrayRepr,
    tp_richcompare: arrayRichcompare,
    tp_iter: (s: PyValue) => new PyArrayIter(tp(s)),
    tp_hash: null,
  },
  sequence: {
    sq_length: arrayLength,
    sq_concat: arrayConcat,
    sq_repeat: arrayRepeat,
    sq_item: arrayItem,
    sq_ass_item: arrayAssItem,
    sq_contains: arrayContains,
    sq_inplace_concat: arrayInplaceConcat,
    sq_inplace_repeat: arrayInplaceRepeat,
  },
  mapping: {
    mp_length: arrayLength,
    mp_subscript: arraySubscript,
    mp_ass_subscript: arrayAssSubscript,
    bf_getbuffer: (s: PyValue) => tp(s).bytes(),
  },
  methods: {
    append: { sig: '($self, v, /)', impl: arrayAppend, doc: 'Appends v.' },
    buffer_info: { sig: '($self, /)', impl: arrayBufferInfo, doc: 'The (address, length) of the storage; length counts items.' },
    byteswap: { sig: '($self, /)', impl: arrayByteswap, doc: 'Reverses the byte order of every item.' },
    clear: { sig: '($self, /)', impl: arrayClear, doc: 'Removes every item.' },
    __copy__: { sig: '($self, /)', impl: arrayCopy, doc: 'A copy of the array.' },
    count: { sig: '($self, v, /)', impl: arrayCount, doc: 'How many items equal v.' },
    __deepcopy__: { sig: '($self, unused, /)', impl: (s: PyValue) => arrayCopy(s), doc: 'A copy of the array.' },
    extend: { sig: '($self, bb, /)', impl: arrayExtend, doc: 'Appends the items of an iterable (or an array of the same typecode).' },
    fromfile: { sig: '($self, f, n, /)', impl: arrayFromfile, doc: 'Appends n items read from the file object f.' },
    fromlist: { sig: '($self, list, /)', impl: arrayFromlist, doc: 'Appends the items of a list, all or none.' },
    frombytes: { sig: '($self, buffer, /)', impl: arrayFrombytes, doc: 'Appends items given as machine values.' },
    fromunicode: { sig: '($self, ustr, /)', impl: arrayFromunicode, doc: "Appends the characters of a str (typecodes 'u' and 'w')." },
    index: { sig: '($self, v, start=0, stop=sys.maxsize, /)', impl: arrayIndex, doc: 'The index of the first item equal to v.' },
    insert: { sig: '($self, i, v, /)', impl: arrayInsert, doc: 'Inserts v before position i.' },
    pop: { sig: '($self, i=-1, /)', impl: arrayPop, doc: 'Removes and returns the item at i (the last by default).' },
    __reduce_ex__: { sig: '($self, value, /)', impl: arrayReduceEx, doc: 'Pickling support.' },
    remove: { sig: '($self, v, /)', impl: arrayRemove, doc: 'Removes the first item equal to v.' },
    reverse: { sig: '($self, /)', impl: arrayReverse, doc: 'Reverses the items in place.' },
    tofile: { sig: '($self, f, /)', impl: arrayTofile, doc: 'Writes the items as machine values to the file object f.' },
    tolist: { sig: '($self, /)', impl: arrayTolist, doc: 'The items as a list.' },
    tobytes: { sig: '($self, /)', impl: arrayTobytes, doc: 'The items as machine values.' },
    tounicode: { sig: '($self, /)', impl: (s: PyValue) => tounicode(A(s)), doc: "The items as a str (typecodes 'u' and 'w')." },
    __sizeof__: { sig: '($self, /)', impl: arraySizeof, doc: 'Size of the array in memory, in bytes.' },
    __class_getitem__: genericAliasClassMethod('See PEP 585'),
  },
  getset: {
    typecode: { get: (a: PyArray) => a.desc.typecode, doc: 'the typecode character used to create the array' },
    itemsize: { get: (a: PyArray) => a.desc.itemsize, doc: 'the size, in bytes, of one array item' },
  },
});

export const ArrayIterType: PyType = defineBuiltinType({
  name: 'array.arrayiterator',
  flags: TPFLAGS.DISALLOW_INSTANTIATION,
  instanceClass: PyArrayIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: arrayIterNext },
  methods: {
    __reduce__: { sig: '($self, /)', impl: arrayIterReduce, doc: 'Pickling support.' },
    __setstate__: { sig: '($self, state, /)', impl: arrayIterSetstate, doc: 'Unpickling support.' },
  },
});

export const arrayModule = defineModule({
  name: 'array',
  doc: moduleDoc('array'),
  functions: withDocs('array', {
    _array_reconstructor: { sig: '($module, arraytype, typecode, mformat_code, items,\n                     /)', impl: arrayReconstructor, doc: 'Rebuilds a pickled array.' },
  }),
  constants: () => ({ ArrayType, array: ArrayType, typecodes: TYPECODES }),
  init: () => {
    const abc = importModule('collections.abc');
    PyObject_CallMethod(PyObject_GetAttr(abc, 'MutableSequence'), 'register', [ArrayType]);
  },
});
