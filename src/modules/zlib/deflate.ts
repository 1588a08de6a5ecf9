// The deflate compressor (RFC 1951) with zlib's and gzip's wrappers (RFC 1950, RFC 1952), making the
// same choices as zlib 1.3.1 at every step, so that its output is byte for byte what CPython's zlib
// module gives.  zlib: deflate.c
//
// The match finder is zlib's: hash chains over 3-byte strings in a sliding window of twice the
// window size; levels 1-3 take the first good match found (deflate_fast), levels 4-9 look one byte
// ahead for a longer one (deflate_slow, "lazy matching"); each level sets how long the chains are
// searched. Level 0 copies the input into stored blocks, sized by the room the caller gives.
import { crc32Update } from '../binascii.ts';
import {
  ZStream, adler32, errMsg, Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK, Z_OK, Z_STREAM_END,
  Z_STREAM_ERROR, Z_BUF_ERROR, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED,
} from './stream.ts';
import { TreeState } from './trees.ts';

const MIN_MATCH = 3;
const MAX_MATCH = 258;
const MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1;
const TOO_FAR = 4096;
const MAX_STORED = 65535;
const NIL = 0;
const PRESET_DICT = 0x20;
const OS_CODE = 3; // Unix, as zlib writes it when built for it (and for Emscripten)

const INIT_STATE = 42;
const GZIP_STATE = 57;
const BUSY_STATE = 113;
const FINISH_STATE = 666;

const enum BlockState {
  NeedMore,
  BlockDone,
  FinishStarted,
  FinishDone,
}

const enum Func {
  Stored,
  Fast,
  Slow,
}

/** Per level: good_length, max_lazy, nice_length, max_chain and the function.  zlib: configuration_table */
const CONFIG: readonly (readonly [number, number, number, number, Func])[] = [
  [0, 0, 0, 0, Func.Stored],
  [4, 4, 8, 4, Func.Fast],
  [4, 5, 16, 8, Func.Fast],
  [4, 6, 32, 32, Func.Fast],
  [4, 4, 16, 16, Func.Slow],
  [8, 16, 32, 32, Func.Slow],
  [8, 16, 128, 128, Func.Slow],
  [8, 32, 128, 256, Func.Slow],
  [32, 128, 258, 1024, Func.Slow],
  [32, 258, 258, 4096, Func.Slow],
];

/** Flush modes ordered by strength (Z_BLOCK between Z_NO_FLUSH and Z_PARTIAL_FLUSH).  zlib: RANK */
function rank(f: number): number {
  return f * 2 - (f > 4 ? 9 : 0);
}

/** The compressor's state.  zlib: deflate_state */
export class Deflater {
  status = INIT_STATE;
  /** 0 raw, 1 zlib, 2 gzip; negated once the trailer is written. */
  wrap: number;
  lastFlush = -2;

  readonly wBits: number;
  readonly wSize: number;
  readonly wMask: number;
  readonly window: Uint8Array;
  readonly windowSize: number;
  readonly prev: Uint16Array;
  readonly head: Uint16Array;
  insH = 0;
  readonly hashSize: number;
  readonly hashMask: number;
  readonly hashShift: number;
  blockStart = 0;
  matchLength = 0;
  prevMatch = 0;
  matchAvailable = false;
  strstart = 0;
  matchStart = 0;
  lookahead = 0;
  prevLength = 0;
  maxChainLength = 0;
  maxLazyMatch = 0;
  goodMatch = 0;
  niceMatch = 0;
  level: number;
  strategy: number;
  insert = 0;
  readonly trees: TreeState;

