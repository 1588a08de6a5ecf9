// The bytes value class and its repr: a leaf module (the parser, compiler and marshal use it). The
// bytes type is in bytes/index.ts, the methods it shares with bytearray in bytes/methods.ts.
// CPython: Objects/bytesobject.c
import { PyObject } from './object.ts';
import { CompareOp, type PyType } from './type.ts';

/**
 * The bytes type object, for modules low in the import graph (set by bytes/index.ts when it is
 * evaluated, as str/index.ts sets PRIMITIVE_TYPES.str; read it at call time only).
 */
export let BytesType: PyType = undefined as unknown as PyType;

export function setBytesType(t: PyType): void {
  BytesType = t;
}

export class PyBytes extends PyObject {
  constructor(public readonly data: Uint8Array) {
    super();
  }
}

const HEX = '0123456789abcdef';

/** repr(bytes): b'...' with the quote that needs no escaping when possible.  CPython: PyBytes_Repr */
export function bytesRepr(data: Uint8Array, prefix = 'b', escapeSingle = false): string {
  let quote = "'";
  if (data.includes(0x27) && !data.includes(0x22)) quote = '"';
  const q = quote.charCodeAt(0);
  let s = prefix + quote;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    // bytearray's repr escapes ' even inside "...".  CPython: bytearray_repr_lock_held
    if (c === q || c === 0x5c || (escapeSingle && c === 0x27)) s += '\\' + String.fromCharCode(c);
    else if (c === 0x09) s += '\\t';
    else if (c === 0x0a) s += '\\n';
    else if (c === 0x0d) s += '\\r';
    else if (c < 0x20 || c >= 0x7f) s += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else s += String.fromCharCode(c);
  }
  return s + quote;
}

/** Lexicographic comparison of byte strings. */
export function compareBytes(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** The result of a rich comparison from a three-way comparison. */
export function compareResult(c: number, op: CompareOp): boolean {
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

