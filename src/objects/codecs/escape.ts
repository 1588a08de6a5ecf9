// The unicode_escape and raw_unicode_escape codecs, and escape_encode/escape_decode of bytes.
// CPython: Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscapeInternal2,
// _PyUnicode_DecodeRawUnicodeEscapeStateful, PyUnicode_AsUnicodeEscapeString,
// PyUnicode_AsRawUnicodeEscapeString), Objects/bytesobject.c (_PyBytes_DecodeEscape2),
// Modules/_codecsmodule.c (_codecs_escape_encode_impl).
import { valueError, PyExc_DeprecationWarning } from '../exceptions.ts';
import { warnEx } from '../../modules/_warnings.ts';
import { codePointValues } from '../str/codepoints.ts';
import { lookupCodePoint } from '../../unicode/names.ts';
import { DecodeErrors } from './errors.ts';
import { ByteWriter, StrWriter } from './writer.ts';

const HEX = '0123456789abcdef';

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

function pushHex(out: ByteWriter, v: number, digits: number): void {
  for (let i = (digits - 1) * 4; i >= 0; i -= 4) out.push(HEX.charCodeAt((v >>> i) & 15));
}

/** str.encode('unicode_escape').  CPython: PyUnicode_AsUnicodeEscapeString */
export function unicodeEscapeEncode(s: string): Uint8Array {
  const cps = codePointValues(s);
  const out = new ByteWriter(cps.length * 2);
  for (const ch of cps) {
    if (ch < 0x100) {
      if (ch >= 0x20 && ch < 0x7f) {
        if (ch === 0x5c) out.push(0x5c);
        out.push(ch);
      } else if (ch === 0x09) out.pushLatin1('\\t');
      else if (ch === 0x0a) out.pushLatin1('\\n');
      else if (ch === 0x0d) out.pushLatin1('\\r');
      else {
        out.pushLatin1('\\x');
        pushHex(out, ch, 2);
      }
    } else if (ch < 0x10000) {
      out.pushLatin1('\\u');
      pushHex(out, ch, 4);
    } else {
      out.pushLatin1('\\U');
      pushHex(out, ch, 8);
    }
  }
  return out.result();
}

/** str.encode('raw_unicode_escape').  CPython: PyUnicode_AsRawUnicodeEscapeString */
export function rawUnicodeEscapeEncode(s: string): Uint8Array {
  const cps = codePointValues(s);
  const out = new ByteWriter(cps.length);
  for (const ch of cps) {
    if (ch < 0x100) out.push(ch);
    else if (ch < 0x10000) {
      out.pushLatin1('\\u');
      pushHex(out, ch, 4);
    } else {
      out.pushLatin1('\\U');
      pushHex(out, ch, 8);
    }
  }
  return out.result();
}

const SIMPLE_ESCAPES: { [c: number]: number } = {
  0x5c: 0x5c, // \\
  0x27: 0x27, // \'
  0x22: 0x22, // \"
  0x62: 0x08, // \b
  0x66: 0x0c, // \f
  0x74: 0x09, // \t
  0x6e: 0x0a, // \n
  0x72: 0x0d, // \r
  0x76: 0x0b, // \v
  0x61: 0x07, // \a
};

/**
 * bytes.decode('unicode_escape'). With final false, an incomplete escape at the end is left
 * unconsumed. Returns the text and the bytes consumed.
 */
export function unicodeEscapeDecode(data: Uint8Array, errors: string | null, final: boolean): [string, number] {
  const r = unicodeEscapeDecodeInner(data, errors, final);
  if (firstInvalid >= 0) warnInvalidEscape(firstInvalid, '');
  return r;
}

/** The first invalid escape of the last decoding, or -1 (CPython's first_invalid_escape_char). */
let firstInvalid = -1;