  constructor(
    level: number,
    wrap: number,
    windowBits: number,
    readonly memLevel: number,
    strategy: number,
  ) {
    this.level = level;
    this.wrap = wrap;
    this.strategy = strategy;
    this.wBits = windowBits;
    this.wSize = 1 << windowBits;
    this.wMask = this.wSize - 1;
    const hashBits = memLevel + 7;
    this.hashSize = 1 << hashBits;
    this.hashMask = this.hashSize - 1;
    this.hashShift = Math.floor((hashBits + MIN_MATCH - 1) / MIN_MATCH);
    this.window = new Uint8Array(this.wSize * 2);
    this.windowSize = 2 * this.wSize;
    this.prev = new Uint16Array(this.wSize);
    this.head = new Uint16Array(this.hashSize);
    this.trees = new TreeState(1 << (memLevel + 6));
    this.lmInit();
  }

  /**
   * A new compressor, or the zlib error code for bad parameters.  zlib: deflateInit2_
   * windowBits: 8..15 zlib wrapper, -8..-15 raw (not -8), 24..31 gzip (not 24).
   */
  static create(level: number, method: number, windowBits: number, memLevel: number, strategy: number): Deflater | number {
    let wrap = 1;
    if (level === -1) level = 6;
    if (windowBits < 0) {
      wrap = 0;
      if (windowBits < -15) return Z_STREAM_ERROR;
      windowBits = -windowBits;
    } else if (windowBits > 15) {
      wrap = 2;
      windowBits -= 16;
    }
    if (
      memLevel < 1 || memLevel > 9 || method !== 8 || windowBits < 8 || windowBits > 15 || level < 0 || level > 9 ||
      strategy < 0 || strategy > Z_FIXED || (windowBits === 8 && wrap !== 1)
    ) {
      return Z_STREAM_ERROR;
    }
    if (windowBits === 8) windowBits = 9; // until 256-byte windows work
    return new Deflater(level, wrap, windowBits, memLevel, strategy);
  }

  /** zlib: lm_init */
  private lmInit(): void {
    this.head.fill(0);
    const c = CONFIG[this.level];
    this.maxLazyMatch = c[1];
    this.goodMatch = c[0];
    this.niceMatch = c[2];
    this.maxChainLength = c[3];
    this.strstart = 0;
    this.blockStart = 0;
    this.lookahead = 0;
    this.insert = 0;
    this.matchLength = this.prevLength = MIN_MATCH - 1;
    this.matchAvailable = false;
    this.insH = 0;
  }

  /** Sets the stream's counters and check value for a new compression.  zlib: deflateResetKeep */
  initStream(strm: ZStream): void {
    strm.totalIn = strm.totalOut = 0;
    strm.msg = null;
    strm.adler = this.wrap === 2 ? 0 : 1;
  }

  copy(): Deflater {
    const d = new Deflater(this.level, this.wrap, this.wBits, this.memLevel, this.strategy);
    d.status = this.status;
    d.lastFlush = this.lastFlush;
    d.window.set(this.window);
    d.prev.set(this.prev);
    d.head.set(this.head);
    d.insH = this.insH;
    d.blockStart = this.blockStart;
    d.matchLength = this.matchLength;
    d.prevMatch = this.prevMatch;
    d.matchAvailable = this.matchAvailable;
    d.strstart = this.strstart;
    d.matchStart = this.matchStart;
    d.lookahead = this.lookahead;
    d.prevLength = this.prevLength;
    d.maxChainLength = this.maxChainLength;
    d.maxLazyMatch = this.maxLazyMatch;
    d.goodMatch = this.goodMatch;
    d.niceMatch = this.niceMatch;
    d.insert = this.insert;
    d.trees.copyFrom(this.trees);
    return d;
  }

  private updateHash(h: number, c: number): number {
    return ((h << this.hashShift) ^ c) & this.hashMask;
  }

  /** Inserts the string at str into the hash chains; returns the previous head.  zlib: INSERT_STRING */
  private insertString(str: number): number {
    this.insH = this.updateHash(this.insH, this.window[str + MIN_MATCH - 1]);
    const h = this.head[this.insH];
    this.prev[str & this.wMask] = h;
    this.head[this.insH] = str;
    return h;
  }

