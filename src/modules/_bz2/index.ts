// The _bz2 module: BZ2Compressor and BZ2Decompressor over pyts's own bzip2 encoder and decoder
// (compress.ts, decompress.ts), which Lib/bz2.py builds BZ2File, open, compress and decompress on.
// CPython: Modules/_bz2module.c, Include/internal/pycore_blocks_output_buffer.h
//
// The engines are driven as CPython drives libbzip2: output space is handed out in the same block
// sizes (32 KiB, 64 KiB, 256 KiB, ...), and the engines consume input and produce output as
// libbzip2 does, so each call returns the bytes CPython's would, and needs_input and unused_data agree.
import { PyObject, type PyValue } from '../../objects/object.ts';
import { type PyType } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { defineModule } from '../../objects/module-def.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { bytesLikeData } from '../../objects/bytes/buffer.ts';
import { PyNumber_Index } from '../../objects/abstract.ts';
import { typeError, valueError, overflowError, newException, PyExc_EOFError, PyExc_OSError } from '../../objects/exceptions.ts';
import { Bz2Decoder, BZ_STREAM_END, BZ_DATA_ERROR, BZ_DATA_ERROR_MAGIC } from './decompress.ts';
import { Bz2Encoder } from './compress.ts';

const EMPTY = new Uint8Array(0);

// ---- errors ----

/** Raises the exception CPython maps a libbzip2 error code to.  CPython: catch_bz2_error */
function bz2Error(code: number): never {
  if (code === BZ_DATA_ERROR || code === BZ_DATA_ERROR_MAGIC) throw newException(PyExc_OSError, ['Invalid data stream']);
  throw newException(PyExc_OSError, [`Unrecognized error from libbzip2: ${code}`]);
}

// ---- output buffers ----

const BLOCK_SIZES = [32, 64, 256, 1024, 4096, 8192, 16384, 16384, 32768, 32768, 32768, 32768, 65536, 65536, 131072, 131072, 262144].map((k) => k * 1024);

/**
 * Output gathered in blocks of growing size, as CPython's _BlocksOutputBuffer hands them to libbzip2:
 * `block` is the current block and `pos` the next free byte in it.
 * CPython: _BlocksOutputBuffer_InitAndGrow, _BlocksOutputBuffer_Grow, _BlocksOutputBuffer_Finish
 */
class OutputBuffer {
  private readonly blocks: Uint8Array[] = [];
  private allocated = 0;
  block: Uint8Array = EMPTY;
  pos = 0;

  constructor(private readonly maxLength: number) {
    this.add(maxLength >= 0 && maxLength < BLOCK_SIZES[0] ? maxLength : BLOCK_SIZES[0]);
  }

  grow(): void {
    this.blocks[this.blocks.length - 1] = this.block.subarray(0, this.pos);
    let size = BLOCK_SIZES[Math.min(this.blocks.length, BLOCK_SIZES.length - 1)];
    if (this.maxLength >= 0) size = Math.min(size, this.maxLength - this.allocated);
    this.add(size);
  }

  private add(size: number): void {
    this.block = new Uint8Array(size);
    this.pos = 0;
    this.blocks.push(this.block);
    this.allocated += size;
  }

  get availOut(): number {
    return this.block.length - this.pos;
  }

  dataSize(): number {
    return this.allocated - this.availOut;
  }

  finish(): PyBytes {
    const last = this.blocks.length - 1;
    this.blocks[last] = this.block.subarray(0, this.pos);
    if (last === 0) return new PyBytes(this.pos === this.block.length ? this.block : this.block.slice(0, this.pos));
    const out = new Uint8Array(this.dataSize());
    let o = 0;
    for (const b of this.blocks) {
      out.set(b, o);
      o += b.length;
    }
    return new PyBytes(out);
  }
}

// ---- BZ2Compressor ----

export class PyBZ2Compressor extends PyObject {
  flushed = false;
  constructor(readonly encoder: Bz2Encoder) {
    super();
  }
}

/** The compresslevel argument: a C int.  CPython: PyLong_AsInt */
function cInt(v: PyValue): number {
  const n = PyNumber_Index(v);
  if (n > 2147483647n || n < -2147483648n) throw overflowError('Python int too large to convert to C int');
  return Number(n);
}

// CPython: _bz2_BZ2Compressor (clinic) and _bz2_BZ2Compressor_impl
function compressorNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) throw typeError('BZ2Compressor() takes no keyword arguments');
  if (args.length > 1) throw typeError(`BZ2Compressor expected at most 1 argument, got ${args.length}`);
  const level = args.length > 0 ? cInt(args[0]) : 9;
  if (!(level >= 1 && level <= 9)) throw valueError('compresslevel must be between 1 and 9');
  return new PyBZ2Compressor(new Bz2Encoder(level));
}

/**
 * Feeds data to the encoder, collecting the output it releases, with output space handed out as
 * CPython hands it to BZ2_bzCompress.  CPython: compress (Modules/_bz2module.c)
 */
function runCompress(c: PyBZ2Compressor, data: Uint8Array, finish: boolean): PyBytes {
  const enc = c.encoder;
  const buffer = new OutputBuffer(-1);
  enc.setInput(data);
  for (;;) {
    if (!finish && enc.availIn === 0) break;
    if (buffer.availOut === 0) buffer.grow();
    buffer.pos = finish ? enc.finish(buffer.block, buffer.pos) : enc.compress(buffer.block, buffer.pos);
    if (finish && enc.finished) break;
  }
  enc.setInput(EMPTY);
  return buffer.finish();
}

