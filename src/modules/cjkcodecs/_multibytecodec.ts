// The _multibytecodec module: the codec object the CJK codec modules hand out, and the incremental
// and stream encoders and decoders the encodings package subclasses.  CPython: Modules/cjkcodecs/multibytecodec.c
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { type PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { PyDict } from '../../objects/dict.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { defineModule } from '../../objects/module-def.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { isStrValue, strValue, isIntValue } from '../../objects/boxes.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { bytesLikeData } from '../../objects/bytes/buffer.ts';
import { bindArguments, parseSignature } from '../../objects/getargs.ts';
import { PyNumber_Index, PyObject_IsTrue, PyObject_GetAttr, PyObject_Str, PyObject_CallMethod, PyObject_Length, PySequence_GetItem } from '../../objects/abstract.ts';
import { typeError, valueError, attributeError, newException, PyExc_UnicodeError, PyExc_LookupError } from '../../objects/exceptions.ts';
import { argTypeName } from '../../objects/str/args.ts';
import { cpLength, cpSlice } from '../../objects/str/codepoints.ts';
import { ByteWriter, StrWriter } from '../../objects/codecs/writer.ts';
import { utf8Encode, utf8Decode } from '../../objects/codecs/utf8.ts';
import { newUnicodeEncodeError, newUnicodeDecodeError } from '../../objects/codecs/unicode-error.ts';
import { intFromByteArray, intToByteArray } from '../../objects/int/bytes.ts';
import type { PyIntValue } from '../../objects/object.ts';
import {
  type CjkCodec,
  type ErrorsSpec,
  MBENC_FLUSH,
  MBENC_RESET,
  MBERR_TOOFEW,
  DecodeBuf,
  DecodeSession,
  internalErrorCallback,
  errorsName,
  multibyteEncode,
  multibyteDecode,
  decoderFeed,
  decodeError,
} from './codec.ts';

const MAXENCPENDING = 2;
const MAXDECPENDING = 8;

/** A codec as _codecs_xx.getcodec() returns it.  CPython: MultibyteCodecObject */
export class MultibyteCodecObject extends PyObject {
  constructor(readonly codec: CjkCodec) {
    super();
  }
}

/** The state every stateful encoder, decoder, reader and writer keeps.  CPython: _MultibyteStatefulCodec_HEAD */
export class MultibyteStatefulObject extends PyObject {
  codec: CjkCodec | null = null;
  state = new Uint8Array(8);
  errors: ErrorsSpec = 'strict';
  /** Encoders: text not yet encodable (at most MAXENCPENDING code points). */
  pendingText: string | null = null;
  /** Decoders: bytes of an unfinished sequence. */
  pending = new Uint8Array(MAXDECPENDING);
  pendingsize = 0;
  stream: PyValue = None;
}

class EncoderObject extends MultibyteStatefulObject {}
class DecoderObject extends MultibyteStatefulObject {}
class ReaderObject extends MultibyteStatefulObject {}
class WriterObject extends MultibyteStatefulObject {}

function S(v: PyValue): MultibyteStatefulObject {
  return v as MultibyteStatefulObject;
}

function codecOf(self: PyValue): CjkCodec {
  return S(self).codec!;
}

function errorsArg(v: PyValue | undefined, fname: string, pos: number): string | null {
  if (v === undefined || v === None) return null;
  if (!isStrValue(v)) throw typeError(`${fname}() argument ${pos} must be str or None, not ${argTypeName(v)}`);
  const s = strValue(v);
  if (s.includes('\0')) throw valueError('embedded null character');
  return s;
}

// ---- MultibyteCodec ----

// CPython: _multibytecodec_MultibyteCodec_encode_impl
function codecEncode(self: MultibyteCodecObject, input: PyValue, errorsV: PyValue | undefined): PyTuple {
  const errors = errorsArg(errorsV, 'encode', 2);
  let text: string;
  if (isStrValue(input)) text = strValue(input);
  else text = PyObject_Str(input);
  const codec = self.codec;
  const state = new Uint8Array(8);
  codec.encinit?.(state);
  const r = multibyteEncode(codec, state, text, null, internalErrorCallback(errors), MBENC_FLUSH | MBENC_RESET);
  return new PyTuple([new PyBytes(r), cpLength(text)]);
}

// CPython: _multibytecodec_MultibyteCodec_decode_impl
function codecDecode(self: MultibyteCodecObject, input: PyValue, errorsV: PyValue | undefined): PyTuple {
  const data = bytesLikeData(input);
  const errors = errorsArg(errorsV, 'decode', 2);
  const s = multibyteDecode(self.codec, data, internalErrorCallback(errors));
  return new PyTuple([s, data.length]);
}

export const MultibyteCodecType = defineBuiltinType({
  name: '_multibytecodec.MultibyteCodec',
  flags: TPFLAGS.DISALLOW_INSTANTIATION | TPFLAGS.HAVE_GC,
  instanceClass: MultibyteCodecObject,
  methods: {
    encode: {
      sig: '($self, /, input, errors=None)',
      impl: codecEncode,
      doc: "Return an encoded string version of 'input'.\n\n'errors' may be given to set a different error handling scheme.",
    },
    decode: {
      sig: '($self, /, input, errors=None)',
      impl: codecDecode,
      doc: "Decodes 'input'.\n\n'errors' may be given to set a different error handling scheme.",
    },
  },
});

// ---- shared by the stateful objects ----

function errorsGet(self: PyValue): PyValue {
  return errorsName(S(self).errors);
}

// CPython: codecctx_errors_set
function errorsSet(self: PyValue, value: PyValue | null): void {
  if (value === null) throw attributeError('cannot delete attribute');
  if (!isStrValue(value)) throw typeError('errors must be a string');
  S(self).errors = internalErrorCallback(strValue(value));
}

const ERRORS_GETSET = { errors: { get: errorsGet, set: errorsSet, doc: 'how to treat errors' } };

/** A new stateful object of `type`, bound to the MultibyteCodec of its class attribute `codec`. */
function newStateful(
  Cls: new () => MultibyteStatefulObject,
  type: PyType,
  base: PyType,
  errors: string | null,
  encoder: boolean,
): MultibyteStatefulObject {
  const self = type === base ? new Cls() : newHeapInstance(Cls, type);
  const codec = PyObject_GetAttr(type, 'codec');
  if (!(codec instanceof MultibyteCodecObject)) throw typeError('codec is unexpected type');
  self.codec = codec.codec;
  self.errors = internalErrorCallback(errors);
  if (encoder) self.codec.encinit?.(self.state);
  else self.codec.decinit?.(self.state);
  return self;
}

function errorsNewArg(v: PyValue | undefined, fname: string, pos: number): string | null {
  if (v === undefined) return null;
  if (!isStrValue(v)) throw typeError(`${fname}() argument ${pos} must be str, not ${argTypeName(v)}`);
  const s = strValue(v);
  if (s.includes('\0')) throw valueError('embedded null character');
  return s;
}

function initNothing(): void {}

// CPython: encoder_encode_stateful
function encodeStateful(self: MultibyteStatefulObject, input: PyValue, final: boolean): Uint8Array {
  let text = isStrValue(input) ? strValue(input) : PyObject_Str(input);
  const codec = self.codec!;
  const origpending = self.pendingText;
  if (origpending !== null) {
    text = origpending + text;
    self.pendingText = null;
  }
  const inpos = { value: 0 };
  let r: Uint8Array;
  try {
    r = multibyteEncode(codec, self.state, text, inpos, self.errors, final ? MBENC_FLUSH | MBENC_RESET : 0);
  } catch (e) {
    self.pendingText = origpending;
    throw e;
  }
  const datalen = cpLength(text);
  if (inpos.value < datalen) {
    if (datalen - inpos.value > MAXENCPENDING) {
      throw newUnicodeEncodeError(codec.encoding, text, inpos.value, datalen, 'pending buffer overflow');
    }
    self.pendingText = cpSlice(text, inpos.value, datalen);
  }
  return r;
}

// ---- MultibyteIncrementalEncoder ----

const INC_NEW_SIG = parseSignature('(errors=<unrepresentable>)');
const STREAM_NEW_SIG = parseSignature('(stream, errors=<unrepresentable>)');

function encoderNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [errors] = bindArguments(INC_NEW_SIG, { short: 'IncrementalEncoder', funcStr: 'IncrementalEncoder()' }, args, kwnames) as (PyValue | undefined)[];
  return newStateful(EncoderObject, type, MultibyteIncrementalEncoderType, errorsNewArg(errors, 'IncrementalEncoder', 1), true);
}

