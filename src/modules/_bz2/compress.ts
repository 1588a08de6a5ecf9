// The bzip2 encoder: takes input in pieces of any size and releases compressed bytes as libbzip2's
// BZ2_bzCompress does for CPython's BZ2Compressor.  Our own implementation of the format (described
// in decompress.ts) and of libbzip2's choices (block size, Huffman tables), so the output is byte
// for byte libbzip2's, except origPtr for a block that repeats itself (see blocksort.ts).
// CPython: Modules/_bz2module.c over libbzip2 (bzlib.c BZ2_bzCompress, handle_compress,
// ADD_CHAR_TO_BLOCK; compress.c BZ2_compressBlock, generateMTFValues, sendMTFValues; huffman.c).
import { CRC_TABLE, combineCrc } from './crc.ts';
import { RotationSorter } from './blocksort.ts';

const RUNA = 0;
const RUNB = 1;
const MAX_GROUPS = 6;
const GROUP_SIZE = 50;
const MAX_ALPHA_SIZE = 258;
const MAX_SELECTORS = 2 + 900000 / GROUP_SIZE;
/** The longest code libbzip2 writes (since bzip2 1.0.3). */
const MAX_CODE_LEN = 17;
/** Code-length costs of the first pass: symbols a table covers are free, others cost 15. */
const LESSER_ICOST = 0;
const GREATER_ICOST = 15;
/** Passes refining the tables. */
const N_ITERS = 4;
/** Room a block keeps for the longest write of one input byte (a run of 255 flushed, then one more). */
const BLOCK_MARGIN = 19;

const EMPTY = new Uint8Array(0);

export class Bz2Encoder {
  private readonly level: number;
  private readonly nblockMax: number;
  private readonly block: Uint8Array;
  private nblock = 0;
  private readonly inUse = new Uint8Array(256);
  private blockCrc = -1;
  private combinedCrc = 0;
  private blockNo = 0;
  /** The byte of the run being counted (256: none) and its length, up to 255. */
  private runCh = 256;
  private runLen = 0;

  private input: Uint8Array = EMPTY;
  private inPos = 0;

  /** Compressed bytes z[zOut, zLen) not yet handed out, and the bits not yet whole bytes. */
  private z: Uint8Array;
  private zLen = 0;
  private zOut = 0;
  private bsBuff = 0;
  private bsLive = 0;
  /** libbzip2's BZ_S_OUTPUT state: a compressed block is being handed out. */
  private outputState = false;
  /** The end of the stream has been written and handed out.  (BZ_STREAM_END) */
  finished = false;

  private readonly sorter: RotationSorter;
  private readonly ptr: Int32Array;
  private readonly mtfv: Uint16Array;
  private nMTF = 0;
  private nInUse = 0;
  private readonly mtfFreq = new Int32Array(MAX_ALPHA_SIZE);
  private readonly len = new Uint8Array(MAX_GROUPS * MAX_ALPHA_SIZE);
  private readonly code = new Int32Array(MAX_GROUPS * MAX_ALPHA_SIZE);
  private readonly rfreq = new Int32Array(MAX_GROUPS * MAX_ALPHA_SIZE);
  private readonly selector = new Uint8Array(MAX_SELECTORS);

  // CPython: BZ2_bzCompressInit (libbzip2's bzlib.c)
  constructor(level: number) {
    this.level = level;
    const size = 100000 * level;
    this.nblockMax = size - BLOCK_MARGIN;
    this.block = new Uint8Array(size);
    this.ptr = new Int32Array(size);
    this.mtfv = new Uint16Array(size + 1);
    this.sorter = new RotationSorter(size);
    // Codes are at most 17 bits a symbol; the block's description (selectors, code lengths) takes
    // less than 30,000 bytes.
    this.z = new Uint8Array(Math.ceil(((size + 2) * 17) / 8) + 40000);
    this.prepareNewBlock();
  }

  setInput(data: Uint8Array): void {
    this.input = data;
    this.inPos = 0;
  }

  get availIn(): number {
    return this.input.length - this.inPos;
  }

  /**
   * BZ2_bzCompress(BZ_RUN) with output space out[outPos, out.length): takes input into blocks and
   * hands out the compressed blocks; returns the new output position.
   * CPython: handle_compress (libbzip2's bzlib.c), in BZ_M_RUNNING mode
   */
  compress(out: Uint8Array, outPos: number): number {
    for (;;) {
      if (this.outputState) {
        outPos = this.copyOutput(out, outPos);
        if (this.zOut < this.zLen) break;
        this.prepareNewBlock();
        this.outputState = false;
      }
      this.copyInput();
      if (this.nblock >= this.nblockMax) {
        this.compressBlock(false);
        this.outputState = true;
      } else if (this.availIn === 0) {
        break;
      }
    }
    return outPos;
  }

