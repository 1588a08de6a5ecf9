// The memoryview type: views of the bytes of another object, with native single-character formats,
// casts, slicing, release and the context manager protocol.  CPython: Objects/memoryobject.c
//
// A view is (data, offset, shape, strides, format, itemsize) over the exporter's Uint8Array. The
// views made from one memoryview(obj) call share a ManagedBuffer; the exporter's bufferExports
// count (bytearray) drops when the last of them is released.
// Differs from CPython: views are released by release() or `with`, never by reference counting,
// so a view that is merely dropped keeps a bytearray from resizing.
import { NotImplemented, None, Ellipsis, PyObject, type PyValue as V, type PyIntValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { isStrValue, strValue, isIntValue } from './boxes.ts';
import { PyTuple, EMPTY_TUPLE } from './tuple.ts';
import { PyList } from './list.ts';
import { PyFloat, PyFloat_AsDouble } from './float.ts';
import { PySlice, sliceIndices } from './slice.ts';
import { PyNumber_Index, PyObject_IsTrue, PyObject_RichCompareBool, PyObject_Hash } from './abstract.ts';
import { typeError, valueError, indexError, notImplementedError, overflowError, newException, PyExc_BufferError, exceptionMatches, PyExc_TypeError, PyExc_OverflowError, PyExc_ValueError } from './exceptions.ts';
import { parseSignature, bindArguments } from './getargs.ts';
import { addressOf } from './id.ts';
import { PyBytes } from './bytes.ts';
import { PyByteArray } from './bytearray.ts';
import { hexString } from './bytes/hex.ts';
import { checkBuffer, isCContiguousLayout } from './bytes/buffer.ts';
import { genericAliasClassMethod } from './genericalias.ts';
import { ssizeArg, sliceIndexArg } from './str/args.ts';
import { gcRoots, markReachable } from '../vm/gc-trace.ts';

/** The exporter side of a group of views.  CPython: _PyManagedBufferObject */
class ManagedBuffer {
  views = 0;
  /** The views made on it that are not released (weakly: only while some export is being checked). */
  live: WeakRef<PyMemoryView>[] = [];
  constructor(
    readonly obj: V,
    readonly data: Uint8Array,
    readonly readonly: boolean,
  ) {}
}

export class PyMemoryView extends PyObject {
  released = false;
  /** Buffers this view itself exports (always 0 from Python code; kept for release()'s check). */
  exports = 0;
  private hashCache: PyIntValue | null = null;

  constructor(
    public mbuf: ManagedBuffer,
    public offset: number,
    public format: string,
    public itemsize: number,
    public shape: number[],
    public strides: number[],
    public readonly: boolean,
  ) {
    super();
    mbuf.views++;
    if (isWritableExporter(mbuf.obj)) noteView(mbuf, this);
  }

  get data(): Uint8Array {
    return this.mbuf.data;
  }

  cachedHash(): PyIntValue | null {
    return this.hashCache;
  }

  setHash(h: PyIntValue): void {
    this.hashCache = h;
  }
}

const FORMAT_SIZES: { [c: string]: number } = { c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, e: 2, P: 8 };

/** The format character and item size of a native single-character format ('@' allowed), or null. */
function nativeFormat(fmt: string): [string, number] | null {
  const f = fmt[0] === '@' ? fmt.slice(1) : fmt;
  if (f.length !== 1) return null;
  const n = FORMAT_SIZES[f];
  return n === undefined ? null : [f, n];
}

function released(): never {
  throw valueError('operation forbidden on released memoryview object');
}

function MV(v: V): PyMemoryView {
  const m = v as PyMemoryView;
  if (m.released) released();
  return m;
}

function isWritableExporter(obj: V): boolean {
  return typeof obj === 'object' && 'bufferExports' in obj;
}

function nbytes(m: PyMemoryView): number {
  let n = m.itemsize;
  for (const s of m.shape) n *= s;
  return n;
}

function isCContiguous(m: PyMemoryView): boolean {
  return isCContiguousLayout(m.itemsize, m.shape, m.strides);
}

function isFContiguous(m: PyMemoryView): boolean {
  let sd = m.itemsize;
  for (let i = 0; i < m.shape.length; i++) {
    if (m.shape[i] > 1 && m.strides[i] !== sd) return false;
    sd *= m.shape[i];
  }
  return true;
}

/** Byte offsets of every item, in C order. */
function itemOffsets(m: PyMemoryView): number[] {
  const out: number[] = [];
  const walk = (dim: number, base: number): void => {
    if (dim === m.shape.length) {
      out.push(base);
      return;
    }
    for (let i = 0; i < m.shape[dim]; i++) walk(dim + 1, base + i * m.strides[dim]);
  };
  walk(0, m.offset);
  return out;
}

/** The bytes of the view in C order (a live subarray when contiguous). */
export function memoryviewBytes(v: PyMemoryView): Uint8Array {
  const m = MV(v);
  const n = nbytes(m);
  if (isCContiguous(m)) return m.data.subarray(m.offset, m.offset + n);
  const out = new Uint8Array(n);
  let o = 0;
  for (const off of itemOffsets(m)) {
    out.set(m.data.subarray(off, off + m.itemsize), o);
    o += m.itemsize;
  }
  return out;
}

// ---- items: struct-style unpacking and packing of native formats ----

function dataView(m: PyMemoryView): DataView {
  return new DataView(m.data.buffer, m.data.byteOffset, m.data.byteLength);
}

function halfToFloat(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return s * f * 2 ** -24;
  if (e === 31) return f ? NaN : s * Infinity;
  return s * (1 + f / 1024) * 2 ** (e - 15);
}

function floatToHalf(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (e < -14) {
    const f = Math.round(a / 2 ** -24);
    return sign | f;
  }
  let f = a / 2 ** e - 1;
  let m = f * 1024;
  const r = Math.round(m);
  // round half to even
  m = Math.abs(m - Math.trunc(m) - 0.5) < 1e-12 ? (Math.trunc(m) % 2 === 0 ? Math.trunc(m) : Math.trunc(m) + 1) : r;
  if (m === 1024) {
    m = 0;
    e++;
  }
  f = m;
  if (e > 15) throw overflowError('float too large to pack with e format');
  return sign | ((e + 15) << 10) | f;
}

function unpackAt(m: PyMemoryView, off: number): V {
  const dv = dataView(m);
  switch (m.format[m.format.length - 1]) {
    case 'B':
      return m.data[off];
    case 'b':
      return dv.getInt8(off);
    case 'c':
      return new PyBytes(m.data.slice(off, off + 1));
    case '?':
      return m.data[off] !== 0;
    case 'h':
      return dv.getInt16(off, true);
    case 'H':
      return dv.getUint16(off, true);
    case 'i':
      return dv.getInt32(off, true);
    case 'I':
      return dv.getUint32(off, true);
    case 'l':
    case 'q':
    case 'n':
      return normBig(dv.getBigInt64(off, true));
    case 'L':
    case 'Q':
    case 'N':
    case 'P':
      return normBig(dv.getBigUint64(off, true));
    case 'f':
      return new PyFloat(dv.getFloat32(off, true));
    case 'd':
      return new PyFloat(dv.getFloat64(off, true));
    case 'e':
      return new PyFloat(halfToFloat(dv.getUint16(off, true)));
  }
  throw notImplementedError(`memoryview: format ${m.format} not supported`);
}

function normBig(b: bigint): PyIntValue {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

const INT_RANGES: { [c: string]: [bigint, bigint] } = {
  b: [-128n, 127n],
  B: [0n, 255n],
  h: [-32768n, 32767n],
  H: [0n, 65535n],
  i: [-2147483648n, 2147483647n],
  I: [0n, 4294967295n],
  l: [-(2n ** 63n), 2n ** 63n - 1n],
  q: [-(2n ** 63n), 2n ** 63n - 1n],
  n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n],
  Q: [0n, 2n ** 64n - 1n],
  N: [0n, 2n ** 64n - 1n],
  P: [0n, 2n ** 64n - 1n],
};

function packAt(m: PyMemoryView, off: number, item: V): void {
  const f = m.format[m.format.length - 1];
  const dv = dataView(m);
  const fmt = m.format;
  const typeErr = (): never => {
    throw typeError(`memoryview: invalid type for format '${fmt}'`);
  };
  const valueErr = (): never => {
    throw valueError(`memoryview: invalid value for format '${fmt}'`);
  };
  if (f === 'c') {
    if (!(item instanceof PyBytes)) typeErr();
    if ((item as PyBytes).data.length !== 1) valueErr();
    m.data[off] = (item as PyBytes).data[0];
    return;
  }
  if (f === '?') {
    m.data[off] = PyObject_IsTrue(item) ? 1 : 0;
    return;
  }
  if (f === 'f' || f === 'd' || f === 'e') {
    let x: number;
    try {
      x = PyFloat_AsDouble(item);
    } catch (e) {
      if (exceptionMatches(e as V, PyExc_TypeError)) typeErr();
      if (exceptionMatches(e as V, PyExc_OverflowError) || exceptionMatches(e as V, PyExc_ValueError)) valueErr();
      throw e;
    }
    if (f === 'f') {
      if (Number.isFinite(x) && Math.abs(x) > 3.4028234663852886e38) throw overflowError('float too large to pack with f format');
      dv.setFloat32(off, x, true);
    } else if (f === 'd') dv.setFloat64(off, x, true);
    else dv.setUint16(off, floatToHalf(x), true);
    return;
  }
  let n: bigint;
  try {
    n = BigInt(PyNumber_Index(item));
  } catch (e) {
    if (exceptionMatches(e as V, PyExc_TypeError)) typeErr();
    if (exceptionMatches(e as V, PyExc_OverflowError) || exceptionMatches(e as V, PyExc_ValueError)) valueErr();
    throw e;
  }
  const [lo, hi] = INT_RANGES[f];
  if (n < lo || n > hi) valueErr();
  switch (f) {
    case 'B':
    case 'b':
      dv.setInt8(off, Number(BigInt.asIntN(8, n)));
      return;
    case 'h':
    case 'H':
      dv.setInt16(off, Number(BigInt.asIntN(16, n)), true);
      return;
    case 'i':
    case 'I':
      dv.setInt32(off, Number(BigInt.asIntN(32, n)), true);
      return;
    default:
      dv.setBigInt64(off, BigInt.asIntN(64, n), true);
  }
}

// ---- construction and release ----

/** memoryview(obj).  CPython: PyMemoryView_FromObject */
export function memoryviewFromObject(obj: V): PyMemoryView {
  if (obj instanceof PyMemoryView || (typeof obj === 'object' && 'exportView' in obj)) {
    // A memoryview, or an object that re-exports a view it holds (pickle.PickleBuffer).
    const m = obj instanceof PyMemoryView ? MV(obj) : (obj as unknown as { exportView(): PyMemoryView }).exportView();
    return new PyMemoryView(m.mbuf, m.offset, m.format, m.itemsize, m.shape.slice(), m.strides.slice(), m.readonly);
  }
  let data: Uint8Array | null = null;
  let readonly = true;
  if (obj instanceof PyBytes) data = obj.data;
  else if (obj instanceof PyByteArray) {
    data = obj.bytes();
    readonly = false;
  } else if (typeof obj === 'object') {
    for (const t of typeOf(obj).tp_mro) {
      if (t.bf_getbuffer !== null) {
        data = t.bf_getbuffer(obj);
        readonly = !isWritableExporter(obj);
        break;
      }
    }
  }
  if (data === null) throw typeError(`memoryview: a bytes-like object is required, not '${typeOf(obj).tp_name}'`);
  if (isWritableExporter(obj)) (obj as unknown as { bufferExports: number }).bufferExports++;
  const mbuf = new ManagedBuffer(obj, data, readonly);
  // An exporter with typed items (array.array) gives its format and item size.
  const [format, itemsize] = typeof obj === 'object' && 'bufferFormat' in obj ? (obj as unknown as { bufferFormat(): [string, number] }).bufferFormat() : ['B', 1];
  return new PyMemoryView(mbuf, 0, format, itemsize, [data.length / itemsize], [itemsize], readonly);
}

/**
 * A one-dimensional view of bytes that no Python object exports (its `obj` is None), as native code
 * passes its own buffer to a Python method; release it when the call returns.
 * CPython: PyMemoryView_FromBuffer
 */
export function memoryviewOverBytes(data: Uint8Array, readonly: boolean): PyMemoryView {
  return new PyMemoryView(new ManagedBuffer(None, data, readonly), 0, 'B', 1, [data.length], [1], readonly);
}

/** Releases a view made by memoryviewOverBytes (a no-op if the callee released it already). */
export function memoryviewRelease(m: PyMemoryView): void {
  if (m.exports === 0) releaseView(m);
}

// ---- views nobody can reach any more ----
// CPython releases a view when its last reference goes, so `memoryview(ba)[i:]` passed to a call
// and dropped no longer stops `ba` from resizing. pyts has no reference counts: an exporter that
// is asked to resize while exported checks, by marking from the roots (vm/gc-trace.ts), whether
// its views are still reachable, and releases those that are not.

/** The managed buffers of each writable exporter with views not yet released. */
const exportsOf = new WeakMap<object, ManagedBuffer[]>();

function noteView(mb: ManagedBuffer, view: PyMemoryView): void {
  const live = mb.live;
  // Forget the views the JS collector took, now and then (a loop slicing one view makes many).
  if (live.length >= 64 && (live.length & (live.length - 1)) === 0) {
    let j = 0;
    for (let i = 0; i < live.length; i++) if (live[i].deref() !== undefined) live[j++] = live[i];
    live.length = j;
  }
  live.push(new WeakRef(view));
  if (mb.views === 1) noteExport(mb);
}

function noteExport(mb: ManagedBuffer): void {
  const obj = mb.obj as object;
  const list = exportsOf.get(obj);
  if (list === undefined) exportsOf.set(obj, [mb]);
  else {
    for (let i = list.length - 1; i >= 0; i--) if (list[i].views === 0) list.splice(i, 1);
    list.push(mb);
  }
}

/**
 * Whether some view of `obj` (whose bufferExports is not 0) is still reachable; the views that are
 * not are released first.  Called where a resize would otherwise raise BufferError.
 */
export function stillExported(obj: object): boolean {
  const list = exportsOf.get(obj);
  if (list === undefined) return true;
  const views: PyMemoryView[] = [];
  for (const mb of list) {
    if (mb.views === 0) continue;
    for (const r of mb.live) {
      const v = r.deref();
      if (v !== undefined && !v.released) views.push(v);
    }
  }
  const targets = new Set<object>(views);
  const marked = new Set<object>();
  if (targets.size > 0 && markReachable(gcRoots(), marked, targets)) return true;
  for (const v of views) if (!marked.has(v) && v.exports === 0) releaseView(v);
  // Views the JS collector already took were unreachable too.
  for (const mb of list) {
    let alive = 0;
    for (const r of mb.live) {
      const v = r.deref();
      if (v !== undefined && !v.released) alive++;
    }
    while (mb.views > alive) {
      mb.views--;
      if (mb.views === 0) (obj as unknown as { bufferExports: number }).bufferExports--;
    }
    mb.live = mb.live.filter((r) => {
      const v = r.deref();
      return v !== undefined && !v.released;
    });
  }
  return (obj as unknown as { bufferExports: number }).bufferExports > 0;
}

function memoryviewNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  void type;
  const [obj] = bindArguments(parseSignature('(object)'), { short: 'memoryview', funcStr: 'memoryview()' }, args, kwnames) as V[];
  return memoryviewFromObject(obj);
}

