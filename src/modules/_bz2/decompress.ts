// The bzip2 decoder: reads a bzip2 stream given in pieces of any size, as libbzip2's
// BZ2_bzDecompress does for CPython's BZ2Decompressor.  Our own implementation of the format.
// CPython: Modules/_bz2module.c over libbzip2 (decompress.c BZ2_decompress, bzlib.c
// BZ2_bzDecompress and unRLE_obuf_to_output_FAST, huffman.c BZ2_hbCreateDecodeTables).
//
// What a stream holds, in order:
//   'BZh' and '1'..'9', the block size in units of 100,000 bytes;
//   blocks, each: the 48-bit magic 0x314159265359, the CRC of the block's data, a "randomised" bit,
//     the 24-bit origPtr (the row of the original text among the sorted rotations), the map of the byte
//     values used (16 bits, then 16 bits for each range of 16 values in use), the number of Huffman
//     tables (2-6, 3 bits), the number of selectors (15 bits) and the selectors themselves (unary,
//     move-to-front coded), each table's code lengths (5 bits, then +1/-1 steps), and the symbols:
//     Huffman codes, the table changing every 50 symbols, up to the end-of-block symbol;
//   the 48-bit end-of-stream magic 0x177245385090 and the stream's combined CRC, padded to a byte.
// The symbols are move-to-front positions of the block's bytes, runs of the front byte being written
// in bijective base 2 with the digits RUNA (1) and RUNB (2); undoing the move-to-front gives the last
// column of the sorted rotations (the Burrows-Wheeler transform), inverted from origPtr; the result is
// finally expanded where 4 equal bytes are followed by a count of further repeats.
//
// Input is consumed as libbzip2 consumes it, so that what remains after the end of the stream
// (unused_data) and whether more input is wanted (needs_input) are what CPython reports: bytes are
// taken only when their bits are needed, except while a block is being read, when every byte given is
// taken.  The block's description (everything before the symbols) is parsed again from its start when
// more input arrives; the symbols are decoded 50 at a time, and a group that runs out of input is
// rolled back and decoded again later.
import { CRC_TABLE, combineCrc } from './crc.ts';
import { RAND_TABLE } from './randtable.ts';

/** libbzip2's return codes that BZ2_bzDecompress gives CPython. */
export const BZ_OK = 0;
export const BZ_STREAM_END = 4;
export const BZ_DATA_ERROR = -4;
export const BZ_DATA_ERROR_MAGIC = -5;

const RUNA = 0;
const RUNB = 1;
const MAX_GROUPS = 6;
const GROUP_SIZE = 50;
const MAX_ALPHA_SIZE = 258;
/** The longest code length a table may declare (libbzip2's encoder writes at most 17). */
const MAX_CODE_LEN = 20;
/** Stride of the per-table limit and base arrays (lengths up to MAX_CODE_LEN + 1 are indexed). */
const LEN_STRIDE = 24;
/** Selectors beyond this many are read and ignored, as some encoders write a few more than needed. */
const MAX_SELECTORS = 2 + 900000 / GROUP_SIZE;
/** Codes of up to LOOKUP_BITS bits are decoded by one lookup. */
const LOOKUP_BITS = 10;
/** The bits a group of 50 symbols may take, plus room for one 32-bit read past the last. */
const GROUP_MAX_BITS = GROUP_SIZE * MAX_CODE_LEN + 32;
/** Bounds the weight of the digits of one run so that its length cannot overflow (as libbzip2 does). */
const MAX_RUN_WEIGHT = 2 * 1024 * 1024;

const EMPTY = new Uint8Array(0);

/** Thrown (and caught inside the decoder) when the input ends before what is being read. */
const NEED_INPUT = { needInput: true };

/** Thrown (and caught inside the decoder) for corrupt input, with libbzip2's error code. */
class DataError {
  constructor(readonly code: number) {}
}

const DATA_ERROR = new DataError(BZ_DATA_ERROR);
const DATA_ERROR_MAGIC = new DataError(BZ_DATA_ERROR_MAGIC);

const enum Phase {
  StreamHeader,
  BlockHeader,
  Symbols,
  Output,
  End,
  Failed,
}