  /**
   * BZ2_bzCompress(BZ_FINISH) with no more input: writes the last block and the end of the stream;
   * sets `finished` once everything has been handed out.
   * CPython: handle_compress (libbzip2's bzlib.c), in BZ_M_FINISHING mode
   */
  finish(out: Uint8Array, outPos: number): number {
    for (;;) {
      if (this.outputState) {
        outPos = this.copyOutput(out, outPos);
        if (this.zOut < this.zLen) break;
        if (this.runCh === 256) {
          this.finished = true;
          break;
        }
        this.prepareNewBlock();
        this.outputState = false;
      }
      this.flushRun();
      this.compressBlock(true);
      this.outputState = true;
    }
    return outPos;
  }

  private copyOutput(out: Uint8Array, outPos: number): number {
    const n = Math.min(out.length - outPos, this.zLen - this.zOut);
    out.set(this.z.subarray(this.zOut, this.zOut + n), outPos);
    this.zOut += n;
    return outPos + n;
  }

  // CPython: prepare_new_block (libbzip2's bzlib.c)
  private prepareNewBlock(): void {
    this.nblock = 0;
    this.zLen = 0;
    this.zOut = 0;
    this.blockCrc = -1;
    this.inUse.fill(0);
    this.blockNo++;
  }

  // ---- the first run-length coding: runs of 4 to 255 equal bytes become 4 bytes and a count ----

