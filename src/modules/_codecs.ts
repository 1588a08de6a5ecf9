// The _codecs module: the codec registry, error handler registry, and the encoders and decoders
// the encodings package wraps.  CPython: Modules/_codecsmodule.c
import { None, type PyValue } from '../objects/object.ts';
import { typeOf } from '../objects/type.ts';
import { defineModule } from '../objects/module-def.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyBytes } from '../objects/bytes.ts';
import { PyNumber_Index, PyObject_IsTrue } from '../objects/abstract.ts';
import { typeError, valueError, overflowError } from '../objects/exceptions.ts';
import { cpLength } from '../objects/str/codepoints.ts';
import { argTypeName } from '../objects/str/args.ts';
import { bytesLikeData } from '../objects/bytes/buffer.ts';
import {
  codecRegister,
  codecUnregister,
  codecLookup,
  codecEncode,
  codecDecode,
  registerError,
  unregisterError,
  lookupError,
} from '../objects/codecs/registry.ts';
import { utf8Encode, utf8Decode } from '../objects/codecs/utf8.ts';
import { utf16Encode, utf16Decode, utf32Encode, utf32Decode } from '../objects/codecs/utf16.ts';
import { utf7Encode, utf7Decode } from '../objects/codecs/utf7.ts';
import { latin1Encode, latin1Decode, asciiEncode, asciiDecode, charmapEncode, charmapDecode, charmapBuild } from '../objects/codecs/latin1.ts';
import { unicodeEscapeEncode, unicodeEscapeDecode, rawUnicodeEscapeEncode, rawUnicodeEscapeDecode, escapeEncode, escapeDecode } from '../objects/codecs/escape.ts';

type V = PyValue;

function typeName(v: V): string {
  return typeOf(v).tp_name;
}

function noNul(s: string): string {
  if (s.includes('\0')) throw valueError('embedded null character');
  return s;
}

/** A `str` argument.  "lookup() argument must be str, not int" */
function strArg(v: V, fname: string, what: string): string {
  if (!isStrValue(v)) throw typeError(`${fname}() ${what} must be str, not ${argTypeName(v)}`);
  return noNul(strValue(v));
}

/** An `errors` argument: str or None. */
function errorsArg(v: V | undefined, fname: string, pos = 2): string | null {
  if (v === undefined || v === None) return null;
  if (!isStrValue(v)) throw typeError(`${fname}() argument ${pos} must be str or None, not ${argTypeName(v)}`);
  return noNul(strValue(v));
}

/** A `str` (unicode) first argument of an encoder. */
function textArg(v: V, fname: string): string {
  if (!isStrValue(v)) throw typeError(`${fname}() argument 1 must be str, not ${argTypeName(v)}`);
  return strValue(v);
}

/** A Py_buffer(accept={str, buffer}) argument: str is taken as its UTF-8 bytes. */
function bufferOrStr(v: V): Uint8Array {
  if (isStrValue(v)) return utf8Encode(strValue(v), null);
  return bytesLikeData(v);
}

function intArg(v: V | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = PyNumber_Index(v);
  if (n > 2147483647 || n < -2147483648) throw overflowError('Python int too large to convert to C int');
  return Number(n);
}

function boolArg(v: V | undefined, dflt: boolean): boolean {
  return v === undefined ? dflt : PyObject_IsTrue(v);
}

function encoded(data: Uint8Array, s: string): PyTuple {
  return new PyTuple([new PyBytes(data), cpLength(s)]);
}

function decoded(text: string, consumed: number): PyTuple {
  return new PyTuple([text, consumed]);
}

// ---- registry ----

function lookup(_m: V, encoding: V): V {
  return codecLookup(strArg(encoding, 'lookup', 'argument'));
}

function encode(_m: V, obj: V, encoding: V, errors: V): V {
  const enc = encoding === undefined ? 'utf-8' : strArg(encoding, 'encode', "argument 'encoding'");
  const err = errors === undefined ? null : strArg(errors, 'encode', "argument 'errors'");
  return codecEncode(obj, enc, err);
}

function decode(_m: V, obj: V, encoding: V, errors: V): V {
  const enc = encoding === undefined ? 'utf-8' : strArg(encoding, 'decode', "argument 'encoding'");
  const err = errors === undefined ? null : strArg(errors, 'decode', "argument 'errors'");
  return codecDecode(obj, enc, err);
}

// ---- UTF ----

function utf8EncodeF(_m: V, s: V, errors: V): PyTuple {
  const t = textArg(s, 'utf_8_encode');
  return encoded(utf8Encode(t, errorsArg(errors, 'utf_8_encode')), t);
}

