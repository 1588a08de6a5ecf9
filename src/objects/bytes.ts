// The bytes type: the value class and its repr.  CPython: Objects/bytesobject.c
import { PyObject } from './object.ts';

export class PyBytes extends PyObject {
  constructor(public readonly data: Uint8Array) {
    super();
  }
}

const HEX = '0123456789abcdef';

/** repr(bytes): b'...' with the quote that needs no escaping when possible.  CPython: PyBytes_Repr */
export function bytesRepr(data: Uint8Array, prefix = 'b'): string {
  let quote = "'";
  if (data.includes(0x27) && !data.includes(0x22)) quote = '"';
  let s = prefix + quote;
  for (const c of data) {
    if (c === quote.charCodeAt(0) || c === 0x5c) s += '\\' + String.fromCharCode(c);
    else if (c === 0x09) s += '\\t';
    else if (c === 0x0a) s += '\\n';
    else if (c === 0x0d) s += '\\r';
    else if (c < 0x20 || c >= 0x7f) s += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else s += String.fromCharCode(c);
  }
  return s + quote;
}

// ---- the bytes type (core) ----
// TODO(#4): the bytes methods, bytes(x) construction from every source, %-formatting, bytearray.
import { NotImplemented, type PyValue as V, type PyIntValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { bytesHashParts, hashHi, hashToInt } from './hash.ts';
import { PySlice, sliceIndices } from './slice.ts';
import { PyNumber_AsSsize_t, iterableToArray, PyNumber_Index } from './abstract.ts';
import { typeError, indexError, valueError } from './exceptions.ts';
import { SeqIter, TUPLE_ITER } from './iterobject.ts';

function B(v: V): Uint8Array {
  return (v as PyBytes).data;
}

function bytesRichcompare(a: V, b: V, op: CompareOp): V {
  if (!(b instanceof PyBytes)) return NotImplemented;
  const x = B(a);
  const y = b.data;
  let c = 0;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n && c === 0; i++) c = x[i] - y[i];
  if (c === 0) c = x.length - y.length;
  switch (op) {
    case CompareOp.LT:
      return c < 0;
    case CompareOp.LE:
      return c <= 0;
    case CompareOp.EQ:
      return c === 0;
    case CompareOp.NE:
      return c !== 0;
    case CompareOp.GT:
      return c > 0;
    default:
      return c >= 0;
  }
}

function bytesHash(self: V): PyIntValue {
  const lo = bytesHashParts(B(self));
  return hashToInt(lo, hashHi);
}

function bytesSubscript(self: V, key: V): V {
  const d = B(self);
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, d.length);
    const out = new Uint8Array(count);
    for (let k = 0, j = start; k < count; k++, j += step) out[k] = d[j];
    return new PyBytes(out);
  }
  let i = PyNumber_AsSsize_t(key, true);
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) throw indexError('index out of range');
  return d[i];
}

function bytesConcat(a: V, b: V): V {
  if (!(b instanceof PyBytes)) throw typeError(`can't concat ${typeOf(b).tp_name} to bytes`);
  const out = new Uint8Array(B(a).length + b.data.length);
  out.set(B(a));
  out.set(b.data, B(a).length);
  return new PyBytes(out);
}

function bytesNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  void type;
  if (kwnames !== null && kwnames.length) throw typeError('TODO(#4): bytes() keyword arguments');
  if (args.length === 0) return new PyBytes(new Uint8Array(0));
  const x = args[0];
  if (x instanceof PyBytes) return x;
  if (typeof x === 'number') {
    if (x < 0) throw valueError('negative count');
    return new PyBytes(new Uint8Array(x));
  }
  if (typeof x === 'string') throw typeError('string argument without an encoding');
  const items = iterableToArray(x).map((v) => {
    const n = PyNumber_Index(v);
    if (n < 0 || n > 255) throw valueError('bytes must be in range(0, 256)');
    return Number(n);
  });
  return new PyBytes(Uint8Array.from(items));
}

export const BytesType = defineBuiltinType({
  name: 'bytes',
  doc: 'An immutable sequence of bytes.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.BYTES_SUBCLASS | TPFLAGS.MATCH_SELF,
  instanceClass: PyBytes,
  slots: {
    tp_repr: (s: V) => bytesRepr(B(s)),
    tp_str: (s: V) => bytesRepr(B(s)),
    tp_hash: bytesHash,
    tp_richcompare: bytesRichcompare,
    tp_iter: (s: V) => new SeqIter(Array.from(B(s)), TUPLE_ITER),
    tp_new: bytesNew,
  },
  sequence: { sq_length: (s: V) => B(s).length, sq_concat: bytesConcat },
  mapping: { mp_length: (s: V) => B(s).length, mp_subscript: bytesSubscript, bf_getbuffer: (s: V) => B(s) },
});