  /** zlib: CLEAR_HASH */
  private clearHash(): void {
    this.head.fill(0);
  }

  /** zlib: slide_hash */
  private slideHash(): void {
    const wSize = this.wSize;
    const head = this.head;
    for (let n = 0; n < head.length; n++) {
      const m = head[n];
      head[n] = m >= wSize ? m - wSize : NIL;
    }
    const prev = this.prev;
    for (let n = 0; n < wSize; n++) {
      const m = prev[n];
      prev[n] = m >= wSize ? m - wSize : NIL;
    }
  }

  /** Reads up to `size` input bytes into buf at `at`, updating the check value.  zlib: read_buf */
  private readBuf(strm: ZStream, buf: Uint8Array, at: number, size: number): number {
    let len = strm.availIn;
    if (len > size) len = size;
    if (len === 0) return 0;
    strm.availIn -= len;
    buf.set(strm.input.subarray(strm.nextIn, strm.nextIn + len), at);
    if (this.wrap === 1) strm.adler = adler32(strm.adler, buf, at, at + len);
    else if (this.wrap === 2) strm.adler = crc32Update(strm.adler, buf.subarray(at, at + len));
    strm.nextIn += len;
    strm.totalIn += len;
    return len;
  }

  /** Refills the window when the lookahead runs short, sliding it when needed.  zlib: fill_window */
  private fillWindow(strm: ZStream): void {
    const wSize = this.wSize;
    do {
      let more = this.windowSize - this.lookahead - this.strstart;
      if (this.strstart >= wSize + (wSize - MIN_LOOKAHEAD)) {
        this.window.copyWithin(0, wSize, wSize + wSize - more);
        this.matchStart -= wSize;
        this.strstart -= wSize;
        this.blockStart -= wSize;
        if (this.insert > this.strstart) this.insert = this.strstart;
        this.slideHash();
        more += wSize;
      }
      if (strm.availIn === 0) break;
      const n = this.readBuf(strm, this.window, this.strstart + this.lookahead, more);
      this.lookahead += n;
      // Hash the strings that were waiting for enough bytes after them.
      if (this.lookahead + this.insert >= MIN_MATCH) {
        let str = this.strstart - this.insert;
        this.insH = this.window[str];
        this.insH = this.updateHash(this.insH, this.window[str + 1]);
        while (this.insert) {
          this.insH = this.updateHash(this.insH, this.window[str + MIN_MATCH - 1]);
          this.prev[str & this.wMask] = this.head[this.insH];
          this.head[this.insH] = str;
          str++;
          this.insert--;
          if (this.lookahead + this.insert < MIN_MATCH) break;
        }
      }
    } while (this.lookahead < MIN_LOOKAHEAD && strm.availIn !== 0);
  }

  /** The longest match at strstart along the chain from curMatch; sets matchStart.  zlib: longest_match */
  private longestMatch(curMatch: number): number {
    let chainLength = this.maxChainLength;
    const win = this.window;
    const scan = this.strstart;
    let bestLen = this.prevLength;
    let niceMatch = this.niceMatch;
    const maxDist = this.wSize - MIN_LOOKAHEAD;
    const limit = this.strstart > maxDist ? this.strstart - maxDist : NIL;
    const prev = this.prev;
    const wmask = this.wMask;
    const strend = this.strstart + MAX_MATCH;
    let scanEnd1 = win[scan + bestLen - 1];
    let scanEnd = win[scan + bestLen];
    if (this.prevLength >= this.goodMatch) chainLength >>= 2;
    if (niceMatch > this.lookahead) niceMatch = this.lookahead;
    do {
      const match = curMatch;
      if (win[match + bestLen] !== scanEnd || win[match + bestLen - 1] !== scanEnd1 || win[match] !== win[scan] || win[match + 1] !== win[scan + 1]) {
        continue;
      }
      // The third bytes are equal when the first two are, since the hashes are.
      let s = scan + 2;
      let m = match + 2;
      while (++s < strend && win[s] === win[++m]);
      // s stops at the first differing byte, or at strend.
      const len = s - scan;
      if (len > bestLen) {
        this.matchStart = curMatch;
        bestLen = len;
        if (len >= niceMatch) break;
        scanEnd1 = win[scan + bestLen - 1];
        scanEnd = win[scan + bestLen];
      }
    } while ((curMatch = prev[curMatch & wmask]) > limit && --chainLength !== 0);
    return bestLen <= this.lookahead ? bestLen : this.lookahead;
  }

