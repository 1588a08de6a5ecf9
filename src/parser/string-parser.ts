// String and bytes literals: prefixes, quotes, escape sequences, and the invalid-escape warnings.
// CPython: Parser/string_parser.c, Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal2,
// Objects/bytesobject.c _PyBytes_DecodeEscape2
import { PyBytes } from '../objects/bytes.ts';
import { Tok } from './tokens.generated.ts';
import type { Token } from './token.ts';
import { FrontEndError, ParseError } from './errors.ts';
import type { Parser } from './parser.ts';
import { lookupCodePoint } from '../unicode/names.ts';

/** The text of a token as CPython's tokenizer holds it: newlines read as "\n". */
export function tokenText(t: Token): string {
  const s = t.string;
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

/**
 * The value of a STRING token (not an f-string or t-string): str or bytes.
 * Throws the decode errors as CPython's _PyPegen_parse_string leaves them for
 * _Pypegen_raise_decode_error to word; see decodeErrorToSyntaxError.
 * CPython: Parser/string_parser.c _PyPegen_parse_string
 */
export function parseString(p: Parser, t: Token): string | PyBytes {
  const text = tokenText(t);
  let i = 0;
  let bytesmode = false;
  let rawmode = false;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x62 || c === 0x42) bytesmode = true; // b B
    else if (c === 0x72 || c === 0x52) rawmode = true; // r R
    else if (c !== 0x75 && c !== 0x55) break; // u U
    i++;
  }
  const quote = text.charCodeAt(i);
  let start = i + 1;
  let end = text.length - 1;
  if (end - start >= 4 && text.charCodeAt(start) === quote && text.charCodeAt(start + 1) === quote) {
    start += 2;
    end -= 2;
  }
  const body = text.slice(start, end);
  rawmode = rawmode || body.indexOf('\\') < 0;
  if (bytesmode) {
    for (let k = 0; k < body.length; k++) {
      if (body.charCodeAt(k) >= 0x80) p.raiseKnownLocation(t, 'bytes can only contain ASCII literal characters');
    }
    if (rawmode) return new PyBytes(latin1Bytes(body));
    return decodeBytesWithEscapes(p, body, t);
  }
  return decodeString(p, rawmode, body, t);
}

/** A str from literal text, decoding escapes unless `raw`.  CPython: _PyPegen_decode_string */
export function decodeString(p: Parser, raw: boolean, s: string, t: Token): string {
  if (raw) return s;
  return decodeUnicodeWithEscapes(p, s, t);
}

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * CPython first rewrites the literal as pure ASCII (each non-ASCII character becomes "\UXXXXXXXX", a
 * backslash before one becomes "\u005c") and decodes that buffer; error positions and warning columns
 * are counted in the rewritten buffer, so we build the same buffer.
 * CPython: Parser/string_parser.c decode_unicode_with_escapes
 */
function decodeUnicodeWithEscapes(p: Parser, s: string, t: Token): string {
  let buf = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    if (s.charCodeAt(i) === 0x5c) {
      buf += '\\';
      i++;
      if (i >= n || s.charCodeAt(i) >= 0x80) {
        buf += 'u005c';
        if (i >= n) break;
      }
    }
    const c = s.codePointAt(i)!;
    if (c >= 0x80) {
      buf += '\\U' + c.toString(16).padStart(8, '0');
      i += c > 0xffff ? 2 : 1;
    } else {
      buf += s[i];
      i++;
    }
  }
  const r = decodeUnicodeEscape(buf);
  if (r.invalidEscape >= 0) warnInvalidEscapeSequence(p, buf, r.invalidEscape, t);
  return r.value;
}

interface EscapeResult {
  value: string;
  /** Index in the buffer of the first invalid escape (the character after the backslash, or the first octal digit), or -1. */
  invalidEscape: number;
}

