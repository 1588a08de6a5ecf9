// The bytes type: construction and the core slots (the value class PyBytes is in ../bytes.ts). The
// methods bytes shares with bytearray are in methods.ts, hex in hex.ts, %-formatting in
// ../str/percent.ts.  CPython: Objects/bytesobject.c
import { PyBytes, bytesRepr, compareBytes, compareResult, setBytesType } from '../bytes.ts';
import { NotImplemented, PyObject, type PyValue as V, type PyIntValue } from '../object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from '../type.ts';
import { defineBuiltinType } from '../builtin-type.ts';
import { newHeapInstance } from '../heap.ts';
import { bytesHashParts, hashHi, hashToInt } from '../hash.ts';
import { PySlice, sliceIndices } from '../slice.ts';
import { PyTuple, EMPTY_TUPLE } from '../tuple.ts';
import { PyList } from '../list.ts';
import { isStrValue, strValue } from '../boxes.ts';
import { PyNumber_Index, lookupSpecial, PyObject_CallNoArgs, PyObject_GetIter, PyIter_Next, PyObject_Call } from '../abstract.ts';
import { typeError, indexError, valueError, overflowError, memoryError, exceptionMatches, PyExc_TypeError } from '../exceptions.ts';
import { parseSignature, bindArguments } from '../getargs.ts';
import { MAX_LENGTH, longAsSsize } from '../str/args.ts';
import { encodeText } from '../codecs/registry.ts';
import { getBuffer, simpleBufferOrNull } from './buffer.ts';
import { BYTES_COMMON_METHODS, bytesContains, argStr } from './methods.ts';
import { hexString, fromHex } from './hex.ts';
import { bytesPercentFormat as bytesFormat } from '../str/percent.ts';
import { bufferDunder } from '../memoryview.ts';
import { builtinIter } from '../iterobject.ts';

function B(v: V): Uint8Array {
  return (v as PyBytes).data;
}

function bytesRichcompare(a: V, b: V, op: CompareOp): V {
  if (!(b instanceof PyBytes)) return NotImplemented;
  const x = B(a);
  const y = b.data;
  if ((op === CompareOp.EQ || op === CompareOp.NE) && x.length !== y.length) return op === CompareOp.NE;
  return compareResult(compareBytes(x, y), op);
}

function bytesHash(self: V): PyIntValue {
  const lo = bytesHashParts(B(self));
  return hashToInt(lo, hashHi);
}

function bytesRepr_(self: V): string {
  return bytesRepr(B(self));
}

function isIndex(v: V): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || typeOf(v).nb_index !== null;
}

/** An index argument as a Py_ssize_t (IndexError when it cannot fit).  CPython: PyNumber_AsSsize_t(v, PyExc_IndexError) */
export function indexArg(v: V): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'number') return i;
  throw indexError(`cannot fit '${typeOf(v).tp_name}' into an index-sized integer`);
}

function bytesItem(self: V, i: number): V {
  const d = B(self);
  if (i < 0 || i >= d.length) throw indexError('index out of range');
  return d[i];
}

function bytesSubscript(self: V, key: V): V {
  const d = B(self);
  if (typeof key === 'number') {
    const i = key < 0 ? key + d.length : key;
    if (i < 0 || i >= d.length) throw indexError('index out of range');
    return d[i];
  }
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, d.length);
    if (step === 1) {
      if (count === d.length && typeOf(self) === BytesType) return self;
      return new PyBytes(d.slice(start, start + count));
    }
    const out = new Uint8Array(count);
    for (let k = 0, j = start; k < count; k++, j += step) out[k] = d[j];
    return new PyBytes(out);
  }
  if (!isIndex(key)) throw typeError(`byte indices must be integers or slices, not ${typeOf(key).tp_name}`);
  let i = indexArg(key);
  if (i < 0) i += d.length;
  return bytesItem(self, i);
}

/** Concatenation of two buffers as bytes.  CPython: bytes_concat */
function bytesConcat(a: V, b: V): V {
  const x = simpleBufferOrNull(a);
  const y = simpleBufferOrNull(b);
  if (x === null || y === null) throw typeError(`can't concat ${typeOf(b).tp_name} to ${typeOf(a).tp_name}`);
  if (x.length + y.length > MAX_LENGTH) throw memoryError();
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return new PyBytes(out);
}

