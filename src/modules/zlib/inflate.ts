// The inflate decompressor (RFC 1951) with zlib and gzip headers and trailers (RFC 1950, RFC 1952):
// a state machine that stops wherever input or output runs out and resumes there, with zlib's
// checks and error messages, and its sliding window (what a distance may reach back to depends on
// what was output in this call and what the window kept from earlier ones, as in zlib).
// zlib: inflate.c, inftrees.c
import { crc32Update } from '../binascii.ts';
import { ZStream, adler32, Z_FINISH, Z_OK, Z_STREAM_END, Z_NEED_DICT, Z_STREAM_ERROR, Z_DATA_ERROR, Z_BUF_ERROR } from './stream.ts';

const enum Mode {
  HEAD,
  FLAGS,
  TIME,
  OS,
  EXLEN,
  EXTRA,
  NAME,
  COMMENT,
  HCRC,
  DICTID,
  DICT,
  TYPE,
  TYPEDO,
  STORED,
  COPY_,
  COPY,
  TABLE,
  LENLENS,
  CODELENS,
  LEN_,
  LEN,
  LENEXT,
  DIST,
  DISTEXT,
  MATCH,
  LIT,
  CHECK,
  LENGTH,
  DONE,
  BAD,
}

const enum CodeType {
  CODES,
  LENS,
  DISTS,
}

