// The zlib module: compress, decompress, streaming (de)compressor objects, crc32 and adler32, over
// pyts's own deflate and inflate (deflate.ts, inflate.ts), which work in any JS host.
// CPython: Modules/zlibmodule.c, Include/internal/pycore_blocks_output_buffer.h
//
// The engines are driven exactly as CPython drives zlib: output space is handed out in the same
// block sizes (32 KiB, 64 KiB, 256 KiB, ...; or bufsize first) and the same flush modes are used,
// so the stored blocks of level 0, the data returned by each call and the error messages are
// CPython's.
import { PyObject, None, type PyValue } from '../../objects/object.ts';
import { TPFLAGS, type PyType } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { defineModule } from '../../objects/module-def.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { bytesLikeData, checkBuffer } from '../../objects/bytes/buffer.ts';
import { PyNumber_Index } from '../../objects/abstract.ts';
import { bindArguments, parseSignature } from '../../objects/getargs.ts';
import { PyCFunction } from '../../objects/descrobject.ts';
import {
  typeError, valueError, overflowError, systemError, newException, PyExc_Exception, PyExc_EOFError,
} from '../../objects/exceptions.ts';
import { newExceptionClass } from '../hashlib-support.ts';
import { crc32Update, unsignedIntMask } from '../binascii.ts';
import {
  ZStream, adler32, Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK, Z_TREES, Z_OK,
  Z_STREAM_END, Z_NEED_DICT, Z_STREAM_ERROR, Z_DATA_ERROR, Z_MEM_ERROR, Z_BUF_ERROR, Z_FILTERED, Z_HUFFMAN_ONLY,
  Z_RLE, Z_FIXED, Z_DEFAULT_STRATEGY,
} from './stream.ts';
import { Deflater } from './deflate.ts';
import { Inflater } from './inflate.ts';

const MAX_WBITS = 15;
const DEFLATED = 8;
const DEF_MEM_LEVEL = 8;
const DEF_BUF_SIZE = 16 * 1024;
const DEF_MAX_INITIAL_BUF_SIZE = 16 * 1024 * 1024;
const SSIZE_MAX = 2 ** 63 - 1;

// ---- errors ----

/** Each zlib module object's `error` class (CPython keeps it in the module state). */
const errors = new WeakMap<object, PyType>();
let lastError: PyType | null = null;

function zlibErrorType(m: PyValue | null): PyType {
  return (m !== null ? errors.get(m as object) : undefined) ?? lastError!;
}

/** Raises zlib.error for code err.  CPython: zlib_error */
function zlibError(m: PyValue | null, strm: ZStream, err: number, msg: string): never {
  let zmsg = strm.msg;
  if (zmsg === null) {
    if (err === Z_BUF_ERROR) zmsg = 'incomplete or truncated stream';
    else if (err === Z_STREAM_ERROR) zmsg = 'inconsistent stream state';
    else if (err === Z_DATA_ERROR) zmsg = 'invalid input data';
  }
  const text = zmsg === null ? `Error ${err} ${msg}` : `Error ${err} ${msg}: ${zmsg.slice(0, 200)}`;
  throw newException(zlibErrorType(m), [text]);
}

function simpleError(m: PyValue | null, text: string): never {
  throw newException(zlibErrorType(m), [text]);
}

// ---- arguments ----

/** Clinic's int converter. */
function cInt(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = PyNumber_Index(v);
  if (n > 2147483647 || n < -2147483648) throw overflowError('Python int too large to convert to C int');
  return Number(n);
}

/** Clinic's Py_ssize_t converter. */
function cSsize(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = PyNumber_Index(v);
  if (n > 9223372036854775807n || n < -9223372036854775808n) throw overflowError('Python int too large to convert to C ssize_t');
  return Number(n);
}

// ---- output buffers ----

const BLOCK_SIZES = [32, 64, 256, 1024, 4096, 8192, 16384, 16384, 32768, 32768, 32768, 32768, 65536, 65536, 131072, 131072, 262144].map((k) => k * 1024);

/** Output gathered in blocks of growing size, as CPython's _BlocksOutputBuffer hands them to zlib. */
class OutputBuffer {
  private readonly blocks: Uint8Array[] = [];
  private allocated = 0;
  private maxLength = -1;

