// Codec error handling: the builtin error handlers (as Python callables and as the fast paths the
// codecs take for them), and the contexts through which encoders and decoders report errors.
// CPython: Python/codecs.c (PyCodec_*Errors), Objects/unicodeobject.c (_Py_GetErrorHandler,
// unicode_encode_call_errorhandler, unicode_decode_call_errorhandler_writer).
import type { PyValue } from '../object.ts';
import { typeOf } from '../type.ts';
import { isStrValue, strValue } from '../boxes.ts';
import { PyTuple } from '../tuple.ts';
import { PyBytes } from '../bytes.ts';
import { PyObject_Call, PyNumber_Index } from '../abstract.ts';
import { typeError, indexError, PyBaseException, PyUnicodeErrorObject } from '../exceptions.ts';
import { characterName } from '../../unicode/names.ts';
import { codePointValues } from '../str/codepoints.ts';
import {
  newUnicodeEncodeError,
  newUnicodeDecodeError,
  newUnicodeTranslateError,
  updateUnicodeError,
  unicodeErrorParams,
  isUnicodeErrorOf,
} from './unicode-error.ts';
import { lookupError } from './registry.ts';

export const enum ErrorHandler {
  STRICT,
  IGNORE,
  REPLACE,
  BACKSLASHREPLACE,
  XMLCHARREFREPLACE,
  NAMEREPLACE,
  SURROGATEESCAPE,
  SURROGATEPASS,
  OTHER,
}

/** The builtin handler an `errors` name selects.  CPython: _Py_GetErrorHandler */
export function errorHandlerKind(errors: string | null): ErrorHandler {
  switch (errors) {
    case null:
    case 'strict':
      return ErrorHandler.STRICT;
    case 'ignore':
      return ErrorHandler.IGNORE;
    case 'replace':
      return ErrorHandler.REPLACE;
    case 'backslashreplace':
      return ErrorHandler.BACKSLASHREPLACE;
    case 'xmlcharrefreplace':
      return ErrorHandler.XMLCHARREFREPLACE;
    case 'namereplace':
      return ErrorHandler.NAMEREPLACE;
    case 'surrogateescape':
      return ErrorHandler.SURROGATEESCAPE;
    case 'surrogatepass':
      return ErrorHandler.SURROGATEPASS;
  }
  return ErrorHandler.OTHER;
}

const HEX = '0123456789abcdef';

/** '\xNN', '\uNNNN' or '\UNNNNNNNN' for a code point.  CPython: codec_handler_write_unicode_hex */
export function backslashEscape(cp: number): string {
  if (cp >= 0x10000) {
    let s = '\\U';
    for (let i = 28; i >= 0; i -= 4) s += HEX[(cp >>> i) & 15];
    return s;
  }
  if (cp >= 0x100) return '\\u' + HEX[(cp >> 12) & 15] + HEX[(cp >> 8) & 15] + HEX[(cp >> 4) & 15] + HEX[cp & 15];
  return '\\x' + HEX[(cp >> 4) & 15] + HEX[cp & 15];
}

function xmlcharref(cps: ArrayLike<number>, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += `&#${cps[i]};`;
  return s;
}

function backslashreplaceText(cps: ArrayLike<number>, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += backslashEscape(cps[i]);
  return s;
}

function namereplaceText(cps: ArrayLike<number>, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const name = characterName(cps[i]);
    s += name !== undefined ? `\\N{${name}}` : backslashEscape(cps[i]);
  }
  return s;
}

function backslashreplaceBytes(d: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += '\\x' + HEX[d[i] >> 4] + HEX[d[i] & 15];
  return s;
}

// ---- surrogatepass: which UTF the codec is ----

export const enum StdEncoding {
  UNKNOWN,
  UTF8,
  UTF16LE,
  UTF16BE,
  UTF32LE,
  UTF32BE,
}