const ORDER = Int32Array.from([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
const LBASE = Int32Array.from([3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]);
const LEXT = Int32Array.from([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]);
const DBASE = Int32Array.from([
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
]);
const DEXT = Int32Array.from([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]);

/** A table entry: symbol << 5 | INVALID | code length. */
const INVALID = 16;

/**
 * A decoding table indexed by the next `bits` input bits (least significant first); each code of
 * length len fills every entry whose low len bits are its bit-reversed code.
 */
class Table {
  constructor(
    readonly entries: Int32Array,
    readonly bits: number,
  ) {}
}

/**
 * The table for code lengths lens[0..n), or null for an over-subscribed or (except for a lone
 * one-bit code) incomplete set.  zlib: inflate_table
 */
function buildTable(type: CodeType, lens: Uint16Array, start: number, n: number): Table | null {
  const count = new Uint16Array(16);
  for (let s = 0; s < n; s++) count[lens[start + s]]++;
  let max = 15;
  while (max >= 1 && count[max] === 0) max--;
  if (max === 0) {
    // No codes at all: every lookup fails (a code-length table reads zeros, one bit each).
    const e = type === CodeType.CODES ? 1 : INVALID | 1;
    return new Table(Int32Array.of(e, e), 1);
  }
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left <<= 1;
    left -= count[len];
    if (left < 0) return null;
  }
  if (left > 0 && (type === CodeType.CODES || max !== 1)) return null;
  const size = 1 << max;
  const entries = new Int32Array(size).fill(INVALID | 1);
  // Canonical codes: shorter codes first, then by symbol.
  const next = new Int32Array(16);
  let code = 0;
  for (let len = 1; len <= 15; len++) {
    code = (code + count[len - 1]) << 1;
    next[len] = code;
  }
  next[0] = 0;
  for (let s = 0; s < n; s++) {
    const len = lens[start + s];
    if (len === 0) continue;
    let c = next[len]++;
    let rev = 0;
    for (let k = 0; k < len; k++) {
      rev = (rev << 1) | (c & 1);
      c >>= 1;
    }
    const e = (s << 5) | len;
    for (let i = rev; i < size; i += 1 << len) entries[i] = e;
  }
  return new Table(entries, max);
}

let fixedLen: Table | null = null;
let fixedDist: Table | null = null;

/** The fixed codes; their unused symbols (286, 287; distances 30, 31) are invalid.  zlib: fixedtables */
function fixedTables(): [Table, Table] {
  if (fixedLen === null) {
    const lens = new Uint16Array(320);
    for (let s = 0; s < 288; s++) lens[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
    const t = buildTable(CodeType.LENS, lens, 0, 288)!;
    for (let i = 0; i < t.entries.length; i++) if (t.entries[i] >> 5 >= 286) t.entries[i] |= INVALID;
    fixedLen = t;
    lens.fill(5, 0, 32);
    const d = buildTable(CodeType.DISTS, lens, 0, 32)!;
    for (let i = 0; i < d.entries.length; i++) if (d.entries[i] >> 5 >= 30) d.entries[i] |= INVALID;
    fixedDist = d;
  }
  return [fixedLen, fixedDist!];
}

/** The decompressor's state.  zlib: inflate_state */
export class Inflater {
  mode = Mode.HEAD;
  last = false;
  /** Bit 0: zlib header allowed, bit 1: gzip header allowed, bit 2: check the check values. */
  wrap: number;
  havedict = false;
  /** -1 raw or zlib before its header, 0 zlib, else the gzip header flags. */
  flags = -1;
  check = 0;
  total = 0;
  wbits: number;
  wsize = 0;
  whave = 0;
  wnext = 0;
  window: Uint8Array | null = null;
  hold = 0;
  bits = 0;
  length = 0;
  offset = 0;
  extra = 0;
  lencode: Table | null = null;
  distcode: Table | null = null;
  ncode = 0;
  nlen = 0;
  ndist = 0;
  have = 0;
  readonly lens = new Uint16Array(320);
  back = 0;

  private constructor(wrap: number, wbits: number) {
    this.wrap = wrap;
    this.wbits = wbits;
  }

  /** A new decompressor for windowBits, or Z_STREAM_ERROR.  zlib: inflateInit2_, inflateReset2 */
  static create(windowBits: number): Inflater | number {
    let wrap: number;
    if (windowBits < 0) {
      if (windowBits < -15) return Z_STREAM_ERROR;
      wrap = 0;
      windowBits = -windowBits;
    } else {
      wrap = (windowBits >> 4) + 5;
      if (windowBits < 48) windowBits &= 15;
    }
    if (windowBits && (windowBits < 8 || windowBits > 15)) return Z_STREAM_ERROR;
    return new Inflater(wrap, windowBits);
  }

  initStream(strm: ZStream): void {
    strm.totalIn = strm.totalOut = 0;
    strm.msg = null;
    if (this.wrap) strm.adler = this.wrap & 1;
  }

  copy(): Inflater {
    const c = new Inflater(this.wrap, this.wbits);
    Object.assign(c, this);
    (c as { lens: Uint16Array }).lens = this.lens.slice();
    if (this.window !== null) c.window = this.window.slice();
    return c;
  }

  /** Keeps the last wsize bytes of output (the `copy` bytes ending at `end`) as history.  zlib: updatewindow */
  private updateWindow(src: Uint8Array, end: number, copy: number): void {
    if (this.window === null) {
      this.wsize = 1 << this.wbits;
      this.window = new Uint8Array(this.wsize);
      this.wnext = 0;
      this.whave = 0;
    }
    const w = this.window;
    if (copy >= this.wsize) {
      w.set(src.subarray(end - this.wsize, end), 0);
      this.wnext = 0;
      this.whave = this.wsize;
    } else {
      let dist = this.wsize - this.wnext;
      if (dist > copy) dist = copy;
      w.set(src.subarray(end - copy, end - copy + dist), this.wnext);
      copy -= dist;
      if (copy) {
        w.set(src.subarray(end - copy, end), 0);
        this.wnext = copy;
        this.whave = this.wsize;
      } else {
        this.wnext += dist;
        if (this.wnext === this.wsize) this.wnext = 0;
        if (this.whave < this.wsize) this.whave += dist;
      }
    }
  }

  /** zlib: inflateSetDictionary */
  setDictionary(strm: ZStream, dict: Uint8Array): number {
    if (this.wrap !== 0 && this.mode !== Mode.DICT) return Z_STREAM_ERROR;
    if (this.mode === Mode.DICT && adler32(1, dict) !== this.check) return Z_DATA_ERROR;
    this.updateWindow(dict, dict.length, dict.length);
    this.havedict = true;
    void strm;
    return Z_OK;
  }

  private updateCheck(buf: Uint8Array, start: number, end: number): void {
    this.check = this.flags ? crc32Update(this.check, buf.subarray(start, end)) : adler32(this.check, buf, start, end);
  }

  /**
   * Decodes literals and matches while at least 6 input bytes and 258 output bytes remain; leaves
   * the mode at LEN, TYPE (end of block) or BAD. `written` is the output of this call so far.
   */
  private fast(
    input: Uint8Array,
    output: Uint8Array,
    next: number,
    have: number,
    put: number,
    left: number,
    hold: number,
    bits: number,
    written: number,
  ): { next: number; have: number; put: number; left: number; hold: number; bits: number; msg: string | null } {
    const lcode = this.lencode!.entries;
    const lmask = (1 << this.lencode!.bits) - 1;
    const dcode = this.distcode!.entries;
    const dmask = (1 << this.distcode!.bits) - 1;
    const inLast = next + have - 8;
    const startPut = put - written;
    const outLast = put + left - 258;
    let msg: string | null = null;
    do {
      if (bits < 15) {
        hold |= input[next++] << bits;
        bits += 8;
        hold |= input[next++] << bits;
        bits += 8;
      }
      let e = lcode[hold & lmask];
      if (e & INVALID) {
        msg = 'invalid literal/length code';
        break;
      }
      let n = e & 15;
      hold >>>= n;
      bits -= n;
      const sym = e >> 5;
      if (sym < 256) {
        output[put++] = sym;
        continue;
      }
      if (sym === 256) {
        this.mode = Mode.TYPE;
        break;
      }
      let length = LBASE[sym - 257];
      n = LEXT[sym - 257];
      if (n) {
        if (bits < n) {
          hold |= input[next++] << bits;
          bits += 8;
        }
        length += hold & ((1 << n) - 1);
        hold >>>= n;
        bits -= n;
      }
      if (bits < 15) {
        hold |= input[next++] << bits;
        bits += 8;
        hold |= input[next++] << bits;
        bits += 8;
      }
      e = dcode[hold & dmask];
      if (e & INVALID) {
        msg = 'invalid distance code';
        break;
      }
      n = e & 15;
      hold >>>= n;
      bits -= n;
      const dsym = e >> 5;
      let dist = DBASE[dsym];
      n = DEXT[dsym];
      if (n) {
        if (bits < n) {
          hold |= input[next++] << bits;
          bits += 8;
          if (bits < n) {
            hold |= input[next++] << bits;
            bits += 8;
          }
        }
        dist += hold & ((1 << n) - 1);
        hold >>>= n;
        bits -= n;
      }
      const done = put - startPut;
      if (dist > done) {
        // The first bytes of the match come from the window.
        let back = dist - done;
        if (back > this.whave) {
          msg = 'invalid distance too far back';
          break;
        }
        const w = this.window!;
        let src = this.wnext - back;
        if (src < 0) src += this.wsize;
        while (back > 0 && length > 0) {
          output[put++] = w[src++];
          if (src === this.wsize) src = 0;
          back--;
          length--;
        }
      }
      let from = put - dist;
      while (length-- > 0) output[put++] = output[from++];
    } while (next <= inLast && put <= outLast);
    // Return whole unused bytes of the bit buffer to the input.
    const unused = bits >> 3;
    next -= unused;
    bits -= unused << 3;
    hold &= bits === 0 ? 0 : (1 << bits) - 1;
    hold >>>= 0;
    return { next, have: inLast + 8 - next, put, left: outLast + 258 - put, hold, bits, msg };
  }

  /** Decompresses as much as input and output allow.  zlib: inflate */
  inflate(strm: ZStream, flush: number): number {
    const input = strm.input;
    let next = strm.nextIn;
    let have = strm.availIn;
    const output = strm.output;
    let put = strm.nextOut;
    let left = strm.availOut;
    let hold = this.hold;
    let bits = this.bits;
    const inStart = have;
    let out = left;
    let ret = Z_OK;

    // Bit helpers over the local hold/bits; false when input ran out.
    const needBits = (n: number): boolean => {
      while (bits < n) {
        if (have === 0) return false;
        have--;
        hold = (hold + input[next++] * 2 ** bits) >>> 0;
        bits += 8;
      }
      return true;
    };
    const bitsOf = (n: number): number => (n === 32 ? hold : hold & ((1 << n) - 1));
    const dropBits = (n: number): void => {
      hold = n === 32 ? 0 : hold >>> n;
      bits -= n;
    };
    const initBits = (): void => {
      hold = 0;
      bits = 0;
    };
    const crcBytes = (value: number, n: number): void => {
      const b = new Uint8Array(n);
      for (let i = 0; i < n; i++) b[i] = (value >>> (8 * i)) & 0xff;
      this.check = crc32Update(this.check, b);
    };
    const bad = (msg: string): void => {
      strm.msg = msg;
      this.mode = Mode.BAD;
    };
    /** Decodes one symbol with table t: the entry, or -1 when input ran out. */
    const decode = (t: Table): number => {
      for (;;) {
        const e = t.entries[hold & ((1 << t.bits) - 1)];
        if ((e & 15) <= bits) return e;
        if (have === 0) return -1;
        have--;
        hold = (hold + input[next++] * 2 ** bits) >>> 0;
        bits += 8;
      }
    };

    leave: for (;;) {
      switch (this.mode) {
        case Mode.HEAD: {
          if (this.wrap === 0) {
            this.mode = Mode.TYPEDO;
            break;
          }
          if (!needBits(16)) break leave;
          if (this.wrap & 2 && hold === 0x8b1f) {
            if (this.wbits === 0) this.wbits = 15;
            this.check = 0;
            crcBytes(hold, 2);
            initBits();
            this.mode = Mode.FLAGS;
            break;
          }
          if (!(this.wrap & 1) || ((bitsOf(8) << 8) + (hold >>> 8)) % 31) {
            bad('incorrect header check');
            break;
          }
          if (bitsOf(4) !== 8) {
            bad('unknown compression method');
            break;
          }
          dropBits(4);
          const len = bitsOf(4) + 8;
          if (this.wbits === 0) this.wbits = len;
          if (len > 15 || len > this.wbits) {
            bad('invalid window size');
            break;
          }
          this.flags = 0;
          strm.adler = this.check = 1;
          this.mode = hold & 0x200 ? Mode.DICTID : Mode.TYPE;
          initBits();
          break;
        }
        case Mode.FLAGS:
          if (!needBits(16)) break leave;
          this.flags = hold;
          if ((this.flags & 0xff) !== 8) {
            bad('unknown compression method');
            break;
          }
          if (this.flags & 0xe000) {
            bad('unknown header flags set');
            break;
          }
          if (this.flags & 0x0200 && this.wrap & 4) crcBytes(hold, 2);
          initBits();
          this.mode = Mode.TIME;
          break;
        case Mode.TIME:
          if (!needBits(32)) break leave;
          if (this.flags & 0x0200 && this.wrap & 4) crcBytes(hold, 4);
          initBits();
          this.mode = Mode.OS;
          break;
        case Mode.OS:
          if (!needBits(16)) break leave;
          if (this.flags & 0x0200 && this.wrap & 4) crcBytes(hold, 2);
          initBits();
          this.mode = Mode.EXLEN;
          break;
        case Mode.EXLEN:
          if (this.flags & 0x0400) {
            if (!needBits(16)) break leave;
            this.length = hold;
            if (this.flags & 0x0200 && this.wrap & 4) crcBytes(hold, 2);
            initBits();
          }
          this.mode = Mode.EXTRA;
          break;
        case Mode.EXTRA:
          if (this.flags & 0x0400) {
            let copy = this.length;
            if (copy > have) copy = have;
            if (copy) {
              if (this.flags & 0x0200 && this.wrap & 4) this.check = crc32Update(this.check, input.subarray(next, next + copy));
              have -= copy;
              next += copy;
              this.length -= copy;
            }
            if (this.length) break leave;
          }
          this.length = 0;
          this.mode = Mode.NAME;
          break;
        case Mode.NAME:
        case Mode.COMMENT: {
          const flag = this.mode === Mode.NAME ? 0x0800 : 0x1000;
          if (this.flags & flag) {
            if (have === 0) break leave;
            let copy = 0;
            let c: number;
            do c = input[next + copy++];
            while (c && copy < have);
            if (this.flags & 0x0200 && this.wrap & 4) this.check = crc32Update(this.check, input.subarray(next, next + copy));
            have -= copy;
            next += copy;
            if (c) break leave;
          }
          this.mode = this.mode === Mode.NAME ? Mode.COMMENT : Mode.HCRC;
          break;
        }
        case Mode.HCRC:
          if (this.flags & 0x0200) {
            if (!needBits(16)) break leave;
            if (this.wrap & 4 && hold !== (this.check & 0xffff)) {
              bad('header crc mismatch');
              break;
            }
            initBits();
          }
          strm.adler = this.check = 0;
          this.mode = Mode.TYPE;
          break;
        case Mode.DICTID:
          if (!needBits(32)) break leave;
          // Stored big-endian.
          strm.adler = this.check = (((hold & 0xff) << 24) | ((hold & 0xff00) << 8) | ((hold >>> 8) & 0xff00) | (hold >>> 24)) >>> 0;
          initBits();
          this.mode = Mode.DICT;
          break;
        case Mode.DICT:
          if (!this.havedict) {
            strm.nextIn = next;
            strm.availIn = have;
            strm.nextOut = put;
            strm.availOut = left;
            this.hold = hold;
            this.bits = bits;
            return Z_NEED_DICT;
          }
          strm.adler = this.check = 1;
          this.mode = Mode.TYPE;
          break;
        case Mode.TYPE:
        case Mode.TYPEDO: {
          if (this.last) {
            // To the byte boundary, then the trailer.
            dropBits(bits & 7);
            this.mode = Mode.CHECK;
            break;
          }
          if (!needBits(3)) break leave;
          this.last = bitsOf(1) === 1;
          dropBits(1);
          const type = bitsOf(2);
          dropBits(2);
          if (type === 0) this.mode = Mode.STORED;
          else if (type === 1) {
            [this.lencode, this.distcode] = fixedTables();
            this.mode = Mode.LEN_;
          } else if (type === 2) this.mode = Mode.TABLE;
          else bad('invalid block type');
          break;
        }
        case Mode.STORED:
          dropBits(bits & 7);
          if (!needBits(32)) break leave;
          if ((hold & 0xffff) !== ((hold >>> 16) ^ 0xffff)) {
            bad('invalid stored block lengths');
            break;
          }
          this.length = hold & 0xffff;
          initBits();
          this.mode = Mode.COPY_;
          break;
        case Mode.COPY_:
          this.mode = Mode.COPY;
          break;
        case Mode.COPY: {
          let copy = this.length;
          if (copy) {
            if (copy > have) copy = have;
            if (copy > left) copy = left;
            if (copy === 0) break leave;
            output.set(input.subarray(next, next + copy), put);
            have -= copy;
            next += copy;
            left -= copy;
            put += copy;
            this.length -= copy;
            break;
          }
          this.mode = Mode.TYPE;
          break;
        }
        case Mode.TABLE:
          if (!needBits(14)) break leave;
          this.nlen = bitsOf(5) + 257;
          dropBits(5);
          this.ndist = bitsOf(5) + 1;
          dropBits(5);
          this.ncode = bitsOf(4) + 4;
          dropBits(4);
          if (this.nlen > 286 || this.ndist > 30) {
            bad('too many length or distance symbols');
            break;
          }
          this.have = 0;
          this.mode = Mode.LENLENS;
          break;
        case Mode.LENLENS: {
          while (this.have < this.ncode) {
            if (!needBits(3)) break leave;
            this.lens[ORDER[this.have++]] = bitsOf(3);
            dropBits(3);
          }
          while (this.have < 19) this.lens[ORDER[this.have++]] = 0;
          const t = buildTable(CodeType.CODES, this.lens, 0, 19);
          if (t === null) {
            bad('invalid code lengths set');
            break;
          }
          this.lencode = t;
          this.have = 0;
          this.mode = Mode.CODELENS;
        }
          break;
        case Mode.CODELENS: {
          const total = this.nlen + this.ndist;
          while (this.have < total) {
            const e = decode(this.lencode!);
            if (e < 0) break leave;
            const val = e >> 5;
            const len = e & 15;
            if (val < 16) {
              dropBits(len);
              this.lens[this.have++] = val;
              continue;
            }
            let rep: number;
            let copy: number;
            if (val === 16) {
              if (!needBits(len + 2)) break leave;
              dropBits(len);
              if (this.have === 0) {
                bad('invalid bit length repeat');
                break;
              }
              rep = this.lens[this.have - 1];
              copy = 3 + bitsOf(2);
              dropBits(2);
            } else if (val === 17) {
              if (!needBits(len + 3)) break leave;
              dropBits(len);
              rep = 0;
              copy = 3 + bitsOf(3);
              dropBits(3);
            } else {
              if (!needBits(len + 7)) break leave;
              dropBits(len);
              rep = 0;
              copy = 11 + bitsOf(7);
              dropBits(7);
            }
            if (this.have + copy > total) {
              bad('invalid bit length repeat');
              break;
            }
            while (copy--) this.lens[this.have++] = rep;
          }
          if ((this.mode as Mode) === Mode.BAD) break;
          if (this.lens[256] === 0) {
            bad('invalid code -- missing end-of-block');
            break;
          }
          const lt = buildTable(CodeType.LENS, this.lens, 0, this.nlen);
          if (lt === null) {
            bad('invalid literal/lengths set');
            break;
          }
          const dt = buildTable(CodeType.DISTS, this.lens, this.nlen, this.ndist);
          if (dt === null) {
            bad('invalid distances set');
            break;
          }
          this.lencode = lt;
          this.distcode = dt;
          this.mode = Mode.LEN_;
        }
          break;
        case Mode.LEN_:
          this.mode = Mode.LEN;
          break;
        case Mode.LEN: {
          if (have >= 8 && left >= 258) {
            // With room for a whole symbol pair of input and a longest match of output, decode
            // without the per-step checks.  zlib: inflate_fast
            const r = this.fast(input, output, next, have, put, left, hold, bits, out - left);
            next = r.next;
            have = r.have;
            put = r.put;
            left = r.left;
            hold = r.hold;
            bits = r.bits;
            if (r.msg !== null) bad(r.msg);
            break;
          }
          const e = decode(this.lencode!);
          if (e < 0) break leave;
          if (e & INVALID) {
            bad('invalid literal/length code');
            break;
          }
          dropBits(e & 15);
          const sym = e >> 5;
          if (sym < 256) {
            this.length = sym;
            this.mode = Mode.LIT;
            break;
          }
          if (sym === 256) {
            this.mode = Mode.TYPE;
            break;
          }
          this.length = LBASE[sym - 257];
          this.extra = LEXT[sym - 257];
          this.mode = Mode.LENEXT;
        }
          break;
        case Mode.LENEXT:
          if (this.extra) {
            if (!needBits(this.extra)) break leave;
            this.length += bitsOf(this.extra);
            dropBits(this.extra);
          }
          this.mode = Mode.DIST;
          break;
        case Mode.DIST: {
          const e = decode(this.distcode!);
          if (e < 0) break leave;
          if (e & INVALID) {
            bad('invalid distance code');
            break;
          }
          dropBits(e & 15);
          const sym = e >> 5;
          this.offset = DBASE[sym];
          this.extra = DEXT[sym];
          this.mode = Mode.DISTEXT;
        }
          break;
        case Mode.DISTEXT:
          if (this.extra) {
            if (!needBits(this.extra)) break leave;
            this.offset += bitsOf(this.extra);
            dropBits(this.extra);
          }
          this.mode = Mode.MATCH;
          break;
        case Mode.MATCH: {
          if (left === 0) break leave;
          let copy = out - left; // bytes written in this call
          if (this.offset > copy) {
            // Part of the match is in the window.
            copy = this.offset - copy;
            if (copy > this.whave) {
              bad('invalid distance too far back');
              break;
            }
            let from: number;
            if (copy > this.wnext) {
              copy -= this.wnext;
              from = this.wsize - copy;
            } else {
              from = this.wnext - copy;
            }
            if (copy > this.length) copy = this.length;
            if (copy > left) copy = left;
            left -= copy;
            this.length -= copy;
            const w = this.window!;
            for (let i = 0; i < copy; i++) output[put++] = w[from + i];
          } else {
            let from = put - this.offset;
            copy = this.length;
            if (copy > left) copy = left;
            left -= copy;
            this.length -= copy;
            for (let i = 0; i < copy; i++) output[put++] = output[from++];
          }
          if (this.length === 0) this.mode = Mode.LEN;
          break;
        }
        case Mode.LIT:
          if (left === 0) break leave;
          output[put++] = this.length;
          left--;
          this.mode = Mode.LEN;
          break;
        case Mode.CHECK:
          if (this.wrap) {
            if (!needBits(32)) break leave;
            out -= left;
            strm.totalOut += out;
            this.total += out;
            if (this.wrap & 4 && out) {
              this.updateCheck(output, put - out, put);
              strm.adler = this.check;
            }
            out = left;
            const want = this.flags ? hold : (((hold & 0xff) << 24) | ((hold & 0xff00) << 8) | ((hold >>> 8) & 0xff00) | (hold >>> 24)) >>> 0;
            if (this.wrap & 4 && want !== this.check) {
              bad('incorrect data check');
              break;
            }
            initBits();
          }
          this.mode = Mode.LENGTH;
          break;
        case Mode.LENGTH:
          if (this.wrap && this.flags) {
            if (!needBits(32)) break leave;
            if (this.wrap & 4 && hold !== this.total % 4294967296) {
              bad('incorrect length check');
              break;
            }
            initBits();
          }
          this.mode = Mode.DONE;
          break;
        case Mode.DONE:
          ret = Z_STREAM_END;
          break leave;
        case Mode.BAD:
          ret = Z_DATA_ERROR;
          break leave;
      }
    }

    // Save the state; keep the output in the window (unless it ended with the stream).
    strm.nextIn = next;
    strm.availIn = have;
    strm.nextOut = put;
    strm.availOut = left;
    this.hold = hold;
    this.bits = bits;
    if (this.window !== null || (out !== left && this.mode < Mode.BAD && (this.mode < Mode.CHECK || flush !== Z_FINISH))) {
      this.updateWindow(output, put, out - left);
    }
    const consumed = inStart - have;
    const produced = out - left;
    strm.totalIn += consumed;
    strm.totalOut += produced;
    this.total += produced;
    if (this.wrap & 4 && produced) {
      this.updateCheck(output, put - produced, put);
      strm.adler = this.check;
    }
    if (((consumed === 0 && produced === 0) || flush === Z_FINISH) && ret === Z_OK) ret = Z_BUF_ERROR;
    return ret;
  }
}