  /** First block: 32 KiB, or max_length if smaller.  CPython: _BlocksOutputBuffer_InitAndGrow */
  initAndGrow(strm: ZStream, maxLength: number): void {
    const size = maxLength >= 0 && maxLength < BLOCK_SIZES[0] ? maxLength : BLOCK_SIZES[0];
    this.maxLength = maxLength;
    this.add(strm, size);
  }

  /** First block of the given size.  CPython: _BlocksOutputBuffer_InitWithSize */
  initWithSize(strm: ZStream, size: number): void {
    this.maxLength = -1;
    this.add(strm, size);
  }

  /** CPython: _BlocksOutputBuffer_Grow */
  grow(strm: ZStream): void {
    let size = BLOCK_SIZES[Math.min(this.blocks.length, BLOCK_SIZES.length - 1)];
    if (this.maxLength >= 0) size = Math.min(size, this.maxLength - this.allocated);
    this.add(strm, size);
  }

  private add(strm: ZStream, size: number): void {
    const b = new Uint8Array(size);
    this.blocks.push(b);
    this.allocated += size;
    strm.setOutput(b);
  }

  dataSize(strm: ZStream): number {
    return this.allocated - strm.availOut;
  }

  finish(strm: ZStream): PyBytes {
    const n = this.dataSize(strm);
    if (this.blocks.length === 1) return new PyBytes(this.blocks[0].slice(0, n));
    const out = new Uint8Array(n);
    let o = 0;
    for (const b of this.blocks) {
      const take = Math.min(b.length, n - o);
      out.set(b.subarray(0, take), o);
      o += take;
    }
    return new PyBytes(out);
  }
}

// ---- one-shot functions ----

// CPython: zlib_compress_impl
function zlibCompress(m: PyValue, dataArg: PyValue, levelArg: PyValue | undefined, wbitsArg: PyValue | undefined): PyBytes {
  const data = bytesLikeData(dataArg);
  const level = cInt(levelArg, -1);
  const wbits = cInt(wbitsArg, MAX_WBITS);
  const strm = new ZStream();
  const buffer = new OutputBuffer();
  buffer.initAndGrow(strm, -1);
  const d = Deflater.create(level, DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
  if (typeof d === 'number') simpleError(m, 'Bad compression level');
  d.initStream(strm);
  strm.setInput(data);
  for (;;) {
    if (strm.availOut === 0) buffer.grow(strm);
    const err = d.deflate(strm, Z_FINISH);
    if (err === Z_STREAM_ERROR) zlibError(m, strm, err, 'while compressing data');
    if (strm.availOut !== 0) break;
  }
  return buffer.finish(strm);
}

// CPython: zlib_decompress_impl
function zlibDecompress(m: PyValue, dataArg: PyValue, wbitsArg: PyValue | undefined, bufsizeArg: PyValue | undefined): PyBytes {
  const data = bytesLikeData(dataArg);
  const wbits = cInt(wbitsArg, MAX_WBITS);
  let bufsize = cSsize(bufsizeArg, DEF_BUF_SIZE);
  if (bufsize < 0) throw valueError('bufsize must be non-negative');
  if (bufsize === 0) bufsize = 1;
  const strm = new ZStream();
  const buffer = new OutputBuffer();
  buffer.initWithSize(strm, Math.min(bufsize, 2 ** 31));
  const inf = Inflater.create(wbits);
  if (typeof inf === 'number') zlibError(m, strm, inf, 'while preparing to decompress data');
  inf.initStream(strm);
  strm.setInput(data);
  let err: number;
  do {
    if (strm.availOut === 0) buffer.grow(strm);
    err = inf.inflate(strm, Z_FINISH);
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) zlibError(m, strm, err, 'while decompressing data');
  } while (strm.availOut === 0);
  if (err !== Z_STREAM_END) zlibError(m, strm, err, 'while decompressing data');
  return buffer.finish(strm);
}

function zlibAdler32(_m: PyValue, dataArg: PyValue, value: PyValue | undefined): number {
  const data = bytesLikeData(dataArg);
  return adler32(value === undefined ? 1 : unsignedIntMask(value), data);
}