/** The UTF (and its unit size) an encoding name denotes, for surrogatepass.  CPython: get_standard_encoding */
export function standardEncoding(encoding: string): [StdEncoding, number] {
  const e = encoding.toLowerCase();
  if (e === 'cp65001') return [StdEncoding.UTF8, 3];
  if (!e.startsWith('utf')) return [StdEncoding.UNKNOWN, 0];
  let r = e.slice(3);
  if (r[0] === '-' || r[0] === '_') r = r.slice(1);
  if (r === '8') return [StdEncoding.UTF8, 3];
  for (const [bits, le, be, n] of [
    ['16', StdEncoding.UTF16LE, StdEncoding.UTF16BE, 2],
    ['32', StdEncoding.UTF32LE, StdEncoding.UTF32BE, 4],
  ] as const) {
    if (!r.startsWith(bits)) continue;
    let t = r.slice(2);
    if (t === '') return [le, n];
    if (t[0] === '-' || t[0] === '_') t = t.slice(1);
    if (t === 'be') return [be, n];
    if (t === 'le') return [le, n];
  }
  return [StdEncoding.UNKNOWN, 0];
}

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp < 0xe000;
}

/** The bytes of surrogates cps[start:end] in a UTF, or null if one is not a surrogate. */
function surrogatepassBytes(code: StdEncoding, cps: ArrayLike<number>, start: number, end: number): Uint8Array | null {
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    const ch = cps[i];
    if (!isSurrogate(ch)) return null;
    switch (code) {
      case StdEncoding.UTF8:
        out.push(0xe0 | (ch >> 12), 0x80 | ((ch >> 6) & 0x3f), 0x80 | (ch & 0x3f));
        break;
      case StdEncoding.UTF16LE:
        out.push(ch & 0xff, ch >> 8);
        break;
      case StdEncoding.UTF16BE:
        out.push(ch >> 8, ch & 0xff);
        break;
      case StdEncoding.UTF32LE:
        out.push(ch & 0xff, ch >> 8, 0, 0);
        break;
      case StdEncoding.UTF32BE:
        out.push(0, 0, ch >> 8, ch & 0xff);
        break;
    }
  }
  return Uint8Array.from(out);
}

/** The surrogate encoded at d[start], or -1.  CPython: _PyCodec_SurrogatePassUnicodeDecodeError */
function surrogatepassDecode(code: StdEncoding, n: number, d: Uint8Array, start: number): number {
  if (d.length - start < n) return -1;
  const p = start;
  let ch = 0;
  switch (code) {
    case StdEncoding.UTF8:
      if ((d[p] & 0xf0) === 0xe0 && (d[p + 1] & 0xc0) === 0x80 && (d[p + 2] & 0xc0) === 0x80) {
        ch = ((d[p] & 0x0f) << 12) + ((d[p + 1] & 0x3f) << 6) + (d[p + 2] & 0x3f);
      }
      break;
    case StdEncoding.UTF16LE:
      ch = (d[p + 1] << 8) | d[p];
      break;
    case StdEncoding.UTF16BE:
      ch = (d[p] << 8) | d[p + 1];
      break;
    case StdEncoding.UTF32LE:
      ch = ((d[p + 3] << 24) | (d[p + 2] << 16) | (d[p + 1] << 8) | d[p]) >>> 0;
      break;
    case StdEncoding.UTF32BE:
      ch = ((d[p] << 24) | (d[p + 1] << 16) | (d[p + 2] << 8) | d[p + 3]) >>> 0;
      break;
  }
  return isSurrogate(ch) ? ch : -1;
}

// ---- the handlers as Python callables (codecs.lookup_error('replace') etc.) ----

function wrongExceptionType(exc: PyValue): never {
  throw typeError(`don't know how to handle ${typeOf(exc).tp_name} in error callback`);
}

function result(rep: PyValue, end: number): PyTuple {
  return new PyTuple([rep, end]);
}

export function strictErrors(exc: PyValue): never {
  if (exc instanceof PyBaseException) throw exc;
  throw typeError('codec must pass exception instance');
}