function utf8DecodeF(_m: V, data: V, errors: V, final: V): PyTuple {
  const d = bytesLikeData(data);
  const [text, n] = utf8Decode(d, errorsArg(errors, 'utf_8_decode'), boolArg(final, false));
  return decoded(text, n);
}

function utf7EncodeF(_m: V, s: V, errors: V): PyTuple {
  const t = textArg(s, 'utf_7_encode');
  errorsArg(errors, 'utf_7_encode');
  return encoded(utf7Encode(t), t);
}

function utf7DecodeF(_m: V, data: V, errors: V, final: V): PyTuple {
  const d = bytesLikeData(data);
  const [text, n] = utf7Decode(d, errorsArg(errors, 'utf_7_decode'), boolArg(final, false));
  return decoded(text, n);
}

function utfEncoder(bits: 16 | 32, fixed: number | null, fname: string) {
  return function utfEncodeF(_m: V, s: V, errors: V, byteorder?: V): PyTuple {
    const t = textArg(s, fname);
    const err = errorsArg(errors, fname);
    const bo = fixed !== null ? fixed : intArg(byteorder, 0);
    return encoded(bits === 16 ? utf16Encode(t, err, bo) : utf32Encode(t, err, bo), t);
  };
}

function utfDecoder(bits: 16 | 32, fixed: number, fname: string) {
  return function utfDecodeF(_m: V, data: V, errors: V, final: V): PyTuple {
    const d = bytesLikeData(data);
    const err = errorsArg(errors, fname);
    const f = boolArg(final, false);
    const [text, n] = bits === 16 ? utf16Decode(d, err, fixed, f) : utf32Decode(d, err, fixed, f);
    return decoded(text, n);
  };
}

function utfExDecoder(bits: 16 | 32, fname: string) {
  return function utfExDecodeF(_m: V, data: V, errors: V, byteorder: V, final: V): PyTuple {
    const d = bytesLikeData(data);
    const err = errorsArg(errors, fname);
    const bo = intArg(byteorder, 0);
    const f = boolArg(final, false);
    const [text, n, order] = bits === 16 ? utf16Decode(d, err, bo, f) : utf32Decode(d, err, bo, f);
    return new PyTuple([text, n, order]);
  };
}

// ---- single-byte codecs ----

function latin1EncodeF(_m: V, s: V, errors: V): PyTuple {
  const t = textArg(s, 'latin_1_encode');
  return encoded(latin1Encode(t, errorsArg(errors, 'latin_1_encode')), t);
}

function latin1DecodeF(_m: V, data: V, errors: V): PyTuple {
  const d = bytesLikeData(data);
  errorsArg(errors, 'latin_1_decode');
  return decoded(latin1Decode(d), d.length);
}

function asciiEncodeF(_m: V, s: V, errors: V): PyTuple {
  const t = textArg(s, 'ascii_encode');
  return encoded(asciiEncode(t, errorsArg(errors, 'ascii_encode')), t);
}

function asciiDecodeF(_m: V, data: V, errors: V): PyTuple {
  const d = bytesLikeData(data);
  return decoded(asciiDecode(d, errorsArg(errors, 'ascii_decode')), d.length);
}

function charmapEncodeF(_m: V, s: V, errors: V, mapping: V): PyTuple {
  const t = textArg(s, 'charmap_encode');
  return encoded(charmapEncode(t, errorsArg(errors, 'charmap_encode'), mapping ?? None), t);
}

function charmapDecodeF(_m: V, data: V, errors: V, mapping: V): PyTuple {
  const d = bytesLikeData(data);
  return decoded(charmapDecode(d, errorsArg(errors, 'charmap_decode'), mapping ?? None), d.length);
}

function charmapBuildF(_m: V, map: V): V {
  return charmapBuild(textArg(map, 'charmap_build'));
}

// ---- escapes ----

function unicodeEscapeEncodeF(_m: V, s: V, errors: V): PyTuple {
  const t = textArg(s, 'unicode_escape_encode');
  errorsArg(errors, 'unicode_escape_encode');
  return encoded(unicodeEscapeEncode(t), t);
}

function unicodeEscapeDecodeF(_m: V, data: V, errors: V, final: V): PyTuple {
  const d = bufferOrStr(data);
  const [text, n] = unicodeEscapeDecode(d, errorsArg(errors, 'unicode_escape_decode'), boolArg(final, true));
  return decoded(text, n);
}

