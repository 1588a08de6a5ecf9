// What the deflate and inflate engines share: zlib's return codes and flush modes, its error
// messages, the stream (input and output windows with their counters), and the Adler-32 checksum.
// CPython's zlib module drives zlib through a z_stream; pyts's zlib drives these engines the same
// way, giving them output space in the same amounts, so that what depends on it (the split of
// stored blocks, where output stops) comes out as CPython's does.  zlib: zlib.h, zutil.c

export const Z_NO_FLUSH = 0;
export const Z_PARTIAL_FLUSH = 1;
export const Z_SYNC_FLUSH = 2;
export const Z_FULL_FLUSH = 3;
export const Z_FINISH = 4;
export const Z_BLOCK = 5;
export const Z_TREES = 6;

export const Z_OK = 0;
export const Z_STREAM_END = 1;
export const Z_NEED_DICT = 2;
export const Z_STREAM_ERROR = -2;
export const Z_DATA_ERROR = -3;
export const Z_MEM_ERROR = -4;
export const Z_BUF_ERROR = -5;

export const Z_FILTERED = 1;
export const Z_HUFFMAN_ONLY = 2;
export const Z_RLE = 3;
export const Z_FIXED = 4;
export const Z_DEFAULT_STRATEGY = 0;

/** zlib's messages for its return codes, as ERR_MSG gives them.  zlib: z_errmsg */
export function errMsg(code: number): string {
  switch (code) {
    case Z_NEED_DICT:
      return 'need dictionary';
    case Z_STREAM_END:
      return 'stream end';
    case Z_OK:
      return '';
    case -1:
      return 'file error';
    case Z_STREAM_ERROR:
      return 'stream error';
    case Z_DATA_ERROR:
      return 'data error';
    case Z_MEM_ERROR:
      return 'insufficient memory';
    case Z_BUF_ERROR:
      return 'buffer error';
  }
  return 'incompatible version';
}

/** The caller's side of a (de)compression: where input is read and output written.  zlib: z_stream */
export class ZStream {
  input: Uint8Array = new Uint8Array(0);
  nextIn = 0;
  availIn = 0;
  totalIn = 0;
  output: Uint8Array = new Uint8Array(0);
  nextOut = 0;
  availOut = 0;
  totalOut = 0;
  /** The last error message, or null (zlib leaves it in place until the next error). */
  msg: string | null = null;
  /** The running Adler-32 or CRC-32 of the data. */
  adler = 0;

  setInput(data: Uint8Array, start = 0, length = data.length - start): void {
    this.input = data;
    this.nextIn = start;
    this.availIn = length;
  }

  setOutput(buf: Uint8Array, start = 0, length = buf.length - start): void {
    this.output = buf;
    this.nextOut = start;
    this.availOut = length;
  }
}

const ADLER_BASE = 65521;
/** The most bytes that can be summed before the 32-bit sums must be reduced.  zlib: NMAX */
const ADLER_NMAX = 5552;

/** Adler-32 of data[start..end) continuing from adler.  zlib: adler32 */
export function adler32(adler: number, data: Uint8Array, start = 0, end = data.length): number {
  let a = adler & 0xffff;
  let b = (adler >>> 16) & 0xffff;
  let i = start;
  while (i < end) {
    const stop = Math.min(end, i + ADLER_NMAX);
    for (; i < stop; i++) {
      a += data[i];
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}