/** Decodes Python's unicode escapes in an ASCII buffer.  CPython: _PyUnicode_DecodeUnicodeEscapeInternal2 (strict) */
function decodeUnicodeEscape(s: string): EscapeResult {
  const parts: string[] = [];
  let invalidEscape = -1;
  let runStart = 0;
  let i = 0;
  const end = s.length;
  while (i < end) {
    if (s.charCodeAt(i) !== 0x5c) {
      i++;
      continue;
    }
    if (i > runStart) parts.push(s.slice(runStart, i));
    const startinpos = i;
    i++;
    // A backslash is never last: decodeUnicodeWithEscapes turns a trailing one into "\u005c".
    const c = s[i++];
    switch (c) {
      case '\n':
        break;
      case '\\':
      case "'":
      case '"':
        parts.push(c);
        break;
      case 'b':
        parts.push('\b');
        break;
      case 'f':
        parts.push('\f');
        break;
      case 't':
        parts.push('\t');
        break;
      case 'n':
        parts.push('\n');
        break;
      case 'r':
        parts.push('\r');
        break;
      case 'v':
        parts.push('\v');
        break;
      case 'a':
        parts.push('\x07');
        break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let ch = c.charCodeAt(0) - 48;
        if (i < end && isOctal(s.charCodeAt(i))) {
          ch = (ch << 3) + s.charCodeAt(i++) - 48;
          if (i < end && isOctal(s.charCodeAt(i))) ch = (ch << 3) + s.charCodeAt(i++) - 48;
        }
        if (ch > 0o377 && invalidEscape < 0) invalidEscape = i - 3;
        parts.push(String.fromCharCode(ch));
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        let count = c === 'x' ? 2 : c === 'u' ? 4 : 8;
        const message = c === 'x' ? 'truncated \\xXX escape' : c === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        let ch = 0;
        for (; count; i++, count--) {
          if (i >= end) throw unicodeEscapeError(s, startinpos, i, message);
          const d = hexValue(s.charCodeAt(i));
          if (d < 0) throw unicodeEscapeError(s, startinpos, i, message);
          ch = ch * 16 + d;
        }
        if (ch > 0x10ffff) throw unicodeEscapeError(s, startinpos, i, 'illegal Unicode character');
        parts.push(String.fromCodePoint(ch));
        break;
      }
      case 'N': {
        const message = 'malformed \\N character escape';
        if (i >= end) throw unicodeEscapeError(s, startinpos, i, message);
        if (s[i] !== '{') throw unicodeEscapeError(s, startinpos, i, message);
        const nameStart = ++i;
        while (i < end && s[i] !== '}') i++;
        if (i >= end) throw unicodeEscapeError(s, startinpos, i, message);
        if (i === nameStart) throw unicodeEscapeError(s, startinpos, i, message);
        const name = s.slice(nameStart, i);
        i++;
        const cp = lookupCodePoint(name);
        if (cp < 0) throw unicodeEscapeError(s, startinpos, i, 'unknown Unicode character name');
        parts.push(String.fromCodePoint(cp));
        break;
      }
      default:
        if (invalidEscape < 0) invalidEscape = i - 1;
        parts.push('\\', c);
    }
    runStart = i;
  }
  if (runStart === 0) return { value: s, invalidEscape };
  if (runStart < end) parts.push(s.slice(runStart));
  return { value: parts.join(''), invalidEscape };
}