export class Bz2Decoder {
  // ---- input: buf[0, bufLen) with the read head at bit bitPos ----
  private buf: Uint8Array = EMPTY;
  private bufLen = 0;
  private bitPos = 0;
  /** buf is the caller's memory (valid during one call only). */
  private aliased = false;
  /** The bit position the last read that ran out of input needed: no retry before the input reaches it. */
  private needBit = 0;

  private phase = Phase.StreamHeader;
  /** 100000 * the block size digit of the stream header. */
  private nblockMax = 0;
  /** The block's bytes (low 8 bits), then with the inverse transform's links (bits 8 up). */
  private tt: Uint32Array = new Uint32Array(0);

  // ---- the block being read ----
  private storedBlockCrc = 0;
  /** Bytes of the block were flipped at the positions RAND_TABLE gives (written by bzip2 0.9.0 only). */
  private randomised = false;
  /** The byte count to the next flipped byte, and the next entry of RAND_TABLE.  CPython: rNToGo, rTPos */
  private randToGo = 0;
  private randPos = 0;
  private origPtr = 0;
  private nInUse = 0;
  private readonly seqToUnseq = new Uint8Array(256);
  private nGroups = 0;
  private nSelectors = 0;
  private readonly selectorMtf = new Uint8Array(MAX_SELECTORS);
  private readonly selectors = new Uint8Array(MAX_SELECTORS);
  private readonly lens = new Uint8Array(MAX_GROUPS * MAX_ALPHA_SIZE);
  private readonly limit = new Int32Array(MAX_GROUPS * LEN_STRIDE);
  private readonly base = new Int32Array(MAX_GROUPS * LEN_STRIDE);
  private readonly perm = new Uint16Array(MAX_GROUPS * MAX_ALPHA_SIZE);
  private readonly minLens = new Int32Array(MAX_GROUPS);
  /** Per table, for each LOOKUP_BITS-bit prefix: length << 16 | symbol, or -1 for longer codes. */
  private readonly lookup = new Int32Array(MAX_GROUPS << LOOKUP_BITS);

  // ---- symbol decoding (saved at each group of 50) ----
  private eob = 0;
  private nblock = 0;
  private groupNo = -1;
  private inRun = false;
  private runLen = 0;
  private runWeight = 0;
  private readonly mtf = new Uint8Array(256);
  private readonly mtfSaved = new Uint8Array(256);

  // ---- output of the decoded block ----
  private tPos = 0;
  private k0 = 0;
  private nblockUsed = 0;
  private outLen = 0;
  private outCh = 0;
  private blockCrc = -1;
  private combinedCrc = 0;
  private storedCombinedCrc = 0;
  /** Where run() writes; advanced as output is produced. */
  outPos = 0;

  /** Hands the decoder more input (kept until consumed; see detach). */
  feed(data: Uint8Array): void {
    const n = data.length;
    if (n === 0) return;
    const keep = this.bitPos >> 3;
    const rest = this.bufLen - keep;
    if (rest === 0) {
      this.buf = data;
      this.bufLen = n;
      this.rebase(keep);
      this.aliased = true;
      return;
    }
    if (!this.aliased && this.bufLen + n <= this.buf.length) {
      this.buf.set(data, this.bufLen);
      this.bufLen += n;
      return;
    }
    const need = rest + n;
    const grown = new Uint8Array(need + (need >> 1));
    grown.set(this.buf.subarray(keep, this.bufLen));
    grown.set(data, rest);
    this.buf = grown;
    this.bufLen = need;
    this.rebase(keep);
    this.aliased = false;
  }

  private rebase(droppedBytes: number): void {
    this.bitPos -= droppedBytes * 8;
    this.needBit = Math.max(0, this.needBit - droppedBytes * 8);
  }

  /**
   * Forgets the bytes already read (a view, not a copy), so that bit positions stay small however
   * long the input given at once.
   */
  private dropConsumed(): void {
    const keep = this.bitPos >> 3;
    if (keep < 1 << 20) return;
    this.buf = this.buf.subarray(keep, this.bufLen);
    this.bufLen -= keep;
    this.rebase(keep);
  }

  /** Copies the input still held out of the caller's memory, which may change after the call. */
  detach(): void {
    if (!this.aliased) return;
    const keep = this.bitPos >> 3;
    this.buf = this.buf.slice(keep, this.bufLen);
    this.bufLen = this.buf.length;
    this.rebase(keep);
    this.aliased = false;
  }

