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