function rawUnicodeEscapeEncodeF(_m: V, s: V, errors: V): PyTuple {
  const t = textArg(s, 'raw_unicode_escape_encode');
  errorsArg(errors, 'raw_unicode_escape_encode');
  return encoded(rawUnicodeEscapeEncode(t), t);
}

function rawUnicodeEscapeDecodeF(_m: V, data: V, errors: V, final: V): PyTuple {
  const d = bufferOrStr(data);
  const [text, n] = rawUnicodeEscapeDecode(d, errorsArg(errors, 'raw_unicode_escape_decode'), boolArg(final, true));
  return decoded(text, n);
}

function escapeEncodeF(_m: V, data: V, errors: V): PyTuple {
  if (!(data instanceof PyBytes)) throw typeError(`escape_encode() argument 1 must be bytes, not ${typeName(data)}`);
  errorsArg(errors, 'escape_encode');
  return new PyTuple([new PyBytes(escapeEncode(data.data)), data.data.length]);
}

function escapeDecodeF(_m: V, data: V, errors: V): PyTuple {
  const d = bufferOrStr(data);
  return new PyTuple([new PyBytes(escapeDecode(d, errorsArg(errors, 'escape_decode'))), d.length]);
}

function readbufferEncodeF(_m: V, data: V, errors: V): PyTuple {
  const d = bufferOrStr(data);
  errorsArg(errors, 'readbuffer_encode');
  return new PyTuple([new PyBytes(d.slice()), d.length]);
}

// ---- error handlers ----

function registerErrorF(_m: V, errors: V, handler: V): void {
  registerError(strArg(errors, 'register_error', 'argument 1'), handler);
}

function unregisterErrorF(_m: V, errors: V): boolean {
  return unregisterError(strArg(errors, '_unregister_error', 'argument'));
}

function lookupErrorF(_m: V, name: V): V {
  return lookupError(strArg(name, 'lookup_error', 'argument'));
}

