// The encoders and decoders of TextIOWrapper: native ones for UTF-8, Latin-1 and ASCII (what
// CPython's textio.c calls its "fast encodings"), and the codec registry's incremental encoders and
// decoders for every other encoding.  CPython: Modules/_io/textio.c (encodefuncs,
// _textiowrapper_set_decoder/_set_encoder), Objects/unicodeobject.c (the UTF-8 codec)
import { None, type PyValue } from '../../objects/object.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyObject_Call, PyObject_CallMethod, PyObject_GetAttr, PyObject_IsTrue, PyObject_LookupAttr, PyNumber_Index } from '../../objects/abstract.ts';
import { isStrValue, strValue, isIntValue } from '../../objects/boxes.ts';
import { typeOf } from '../../objects/type.ts';
import * as E from '../../objects/exceptions.ts';
import { importModule } from '../../runtime/import.ts';

export interface IncEncoder {
  encode(s: string): Uint8Array;
  reset(): void;
  setstate(state: PyValue): void;
}

export interface IncDecoder {
  decode(data: Uint8Array, final: boolean): string;
  /** (buffered input, flags), as the codec's getstate() returns. */
  getstate(): [Uint8Array, PyValue];
  setstate(buffered: Uint8Array, flags: PyValue): void;
  reset(): void;
  /** The Python object, for decoders that are one (IncrementalNewlineDecoder wraps it). */
  readonly pyObject: PyValue | null;
}

/** The native codecs, by the name CPython's normalisation gives them (or null). */
export type NativeEncoding = 'utf-8' | 'latin-1' | 'ascii';

/** encodings' normalisation of a codec name: lower case, punctuation runs to '_'.  CPython: _Py_normalize_encoding */
function normalize(name: string): string {
  let out = '';
  let punct = false;
  for (const c of name) {
    if (/[A-Za-z0-9.]/.test(c)) {
      if (punct && out) out += '_';
      out += c.toLowerCase();
      punct = false;
    } else punct = true;
  }
  return out;
}

const NATIVE_ALIASES: Record<string, NativeEncoding> = {
  utf_8: 'utf-8',
  utf8: 'utf-8',
  u8: 'utf-8',
  utf: 'utf-8',
  cp65001: 'utf-8',
  utf8_ucs2: 'utf-8',
  utf8_ucs4: 'utf-8',
  latin_1: 'latin-1',
  latin1: 'latin-1',
  latin: 'latin-1',
  l1: 'latin-1',
  iso_8859_1: 'latin-1',
  iso8859_1: 'latin-1',
  iso8859: 'latin-1',
  iso_ir_100: 'latin-1',
  '8859': 'latin-1',
  cp819: 'latin-1',
  ibm819: 'latin-1',
  csisolatin1: 'latin-1',
  ascii: 'ascii',
  us_ascii: 'ascii',
  '646': 'ascii',
  'ansi_x3.4_1968': 'ascii',
  ansi_x3_4_1968: 'ascii',
  'ansi_x3.4_1986': 'ascii',
  cp367: 'ascii',
  csascii: 'ascii',
  ibm367: 'ascii',
  iso646_us: 'ascii',
  'iso_646.irv_1991': 'ascii',
  iso_ir_6: 'ascii',
  us: 'ascii',
};

export function nativeEncoding(encoding: string): NativeEncoding | null {
  return NATIVE_ALIASES[normalize(encoding)] ?? null;
}

// ---- UTF-8 ----

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Encoder = new TextEncoder();

/** Whether s has a surrogate that is not part of a pair (UTF-8 cannot encode it). */
function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    return true;
  }
  return false;
}

/** The length of a valid but incomplete UTF-8 sequence at the end of data (0 if none). */
function incompleteTail(data: Uint8Array): number {
  const n = data.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = data[n - k];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    if (need <= k) return 0;
    // Check the second byte's range as CPython's decoder does before buffering.
    if (k >= 2) {
      const c = data[n - k + 1];
      if (b === 0xe0 && c < 0xa0) return 0;
      if (b === 0xed && c > 0x9f) return 0;
      if (b === 0xf0 && c < 0x90) return 0;
      if (b === 0xf4 && c > 0x8f) return 0;
    }
    return k;
  }
  return 0;
}