/** n copies of d, or MemoryError/OverflowError when too long. */
export function repeatBytes(d: Uint8Array, n: number, mutable = false): Uint8Array {
  if (n <= 0 || d.length === 0) return new Uint8Array(0);
  // bytearray reports MemoryError where bytes reports OverflowError.
  if (d.length * n > MAX_LENGTH) throw d.length > 1 && d.length * n >= 2 ** 63 && !mutable ? overflowError('repeated bytes are too long') : memoryError();
  const out = new Uint8Array(d.length * n);
  if (d.length === 1) return out.fill(d[0]);
  // Doubling copies: log2(n) calls instead of n (b'\0' * 65280 is in every re.IGNORECASE compile).
  out.set(d, 0);
  for (let filled = d.length; filled < out.length; filled *= 2) out.copyWithin(filled, 0, Math.min(filled, out.length - filled));
  return out;
}

function bytesRepeat(self: V, n: number): V {
  if (n === 1 && typeOf(self) === BytesType) return self;
  return new PyBytes(repeatBytes(B(self), n));
}

function bytesContainsSlot(self: V, v: V): boolean {
  return bytesContains(B(self), v);
}

// ---- iteration ----

export class PyBytesIter extends PyObject {
  index = 0;
  constructor(
    public data: Uint8Array | null,
    /** The bytes iterated (for __reduce__). */
    readonly source: V,
  ) {
    super();
  }
}

function bytesIterReduce(it: PyBytesIter): PyTuple {
  // builtins.iter first: finding it may run Python code that exhausts the iterator.
  const iter = builtinIter();
  if (it.data === null) return new PyTuple([iter, new PyTuple([EMPTY_TUPLE])]);
  return new PyTuple([iter, new PyTuple([it.source]), it.index]);
}

function bytesIterSetstate(it: PyBytesIter, state: V): void {
  const n = longAsSsize(state);
  if (it.data === null) return;
  it.index = n < 0 ? 0 : Math.min(n, it.data.length);
}

function bytesIterNext(self: V): V | undefined {
  const it = self as PyBytesIter;
  const d = it.data;
  if (d === null) return undefined;
  if (it.index < d.length) return d[it.index++];
  it.data = null;
  return undefined;
}

export const BytesIterType = defineBuiltinType({
  name: 'bytes_iterator',
  instanceClass: PyBytesIter,
  slots: { tp_iter: (s: V) => s, tp_iternext: bytesIterNext },
  methods: {
    __length_hint__: { sig: '($self, /)', impl: (s: PyBytesIter) => (s.data === null ? 0 : Math.max(0, s.data.length - s.index)) },
    __reduce__: { sig: '($self, /)', impl: bytesIterReduce, doc: 'Pickling support.' },
    __setstate__: { sig: '($self, object, /)', impl: bytesIterSetstate, doc: 'Pickling support: the position.' },
  },
});

// ---- construction ----

function byteValue(v: V): number {
  const n = PyNumber_Index(v);
  if (n < 0 || n > 255) throw valueError('bytes must be in range(0, 256)');
  return Number(n);
}

/**
 * The bytes of a buffer, a list/tuple of ints, or an iterable of ints.
 * CPython: PyBytes_FromObject (`what` names the type in the error: bytes or bytearray)
 */
export function bytesFromObject(x: V, what = 'bytes'): Uint8Array {
  const b = getBuffer(x);
  if (b !== null) return b.slice();
  if (x instanceof PyList || x instanceof PyTuple) {
    const items = x.items;
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = typeof items[i] === 'number' && (items[i] as number) >= 0 && (items[i] as number) < 256 ? (items[i] as number) : byteValue(items[i]);
    return out;
  }
  if (isStrValue(x)) throw typeError(`cannot convert 'str' object to ${what}`);
  let it: V;
  try {
    it = PyObject_GetIter(x);
  } catch (e) {
    if (exceptionMatches(e as V, PyExc_TypeError)) throw typeError(`cannot convert '${typeOf(x).tp_name}' object to ${what}`);
    throw e;
  }
  const out: number[] = [];
  for (let v = PyIter_Next(it); v !== undefined; v = PyIter_Next(it)) out.push(byteValue(v));
  return Uint8Array.from(out);
}

/** The argument binding of bytes() and bytearray(): (source, encoding, errors). */
export function bindSourceEncodingErrors(name: string, args: readonly V[], kwnames: readonly string[] | null): (V | undefined)[] {
  const sig = parseSignature('(source=<unrepresentable>, encoding=<unrepresentable>, errors=<unrepresentable>)');
  return bindArguments(sig, { short: name, funcStr: `${name}()` }, args, kwnames) as (V | undefined)[];
}