  /** The number of input bytes libbzip2 would not have taken yet (its avail_in after BZ2_bzDecompress). */
  unconsumed(): number {
    if (this.phase !== Phase.Output && this.phase !== Phase.End) return 0;
    return this.bufLen - ((this.bitPos + 7) >> 3);
  }

  /** Those bytes (after the end of the stream: unused_data). */
  unconsumedBytes(): Uint8Array {
    return this.buf.slice(this.bufLen - this.unconsumed(), this.bufLen);
  }

  /**
   * Decodes into out[outPos, outEnd) until the output is full, the input runs out, the stream ends or
   * the data is found corrupt; returns BZ_OK, BZ_STREAM_END or an error code.
   * CPython: BZ2_bzDecompress (libbzip2's bzlib.c)
   */
  run(out: Uint8Array, outPos: number, outEnd: number): number {
    this.outPos = outPos;
    try {
      for (;;) {
        switch (this.phase) {
          case Phase.Output: {
            if (this.produce(out, outEnd)) throw DATA_ERROR;
            if (this.nblockUsed !== this.nblock + 1 || this.outLen !== 0) return BZ_OK;
            const crc = ~this.blockCrc >>> 0;
            if (crc !== this.storedBlockCrc) throw DATA_ERROR;
            this.combinedCrc = combineCrc(this.combinedCrc, crc);
            this.phase = Phase.BlockHeader;
            this.dropConsumed();
            break;
          }
          case Phase.StreamHeader:
            if (this.needBit > this.bufLen * 8) return BZ_OK;
            this.readStreamHeader();
            this.phase = Phase.BlockHeader;
            this.dropConsumed();
            break;
          case Phase.BlockHeader:
            if (this.needBit > this.bufLen * 8) return BZ_OK;
            if (this.readBlockHeader()) {
              this.phase = Phase.End;
              if (this.combinedCrc !== this.storedCombinedCrc) throw DATA_ERROR;
              return BZ_STREAM_END;
            }
            this.phase = Phase.Symbols;
            break;
          case Phase.Symbols:
            if (this.needBit > this.bufLen * 8) return BZ_OK;
            this.readSymbols();
            this.startOutput();
            this.phase = Phase.Output;
            break;
          case Phase.End:
            return BZ_STREAM_END;
          case Phase.Failed:
            return BZ_DATA_ERROR;
        }
      }
    } catch (e) {
      if (e === NEED_INPUT) return BZ_OK;
      if (e instanceof DataError) {
        this.phase = Phase.Failed;
        return e.code;
      }
      throw e;
    }
  }

  // ---- reading bits ----

  /** The next n bits (n <= 24), most significant first; NEED_INPUT when the input has fewer. */
  private bits(n: number): number {
    const pos = this.bitPos;
    const len = this.bufLen;
    if (pos + n > len * 8) {
      this.needBit = pos + n;
      throw NEED_INPUT;
    }
    const buf = this.buf;
    const i = pos >> 3;
    const w =
      (buf[i] << 24) |
      ((i + 1 < len ? buf[i + 1] : 0) << 16) |
      ((i + 2 < len ? buf[i + 2] : 0) << 8) |
      (i + 3 < len ? buf[i + 3] : 0);
    this.bitPos = pos + n;
    return (w << (pos & 7)) >>> (32 - n);
  }

  private bits32(): number {
    return ((this.bits(16) << 16) | this.bits(16)) >>> 0;
  }

  // ---- the stream header and the block description ----

  // CPython: BZ2_decompress (libbzip2's decompress.c), states BZ_X_MAGIC_1 to BZ_X_MAGIC_4
  private readStreamHeader(): void {
    const start = this.bitPos;
    try {
      if (this.bits(8) !== 0x42) throw DATA_ERROR_MAGIC; // 'B'
      if (this.bits(8) !== 0x5a) throw DATA_ERROR_MAGIC; // 'Z'
      if (this.bits(8) !== 0x68) throw DATA_ERROR_MAGIC; // 'h'
      const level = this.bits(8) - 0x30;
      if (level < 1 || level > 9) throw DATA_ERROR_MAGIC;
      this.nblockMax = 100000 * level;
      if (this.tt.length < this.nblockMax) this.tt = new Uint32Array(this.nblockMax);
    } catch (e) {
      if (e === NEED_INPUT) this.bitPos = start;
      throw e;
    }
    this.needBit = 0;
  }