function zlibCrc32(_m: PyValue, dataArg: PyValue, value: PyValue | undefined): number {
  const data = bytesLikeData(dataArg);
  return crc32Update(value === undefined ? 0 : unsignedIntMask(value), data);
}

// ---- Compress ----

export class PyCompress extends PyObject {
  constructor(
    readonly module: PyValue | null,
    /** null once flush(Z_FINISH) has ended the stream (CPython: is_initialised = 0). */
    public deflater: Deflater | null,
    readonly strm: ZStream,
  ) {
    super();
  }
}

// CPython: zlib_compressobj_impl
function zlibCompressobj(
  m: PyValue,
  levelArg: PyValue | undefined,
  methodArg: PyValue | undefined,
  wbitsArg: PyValue | undefined,
  memLevelArg: PyValue | undefined,
  strategyArg: PyValue | undefined,
  zdictArg: PyValue | undefined,
): PyCompress {
  const level = cInt(levelArg, -1);
  const method = cInt(methodArg, DEFLATED);
  const wbits = cInt(wbitsArg, MAX_WBITS);
  const memLevel = cInt(memLevelArg, DEF_MEM_LEVEL);
  const strategy = cInt(strategyArg, Z_DEFAULT_STRATEGY);
  const zdict = zdictArg === undefined ? null : bytesLikeData(zdictArg);
  const strm = new ZStream();
  const d = Deflater.create(level, method, wbits, memLevel, strategy);
  if (typeof d === 'number') throw valueError('Invalid initialization option');
  d.initStream(strm);
  if (zdict !== null && d.setDictionary(strm, zdict) !== Z_OK) throw valueError('Invalid dictionary');
  return new PyCompress(m, d, strm);
}

function C(self: PyValue): PyCompress {
  return self as PyCompress;
}

/** Runs deflate with `flush` until it leaves output space unused.  The loop of compress() and flush(). */
function runDeflate(c: PyCompress, flush: number, what: string): [PyBytes, number] {
  const strm = c.strm;
  const buffer = new OutputBuffer();
  buffer.initAndGrow(strm, -1);
  let err: number;
  do {
    if (strm.availOut === 0) buffer.grow(strm);
    err = c.deflater === null ? Z_STREAM_ERROR : c.deflater.deflate(strm, flush);
    if (err === Z_STREAM_ERROR) zlibError(c.module, strm, err, what);
  } while (strm.availOut === 0);
  return [buffer.finish(strm), err];
}

// CPython: zlib_Compress_compress_impl
function compressCompress(self: PyValue, dataArg: PyValue): PyBytes {
  const c = C(self);
  const data = bytesLikeData(dataArg);
  c.strm.setInput(data);
  return runDeflate(c, Z_NO_FLUSH, 'while compressing data')[0];
}

// CPython: zlib_Compress_flush_impl
function compressFlush(self: PyValue, modeArg: PyValue | undefined): PyBytes {
  const c = C(self);
  const mode = cInt(modeArg, Z_FINISH);
  if (mode === Z_NO_FLUSH) return new PyBytes(new Uint8Array(0));
  c.strm.availIn = 0;
  const [out, err] = runDeflate(c, mode, 'while flushing');
  if (err === Z_STREAM_END && mode === Z_FINISH) c.deflater = null;
  else if (err !== Z_OK && err !== Z_BUF_ERROR) zlibError(c.module, c.strm, err, 'while flushing');
  return out;
}

function copyStream(s: ZStream): ZStream {
  const t = new ZStream();
  t.totalIn = s.totalIn;
  t.totalOut = s.totalOut;
  t.msg = s.msg;
  t.adler = s.adler;
  return t;
}

// CPython: zlib_Compress_copy_impl
function compressCopy(self: PyValue): PyCompress {
  const c = C(self);
  if (c.deflater === null) throw valueError('Inconsistent stream state');
  return new PyCompress(c.module, c.deflater.copy(), copyStream(c.strm));
}