function newBytes(type: PyType, data: Uint8Array): V {
  return type === BytesType ? new PyBytes(data) : newHeapInstance(PyBytes, type, data);
}

/** bytes(source, encoding, errors).  CPython: bytes_new_impl */
function bytesNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const [x, encArg, errArg] = bindSourceEncodingErrors('bytes', args, kwnames);
  const encoding = encArg === undefined ? null : argStr(encArg, 'bytes', 'encoding');
  const errors = errArg === undefined ? null : argStr(errArg, 'bytes', 'errors');
  if (x === undefined) {
    if (encoding !== null || errors !== null) throw typeError(encoding !== null ? 'encoding without a string argument' : 'errors without a string argument');
    return newBytes(type, new Uint8Array(0));
  }
  if (encoding !== null) {
    if (!isStrValue(x)) throw typeError('encoding without a string argument');
    return newBytes(type, encodeText(strValue(x), encoding, errors));
  }
  if (errors !== null) throw typeError(isStrValue(x) ? 'string argument without an encoding' : 'errors without a string argument');
  const f = lookupSpecial(x, '__bytes__');
  if (f !== null) {
    const r = PyObject_CallNoArgs(f);
    if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(r).tp_name})`);
    if (type === BytesType) return r;
    return newBytes(type, r.data);
  }
  if (isStrValue(x)) throw typeError('string argument without an encoding');
  if (isIndex(x) && getBuffer(x) === null) {
    const n = PyNumber_Index(x);
    if (n > 9223372036854775807n || n < -9223372036854775808n) throw overflowError(`cannot fit '${typeOf(x).tp_name}' into an index-sized integer`);
    if (n < 0) throw valueError('negative count');
    if (n > MAX_LENGTH) throw memoryError();
    return newBytes(type, new Uint8Array(Number(n)));
  }
  return newBytes(type, bytesFromObject(x));
}

// ---- methods of bytes alone ----

function bytesGetnewargs(self: PyBytes): PyTuple {
  return new PyTuple([new PyBytes(self.data)]);
}

function bytesBytes(self: PyBytes): V {
  return typeOf(self) === BytesType ? self : new PyBytes(self.data);
}

function bytesFromhex(type: PyType, s: V): V {
  const data = fromHex(s);
  if (type === BytesType) return new PyBytes(data);
  return PyObject_Call(type, [new PyBytes(data)], null);
}

function bytesHex(self: V, sep: V | undefined, bytesPerSep: V): string {
  return hexString(B(self), sep, bytesPerSep);
}

function bytesRemainder(a: V, b: V): V {
  if (!(a instanceof PyBytes)) return NotImplemented;
  return new PyBytes(bytesFormat(a.data, b));
}

export const BytesType = defineBuiltinType({
  name: 'bytes',
  doc: 'An immutable sequence of bytes.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.BYTES_SUBCLASS | TPFLAGS.MATCH_SELF,
  instanceClass: PyBytes,
  slots: {
    tp_repr: bytesRepr_,
    tp_str: bytesRepr_,
    tp_hash: bytesHash,
    tp_richcompare: bytesRichcompare,
    tp_iter: (s: V) => new PyBytesIter(B(s), s),
    tp_new: bytesNew,
  },
  number: { nb_remainder: bytesRemainder },
  sequence: { sq_length: (s: V) => B(s).length, sq_concat: bytesConcat, sq_repeat: bytesRepeat, sq_item: bytesItem, sq_contains: bytesContainsSlot },
  mapping: { mp_length: (s: V) => B(s).length, mp_subscript: bytesSubscript, bf_getbuffer: (s: V) => B(s) },
  // A getter: the shared table lives in a module that may be evaluated after this one.
  get methods() {
    return {
    ...BYTES_COMMON_METHODS,
    fromhex: { sig: '($type, string, /)', kind: 'classmethod' as const, impl: bytesFromhex, doc: 'The bytes a string of hexadecimal digits denotes (whitespace between bytes is ignored).' },
    hex: { sig: '($self, /, sep=<unrepresentable>, bytes_per_sep=1)', impl: bytesHex, doc: 'The bytes as hexadecimal digits, optionally grouped with sep.' },
    __getnewargs__: { sig: '($self, /)', impl: bytesGetnewargs, doc: 'The arguments that recreate the bytes (pickling support).' },
    __buffer__: { sig: '($self, flags, /)', impl: bufferDunder, doc: 'A memoryview of the bytes.' },
    __bytes__: { sig: '($self, /)', impl: bytesBytes, doc: 'The bytes themselves, as a bytes object.' },
    };
  },
});

setBytesType(BytesType);