export function ignoreErrors(exc: PyValue): PyTuple {
  if (isUnicodeErrorOf(exc, 'encode') || isUnicodeErrorOf(exc, 'translate')) return result('', unicodeErrorParams(exc, false).end);
  if (isUnicodeErrorOf(exc, 'decode')) return result('', unicodeErrorParams(exc, true).end);
  wrongExceptionType(exc);
}

export function replaceErrors(exc: PyValue): PyTuple {
  if (isUnicodeErrorOf(exc, 'encode')) {
    const p = unicodeErrorParams(exc, false);
    return result('?'.repeat(Math.max(0, p.end - p.start)), p.end);
  }
  if (isUnicodeErrorOf(exc, 'decode')) return result('\ufffd', unicodeErrorParams(exc, true).end);
  if (isUnicodeErrorOf(exc, 'translate')) {
    const p = unicodeErrorParams(exc, false);
    return result('\ufffd'.repeat(Math.max(0, p.end - p.start)), p.end);
  }
  wrongExceptionType(exc);
}

export function xmlcharrefreplaceErrors(exc: PyValue): PyTuple {
  if (!isUnicodeErrorOf(exc, 'encode')) wrongExceptionType(exc);
  const p = unicodeErrorParams(exc, false);
  return result(xmlcharref(codePointValues(p.obj as string), p.start, p.end), p.end);
}

export function backslashreplaceErrors(exc: PyValue): PyTuple {
  if (isUnicodeErrorOf(exc, 'encode') || isUnicodeErrorOf(exc, 'translate')) {
    const p = unicodeErrorParams(exc, false);
    return result(backslashreplaceText(codePointValues(p.obj as string), p.start, p.end), p.end);
  }
  if (isUnicodeErrorOf(exc, 'decode')) {
    const p = unicodeErrorParams(exc, true);
    return result(backslashreplaceBytes(p.obj as Uint8Array, p.start, p.end), p.end);
  }
  wrongExceptionType(exc);
}

export function namereplaceErrors(exc: PyValue): PyTuple {
  if (!isUnicodeErrorOf(exc, 'encode')) wrongExceptionType(exc);
  const p = unicodeErrorParams(exc, false);
  return result(namereplaceText(codePointValues(p.obj as string), p.start, p.end), p.end);
}

export function surrogatepassErrors(exc: PyValue): PyTuple {
  if (isUnicodeErrorOf(exc, 'encode')) {
    const [code] = standardEncoding(isStrValue(exc.encoding) ? strValue(exc.encoding) : '');
    if (code === StdEncoding.UNKNOWN) throw exc;
    const p = unicodeErrorParams(exc, false);
    const b = surrogatepassBytes(code, codePointValues(p.obj as string), p.start, p.end);
    if (b === null) throw exc;
    return result(new PyBytes(b), p.end);
  }
  if (isUnicodeErrorOf(exc, 'decode')) {
    const [code, n] = standardEncoding(isStrValue(exc.encoding) ? strValue(exc.encoding) : '');
    if (code === StdEncoding.UNKNOWN) throw exc;
    const p = unicodeErrorParams(exc, true);
    const ch = surrogatepassDecode(code, n, p.obj as Uint8Array, p.start);
    if (ch < 0) throw exc;
    return result(String.fromCharCode(ch), p.start + n);
  }
  wrongExceptionType(exc);
}

export function surrogateescapeErrors(exc: PyValue): PyTuple {
  if (isUnicodeErrorOf(exc, 'encode')) {
    const p = unicodeErrorParams(exc, false);
    const cps = codePointValues(p.obj as string);
    const out = new Uint8Array(Math.max(0, p.end - p.start));
    for (let i = p.start; i < p.end; i++) {
      if (cps[i] < 0xdc80 || cps[i] > 0xdcff) throw exc;
      out[i - p.start] = cps[i] - 0xdc00;
    }
    return result(new PyBytes(out), p.end);
  }
  if (isUnicodeErrorOf(exc, 'decode')) {
    const p = unicodeErrorParams(exc, true);
    const d = p.obj as Uint8Array;
    let s = '';
    let n = 0;
    while (n < 4 && n < p.end - p.start && d[p.start + n] >= 128) s += String.fromCharCode(0xdc00 + d[p.start + n++]);
    if (n === 0) throw exc;
    return result(s, p.start + n);
  }
  wrongExceptionType(exc);
}