  /**
   * Reads a block's description up to its symbols, or the end of the stream (then returns true).
   * CPython: BZ2_decompress (libbzip2's decompress.c), states BZ_X_BLKHDR_1 to BZ_X_CODING_3 and BZ_X_ENDHDR_2 to BZ_X_CCRC_4
   */
  private readBlockHeader(): boolean {
    const start = this.bitPos;
    try {
      const first = this.bits(8);
      if (first === 0x17) {
        for (const b of [0x72, 0x45, 0x38, 0x50, 0x90]) if (this.bits(8) !== b) throw DATA_ERROR;
        this.storedCombinedCrc = this.bits32();
        this.needBit = 0;
        return true;
      }
      if (first !== 0x31) throw DATA_ERROR;
      for (const b of [0x41, 0x59, 0x26, 0x53, 0x59]) if (this.bits(8) !== b) throw DATA_ERROR;
      this.storedBlockCrc = this.bits32();
      this.randomised = this.bits(1) !== 0;
      this.origPtr = this.bits(24);
      if (this.origPtr > 10 + this.nblockMax) throw DATA_ERROR;
      this.readSymbolMap();
      this.readSelectors();
      this.readTables();
    } catch (e) {
      if (e === NEED_INPUT) this.bitPos = start;
      throw e;
    }
    this.needBit = 0;
    this.eob = this.nInUse + 1;
    this.nblock = 0;
    this.groupNo = -1;
    this.inRun = false;
    const mtf = this.mtf;
    for (let i = 0; i < 256; i++) mtf[i] = i;
    return false;
  }

  private readSymbolMap(): void {
    const used16 = this.bits(16);
    let n = 0;
    for (let i = 0; i < 16; i++) {
      if (!(used16 & (0x8000 >> i))) continue;
      const used = this.bits(16);
      for (let j = 0; j < 16; j++) if (used & (0x8000 >> j)) this.seqToUnseq[n++] = i * 16 + j;
    }
    if (n === 0) throw DATA_ERROR;
    this.nInUse = n;
  }

  private readSelectors(): void {
    const nGroups = this.bits(3);
    if (nGroups < 2 || nGroups > MAX_GROUPS) throw DATA_ERROR;
    let nSelectors = this.bits(15);
    if (nSelectors < 1) throw DATA_ERROR;
    for (let i = 0; i < nSelectors; i++) {
      let j = 0;
      while (this.bits(1)) {
        if (++j >= nGroups) throw DATA_ERROR;
      }
      if (i < MAX_SELECTORS) this.selectorMtf[i] = j;
    }
    if (nSelectors > MAX_SELECTORS) nSelectors = MAX_SELECTORS;
    // Undo the move-to-front coding of the selectors.
    const pos = [0, 1, 2, 3, 4, 5];
    for (let i = 0; i < nSelectors; i++) {
      let v = this.selectorMtf[i];
      const t = pos[v];
      for (; v > 0; v--) pos[v] = pos[v - 1];
      pos[0] = t;
      this.selectors[i] = t;
    }
    this.nGroups = nGroups;
    this.nSelectors = nSelectors;
  }

  private readTables(): void {
    const alphaSize = this.nInUse + 2;
    const lens = this.lens;
    for (let t = 0; t < this.nGroups; t++) {
      let curr = this.bits(5);
      for (let i = 0; i < alphaSize; i++) {
        for (;;) {
          if (curr < 1 || curr > MAX_CODE_LEN) throw DATA_ERROR;
          if (this.bits(1) === 0) break;
          curr += this.bits(1) === 0 ? 1 : -1;
        }
        lens[t * MAX_ALPHA_SIZE + i] = curr;
      }
    }
    for (let t = 0; t < this.nGroups; t++) this.makeDecodeTable(t, alphaSize);
  }

