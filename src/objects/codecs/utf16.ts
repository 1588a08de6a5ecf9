// The UTF-16 and UTF-32 codecs, with byte order marks.  CPython: Objects/unicodeobject.c
// (PyUnicode_DecodeUTF16Stateful, _PyUnicode_EncodeUTF16, PyUnicode_DecodeUTF32Stateful,
// _PyUnicode_EncodeUTF32), Objects/stringlib/codecs.h (utf16_decode).
//
// byteorder: -1 little-endian, 1 big-endian, 0 native (little-endian here, as on the platforms
// CPython's goldens come from) with a BOM written when encoding and honoured when decoding.
import { EncodeErrors, DecodeErrors } from './errors.ts';
import { ByteWriter, StrWriter } from './writer.ts';
import { codePointValues } from '../str/codepoints.ts';

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function utfName(bits: 16 | 32, byteorder: number): string {
  return byteorder < 0 ? `utf-${bits}-le` : byteorder > 0 ? `utf-${bits}-be` : `utf-${bits}`;
}

function put16(out: ByteWriter, u: number, le: boolean): void {
  if (le) {
    out.push(u & 0xff);
    out.push(u >> 8);
  } else {
    out.push(u >> 8);
    out.push(u & 0xff);
  }
}

function put32(out: ByteWriter, c: number, le: boolean): void {
  if (le) {
    out.push(c & 0xff);
    out.push((c >> 8) & 0xff);
    out.push((c >> 16) & 0xff);
    out.push(c >>> 24);
  } else {
    out.push(c >>> 24);
    out.push((c >> 16) & 0xff);
    out.push((c >> 8) & 0xff);
    out.push(c & 0xff);
  }
}

/**
 * The shared loop of the UTF-16 and UTF-32 encoders: lone surrogates go to the error handler one
 * at a time; a replacement must be bytes of whole units or ASCII text.
 */
function utfEncode(s: string, errors: string | null, byteorder: number, bits: 16 | 32): Uint8Array {
  const le = byteorder <= 0;
  const unit = bits / 8;
  const out = new ByteWriter(s.length * unit + unit);
  const put = bits === 16 ? put16 : put32;
  if (byteorder === 0) put(out, 0xfeff, le);
  const cps = codePointValues(s);
  let ctx: EncodeErrors | null = null;
  let i = 0;
  while (i < cps.length) {
    const c = cps[i];
    if (c < 0xd800 || c >= 0xe000) {
      if (bits === 16 && c >= 0x10000) {
        put(out, 0xd800 + ((c - 0x10000) >> 10), le);
        put(out, 0xdc00 + ((c - 0x10000) & 0x3ff), le);
      } else put(out, c, le);
      i++;
      continue;
    }
    ctx ??= new EncodeErrors(utfName(bits, byteorder), errors, s);
    const [rep, newpos] = ctx.call('surrogates not allowed', i, i + 1);
    if (typeof rep === 'string') {
      if (!isAscii(rep)) ctx.raise('surrogates not allowed', i, i + 1);
      for (let k = 0; k < rep.length; k++) put(out, rep.charCodeAt(k), le);
    } else {
      if (rep.length % unit !== 0) ctx.raise('surrogates not allowed', i, i + 1);
      out.pushBytes(rep);
    }
    i = newpos;
  }
  return out.result();
}

/** str.encode('utf-16'...).  CPython: _PyUnicode_EncodeUTF16 */
export function utf16Encode(s: string, errors: string | null, byteorder: number): Uint8Array {
  return utfEncode(s, errors, byteorder, 16);
}

/** str.encode('utf-32'...).  CPython: _PyUnicode_EncodeUTF32 */
export function utf32Encode(s: string, errors: string | null, byteorder: number): Uint8Array {
  return utfEncode(s, errors, byteorder, 32);
}

/**
 * UTF-16 decoding. Returns the text, the bytes consumed, and the byte order found (a BOM is
 * looked for when byteorder is 0).
 */