export const CompressType = defineBuiltinType({
  name: 'zlib.Compress',
  instanceClass: PyCompress,
  flags: TPFLAGS.DISALLOW_INSTANTIATION | TPFLAGS.HAVE_GC,
  methods: {
    compress: {
      sig: '($self, data, /)',
      impl: compressCompress,
      doc: 'Returns a bytes object containing compressed data.\n\nSome input may stay in internal buffers until flush() is called.',
    },
    flush: {
      sig: '($self, mode=zlib.Z_FINISH, /)',
      impl: compressFlush,
      doc: 'Return a bytes object containing any remaining compressed data.\n\nmode is Z_SYNC_FLUSH, Z_FULL_FLUSH or Z_FINISH; after Z_FINISH the object can no longer be used.',
    },
    copy: { sig: '($self, /)', impl: compressCopy, doc: 'Return a copy of the compression object.' },
    __copy__: { sig: '($self, /)', impl: compressCopy },
    __deepcopy__: { sig: '($self, memo, /)', impl: (self: PyValue) => compressCopy(self) },
  },
});

// ---- Decompress ----

export class PyDecompress extends PyObject {
  unusedData: PyBytes = new PyBytes(new Uint8Array(0));
  unconsumedTail: PyBytes = new PyBytes(new Uint8Array(0));
  eof = false;

  constructor(
    readonly module: PyValue | null,
    /** null once flush() has ended the stream. */
    public inflater: Inflater | null,
    readonly strm: ZStream,
    readonly zdict: PyValue | null,
  ) {
    super();
  }
}

/** CPython: set_inflate_zdict */
function setInflateZdict(m: PyValue | null, inf: Inflater, strm: ZStream, zdict: PyValue): void {
  const err = inf.setDictionary(strm, bytesLikeData(zdict));
  if (err !== Z_OK) zlibError(m, strm, err, 'while setting zdict');
}

// CPython: zlib_decompressobj_impl
function zlibDecompressobj(m: PyValue, wbitsArg: PyValue | undefined, zdictArg: PyValue | undefined): PyDecompress {
  const wbits = cInt(wbitsArg, MAX_WBITS);
  const zdict = zdictArg ?? null;
  if (zdict !== null && !checkBuffer(zdict)) throw typeError('zdict argument must support the buffer protocol');
  const strm = new ZStream();
  const inf = Inflater.create(wbits);
  if (typeof inf === 'number') throw valueError('Invalid initialization option');
  inf.initStream(strm);
  if (zdict !== null && wbits < 0) setInflateZdict(m, inf, strm, zdict);
  return new PyDecompress(m, inf, strm, zdict);
}

function D(self: PyValue): PyDecompress {
  return self as PyDecompress;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Keeps the input inflate did not use as unused_data (after the end) or unconsumed_tail.  CPython: save_unconsumed_input */
function saveUnconsumedInput(d: PyDecompress, data: Uint8Array, err: number): void {
  const strm = d.strm;
  if (err === Z_STREAM_END && strm.availIn > 0) {
    d.unusedData = new PyBytes(concat(d.unusedData.data, data.subarray(strm.nextIn)));
    strm.availIn = 0;
  }
  if (strm.availIn > 0 || d.unconsumedTail.data.length) {
    d.unconsumedTail = new PyBytes(data.slice(strm.nextIn));
  }
}

function inflateOrError(d: PyDecompress, flush: number): number {
  return d.inflater === null ? Z_STREAM_ERROR : d.inflater.inflate(d.strm, flush);
}

// CPython: zlib_Decompress_decompress_impl
function decompressDecompress(self: PyValue, dataArg: PyValue, maxLengthArg: PyValue | undefined): PyBytes {
  const d = D(self);
  const data = bytesLikeData(dataArg);
  let maxLength = cSsize(maxLengthArg, 0);
  if (maxLength < 0) throw valueError('max_length must be non-negative');
  if (maxLength === 0) maxLength = -1;
  const strm = d.strm;
  strm.setInput(data);
  const buffer = new OutputBuffer();
  buffer.initAndGrow(strm, maxLength);
  let err = Z_OK;
  save: do {
    if (strm.availOut === 0) {
      if (buffer.dataSize(strm) === maxLength) break save;
      buffer.grow(strm);
    }
    err = inflateOrError(d, Z_SYNC_FLUSH);
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) {
      if (err === Z_NEED_DICT && d.zdict !== null) setInflateZdict(d.module, d.inflater!, strm, d.zdict);
      else break save;
    }
  } while (strm.availOut === 0 || err === Z_NEED_DICT);
  saveUnconsumedInput(d, data, err);
  if (err === Z_STREAM_END) d.eof = true;
  else if (err !== Z_OK && err !== Z_BUF_ERROR) zlibError(d.module, strm, err, 'while decompressing data');
  return buffer.finish(strm);
}