  /**
   * The canonical decoding tables of table t: perm (symbols by code length), limit[len] (the largest
   * code of that length) and base[len] (what to subtract from a code of that length to index perm),
   * built exactly as libbzip2 builds them so that inconsistent lengths in corrupt input decode alike;
   * then the one-lookup table for short codes.
   * CPython: BZ2_hbCreateDecodeTables (libbzip2's huffman.c)
   */
  private makeDecodeTable(t: number, alphaSize: number): void {
    const lens = this.lens;
    const lo = t * MAX_ALPHA_SIZE;
    let minLen = 32;
    let maxLen = 0;
    for (let i = 0; i < alphaSize; i++) {
      const l = lens[lo + i];
      if (l > maxLen) maxLen = l;
      if (l < minLen) minLen = l;
    }
    const perm = this.perm;
    perm.fill(0, lo, lo + MAX_ALPHA_SIZE);
    let pp = 0;
    for (let l = minLen; l <= maxLen; l++) {
      for (let i = 0; i < alphaSize; i++) if (lens[lo + i] === l) perm[lo + pp++] = i;
    }
    const b = t * LEN_STRIDE;
    const base = this.base;
    const limit = this.limit;
    base.fill(0, b, b + LEN_STRIDE);
    limit.fill(0, b, b + LEN_STRIDE);
    for (let i = 0; i < alphaSize; i++) base[b + lens[lo + i] + 1]++;
    for (let i = 1; i < LEN_STRIDE; i++) base[b + i] += base[b + i - 1];
    let vec = 0;
    for (let l = minLen; l <= maxLen; l++) {
      vec += base[b + l + 1] - base[b + l];
      limit[b + l] = vec - 1;
      vec <<= 1;
    }
    for (let l = minLen + 1; l <= maxLen; l++) base[b + l] = ((limit[b + l - 1] + 1) << 1) - base[b + l];
    this.minLens[t] = minLen;

    const lookup = this.lookup;
    const lk = t << LOOKUP_BITS;
    for (let p = 0; p < 1 << LOOKUP_BITS; p++) {
      let entry = -1;
      for (let l = minLen; l <= LOOKUP_BITS; l++) {
        const code = p >> (LOOKUP_BITS - l);
        if (code <= limit[b + l]) {
          const idx = code - base[b + l];
          if (idx >= 0 && idx < MAX_ALPHA_SIZE) entry = (l << 16) | perm[lo + idx];
          break;
        }
      }
      lookup[lk + p] = entry;
    }
  }

  // ---- the symbols ----

  /** Decodes the block's symbols up to the end-of-block symbol.  CPython: BZ2_decompress, states BZ_X_MTF_1 to BZ_X_MTF_6 */
  private readSymbols(): void {
    for (;;) {
      const done = this.bufLen * 8 - this.bitPos >= GROUP_MAX_BITS ? this.fastGroup() : this.carefulGroup();
      if (done) break;
    }
    this.needBit = 0;
  }

  /** The table of the next group of 50 symbols. */
  private nextGroup(): number {
    if (++this.groupNo >= this.nSelectors) throw DATA_ERROR;
    return this.selectors[this.groupNo];
  }

  /** A group of up to 50 symbols when the input surely holds it; true at the end of the block. */
  private fastGroup(): boolean {
    const t = this.nextGroup();
    const buf = this.buf;
    const lookup = this.lookup;
    const lk = t << LOOKUP_BITS;
    let pos = this.bitPos;
    for (let k = 0; k < GROUP_SIZE; k++) {
      const i = pos >> 3;
      const w = ((buf[i] << 24) | (buf[i + 1] << 16) | (buf[i + 2] << 8) | buf[i + 3]) << (pos & 7);
      const entry = lookup[lk + (w >>> (32 - LOOKUP_BITS))];
      let sym: number;
      if (entry >= 0) {
        pos += entry >>> 16;
        sym = entry & 0xffff;
      } else {
        sym = this.slowSymbol(t, w);
        pos += this.symLen;
      }
      this.bitPos = pos;
      if (this.pushSymbol(sym)) return true;
    }
    return false;
  }

  private symLen = 0;

  /** A symbol whose code is longer than the lookup's, from a window w of at least 25 bits; sets symLen. */
  private slowSymbol(t: number, w: number): number {
    const b = t * LEN_STRIDE;
    let l = this.minLens[t];
    let code = w >>> (32 - l);
    for (;;) {
      if (l > MAX_CODE_LEN) throw DATA_ERROR;
      if (code <= this.limit[b + l]) break;
      l++;
      code = w >>> (32 - l);
    }
    const idx = code - this.base[b + l];
    if (idx < 0 || idx >= MAX_ALPHA_SIZE) throw DATA_ERROR;
    this.symLen = l;
    return this.perm[t * MAX_ALPHA_SIZE + idx];
  }