function concat2(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** bytes.decode through the str/bytes implementation (error handlers, exact exceptions). */
function decodeWithHandlers(data: Uint8Array, encoding: string, errors: string): string {
  const r = PyObject_CallMethod(new PyBytes(data), 'decode', [encoding, errors]);
  return strValue(r);
}

function encodeWithHandlers(s: string, encoding: string, errors: string): Uint8Array {
  const r = PyObject_CallMethod(s, 'encode', [encoding, errors]);
  if (!(r instanceof PyBytes)) throw E.typeError(`encoder should return a bytes object, not '${typeOf(r).tp_name}'`);
  return r.data;
}

class Utf8Decoder implements IncDecoder {
  private pending: Uint8Array = new Uint8Array(0);
  readonly pyObject = null;
  constructor(private readonly errors: string) {}

  decode(input: Uint8Array, final: boolean): string {
    let data = concat2(this.pending, input);
    this.pending = new Uint8Array(0);
    if (!final) {
      const tail = incompleteTail(data);
      if (tail > 0) {
        this.pending = data.slice(data.length - tail);
        data = data.subarray(0, data.length - tail);
      }
    }
    if (data.length === 0) return '';
    try {
      return utf8Fatal.decode(data);
    } catch {
      return decodeWithHandlers(data, 'utf-8', this.errors);
    }
  }

  getstate(): [Uint8Array, PyValue] {
    return [this.pending, 0];
  }

  setstate(buffered: Uint8Array): void {
    this.pending = buffered.slice();
  }

  reset(): void {
    this.pending = new Uint8Array(0);
  }
}

class Utf8Encoder implements IncEncoder {
  constructor(private readonly errors: string) {}
  encode(s: string): Uint8Array {
    if (!hasLoneSurrogate(s)) return utf8Encoder.encode(s);
    return encodeWithHandlers(s, 'utf-8', this.errors);
  }
  reset(): void {}
  setstate(): void {}
}

// ---- Latin-1 and ASCII ----

class ByteDecoder implements IncDecoder {
  readonly pyObject = null;
  constructor(
    private readonly limit: number,
    private readonly encoding: string,
    private readonly errors: string,
  ) {}
  decode(data: Uint8Array): string {
    let out = '';
    for (let i = 0; i < data.length; i += 8192) {
      const part = data.subarray(i, i + 8192);
      for (let j = 0; j < part.length; j++) if (part[j] > this.limit) return decodeWithHandlers(data, this.encoding, this.errors);
      out += String.fromCharCode.apply(null, part as unknown as number[]);
    }
    return out;
  }
  getstate(): [Uint8Array, PyValue] {
    return [new Uint8Array(0), 0];
  }
  setstate(): void {}
  reset(): void {}
}

class ByteEncoder implements IncEncoder {
  constructor(
    private readonly limit: number,
    private readonly encoding: string,
    private readonly errors: string,
  ) {}
  encode(s: string): Uint8Array {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > this.limit) return encodeWithHandlers(s, this.encoding, this.errors);
      out[i] = c;
    }
    return out;
  }
  reset(): void {}
  setstate(): void {}
}

// ---- codecs from the registry ----

class PyIncDecoder implements IncDecoder {
  constructor(readonly pyObject: PyValue) {}
  decode(data: Uint8Array, final: boolean): string {
    const r = PyObject_CallMethod(this.pyObject, 'decode', [new PyBytes(data), final]);
    if (!isStrValue(r)) throw E.typeError(`decoder should return a string result, not '${typeOf(r).tp_name}'`);
    return strValue(r);
  }
  getstate(): [Uint8Array, PyValue] {
    return checkDecoderState(PyObject_CallMethod(this.pyObject, 'getstate', []));
  }
  setstate(buffered: Uint8Array, flags: PyValue): void {
    PyObject_CallMethod(this.pyObject, 'setstate', [new PyTuple([new PyBytes(buffered), flags])]);
  }
  reset(): void {
    PyObject_CallMethod(this.pyObject, 'reset', []);
  }
}

/** A decoder state: (bytes, int).  CPython: _textiowrapper_decoder_setstate's checks */
export function checkDecoderState(state: PyValue): [Uint8Array, PyValue] {
  if (!(state instanceof PyTuple)) throw E.typeError('illegal decoder state');
  if (state.items.length !== 2) throw E.typeError('illegal decoder state');
  const [b, flags] = state.items;
  if (!(b instanceof PyBytes)) throw E.typeError(`illegal decoder state: the first item should be a bytes object, not '${typeOf(b).tp_name}'`);
  if (!isIntValue(flags)) throw E.typeError('illegal decoder state');
  return [b.data, flags];
}

class PyIncEncoder implements IncEncoder {
  constructor(private readonly obj: PyValue) {}
  encode(s: string): Uint8Array {
    const r = PyObject_CallMethod(this.obj, 'encode', [s]);
    if (!(r instanceof PyBytes)) throw E.typeError(`encoder should return a bytes object, not '${typeOf(r).tp_name}'`);
    return r.data;
  }
  reset(): void {
    PyObject_CallMethod(this.obj, 'reset', []);
  }
  setstate(state: PyValue): void {
    PyObject_CallMethod(this.obj, 'setstate', [state]);
  }
}

/** codecs.lookup(encoding), checked to be a text encoding.  CPython: _PyCodec_LookupTextEncoding */
export function lookupTextEncoding(encoding: string, alternate: string): PyValue {
  const codecs = importModule('codecs');
  const info = PyObject_Call(PyObject_GetAttr(codecs, 'lookup'), [encoding]);
  const isText = PyObject_LookupAttr(info, '_is_text_encoding');
  if (isText !== undefined && !PyObject_IsTrue(isText)) {
    throw E.newException(E.PyExc_LookupError, [`'${encoding}' is not a text encoding; use ${alternate} to handle arbitrary codecs`]);
  }
  return info;
}

export interface TextCodec {
  /** The codec's canonical name for the native ones, null otherwise. */
  readonly native: NativeEncoding | null;
  readonly info: PyValue;
  makeEncoder(errors: string): IncEncoder;
  makeDecoder(errors: string): IncDecoder;
}

/** The codec TextIOWrapper uses for `encoding`. */
export function textCodec(encoding: string): TextCodec {
  const native = nativeEncoding(encoding);
  if (native !== null) {
    const limit = native === 'ascii' ? 0x7f : 0xff;
    return {
      native,
      info: None,
      makeEncoder: (errors) => (native === 'utf-8' ? new Utf8Encoder(errors) : new ByteEncoder(limit, native, errors)),
      makeDecoder: (errors) => (native === 'utf-8' ? new Utf8Decoder(errors) : new ByteDecoder(limit, native, errors)),
    };
  }
  const info = lookupTextEncoding(encoding, 'codecs.open()');
  return {
    native: null,
    info,
    makeEncoder: (errors) => new PyIncEncoder(PyObject_Call(PyObject_GetAttr(info, 'incrementalencoder'), [errors])),
    makeDecoder: (errors) => new PyIncDecoder(PyObject_Call(PyObject_GetAttr(info, 'incrementaldecoder'), [errors])),
  };
}

void PyNumber_Index;
