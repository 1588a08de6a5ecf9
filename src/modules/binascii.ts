// The binascii module: conversions between binary data and ASCII encodings (uuencode, base64,
// hexadecimal, quoted-printable) and the CRC-32 and CRC-CCITT checksums.  CPython: Modules/binascii.c
import type { PyValue } from '../objects/object.ts';
import { type PyType, typeOf } from '../objects/type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyBytes } from '../objects/bytes.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { getBuffer, bytesLikeData } from '../objects/bytes/buffer.ts';
import { hexString } from '../objects/bytes/hex.ts';
import { PyNumber_Index, PyObject_IsTrue, PyObject_Length } from '../objects/abstract.ts';
import { typeError, valueError, newException, PyExc_ValueError, PyExc_Exception } from '../objects/exceptions.ts';
import { newExceptionClass } from './hashlib-support.ts';

// ---- checksums (shared with zlib) ----

/** The reflected CRC-32 table of the polynomial 0x04C11DB7 (ISO 3309, as zlib uses). */
const CRC32_TABLE = new Int32Array(256);
/** The CRC-CCITT (polynomial 0x1021, most significant bit first) table. */
const CRC_HQX_TABLE = new Uint16Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC32_TABLE[n] = c;
  let h = n << 8;
  for (let k = 0; k < 8; k++) h = h & 0x8000 ? ((h << 1) ^ 0x1021) & 0xffff : (h << 1) & 0xffff;
  CRC_HQX_TABLE[n] = h;
}

/** CRC-32 of data continuing from crc (an unsigned 32-bit value).  CPython: internal_crc32 */
export function crc32Update(crc: number, data: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC32_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function crcHqxUpdate(crc: number, data: Uint8Array): number {
  let c = crc & 0xffff;
  for (let i = 0; i < data.length; i++) c = ((c << 8) & 0xff00) ^ CRC_HQX_TABLE[(c >> 8) ^ data[i]];
  return c;
}

/** Clinic's unsigned_int(bitwise=True): any int, reduced modulo 2**32.  CPython: PyLong_AsUnsignedLongMask */
export function unsignedIntMask(v: PyValue): number {
  const n = PyNumber_Index(v);
  return typeof n === 'number' ? n >>> 0 : Number(BigInt.asUintN(32, n));
}

// ---- arguments ----

/** Each module object's Error class (CPython keeps it in the module state). */
const errors = new WeakMap<object, PyType>();

function error(m: PyValue, msg: string): never {
  throw newException(errors.get(m as object)!, [msg]);
}

/** An argument that may be bytes-like or an ASCII str.  CPython: ascii_buffer_converter */
function asciiBuffer(v: PyValue): Uint8Array {
  if (isStrValue(v)) {
    const s = strValue(v);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) throw valueError('string argument should contain only ASCII characters');
      out[i] = c;
    }
    return out;
  }
  const b = getBuffer(v);
  if (b === null) throw typeError(`argument should be bytes, buffer or ASCII string, not '${typeOf(v).tp_name}'`);
  return b;
}

function latin1(s: string): PyBytes {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return new PyBytes(out);
}

/** The value of a hex digit, or 16. */
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return 16;
}

// ---- uuencode ----

// CPython: binascii_a2b_uu_impl
function a2bUu(m: PyValue, dataArg: PyValue): PyBytes {
  const data = asciiBuffer(dataArg);
  // Empty input reads the terminating NUL of the buffer as the length byte (CPython 3.14.2).
  let binLen = ((data.length > 0 ? data[0] : 0) - 0x20) & 0o77;
  const out = new Uint8Array(binLen);
  let o = 0;
  let i = 1;
  let left = data.length - 1;
  let leftchar = 0;
  let leftbits = 0;
  for (; binLen > 0; left--, i++) {
    let c = left > 0 ? data[i] : 0;
    if (c === 0x0a || c === 0x0d || left <= 0) {
      // Assume spaces at the end of the line were eaten.
      c = 0;
    } else {
      // '`' (one past 0x20 + 63) stands for zero in some encoders.
      if (c < 0x20 || c > 0x20 + 64) error(m, 'Illegal char');
      c = (c - 0x20) & 0o77;
    }
    leftchar = (leftchar << 6) | c;
    leftbits += 6;
    if (leftbits >= 8) {
      leftbits -= 8;
      out[o++] = (leftchar >> leftbits) & 0xff;
      leftchar &= (1 << leftbits) - 1;
      binLen--;
    }
  }
  // Whatever is left on the line must be padding.
  for (; left > 0; left--, i++) {
    const c = data[i];
    if (c !== 0x20 && c !== 0x20 + 64 && c !== 0x0a && c !== 0x0d) error(m, 'Trailing garbage');
  }
  return new PyBytes(out);
}