function releaseView(m: PyMemoryView): void {
  if (m.released) return;
  if (m.exports > 0) throw newException(PyExc_BufferError, [`memoryview has ${m.exports} exported buffer${m.exports === 1 ? '' : 's'}`]);
  m.released = true;
  const mb = m.mbuf;
  if (--mb.views === 0 && isWritableExporter(mb.obj)) (mb.obj as unknown as { bufferExports: number }).bufferExports--;
}

// ---- slots ----

function mvRepr(self: V): string {
  const m = self as PyMemoryView;
  return m.released ? `<released memory at ${addressOf(m)}>` : `<memory at ${addressOf(m)}>`;
}

function mvLength(self: V): number {
  const m = MV(self);
  if (m.shape.length === 0) throw typeError('0-dim memory has no length');
  return m.shape[0];
}

function isIndex(v: V): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || typeOf(v).nb_index !== null;
}

function indexValue(v: V): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'number') return i;
  throw indexError(`cannot fit '${typeOf(v).tp_name}' into an index-sized integer`);
}

function lookupDim(m: PyMemoryView, dim: number, index: number): number {
  const n = m.shape[dim];
  if (index < 0) index += n;
  if (index < 0 || index >= n) throw indexError(`index out of bounds on dimension ${dim + 1}`);
  return m.strides[dim] * index;
}