export const codecsModule = defineModule({
  name: '_codecs',
  doc: 'The codec registry and the builtin encoders and decoders.',
  functions: {
    register: { sig: '($module, search_function, /)', impl: (_m: V, f: V) => codecRegister(f), doc: 'Registers a codec search function.' },
    unregister: { sig: '($module, search_function, /)', impl: (_m: V, f: V) => codecUnregister(f), doc: 'Unregisters a codec search function and clears the lookup cache.' },
    lookup: { sig: '($module, encoding, /)', impl: lookup, doc: 'The CodecInfo registered for an encoding.' },
    encode: { sig: "($module, /, obj, encoding='utf-8', errors='strict')", impl: encode, doc: 'Encodes obj with the codec registered for encoding.' },
    decode: { sig: "($module, /, obj, encoding='utf-8', errors='strict')", impl: decode, doc: 'Decodes obj with the codec registered for encoding.' },
    escape_encode: { sig: '($module, data, errors=None, /)', impl: escapeEncodeF, doc: 'Encodes bytes with backslash escapes (the body of their repr).' },
    escape_decode: { sig: '($module, data, errors=None, /)', impl: escapeDecodeF, doc: 'Decodes backslash escapes in bytes.' },
    utf_7_encode: { sig: '($module, str, errors=None, /)', impl: utf7EncodeF, doc: 'Encodes str as UTF-7.' },
    utf_7_decode: { sig: '($module, data, errors=None, final=False, /)', impl: utf7DecodeF, doc: 'Decodes UTF-7.' },
    utf_8_encode: { sig: '($module, str, errors=None, /)', impl: utf8EncodeF, doc: 'Encodes str as UTF-8.' },
    utf_8_decode: { sig: '($module, data, errors=None, final=False, /)', impl: utf8DecodeF, doc: 'Decodes UTF-8.' },
    utf_16_encode: { sig: '($module, str, errors=None, byteorder=0, /)', impl: utfEncoder(16, null, 'utf_16_encode'), doc: 'Encodes str as UTF-16 (a BOM first when byteorder is 0).' },
    utf_16_le_encode: { sig: '($module, str, errors=None, /)', impl: utfEncoder(16, -1, 'utf_16_le_encode'), doc: 'Encodes str as UTF-16-LE.' },
    utf_16_be_encode: { sig: '($module, str, errors=None, /)', impl: utfEncoder(16, 1, 'utf_16_be_encode'), doc: 'Encodes str as UTF-16-BE.' },
    utf_16_decode: { sig: '($module, data, errors=None, final=False, /)', impl: utfDecoder(16, 0, 'utf_16_decode'), doc: 'Decodes UTF-16, honouring a BOM.' },
    utf_16_le_decode: { sig: '($module, data, errors=None, final=False, /)', impl: utfDecoder(16, -1, 'utf_16_le_decode'), doc: 'Decodes UTF-16-LE.' },
    utf_16_be_decode: { sig: '($module, data, errors=None, final=False, /)', impl: utfDecoder(16, 1, 'utf_16_be_decode'), doc: 'Decodes UTF-16-BE.' },
    utf_16_ex_decode: { sig: '($module, data, errors=None, byteorder=0, final=False,\n                 /)', impl: utfExDecoder(16, 'utf_16_ex_decode'), doc: 'Decodes UTF-16 with a given byte order; returns (str, consumed, byteorder).' },
    utf_32_encode: { sig: '($module, str, errors=None, byteorder=0, /)', impl: utfEncoder(32, null, 'utf_32_encode'), doc: 'Encodes str as UTF-32 (a BOM first when byteorder is 0).' },
    utf_32_le_encode: { sig: '($module, str, errors=None, /)', impl: utfEncoder(32, -1, 'utf_32_le_encode'), doc: 'Encodes str as UTF-32-LE.' },
    utf_32_be_encode: { sig: '($module, str, errors=None, /)', impl: utfEncoder(32, 1, 'utf_32_be_encode'), doc: 'Encodes str as UTF-32-BE.' },
    utf_32_decode: { sig: '($module, data, errors=None, final=False, /)', impl: utfDecoder(32, 0, 'utf_32_decode'), doc: 'Decodes UTF-32, honouring a BOM.' },
    utf_32_le_decode: { sig: '($module, data, errors=None, final=False, /)', impl: utfDecoder(32, -1, 'utf_32_le_decode'), doc: 'Decodes UTF-32-LE.' },
    utf_32_be_decode: { sig: '($module, data, errors=None, final=False, /)', impl: utfDecoder(32, 1, 'utf_32_be_decode'), doc: 'Decodes UTF-32-BE.' },
    utf_32_ex_decode: { sig: '($module, data, errors=None, byteorder=0, final=False,\n                 /)', impl: utfExDecoder(32, 'utf_32_ex_decode'), doc: 'Decodes UTF-32 with a given byte order; returns (str, consumed, byteorder).' },
    unicode_escape_encode: { sig: '($module, str, errors=None, /)', impl: unicodeEscapeEncodeF, doc: 'Encodes str with Python string escapes.' },
    unicode_escape_decode: { sig: '($module, data, errors=None, final=True, /)', impl: unicodeEscapeDecodeF, doc: 'Decodes Python string escapes.' },
    raw_unicode_escape_encode: { sig: '($module, str, errors=None, /)', impl: rawUnicodeEscapeEncodeF, doc: 'Encodes str with \\u and \\U escapes above U+00FF.' },
    raw_unicode_escape_decode: { sig: '($module, data, errors=None, final=True, /)', impl: rawUnicodeEscapeDecodeF, doc: 'Decodes \\u and \\U escapes.' },
    latin_1_encode: { sig: '($module, str, errors=None, /)', impl: latin1EncodeF, doc: 'Encodes str as Latin-1.' },
    latin_1_decode: { sig: '($module, data, errors=None, /)', impl: latin1DecodeF, doc: 'Decodes Latin-1.' },
    ascii_encode: { sig: '($module, str, errors=None, /)', impl: asciiEncodeF, doc: 'Encodes str as ASCII.' },
    ascii_decode: { sig: '($module, data, errors=None, /)', impl: asciiDecodeF, doc: 'Decodes ASCII.' },
    charmap_encode: { sig: '($module, str, errors=None, mapping=None, /)', impl: charmapEncodeF, doc: 'Encodes str through a character map.' },
    charmap_decode: { sig: '($module, data, errors=None, mapping=None, /)', impl: charmapDecodeF, doc: 'Decodes bytes through a character map (a str table or a mapping).' },
    charmap_build: { sig: '($module, map, /)', impl: charmapBuildF, doc: 'An encoding map for a 256-character decoding table.' },
    readbuffer_encode: { sig: '($module, data, errors=None, /)', impl: readbufferEncodeF, doc: 'The bytes of a buffer (or the UTF-8 of a str).' },
    register_error: { sig: '($module, errors, handler, /)', impl: registerErrorF, doc: 'Registers an error handler under a name.' },
    _unregister_error: { sig: '($module, errors, /)', impl: unregisterErrorF, doc: 'Unregisters an error handler; false if none was registered.' },
    lookup_error: { sig: '($module, name, /)', impl: lookupErrorF, doc: 'The error handler registered under a name.' },
  },
});
