// int.to_bytes and int.from_bytes.  CPython: Objects/longobject.c int_to_bytes_impl,
// int_from_bytes_impl, _PyLong_AsByteArray, _PyLong_FromByteArray

import type { PyIntValue } from '../object.ts';
import { overflowError } from '../exceptions.ts';

/** The two's complement (signed) or plain bytes of v, `length` long.  CPython: _PyLong_AsByteArray */
export function intToByteArray(v: PyIntValue, length: number, little: boolean, signed: boolean): Uint8Array {
  let b = typeof v === 'bigint' ? v : BigInt(v);
  if (b < 0n && !signed) throw overflowError("can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  if (length === 0) {
    if (b !== 0n) throw overflowError('int too big to convert');
  } else if (signed) {
    const lim = 1n << (bits - 1n);
    if (b >= lim || b < -lim) throw overflowError('int too big to convert');
    if (b < 0n) b += 1n << bits;
  } else if (length * 8 < 64 ? b >= 1n << bits : b >> bits !== 0n) throw overflowError('int too big to convert');
  const out = new Uint8Array(length);
  if (length > 16 && b !== 0n) {
    // From the hex digits: shifting 32 bits at a time costs time quadratic in the length.
    const hex = b.toString(16);
    let d = hex.length;
    for (let i = 0; i < length && d > 0; i++, d -= 2) {
      const byte = parseInt(hex.slice(Math.max(0, d - 2), d), 16);
      out[little ? i : length - 1 - i] = byte;
    }
    return out;
  }
  // Fill 32 bits at a time.
  let i = 0;
  while (b !== 0n && i < length) {
    let w = Number(b & 0xffffffffn);
    b >>= 32n;
    for (let k = 0; k < 4 && i < length; k++, i++) {
      out[little ? i : length - 1 - i] = w & 0xff;
      w >>>= 8;
    }
  }
  return out;
}

/** The int the bytes encode.  CPython: _PyLong_FromByteArray */
export function intFromByteArray(data: Uint8Array, little: boolean, signed: boolean): PyIntValue {
  const n = data.length;
  if (n === 0) return 0;
  if (n <= 6) {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + data[little ? n - 1 - i : i];
    if (signed && data[little ? n - 1 : 0] & 0x80) v -= 2 ** (8 * n);
    return v;
  }
  let hex = '';
  const HEX = '0123456789abcdef';
  for (let i = 0; i < n; i++) {
    const c = data[little ? n - 1 - i : i];
    hex += HEX[c >> 4] + HEX[c & 15];
  }
  let b = BigInt('0x' + hex);
  if (signed && data[little ? n - 1 : 0] & 0x80) b -= 1n << BigInt(8 * n);
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