function mvItem(self: V, i: number): V {
  const m = MV(self);
  if (m.shape.length === 0) throw typeError('invalid indexing of 0-dim memory');
  if (m.shape.length === 1) return unpackAt(m, m.offset + lookupDim(m, 0, i));
  throw notImplementedError('multi-dimensional sub-views are not implemented');
}

function isMultiIndex(key: V): key is PyTuple {
  return key instanceof PyTuple && key.items.every(isIndex);
}

function tupleOffset(m: PyMemoryView, key: PyTuple): number {
  const n = key.items.length;
  if (n > m.shape.length) throw typeError(`cannot index ${m.shape.length}-dimension view with ${n}-element tuple`);
  let off = m.offset;
  for (let d = 0; d < n; d++) off += lookupDim(m, d, indexValue(key.items[d]));
  return off;
}

function sliceView(m: PyMemoryView, key: PySlice): PyMemoryView {
  const [start, , step, count] = sliceIndices(key, m.shape[0]);
  const shape = m.shape.slice();
  const strides = m.strides.slice();
  const offset = m.offset + start * m.strides[0];
  shape[0] = count;
  strides[0] = m.strides[0] * step;
  return new PyMemoryView(m.mbuf, offset, m.format, m.itemsize, shape, strides, m.readonly);
}

