// The codec registry (search functions, the lookup cache, error handlers) and text encoding and
// decoding with CPython's fast paths for the standard encodings.
// CPython: Python/codecs.c (_PyCodec_Lookup, PyCodec_Encode/Decode, _PyCodec_EncodeText,
// PyCodec_RegisterError/LookupError), Objects/unicodeobject.c (PyUnicode_Decode,
// PyUnicode_AsEncodedString, _Py_normalize_encoding).
import { None, type PyValue } from '../object.ts';
import { typeOf } from '../type.ts';
import { isStrValue, strValue } from '../boxes.ts';
import { PyTuple } from '../tuple.ts';
import { PyBytes } from '../bytes.ts';
import { PyCFunction } from '../descrobject.ts';
import { parseSignature } from '../getargs.ts';
import { PyObject_Call, PyObject_LookupAttr, PyObject_IsTrue } from '../abstract.ts';
import { getBuffer, isByteArray } from '../bytes/buffer.ts';
import { typeError, valueError, newException, PyExc_LookupError, PyExc_UnicodeEncodeError, addNote, PyBaseException } from '../exceptions.ts';
import { interp, type Interpreter } from '../../vm/interpreter.ts';
import { configOf } from '../../runtime/config.ts';
import {
  strictErrors,
  ignoreErrors,
  replaceErrors,
  xmlcharrefreplaceErrors,
  backslashreplaceErrors,
  namereplaceErrors,
  surrogatepassErrors,
  surrogateescapeErrors,
} from './errors.ts';
import { utf8Encode, utf8Decode } from './utf8.ts';
import { utf16Encode, utf16Decode, utf32Encode, utf32Decode } from './utf16.ts';
import { latin1Encode, latin1Decode, asciiEncode, asciiDecode } from './latin1.ts';
import { gcRootProviders } from '../../vm/gc-state.ts';

const BUILTIN_HANDLERS: readonly [string, string, (exc: PyValue) => PyValue, string][] = [
  ['strict', 'strict_errors', strictErrors, "Implements the 'strict' error handling: raises the UnicodeError."],
  ['ignore', 'ignore_errors', ignoreErrors, "Implements the 'ignore' error handling: skips what cannot be coded."],
  ['replace', 'replace_errors', replaceErrors, "Implements the 'replace' error handling: puts a replacement marker instead."],
  ['xmlcharrefreplace', 'xmlcharrefreplace_errors', xmlcharrefreplaceErrors, "Implements the 'xmlcharrefreplace' error handling: XML character references."],
  ['backslashreplace', 'backslashreplace_errors', backslashreplaceErrors, "Implements the 'backslashreplace' error handling: backslashed escapes."],
  ['namereplace', 'namereplace_errors', namereplaceErrors, "Implements the 'namereplace' error handling: \\N{...} escapes."],
  ['surrogatepass', 'surrogatepass', surrogatepassErrors, "Implements the 'surrogatepass' error handling: codes surrogates as if they were characters."],
  ['surrogateescape', 'surrogateescape', surrogateescapeErrors, "Implements the 'surrogateescape' error handling: bytes 0x80-0xff as U+DC80-U+DCFF."],
];

/** The codec state of one interpreter.  CPython: PyInterpreterState.codecs */
class CodecState {
  readonly searchPath: PyValue[] = [];
  readonly searchCache = new Map<string, PyValue>();
  readonly errorRegistry = new Map<string, PyValue>();
  encodingsImported = false;

  constructor() {
    const sig = parseSignature('(exception, /)');
    for (const [name, fname, impl, doc] of BUILTIN_HANDLERS) {
      this.errorRegistry.set(name, new PyCFunction(fname, fname, sig, { short: fname, funcStr: `${fname}()` }, impl, null, null, doc));
    }
  }
}

const states = new WeakMap<Interpreter, CodecState>();
gcRootProviders.push(() => [states.get(interp())]);

function state(): CodecState {
  const ip = interp();
  let s = states.get(ip);
  if (s === undefined) {
    s = new CodecState();
    states.set(ip, s);
  }
  return s;
}

function isCallable(v: PyValue): boolean {
  return typeOf(v).tp_call !== null;
}

// ---- search functions ----

export function codecRegister(fn: PyValue): void {
  if (!isCallable(fn)) throw typeError('argument must be callable');
  state().searchPath.push(fn);
}

export function codecUnregister(fn: PyValue): void {
  const s = state();
  const i = s.searchPath.indexOf(fn);
  if (i >= 0) {
    s.searchPath.splice(i, 1);
    s.searchCache.clear();
  }
}

