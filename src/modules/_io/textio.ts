// _io.TextIOWrapper: a text stream over a buffered binary stream.  CPython: Modules/_io/textio.c
import { None, Ellipsis, type PyValue } from '../../objects/object.ts';
import { PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { PyBytes } from '../../objects/bytes.ts';
import {
  PyObject_CallMethod,
  PyObject_GetAttr,
  PyObject_LookupAttr,
  PyObject_IsTrue,
  PyObject_Repr,
  PyNumber_Index,
  PyNumber_AsSsize_t,
  PyObject_Call,
} from '../../objects/abstract.ts';
import { isStrValue, strValue, isIntValue } from '../../objects/boxes.ts';
import * as E from '../../objects/exceptions.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { enterRepr, leaveRepr } from '../../objects/repr-guard.ts';
import { PyIOBase, TextIOBaseType, unsupported, optSize, bufferArg, markPending, clearPending, chainExceptions, trackIO, untrackIO, registerExactIOType, type PendingWriter, cannotPickle } from './iobase.ts';
import { PyFileIO, FileIOType, initWith } from './fileio.ts';
import { PyBuffered, BufferedWriterType, BufferedReaderType, BufferedRandomType, bufferedWriteData, bufferedRead1 } from './bufferedio.ts';
import { textCodec, type TextCodec, type IncEncoder } from './textcodec.ts';
import { NewlineTranslator, StreamDecoder, findLineEnding, newlinesValue } from './newlines.ts';
import { localeEncoding } from '../_locale.ts';
import { warnEx } from '../_warnings.ts';
import { lookupError } from '../../objects/codecs/registry.ts';
import { configOf } from '../../runtime/config.ts';
import { interp } from '../../vm/interpreter.ts';

type V = PyValue;

/**
 * The encoding of a TextIOWrapper given none (`given` null) or 'locale': UTF-8 in UTF-8 Mode when none
 * was given, else the LC_CTYPE locale's.  CPython: _io_TextIOWrapper___init___impl, _Py_GetLocaleEncoding
 */
function defaultEncoding(given: string | null): string {
  if (given === null && configOf(interp()).utf8Mode > 0) return 'utf-8';
  return localeEncoding();
}

const SURROGATE = /[\uD800-\uDFFF]/;
const NON_LATIN1 = /[^\x00-\xff]/;
const NON_ASCII = /[^\x00-\x7f]/;
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
const utf8Encoder = new TextEncoder();

function cpLen(s: string): number {
  if (!HIGH_SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** UTF-16 index after `n` code points from `from`. */
function cpAdvance(s: string, from: number, n: number, astral: boolean): number {
  if (!astral) return Math.min(s.length, from + n);
  let i = from;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else i++;
  }
  return i;
}

interface Cookie {
  startPos: bigint;
  decFlags: number;
  bytesToFeed: number;
  charsToSkip: number;
  needEof: boolean;
}

const U32 = 0xffffffffn;

/** The tell() cookie: the fields packed little-endian (8, 4, 4, 4 and 1 bytes).  CPython: textiowrapper_build_cookie */
function buildCookie(c: Cookie): V {
  const v =
    BigInt.asUintN(64, c.startPos) |
    (BigInt(c.decFlags >>> 0) << 64n) |
    (BigInt(c.bytesToFeed >>> 0) << 96n) |
    (BigInt(c.charsToSkip >>> 0) << 128n) |
    (BigInt(c.needEof ? 1 : 0) << 160n);
  return v <= 9007199254740991n ? Number(v) : v;
}

function parseCookie(obj: V): Cookie {
  const v = BigInt(PyNumber_Index(obj));
  if (v < 0n) throw E.overflowError("can't convert negative int to unsigned");
  if (v >> 168n !== 0n) throw E.overflowError('int too big to convert');
  const i32 = (x: bigint): number => Number(BigInt.asIntN(32, x & U32));
  return {
    startPos: BigInt.asIntN(64, v & 0xffffffffffffffffn),
    decFlags: i32(v >> 64n),
    bytesToFeed: i32(v >> 96n),
    charsToSkip: i32(v >> 128n),
    needEof: ((v >> 160n) & 0xffn) !== 0n,
  };
}

export class PyTextIOWrapper extends PyIOBase implements PendingWriter {
  ok = false;
  detached = false;
  chunkSize = 8192;
  buffer: V = None;
  /** The buffer when it is an exact BufferedWriter/Reader/Random over an exact FileIO. */
  fastBuffer: PyBuffered | null = null;
  raw: PyFileIO | null = null;
  encoding = '';
  errors: V = 'strict';
  codec: TextCodec | null = null;
  encoder: IncEncoder | null = null;
  decoder: StreamDecoder | null = null;
  readnl: string | null = null;
  writenl: string | null = null;
  lineBuffering = false;
  writeThrough = false;
  readuniversal = false;
  readtranslate = false;
  writetranslate = false;
  seekable = false;
  hasRead1 = false;
  telling = false;
  finalizing = false;
  encodingStartOfStream = false;
  /** Text (still to encode) or bytes waiting to be written, in order. */
  pending: (string | Uint8Array)[] = [];
  pendingCount = 0;
  decodedChars = '';
  decodedAstral = false;
  /** UTF-16 index into decodedChars. */
  decodedUsed = 0;
  snapshot: [number, Uint8Array] | null = null;
  b2cratio = 0;

  flushPending(): void {
    if (!this.ok || this.detached) return;
    writeflush(this);
    PyObject_CallMethod(this.buffer, 'flush', []);
  }
}

function T(s: V): PyTextIOWrapper {
  const t = s as PyTextIOWrapper;
  if (!t.ok) throw E.valueError('I/O operation on uninitialized object');
  if (t.detached) throw E.valueError('underlying buffer has been detached');
  return t;
}

/** CPython: CHECK_INITIALIZED (not CHECK_ATTACHED) */
function textioInitialized(s: V): PyTextIOWrapper {
  const t = s as PyTextIOWrapper;
  if (!t.ok) throw E.valueError('I/O operation on uninitialized object');
  return t;
}

function isClosed(self: PyTextIOWrapper): boolean {
  if (self.raw !== null) return self.raw.fd < 0;
  return PyObject_IsTrue(PyObject_GetAttr(self.buffer, 'closed'));
}

function checkClosed(s: V, self: PyTextIOWrapper): void {
  if (typeOf(s) === TextIOWrapperType) {
    if (isClosed(self)) throw E.valueError('I/O operation on closed file.');
  } else {
    const c = PyObject_LookupAttr(s, 'closed');
    if (c !== undefined && PyObject_IsTrue(c)) throw E.valueError('I/O operation on closed file.');
  }
}

function validateNewline(newline: string | null): void {
  if (newline !== null && newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n') {
    throw E.valueError(`illegal newline value: ${newline}`);
  }
}

function setNewline(self: PyTextIOWrapper, newline: string | null): void {
  self.readnl = newline;
  self.readuniversal = newline === null || newline === '';
  self.readtranslate = newline === null;
  self.writetranslate = newline === null || newline !== '';
  // On Linux os.linesep is '\n': only '\r' and '\r\n' translate on output.
  self.writenl = !self.readuniversal && newline !== '\n' ? newline : null;
}

function setCodecs(self: PyTextIOWrapper, encoding: string, errors: string): void {
  const codec = textCodec(encoding);
  self.codec = codec;
  self.decoder = null;
  self.encoder = null;
  if (PyObject_IsTrue(PyObject_CallMethod(self.buffer, 'readable', []))) {
    self.decoder = new StreamDecoder(codec.makeDecoder(errors), self.readuniversal ? new NewlineTranslator(self.readtranslate) : null);
  }
  if (PyObject_IsTrue(PyObject_CallMethod(self.buffer, 'writable', []))) self.encoder = codec.makeEncoder(errors);
}

/** TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False) */
function textioInitTracked(s: V, buffer: V, encoding: V, errors: V, newline: V, lineBuffering: V, writeThrough: V): void {
  textioInit(s, buffer, encoding, errors, newline, lineBuffering, writeThrough);
  trackIO(s as PyTextIOWrapper, buffer);
}

/**
 * A str argument the C code needs as UTF-8: UnicodeEncodeError for a lone surrogate, ValueError for
 * a NUL when `noNul`.  CPython: PyUnicode_AsUTF8, _PyUnicode_AsUTF8NoNUL
 */
function utf8Arg(s: string, noNul: boolean): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) throw PyObject_Call(E.PyExc_UnicodeEncodeError, ['utf-8', s, i, i + 1, 'surrogates not allowed']);
  }
  if (noNul && s.includes('\0')) throw E.valueError('embedded null character');
  return s;
}