function mvSubscript(self: V, key: V): V {
  const m = MV(self);
  if (m.shape.length === 0) {
    if (key instanceof PyTuple && key.items.length === 0) return unpackAt(m, m.offset);
    if (key === Ellipsis) return self;
    throw typeError('invalid indexing of 0-dim memory');
  }
  if (isIndex(key)) return mvItem(self, indexValue(key));
  if (key instanceof PySlice) return sliceView(m, key);
  if (isMultiIndex(key)) {
    if (key.items.length < m.shape.length) throw notImplementedError('sub-views are not implemented');
    return unpackAt(m, tupleOffset(m, key));
  }
  if (key instanceof PyTuple && key.items.every((x) => x instanceof PySlice || isIndex(x))) {
    throw notImplementedError('multi-dimensional slicing is not implemented');
  }
  throw typeError('memoryview: invalid slice key');
}

function mvAssSubscript(self: V, key: V, value: V | null): void {
  const m = MV(self);
  if (m.readonly) throw typeError('cannot modify read-only memory');
  if (value === null) throw typeError('cannot delete memory');
  if (m.shape.length === 0) {
    if (key === Ellipsis || (key instanceof PyTuple && key.items.length === 0)) return packAt(m, m.offset, value);
    throw typeError('invalid indexing of 0-dim memory');
  }
  if (isIndex(key)) {
    if (m.shape.length > 1) throw notImplementedError('sub-views are not implemented');
    const i = indexValue(key);
    return packAt(m, m.offset + lookupDim(m, 0, i), value);
  }
  if (key instanceof PySlice && m.shape.length === 1) {
    if (!(value instanceof PyMemoryView) && !checkBuffer(value)) throw typeError(`a bytes-like object is required, not '${typeOf(value).tp_name}'`);
    const src = value instanceof PyMemoryView ? MV(value) : memoryviewFromObject(value);
    try {
      const dest = sliceView(m, key);
      const sameFormat = (src.format.replace('@', '') === dest.format.replace('@', '')) && src.itemsize === dest.itemsize;
      if (!sameFormat || src.shape.length !== 1 || src.shape[0] !== dest.shape[0]) {
        throw valueError('memoryview assignment: lvalue and rvalue have different structures');
      }
      const bytes = memoryviewBytes(src).slice();
      const offs = itemOffsets(dest);
      for (let k = 0; k < offs.length; k++) m.data.set(bytes.subarray(k * m.itemsize, (k + 1) * m.itemsize), offs[k]);
      releaseView(dest);
    } finally {
      if (src !== value) releaseView(src);
    }
    return;
  }
  if (isMultiIndex(key)) {
    if (key.items.length < m.shape.length) throw notImplementedError('sub-views are not implemented');
    return packAt(m, tupleOffset(m, key), value);
  }
  if (key instanceof PySlice || (key instanceof PyTuple && key.items.every((x) => x instanceof PySlice || isIndex(x)))) {
    throw notImplementedError('memoryview slice assignments are currently restricted to ndim = 1');
  }
  throw typeError('memoryview: invalid slice key');
}