/**
 * Lower case, with runs of characters other than ASCII letters, digits and '.' turned into one
 * underscore (none at the start).  CPython: _Py_normalize_encoding
 */
export function normalizeEncoding(name: string): string {
  let out = '';
  let punct = false;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '.') {
      if (punct && out.length > 0) out += '_';
      punct = false;
      out += c.toLowerCase();
    } else punct = true;
  }
  return out;
}

function lookupErrorObj(msg: string): PyBaseException {
  return newException(PyExc_LookupError, [msg]);
}

/** The CodecInfo registered for an encoding.  CPython: _PyCodec_Lookup */
export function codecLookup(encoding: string): PyValue {
  if (encoding.includes('\0')) throw valueError('embedded null character');
  // The name is used as UTF-8: a lone surrogate cannot be.
  for (let i = 0; i < encoding.length; i++) {
    const c = encoding.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < encoding.length && (encoding.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      continue;
    }
    throw PyObject_Call(PyExc_UnicodeEncodeError, ['utf-8', encoding, i, i + 1, 'surrogates not allowed'], null);
  }
  const s = state();
  const key = normalizeEncoding(encoding);
  const hit = s.searchCache.get(key);
  if (hit !== undefined) return hit;
  if (!s.encodingsImported) {
    // The encodings package registers its search function when imported.  CPython does this at
    // start-up (_PyCodec_InitRegistry); pyts on the first lookup.
    s.encodingsImported = true;
    importEncodings();
  }
  if (s.searchPath.length === 0) throw lookupErrorObj("no codec search functions registered: can't find encoding");
  for (const fn of s.searchPath.slice()) {
    const r = PyObject_Call(fn, [key], null);
    if (r === None) continue;
    if (!(r instanceof PyTuple) || r.items.length !== 4) throw typeError('codec search functions must return 4-tuples');
    s.searchCache.set(key, r);
    return r;
  }
  throw lookupErrorObj(`unknown encoding: ${encoding}`);
}

function importEncodings(): void {
  const ip = interp();
  const imp = ip.builtinsDict.getStr('__import__');
  if (imp !== undefined) PyObject_Call(imp, ['encodings'], null);
}

/** Forgets a cached lookup (codecs._forget_codec). */
export function codecForget(encoding: string): void {
  state().searchCache.delete(normalizeEncoding(encoding));
}

function codecItem(info: PyValue, i: number): PyValue {
  return (info as PyTuple).items[i];
}

/** codecs.encode(obj, encoding, errors): any codec, any types.  CPython: PyCodec_Encode */
export function codecEncode(obj: PyValue, encoding: string, errors: string | null): PyValue {
  return callCodec(codecItem(codecLookup(encoding), 0), obj, encoding, errors, 'encoding', 'encoder must return a tuple (object, integer)');
}

/** codecs.decode(obj, encoding, errors).  CPython: PyCodec_Decode */
export function codecDecode(obj: PyValue, encoding: string, errors: string | null): PyValue {
  return callCodec(codecItem(codecLookup(encoding), 1), obj, encoding, errors, 'decoding', 'decoder must return a tuple (object,integer)');
}

function callCodec(fn: PyValue, obj: PyValue, encoding: string, errors: string | null, what: string, badResult: string): PyValue {
  let r: PyValue;
  try {
    r = PyObject_Call(fn, errors === null ? [obj] : [obj, errors], null);
  } catch (e) {
    if (e instanceof PyBaseException) addNote(e, `${what} with '${encoding}' codec failed`);
    throw e;
  }
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw typeError(badResult);
  return r.items[0];
}

/** A codec that must be a text encoding (str.encode, bytes.decode).  CPython: _PyCodec_LookupTextEncoding */
function lookupTextEncoding(encoding: string, alternate: string): PyValue {
  const info = codecLookup(encoding);
  if (!(info instanceof PyTuple && typeOf(info).tp_name === 'tuple')) {
    const attr = PyObject_LookupAttr(info, '_is_text_encoding');
    if (attr !== undefined && !PyObject_IsTrue(attr)) {
      throw lookupErrorObj(`'${encoding}' is not a text encoding; use ${alternate} to handle arbitrary codecs`);
    }
  }
  return info;
}

// ---- error handlers ----

export function registerError(name: string, handler: PyValue): void {
  if (!isCallable(handler)) throw typeError('handler must be callable');
  state().errorRegistry.set(name, handler);
}

export function unregisterError(name: string): boolean {
  if (BUILTIN_HANDLERS.some(([n]) => n === name)) throw valueError(`cannot un-register built-in error handler '${name}'`);
  return state().errorRegistry.delete(name);
}