  /**
   * Takes input bytes until the block is full or the input ends.  A run is written to the block (and
   * counted in the CRC) only when a different byte or its 255th byte ends it.
   * CPython: copy_input_until_stop and ADD_CHAR_TO_BLOCK (libbzip2's bzlib.c)
   */
  private copyInput(): void {
    const input = this.input;
    const end = input.length;
    const block = this.block;
    const inUse = this.inUse;
    const max = this.nblockMax;
    let pos = this.inPos;
    let crc = this.blockCrc;
    let ch = this.runCh;
    let len = this.runLen;
    while (this.nblock < max && pos < end) {
      const c = input[pos++];
      if (c !== ch && len === 1) {
        crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ ch) & 0xff];
        inUse[ch] = 1;
        block[this.nblock++] = ch;
        ch = c;
      } else if (c !== ch || len === 255) {
        if (ch < 256) {
          this.blockCrc = crc;
          this.addRun(ch, len);
          crc = this.blockCrc;
        }
        ch = c;
        len = 1;
      } else {
        len++;
      }
    }
    this.inPos = pos;
    this.blockCrc = crc;
    this.runCh = ch;
    this.runLen = len;
  }

  // CPython: add_pair_to_block (libbzip2's bzlib.c)
  private addRun(ch: number, len: number): void {
    let crc = this.blockCrc;
    for (let i = 0; i < len; i++) crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ ch) & 0xff];
    this.blockCrc = crc;
    this.inUse[ch] = 1;
    const block = this.block;
    const n = Math.min(len, 4);
    for (let i = 0; i < n; i++) block[this.nblock++] = ch;
    if (len >= 4) {
      this.inUse[len - 4] = 1;
      block[this.nblock++] = len - 4;
    }
  }

  // CPython: flush_RL (libbzip2's bzlib.c)
  private flushRun(): void {
    if (this.runCh < 256) this.addRun(this.runCh, this.runLen);
    this.runCh = 256;
    this.runLen = 0;
  }

  // ---- writing bits ----

  /** Appends the n low bits of v (n <= 24), first flushing whole bytes.  CPython: bsW (libbzip2's compress.c) */
  private bsW(n: number, v: number): void {
    while (this.bsLive >= 8) {
      this.z[this.zLen++] = this.bsBuff >>> 24;
      this.bsBuff <<= 8;
      this.bsLive -= 8;
    }
    this.bsBuff |= v << (32 - this.bsLive - n);
    this.bsLive += n;
  }

  private bsW32(v: number): void {
    this.bsW(16, v >>> 16);
    this.bsW(16, v & 0xffff);
  }

  // CPython: bsFinishWrite (libbzip2's compress.c)
  private bsFinish(): void {
    while (this.bsLive > 0) {
      this.z[this.zLen++] = this.bsBuff >>> 24;
      this.bsBuff <<= 8;
      this.bsLive -= 8;
    }
    this.bsBuff = 0;
    this.bsLive = 0;
  }

  // ---- a block ----

  // CPython: BZ2_compressBlock (libbzip2's compress.c)
  private compressBlock(last: boolean): void {
    let origPtr = 0;
    let crc = 0;
    if (this.nblock > 0) {
      crc = ~this.blockCrc >>> 0;
      this.combinedCrc = combineCrc(this.combinedCrc, crc);
      origPtr = this.sorter.sort(this.block, this.nblock, this.ptr);
    }
    if (this.blockNo === 1) {
      this.bsBuff = 0;
      this.bsLive = 0;
      this.bsW(24, 0x425a68); // 'BZh'
      this.bsW(8, 0x30 + this.level);
    }
    if (this.nblock > 0) {
      this.bsW(24, 0x314159);
      this.bsW(24, 0x265359);
      this.bsW32(crc);
      this.bsW(1, 0); // not randomised
      this.bsW(24, origPtr);
      this.generateMtfValues();
      this.sendMtfValues();
    }
    if (last) {
      this.bsW(24, 0x177245);
      this.bsW(24, 0x385090);
      this.bsW32(this.combinedCrc);
      this.bsFinish();
    }
  }

  /**
   * The move-to-front positions of the last column of the sorted rotations (plus one), runs of the
   * front byte written in bijective base 2 with RUNA and RUNB, then the end-of-block symbol.
   * CPython: generateMTFValues (libbzip2's compress.c)
   */
  private generateMtfValues(): void {
    const unseqToSeq = new Uint8Array(256);
    let nInUse = 0;
    for (let i = 0; i < 256; i++) if (this.inUse[i]) unseqToSeq[i] = nInUse++;
    this.nInUse = nInUse;
    const eob = nInUse + 1;
    const freq = this.mtfFreq;
    freq.fill(0);
    const yy = new Uint8Array(256);
    for (let i = 0; i < nInUse; i++) yy[i] = i;
    const { block, ptr, mtfv } = this;
    const nblock = this.nblock;
    let wr = 0;
    let zPend = 0;
    for (let i = 0; i < nblock; i++) {
      let j = ptr[i] - 1;
      if (j < 0) j += nblock;
      const ll = unseqToSeq[block[j]];
      if (yy[0] === ll) {
        zPend++;
        continue;
      }
      if (zPend > 0) {
        wr = this.putRun(zPend, wr);
        zPend = 0;
      }
      let k = 1;
      let prev = yy[0];
      while (yy[k] !== ll) {
        const t = yy[k];
        yy[k] = prev;
        prev = t;
        k++;
      }
      yy[k] = prev;
      yy[0] = ll;
      mtfv[wr++] = k + 1;
      freq[k + 1]++;
    }
    if (zPend > 0) wr = this.putRun(zPend, wr);
    mtfv[wr++] = eob;
    freq[eob]++;
    this.nMTF = wr;
  }

  /** A run of zPend repeats of the front byte, as RUNA (1) and RUNB (2) digits, least significant first. */
  private putRun(zPend: number, wr: number): number {
    const mtfv = this.mtfv;
    const freq = this.mtfFreq;
    zPend--;
    for (;;) {
      const sym = zPend & 1 ? RUNB : RUNA;
      mtfv[wr++] = sym;
      freq[sym]++;
      if (zPend < 2) break;
      zPend = (zPend - 2) >> 1;
    }
    return wr;
  }

  /**
   * Chooses the Huffman tables and the table of each group of 50 symbols, as libbzip2 does: tables
   * first cover slices of the alphabet with equal shares of the symbols, then four passes give each
   * group the table that codes it shortest and rebuild each table from the groups it won.  Then
   * writes the symbol map, the selectors, the tables and the coded symbols.
   * CPython: sendMTFValues (libbzip2's compress.c)
   */
  private sendMtfValues(): void {
    // (Each loop is a function of its own, so that V8 optimizes each as soon as it is hot.)
    const alphaSize = this.nInUse + 2;
    const nMTF = this.nMTF;
    const nGroups = nMTF < 200 ? 2 : nMTF < 600 ? 3 : nMTF < 1200 ? 4 : nMTF < 2400 ? 5 : 6;
    this.initialTables(alphaSize, nGroups);
    let nSelectors = 0;
    for (let iter = 0; iter < N_ITERS; iter++) {
      nSelectors = this.chooseTables(nGroups);
      for (let t = 0; t < nGroups; t++) makeCodeLengths(this.len, this.rfreq, t * MAX_ALPHA_SIZE, alphaSize, MAX_CODE_LEN);
    }
    for (let t = 0; t < nGroups; t++) assignCodes(this.code, this.len, t * MAX_ALPHA_SIZE, alphaSize);
    this.writeSymbolMap();
    this.writeSelectors(nGroups, nSelectors);
    this.writeCodeLengths(nGroups, alphaSize);
    this.writeSymbols();
  }

  /** The first tables: consecutive slices of the alphabet holding about equal shares of the symbols. */
  private initialTables(alphaSize: number, nGroups: number): void {
    const { mtfFreq, len } = this;
    len.fill(GREATER_ICOST);
    let nPart = nGroups;
    let remF = this.nMTF;
    let gs = 0;
    while (nPart > 0) {
      const tFreq = Math.floor(remF / nPart);
      let ge = gs - 1;
      let aFreq = 0;
      while (aFreq < tFreq && ge < alphaSize - 1) aFreq += mtfFreq[++ge];
      if (ge > gs && nPart !== nGroups && nPart !== 1 && (nGroups - nPart) % 2 === 1) aFreq -= mtfFreq[ge--];
      const t = (nPart - 1) * MAX_ALPHA_SIZE;
      for (let v = 0; v < alphaSize; v++) len[t + v] = v >= gs && v <= ge ? LESSER_ICOST : GREATER_ICOST;
      nPart--;
      gs = ge + 1;
      remF -= aFreq;
    }
  }

  /** Gives each group of 50 symbols the table that codes it shortest, counting the symbols each table codes; returns the group count. */
  private chooseTables(nGroups: number): number {
    const { mtfv, len, rfreq, selector } = this;
    const nMTF = this.nMTF;
    rfreq.fill(0);
    let nSelectors = 0;
    for (let gs = 0; gs < nMTF; ) {
      const ge = Math.min(gs + GROUP_SIZE, nMTF);
      let c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0;
      for (let i = gs; i < ge; i++) {
        const v = mtfv[i];
        c0 += len[v];
        c1 += len[MAX_ALPHA_SIZE + v];
        c2 += len[2 * MAX_ALPHA_SIZE + v];
        c3 += len[3 * MAX_ALPHA_SIZE + v];
        c4 += len[4 * MAX_ALPHA_SIZE + v];
        c5 += len[5 * MAX_ALPHA_SIZE + v];
      }
      // Tables beyond nGroups are never chosen: the first smallest cost wins.
      let bt = 0;
      let bc = c0;
      if (c1 < bc) { bc = c1; bt = 1; }
      if (nGroups > 2 && c2 < bc) { bc = c2; bt = 2; }
      if (nGroups > 3 && c3 < bc) { bc = c3; bt = 3; }
      if (nGroups > 4 && c4 < bc) { bc = c4; bt = 4; }
      if (nGroups > 5 && c5 < bc) { bc = c5; bt = 5; }
      selector[nSelectors++] = bt;
      const f = bt * MAX_ALPHA_SIZE;
      for (let i = gs; i < ge; i++) rfreq[f + mtfv[i]]++;
      gs = ge;
    }
    return nSelectors;
  }

  /** The map of the byte values used: which ranges of 16, then which values in each. */
  private writeSymbolMap(): void {
    const inUse = this.inUse;
    let used16 = 0;
    for (let i = 0; i < 16; i++) {
      for (let j = 0; j < 16; j++) {
        if (inUse[i * 16 + j]) {
          used16 |= 0x8000 >> i;
          break;
        }
      }
    }
    this.bsW(16, used16);
    for (let i = 0; i < 16; i++) {
      if (!(used16 & (0x8000 >> i))) continue;
      let used = 0;
      for (let j = 0; j < 16; j++) if (inUse[i * 16 + j]) used |= 0x8000 >> j;
      this.bsW(16, used);
    }
  }

  /** The selectors, move-to-front coded, in unary. */
  private writeSelectors(nGroups: number, nSelectors: number): void {
    const { selector } = this;
    this.bsW(3, nGroups);
    this.bsW(15, nSelectors);
    const pos = [0, 1, 2, 3, 4, 5];
    for (let i = 0; i < nSelectors; i++) {
      const ll = selector[i];
      let j = 0;
      let tmp = pos[0];
      while (ll !== tmp) {
        j++;
        const t2 = tmp;
        tmp = pos[j];
        pos[j] = t2;
      }
      pos[0] = tmp;
      this.bsW(j + 1, ((1 << j) - 1) << 1);
    }
  }

  /** The code lengths: the first in 5 bits, then steps of +1 (10) or -1 (11), each length ended by 0. */
  private writeCodeLengths(nGroups: number, alphaSize: number): void {
    const len = this.len;
    for (let t = 0; t < nGroups; t++) {
      const lo = t * MAX_ALPHA_SIZE;
      let curr = len[lo];
      this.bsW(5, curr);
      for (let i = 0; i < alphaSize; i++) {
        const l = len[lo + i];
        for (; curr < l; curr++) this.bsW(2, 2);
        for (; curr > l; curr--) this.bsW(2, 3);
        this.bsW(1, 0);
      }
    }
  }

  private writeSymbols(): void {
    const { mtfv, selector, len, code } = this;
    const nMTF = this.nMTF;
    let sel = 0;
    for (let gs = 0; gs < nMTF; sel++) {
      const ge = Math.min(gs + GROUP_SIZE, nMTF);
      const t = selector[sel] * MAX_ALPHA_SIZE;
      for (let i = gs; i < ge; i++) {
        const v = t + mtfv[i];
        this.bsW(len[v], code[v]);
      }
      gs = ge;
    }
  }
}