function mvRichcompare(a: V, b: V, op: CompareOp): V {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return NotImplemented;
  const v = a as PyMemoryView;
  let equal: boolean;
  if (v.released || (b instanceof PyMemoryView && b.released)) equal = a === b;
  else {
    let w: PyMemoryView;
    let temp = false;
    if (b instanceof PyMemoryView) w = b;
    else {
      try {
        w = memoryviewFromObject(b);
        temp = true;
      } catch (e) {
        if (exceptionMatches(e as V, PyExc_TypeError)) return NotImplemented;
        throw e;
      }
    }
    try {
      equal = viewsEqual(v, w);
    } finally {
      if (temp) releaseView(w);
    }
  }
  return op === CompareOp.EQ ? equal : !equal;
}

function viewsEqual(v: PyMemoryView, w: PyMemoryView): boolean {
  if (v.shape.length !== w.shape.length) return false;
  for (let i = 0; i < v.shape.length; i++) if (v.shape[i] !== w.shape[i]) return false;
  const fv = v.format.replace('@', '');
  const fw = w.format.replace('@', '');
  if (fv === fw && (fv === 'B' || fv === 'b' || fv === 'c')) {
    const x = memoryviewBytes(v);
    const y = memoryviewBytes(w);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  }
  const ov = itemOffsets(v);
  const ow = itemOffsets(w);
  for (let i = 0; i < ov.length; i++) {
    if (!PyObject_RichCompareBool(unpackAt(v, ov[i]), unpackAt(w, ow[i]), CompareOp.EQ)) return false;
  }
  return true;
}