  /** Ends the current block (zlib: FLUSH_BLOCK_ONLY). */
  private flushBlockOnly(strm: ZStream, last: boolean): void {
    const t = this.trees;
    t.flushBlock(
      this.level,
      this.strategy,
      this.blockStart >= 0 ? this.window : null,
      this.blockStart >= 0 ? this.blockStart : 0,
      this.strstart - this.blockStart,
      last,
    );
    this.blockStart = this.strstart;
    t.flushPending(strm);
  }

  /** zlib: deflate_stored */
  private deflateStored(strm: ZStream, flush: number): BlockState {
    const t = this.trees;
    const pendingBufSize = t.pendingBuf.length;
    let minBlock = Math.min(pendingBufSize - 5, this.wSize);
    let len: number;
    let left: number;
    let have: number;
    let last = false;
    let used = strm.availIn;
    // Copy stored blocks straight to the output while there is room for worthwhile ones.
    do {
      len = MAX_STORED;
      have = (t.biValid + 42) >> 3; // header bytes
      if (strm.availOut < have) break;
      have = strm.availOut - have;
      left = this.strstart - this.blockStart;
      if (len > left + strm.availIn) len = left + strm.availIn;
      if (len > have) len = have;
      if (len < minBlock && ((len === 0 && flush !== Z_FINISH) || flush === Z_NO_FLUSH || len !== left + strm.availIn)) break;
      last = flush === Z_FINISH && len === left + strm.availIn;
      t.storedBlock(null, 0, 0, last);
      // Put the real length in the empty block's header.
      const pb = t.pendingBuf;
      pb[t.pending - 4] = len & 0xff;
      pb[t.pending - 3] = (len >> 8) & 0xff;
      pb[t.pending - 2] = ~len & 0xff;
      pb[t.pending - 1] = (~len >> 8) & 0xff;
      t.flushPending(strm);
      if (left) {
        if (left > len) left = len;
        strm.output.set(this.window.subarray(this.blockStart, this.blockStart + left), strm.nextOut);
        strm.nextOut += left;
        strm.availOut -= left;
        strm.totalOut += left;
        this.blockStart += left;
        len -= left;
      }
      if (len) {
        this.readBuf(strm, strm.output, strm.nextOut, len);
        strm.nextOut += len;
        strm.availOut -= len;
        strm.totalOut += len;
      }
    } while (!last);

    // Keep the last window's worth of what was copied as history.
    used -= strm.availIn;
    if (used) {
      if (used >= this.wSize) {
        this.window.set(strm.input.subarray(strm.nextIn - this.wSize, strm.nextIn), 0);
        this.strstart = this.wSize;
        this.insert = this.strstart;
      } else {
        if (this.windowSize - this.strstart <= used) {
          this.strstart -= this.wSize;
          this.window.copyWithin(0, this.wSize, this.wSize + this.strstart);
          if (this.insert > this.strstart) this.insert = this.strstart;
        }
        this.window.set(strm.input.subarray(strm.nextIn - used, strm.nextIn), this.strstart);
        this.strstart += used;
        this.insert += Math.min(used, this.wSize - this.insert);
      }
      this.blockStart = this.strstart;
    }
    if (last) return BlockState.FinishDone;
    if (flush !== Z_NO_FLUSH && flush !== Z_FINISH && strm.availIn === 0 && this.strstart === this.blockStart) return BlockState.BlockDone;

    // Move the rest of the input into the window.
    have = this.windowSize - this.strstart;
    if (strm.availIn > have && this.blockStart >= this.wSize) {
      this.blockStart -= this.wSize;
      this.strstart -= this.wSize;
      this.window.copyWithin(0, this.wSize, this.wSize + this.strstart);
      have += this.wSize;
      if (this.insert > this.strstart) this.insert = this.strstart;
    }
    if (have > strm.availIn) have = strm.availIn;
    if (have) {
      this.readBuf(strm, this.window, this.strstart, have);
      this.strstart += have;
      this.insert += Math.min(have, this.wSize - this.insert);
    }

    // Without room for a worthwhile block in the output, write one to the pending buffer when the
    // window holds enough, or when flushing and all that is left fits.
    have = (t.biValid + 42) >> 3;
    have = Math.min(pendingBufSize - have, MAX_STORED);
    minBlock = Math.min(have, this.wSize);
    left = this.strstart - this.blockStart;
    if (left >= minBlock || ((left || flush === Z_FINISH) && flush !== Z_NO_FLUSH && strm.availIn === 0 && left <= have)) {
      len = Math.min(left, have);
      last = flush === Z_FINISH && strm.availIn === 0 && len === left;
      t.storedBlock(this.window, this.blockStart, len, last);
      this.blockStart += len;
      t.flushPending(strm);
    }
    return last ? BlockState.FinishStarted : BlockState.NeedMore;
  }