// CPython: zlib_Decompress_flush_impl
function decompressFlush(self: PyValue, lengthArg: PyValue | undefined): PyBytes {
  const d = D(self);
  const length = cSsize(lengthArg, DEF_BUF_SIZE);
  if (length <= 0) throw valueError('length must be greater than zero');
  const data = d.unconsumedTail.data;
  const strm = d.strm;
  strm.setInput(data);
  const buffer = new OutputBuffer();
  buffer.initWithSize(strm, Math.min(length, 2 ** 31));
  let err: number;
  save: do {
    if (strm.availOut === 0) buffer.grow(strm);
    err = inflateOrError(d, Z_FINISH);
    // Errors end the loop but are not reported (as in CPython).
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) break save;
  } while (strm.availOut === 0);
  saveUnconsumedInput(d, data, err);
  if (err === Z_STREAM_END) {
    d.eof = true;
    d.inflater = null;
  }
  return buffer.finish(strm);
}

// CPython: zlib_Decompress_copy_impl
function decompressCopy(self: PyValue): PyDecompress {
  const d = D(self);
  if (d.inflater === null) throw valueError('Inconsistent stream state');
  const c = new PyDecompress(d.module, d.inflater.copy(), copyStream(d.strm), d.zdict);
  c.unusedData = d.unusedData;
  c.unconsumedTail = d.unconsumedTail;
  c.eof = d.eof;
  return c;
}

export const DecompressType = defineBuiltinType({
  name: 'zlib.Decompress',
  instanceClass: PyDecompress,
  flags: TPFLAGS.DISALLOW_INSTANTIATION | TPFLAGS.HAVE_GC,
  methods: {
    decompress: {
      sig: '($self, data, /, max_length=0)',
      impl: decompressDecompress,
      doc: 'Return a bytes object containing the decompressed version of the data.\n\nWith max_length, input left over is kept in unconsumed_tail.',
    },
    flush: {
      sig: '($self, length=zlib.DEF_BUF_SIZE, /)',
      impl: decompressFlush,
      doc: 'Return a bytes object containing any remaining decompressed data.',
    },
    copy: { sig: '($self, /)', impl: decompressCopy, doc: 'Return a copy of the decompression object.' },
    __copy__: { sig: '($self, /)', impl: decompressCopy },
    __deepcopy__: { sig: '($self, memo, /)', impl: (self: PyValue) => decompressCopy(self) },
  },
  getset: {
    unused_data: { get: (self: PyValue) => D(self).unusedData },
    unconsumed_tail: { get: (self: PyValue) => D(self).unconsumedTail },
    eof: { get: (self: PyValue) => D(self).eof },
  },
});

// ---- _ZlibDecompressor ----

export class PyZlibDecompressor extends PyObject {
  unusedData: PyBytes = new PyBytes(new Uint8Array(0));
  eof = false;
  needsInput = true;
  /** Input received and not yet consumed (CPython: input_buffer from next_in, avail_in_real bytes). */
  pending: Uint8Array | null = null;

  constructor(
    type: PyType,
    public inflater: Inflater | null,
    readonly strm: ZStream,
    readonly zdict: PyValue | null,
  ) {
    super();
    this.ob_type = type;
  }
}

const ZD_NEW_SIG = parseSignature('(wbits=15, zdict=<unrepresentable>)');

function zlibDecompressorNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [wbitsArg, zdictArg] = bindArguments(ZD_NEW_SIG, { short: '_ZlibDecompressor', funcStr: '_ZlibDecompressor()' }, args, kwnames) as (PyValue | undefined)[];
  const wbits = cInt(wbitsArg, MAX_WBITS);
  const zdict = zdictArg ?? null;
  const strm = new ZStream();
  const inf = Inflater.create(wbits);
  if (typeof inf === 'number') throw valueError('Invalid initialization option');
  inf.initStream(strm);
  if (zdict !== null && wbits < 0) setInflateZdict(null, inf, strm, zdict);
  return new PyZlibDecompressor(type, inf, strm, zdict);
}

/** The next output buffer size: double, up to the limit (-2 when the limit is reached).  CPython: arrange_output_buffer_with_maximum */
function arrangeOutput(strm: ZStream, state: { buf: Uint8Array | null; length: number }, hardLimit: number): number {
  let occupied: number;
  if (state.buf === null) {
    state.buf = new Uint8Array(state.length);
    occupied = 0;
  } else {
    occupied = strm.nextOut;
    if (state.length === occupied) {
      if (state.length === hardLimit) return -2;
      const newLength = state.length <= hardLimit / 2 ? state.length * 2 : hardLimit;
      const grown = new Uint8Array(newLength);
      grown.set(state.buf);
      state.buf = grown;
      state.length = newLength;
    }
  }
  strm.setOutput(state.buf, occupied, Math.min(state.length - occupied, 0xffffffff));
  return state.length;
}

// CPython: decompress_buf and decompress of the ZlibDecompressor
function zlibDecompressorDecompress(self: PyValue, dataArg: PyValue, maxLengthArg: PyValue | undefined): PyBytes {
  const z = self as PyZlibDecompressor;
  const data = bytesLikeData(dataArg);
  const maxLength = cSsize(maxLengthArg, -1);
  if (z.eof) throw newException(PyExc_EOFError, ['End of stream already reached']);
  const input = z.pending === null ? data : concat(z.pending, data);
  const strm = z.strm;
  strm.setInput(input);
  let hardLimit: number;
  const out = { buf: null as Uint8Array | null, length: 0 };
  if (maxLength < 0 || maxLength === SSIZE_MAX) {
    hardLimit = SSIZE_MAX;
    out.length = DEF_BUF_SIZE;
  } else {
    hardLimit = maxLength;
    out.length = Math.min(maxLength, DEF_MAX_INITIAL_BUF_SIZE);
  }
  let err: number = Z_OK;
  try {
    do {
      if (arrangeOutput(strm, out, hardLimit) === -2) break;
      err = z.inflater === null ? Z_STREAM_ERROR : z.inflater.inflate(strm, Z_SYNC_FLUSH);
      // CPython returns NULL here without setting an exception, which the call machinery reports.
      if (err === Z_NEED_DICT) throw systemError("<method 'decompress' of 'zlib._ZlibDecompressor' objects> returned NULL without setting an exception");
    } while (strm.availOut === 0);
    if (err === Z_STREAM_END) {
      z.eof = true;
      z.inflater = null;
    } else if (err !== Z_OK && err !== Z_BUF_ERROR) {
      zlibError(null, strm, err, 'while decompressing data');
    }
  } catch (e) {
    z.pending = null;
    throw e;
  }
  const rest = strm.availIn;
  if (z.eof) {
    z.needsInput = false;
    if (rest > 0) z.unusedData = new PyBytes(input.slice(strm.nextIn));
    z.pending = null;
  } else if (rest === 0) {
    z.pending = null;
    z.needsInput = true;
  } else {
    z.needsInput = false;
    z.pending = input.slice(strm.nextIn);
  }
  return new PyBytes(out.buf!.slice(0, strm.nextOut));
}