function mvHash(self: V): PyIntValue {
  const m = self as PyMemoryView;
  const cached = m.cachedHash();
  if (cached !== null) return cached;
  MV(self);
  if (!m.readonly) throw valueError('cannot hash writable memoryview object');
  const f = m.format.replace('@', '');
  if (f !== 'B' && f !== 'b' && f !== 'c') throw valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  const h = PyObject_Hash(new PyBytes(memoryviewBytes(m).slice()));
  m.setHash(h);
  return h;
}

// ---- iteration ----

export class PyMemoryIter extends PyObject {
  index = 0;
  constructor(public view: PyMemoryView | null) {
    super();
  }
}

function mvIter(self: V): V {
  const m = MV(self);
  if (m.shape.length === 0) throw typeError('invalid indexing of 0-dim memory');
  if (m.shape.length !== 1) throw notImplementedError('multi-dimensional sub-views are not implemented');
  return new PyMemoryIter(m);
}

function mvIterNext(self: V): V | undefined {
  const it = self as PyMemoryIter;
  const m = it.view;
  if (m === null) return undefined;
  if (m.released) released();
  if (it.index < m.shape[0]) return unpackAt(m, m.offset + m.strides[0] * it.index++);
  it.view = null;
  return undefined;
}

export const MemoryIterType = defineBuiltinType({
  name: 'memory_iterator',
  instanceClass: PyMemoryIter,
  slots: { tp_iter: (s: V) => s, tp_iternext: mvIterNext },
});

// ---- methods ----

function nestedList(m: PyMemoryView, dim: number, base: number): V {
  const out: V[] = [];
  for (let i = 0; i < m.shape[dim]; i++) {
    const off = base + i * m.strides[dim];
    out.push(dim === m.shape.length - 1 ? unpackAt(m, off) : nestedList(m, dim + 1, off));
  }
  return new PyList(out);
}

function mvTolist(self: V): V {
  const m = MV(self);
  if (m.shape.length === 0) return unpackAt(m, m.offset);
  return nestedList(m, 0, m.offset);
}

function mvTobytes(self: V, order: V): PyBytes {
  const m = MV(self);
  if (order !== None && order !== undefined) {
    const o = isStrValue(order) ? strValue(order) : '';
    if (o !== 'C' && o !== 'F' && o !== 'A') throw valueError("order must be 'C', 'F' or 'A'");
    if (o === 'F' && m.shape.length > 1) return new PyBytes(fortranBytes(m));
  }
  return new PyBytes(memoryviewBytes(m).slice());
}

function fortranBytes(m: PyMemoryView): Uint8Array {
  const out: number[] = [];
  const idx = new Array<number>(m.shape.length).fill(0);
  const total = m.shape.reduce((a, b) => a * b, 1);
  for (let k = 0; k < total; k++) {
    let off = m.offset;
    for (let d = 0; d < idx.length; d++) off += idx[d] * m.strides[d];
    for (let b = 0; b < m.itemsize; b++) out.push(m.data[off + b]);
    for (let d = 0; d < idx.length; d++) {
      if (++idx[d] < m.shape[d]) break;
      idx[d] = 0;
    }
  }
  return Uint8Array.from(out);
}

function mvHex(self: V, sep: V | undefined, bytesPerSep: V): string {
  return hexString(memoryviewBytes(MV(self)), sep, bytesPerSep);
}

function mvRelease(self: V): void {
  releaseView(self as PyMemoryView);
}

function mvEnter(self: V): V {
  MV(self);
  return self;
}

function mvExit(self: V): void {
  releaseView(self as PyMemoryView);
}

function mvToreadonly(self: V): V {
  const m = MV(self);
  return new PyMemoryView(m.mbuf, m.offset, m.format, m.itemsize, m.shape.slice(), m.strides.slice(), true);
}