function encoderEncode(self: PyValue, input: PyValue, final: PyValue | undefined): PyBytes {
  return new PyBytes(encodeStateful(S(self), input, final !== undefined && PyObject_IsTrue(final)));
}

// CPython: _multibytecodec_MultibyteIncrementalEncoder_getstate_impl
function encoderGetstate(self: PyValue): PyIntValue {
  const o = S(self);
  const parts: number[] = [];
  if (o.pendingText !== null) {
    const p = utf8Encode(o.pendingText, 'surrogatepass');
    if (p.length > MAXENCPENDING * 4) {
      throw newUnicodeEncodeError(o.codec!.encoding, o.pendingText, 0, cpLength(o.pendingText), 'pending buffer too large');
    }
    parts.push(p.length, ...p);
  } else {
    parts.push(0);
  }
  parts.push(...o.state);
  return intFromByteArray(Uint8Array.from(parts), true, false);
}

// CPython: _multibytecodec_MultibyteIncrementalEncoder_setstate_impl
function encoderSetstate(self: PyValue, statelong: PyValue): PyValue {
  if (!isIntValue(statelong)) throw typeError(`setstate() argument must be int, not ${argTypeName(statelong)}`);
  const o = S(self);
  const bytes = intToByteArray(PyNumber_Index(statelong), 1 + MAXENCPENDING * 4 + 8, true, false);
  if (bytes[0] > MAXENCPENDING * 4) throw newException(PyExc_UnicodeError, ['pending buffer too large']);
  const pending = utf8Decode(bytes.subarray(1, 1 + bytes[0]), 'strict', true)[0];
  o.pendingText = pending;
  o.state.set(bytes.subarray(1 + bytes[0], 1 + bytes[0] + 8));
  return None;
}