// CPython: _bz2_BZ2Compressor_compress_impl
function compressorCompress(self: PyValue, dataArg: PyValue): PyBytes {
  const c = self as PyBZ2Compressor;
  const data = bytesLikeData(dataArg);
  if (c.flushed) throw valueError('Compressor has been flushed');
  return runCompress(c, data, false);
}

// CPython: _bz2_BZ2Compressor_flush_impl
function compressorFlush(self: PyValue): PyBytes {
  const c = self as PyBZ2Compressor;
  if (c.flushed) throw valueError('Repeated call to flush()');
  c.flushed = true;
  return runCompress(c, EMPTY, true);
}

export const BZ2CompressorType = defineBuiltinType({
  name: '_bz2.BZ2Compressor',
  instanceClass: PyBZ2Compressor,
  textSignature: '(compresslevel=9, /)',
  doc: 'An incremental bzip2 compressor; compresslevel (1-9, default 9) sets the block size in units of 100,000 bytes.',
  slots: { tp_new: compressorNew },
  methods: {
    compress: {
      sig: '($self, data, /)',
      impl: compressorCompress,
      doc: 'Compress data; returns the compressed bytes of the blocks this completes (often none).\n\nCall flush() after the last data.',
    },
    flush: {
      sig: '($self, /)',
      impl: compressorFlush,
      doc: 'End the stream: returns the compressed bytes still held. The compressor cannot be used afterwards.',
    },
  },
});

// ---- BZ2Decompressor ----

export class PyBZ2Decompressor extends PyObject {
  readonly decoder = new Bz2Decoder();
  eof = false;
  needsInput = true;
  /** A call failed on corrupt data: libbzip2 must not be called again.  CPython: bzerror */
  failed = false;
  unusedData: PyBytes = new PyBytes(EMPTY);
}

// CPython: _bz2_BZ2Decompressor (clinic) and _bz2_BZ2Decompressor_impl
function decompressorNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length > nkw) throw typeError('BZ2Decompressor() takes no positional arguments');
  if (nkw > 0) throw typeError('BZ2Decompressor() takes no keyword arguments');
  return new PyBZ2Decompressor();
}

/**
 * Decodes what the decoder holds into at most maxLength bytes (any amount when negative).
 * CPython: decompress_buf
 */
function decompressBuf(d: PyBZ2Decompressor, maxLength: number): PyBytes {
  const dec = d.decoder;
  const buffer = new OutputBuffer(maxLength);
  for (;;) {
    const code = dec.run(buffer.block, buffer.pos, buffer.block.length);
    buffer.pos = dec.outPos;
    if (code < 0) {
      d.failed = true;
      d.needsInput = false;
      bz2Error(code);
    }
    if (code === BZ_STREAM_END) {
      d.eof = true;
      break;
    } else if (dec.unconsumed() === 0) {
      break;
    } else if (buffer.availOut === 0) {
      if (buffer.dataSize() === maxLength) break;
      buffer.grow();
    }
  }
  return buffer.finish();
}

// CPython: _bz2_BZ2Decompressor_decompress_impl and decompress
function decompressorDecompress(self: PyValue, dataArg: PyValue, maxLengthArg: PyValue | undefined): PyBytes {
  const d = self as PyBZ2Decompressor;
  const data = bytesLikeData(dataArg);
  let maxLength = -1;
  if (maxLengthArg !== undefined) {
    const n = PyNumber_Index(maxLengthArg);
    if (n > 9223372036854775807n || n < -9223372036854775808n) throw overflowError('Python int too large to convert to C ssize_t');
    maxLength = Number(n);
  }
  if (d.eof) throw newException(PyExc_EOFError, ['End of stream already reached']);
  if (d.failed) throw valueError('Decompressor is unusable after a previous error');
  const dec = d.decoder;
  dec.feed(data);
  let result: PyBytes;
  try {
    result = decompressBuf(d, maxLength);
  } finally {
    dec.detach();
  }
  if (d.eof) {
    d.needsInput = false;
    if (dec.unconsumed() > 0) d.unusedData = new PyBytes(dec.unconsumedBytes());
  } else {
    d.needsInput = dec.unconsumed() === 0;
  }
  return result;
}

export const BZ2DecompressorType = defineBuiltinType({
  name: '_bz2.BZ2Decompressor',
  instanceClass: PyBZ2Decompressor,
  textSignature: '()',
  doc: 'An incremental bzip2 decompressor, for one stream.',
  slots: { tp_new: decompressorNew },
  methods: {
    decompress: {
      sig: '($self, /, data, max_length=-1)',
      impl: decompressorDecompress,
      doc:
        'Decompress data, returning the bytes it yields.\n\n' +
        'With max_length >= 0, at most that many bytes are returned; needs_input is then False when more output can come ' +
        "without more input (call again with b''). Data after the end of the stream is kept in unused_data, and further " +
        'calls raise EOFError.',
    },
  },
  members: {
    eof: { get: (self: PyBZ2Decompressor) => self.eof, doc: 'Whether the end of the stream has been reached.' },
    unused_data: { get: (self: PyBZ2Decompressor) => self.unusedData, doc: 'The bytes that followed the end of the stream.' },
    needs_input: {
      get: (self: PyBZ2Decompressor) => self.needsInput,
      doc: 'Whether decompress() needs more input before it can return more data.',
    },
  },
});

// ---- the module ----

export const bz2Module = defineModule({
  name: '_bz2',
  constants: () => ({
    BZ2Compressor: BZ2CompressorType,
    BZ2Decompressor: BZ2DecompressorType,
  }),
});