/** CPython's DeprecationWarning for an invalid escape (after a successful decoding). */
function warnInvalidEscape(c: number, prefix: string): void {
  const msg =
    c > 0xff
      ? `${prefix}"\\${c.toString(8)}" is an invalid octal escape sequence. Such sequences will not work in the future. `
      : `${prefix}"\\${String.fromCharCode(c)}" is an invalid escape sequence. Such sequences will not work in the future. `;
  warnEx(PyExc_DeprecationWarning, msg, 1);
}

function unicodeEscapeDecodeInner(data: Uint8Array, errors: string | null, final: boolean): [string, number] {
  firstInvalid = -1;
  const ctx = new DecodeErrors('unicodeescape', errors, data);
  const out = new StrWriter();
  let d = data;
  let end = d.length;
  let s = 0;
  while (s < end) {
    let c = d[s++];
    if (c !== 0x5c) {
      out.pushUnit(c);
      continue;
    }
    const startinpos = s - 1;
    let message: string;
    let incomplete = false;
    escape: {
      if (s >= end) {
        message = '\\ at end of string';
        incomplete = true;
        break escape;
      }
      c = d[s++];
      const simple = SIMPLE_ESCAPES[c];
      if (simple !== undefined) {
        out.pushUnit(simple);
        continue;
      }
      if (c === 0x0a) continue;
      if (c >= 0x30 && c <= 0x37) {
        let ch = c - 0x30;
        if (s < end && d[s] >= 0x30 && d[s] <= 0x37) {
          ch = (ch << 3) + d[s++] - 0x30;
          if (s < end && d[s] >= 0x30 && d[s] <= 0x37) ch = (ch << 3) + d[s++] - 0x30;
        }
        if (ch > 0o377 && firstInvalid < 0) firstInvalid = ch;
        out.pushUnit(ch);
        continue;
      }
      if (c === 0x78 || c === 0x75 || c === 0x55) {
        let count = c === 0x78 ? 2 : c === 0x75 ? 4 : 8;
        message = c === 0x78 ? 'truncated \\xXX escape' : c === 0x75 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        let ch = 0;
        for (; count; s++, count--) {
          if (s >= end) {
            incomplete = true;
            break escape;
          }
          const v = hexDigit(d[s]);
          if (v < 0) break escape;
          ch = ch * 16 + v;
        }
        if (ch > 0x10ffff) {
          message = 'illegal Unicode character';
          break escape;
        }
        out.pushCodePoint(ch);
        continue;
      }
      if (c === 0x4e) {
        message = 'malformed \\N character escape';
        if (s >= end) {
          incomplete = true;
          break escape;
        }
        if (d[s] === 0x7b) {
          const start = ++s;
          while (s < end && d[s] !== 0x7d) s++;
          if (s >= end) {
            incomplete = true;
            break escape;
          }
          if (s > start) {
            let name = '';
            for (let k = start; k < s; k++) name += String.fromCharCode(d[k]);
            s++;
            const cp = lookupCodePoint(name);
            if (cp >= 0) {
              out.pushCodePoint(cp);
              continue;
            }
            message = 'unknown Unicode character name';
          }
        }
        break escape;
      }
      // An unknown escape is kept as it is.
      if (firstInvalid < 0) firstInvalid = c;
      out.pushUnit(0x5c);
      out.pushUnit(c);
      continue;
    }
    if (incomplete && !final) return [out.result(), startinpos];
    const [rep, newpos] = ctx.handle(message, startinpos, s);
    out.pushStr(rep);
    d = ctx.input;
    end = d.length;
    s = newpos;
  }
  return [out.result(), s];
}