// CPython: _multibytecodec_MultibyteIncrementalEncoder_reset_impl
function encoderReset(self: PyValue): PyValue {
  const o = S(self);
  const codec = o.codec!;
  if (codec.encreset !== undefined) {
    const r = codec.encreset(o.state, new ByteWriter(4));
    if (r !== 0) throw newException(PyExc_UnicodeError, ['internal codec error']);
  }
  o.pendingText = null;
  return None;
}

export const MultibyteIncrementalEncoderType = defineBuiltinType({
  name: '_multibytecodec.MultibyteIncrementalEncoder',
  flags: TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC,
  instanceClass: EncoderObject,
  slots: { tp_new: encoderNew, tp_init: initNothing },
  methods: {
    encode: { sig: '($self, /, input, final=False)', impl: encoderEncode },
    getstate: { sig: '($self, /)', impl: encoderGetstate },
    setstate: { sig: '($self, state, /)', impl: encoderSetstate },
    reset: { sig: '($self, /)', impl: encoderReset },
  },
  getset: ERRORS_GETSET,
});

// ---- MultibyteIncrementalDecoder ----

function decoderNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [errors] = bindArguments(INC_NEW_SIG, { short: 'IncrementalDecoder', funcStr: 'IncrementalDecoder()' }, args, kwnames) as (PyValue | undefined)[];
  return newStateful(DecoderObject, type, MultibyteIncrementalDecoderType, errorsNewArg(errors, 'IncrementalDecoder', 1), false);
}

// CPython: decoder_append_pending
function appendPending(o: MultibyteStatefulObject, buf: DecodeBuf): void {
  const n = buf.end - buf.pos;
  if (n + o.pendingsize > MAXDECPENDING) {
    throw newUnicodeDecodeError(o.codec!.encoding, new PyBytes(buf.data.slice(0, buf.end)), 0, buf.end, 'pending buffer overflow');
  }
  o.pending.set(buf.data.subarray(buf.pos, buf.end), o.pendingsize);
  o.pendingsize += n;
}

function withPending(o: MultibyteStatefulObject, data: Uint8Array): Uint8Array {
  if (o.pendingsize === 0) return data;
  const w = new Uint8Array(o.pendingsize + data.length);
  w.set(o.pending.subarray(0, o.pendingsize));
  w.set(data, o.pendingsize);
  return w;
}

// CPython: _multibytecodec_MultibyteIncrementalDecoder_decode_impl
function decoderDecode(self: PyValue, input: PyValue, finalV: PyValue | undefined): string {
  const o = S(self);
  const data = bytesLikeData(input);
  const final = finalV !== undefined && PyObject_IsTrue(finalV);
  const codec = o.codec!;
  const origpending = o.pendingsize;
  const wdata = withPending(o, data);
  o.pendingsize = 0;
  const s = new DecodeSession(new DecodeBuf(wdata, 0, wdata.length, new StrWriter()));
  decoderFeed(codec, o.state, s, o.errors);
  if (final && s.buf.pos < s.buf.end) {
    try {
      decodeError(codec, s, o.errors, MBERR_TOOFEW);
    } catch (e) {
      o.pending.set(wdata.subarray(0, origpending));
      o.pendingsize = origpending;
      throw e;
    }
  }
  if (s.buf.pos < s.buf.end) appendPending(o, s.buf);
  return s.buf.out.result();
}

