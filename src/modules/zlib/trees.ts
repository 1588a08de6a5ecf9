// Huffman coding of deflate blocks: tallying literals and matches, building length-limited codes,
// choosing between stored, fixed-code and dynamic-code blocks, and writing them out bit by bit.
// zlib: trees.c (its decisions, to the tie, so that pyts writes the bytes zlib writes).
//
// Codes are built as zlib builds them: a heap ordered by frequency then by subtree depth, a tree
// whose depth is limited to 15 (or 7 for the code-length code) by moving leaves up, and canonical
// codes from the bit-length counts. A block is sent stored when that is no longer than the coded
// form, with the fixed codes when they do no worse than the block's own codes.
import type { ZStream } from './stream.ts';

export const LENGTH_CODES = 29;
export const LITERALS = 256;
export const L_CODES = LITERALS + 1 + LENGTH_CODES;
export const D_CODES = 30;
export const BL_CODES = 19;
export const HEAP_SIZE = 2 * L_CODES + 1;
export const MAX_BITS = 15;
const MAX_BL_BITS = 7;
const END_BLOCK = 256;
const REP_3_6 = 16;
const REPZ_3_10 = 17;
const REPZ_11_138 = 18;
const BUF_SIZE = 16;

const STORED_BLOCK = 0;
const STATIC_TREES = 1;
const DYN_TREES = 2;