function textioInit(s: V, buffer: V, encoding: V, errors: V, newline: V, lineBuffering: V, writeThrough: V): void {
  const self = s as PyTextIOWrapper;
  self.ok = false;
  self.detached = false;
  if (encoding !== None && encoding !== undefined && !isStrValue(encoding)) {
    throw E.typeError(`TextIOWrapper() argument 'encoding' must be str or None, not ${typeOf(encoding).tp_name}`);
  }
  if (encoding !== None && encoding !== undefined) utf8Arg(strValue(encoding), true);
  if (newline !== None && newline !== undefined && !isStrValue(newline)) {
    throw E.typeError(`TextIOWrapper() argument 'newline' must be str or None, not ${typeOf(newline).tp_name}`);
  }
  const nl = newline === None || newline === undefined ? null : utf8Arg(strValue(newline), true);
  let errs: V = errors === undefined || errors === None ? 'strict' : errors;
  if (!isStrValue(errs)) throw E.typeError(`TextIOWrapper() argument 'errors' must be str or None, not ${typeOf(errs).tp_name}`);
  errs = strValue(errs);
  // In development mode an unknown error handler is an error now rather than at the first error.
  if (errors !== undefined && errors !== None && configOf(interp()).devMode) lookupError(utf8Arg(errs, true));
  errs = utf8Arg(errs, true);
  validateNewline(nl);
  if ((encoding === None || encoding === undefined) && configOf(interp()).warnDefaultEncoding) {
    warnEx(E.PyExc_EncodingWarning, "'encoding' argument not specified", 1);
  }
  let enc = encoding === None || encoding === undefined ? defaultEncoding(null) : strValue(encoding);
  if (enc === 'locale') enc = defaultEncoding(enc);
  self.pending = [];
  self.pendingCount = 0;
  self.decodedChars = '';
  self.decodedUsed = 0;
  self.snapshot = null;
  self.b2cratio = 0;
  self.raw = null;
  self.fastBuffer = null;
  self.encoding = enc;
  self.errors = errs;
  self.chunkSize = 8192;
  self.lineBuffering = lineBuffering !== undefined && PyObject_IsTrue(lineBuffering);
  self.writeThrough = writeThrough !== undefined && PyObject_IsTrue(writeThrough);
  setNewline(self, nl);
  self.buffer = buffer;
  setCodecs(self, enc, errs);
  const bt = typeOf(buffer);
  if (bt === BufferedReaderType || bt === BufferedWriterType || bt === BufferedRandomType) {
    const raw = (buffer as PyBuffered).raw;
    if (typeOf(raw) === FileIOType) {
      self.raw = raw as PyFileIO;
      self.fastBuffer = buffer as PyBuffered;
    }
  }
  self.seekable = self.telling = PyObject_IsTrue(PyObject_CallMethod(buffer, 'seekable', []));
  self.hasRead1 = PyObject_LookupAttr(buffer, 'read1') !== undefined;
  self.encodingStartOfStream = false;
  fixEncoderState(self);
  self.ok = true;
}