function decoderGetstate(self: PyValue): PyTuple {
  const o = S(self);
  return new PyTuple([new PyBytes(o.pending.slice(0, o.pendingsize)), intFromByteArray(o.state, true, false)]);
}

// CPython: _multibytecodec_MultibyteIncrementalDecoder_setstate_impl
function decoderSetstate(self: PyValue, state: PyValue): PyValue {
  if (!(state instanceof PyTuple)) throw typeError(`setstate() argument must be tuple, not ${argTypeName(state)}`);
  const o = S(self);
  const items = state.items;
  if (items.length !== 2 || !(items[0] instanceof PyBytes) || !isIntValue(items[1])) {
    throw typeError('setstate(): illegal state argument');
  }
  const statebytes = intToByteArray(PyNumber_Index(items[1]), 8, true, false);
  const buffer = (items[0] as PyBytes).data;
  if (buffer.length > MAXDECPENDING) {
    throw newUnicodeDecodeError(o.codec!.encoding, items[0] as PyBytes, 0, buffer.length, 'pending buffer too large');
  }
  o.pendingsize = buffer.length;
  o.pending.set(buffer);
  o.state.set(statebytes);
  return None;
}

function decoderReset(self: PyValue): PyValue {
  const o = S(self);
  o.codec!.decreset?.(o.state);
  o.pendingsize = 0;
  return None;
}

export const MultibyteIncrementalDecoderType = defineBuiltinType({
  name: '_multibytecodec.MultibyteIncrementalDecoder',
  flags: TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC,
  instanceClass: DecoderObject,
  slots: { tp_new: decoderNew, tp_init: initNothing },
  methods: {
    decode: { sig: '($self, /, input, final=False)', impl: decoderDecode },
    getstate: { sig: '($self, /)', impl: decoderGetstate },
    setstate: { sig: '($self, state, /)', impl: decoderSetstate },
    reset: { sig: '($self, /)', impl: decoderReset },
  },
  getset: ERRORS_GETSET,
});

// ---- MultibyteStreamReader ----

function readerNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [stream, errors] = bindArguments(STREAM_NEW_SIG, { short: 'StreamReader', funcStr: 'StreamReader()' }, args, kwnames) as (PyValue | undefined)[];
  const self = newStateful(ReaderObject, type, MultibyteStreamReaderType, errorsNewArg(errors, 'StreamReader', 2), false);
  self.stream = stream!;
  return self;
}

// CPython: mbstreamreader_iread
function readerIread(o: MultibyteStatefulObject, method: string, sizehint: number): string {
  if (sizehint === 0) return '';
  const codec = o.codec!;
  const out = new StrWriter();
  let written = 0;
  for (;;) {
    const cres = sizehint < 0 ? PyObject_CallMethod(o.stream, method, []) : PyObject_CallMethod(o.stream, method, [sizehint]);
    if (!(cres instanceof PyBytes)) throw typeError(`stream function returned a non-bytes object (${argTypeName(cres)})`);
    const endoffile = cres.data.length === 0;
    const data = withPending(o, cres.data);
    o.pendingsize = 0;
    const rsize = data.length;
    const s = new DecodeSession(new DecodeBuf(data, 0, rsize, out));
    const before = out.result().length;
    if (rsize > 0) decoderFeed(codec, o.state, s, o.errors);
    if ((endoffile || sizehint < 0) && s.buf.pos < s.buf.end) decodeError(codec, s, o.errors, MBERR_TOOFEW);
    if (s.buf.pos < s.buf.end) appendPending(o, s.buf);
    written += out.result().length - before;
    if (sizehint < 0 || written !== 0 || rsize === 0) break;
    sizehint = 1;
  }
  return out.result();
}

function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  if (!isIntValue(v)) throw typeError('arg 1 must be an integer');
  const n = PyNumber_Index(v);
  return typeof n === 'number' ? n : Number(n);
}

function readerRead(self: PyValue, size: PyValue | undefined): string {
  return readerIread(S(self), 'read', sizeArg(size));
}

function readerReadline(self: PyValue, size: PyValue | undefined): string {
  return readerIread(S(self), 'readline', sizeArg(size));
}

function readerReadlines(self: PyValue, sizehint: PyValue | undefined): PyValue {
  const r = readerIread(S(self), 'read', sizeArg(sizehint));
  return PyObject_CallMethod(r, 'splitlines', [true]);
}