/** The handler registered under a name.  CPython: PyCodec_LookupError */
export function lookupError(name: string): PyValue {
  const h = state().errorRegistry.get(name);
  if (h === undefined) throw lookupErrorObj(`unknown error handler name '${name}'`);
  return h;
}

// ---- text encoding and decoding ----

/** The fast-path codec an encoding name selects, or null.  CPython: the shortcuts of PyUnicode_Decode */
function fastCodec(encoding: string): 'utf-8' | 'utf-16' | 'utf-32' | 'ascii' | 'latin-1' | null {
  const e = normalizeEncoding(encoding);
  switch (e) {
    case 'utf8':
    case 'utf_8':
      return 'utf-8';
    case 'utf16':
    case 'utf_16':
      return 'utf-16';
    case 'utf32':
    case 'utf_32':
      return 'utf-32';
    case 'ascii':
    case 'us_ascii':
      return 'ascii';
    case 'latin1':
    case 'latin_1':
    case 'iso_8859_1':
    case 'iso8859_1':
      return 'latin-1';
  }
  return null;
}

/** Error handlers every build has: not looked up by the development-mode check. */
const COMMON_ERRORS = new Set(['strict', 'ignore', 'replace', 'surrogateescape', 'surrogatepass']);

/**
 * In development mode (-X dev), an encoding or error handler that does not exist fails even when
 * the text would not need it (empty, or no error to handle).  CPython: unicode_check_encoding_errors
 */
function checkEncodingErrors(encoding: string | null, errors: string | null): void {
  if (encoding === null && errors === null) return;
  if (!configOf(interp()).devMode) return;
  if (encoding !== null && encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'ascii') codecLookup(encoding);
  if (errors !== null && !COMMON_ERRORS.has(errors)) lookupError(errors);
}

/**
 * str.encode(encoding, errors): bytes, through the fast paths or the registry.
 * CPython: PyUnicode_AsEncodedString
 */
export function encodeText(s: string, encoding: string | null, errors: string | null): Uint8Array {
  checkEncodingErrors(encoding, errors);
  const fast = encoding === null ? 'utf-8' : fastCodec(encoding);
  switch (fast) {
    case 'utf-8':
      return utf8Encode(s, errors);
    case 'utf-16':
      return utf16Encode(s, errors, 0);
    case 'utf-32':
      return utf32Encode(s, errors, 0);
    case 'ascii':
      return asciiEncode(s, errors);
    case 'latin-1':
      return latin1Encode(s, errors);
  }
  const enc = encoding!;
  const info = lookupTextEncoding(enc, 'codecs.encode()');
  const v = callCodec(codecItem(info, 0), s, enc, errors, 'encoding', 'encoder must return a tuple (object, integer)');
  if (v instanceof PyBytes) return v.data;
  // Differs from CPython: a bytearray result is accepted without the RuntimeWarning CPython emits
  // (pyts has no warnings machinery yet).
  if (isByteArray(v)) return getBuffer(v)!.slice();
  throw typeError(`'${enc}' encoder returned '${typeOf(v).tp_name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
}

/**
 * bytes.decode(encoding, errors) and str(bytes, encoding, errors).
 * CPython: PyUnicode_Decode (empty input gives '' without looking the encoding up)
 */
export function decodeText(data: Uint8Array, encoding: string | null, errors: string | null): string {
  checkEncodingErrors(encoding, errors);
  if (data.length === 0) return '';
  const fast = encoding === null ? 'utf-8' : fastCodec(encoding);
  switch (fast) {
    case 'utf-8':
      return utf8Decode(data, errors, true)[0];
    case 'utf-16':
      return utf16Decode(data, errors, 0, true)[0];
    case 'utf-32':
      return utf32Decode(data, errors, 0, true)[0];
    case 'ascii':
      return asciiDecode(data, errors);
    case 'latin-1':
      return latin1Decode(data);
  }
  const enc = encoding!;
  const info = lookupTextEncoding(enc, 'codecs.decode()');
  // The codec is given a memoryview of the bytes, as CPython's PyUnicode_Decode gives it.
  const obj = PyObject_Call(interp().builtinsDict.getStr('memoryview')!, [new PyBytes(data)], null);
  const v = callCodec(codecItem(info, 1), obj, enc, errors, 'decoding', 'decoder must return a tuple (object,integer)');
  if (!isStrValue(v)) {
    throw typeError(`'${enc}' decoder returned '${typeOf(v).tp_name}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
  }
  return strValue(v);
}