function isOctal(c: number): boolean {
  return c >= 48 && c <= 55;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** A decode error, worded as CPython's _Pypegen_raise_decode_error words a UnicodeDecodeError or ValueError. */
export class StringDecodeError extends Error {
  constructor(
    readonly errtype: 'unicode error' | 'value error',
    readonly detail: string,
  ) {
    super(detail);
  }
}

function unicodeEscapeError(s: string, start: number, end: number, reason: string): StringDecodeError {
  // UnicodeDecodeError.__str__
  const detail =
    end === start + 1
      ? `'unicodeescape' codec can't decode byte 0x${s.charCodeAt(start).toString(16).padStart(2, '0')} in position ${start}: ${reason}`
      : `'unicodeescape' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  return new StringDecodeError('unicode error', detail);
}

/** CPython: Parser/string_parser.c decode_bytes_with_escapes, Objects/bytesobject.c _PyBytes_DecodeEscape2 */
function decodeBytesWithEscapes(p: Parser, s: string, t: Token): PyBytes {
  const out = new Uint8Array(s.length);
  let o = 0;
  let invalidEscape = -1;
  let i = 0;
  const end = s.length;
  while (i < end) {
    const c0 = s.charCodeAt(i);
    if (c0 !== 0x5c) {
      out[o++] = c0;
      i++;
      continue;
    }
    i++;
    if (i === end) throw new StringDecodeError('value error', 'Trailing \\ in string');
    const c = s[i++];
    switch (c) {
      case '\n':
        break;
      case '\\':
      case "'":
      case '"':
        out[o++] = c.charCodeAt(0);
        break;
      case 'b':
        out[o++] = 8;
        break;
      case 'f':
        out[o++] = 12;
        break;
      case 't':
        out[o++] = 9;
        break;
      case 'n':
        out[o++] = 10;
        break;
      case 'r':
        out[o++] = 13;
        break;
      case 'v':
        out[o++] = 11;
        break;
      case 'a':
        out[o++] = 7;
        break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let ch = c.charCodeAt(0) - 48;
        if (i < end && isOctal(s.charCodeAt(i))) {
          ch = (ch << 3) + s.charCodeAt(i++) - 48;
          if (i < end && isOctal(s.charCodeAt(i))) ch = (ch << 3) + s.charCodeAt(i++) - 48;
        }
        if (ch > 0o377 && invalidEscape < 0) invalidEscape = i - 3;
        out[o++] = ch & 0xff;
        break;
      }
      case 'x': {
        if (i + 1 < end) {
          const d1 = hexValue(s.charCodeAt(i));
          const d2 = hexValue(s.charCodeAt(i + 1));
          if (d1 >= 0 && d2 >= 0) {
            out[o++] = (d1 << 4) + d2;
            i += 2;
            break;
          }
        }
        throw new StringDecodeError('value error', `invalid \\x escape at position ${i - 2}`);
      }
      default:
        if (invalidEscape < 0) invalidEscape = i - 1;
        out[o++] = 0x5c;
        i--;
    }
  }
  if (invalidEscape >= 0) warnInvalidEscapeSequence(p, s, invalidEscape, t);
  return new PyBytes(out.slice(0, o));
}

/**
 * Warns about the first invalid escape of a literal. The position CPython gives counts characters of
 * the (rewritten) literal body from the token's start column, plus the token's leading quotes.
 * CPython: Parser/string_parser.c warn_invalid_escape_sequence
 */
function warnInvalidEscapeSequence(p: Parser, buffer: string, at: number, t: Token): void {
  // The second pass does not repeat the first pass's warnings.
  if (p.callInvalidRules) return;
  const c = buffer[at];
  const tt = t.type as number;
  if ((tt === Tok.FSTRING_MIDDLE || tt === Tok.FSTRING_END || tt === Tok.TSTRING_MIDDLE || tt === Tok.TSTRING_END) && (c === '{' || c === '}')) {
    return; // the tokenizer has warned already
  }
  const octal = c >= '4' && c <= '7';
  const seq = octal ? buffer.slice(at, at + 3) : c;
  const message = octal
    ? `"\\${seq}" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean "\\\\${seq}"? A raw string is also an option.`
    : `"\\${seq}" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\${seq}"? A raw string is also an option.`;
  let lineno = t.lineno;
  let col = t.col_offset;
  for (let k = 0; k < at; k++) {
    if (buffer.charCodeAt(k) === 10) {
      lineno++;
      col = 0;
    } else col++;
  }
  if (lineno === t.lineno) {
    const s = t.string;
    let quotes = 0;
    let first = '';
    for (let k = 0; k < s.length; k++) {
      const ch = s[k];
      if (ch !== "'" && ch !== '"') break;
      if (quotes === 0) first = ch;
      if (ch === first) quotes++;
    }
    col += quotes;
  }
  // As a SyntaxError (the warning turned into an error) it spans 1-based columns col..col+2.
  if (p.warn(p.featureVersion >= 12 ? 'SyntaxWarning' : 'DeprecationWarning', message, lineno, col, lineno, col + 2)) {
    p.knownErrToken = t;
    const errMsg = message.replace(' Such sequences will not work in the future.', '');
    p.raiseAt('SyntaxError', errMsg, lineno, col, lineno, col + 2);
  }
}

/** Turns a literal's decode error into CPython's SyntaxError.  CPython: _Pypegen_raise_decode_error */
export function raiseDecodeError(p: Parser, e: unknown): never {
  if (e instanceof StringDecodeError) p.raiseSyntaxError(`(${e.errtype}) ${e.detail}`);
  if (e instanceof ParseError || e instanceof FrontEndError) throw e;
  throw e;
}