/** memoryview.cast(format, shape).  CPython: memoryview_cast_impl */
function mvCast(self: V, format: V, shape: V | undefined): V {
  const m = MV(self);
  if (!isStrValue(format)) throw typeError(`cast() argument 'format' must be str, not ${typeOf(format).tp_name}`);
  const fmt = strValue(format);
  if (!isCContiguous(m)) throw typeError('memoryview: casts are restricted to C-contiguous views');
  let dims: number[] | null = null;
  if (shape !== undefined) {
    if (!(shape instanceof PyList || shape instanceof PyTuple)) throw typeError('shape must be a list or a tuple');
    dims = [];
    for (const x of shape.items) {
      if (!isIntValue(x)) throw typeError('memoryview.cast(): elements of shape must be integers');
      const n = Number(x);
      if (n <= 0) throw valueError('memoryview.cast(): elements of shape must be integers > 0');
      dims.push(n);
    }
  }
  if ((dims !== null || m.shape.length !== 1) && (m.shape.includes(0) || m.strides.includes(0))) {
    throw typeError('memoryview: cannot cast view with zeros in shape or strides');
  }
  if (dims !== null) {
    if (dims.length > 64) throw valueError('memoryview: number of dimensions must not exceed 64');
    if (m.shape.length !== 1 && dims.length !== 1) throw typeError('memoryview: cast must be 1D -> ND or ND -> 1D');
  }
  const nf = nativeFormat(fmt);
  if (nf === null) throw valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
  const [dest, size] = nf;
  const src = m.format.replace('@', '');
  const isByte = (c: string): boolean => c === 'b' || c === 'B' || c === 'c';
  if (!isByte(src) && !isByte(dest)) throw typeError('memoryview: cannot cast between two non-byte formats');
  const len = nbytes(m);
  if (len % size !== 0) throw typeError('memoryview: length is not a multiple of itemsize');
  let newShape = [len / size];
  if (dims !== null) {
    const prod = dims.reduce((a, b) => a * b, 1);
    if (prod * size !== len) throw typeError('memoryview: product(shape) * itemsize != buffer size');
    newShape = dims;
  }
  const strides: number[] = new Array(newShape.length);
  let sd = size;
  for (let i = newShape.length - 1; i >= 0; i--) {
    strides[i] = sd;
    sd *= newShape[i];
  }
  return new PyMemoryView(m.mbuf, m.offset, fmt, size, newShape, strides, m.readonly);
}

function mvCount(self: V, value: V): number {
  const m = MV(self);
  if (m.shape.length === 0) throw typeError('invalid lookup on 0-dim memory');
  if (m.shape.length !== 1) throw notImplementedError('multi-dimensional lookup is not implemented');
  let n = 0;
  for (const off of itemOffsets(m)) if (PyObject_RichCompareBool(unpackAt(m, off), value, CompareOp.EQ)) n++;
  return n;
}

function mvIndex(self: V, value: V, start: V, stop: V): number {
  const m = MV(self);
  if (m.shape.length === 0) throw typeError('invalid lookup on 0-dim memory');
  if (m.shape.length !== 1) throw notImplementedError('multi-dimensional lookup is not implemented');
  const n = m.shape[0];
  let a = sliceIndexArg(start, 0);
  let b = sliceIndexArg(stop, Number.MAX_SAFE_INTEGER);
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  b = Math.min(b, n);
  for (let i = a; i < b; i++) {
    if (PyObject_RichCompareBool(unpackAt(m, m.offset + i * m.strides[0]), value, CompareOp.EQ)) return i;
  }
  throw valueError('memoryview.index(x): x not found');
}

function mvFromFlags(_type: PyType, obj: V, flags: V): V {
  const f = PyNumber_Index(flags);
  if (f > 2147483647 || f < -2147483648) throw overflowError('Python int too large to convert to C int');
  return memoryviewFromObject(obj);
}

/** obj.__buffer__(flags): a memoryview of obj.  CPython: typeobject.c wrap_buffer */
export function bufferDunder(self: V, flags: V): V {
  const f = PyNumber_Index(flags);
  if (f > 2147483647 || f < -2147483648) throw overflowError('buffer flags out of range');
  return memoryviewFromObject(self);
}

/** obj.__release_buffer__(view): releases a view of obj.  CPython: typeobject.c wrap_releasebuffer */
export function releaseBufferDunder(self: V, view: V): void {
  if (!(view instanceof PyMemoryView)) throw typeError('expected a memoryview object');
  if (view.released) return;
  if (view.mbuf.obj !== self) throw valueError("memoryview's buffer is not this object");
  releaseView(view);
}