export function utf16Decode(data: Uint8Array, errors: string | null, byteorder: number, final: boolean): [string, number, number] {
  let bo = byteorder;
  let q = 0;
  if (bo === 0 && data.length >= 2) {
    const bom = (data[1] << 8) | data[0];
    if (bom === 0xfeff) {
      q = 2;
      bo = -1;
    } else if (bom === 0xfffe) {
      q = 2;
      bo = 1;
    }
  }
  if (q === data.length) return ['', data.length, bo];
  const le = bo <= 0;
  const ihi = le ? 1 : 0;
  const ilo = le ? 0 : 1;
  const ctx = new DecodeErrors(le ? 'utf-16-le' : 'utf-16-be', errors, data);
  const out = new StrWriter();
  let d = data;
  let e = d.length;
  for (;;) {
    // status: 0 end of whole units, 1 unexpected end, 2 illegal encoding, 3 illegal surrogate
    let status = 0;
    while (q < e - 1) {
      const ch = (d[q + ihi] << 8) | d[q + ilo];
      q += 2;
      if (ch < 0xd800 || ch >= 0xe000) {
        out.pushUnit(ch);
        continue;
      }
      if (ch >= 0xdc00) {
        status = 2;
        break;
      }
      if (q >= e - 1) {
        status = 1;
        break;
      }
      const ch2 = (d[q + ihi] << 8) | d[q + ilo];
      q += 2;
      if (ch2 < 0xdc00 || ch2 >= 0xe000) {
        status = 3;
        break;
      }
      out.pushUnit(ch);
      out.pushUnit(ch2);
    }
    let reason: string;
    let start: number;
    let end: number;
    if (status === 0) {
      if (q === e || !final) break;
      reason = 'truncated data';
      start = q;
      end = e;
    } else if (status === 1) {
      q -= 2;
      if (!final) break;
      reason = 'unexpected end of data';
      start = q;
      end = e;
    } else if (status === 2) {
      reason = 'illegal encoding';
      start = q - 2;
      end = start + 2;
    } else {
      reason = 'illegal UTF-16 surrogate';
      start = q - 4;
      end = start + 2;
    }
    const [rep, newpos] = ctx.handle(reason, start, end);
    out.pushStr(rep);
    d = ctx.input;
    e = d.length;
    q = newpos;
  }
  return [out.result(), q, bo];
}

/** UTF-32 decoding (see utf16Decode).  CPython: PyUnicode_DecodeUTF32Stateful */
export function utf32Decode(data: Uint8Array, errors: string | null, byteorder: number, final: boolean): [string, number, number] {
  let bo = byteorder;
  let q = 0;
  if (bo === 0 && data.length >= 4) {
    const bom = ((data[3] << 24) | (data[2] << 16) | (data[1] << 8) | data[0]) >>> 0;
    if (bom === 0x0000feff) {
      bo = -1;
      q = 4;
    } else if (bom === 0xfffe0000) {
      bo = 1;
      q = 4;
    }
  }
  if (q === data.length) return ['', data.length, bo];
  const le = bo <= 0;
  const ctx = new DecodeErrors(le ? 'utf-32-le' : 'utf-32-be', errors, data);
  const out = new StrWriter();
  let d = data;
  let e = d.length;
  for (;;) {
    let ch = 0;
    let bad = false;
    while (e - q >= 4) {
      ch = le ? ((d[q + 3] << 24) | (d[q + 2] << 16) | (d[q + 1] << 8) | d[q]) >>> 0 : ((d[q] << 24) | (d[q + 1] << 16) | (d[q + 2] << 8) | d[q + 3]) >>> 0;
      if (ch > 0x10ffff || (ch >= 0xd800 && ch < 0xe000)) {
        bad = true;
        break;
      }
      out.pushCodePoint(ch);
      q += 4;
    }
    let reason: string;
    let start: number;
    let end: number;
    if (!bad) {
      if (q === e || !final) break;
      reason = 'truncated data';
      start = q;
      end = e;
    } else {
      reason = ch > 0x10ffff ? 'code point not in range(0x110000)' : 'code point in surrogate code point range(0xd800, 0xe000)';
      start = q;
      end = q + 4;
    }
    const [rep, newpos] = ctx.handle(reason, start, end);
    out.pushStr(rep);
    d = ctx.input;
    e = d.length;
    q = newpos;
  }
  return [out.result(), q, bo];
}