  /** A group read bit by bit, near the end of the input: rolled back if the input runs out. */
  private carefulGroup(): boolean {
    const savedPos = this.bitPos;
    const savedNblock = this.nblock;
    const savedGroupNo = this.groupNo;
    const savedInRun = this.inRun;
    const savedRunLen = this.runLen;
    const savedRunWeight = this.runWeight;
    this.mtfSaved.set(this.mtf);
    try {
      const t = this.nextGroup();
      const b = t * LEN_STRIDE;
      for (let k = 0; k < GROUP_SIZE; k++) {
        let l = this.minLens[t];
        let code = this.bits(l);
        for (;;) {
          if (l > MAX_CODE_LEN) throw DATA_ERROR;
          if (code <= this.limit[b + l]) break;
          l++;
          code = (code << 1) | this.bits(1);
        }
        const idx = code - this.base[b + l];
        if (idx < 0 || idx >= MAX_ALPHA_SIZE) throw DATA_ERROR;
        if (this.pushSymbol(this.perm[t * MAX_ALPHA_SIZE + idx])) return true;
      }
      return false;
    } catch (e) {
      if (e === NEED_INPUT) {
        this.bitPos = savedPos;
        this.nblock = savedNblock;
        this.groupNo = savedGroupNo;
        this.inRun = savedInRun;
        this.runLen = savedRunLen;
        this.runWeight = savedRunWeight;
        this.mtf.set(this.mtfSaved);
      }
      throw e;
    }
  }

  /** Undoes RUNA/RUNB and the move-to-front coding of one symbol; true for the end-of-block symbol. */
  private pushSymbol(sym: number): boolean {
    if (this.inRun) {
      if (sym <= RUNB) {
        if (this.runWeight >= MAX_RUN_WEIGHT) throw DATA_ERROR;
        this.runLen += (sym + 1) * this.runWeight;
        this.runWeight *= 2;
        return false;
      }
      this.endRun();
    }
    if (sym === this.eob) return true;
    if (sym <= RUNB) {
      this.inRun = true;
      this.runLen = sym + 1;
      this.runWeight = 2;
      return false;
    }
    if (this.nblock >= this.nblockMax) throw DATA_ERROR;
    const mtf = this.mtf;
    const n = sym - 1;
    const uc = mtf[n];
    if (n < 16) {
      for (let k = n; k > 0; k--) mtf[k] = mtf[k - 1];
    } else {
      mtf.copyWithin(1, 0, n);
    }
    mtf[0] = uc;
    this.tt[this.nblock++] = this.seqToUnseq[uc];
    return false;
  }

  /** Writes the run of the front byte whose digits have been read. */
  private endRun(): void {
    this.inRun = false;
    const uc = this.seqToUnseq[this.mtf[0]];
    const end = this.nblock + this.runLen;
    if (end > this.nblockMax) throw DATA_ERROR;
    this.tt.fill(uc, this.nblock, end);
    this.nblock = end;
  }

  /**
   * Checks origPtr, and links each position of the last column to the next byte of the text (the
   * inverse Burrows-Wheeler transform), in the high bits of tt.
   * CPython: BZ2_decompress (libbzip2's decompress.c), after the end-of-block symbol
   */
  private startOutput(): void {
    const nblock = this.nblock;
    if (this.origPtr >= nblock) throw DATA_ERROR;
    const tt = this.tt;
    const cftab = new Int32Array(257);
    for (let i = 0; i < nblock; i++) cftab[(tt[i] & 0xff) + 1]++;
    for (let i = 1; i <= 256; i++) cftab[i] += cftab[i - 1];
    for (let i = 0; i < nblock; i++) {
      const uc = tt[i] & 0xff;
      tt[cftab[uc]++] |= i << 8;
    }
    this.tPos = tt[this.origPtr] >>> 8;
    this.nblockUsed = 0;
    this.outLen = 0;
    this.outCh = 0;
    this.blockCrc = -1;
    this.randToGo = 0;
    this.randPos = 0;
    this.k0 = this.nextByte();
    if (this.k0 < 0) throw DATA_ERROR;
    this.nblockUsed = 1;
  }

  /** The next byte of the text, unflipped in a randomised block; -1 for corrupt data.  CPython: BZ_GET_FAST, BZ_RAND_UPD_MASK */
  private nextByte(): number {
    if (this.tPos >= this.nblockMax) return -1;
    const v = this.tt[this.tPos];
    this.tPos = v >>> 8;
    if (!this.randomised) return v & 0xff;
    if (this.randToGo === 0) {
      this.randToGo = RAND_TABLE[this.randPos];
      this.randPos = (this.randPos + 1) & 511;
    }
    this.randToGo--;
    return (v & 0xff) ^ (this.randToGo === 1 ? 1 : 0);
  }