export const MultibyteStreamReaderType = defineBuiltinType({
  name: '_multibytecodec.MultibyteStreamReader',
  flags: TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC,
  instanceClass: ReaderObject,
  slots: { tp_new: readerNew, tp_init: initNothing },
  methods: {
    read: { sig: '($self, sizeobj=None, /)', impl: readerRead },
    readline: { sig: '($self, sizeobj=None, /)', impl: readerReadline },
    readlines: { sig: '($self, sizehintobj=None, /)', impl: readerReadlines },
    reset: { sig: '($self, /)', impl: decoderReset },
  },
  members: { stream: { get: (o: MultibyteStatefulObject) => o.stream } },
  getset: ERRORS_GETSET,
});

// ---- MultibyteStreamWriter ----

function writerNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [stream, errors] = bindArguments(STREAM_NEW_SIG, { short: 'StreamWriter', funcStr: 'StreamWriter()' }, args, kwnames) as (PyValue | undefined)[];
  const self = newStateful(WriterObject, type, MultibyteStreamWriterType, errorsNewArg(errors, 'StreamWriter', 2), true);
  self.stream = stream!;
  return self;
}

// CPython: mbstreamwriter_iwrite
function writerIwrite(o: MultibyteStatefulObject, strobj: PyValue): void {
  const r = encodeStateful(o, strobj, false);
  PyObject_CallMethod(o.stream, 'write', [new PyBytes(r)]);
}

function writerWrite(self: PyValue, strobj: PyValue): PyValue {
  writerIwrite(S(self), strobj);
  return None;
}

function writerWritelines(self: PyValue, lines: PyValue): PyValue {
  if (!isSequence(lines)) throw typeError('arg must be a sequence object');
  for (let i = 0; i < PyObject_Length(lines); i++) writerIwrite(S(self), PySequence_GetItem(lines, i));
  return None;
}

/** PySequence_Check: indexable, and not a dict. */
function isSequence(v: PyValue): boolean {
  return !(v instanceof PyDict) && typeOf(v).sq_item !== null;
}

// CPython: _multibytecodec_MultibyteStreamWriter_reset_impl
function writerReset(self: PyValue): PyValue {
  const o = S(self);
  if (o.pendingText === null) return None;
  const pending = o.pendingText;
  o.pendingText = null;
  const pwrt = multibyteEncode(o.codec!, o.state, pending, null, o.errors, MBENC_FLUSH | MBENC_RESET);
  if (pwrt.length > 0) PyObject_CallMethod(o.stream, 'write', [new PyBytes(pwrt)]);
  return None;
}

export const MultibyteStreamWriterType = defineBuiltinType({
  name: '_multibytecodec.MultibyteStreamWriter',
  flags: TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC,
  instanceClass: WriterObject,
  slots: { tp_new: writerNew, tp_init: initNothing },
  methods: {
    write: { sig: '($self, strobj, /)', impl: writerWrite },
    writelines: { sig: '($self, lines, /)', impl: writerWritelines },
    reset: { sig: '($self, /)', impl: writerReset },
  },
  members: { stream: { get: (o: MultibyteStatefulObject) => o.stream } },
  getset: ERRORS_GETSET,
});

// CPython: _multibytecodec___create_codec (the capsules of the C API are not exposed: nothing can be one)
function createCodec(_m: PyValue, _arg: PyValue): PyValue {
  throw valueError('argument type invalid');
}

export const multibytecodecModule = defineModule({
  name: '_multibytecodec',
  functions: {
    __create_codec: { sig: '($module, arg, /)', impl: createCodec },
  },
  constants: () => ({
    MultibyteIncrementalEncoder: MultibyteIncrementalEncoderType,
    MultibyteIncrementalDecoder: MultibyteIncrementalDecoderType,
    MultibyteStreamReader: MultibyteStreamReaderType,
    MultibyteStreamWriter: MultibyteStreamWriterType,
  }),
});

/** The codec object getcodec() returns; loads the codec's tables first.  CPython: _getcodec */
export function newCodecObject(codec: CjkCodec): MultibyteCodecObject {
  codec.init?.();
  return new MultibyteCodecObject(codec);
}

/** getcodec(encoding) of a _codecs_xx module over its list of codecs.  CPython: getcodec in cjkcodecs.h */
export function getcodecOf(codecs: readonly CjkCodec[]): (m: PyValue, encoding: PyValue) => PyValue {
  return (_m, encoding) => {
    if (!isStrValue(encoding)) throw typeError('encoding name must be a string.');
    const name = strValue(encoding);
    for (const c of codecs) if (c.encoding === name) return newCodecObject(c);
    throw newException(PyExc_LookupError, ['no such codec is supported.']);
  };
}