// ---- encoders' and decoders' side ----

/** Converts a handler's return value: (str or bytes, int).  CPython: the "On"/"Un" PyArg_ParseTuple formats */
function unpackResult(r: PyValue, allowBytes: boolean, msg: string): [string | Uint8Array, number] {
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw typeError(msg);
  const [rep, pos] = r.items;
  let out: string | Uint8Array;
  if (isStrValue(rep)) out = strValue(rep);
  else if (allowBytes && rep instanceof PyBytes) out = rep.data;
  else throw typeError(msg);
  const n = PyNumber_Index(pos);
  return [out, typeof n === 'number' ? n : Number(n)];
}

/**
 * The errors of one encoding call: the builtin handlers run natively, others are looked up and
 * called with a UnicodeEncodeError (created once, then updated, as CPython does).
 */
export class EncodeErrors {
  readonly kind: ErrorHandler;
  private handler: PyValue | null = null;
  private exc: PyUnicodeErrorObject | null = null;
  private cps: ArrayLike<number> | null = null;

  constructor(
    readonly encoding: string,
    readonly errors: string | null,
    readonly input: string,
  ) {
    this.kind = errorHandlerKind(errors);
  }

  /** The input's code points (for reading unencodable characters). */
  codePoints(): ArrayLike<number> {
    return (this.cps ??= codePointValues(this.input));
  }

  private exception(reason: string, start: number, end: number): PyUnicodeErrorObject {
    if (this.exc === null) this.exc = newUnicodeEncodeError(this.encoding, this.input, start, end, reason);
    else updateUnicodeError(this.exc, start, end, reason);
    return this.exc;
  }

  raise(reason: string, start: number, end: number): never {
    throw this.exception(reason, start, end);
  }

  /** Calls the registered handler (any name, builtin or not) for input[start:end]. */
  call(reason: string, start: number, end: number): [string | Uint8Array, number] {
    this.handler ??= lookupError(this.errors ?? 'strict');
    const exc = this.exception(reason, start, end);
    const r = PyObject_Call(this.handler, [exc], null);
    const [rep, pos] = unpackResult(r, true, 'encoding error handler must return (str/bytes, int) tuple');
    const len = this.codePoints().length;
    const newpos = pos < 0 ? len + pos : pos;
    if (newpos < 0 || newpos > len) throw indexError(`position ${newpos} from error handler out of bounds`);
    return [rep, newpos];
  }

  /**
   * The replacement for unencodable input[start:end] and the position to continue from. The builtin
   * handlers are computed here as the codecs' fast paths compute them; others are called.
   */
  handle(reason: string, start: number, end: number): [string | Uint8Array, number] {
    const cps = this.codePoints();
    switch (this.kind) {
      case ErrorHandler.STRICT:
        return this.raise(reason, start, end);
      case ErrorHandler.IGNORE:
        return ['', end];
      case ErrorHandler.REPLACE:
        return ['?'.repeat(end - start), end];
      case ErrorHandler.BACKSLASHREPLACE:
        return [backslashreplaceText(cps, start, end), end];
      case ErrorHandler.XMLCHARREFREPLACE:
        return [xmlcharref(cps, start, end), end];
      case ErrorHandler.NAMEREPLACE:
        return [namereplaceText(cps, start, end), end];
      case ErrorHandler.SURROGATEESCAPE: {
        const out: number[] = [];
        let k = start;
        for (; k < end && cps[k] >= 0xdc80 && cps[k] <= 0xdcff; k++) out.push(cps[k] - 0xdc00);
        if (k === end) return [Uint8Array.from(out), end];
        // The escapable prefix is written; the rest fails as the handler would.
        if (out.length) return [Uint8Array.from(out), k];
        return this.raise(reason, k, end);
      }
      case ErrorHandler.SURROGATEPASS: {
        const [code] = standardEncoding(this.encoding);
        const b = code === StdEncoding.UNKNOWN ? null : surrogatepassBytes(code, cps, start, end);
        if (b === null) return this.raise(reason, start, end);
        return [b, end];
      }
    }
    return this.call(reason, start, end);
  }
}