  /** The common end of deflate_fast, _slow, _rle and _huff. */
  private finishBlocks(strm: ZStream, flush: number): BlockState {
    if (flush === Z_FINISH) {
      this.flushBlockOnly(strm, true);
      return strm.availOut === 0 ? BlockState.FinishStarted : BlockState.FinishDone;
    }
    if (this.trees.symNext) {
      this.flushBlockOnly(strm, false);
      if (strm.availOut === 0) return BlockState.NeedMore;
    }
    return BlockState.BlockDone;
  }

  /** Levels 1-3: no lazy evaluation of matches.  zlib: deflate_fast */
  private deflateFast(strm: ZStream, flush: number): BlockState {
    const t = this.trees;
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow(strm);
        if (this.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return BlockState.NeedMore;
        if (this.lookahead === 0) break;
      }
      let hashHead = NIL;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      if (hashHead !== NIL && this.strstart - hashHead <= this.wSize - MIN_LOOKAHEAD) {
        this.matchLength = this.longestMatch(hashHead);
      }
      let bflush: boolean;
      if (this.matchLength >= MIN_MATCH) {
        bflush = t.tallyDist(this.strstart - this.matchStart, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        // Insert the strings of a short match into the hash table; skip those of a long one.
        if (this.matchLength <= this.maxLazyMatch && this.lookahead >= MIN_MATCH) {
          this.matchLength--;
          do {
            this.strstart++;
            this.insertString(this.strstart);
          } while (--this.matchLength !== 0);
          this.strstart++;
        } else {
          this.strstart += this.matchLength;
          this.matchLength = 0;
          this.insH = this.window[this.strstart];
          this.insH = this.updateHash(this.insH, this.window[this.strstart + 1]);
        }
      } else {
        bflush = t.tallyLit(this.window[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (bflush) {
        this.flushBlockOnly(strm, false);
        if (strm.availOut === 0) return BlockState.NeedMore;
      }
    }
    this.insert = this.strstart < MIN_MATCH - 1 ? this.strstart : MIN_MATCH - 1;
    return this.finishBlocks(strm, flush);
  }

  /** Levels 4-9: a match is kept only if the next position has none longer.  zlib: deflate_slow */
  private deflateSlow(strm: ZStream, flush: number): BlockState {
    const t = this.trees;
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow(strm);
        if (this.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return BlockState.NeedMore;
        if (this.lookahead === 0) break;
      }
      let hashHead = NIL;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      this.prevLength = this.matchLength;
      this.prevMatch = this.matchStart;
      this.matchLength = MIN_MATCH - 1;
      if (hashHead !== NIL && this.prevLength < this.maxLazyMatch && this.strstart - hashHead <= this.wSize - MIN_LOOKAHEAD) {
        this.matchLength = this.longestMatch(hashHead);
        // A 3-byte match far back costs more than three literals.
        if (this.matchLength <= 5 && (this.strategy === Z_FILTERED || (this.matchLength === MIN_MATCH && this.strstart - this.matchStart > TOO_FAR))) {
          this.matchLength = MIN_MATCH - 1;
        }
      }
      if (this.prevLength >= MIN_MATCH && this.matchLength <= this.prevLength) {
        const maxInsert = this.strstart + this.lookahead - MIN_MATCH;
        const bflush = t.tallyDist(this.strstart - 1 - this.prevMatch, this.prevLength - MIN_MATCH);
        // Insert the strings of the match (the first two are in already).
        this.lookahead -= this.prevLength - 1;
        this.prevLength -= 2;
        do {
          if (++this.strstart <= maxInsert) this.insertString(this.strstart);
        } while (--this.prevLength !== 0);
        this.matchAvailable = false;
        this.matchLength = MIN_MATCH - 1;
        this.strstart++;
        if (bflush) {
          this.flushBlockOnly(strm, false);
          if (strm.availOut === 0) return BlockState.NeedMore;
        }
      } else if (this.matchAvailable) {
        // No better match: emit the previous byte as a literal.
        const bflush = t.tallyLit(this.window[this.strstart - 1]);
        if (bflush) this.flushBlockOnly(strm, false);
        this.strstart++;
        this.lookahead--;
        if (strm.availOut === 0) return BlockState.NeedMore;
      } else {
        this.matchAvailable = true;
        this.strstart++;
        this.lookahead--;
      }
    }
    if (this.matchAvailable) {
      t.tallyLit(this.window[this.strstart - 1]);
      this.matchAvailable = false;
    }
    this.insert = this.strstart < MIN_MATCH - 1 ? this.strstart : MIN_MATCH - 1;
    return this.finishBlocks(strm, flush);
  }

  /** Z_RLE: matches at distance one only.  zlib: deflate_rle */
  private deflateRle(strm: ZStream, flush: number): BlockState {
    const t = this.trees;
    const win = this.window;
    for (;;) {
      if (this.lookahead <= MAX_MATCH) {
        this.fillWindow(strm);
        if (this.lookahead <= MAX_MATCH && flush === Z_NO_FLUSH) return BlockState.NeedMore;
        if (this.lookahead === 0) break;
      }
      this.matchLength = 0;
      if (this.lookahead >= MIN_MATCH && this.strstart > 0) {
        const prev = win[this.strstart - 1];
        let scan = this.strstart;
        if (prev === win[scan] && prev === win[scan + 1] && prev === win[scan + 2]) {
          const strend = this.strstart + MAX_MATCH;
          scan += 2;
          while (++scan < strend && win[scan] === prev);
          this.matchLength = scan - this.strstart;
          if (this.matchLength > this.lookahead) this.matchLength = this.lookahead;
        }
      }
      let bflush: boolean;
      if (this.matchLength >= MIN_MATCH) {
        bflush = t.tallyDist(1, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        this.strstart += this.matchLength;
        this.matchLength = 0;
      } else {
        bflush = t.tallyLit(win[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (bflush) {
        this.flushBlockOnly(strm, false);
        if (strm.availOut === 0) return BlockState.NeedMore;
      }
    }
    this.insert = 0;
    return this.finishBlocks(strm, flush);
  }

  /** Z_HUFFMAN_ONLY: literals only.  zlib: deflate_huff */
  private deflateHuff(strm: ZStream, flush: number): BlockState {
    const t = this.trees;
    for (;;) {
      if (this.lookahead === 0) {
        this.fillWindow(strm);
        if (this.lookahead === 0) {
          if (flush === Z_NO_FLUSH) return BlockState.NeedMore;
          break;
        }
      }
      this.matchLength = 0;
      const bflush = t.tallyLit(this.window[this.strstart]);
      this.lookahead--;
      this.strstart++;
      if (bflush) {
        this.flushBlockOnly(strm, false);
        if (strm.availOut === 0) return BlockState.NeedMore;
      }
    }
    this.insert = 0;
    return this.finishBlocks(strm, flush);
  }

  /** Primes the window with a dictionary.  zlib: deflateSetDictionary */
  setDictionary(strm: ZStream, dictionary: Uint8Array): number {
    const wrap = this.wrap;
    if (wrap === 2 || (wrap === 1 && this.status !== INIT_STATE) || this.lookahead) return Z_STREAM_ERROR;
    if (wrap === 1) strm.adler = adler32(strm.adler, dictionary);
    this.wrap = 0; // no check value over the dictionary
    let dict = dictionary;
    if (dict.length >= this.wSize) {
      if (wrap === 0) {
        this.clearHash();
        this.strstart = 0;
        this.blockStart = 0;
        this.insert = 0;
      }
      dict = dict.subarray(dict.length - this.wSize);
    }
    const input = strm.input;
    const nextIn = strm.nextIn;
    const availIn = strm.availIn;
    strm.setInput(dict);
    this.fillWindow(strm);
    while (this.lookahead >= MIN_MATCH) {
      let str = this.strstart;
      let n = this.lookahead - (MIN_MATCH - 1);
      do {
        this.insH = this.updateHash(this.insH, this.window[str + MIN_MATCH - 1]);
        this.prev[str & this.wMask] = this.head[this.insH];
        this.head[this.insH] = str;
        str++;
      } while (--n);
      this.strstart = str;
      this.lookahead = MIN_MATCH - 1;
      this.fillWindow(strm);
    }
    this.strstart += this.lookahead;
    this.blockStart = this.strstart;
    this.insert = this.lookahead;
    this.lookahead = 0;
    this.matchLength = this.prevLength = MIN_MATCH - 1;
    this.matchAvailable = false;
    strm.input = input;
    strm.nextIn = nextIn;
    strm.availIn = availIn;
    this.wrap = wrap;
    return Z_OK;
  }

  /** Compresses as much as input and output allow.  zlib: deflate */
  deflate(strm: ZStream, flush: number): number {
    if (flush > Z_BLOCK || flush < 0) return Z_STREAM_ERROR;
    if (this.status === FINISH_STATE && flush !== Z_FINISH) return this.errReturn(strm, Z_STREAM_ERROR);
    if (strm.availOut === 0) return this.errReturn(strm, Z_BUF_ERROR);
    const t = this.trees;
    const oldFlush = this.lastFlush;
    this.lastFlush = flush;

    if (t.pending !== 0) {
      t.flushPending(strm);
      if (strm.availOut === 0) {
        // Called again with more room, this must not look like a repeated flush.
        this.lastFlush = -1;
        return Z_OK;
      }
    } else if (strm.availIn === 0 && rank(flush) <= rank(oldFlush) && flush !== Z_FINISH) {
      return this.errReturn(strm, Z_BUF_ERROR);
    }
    if (this.status === FINISH_STATE && strm.availIn !== 0) return this.errReturn(strm, Z_BUF_ERROR);

    if (this.status === INIT_STATE && this.wrap === 0) this.status = BUSY_STATE;
    if (this.status === INIT_STATE && this.wrap === 2) this.status = GZIP_STATE;
    if (this.status === INIT_STATE) {
      let header = (8 + ((this.wBits - 8) << 4)) << 8;
      let levelFlags: number;
      if (this.strategy >= Z_HUFFMAN_ONLY || this.level < 2) levelFlags = 0;
      else if (this.level < 6) levelFlags = 1;
      else if (this.level === 6) levelFlags = 2;
      else levelFlags = 3;
      header |= levelFlags << 6;
      if (this.strstart !== 0) header |= PRESET_DICT;
      header += 31 - (header % 31);
      t.putShortMSB(header);
      if (this.strstart !== 0) {
        t.putShortMSB(strm.adler >>> 16);
        t.putShortMSB(strm.adler & 0xffff);
      }
      strm.adler = 1;
      this.status = BUSY_STATE;
      t.flushPending(strm);
      if (t.pending !== 0) {
        this.lastFlush = -1;
        return Z_OK;
      }
    }
    if (this.status === GZIP_STATE) {
      strm.adler = 0;
      t.putByte(31);
      t.putByte(139);
      t.putByte(8);
      for (let i = 0; i < 5; i++) t.putByte(0); // flags, modification time
      t.putByte(this.level === 9 ? 2 : this.strategy >= Z_HUFFMAN_ONLY || this.level < 2 ? 4 : 0);
      t.putByte(OS_CODE);
      this.status = BUSY_STATE;
      t.flushPending(strm);
      if (t.pending !== 0) {
        this.lastFlush = -1;
        return Z_OK;
      }
    }

    if (strm.availIn !== 0 || this.lookahead !== 0 || (flush !== Z_NO_FLUSH && this.status !== FINISH_STATE)) {
      let bstate: BlockState;
      if (this.level === 0) bstate = this.deflateStored(strm, flush);
      else if (this.strategy === Z_HUFFMAN_ONLY) bstate = this.deflateHuff(strm, flush);
      else if (this.strategy === Z_RLE) bstate = this.deflateRle(strm, flush);
      else if (CONFIG[this.level][4] === Func.Fast) bstate = this.deflateFast(strm, flush);
      else bstate = this.deflateSlow(strm, flush);
      if (bstate === BlockState.FinishStarted || bstate === BlockState.FinishDone) this.status = FINISH_STATE;
      if (bstate === BlockState.NeedMore || bstate === BlockState.FinishStarted) {
        if (strm.availOut === 0) this.lastFlush = -1;
        return Z_OK;
      }
      if (bstate === BlockState.BlockDone) {
        if (flush === Z_PARTIAL_FLUSH) t.align();
        else if (flush !== Z_BLOCK) {
          t.storedBlock(null, 0, 0, false);
          if (flush === Z_FULL_FLUSH) {
            this.clearHash();
            if (this.lookahead === 0) {
              this.strstart = 0;
              this.blockStart = 0;
              this.insert = 0;
            }
          }
        }
        t.flushPending(strm);
        if (strm.availOut === 0) {
          this.lastFlush = -1;
          return Z_OK;
        }
      }
    }
    if (flush !== Z_FINISH) return Z_OK;
    if (this.wrap <= 0) return Z_STREAM_END;
    if (this.wrap === 2) {
      const crc = strm.adler;
      const total = strm.totalIn;
      t.putByte(crc & 0xff);
      t.putByte((crc >>> 8) & 0xff);
      t.putByte((crc >>> 16) & 0xff);
      t.putByte((crc >>> 24) & 0xff);
      t.putByte(total & 0xff);
      t.putByte((total >>> 8) & 0xff);
      t.putByte((total >>> 16) & 0xff);
      t.putByte((total >>> 24) & 0xff);
    } else {
      t.putShortMSB(strm.adler >>> 16);
      t.putShortMSB(strm.adler & 0xffff);
    }
    t.flushPending(strm);
    // The trailer is written once.
    if (this.wrap > 0) this.wrap = -this.wrap;
    return t.pending !== 0 ? Z_OK : Z_STREAM_END;
  }

  private errReturn(strm: ZStream, code: number): number {
    strm.msg = errMsg(code);
    return code;
  }
}