// ---- Huffman codes ----

const heap = new Int32Array(MAX_ALPHA_SIZE + 2);
const weight = new Int32Array(MAX_ALPHA_SIZE * 2);
const parent = new Int32Array(MAX_ALPHA_SIZE * 2);

/**
 * Huffman code lengths for freq[lo, lo + alphaSize) into len, at most maxLen long.  Weights carry
 * the depth of their subtree in their low 8 bits, so that among equal weights the shallower tree is
 * merged first; when a code comes out too long, every frequency is halved (plus one) and the tree
 * built again.  CPython: BZ2_hbMakeCodeLengths (libbzip2's huffman.c)
 */
function makeCodeLengths(len: Uint8Array, freq: Int32Array, lo: number, alphaSize: number, maxLen: number): void {
  for (let i = 0; i < alphaSize; i++) weight[i + 1] = (freq[lo + i] === 0 ? 1 : freq[lo + i]) << 8;
  for (;;) {
    let nNodes = alphaSize;
    let nHeap = 0;
    heap[0] = 0;
    weight[0] = 0;
    parent[0] = -2;
    for (let i = 1; i <= alphaSize; i++) {
      parent[i] = -1;
      heap[++nHeap] = i;
      upHeap(nHeap);
    }
    while (nHeap > 1) {
      const n1 = heap[1];
      heap[1] = heap[nHeap--];
      downHeap(1, nHeap);
      const n2 = heap[1];
      heap[1] = heap[nHeap--];
      downHeap(1, nHeap);
      nNodes++;
      parent[n1] = parent[n2] = nNodes;
      const w1 = weight[n1];
      const w2 = weight[n2];
      weight[nNodes] = ((w1 & 0xffffff00) + (w2 & 0xffffff00)) | (1 + Math.max(w1 & 0xff, w2 & 0xff));
      parent[nNodes] = -1;
      heap[++nHeap] = nNodes;
      upHeap(nHeap);
    }
    let tooLong = false;
    for (let i = 1; i <= alphaSize; i++) {
      let j = 0;
      for (let k = i; parent[k] >= 0; k = parent[k]) j++;
      len[lo + i - 1] = j;
      if (j > maxLen) tooLong = true;
    }
    if (!tooLong) return;
    for (let i = 1; i <= alphaSize; i++) weight[i] = (1 + ((weight[i] >> 8) >> 1)) << 8;
  }
}