/** The errors of one decoding call (see EncodeErrors). The handler may replace the input bytes. */
export class DecodeErrors {
  readonly kind: ErrorHandler;
  private handler: PyValue | null = null;
  private exc: PyUnicodeErrorObject | null = null;
  private inputObj: PyBytes | null = null;

  constructor(
    readonly encoding: string,
    readonly errors: string | null,
    /** The input; replaced when a handler sets exc.object. */
    public input: Uint8Array,
  ) {
    this.kind = errorHandlerKind(errors);
  }

  private exception(reason: string, start: number, end: number): PyUnicodeErrorObject {
    if (this.exc === null) {
      this.inputObj = new PyBytes(this.input);
      this.exc = newUnicodeDecodeError(this.encoding, this.inputObj, start, end, reason);
    } else updateUnicodeError(this.exc, start, end, reason);
    return this.exc;
  }

  raise(reason: string, start: number, end: number): never {
    throw this.exception(reason, start, end);
  }

  call(reason: string, start: number, end: number): [string, number] {
    this.handler ??= lookupError(this.errors ?? 'strict');
    const exc = this.exception(reason, start, end);
    const r = PyObject_Call(this.handler, [exc], null);
    const [rep, pos] = unpackResult(r, false, 'decoding error handler must return (str, int) tuple');
    const obj = exc.object;
    if (!(obj instanceof PyBytes)) throw typeError(`UnicodeError 'object' attribute must be a bytes`);
    if (obj !== this.inputObj) {
      this.inputObj = obj;
      this.input = obj.data;
    }
    const len = this.input.length;
    const newpos = pos < 0 ? len + pos : pos;
    if (newpos < 0 || newpos > len) throw indexError(`position ${newpos} from error handler out of bounds`);
    return [rep as string, newpos];
  }

  /** The replacement for undecodable input[start:end] and the position to continue from. */
  handle(reason: string, start: number, end: number): [string, number] {
    const d = this.input;
    switch (this.kind) {
      case ErrorHandler.STRICT:
        return this.raise(reason, start, end);
      case ErrorHandler.IGNORE:
        return ['', end];
      case ErrorHandler.REPLACE:
        return ['\ufffd', end];
      case ErrorHandler.BACKSLASHREPLACE:
        return [backslashreplaceBytes(d, start, end), end];
      case ErrorHandler.SURROGATEESCAPE: {
        let s = '';
        let n = 0;
        while (n < 4 && n < end - start && d[start + n] >= 128) s += String.fromCharCode(0xdc00 + d[start + n++]);
        if (n === 0) return this.raise(reason, start, end);
        return [s, start + n];
      }
      case ErrorHandler.SURROGATEPASS: {
        const [code, n] = standardEncoding(this.encoding);
        const ch = code === StdEncoding.UNKNOWN ? -1 : surrogatepassDecode(code, n, d, start);
        if (ch < 0) return this.raise(reason, start, end);
        return [String.fromCharCode(ch), start + n];
      }
    }
    return this.call(reason, start, end);
  }
}

/** The errors of one str.translate-style call with an errors argument (charmap encode/translate). */
export function newTranslateError(object: string, start: number, end: number, reason: string): PyUnicodeErrorObject {
  return newUnicodeTranslateError(object, start, end, reason);
}