const EXTRA_LBITS = Int32Array.from([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]);
const EXTRA_DBITS = Int32Array.from([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]);
const EXTRA_BLBITS = Int32Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7]);
/** The order in which code-length code lengths are sent (RFC 1951 section 3.2.7). */
const BL_ORDER = Int32Array.from([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);

// Length and distance codes by value (zlib: tr_static_init).
const BASE_LENGTH = new Int32Array(LENGTH_CODES);
const LENGTH_CODE = new Uint8Array(256);
const BASE_DIST = new Int32Array(D_CODES);
const DIST_CODE = new Uint8Array(512);
{
  let length = 0;
  let code = 0;
  for (; code < LENGTH_CODES - 1; code++) {
    BASE_LENGTH[code] = length;
    for (let n = 0; n < 1 << EXTRA_LBITS[code]; n++) LENGTH_CODE[length++] = code;
  }
  // Length 258 can be sent as code 284 plus 5 extra bits or as code 285: use the shorter.
  LENGTH_CODE[length - 1] = code;
  let dist = 0;
  for (code = 0; code < 16; code++) {
    BASE_DIST[code] = dist;
    for (let n = 0; n < 1 << EXTRA_DBITS[code]; n++) DIST_CODE[dist++] = code;
  }
  dist >>= 7;
  for (; code < D_CODES; code++) {
    BASE_DIST[code] = dist << 7;
    for (let n = 0; n < 1 << (EXTRA_DBITS[code] - 7); n++) DIST_CODE[256 + dist++] = code;
  }
}

function distCode(dist: number): number {
  return dist < 256 ? DIST_CODE[dist] : DIST_CODE[256 + (dist >> 7)];
}

function reverseBits(code: number, len: number): number {
  let res = 0;
  do {
    res |= code & 1;
    code >>= 1;
    res <<= 1;
  } while (--len > 0);
  return res >> 1;
}

/** Canonical codes for the lengths tree.len[0..maxCode].  zlib: gen_codes */
function genCodes(len: Uint16Array, code: Uint16Array, maxCode: number, blCount: Uint16Array): void {
  const next = new Uint16Array(MAX_BITS + 1);
  let c = 0;
  for (let bits = 1; bits <= MAX_BITS; bits++) {
    c = (c + blCount[bits - 1]) << 1;
    next[bits] = c;
  }
  for (let n = 0; n <= maxCode; n++) {
    const l = len[n];
    if (l === 0) continue;
    code[n] = reverseBits(next[l]++, l);
  }
}

// The fixed codes (RFC 1951 section 3.2.6).
const STATIC_LTREE_LEN = new Uint16Array(L_CODES + 2);
const STATIC_LTREE_CODE = new Uint16Array(L_CODES + 2);
const STATIC_DTREE_LEN = new Uint16Array(D_CODES).fill(5);
const STATIC_DTREE_CODE = new Uint16Array(D_CODES);
{
  const blCount = new Uint16Array(MAX_BITS + 1);
  for (let n = 0; n <= 287; n++) {
    const l = n <= 143 ? 8 : n <= 255 ? 9 : n <= 279 ? 7 : 8;
    STATIC_LTREE_LEN[n] = l;
    blCount[l]++;
  }
  genCodes(STATIC_LTREE_LEN, STATIC_LTREE_CODE, L_CODES + 1, blCount);
  for (let n = 0; n < D_CODES; n++) STATIC_DTREE_CODE[n] = reverseBits(n, 5);
}

/** One dynamic tree: frequencies, then code lengths and codes once built. */
class Tree {
  readonly freq: Uint16Array;
  readonly len: Uint16Array;
  readonly code: Uint16Array;
  readonly dad: Uint16Array;
  maxCode = 0;

  constructor(
    size: number,
    readonly staticLen: Uint16Array | null,
    readonly extraBits: Int32Array,
    readonly extraBase: number,
    readonly elems: number,
    readonly maxLength: number,
  ) {
    this.freq = new Uint16Array(size);
    this.len = new Uint16Array(size);
    this.code = new Uint16Array(size);
    this.dad = new Uint16Array(size);
  }
}

/** The bit writer and block builder of a deflate stream (the trees.c half of deflate_state). */
export class TreeState {
  readonly ltree = new Tree(HEAP_SIZE, STATIC_LTREE_LEN, EXTRA_LBITS, LITERALS + 1, L_CODES, MAX_BITS);
  readonly dtree = new Tree(2 * D_CODES + 1, STATIC_DTREE_LEN, EXTRA_DBITS, 0, D_CODES, MAX_BITS);
  readonly bltree = new Tree(2 * BL_CODES + 1, null, EXTRA_BLBITS, 0, BL_CODES, MAX_BL_BITS);
  private readonly blCount = new Uint16Array(MAX_BITS + 1);
  private readonly heap = new Int32Array(HEAP_SIZE);
  private heapLen = 0;
  private heapMax = 0;
  private readonly depth = new Uint8Array(HEAP_SIZE);
  optLen = 0;
  staticLen = 0;

  /** Output not yet handed to the stream (zlib's pending_buf). */
  pendingBuf: Uint8Array;
  pending = 0;
  pendingOut = 0;
  biBuf = 0;
  biValid = 0;

  /** The tallied symbols: distance (0 for a literal) and literal or match length minus 3. */
  readonly symDist: Uint16Array;
  readonly symLc: Uint8Array;
  symNext = 0;
  /** A block is flushed when this many symbols are tallied.  zlib: sym_end / 3 */
  readonly symEnd: number;

  constructor(litBufsize: number) {
    this.pendingBuf = new Uint8Array(litBufsize * 4);
    this.symDist = new Uint16Array(litBufsize);
    this.symLc = new Uint8Array(litBufsize);
    this.symEnd = litBufsize - 1;
    this.initBlock();
  }

  /** zlib: init_block */
  initBlock(): void {
    this.ltree.freq.fill(0, 0, L_CODES);
    this.dtree.freq.fill(0, 0, D_CODES);
    this.bltree.freq.fill(0, 0, BL_CODES);
    this.ltree.freq[END_BLOCK] = 1;
    this.optLen = this.staticLen = 0;
    this.symNext = 0;
  }

  copyFrom(o: TreeState): void {
    for (const [a, b] of [
      [this.ltree, o.ltree],
      [this.dtree, o.dtree],
      [this.bltree, o.bltree],
    ] as const) {
      a.freq.set(b.freq);
      a.len.set(b.len);
      a.code.set(b.code);
      a.dad.set(b.dad);
      a.maxCode = b.maxCode;
    }
    this.optLen = o.optLen;
    this.staticLen = o.staticLen;
    this.pendingBuf.set(o.pendingBuf);
    this.pending = o.pending;
    this.pendingOut = o.pendingOut;
    this.biBuf = o.biBuf;
    this.biValid = o.biValid;
    this.symDist.set(o.symDist);
    this.symLc.set(o.symLc);
    this.symNext = o.symNext;
  }

  // ---- bits ----

  putByte(b: number): void {
    this.pendingBuf[this.pending++] = b & 0xff;
  }

  putShort(w: number): void {
    this.pendingBuf[this.pending++] = w & 0xff;
    this.pendingBuf[this.pending++] = (w >>> 8) & 0xff;
  }

  /** zlib: putShortMSB */
  putShortMSB(w: number): void {
    this.pendingBuf[this.pending++] = (w >>> 8) & 0xff;
    this.pendingBuf[this.pending++] = w & 0xff;
  }

  /** Appends `length` bits of value, least significant first, through a 16-bit buffer.  zlib: send_bits */
  sendBits(value: number, length: number): void {
    if (this.biValid > BUF_SIZE - length) {
      this.biBuf = (this.biBuf | (value << this.biValid)) & 0xffff;
      this.putShort(this.biBuf);
      this.biBuf = (value >>> (BUF_SIZE - this.biValid)) & 0xffff;
      this.biValid += length - BUF_SIZE;
    } else {
      this.biBuf = (this.biBuf | (value << this.biValid)) & 0xffff;
      this.biValid += length;
    }
  }

  /** Flushes whole bytes of the bit buffer.  zlib: bi_flush */
  biFlush(): void {
    if (this.biValid === 16) {
      this.putShort(this.biBuf);
      this.biBuf = 0;
      this.biValid = 0;
    } else if (this.biValid >= 8) {
      this.putByte(this.biBuf);
      this.biBuf >>>= 8;
      this.biValid -= 8;
    }
  }

  /** Flushes the bit buffer to a byte boundary.  zlib: bi_windup */
  biWindup(): void {
    if (this.biValid > 8) this.putShort(this.biBuf);
    else if (this.biValid > 0) this.putByte(this.biBuf);
    this.biBuf = 0;
    this.biValid = 0;
  }

  /** Moves pending output to the stream, as much as fits.  zlib: flush_pending */
  flushPending(strm: ZStream): void {
    this.biFlush();
    let len = this.pending;
    if (len > strm.availOut) len = strm.availOut;
    if (len === 0) return;
    strm.output.set(this.pendingBuf.subarray(this.pendingOut, this.pendingOut + len), strm.nextOut);
    strm.nextOut += len;
    this.pendingOut += len;
    strm.totalOut += len;
    strm.availOut -= len;
    this.pending -= len;
    if (this.pending === 0) this.pendingOut = 0;
  }

  // ---- tallies ----

  /** Records a literal; true when the block is full.  zlib: _tr_tally_lit */
  tallyLit(c: number): boolean {
    this.symDist[this.symNext] = 0;
    this.symLc[this.symNext++] = c;
    this.ltree.freq[c]++;
    return this.symNext === this.symEnd;
  }

  /** Records a match of length lc + 3 at distance dist; true when the block is full.  zlib: _tr_tally_dist */
  tallyDist(dist: number, lc: number): boolean {
    this.symDist[this.symNext] = dist;
    this.symLc[this.symNext++] = lc;
    dist--;
    this.ltree.freq[LENGTH_CODE[lc] + LITERALS + 1]++;
    this.dtree.freq[distCode(dist)]++;
    return this.symNext === this.symEnd;
  }

  // ---- building trees ----

  /** zlib: smaller */
  private smaller(freq: Uint16Array, n: number, m: number): boolean {
    return freq[n] < freq[m] || (freq[n] === freq[m] && this.depth[n] <= this.depth[m]);
  }

  /** Restores the heap property down from k.  zlib: pqdownheap */
  private pqdownheap(freq: Uint16Array, k: number): void {
    const heap = this.heap;
    const v = heap[k];
    let j = k << 1;
    while (j <= this.heapLen) {
      if (j < this.heapLen && this.smaller(freq, heap[j + 1], heap[j])) j++;
      if (this.smaller(freq, v, heap[j])) break;
      heap[k] = heap[j];
      k = j;
      j <<= 1;
    }
    heap[k] = v;
  }

  /** Bit lengths for the tree just built, limited to maxLength.  zlib: gen_bitlen */
  private genBitlen(t: Tree): void {
    const { freq, len, dad, maxCode, staticLen: stree, extraBits: extra, extraBase: base, maxLength } = t;
    const heap = this.heap;
    const blCount = this.blCount;
    blCount.fill(0);
    // The root has length 0; every other node one more than its parent. Overflow counts the leaves
    // that would exceed maxLength.
    len[heap[this.heapMax]] = 0;
    let overflow = 0;
    let h: number;
    for (h = this.heapMax + 1; h < HEAP_SIZE; h++) {
      const n = heap[h];
      let bits = len[dad[n]] + 1;
      if (bits > maxLength) {
        bits = maxLength;
        overflow++;
      }
      len[n] = bits;
      if (n > maxCode) continue; // not a leaf
      blCount[bits]++;
      const xbits = n >= base ? extra[n - base] : 0;
      const f = freq[n];
      this.optLen += f * (bits + xbits);
      if (stree !== null) this.staticLen += f * (stree[n] + xbits);
    }
    if (overflow === 0) return;
    // Move leaves down from the deepest level, one pair at a time, as zlib does.
    do {
      let bits = maxLength - 1;
      while (blCount[bits] === 0) bits--;
      blCount[bits]--;
      blCount[bits + 1] += 2;
      blCount[maxLength]--;
      overflow -= 2;
    } while (overflow > 0);
    // Give the leaves their new lengths, taking them in increasing frequency order.
    h = HEAP_SIZE;
    for (let bits = maxLength; bits !== 0; bits--) {
      let n = blCount[bits];
      while (n !== 0) {
        const m = heap[--h];
        if (m > maxCode) continue;
        if (len[m] !== bits) {
          this.optLen += (bits - len[m]) * freq[m];
          len[m] = bits;
        }
        n--;
      }
    }
  }

  /** Builds the Huffman tree for t's frequencies and its codes.  zlib: build_tree */
  private buildTree(t: Tree): void {
    const { freq, len, dad, staticLen: stree, elems } = t;
    const heap = this.heap;
    const depth = this.depth;
    let maxCode = -1;
    this.heapLen = 0;
    this.heapMax = HEAP_SIZE;
    for (let n = 0; n < elems; n++) {
      if (freq[n] !== 0) {
        heap[++this.heapLen] = maxCode = n;
        depth[n] = 0;
      } else {
        len[n] = 0;
      }
    }
    // The format needs at least one distance code and at least one bit per code: give two codes
    // a frequency if fewer have one.
    while (this.heapLen < 2) {
      const node = (heap[++this.heapLen] = maxCode < 2 ? ++maxCode : 0);
      freq[node] = 1;
      depth[node] = 0;
      this.optLen--;
      if (stree !== null) this.staticLen -= stree[node];
    }
    t.maxCode = maxCode;
    for (let n = this.heapLen >> 1; n >= 1; n--) this.pqdownheap(freq, n);
    // Combine the two least frequent nodes until one is left.
    let node = elems;
    do {
      const n = heap[1];
      heap[1] = heap[this.heapLen--];
      this.pqdownheap(freq, 1);
      const m = heap[1];
      heap[--this.heapMax] = n;
      heap[--this.heapMax] = m;
      freq[node] = freq[n] + freq[m];
      depth[node] = (depth[n] >= depth[m] ? depth[n] : depth[m]) + 1;
      dad[n] = dad[m] = node;
      heap[1] = node++;
      this.pqdownheap(freq, 1);
    } while (this.heapLen >= 2);
    heap[--this.heapMax] = heap[1];
    this.genBitlen(t);
    genCodes(len, t.code, maxCode, this.blCount);
  }

  /** Tallies the code-length code for sending tree t's lengths.  zlib: scan_tree */
  private scanTree(t: Tree, maxCode: number): void {
    const len = t.len;
    const blFreq = this.bltree.freq;
    let prevlen = -1;
    let nextlen = len[0];
    let count = 0;
    let maxCount = 7;
    let minCount = 4;
    if (nextlen === 0) {
      maxCount = 138;
      minCount = 3;
    }
    len[maxCode + 1] = 0xffff; // guard
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = len[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      if (count < minCount) blFreq[curlen] += count;
      else if (curlen !== 0) {
        if (curlen !== prevlen) blFreq[curlen]++;
        blFreq[REP_3_6]++;
      } else if (count <= 10) blFreq[REPZ_3_10]++;
      else blFreq[REPZ_11_138]++;
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) {
        maxCount = 138;
        minCount = 3;
      } else if (curlen === nextlen) {
        maxCount = 6;
        minCount = 3;
      } else {
        maxCount = 7;
        minCount = 4;
      }
    }
  }

  private sendCode(c: number, t: Tree): void {
    this.sendBits(t.code[c], t.len[c]);
  }

  /** Sends tree t's lengths with the code-length code.  zlib: send_tree */
  private sendTree(t: Tree, maxCode: number): void {
    const len = t.len;
    const bl = this.bltree;
    let prevlen = -1;
    let nextlen = len[0];
    let count = 0;
    let maxCount = 7;
    let minCount = 4;
    if (nextlen === 0) {
      maxCount = 138;
      minCount = 3;
    }
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = len[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      if (count < minCount) {
        do this.sendCode(curlen, bl);
        while (--count !== 0);
      } else if (curlen !== 0) {
        if (curlen !== prevlen) {
          this.sendCode(curlen, bl);
          count--;
        }
        this.sendCode(REP_3_6, bl);
        this.sendBits(count - 3, 2);
      } else if (count <= 10) {
        this.sendCode(REPZ_3_10, bl);
        this.sendBits(count - 3, 3);
      } else {
        this.sendCode(REPZ_11_138, bl);
        this.sendBits(count - 11, 7);
      }
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) {
        maxCount = 138;
        minCount = 3;
      } else if (curlen === nextlen) {
        maxCount = 6;
        minCount = 3;
      } else {
        maxCount = 7;
        minCount = 4;
      }
    }
  }

  /** Builds the code-length tree; returns the index in BL_ORDER of the last length to send.  zlib: build_bl_tree */
  private buildBlTree(): number {
    this.scanTree(this.ltree, this.ltree.maxCode);
    this.scanTree(this.dtree, this.dtree.maxCode);
    this.buildTree(this.bltree);
    let maxBlindex: number;
    for (maxBlindex = BL_CODES - 1; maxBlindex >= 3; maxBlindex--) {
      if (this.bltree.len[BL_ORDER[maxBlindex]] !== 0) break;
    }
    this.optLen += 3 * (maxBlindex + 1) + 5 + 5 + 4;
    return maxBlindex;
  }

  /** zlib: send_all_trees */
  private sendAllTrees(lcodes: number, dcodes: number, blcodes: number): void {
    this.sendBits(lcodes - 257, 5);
    this.sendBits(dcodes - 1, 5);
    this.sendBits(blcodes - 4, 4);
    for (let rank = 0; rank < blcodes; rank++) this.sendBits(this.bltree.len[BL_ORDER[rank]], 3);
    this.sendTree(this.ltree, lcodes - 1);
    this.sendTree(this.dtree, dcodes - 1);
  }

  /** Sends the tallied symbols with the given codes.  zlib: compress_block */
  private compressBlock(lLen: Uint16Array, lCode: Uint16Array, dLen: Uint16Array, dCode: Uint16Array): void {
    for (let sx = 0; sx < this.symNext; sx++) {
      let dist = this.symDist[sx];
      let lc = this.symLc[sx];
      if (dist === 0) {
        this.sendBits(lCode[lc], lLen[lc]);
      } else {
        let code = LENGTH_CODE[lc];
        this.sendBits(lCode[code + LITERALS + 1], lLen[code + LITERALS + 1]);
        let extra = EXTRA_LBITS[code];
        if (extra !== 0) {
          lc -= BASE_LENGTH[code];
          this.sendBits(lc, extra);
        }
        dist--;
        code = distCode(dist);
        this.sendBits(dCode[code], dLen[code]);
        extra = EXTRA_DBITS[code];
        if (extra !== 0) {
          dist -= BASE_DIST[code];
          this.sendBits(dist, extra);
        }
      }
    }
    this.sendBits(lCode[END_BLOCK], lLen[END_BLOCK]);
  }

  /** A stored block of data[start..start+len) (none when data is null, for the empty block of a flush).  zlib: _tr_stored_block */
  storedBlock(data: Uint8Array | null, start: number, len: number, last: boolean): void {
    this.sendBits((STORED_BLOCK << 1) + (last ? 1 : 0), 3);
    this.biWindup();
    this.putShort(len);
    this.putShort(~len & 0xffff);
    if (data !== null && len > 0) {
      this.pendingBuf.set(data.subarray(start, start + len), this.pending);
      this.pending += len;
    }
  }

  /** An empty fixed-code block, for Z_PARTIAL_FLUSH.  zlib: _tr_align */
  align(): void {
    this.sendBits(STATIC_TREES << 1, 3);
    this.sendBits(STATIC_LTREE_CODE[END_BLOCK], STATIC_LTREE_LEN[END_BLOCK]);
    this.biFlush();
  }

  /** Flushes the bits of a block then starts a new one.  zlib: _tr_flush_bits */
  flushBits(): void {
    this.biFlush();
  }

  /**
   * Ends the current block: picks the cheapest of stored, fixed and dynamic coding and writes it.
   * `buf` holds the block's uncompressed bytes at [start..start+storedLen) (null when they have
   * slid out of the window). zlib: _tr_flush_block
   */
  flushBlock(level: number, strategy: number, buf: Uint8Array | null, start: number, storedLen: number, last: boolean): void {
    let optLenb: number;
    let staticLenb: number;
    let maxBlindex = 0;
    if (level > 0) {
      this.buildTree(this.ltree);
      this.buildTree(this.dtree);
      maxBlindex = this.buildBlTree();
      optLenb = (this.optLen + 3 + 7) >>> 3;
      staticLenb = (this.staticLen + 3 + 7) >>> 3;
      if (staticLenb <= optLenb || strategy === 4 /* Z_FIXED */) optLenb = staticLenb;
    } else {
      optLenb = staticLenb = storedLen + 5; // a stored block, whatever happens
    }
    if (storedLen + 4 <= optLenb && buf !== null) {
      this.storedBlock(buf, start, storedLen, last);
    } else if (staticLenb === optLenb) {
      this.sendBits((STATIC_TREES << 1) + (last ? 1 : 0), 3);
      this.compressBlock(STATIC_LTREE_LEN, STATIC_LTREE_CODE, STATIC_DTREE_LEN, STATIC_DTREE_CODE);
    } else {
      this.sendBits((DYN_TREES << 1) + (last ? 1 : 0), 3);
      this.sendAllTrees(this.ltree.maxCode + 1, this.dtree.maxCode + 1, maxBlindex + 1);
      this.compressBlock(this.ltree.len, this.ltree.code, this.dtree.len, this.dtree.code);
    }
    this.initBlock();
    if (last) this.biWindup();
  }
}