function upHeap(z: number): void {
  const tmp = heap[z];
  while (weight[tmp] < weight[heap[z >> 1]]) {
    heap[z] = heap[z >> 1];
    z >>= 1;
  }
  heap[z] = tmp;
}

function downHeap(z: number, nHeap: number): void {
  const tmp = heap[z];
  for (;;) {
    let y = z << 1;
    if (y > nHeap) break;
    if (y < nHeap && weight[heap[y + 1]] < weight[heap[y]]) y++;
    if (weight[tmp] < weight[heap[y]]) break;
    heap[z] = heap[y];
    z = y;
  }
  heap[z] = tmp;
}

/** Canonical codes: shorter codes first, equal lengths in symbol order.  CPython: BZ2_hbAssignCodes (libbzip2's huffman.c) */
function assignCodes(code: Int32Array, len: Uint8Array, lo: number, alphaSize: number): void {
  let minLen = 32;
  let maxLen = 0;
  for (let i = 0; i < alphaSize; i++) {
    const l = len[lo + i];
    if (l > maxLen) maxLen = l;
    if (l < minLen) minLen = l;
  }
  let vec = 0;
  for (let n = minLen; n <= maxLen; n++) {
    for (let i = 0; i < alphaSize; i++) if (len[lo + i] === n) code[lo + i] = vec++;
    vec <<= 1;
  }
}