// CPython: binascii_b2a_uu_impl
function b2aUu(m: PyValue, dataArg: PyValue, backtickArg: PyValue): PyBytes {
  const data = bytesLikeData(dataArg);
  const backtick = PyObject_IsTrue(backtickArg);
  if (data.length > 45) error(m, 'At most 45 bytes at once');
  const out: number[] = [backtick && data.length === 0 ? 0x60 : 0x20 + data.length];
  let leftchar = 0;
  let leftbits = 0;
  for (let i = 0, n = data.length; n > 0 || leftbits !== 0; n--, i++) {
    leftchar = n > 0 ? (leftchar << 8) | data[i] : leftchar << 8;
    leftbits += 8;
    while (leftbits >= 6) {
      const c = (leftchar >> (leftbits - 6)) & 0x3f;
      leftbits -= 6;
      out.push(backtick && c === 0 ? 0x60 : c + 0x20);
    }
    leftchar &= 0xffff;
  }
  out.push(0x0a);
  return new PyBytes(Uint8Array.from(out));
}

// ---- base64 ----

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;

// CPython: binascii_a2b_base64_impl (as of 3.14.2: a complete pad sequence ends the input)
function a2bBase64(m: PyValue, dataArg: PyValue, strictArg: PyValue): PyBytes {
  const data = asciiBuffer(dataArg);
  const strict = PyObject_IsTrue(strictArg);
  const out = new Uint8Array(Math.floor((data.length + 3) / 4) * 3);
  let o = 0;
  let quadPos = 0;
  let leftchar = 0;
  let pads = 0;
  let paddingStarted = false;
  for (let i = 0; i < data.length; i++) {
    const ch = data[i];
    if (ch === 0x3d) {
      paddingStarted = true;
      if (strict && quadPos === 0) error(m, i === 0 ? 'Leading padding not allowed' : 'Excess padding not allowed');
      if (quadPos >= 2 && quadPos + ++pads >= 4) {
        // The quad is complete: nothing after its padding is decoded.
        if (strict && i + 1 < data.length) error(m, 'Excess data after padding');
        return new PyBytes(out.slice(0, o));
      }
      continue;
    }
    const v = B64_VALUE[ch];
    if (v < 0) {
      // RFC 4648 section 3.3 lets a decoder skip bytes outside the alphabet.
      if (strict) error(m, 'Only base64 data is allowed');
      continue;
    }
    if (strict && paddingStarted) error(m, 'Discontinuous padding not allowed');
    pads = 0;
    switch (quadPos) {
      case 0:
        quadPos = 1;
        leftchar = v;
        break;
      case 1:
        quadPos = 2;
        out[o++] = (leftchar << 2) | (v >> 4);
        leftchar = v & 0x0f;
        break;
      case 2:
        quadPos = 3;
        out[o++] = ((leftchar << 4) | (v >> 2)) & 0xff;
        leftchar = v & 0x03;
        break;
      case 3:
        quadPos = 0;
        out[o++] = ((leftchar << 6) | v) & 0xff;
        leftchar = 0;
        break;
    }
  }
  if (quadPos === 1) {
    error(m, `Invalid base64-encoded string: number of data characters (${Math.floor(o / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
  }
  if (quadPos !== 0) error(m, 'Incorrect padding');
  return new PyBytes(out.slice(0, o));
}

// CPython: binascii_b2a_base64_impl
function b2aBase64(_m: PyValue, dataArg: PyValue, newlineArg: PyValue): PyBytes {
  const data = bytesLikeData(dataArg);
  const newline = PyObject_IsTrue(newlineArg);
  const n = data.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4 + (newline ? 1 : 0));
  let o = 0;
  let i = 0;
  for (; i + 3 <= n; i += 3) {
    const v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out[o++] = B64.charCodeAt(v >> 18);
    out[o++] = B64.charCodeAt((v >> 12) & 63);
    out[o++] = B64.charCodeAt((v >> 6) & 63);
    out[o++] = B64.charCodeAt(v & 63);
  }
  if (n - i === 1) {
    out[o++] = B64.charCodeAt(data[i] >> 2);
    out[o++] = B64.charCodeAt((data[i] & 3) << 4);
    out[o++] = 0x3d;
    out[o++] = 0x3d;
  } else if (n - i === 2) {
    const v = (data[i] << 8) | data[i + 1];
    out[o++] = B64.charCodeAt(v >> 10);
    out[o++] = B64.charCodeAt((v >> 4) & 63);
    out[o++] = B64.charCodeAt((v & 15) << 2);
    out[o++] = 0x3d;
  }
  if (newline) out[o++] = 0x0a;
  return new PyBytes(out);
}

// ---- checksums ----

function crcHqx(_m: PyValue, dataArg: PyValue, crcArg: PyValue): number {
  const data = bytesLikeData(dataArg);
  return crcHqxUpdate(unsignedIntMask(crcArg), data);
}

function crc32(_m: PyValue, dataArg: PyValue, crcArg: PyValue): number {
  const data = bytesLikeData(dataArg);
  return crc32Update(unsignedIntMask(crcArg), data);
}

// ---- hexadecimal ----

// CPython: _Py_strhex_bytes_with_sep. Unlike bytes.hex(), the separator may be any character of
// one byte (the result is bytes, so it needs not be ASCII).
function b2aHex(_m: PyValue, dataArg: PyValue, sep: PyValue | undefined, bytesPerSep: PyValue): PyBytes {
  const data = bytesLikeData(dataArg);
  let code = -1;
  if (sep !== undefined && PyObject_Length(sep) === 1) {
    if (isStrValue(sep)) code = strValue(sep).codePointAt(0)!;
    else if (sep instanceof PyBytes) code = sep.data[0];
  }
  if (code < 128 || code > 255) return latin1(hexString(data, sep, bytesPerSep));
  // hexString checks everything else; let it build the text around a stand-in ASCII separator.
  const text = hexString(data, '-', bytesPerSep);
  return latin1(text.replaceAll('-', String.fromCharCode(code)));
}

// CPython: binascii_a2b_hex_impl
function a2bHex(m: PyValue, hexArg: PyValue): PyBytes {
  const s = asciiBuffer(hexArg);
  if (s.length % 2) error(m, 'Odd-length string');
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < s.length; i += 2) {
    const top = hexValue(s[i]);
    const bot = hexValue(s[i + 1]);
    if (top >= 16 || bot >= 16) error(m, 'Non-hexadecimal digit found');
    out[i / 2] = (top << 4) | bot;
  }
  return new PyBytes(out);
}

// ---- quoted-printable ----

const MAXLINESIZE = 76;

// CPython: binascii_a2b_qp_impl
function a2bQp(_m: PyValue, dataArg: PyValue, headerArg: PyValue): PyBytes {
  const data = asciiBuffer(dataArg);
  const header = PyObject_IsTrue(headerArg);
  const n = data.length;
  const out = new Uint8Array(n);
  let o = 0;
  let i = 0;
  while (i < n) {
    const c = data[i];
    if (c === 0x3d) {
      i++;
      if (i >= n) break;
      const d = data[i];
      if (d === 0x0a || d === 0x0d) {
        // A soft line break: skip to just past the end of the line.
        if (d !== 0x0a) while (i < n && data[i] !== 0x0a) i++;
        if (i < n) i++;
      } else if (d === 0x3d) {
        // "==", as an old broken encoder wrote "=".
        out[o++] = 0x3d;
        i++;
      } else if (i + 1 < n && hexValue(d) < 16 && hexValue(data[i + 1]) < 16) {
        out[o++] = (hexValue(d) << 4) | hexValue(data[i + 1]);
        i += 2;
      } else {
        out[o++] = 0x3d;
      }
    } else if (header && c === 0x5f) {
      out[o++] = 0x20;
      i++;
    } else {
      out[o++] = c;
      i++;
    }
  }
  return new PyBytes(out.slice(0, o));
}

const HEX_UPPER = '0123456789ABCDEF';

// CPython: binascii_b2a_qp_impl. The rules follow the quopri module (RFC 1521): bytes outside
// printable ASCII and '=' are written =XX; lines are cut at 76 characters with soft breaks;
// trailing blanks before a line end are encoded; CRLF line ends are kept when the data uses them.
function b2aQp(_m: PyValue, dataArg: PyValue, quotetabsArg: PyValue, istextArg: PyValue, headerArg: PyValue): PyBytes {
  const data = bytesLikeData(dataArg);
  const quotetabs = PyObject_IsTrue(quotetabsArg);
  const istext = PyObject_IsTrue(istextArg);
  const header = PyObject_IsTrue(headerArg);
  const n = data.length;
  // The whole data counts as CRLF if its first newline follows a carriage return.
  const nl = data.indexOf(0x0a);
  const crlf = nl > 0 && data[nl - 1] === 0x0d;
  const out: number[] = [];
  const softBreak = (): void => {
    out.push(0x3d);
    if (crlf) out.push(0x0d);
    out.push(0x0a);
  };
  const quoted = (c: number): void => {
    out.push(0x3d, HEX_UPPER.charCodeAt(c >> 4), HEX_UPPER.charCodeAt(c & 15));
  };
  let linelen = 0;
  let i = 0;
  while (i < n) {
    const c = data[i];
    const mustQuote =
      c > 126 ||
      c === 0x3d ||
      (header && c === 0x5f) ||
      (c === 0x2e && linelen === 0 && (i + 1 === n || data[i + 1] === 0x0a || data[i + 1] === 0x0d || data[i + 1] === 0)) ||
      (!istext && (c === 0x0d || c === 0x0a)) ||
      ((c === 0x09 || c === 0x20) && i + 1 === n) ||
      (c < 33 && c !== 0x0d && c !== 0x0a && (quotetabs || (c !== 0x09 && c !== 0x20)));
    if (mustQuote) {
      if (linelen + 3 >= MAXLINESIZE) {
        softBreak();
        linelen = 0;
      }
      quoted(c);
      i++;
      linelen += 3;
    } else if (istext && (c === 0x0a || (i + 1 < n && c === 0x0d && data[i + 1] === 0x0a))) {
      linelen = 0;
      // A blank just before the line end would be lost in transit: encode it.
      const last = out.length ? out[out.length - 1] : -1;
      if (last === 0x20 || last === 0x09) {
        out.pop();
        quoted(last);
      }
      if (crlf) out.push(0x0d);
      out.push(0x0a);
      i += c === 0x0d ? 2 : 1;
    } else {
      if (i + 1 !== n && data[i + 1] !== 0x0a && linelen + 1 >= MAXLINESIZE) {
        softBreak();
        linelen = 0;
      }
      linelen++;
      out.push(header && c === 0x20 ? 0x5f : c);
      i++;
    }
  }
  return new PyBytes(Uint8Array.from(out));
}

const HEX_SIG = '($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)';
const UNHEX_SIG = '($module, hexstr, /)';

export const binasciiModule = defineModule({
  name: 'binascii',
  doc: 'Conversion between binary data and ASCII',
  functions: {
    a2b_uu: { sig: '($module, data, /)', impl: a2bUu, doc: 'Decode a line of uuencoded data.' },
    b2a_uu: { sig: '($module, data, /, *, backtick=False)', impl: b2aUu, doc: 'Uuencode line of data.' },
    a2b_base64: {
      sig: '($module, data, /, *, strict_mode=False)',
      impl: a2bBase64,
      doc: 'Decode a line of base64 data.\n\n  strict_mode\n    When true, reject bytes outside the base64 alphabet and data after the padding.',
    },
    b2a_base64: { sig: '($module, data, /, *, newline=True)', impl: b2aBase64, doc: 'Base64-code line of data.' },
    a2b_hex: { sig: UNHEX_SIG, impl: a2bHex, doc: 'Binary data of hexadecimal representation.\n\nhexstr must hold an even number of hex digits (either case).' },
    b2a_hex: { sig: HEX_SIG, impl: b2aHex, doc: 'Hexadecimal representation of binary data, as bytes (also available as hexlify()).' },
    hexlify: { sig: HEX_SIG, impl: b2aHex, doc: 'Hexadecimal representation of binary data, as bytes (also available as b2a_hex()).' },
    unhexlify: { sig: UNHEX_SIG, impl: a2bHex, doc: 'Binary data of hexadecimal representation.\n\nhexstr must hold an even number of hex digits (either case).' },
    crc_hqx: { sig: '($module, data, crc, /)', impl: crcHqx, doc: 'Compute CRC-CCITT incrementally.' },
    crc32: { sig: '($module, data, crc=0, /)', impl: crc32, doc: 'Compute CRC-32 incrementally.' },
    a2b_qp: { sig: '($module, /, data, header=False)', impl: a2bQp, doc: 'Decode a string of qp-encoded data.' },
    b2a_qp: {
      sig: '($module, /, data, quotetabs=False, istext=True, header=False)',
      impl: b2aQp,
      doc: 'Encode a string using quoted-printable encoding.\n\nWith istext, newlines are kept and blanks at line ends are encoded; without it, CR and LF are encoded too. With quotetabs, all spaces and tabs are encoded.',
    },
  },
  constants: (m) => {
    const err = newExceptionClass('binascii', 'Error', PyExc_ValueError);
    errors.set(m, err);
    return { Error: err, Incomplete: newExceptionClass('binascii', 'Incomplete', PyExc_Exception) };
  },
});