  /**
   * produce() for randomised blocks, a byte at a time through nextByte.
   * CPython: unRLE_obuf_to_output_FAST (libbzip2's bzlib.c), its randomised branch
   */
  private produceRandomised(out: Uint8Array, outEnd: number): boolean {
    const end = this.nblock + 1;
    for (;;) {
      while (this.outLen > 0) {
        if (this.outPos === outEnd) return false;
        const ch = this.outCh;
        out[this.outPos++] = ch;
        this.blockCrc = (this.blockCrc << 8) ^ CRC_TABLE[((this.blockCrc >>> 24) ^ ch) & 0xff];
        this.outLen--;
      }
      if (this.nblockUsed > end) return true;
      if (this.nblockUsed === end) return false;
      this.outCh = this.k0;
      this.outLen = 1;
      let k1 = 0;
      for (let n = 2; n <= 4; n++) {
        k1 = this.nextByte();
        if (k1 < 0) return true;
        this.nblockUsed++;
        if (this.nblockUsed === end) break;
        if (k1 !== this.k0) {
          this.k0 = k1;
          break;
        }
        if (n === 4) {
          const count = this.nextByte();
          if (count < 0) return true;
          this.nblockUsed++;
          this.outLen = count + 4;
          const next = this.nextByte();
          if (next < 0) return true;
          this.k0 = next;
          this.nblockUsed++;
        } else {
          this.outLen = n;
        }
      }
    }
  }

  /**
   * Writes the block's text into out up to outEnd, undoing the runs of 4 equal bytes plus a count,
   * and updates the block CRC.  Returns true for corrupt data.
   * CPython: unRLE_obuf_to_output_FAST (libbzip2's bzlib.c)
   */
  private produce(out: Uint8Array, outEnd: number): boolean {
    if (this.randomised) return this.produceRandomised(out, outEnd);
    const tt = this.tt;
    const end = this.nblock + 1;
    const max = this.nblockMax;
    let outPos = this.outPos;
    let crc = this.blockCrc;
    let len = this.outLen;
    let ch = this.outCh;
    let used = this.nblockUsed;
    let k0 = this.k0;
    let tPos = this.tPos;
    let corrupt = false;
    let v: number;
    let k1: number;
    for (;;) {
      if (len > 0) {
        if (outEnd - outPos < len) {
          while (outPos < outEnd) {
            out[outPos++] = ch;
            crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ ch) & 0xff];
            len--;
          }
          break;
        }
        for (; len > 0; len--) {
          out[outPos++] = ch;
          crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ ch) & 0xff];
        }
      }
      if (used > end) {
        corrupt = true;
        break;
      }
      if (used === end) break;
      // A new run: up to 4 equal bytes, then a count of repeats.
      ch = k0;
      len = 1;
      if (tPos >= max) { corrupt = true; break; }
      v = tt[tPos]; tPos = v >>> 8; k1 = v & 0xff; used++;
      if (used === end) continue;
      if (k1 !== k0) { k0 = k1; continue; }
      len = 2;
      if (tPos >= max) { corrupt = true; break; }
      v = tt[tPos]; tPos = v >>> 8; k1 = v & 0xff; used++;
      if (used === end) continue;
      if (k1 !== k0) { k0 = k1; continue; }
      len = 3;
      if (tPos >= max) { corrupt = true; break; }
      v = tt[tPos]; tPos = v >>> 8; k1 = v & 0xff; used++;
      if (used === end) continue;
      if (k1 !== k0) { k0 = k1; continue; }
      if (tPos >= max) { corrupt = true; break; }
      v = tt[tPos]; tPos = v >>> 8; len = (v & 0xff) + 4; used++;
      if (tPos >= max) { corrupt = true; break; }
      v = tt[tPos]; tPos = v >>> 8; k0 = v & 0xff; used++;
    }
    this.outPos = outPos;
    this.blockCrc = crc;
    this.outLen = len;
    this.outCh = ch;
    this.nblockUsed = used;
    this.k0 = k0;
    this.tPos = tPos;
    return corrupt;
  }
}
