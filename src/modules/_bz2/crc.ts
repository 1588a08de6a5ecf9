// The CRC-32 of bzip2 blocks and streams: polynomial 0x04c11db7 taken most significant bit first
// (the "big-endian" CRC-32, not zlib's reflected one), started at all ones and inverted at the end.
// CPython: libbzip2's crctable.c (BZ2_crc32Table) and the BZ_*_CRC macros of bzlib_private.h

/** CRC_TABLE[b]: the remainder of b << 24 divided by the polynomial. */
export const CRC_TABLE: Int32Array = makeTable();

function makeTable(): Int32Array {
  const t = new Int32Array(256);
  for (let b = 0; b < 256; b++) {
    let c = b << 24;
    for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
    t[b] = c;
  }
  return t;
}

/** The running CRC after one more byte (CRCs are kept as signed 32-bit numbers; start with -1). */
export function crcUpdate(crc: number, byte: number): number {
  return (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ byte) & 0xff];
}

/** A stream's combined CRC after one more block: rotated left by one, then xored with the block's.  CPython: bzlib.c */
export function combineCrc(combined: number, blockCrc: number): number {
  return (((combined << 1) | (combined >>> 31)) ^ blockCrc) >>> 0;
}
