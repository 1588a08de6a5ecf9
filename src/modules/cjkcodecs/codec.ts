// The common machinery of the CJK codecs: the codec interface each _codecs_xx module implements,
// and the encode/decode drivers with their error handling.  CPython: Modules/cjkcodecs/multibytecodec.c,
// multibytecodec.h, cjkcodecs.h
import { None, type PyValue } from '../../objects/object.ts';
import { isStrValue, strValue } from '../../objects/boxes.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyNumber_Index } from '../../objects/abstract.ts';
import { PyObject_Call } from '../../objects/abstract.ts';
import { typeError, indexError, runtimeError } from '../../objects/exceptions.ts';
import { isIntValue } from '../../objects/boxes.ts';
import { ByteWriter, StrWriter } from '../../objects/codecs/writer.ts';
import { lookupError } from '../../objects/codecs/registry.ts';
import {
  newUnicodeEncodeError,
  newUnicodeDecodeError,
  updateUnicodeError,
} from '../../objects/codecs/unicode-error.ts';
import type { PyUnicodeErrorObject } from '../../objects/exceptions.ts';
import { codePointValues } from '../../objects/str/codepoints.ts';

/** Insufficient input: the sequence continues in the next chunk. */
export const MBERR_TOOFEW = -2;
export const MBERR_INTERNAL = -3;

/** Encode every character that can be encoded (the end of the input is the end of the text). */
export const MBENC_FLUSH = 1;
/** Return to the initial shift state after the text (stateful codecs). */
export const MBENC_RESET = 2;

/** The codec's 8 bytes of state (shift states, pending modes).  CPython: MultibyteCodec_State */
export type CodecState = Uint8Array;

/** Code points being encoded: cps[pos..len), output appended to out. */
export class EncodeBuf {
  constructor(
    public cps: ArrayLike<number>,
    public pos: number,
    public len: number,
    public out: ByteWriter,
  ) {}
}

/** Bytes being decoded: data[pos..end), output appended to out. */
export class DecodeBuf {
  constructor(
    public data: Uint8Array,
    public pos: number,
    public end: number,
    public out: StrWriter,
  ) {}
}

/**
 * One codec.  encode/decode return 0 when they consumed all input, MBERR_TOOFEW when the input
 * ends inside a sequence, or the length (>0) of an illegal sequence at buf.pos.
 */
export interface CjkCodec {
  readonly encoding: string;
  /** Loads the tables (once).  CPython: codecinit */
  init?(): void;
  encode(state: CodecState, buf: EncodeBuf, flags: number): number;
  encinit?(state: CodecState): void;
  encreset?(state: CodecState, out: ByteWriter): number;
  decode(state: CodecState, buf: DecodeBuf): number;
  decinit?(state: CodecState): void;
  decreset?(state: CodecState): void;
}

/** Error handling of a codec context: strict, ignore and replace natively, other names looked up when needed. */
export type ErrorsSpec = 'strict' | 'ignore' | 'replace' | { name: string };

// CPython: internal_error_callback
export function internalErrorCallback(errors: string | null): ErrorsSpec {
  if (errors === null || errors === 'strict') return 'strict';
  if (errors === 'ignore' || errors === 'replace') return errors;
  return { name: errors };
}

export function errorsName(e: ErrorsSpec): string {
  return typeof e === 'string' ? e : e.name;
}

function callErrorCallback(errors: { name: string }, exc: PyValue): PyValue {
  return PyObject_Call(lookupError(errors.name), [exc], null);
}

function newposOf(v: PyValue, len: number): number {
  const n = PyNumber_Index(v);
  let pos = typeof n === 'number' ? n : Number(n);
  if (pos < 0) pos += len;
  if (pos < 0 || pos > len) throw indexError(`position ${pos} from error handler out of bounds`);
  return pos;
}

/** The state of one encoding call: the text, and the exception object reused between errors. */
class EncodeSession {
  excobj: PyUnicodeErrorObject | null = null;
  constructor(
    readonly text: string,
    readonly buf: EncodeBuf,
  ) {}
}

// CPython: multibytecodec_encerror
function encodeError(codec: CjkCodec, state: CodecState, s: EncodeSession, errors: ErrorsSpec, e: number): void {
  const buf = s.buf;
  let reason: string;
  let esize: number;
  if (e > 0) {
    reason = 'illegal multibyte sequence';
    esize = e;
  } else if (e === MBERR_TOOFEW) {
    reason = 'incomplete multibyte sequence';
    esize = buf.pos;
  } else if (e === MBERR_INTERNAL) {
    throw runtimeError('internal codec error');
  } else {
    throw runtimeError('unknown runtime error');
  }
  if (errors === 'replace') {
    const r = codec.encode(state, new EncodeBuf([0x3f], 0, 1, buf.out), 0);
    if (r !== 0) buf.out.push(0x3f);
  }
  if (errors === 'ignore' || errors === 'replace') {
    buf.pos += esize;
    return;
  }
  const start = buf.pos;
  const end = start + esize;
  if (s.excobj === null) s.excobj = newUnicodeEncodeError(codec.encoding, s.text, start, end, reason);
  else updateUnicodeError(s.excobj, start, end, reason);
  if (errors === 'strict') throw s.excobj;
  const ret = callErrorCallback(errors, s.excobj);
  let rep: PyValue;
  if (!(ret instanceof PyTuple) || ret.items.length !== 2 || !(isStrValue((rep = ret.items[0])) || rep instanceof PyBytes) || !isIntValue(ret.items[1])) {
    throw typeError('encoding error handler must return (str, int) tuple');
  }
  if (isStrValue(rep)) {
    const sub = multibyteEncode(codec, state, strValue(rep), null, 'strict', MBENC_FLUSH);
    buf.out.pushBytes(sub);
  } else {
    buf.out.pushBytes((rep as PyBytes).data);
  }
  buf.pos = newposOf(ret.items[1], buf.len);
}