export const ZlibDecompressorType = defineBuiltinType({
  name: 'zlib._ZlibDecompressor',
  doc: 'Create a decompressor object for decompressing data incrementally.',
  flags: TPFLAGS.HAVE_GC,
  slots: { tp_new: zlibDecompressorNew },
  methods: {
    decompress: {
      sig: '($self, /, data, max_length=-1)',
      impl: zlibDecompressorDecompress,
      doc: 'Decompress data, returning uncompressed data as bytes.\n\nWith max_length >= 0, at most that many bytes are returned, and needs_input tells whether more input is needed before more output can come. After the end of the stream, EOFError is raised; data after the end is kept in unused_data.',
    },
  },
  getset: {
    eof: { get: (self: PyValue) => (self as PyZlibDecompressor).eof, doc: 'True if the end-of-stream marker has been reached.' },
    unused_data: { get: (self: PyValue) => (self as PyZlibDecompressor).unusedData, doc: 'Data found after the end of the compressed stream.' },
    needs_input: {
      get: (self: PyValue) => (self as PyZlibDecompressor).needsInput,
      doc: 'True if more input is needed before more decompressed data can be produced.',
    },
  },
});

// ---- the module ----

// CPython's text, line breaks included.
const COMPRESSOBJ_SIG =
  '($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED,\n            wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,\n            strategy=Z_DEFAULT_STRATEGY, zdict=None)';

export const zlibModule = defineModule({
  name: 'zlib',
  doc:
    'Compression and decompression with the deflate format (zlib, gzip and raw streams).\n\n' +
    'adler32(string[, start]) -- Compute an Adler-32 checksum.\n' +
    'compress(data[, level]) -- Compress data, with compression level 0-9 or -1.\n' +
    'compressobj([level[, ...]]) -- Return a compressor object.\n' +
    'crc32(string[, start]) -- Compute a CRC-32 checksum.\n' +
    'decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\n' +
    'decompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n' +
    "'wbits' is window buffer size and container format.",
  functions: {
    adler32: { sig: '($module, data, value=1, /)', impl: zlibAdler32, doc: 'Compute an Adler-32 checksum of data.\n\nThe returned checksum is an integer.' },
    compress: {
      sig: '($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)',
      impl: zlibCompress,
      doc: 'Returns a bytes object containing compressed data.\n\nlevel is 0-9 or -1; wbits selects the window size and the container (zlib, raw or gzip).',
    },
    crc32: { sig: '($module, data, value=0, /)', impl: zlibCrc32, doc: 'Compute a CRC-32 checksum of data.\n\nThe returned checksum is an integer.' },
    decompress: {
      sig: '($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)',
      impl: zlibDecompress,
      doc: 'Returns a bytes object containing the uncompressed data.',
    },
    decompressobj: { sig: "($module, /, wbits=MAX_WBITS, zdict=b'')", impl: zlibDecompressobj, doc: 'Return a decompressor object.' },
  },
  init: (m) => {
    // zdict=None is an error in CPython (a bytes-like object is required): bind it as missing by
    // default, and show CPython's text signature.
    const sig = { ...parseSignature(COMPRESSOBJ_SIG.replace('zdict=None', 'zdict=<unrepresentable>').replace(/\n */g, ' ')), text: COMPRESSOBJ_SIG };
    m.ob_dict.setStr('compressobj', new PyCFunction('compressobj', 'compressobj', sig, { short: 'compressobj', funcStr: 'zlib.compressobj()' }, zlibCompressobj, m, 'zlib', 'Return a compressor object.'));
  },
  constants: (m) => {
    const error = newExceptionClass('zlib', 'error', PyExc_Exception);
    errors.set(m, error);
    lastError = error;
    return {
      error,
      _ZlibDecompressor: ZlibDecompressorType,
      MAX_WBITS,
      DEFLATED,
      DEF_MEM_LEVEL,
      DEF_BUF_SIZE,
      Z_NO_COMPRESSION: 0,
      Z_BEST_SPEED: 1,
      Z_BEST_COMPRESSION: 9,
      Z_DEFAULT_COMPRESSION: -1,
      Z_FILTERED,
      Z_HUFFMAN_ONLY,
      Z_RLE,
      Z_FIXED,
      Z_DEFAULT_STRATEGY,
      Z_NO_FLUSH,
      Z_PARTIAL_FLUSH,
      Z_SYNC_FLUSH,
      Z_FULL_FLUSH,
      Z_FINISH,
      Z_BLOCK,
      Z_TREES,
      ZLIB_VERSION: '1.3.1',
      ZLIB_RUNTIME_VERSION: '1.3.1',
    };
  },
});

void Z_MEM_ERROR;