/** Don't write a BOM in the middle of a file.  CPython: _textiowrapper_fix_encoder_state */
function fixEncoderState(self: PyTextIOWrapper): void {
  if (!self.seekable || self.encoder === null) return;
  self.encodingStartOfStream = true;
  const cookie = PyObject_CallMethod(self.buffer, 'tell', []);
  if (Number(PyNumber_Index(cookie)) !== 0) {
    self.encodingStartOfStream = false;
    self.encoder.setstate(0);
  }
}

// ---- writing ----

/** Writes the pending data to the buffer.  CPython: _textiowrapper_writeflush */
function writeflush(self: PyTextIOWrapper): void {
  if (self.pending.length === 0) return;
  const pending = self.pending;
  self.pending = [];
  self.pendingCount = 0;
  clearPending(self);
  let data: Uint8Array;
  if (pending.length === 1) data = toBytes(self, pending[0]);
  else {
    // Runs of text are encoded together.
    const parts: Uint8Array[] = [];
    let run: string[] = [];
    for (const p of pending) {
      if (typeof p === 'string') run.push(p);
      else {
        if (run.length) parts.push(toBytes(self, run.join('')));
        run = [];
        parts.push(p);
      }
    }
    if (run.length) parts.push(toBytes(self, run.join('')));
    let n = 0;
    for (const p of parts) n += p.length;
    data = new Uint8Array(n);
    let off = 0;
    for (const p of parts) {
      data.set(p, off);
      off += p.length;
    }
  }
  if (self.fastBuffer !== null && typeOf(self.buffer) !== BufferedReaderType) bufferedWriteData(self.fastBuffer, data);
  else PyObject_CallMethod(self.buffer, 'write', [new PyBytes(data)]);
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Text kept as pending is known to encode without error with the native codec. */
function toBytes(self: PyTextIOWrapper, p: string | Uint8Array): Uint8Array {
  if (typeof p !== 'string') return p;
  if (self.codec!.native === 'utf-8') return utf8Encoder.encode(p);
  const out = new Uint8Array(p.length);
  for (let i = 0; i < p.length; i++) out[i] = p.charCodeAt(i);
  return out;
}

/** Whether text can wait in `pending` unencoded (the native codec cannot fail on it). */
function deferrable(self: PyTextIOWrapper, text: string): boolean {
  switch (self.codec!.native) {
    case 'utf-8':
      return !SURROGATE.test(text);
    case 'latin-1':
      return !NON_LATIN1.test(text);
    case 'ascii':
      return !NON_ASCII.test(text);
  }
  return false;
}

export function textioWrite(s: V, textArg: V): V {
  const self = T(s);
  if (!isStrValue(textArg)) throw E.typeError(`write() argument must be str, not ${typeOf(textArg).tp_name}`);
  checkClosed(s, self);
  if (self.encoder === null) throw unsupported('not writable');
  let text = strValue(textArg);
  const textlen = HIGH_SURROGATE.test(text) ? cpLen(text) : text.length;
  let haslf = false;
  if ((self.writetranslate && self.writenl !== null) || self.lineBuffering) haslf = text.indexOf('\n') >= 0;
  if (haslf && self.writetranslate && self.writenl !== null) text = text.split('\n').join(self.writenl);
  const textNeedflush = self.writeThrough;
  const needflush = self.lineBuffering && (haslf || text.indexOf('\r') >= 0);
  let b: string | Uint8Array;
  let blen: number;
  if (deferrable(self, text) && !self.encodingStartOfStream) {
    b = text;
    blen = self.codec!.native === 'utf-8' && NON_ASCII.test(text) ? utf8Length(text) : text.length;
  } else {
    b = self.encoder.encode(text);
    blen = b.length;
    self.encodingStartOfStream = false;
  }
  // Large data is not concatenated: what is pending goes first (buffer.write() may add more to it).
  if (blen >= self.chunkSize) while (self.pending.length > 0) writeflush(self);
  if (blen > 0) {
    self.pending.push(b);
    self.pendingCount += blen;
    // Only text bound for a file (see iobase.ts's pending writers).
    if (self.raw !== null) markPending(self);
  }
  if (self.pendingCount >= self.chunkSize || needflush || textNeedflush) writeflush(self);
  if (needflush) PyObject_CallMethod(self.buffer, 'flush', []);
  // Text read ahead stays readable unless positions are being tracked.
  if (self.snapshot !== null) {
    setDecoded(self, '');
    self.snapshot = null;
  }
  if (self.decoder !== null) self.decoder.reset();
  return textlen;
}

function textioFlush(s: V): V {
  const self = T(s);
  checkClosed(s, self);
  self.telling = self.seekable;
  writeflush(self);
  return PyObject_CallMethod(self.buffer, 'flush', []);
}

/** CPython: _io_TextIOWrapper_close_impl */
function textioClose(s: V): V {
  const self = T(s);
  if (PyObject_IsTrue(PyObject_GetAttr(self.buffer, 'closed'))) return None;
  // gh-142594: `closed` may have run code that detached the buffer.
  if (self.detached) return None;
  if (self.finalizing) {
    try {
      PyObject_CallMethod(self.buffer, '_dealloc_warn', [s]);
    } catch (e) {
      if (!(e instanceof E.PyBaseException)) throw e;
    }
  }
  let err: unknown = null;
  try {
    PyObject_CallMethod(s, 'flush', []);
  } catch (e) {
    err = e;
  }
  clearPending(self);
  let res: V = None;
  try {
    res = PyObject_CallMethod(self.buffer, 'close', []);
  } catch (e) {
    err = err === null ? e : chainExceptions(err, e);
  } finally {
    untrackIO(self);
  }
  if (err !== null) throw err;
  return res;
}

// ---- reading ----

function setDecoded(self: PyTextIOWrapper, s: string): void {
  self.decodedChars = s;
  self.decodedAstral = HIGH_SURROGATE.test(s);
  self.decodedUsed = 0;
}

/** Up to n code points of the decoded text (all if n < 0).  CPython: textiowrapper_get_decoded_chars */
function getDecoded(self: PyTextIOWrapper, n: number): string {
  const s = self.decodedChars;
  const start = self.decodedUsed;
  if (start >= s.length) return '';
  const end = n < 0 ? s.length : cpAdvance(s, start, n, self.decodedAstral);
  self.decodedUsed = end;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function readFromBuffer(self: PyTextIOWrapper, size: number): Uint8Array {
  let chunk: V;
  if (self.hasRead1 && self.fastBuffer !== null && typeOf(self.buffer) !== BufferedWriterType) chunk = bufferedRead1(self.fastBuffer, size);
  else chunk = PyObject_CallMethod(self.buffer, self.hasRead1 ? 'read1' : 'read', [size]);
  if (chunk instanceof PyBytes) return chunk.data;
  try {
    return bufferArg(chunk, false);
  } catch {
    throw E.typeError(`underlying ${self.hasRead1 ? 'read1' : 'read'}() should have returned a bytes-like object, not '${typeOf(chunk).tp_name}'`);
  }
}

/** Reads and decodes the next chunk; false at EOF.  CPython: textiowrapper_read_chunk */
function readChunk(self: PyTextIOWrapper, sizeHint: number): boolean {
  if (self.decoder === null) throw unsupported('not readable');
  let decBuffer: Uint8Array | null = null;
  let decFlags = 0;
  if (self.telling) {
    const [b, f] = self.decoder.getstate();
    decBuffer = b;
    decFlags = Number(f);
  }
  if (sizeHint > 0) sizeHint = Math.floor(Math.max(self.b2cratio, 1.0) * sizeHint);
  const input = readFromBuffer(self, Math.max(self.chunkSize, sizeHint));
  const nbytes = input.length;
  let eof = nbytes === 0;
  const decoded = self.decoder.decode(input, eof);
  setDecoded(self, decoded);
  const nchars = self.decodedAstral ? cpLen(decoded) : decoded.length;
  self.b2cratio = nchars > 0 ? nbytes / nchars : 0;
  if (nchars > 0) eof = false;
  if (self.telling) {
    const next = new Uint8Array(decBuffer!.length + input.length);
    next.set(decBuffer!);
    next.set(input, decBuffer!.length);
    self.snapshot = [decFlags, next];
  }
  return !eof;
}

function textioRead(s: V, sizeArg: V): V {
  const self = T(s);
  const n = optSize(sizeArg);
  checkClosed(s, self);
  if (self.decoder === null) throw unsupported('not readable');
  writeflush(self);
  if (n < 0) {
    const bytes = PyObject_CallMethod(self.buffer, 'read', []);
    if (bytes === None) throw E.newException(E.PyExc_BlockingIOError, ['Read returned None.']);
    const decoded = self.decoder.decode(bufferArg(bytes, false), true);
    const result = getDecoded(self, -1) + decoded;
    if (self.snapshot !== null) {
      setDecoded(self, '');
      self.snapshot = null;
    }
    return result;
  }
  let result = getDecoded(self, n);
  let remaining = n - cpLen(result);
  const chunks: string[] = [];
  while (remaining > 0) {
    if (!readChunk(self, remaining)) break;
    if (result.length > 0) chunks.push(result);
    result = getDecoded(self, remaining);
    remaining -= cpLen(result);
  }
  if (chunks.length > 0) {
    chunks.push(result);
    return chunks.join('');
  }
  return result;
}

const lineScratch = { consumed: 0 };

/** CPython: _textiowrapper_readline */
export function textioReadlineImpl(s: V, self: PyTextIOWrapper, limit: number): string {
  checkClosed(s, self);
  writeflush(self);
  let chunks: string[] | null = null;
  let chunked = 0;
  let remaining: string | null = null;
  let line: string | null = null;
  let start = 0;
  let endpos = 0;
  let offsetToBuffer = 0;
  for (;;) {
    let res = true;
    while (self.decodedUsed >= self.decodedChars.length || self.decodedChars.length === 0) {
      res = readChunk(self, 0);
      if (!res) break;
    }
    if (!res) {
      setDecoded(self, '');
      self.snapshot = null;
      start = endpos = offsetToBuffer = 0;
      line = null;
      break;
    }
    if (remaining === null) {
      line = self.decodedChars;
      start = self.decodedUsed;
      offsetToBuffer = 0;
    } else {
      line = remaining + self.decodedChars;
      start = 0;
      offsetToBuffer = remaining.length;
      remaining = null;
    }
    const lineLen = line.length;
    lineScratch.consumed = 0;
    const found = findLineEnding(line, start, lineLen, self.readtranslate, self.readuniversal, self.readnl, lineScratch);
    if (found >= 0) {
      endpos = found;
      if (limit >= 0) {
        const got = cpSpan(line, start, endpos);
        if (got + chunked >= limit) endpos = cpAdvance(line, start, limit - chunked, true);
      }
      break;
    }
    endpos = lineScratch.consumed;
    if (limit >= 0 && cpSpan(line, start, endpos) + chunked >= limit) {
      endpos = cpAdvance(line, start, limit - chunked, true);
      break;
    }
    if (endpos > start) {
      const piece = line.slice(start, endpos);
      (chunks ??= []).push(piece);
      chunked += cpLen(piece);
    }
    if (endpos < lineLen) remaining = line.slice(endpos);
    line = null;
    setDecoded(self, '');
  }
  let result = '';
  if (line !== null) {
    self.decodedUsed = endpos - offsetToBuffer;
    result = start > 0 || endpos < line.length ? line.slice(start, endpos) : line;
  }
  if (remaining !== null) (chunks ??= []).push(remaining);
  if (chunks !== null) {
    if (line !== null) chunks.push(result);
    result = chunks.join('');
  }
  return result;
}

function cpSpan(s: string, from: number, to: number): number {
  return HIGH_SURROGATE.test(s) ? cpLen(s.slice(from, to)) : to - from;
}

function textioReadline(s: V, sizeArg: V): V {
  const self = T(s);
  const limit = optSize(sizeArg);
  return textioReadlineImpl(s, self, limit);
}

function textioIternext(s: V): V | undefined {
  const self = T(s);
  self.telling = false;
  let line: V;
  if (typeOf(s) === TextIOWrapperType) line = textioReadlineImpl(s, self, -1);
  else {
    line = PyObject_CallMethod(s, 'readline', []);
    if (!isStrValue(line)) throw E.newException(E.PyExc_OSError, [`readline() should have returned a str object, not '${typeOf(line).tp_name}'`]);
  }
  if (strValue(line).length === 0) {
    self.snapshot = null;
    self.telling = self.seekable;
    return undefined;
  }
  return line;
}

// ---- positioning ----

function decoderSetstate(self: PyTextIOWrapper, c: Cookie): void {
  if (c.startPos === 0n && c.decFlags === 0) self.decoder!.reset();
  else self.decoder!.setstate(new Uint8Array(0), c.decFlags);
}

function encoderReset(self: PyTextIOWrapper, startOfStream: boolean): void {
  if (startOfStream) {
    self.encoder!.reset();
    self.encodingStartOfStream = true;
  } else {
    self.encoder!.setstate(0);
    self.encodingStartOfStream = false;
  }
}

function textioSeek(s: V, cookieArg: V, whenceArg: V): V {
  const self = T(s);
  const whence = whenceArg === undefined ? 0 : Number(PyNumber_Index(whenceArg));
  checkClosed(s, self);
  let cookieObj = cookieArg;
  if (!self.seekable) throw unsupported('underlying stream is not seekable');
  const isZero = (): boolean => isIntValue(cookieObj) ? PyNumber_Index(cookieObj) == 0 : PyObject_IsTrue(PyObject_CallMethod(cookieObj, '__eq__', [0]));
  switch (whence) {
    case 1:
      if (!isZero()) throw unsupported("can't do nonzero cur-relative seeks");
      cookieObj = PyObject_CallMethod(s, 'tell', []);
      break;
    case 2: {
      if (!isZero()) throw unsupported("can't do nonzero end-relative seeks");
      PyObject_CallMethod(s, 'flush', []);
      setDecoded(self, '');
      self.snapshot = null;
      if (self.decoder !== null) self.decoder.reset();
      const res = PyObject_CallMethod(self.buffer, 'seek', [0, 2]);
      if (self.encoder !== null) encoderReset(self, Number(PyNumber_Index(res)) === 0);
      return res;
    }
    case 0:
      break;
    default:
      throw E.valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
  }
  if (PyNumber_Index(cookieObj) < 0) throw E.valueError(`negative seek position ${PyObject_Repr(cookieObj)}`);
  PyObject_CallMethod(s, 'flush', []);
  const cookie = parseCookie(cookieObj);
  const pos = cookie.startPos <= 9007199254740991n ? Number(cookie.startPos) : cookie.startPos;
  PyObject_CallMethod(self.buffer, 'seek', [pos]);
  setDecoded(self, '');
  self.snapshot = null;
  if (self.decoder !== null) decoderSetstate(self, cookie);
  if (cookie.charsToSkip) {
    const chunk = PyObject_CallMethod(self.buffer, 'read', [cookie.bytesToFeed]);
    if (!(chunk instanceof PyBytes)) throw E.typeError(`underlying read() should have returned a bytes object, not '${typeOf(chunk).tp_name}'`);
    self.snapshot = [cookie.decFlags, chunk.data];
    setDecoded(self, self.decoder!.decode(chunk.data, cookie.needEof));
    if (cpLen(self.decodedChars) < cookie.charsToSkip) throw E.newException(E.PyExc_OSError, ["can't restore logical file position"]);
    self.decodedUsed = cpAdvance(self.decodedChars, 0, cookie.charsToSkip, self.decodedAstral);
  } else self.snapshot = [cookie.decFlags, new Uint8Array(0)];
  if (self.encoder !== null) encoderReset(self, cookie.startPos === 0n && cookie.decFlags === 0);
  return cookieObj;
}

/** CPython: _io_TextIOWrapper_tell_impl */
function textioTell(s: V): V {
  const self = T(s);
  checkClosed(s, self);
  if (!self.seekable) throw unsupported('underlying stream is not seekable');
  if (!self.telling) throw E.newException(E.PyExc_OSError, ['telling position disabled by next() call']);
  writeflush(self);
  PyObject_CallMethod(s, 'flush', []);
  const posobj = PyObject_CallMethod(self.buffer, 'tell', []);
  if (self.decoder === null || self.snapshot === null) return posobj;
  const cookie: Cookie = { startPos: BigInt(PyNumber_Index(posobj)), decFlags: 0, bytesToFeed: 0, charsToSkip: 0, needEof: false };
  const [snapFlags, nextInput] = self.snapshot;
  cookie.decFlags = snapFlags;
  cookie.startPos -= BigInt(nextInput.length);
  if (self.decodedUsed === 0) return buildCookie(cookie);
  let charsToSkip = self.decodedAstral ? cpLen(self.decodedChars.slice(0, self.decodedUsed)) : self.decodedUsed;
  const decoder = self.decoder;
  const saved = decoder.getstate();
  try {
    let skipBytes = Math.floor(self.b2cratio * charsToSkip);
    let skipBack = 1;
    while (skipBytes > 0) {
      decoderSetstate(self, cookie);
      const n = cpLen(decoder.decode(nextInput.subarray(0, skipBytes), false));
      if (n <= charsToSkip) {
        const [b, f] = decoder.getstate();
        if (b.length === 0) {
          cookie.decFlags = Number(f);
          charsToSkip -= n;
          break;
        }
        skipBytes -= b.length;
        skipBack = 1;
      } else {
        skipBytes -= skipBack;
        skipBack *= 2;
      }
    }
    if (skipBytes <= 0) {
      skipBytes = 0;
      decoderSetstate(self, cookie);
    }
    cookie.startPos += BigInt(skipBytes);
    cookie.charsToSkip = charsToSkip;
    if (charsToSkip !== 0) {
      let charsDecoded = 0;
      let i = skipBytes;
      for (; i < nextInput.length; i++) {
        charsDecoded += cpLen(decoder.decode(nextInput.subarray(i, i + 1), false));
        cookie.bytesToFeed += 1;
        const [b, f] = decoder.getstate();
        if (b.length === 0 && charsDecoded <= charsToSkip) {
          cookie.startPos += BigInt(cookie.bytesToFeed);
          charsToSkip -= charsDecoded;
          cookie.decFlags = Number(f);
          cookie.bytesToFeed = 0;
          charsDecoded = 0;
        }
        if (charsDecoded >= charsToSkip) break;
      }
      if (i === nextInput.length) {
        charsDecoded += cpLen(decoder.decode(new Uint8Array(0), true));
        cookie.needEof = true;
        if (charsDecoded < charsToSkip) throw E.newException(E.PyExc_OSError, ["can't reconstruct logical file position"]);
      }
    }
  } finally {
    decoder.setstate(saved[0], saved[1]);
  }
  cookie.charsToSkip = charsToSkip;
  return buildCookie(cookie);
}

function textioTruncate(s: V, pos: V): V {
  const self = T(s);
  PyObject_CallMethod(s, 'flush', []);
  return PyObject_CallMethod(self.buffer, 'truncate', [pos === undefined ? None : pos]);
}

function textioDetach(s: V): V {
  const self = T(s);
  PyObject_CallMethod(s, 'flush', []);
  const buffer = self.buffer;
  self.buffer = None;
  self.fastBuffer = null;
  self.raw = null;
  self.detached = true;
  untrackIO(self);
  return buffer;
}

function textioRepr(s: V): string {
  const self = s as PyTextIOWrapper;
  if (!self.ok) throw E.valueError('I/O operation on uninitialized object');
  const typeName = typeOf(s).tp_name;
  if (!enterRepr(s)) throw E.runtimeError(`reentrant call inside ${typeName}.__repr__`);
  try {
    let res = `<${typeName}`;
    let name: V | undefined;
    try {
      name = PyObject_LookupAttr(s, 'name');
    } catch (e) {
      if (!(e instanceof E.PyBaseException && E.exceptionMatches(e, E.PyExc_ValueError))) throw e;
    }
    if (name !== undefined) res += ` name=${PyObject_Repr(name)}`;
    const mode = PyObject_LookupAttr(s, 'mode');
    if (mode !== undefined) res += ` mode=${PyObject_Repr(mode)}`;
    return `${res} encoding=${PyObject_Repr(self.encoding)}>`;
  } finally {
    leaveRepr(s);
  }
}

/** reconfigure(*, encoding=None, errors=None, newline=..., line_buffering=None, write_through=None) */
/** None: the default; else an integer (through __index__) as a C long.  CPython: convert_optional_bool */
function optionalBool(v: V, dflt: boolean): boolean {
  if (v === None || v === undefined) return dflt;
  const n = PyNumber_Index(v);
  if (n > 0x7fffffffffffffffn || n < -0x8000000000000000n) throw E.overflowError('Python int too large to convert to C long');
  return n !== 0 && n !== 0n;
}

function textioReconfigure(s: V, encoding: V, errors: V, newline: V, lineBuffering: V, writeThrough: V): V {
  const self = T(s);
  if (encoding !== None && !isStrValue(encoding)) throw E.typeError(`reconfigure() argument 'encoding' must be str or None, not ${typeOf(encoding).tp_name}`);
  if (errors !== None && !isStrValue(errors)) throw E.typeError(`reconfigure() argument 'errors' must be str or None, not ${typeOf(errors).tp_name}`);
  const newlineGiven = newline !== undefined && newline !== Ellipsis;
  if (newlineGiven && newline !== None && !isStrValue(newline)) throw E.typeError(`reconfigure() argument 'newline' must be str or None, not ${typeOf(newline).tp_name}`);
  const nl = !newlineGiven ? self.readnl : newline === None ? null : utf8Arg(strValue(newline), false);
  if (newlineGiven) validateNewline(nl);
  if (encoding !== None) utf8Arg(strValue(encoding), false);
  if (errors !== None) utf8Arg(strValue(errors), false);
  if (self.decoder !== null && (self.snapshot !== null || self.decodedChars.length > 0) && (encoding !== None || errors !== None || newlineGiven)) {
    throw unsupported('It is not possible to set the encoding or newline of stream after the first read');
  }
  const lb = optionalBool(lineBuffering, self.lineBuffering);
  const wt = optionalBool(writeThrough, self.writeThrough);
  PyObject_CallMethod(s, 'flush', []);
  self.b2cratio = 0;
  if (newlineGiven) setNewline(self, nl);
  if (encoding !== None || errors !== None || newlineGiven) {
    let enc = self.encoding;
    let errs = strValue(self.errors);
    if (encoding !== None) {
      enc = strValue(encoding);
      // The C code looks the name up as a C string: it ends at a NUL.
      if (enc.includes('\0')) enc = enc.slice(0, enc.indexOf('\0'));
      if (strValue(encoding) === 'locale') enc = defaultEncoding(enc);
      errs = errors === None ? 'strict' : strValue(errors);
    } else if (errors !== None) errs = strValue(errors);
    setCodecs(self, enc, errs);
    self.encoding = enc;
    self.errors = errs;
    fixEncoderState(self);
  }
  self.lineBuffering = lb;
  self.writeThrough = wt;
  return None;
}

const bufferMethod = (name: string) => (s: V): V => PyObject_CallMethod(T(s).buffer, name, []);

function textioNew(type: PyType): PyTextIOWrapper {
  return type === TextIOWrapperType ? new PyTextIOWrapper() : newHeapInstance(PyTextIOWrapper, type);
}

export const TextIOWrapperType = defineBuiltinType({
  name: '_io.TextIOWrapper',
  doc: 'A character and line based layer over a buffered binary stream: TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False).',
  flags: TPFLAGS.BASETYPE,
  base: () => TextIOBaseType,
  instanceClass: PyTextIOWrapper,
  alloc: textioNew,
  slots: {
    tp_init: initWith('($self, /, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)', textioInitTracked),
    tp_repr: textioRepr,
    tp_iternext: textioIternext,
  },
  methods: {
    detach: { sig: '($self, /)', impl: textioDetach, doc: 'Separate the underlying buffer from the text stream and return it.' },
    reconfigure: {
      sig: '($self, /, *, encoding=None, errors=None, newline=<unrepresentable>, line_buffering=None, write_through=None)',
      impl: textioReconfigure,
      doc: 'Change the encoding, errors, newline, line_buffering or write_through settings.',
    },
    write: { sig: '($self, text, /)', impl: textioWrite, doc: 'Write a string; return its length.' },
    read: { sig: '($self, size=-1, /)', impl: textioRead, doc: 'Read at most size characters (all if negative).' },
    readline: { sig: '($self, size=-1, /)', impl: textioReadline, doc: 'Read until a newline or the end.' },
    flush: { sig: '($self, /)', impl: textioFlush, doc: 'Write out pending text and flush the buffer.' },
    close: { sig: '($self, /)', impl: textioClose, doc: 'Flush and close the stream.' },
    fileno: { sig: '($self, /)', impl: bufferMethod('fileno') },
    seekable: { sig: '($self, /)', impl: bufferMethod('seekable') },
    readable: { sig: '($self, /)', impl: bufferMethod('readable') },
    writable: { sig: '($self, /)', impl: bufferMethod('writable') },
    isatty: { sig: '($self, /)', impl: bufferMethod('isatty') },
    seek: { sig: '($self, cookie, whence=os.SEEK_SET, /)', impl: textioSeek, doc: 'Move to a position given by an earlier tell().' },
    tell: { sig: '($self, /)', impl: textioTell, doc: 'The position as an opaque number for seek().' },
    truncate: { sig: '($self, pos=None, /)', impl: textioTruncate },
    __getstate__: { sig: '($self, /)', impl: (s: V): V => cannotPickle(s) },
  },
  getset: {
    encoding: { get: (s: PyTextIOWrapper) => s.encoding },
    // Members in CPython: readable after detach() (the buffer is then None).
    buffer: { get: (s: PyTextIOWrapper) => s.buffer },
    line_buffering: { get: (s: PyTextIOWrapper) => s.lineBuffering },
    write_through: { get: (s: PyTextIOWrapper) => s.writeThrough },
    _finalizing: { get: (s: PyTextIOWrapper) => s.finalizing, set: (s: PyTextIOWrapper, v: V | null) => void (s.finalizing = v !== null && PyObject_IsTrue(v)) },
    name: { get: (s: V) => PyObject_GetAttr(T(s).buffer, 'name') },
    closed: { get: (s: V) => PyObject_GetAttr(T(s).buffer, 'closed') },
    newlines: { get: (s: V) => { const self = T(s); return self.decoder?.nl ? newlinesValue(self.decoder.nl.seennl) : None; } },
    errors: { get: (s: V) => textioInitialized(s).errors },
    _CHUNK_SIZE: {
      get: (s: V) => T(s).chunkSize,
      set: (s: V, v: V | null) => {
        const self = T(s);
        if (v === null) throw E.attributeError('cannot delete attribute');
        const n = PyNumber_AsSsize_t(v, true, false);
        if (n <= 0) throw E.valueError('a strictly positive integer is required');
        self.chunkSize = n;
      },
    },
  },
});

/**
 * A new exact TextIOWrapper (for open() and the standard streams; `track`: finalized when it dies,
 * which the standard streams are not).
 */
export function newTextIOWrapper(buffer: V, encoding: V, errors: V, newline: V, lineBuffering: boolean, writeThrough: boolean, track = true): PyTextIOWrapper {
  const t = new PyTextIOWrapper();
  textioInit(t, buffer, encoding, errors, newline, lineBuffering, writeThrough);
  if (track) trackIO(t, buffer);
  return t;
}

registerExactIOType(TextIOWrapperType);