/** The state of one decoding call. */
export class DecodeSession {
  excobj: PyUnicodeErrorObject | null = null;
  constructor(readonly buf: DecodeBuf) {}
}

// CPython: multibytecodec_decerror
export function decodeError(codec: CjkCodec, s: DecodeSession, errors: ErrorsSpec, e: number): void {
  const buf = s.buf;
  let reason: string;
  let esize: number;
  if (e > 0) {
    reason = 'illegal multibyte sequence';
    esize = e;
  } else if (e === MBERR_TOOFEW) {
    reason = 'incomplete multibyte sequence';
    esize = buf.end - buf.pos;
  } else if (e === MBERR_INTERNAL) {
    throw runtimeError('internal codec error');
  } else {
    throw runtimeError('unknown runtime error');
  }
  if (errors === 'replace') buf.out.pushUnit(0xfffd);
  if (errors === 'ignore' || errors === 'replace') {
    buf.pos += esize;
    return;
  }
  const start = buf.pos;
  const end = start + esize;
  if (s.excobj === null) s.excobj = newUnicodeDecodeError(codec.encoding, new PyBytes(buf.data.slice(0, buf.end)), start, end, reason);
  else updateUnicodeError(s.excobj, start, end, reason);
  if (errors === 'strict') throw s.excobj;
  const ret = callErrorCallback(errors, s.excobj);
  if (!(ret instanceof PyTuple) || ret.items.length !== 2 || !isStrValue(ret.items[0]) || !isIntValue(ret.items[1])) {
    throw typeError('decoding error handler must return (str, int) tuple');
  }
  buf.out.pushStr(strValue(ret.items[0]));
  buf.pos = newposOf(ret.items[1], buf.end);
}

/**
 * Encodes text from the codec state; returns the bytes, and through inpos how far it got (a stateful
 * encoder without MBENC_FLUSH may leave a tail pending).  CPython: multibytecodec_encode
 */
export function multibyteEncode(
  codec: CjkCodec,
  state: CodecState,
  text: string,
  inpos: { value: number } | null,
  errors: ErrorsSpec,
  flags: number,
): Uint8Array {
  const cps = codePointValues(text);
  if (cps.length === 0 && !(flags & MBENC_RESET)) return new Uint8Array(0);
  const buf = new EncodeBuf(cps, 0, cps.length, new ByteWriter(cps.length * 2 + 16));
  const s = new EncodeSession(text, buf);
  while (buf.pos < buf.len) {
    const r = codec.encode(state, buf, flags);
    if (r === 0 || (r === MBERR_TOOFEW && !(flags & MBENC_FLUSH))) break;
    encodeError(codec, state, s, errors, r);
    if (r === MBERR_TOOFEW) break;
  }
  if (codec.encreset !== undefined && flags & MBENC_RESET) {
    for (;;) {
      const r = codec.encreset(state, buf.out);
      if (r === 0) break;
      encodeError(codec, state, s, errors, r);
    }
  }
  if (inpos !== null) inpos.value = buf.pos;
  return buf.out.result();
}

/** Feeds data to the decoder until it is consumed or ends inside a sequence.  CPython: decoder_feed_buffer */
export function decoderFeed(codec: CjkCodec, state: CodecState, s: DecodeSession, errors: ErrorsSpec): void {
  const buf = s.buf;
  while (buf.pos < buf.end) {
    const r = codec.decode(state, buf);
    if (r === 0 || r === MBERR_TOOFEW) break;
    decodeError(codec, s, errors, r);
  }
}

/** Decodes a whole input.  CPython: _multibytecodec_MultibyteCodec_decode_impl */
export function multibyteDecode(codec: CjkCodec, data: Uint8Array, errors: ErrorsSpec): string {
  if (data.length === 0) return '';
  const state = new Uint8Array(8);
  codec.decinit?.(state);
  const s = new DecodeSession(new DecodeBuf(data, 0, data.length, new StrWriter()));
  while (s.buf.pos < s.buf.end) {
    const r = codec.decode(state, s.buf);
    if (r === 0) break;
    decodeError(codec, s, errors, r);
  }
  return s.buf.out.result();
}


