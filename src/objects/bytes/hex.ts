// bytes.hex() / bytearray.hex() / memoryview.hex() and bytes.fromhex().
// CPython: Python/pystrhex.c (_Py_strhex_impl), Objects/bytesobject.c (_PyBytes_FromHex)
import type { PyValue } from '../object.ts';
import { typeOf } from '../type.ts';
import { isStrValue, strValue } from '../boxes.ts';
import { PyBytes } from '../bytes.ts';
import { PyObject_Length, PyNumber_Index } from '../abstract.ts';
import { typeError, valueError, overflowError } from '../exceptions.ts';
import { getBuffer } from './buffer.ts';

const HEX = '0123456789abcdef';

/** The hex digits of d, with sep every |perSep| bytes (counted from the right when perSep > 0). */
export function hexString(d: Uint8Array, sep: PyValue | undefined, perSepArg: PyValue): string {
  let sepChar = '';
  const n = PyNumber_Index(perSepArg);
  if (n > 2147483647 || n < -2147483648) throw overflowError('Python int too large to convert to C int');
  let perSep = 0;
  if (sep !== undefined) {
    perSep = Number(n);
    const seplen = PyObject_Length(sep);
    if (seplen !== 1) throw valueError('sep must be length 1.');
    let code: number;
    if (isStrValue(sep)) {
      code = strValue(sep).charCodeAt(0);
      if (code > 255) throw valueError('sep must be ASCII.');
    } else if (sep instanceof PyBytes) code = sep.data[0];
    else throw typeError('sep must be str or bytes.');
    if (code > 127) throw valueError('sep must be ASCII.');
    sepChar = String.fromCharCode(code);
  }
  const abs = Math.abs(perSep);
  if (perSep === 0 || abs >= d.length) {
    let s = '';
    for (let i = 0; i < d.length; i++) s += HEX[d[i] >> 4] + HEX[d[i] & 15];
    return s;
  }
  const parts: string[] = [];
  if (perSep < 0) {
    for (let i = 0; i < d.length; i += abs) {
      let s = '';
      for (let k = i; k < Math.min(d.length, i + abs); k++) s += HEX[d[k] >> 4] + HEX[d[k] & 15];
      parts.push(s);
    }
  } else {
    for (let end = d.length; end > 0; end -= abs) {
      let s = '';
      for (let k = Math.max(0, end - abs); k < end; k++) s += HEX[d[k] >> 4] + HEX[d[k] & 15];
      parts.push(s);
    }
    parts.reverse();
  }
  return parts.join(sepChar);
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function digit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return 16;
}

/** The bytes a hex string denotes (ASCII whitespace between pairs skipped).  CPython: _PyBytes_FromHex */
export function fromHex(arg: PyValue): Uint8Array {
  let codes: ArrayLike<number>;
  if (isStrValue(arg)) {
    const s = strValue(arg);
    const units = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128) {
        // The position is that of the first non-ASCII code point.
        let n = 0;
        for (const ch of s) {
          if (ch.codePointAt(0)! >= 128) break;
          n++;
        }
        throw valueError(`non-hexadecimal number found in fromhex() arg at position ${n}`);
      }
      units[i] = c;
    }
    codes = units;
  } else {
    const b = getBuffer(arg);
    if (b === null) throw typeError(`fromhex() argument must be str or bytes-like, not ${typeOf(arg).tp_name}`);
    codes = b;
  }
  const out: number[] = [];
  const end = codes.length;
  let i = 0;
  while (i < end) {
    if (isSpace(codes[i])) {
      do i++;
      while (i < end && isSpace(codes[i]));
      if (i >= end) break;
    }
    const top = digit(codes[i]);
    if (top >= 16) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    i++;
    const bot = i < end ? digit(codes[i]) : 16;
    if (bot >= 16) {
      if (i >= end) throw valueError('fromhex() arg must contain an even number of hexadecimal digits');
      throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    }
    i++;
    out.push((top << 4) + bot);
  }
  return Uint8Array.from(out);
}
