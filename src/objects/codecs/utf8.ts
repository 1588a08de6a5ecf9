// The UTF-8 codec.  CPython: Objects/unicodeobject.c (unicode_decode_utf8_impl, unicode_encode_utf8),
// Objects/stringlib/codecs.h (utf8_decode, utf8_encoder).
// Valid input takes the engine's TextEncoder/TextDecoder; input with errors is walked byte by byte
// exactly as CPython walks it, so error positions, reasons and handler calls are the same.
import { EncodeErrors, DecodeErrors } from './errors.ts';
import { ByteWriter, StrWriter } from './writer.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** True if s holds a surrogate code unit that is not half of a pair. */
export function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c >= 0xe000) continue;
    if (c < 0xdc00) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        i++;
        continue;
      }
    }
    return true;
  }
  return false;
}

/** Raises UnicodeEncodeError as CPython's PyUnicode_AsUTF8 does when s holds a lone surrogate. */
export function checkUtf8Encodable(s: string): void {
  if (hasLoneSurrogate(s)) utf8Encode(s, 'strict');
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** str.encode('utf-8', errors).  CPython: unicode_encode_utf8 */
export function utf8Encode(s: string, errors: string | null): Uint8Array {
  if (s.length < 64) {
    // Short ASCII text: a plain copy is quicker than TextEncoder's call.
    const out = new Uint8Array(s.length);
    let i = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) break;
      out[i] = c;
    }
    if (i === s.length) return out;
  }
  if (!hasLoneSurrogate(s)) return encoder.encode(s);
  const ctx = new EncodeErrors('utf-8', errors, s);
  const cps = ctx.codePoints();
  const out = new ByteWriter(s.length * 3);
  const n = cps.length;
  let i = 0;
  while (i < n) {
    const ch = cps[i];
    if (ch < 0x80) {
      out.push(ch);
      i++;
    } else if (ch < 0x800) {
      out.push(0xc0 | (ch >> 6));
      out.push(0x80 | (ch & 0x3f));
      i++;
    } else if (ch >= 0xd800 && ch < 0xe000) {
      let end = i + 1;
      while (end < n && cps[end] >= 0xd800 && cps[end] < 0xe000) end++;
      const [rep, newpos] = ctx.handle('surrogates not allowed', i, end);
      if (typeof rep === 'string') {
        if (!isAscii(rep)) ctx.raise('surrogates not allowed', i, end);
        out.pushLatin1(rep);
      } else out.pushBytes(rep);
      i = newpos;
    } else if (ch < 0x10000) {
      out.push(0xe0 | (ch >> 12));
      out.push(0x80 | ((ch >> 6) & 0x3f));
      out.push(0x80 | (ch & 0x3f));
      i++;
    } else {
      out.push(0xf0 | (ch >> 18));
      out.push(0x80 | ((ch >> 12) & 0x3f));
      out.push(0x80 | ((ch >> 6) & 0x3f));
      out.push(0x80 | (ch & 0x3f));
      i++;
    }
  }
  return out.result();
}

function isCont(b: number): boolean {
  return (b & 0xc0) === 0x80;
}

/**
 * bytes.decode('utf-8', errors). With final false, an incomplete sequence at the end is left
 * unconsumed instead of being an error. Returns the text and the number of bytes consumed.
 */
export function utf8Decode(data: Uint8Array, errors: string | null, final: boolean): [string, number] {
  if (data.length === 0) return ['', 0];
  if (data.length < 64) {
    let ascii = true;
    for (let i = 0; i < data.length && ascii; i++) if (data[i] > 127) ascii = false;
    if (ascii) return [String.fromCharCode.apply(null, data as unknown as number[]), data.length];
  }
  try {
    return [decoder.decode(data), data.length];
  } catch {
    // Invalid or incomplete: decode step by step below.
  }
  const ctx = new DecodeErrors('utf-8', errors, data);
  const out = new StrWriter();
  let d = data;
  let n = d.length;
  let i = 0;
  while (i < n) {
    const ch = d[i];
    if (ch < 0x80) {
      out.pushUnit(ch);
      i++;
      continue;
    }
    // err: 0 none, 1 invalid start, 2..4 invalid continuation after err-1 bytes, 5 incomplete.
    let err = 0;
    let cp = 0;
    let len = 0;
    const avail = n - i;
    if (ch < 0xc2) err = 1;
    else if (ch < 0xe0) {
      if (avail < 2) err = 5;
      else if (!isCont(d[i + 1])) err = 2;
      else {
        cp = ((ch & 0x1f) << 6) | (d[i + 1] & 0x3f);
        len = 2;
      }
    } else if (ch < 0xf0) {
      const c2 = d[i + 1];
      if (avail < 2) err = 5;
      else if (!isCont(c2) || (ch === 0xe0 && c2 < 0xa0) || (ch === 0xed && c2 >= 0xa0)) err = 2;
      else if (avail < 3) err = 5;
      else if (!isCont(d[i + 2])) err = 3;
      else {
        cp = ((ch & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (d[i + 2] & 0x3f);
        len = 3;
      }
    } else if (ch < 0xf5) {
      const c2 = d[i + 1];
      if (avail < 2) err = 5;
      else if (!isCont(c2) || (ch === 0xf0 && c2 < 0x90) || (ch === 0xf4 && c2 >= 0x90)) err = 2;
      else if (avail < 3) err = 5;
      else if (!isCont(d[i + 2])) err = 3;
      else if (avail < 4) err = 5;
      else if (!isCont(d[i + 3])) err = 4;
      else {
        cp = ((ch & 0x07) << 18) | ((c2 & 0x3f) << 12) | ((d[i + 2] & 0x3f) << 6) | (d[i + 3] & 0x3f);
        len = 4;
      }
    } else err = 1;
    if (err === 0) {
      out.pushCodePoint(cp);
      i += len;
      continue;
    }
    let reason: string;
    let end: number;
    if (err === 5) {
      if (!final) break;
      reason = 'unexpected end of data';
      end = n;
    } else if (err === 1) {
      reason = 'invalid start byte';
      end = i + 1;
    } else {
      // A truncated surrogate (ED A0..BF at the very end) waits for more input when not final.
      if (err === 2 && !final && ch === 0xed && avail === 2 && d[i + 1] >= 0xa0 && d[i + 1] <= 0xbf) break;
      reason = 'invalid continuation byte';
      end = i + err - 1;
    }
    const [rep, newpos] = ctx.handle(reason, i, end);
    out.pushStr(rep);
    d = ctx.input;
    n = d.length;
    i = newpos;
  }
  return [out.result(), i];
}