/** bytes.decode('raw_unicode_escape').  CPython: _PyUnicode_DecodeRawUnicodeEscapeStateful */
export function rawUnicodeEscapeDecode(data: Uint8Array, errors: string | null, final: boolean): [string, number] {
  const ctx = new DecodeErrors('rawunicodeescape', errors, data);
  const out = new StrWriter();
  let d = data;
  let end = d.length;
  let s = 0;
  while (s < end) {
    let c = d[s++];
    if (c !== 0x5c || (s >= end && final)) {
      out.pushUnit(c);
      continue;
    }
    const startinpos = s - 1;
    if (s >= end) return [out.result(), startinpos];
    c = d[s++];
    if (c !== 0x75 && c !== 0x55) {
      out.pushUnit(0x5c);
      out.pushUnit(c);
      continue;
    }
    let count = c === 0x75 ? 4 : 8;
    let message = c === 0x75 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
    let ch = 0;
    let ok = true;
    let incomplete = false;
    for (; count; s++, count--) {
      if (s >= end) {
        incomplete = true;
        ok = false;
        break;
      }
      const v = hexDigit(d[s]);
      if (v < 0) {
        ok = false;
        break;
      }
      ch = ch * 16 + v;
    }
    if (ok && ch > 0x10ffff) {
      message = '\\Uxxxxxxxx out of range';
      ok = false;
    }
    if (ok) {
      out.pushCodePoint(ch);
      continue;
    }
    if (incomplete && !final) return [out.result(), startinpos];
    const [rep, newpos] = ctx.handle(message, startinpos, s);
    out.pushStr(rep);
    d = ctx.input;
    end = d.length;
    s = newpos;
  }
  return [out.result(), s];
}

/** codecs.escape_encode(bytes): the body of bytes' repr with ' escaped.  CPython: _codecs_escape_encode_impl */
export function escapeEncode(d: Uint8Array): Uint8Array {
  const out = new ByteWriter(d.length);
  for (const c of d) {
    if (c === 0x27 || c === 0x5c) {
      out.push(0x5c);
      out.push(c);
    } else if (c === 0x09) out.pushLatin1('\\t');
    else if (c === 0x0a) out.pushLatin1('\\n');
    else if (c === 0x0d) out.pushLatin1('\\r');
    else if (c < 0x20 || c >= 0x7f) {
      out.pushLatin1('\\x');
      pushHex(out, c, 2);
    } else out.push(c);
  }
  return out.result();
}

/** codecs.escape_decode(data): bytes with Python's escapes decoded.  CPython: _PyBytes_DecodeEscape2 */
export function escapeDecode(d: Uint8Array, errors: string | null): Uint8Array {
  let invalid = -1;
  const out = new ByteWriter(d.length);
  const end = d.length;
  let s = 0;
  while (s < end) {
    if (d[s] !== 0x5c) {
      out.push(d[s++]);
      continue;
    }
    s++;
    if (s === end) throw valueError('Trailing \\ in string');
    const c = d[s++];
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out.push(simple);
      continue;
    }
    if (c === 0x0a) continue;
    if (c >= 0x30 && c <= 0x37) {
      let v = c - 0x30;
      if (s < end && d[s] >= 0x30 && d[s] <= 0x37) {
        v = (v << 3) + d[s++] - 0x30;
        if (s < end && d[s] >= 0x30 && d[s] <= 0x37) v = (v << 3) + d[s++] - 0x30;
      }
      if (v > 0o377 && invalid < 0) invalid = v;
      out.push(v & 0xff);
      continue;
    }
    if (c === 0x78) {
      if (s + 1 < end) {
        const a = hexDigit(d[s]);
        const b = hexDigit(d[s + 1]);
        if (a >= 0 && b >= 0) {
          out.push((a << 4) + b);
          s += 2;
          continue;
        }
      }
      if (errors === null || errors === 'strict') throw valueError(`invalid \\x escape at position ${s - 2}`);
      if (errors === 'replace') out.push(0x3f);
      else if (errors !== 'ignore') throw valueError(`decoding error; unknown error handling code: ${errors}`);
      if (s < end && hexDigit(d[s]) >= 0) s++;
      continue;
    }
    if (invalid < 0) invalid = c;
    out.push(0x5c);
    s--;
  }
  if (invalid >= 0) warnInvalidEscape(invalid, 'b');
  return out.result();
}