function tupleOf(a: number[]): PyTuple {
  return new PyTuple(a);
}

export const MemoryViewType = defineBuiltinType({
  name: 'memoryview',
  weakrefable: true,
  textSignature: '(object)',
  doc: 'A view of the memory of an object that supports the buffer protocol.',
  flags: TPFLAGS.SEQUENCE,
  instanceClass: PyMemoryView,
  slots: { tp_repr: mvRepr, tp_hash: mvHash, tp_richcompare: mvRichcompare, tp_iter: mvIter, tp_new: memoryviewNew },
  sequence: { sq_length: mvLength, sq_item: mvItem },
  mapping: { mp_length: mvLength, mp_subscript: mvSubscript, mp_ass_subscript: mvAssSubscript, bf_getbuffer: (s: V) => memoryviewBytes(s as PyMemoryView) },
  methods: {
    release: { sig: '($self, /)', impl: mvRelease, doc: 'Releases the underlying buffer; the view can no longer be used.' },
    tobytes: { sig: "($self, /, order='C')", impl: mvTobytes, doc: 'The data as bytes.' },
    hex: { sig: '($self, /, sep=<unrepresentable>, bytes_per_sep=1)', impl: mvHex, doc: 'The data as hexadecimal digits, optionally grouped with sep.' },
    tolist: { sig: '($self, /)', impl: mvTolist, doc: 'The items as a (nested) list.' },
    toreadonly: { sig: '($self, /)', impl: mvToreadonly, doc: 'A read-only view of the same memory.' },
    cast: { sig: '($self, /, format, shape=<unrepresentable>)', impl: mvCast, doc: 'A view of the same memory with another format and shape.' },
    count: { sig: '($self, value, /)', impl: mvCount, doc: 'The number of items equal to value.' },
    index: { sig: '($self, value, start=0, stop=sys.maxsize, /)', impl: mvIndex, doc: 'The index of the first item equal to value.' },
    __buffer__: { sig: '($self, flags, /)', impl: bufferDunder, doc: 'A memoryview of the buffer.' },
    __release_buffer__: { sig: '($self, buffer, /)', impl: releaseBufferDunder, doc: 'Releases a memoryview of the buffer.' },
    __enter__: { sig: '($self, /)', impl: mvEnter, doc: 'The view itself (released on exit).' },
    __class_getitem__: genericAliasClassMethod('See PEP 585'),
    _from_flags: { sig: '($type, /, object, flags)', kind: 'classmethod', impl: mvFromFlags, doc: 'A memoryview of an object, requesting a buffer with the given flags.' },
    __exit__: { sig: '($self, /, *exc_info)', impl: mvExit, doc: 'Releases the view.' },
  },
  getset: {
    obj: { get: (m: PyMemoryView) => MV(m).mbuf.obj, doc: 'The underlying object.' },
    nbytes: { get: (m: PyMemoryView) => nbytes(MV(m)), doc: 'The size of the data in bytes.' },
    readonly: { get: (m: PyMemoryView) => MV(m).readonly, doc: 'Whether the memory is read-only.' },
    itemsize: { get: (m: PyMemoryView) => MV(m).itemsize, doc: 'The size in bytes of each item.' },
    format: { get: (m: PyMemoryView) => MV(m).format, doc: 'The struct-style format of each item.' },
    ndim: { get: (m: PyMemoryView) => MV(m).shape.length, doc: 'The number of dimensions.' },
    shape: { get: (m: PyMemoryView) => tupleOf(MV(m).shape), doc: 'The length of each dimension.' },
    strides: { get: (m: PyMemoryView) => tupleOf(MV(m).strides), doc: 'The step in bytes along each dimension.' },
    suboffsets: { get: (m: PyMemoryView) => (MV(m), EMPTY_TUPLE), doc: 'Offsets for PIL-style arrays (always empty).' },
    c_contiguous: { get: (m: PyMemoryView) => isCContiguous(MV(m)), doc: 'Whether the memory is C-contiguous.' },
    f_contiguous: { get: (m: PyMemoryView) => isFContiguous(MV(m)), doc: 'Whether the memory is Fortran-contiguous.' },
    contiguous: { get: (m: PyMemoryView) => isCContiguous(MV(m)) || isFContiguous(MV(m)), doc: 'Whether the memory is contiguous.' },
  },
});

void ssizeArg;
