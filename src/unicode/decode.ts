// Decoders for the generated Unicode tables: varints in text, base64 text to bytes, and raw DEFLATE
// (RFC 1951).
// No CPython counterpart (CPython compiles its tables into C arrays); written so that the tables
// load the same way in Node and in browsers, without node:zlib or DecompressionStream.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes unpadded base64 (the generators never pad). */
export function decodeBase64(text: string): Uint8Array {
  const value = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) value[B64.charCodeAt(i)] = i;
  const n = text.length;
  const out = new Uint8Array((n * 3) >> 2);
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < n; i++) {
    const v = value[text.charCodeAt(i)];
    if (v < 0) throw new Error('bad base64 in a generated Unicode table');
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

// Lengths 3..258 and distances 1..32768 are a base plus extra bits (RFC 1951, 3.2.5).
const LEN_BASE = new Uint16Array(29);
const LEN_EXTRA = new Uint8Array(29);
const DIST_BASE = new Uint32Array(30);
const DIST_EXTRA = new Uint8Array(30);
{
  let base = 3;
  for (let i = 0; i < 28; i++) {
    LEN_EXTRA[i] = i < 8 ? 0 : (i >> 2) - 1;
    LEN_BASE[i] = base;
    base += 1 << LEN_EXTRA[i];
  }
  LEN_BASE[28] = 258;
  base = 1;
  for (let i = 0; i < 30; i++) {
    DIST_EXTRA[i] = i < 4 ? 0 : (i >> 1) - 1;
    DIST_BASE[i] = base;
    base += 1 << DIST_EXTRA[i];
  }
}
// The order in which code-length code lengths are sent.
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * A canonical Huffman code as a lookup table indexed by the next `bits` input bits (least
 * significant first, as DEFLATE packs them): entry = symbol << 4 | code length.
 */
class Huffman {
  readonly table: Int32Array;
  readonly bits: number;

  constructor(lengths: Uint8Array, count: number) {
    let max = 0;
    for (let i = 0; i < count; i++) if (lengths[i] > max) max = lengths[i];
    this.bits = max;
    this.table = new Int32Array(1 << max).fill(-1);
    const perLength = new Uint16Array(16);
    for (let i = 0; i < count; i++) perLength[lengths[i]]++;
    perLength[0] = 0;
    const next = new Uint16Array(16);
    let code = 0;
    for (let len = 1; len <= 15; len++) {
      code = (code + perLength[len - 1]) << 1;
      next[len] = code;
    }
    for (let sym = 0; sym < count; sym++) {
      const len = lengths[sym];
      if (len === 0) continue;
      // Reverse the code's bits: the table is indexed by bits in arrival order.
      let c = next[len]++;
      let rev = 0;
      for (let i = 0; i < len; i++) {
        rev = (rev << 1) | (c & 1);
        c >>= 1;
      }
      for (let i = rev; i < 1 << max; i += 1 << len) this.table[i] = (sym << 4) | len;
    }
  }
}

let fixedLit: Huffman | null = null;
let fixedDist: Huffman | null = null;

function fixedCodes(): [Huffman, Huffman] {
  if (!fixedLit || !fixedDist) {
    const l = new Uint8Array(288);
    l.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
    fixedLit = new Huffman(l, 288);
    fixedDist = new Huffman(new Uint8Array(30).fill(5), 30);
  }
  return [fixedLit, fixedDist];
}

/** Bit reader and output between blocks; inflateBlock keeps them in locals while it runs. */
class InflateState {
  pos = 0;
  bitBuf = 0;
  bitCount = 0;
  o = 0;
  out: Uint8Array;

  constructor(
    readonly input: Uint8Array,
    sizeHint: number,
  ) {
    this.out = new Uint8Array(Math.max(sizeHint, 1024));
  }

  /** Reads n (<= 16) bits. */
  bits(n: number): number {
    while (this.bitCount < n) {
      if (this.pos >= this.input.length + 4) throw new Error('truncated DEFLATE data');
      this.bitBuf |= (this.pos < this.input.length ? this.input[this.pos] : 0) << this.bitCount;
      this.pos++;
      this.bitCount += 8;
    }
    const v = this.bitBuf & ((1 << n) - 1);
    this.bitBuf >>>= n;
    this.bitCount -= n;
    return v;
  }

  decode(h: Huffman): number {
    while (this.bitCount < h.bits) {
      if (this.pos >= this.input.length + 4) throw new Error('truncated DEFLATE data');
      this.bitBuf |= (this.pos < this.input.length ? this.input[this.pos] : 0) << this.bitCount;
      this.pos++;
      this.bitCount += 8;
    }
    const e = h.table[this.bitBuf & ((1 << h.bits) - 1)];
    if (e < 0) throw new Error('bad Huffman code in DEFLATE data');
    this.bitBuf >>>= e & 15;
    this.bitCount -= e & 15;
    return e >> 4;
  }

  ensure(n: number): void {
    if (this.o + n <= this.out.length) return;
    const bigger = new Uint8Array(Math.max(this.out.length * 2, this.o + n));
    bigger.set(this.out.subarray(0, this.o));
    this.out = bigger;
  }

  stored(): void {
    // Skip to a byte boundary, then give back the whole bytes read ahead.
    this.pos -= this.bitCount >> 3;
    this.bitBuf = 0;
    this.bitCount = 0;
    const len = this.input[this.pos] | (this.input[this.pos + 1] << 8);
    this.pos += 4;
    this.ensure(len);
    this.out.set(this.input.subarray(this.pos, this.pos + len), this.o);
    this.pos += len;
    this.o += len;
  }

  dynamicCodes(): [Huffman, Huffman] {
    const hlit = this.bits(5) + 257;
    const hdist = this.bits(5) + 1;
    const hclen = this.bits(4) + 4;
    const clLengths = new Uint8Array(19);
    for (let i = 0; i < hclen; i++) clLengths[CL_ORDER[i]] = this.bits(3);
    const cl = new Huffman(clLengths, 19);
    const lengths = new Uint8Array(hlit + hdist);
    for (let i = 0; i < hlit + hdist; ) {
      const sym = this.decode(cl);
      if (sym < 16) {
        lengths[i++] = sym;
        continue;
      }
      let repeat: number;
      let value = 0;
      if (sym === 16) {
        if (i === 0) throw new Error('bad code lengths in DEFLATE data');
        value = lengths[i - 1];
        repeat = 3 + this.bits(2);
      } else if (sym === 17) {
        repeat = 3 + this.bits(3);
      } else {
        repeat = 11 + this.bits(7);
      }
      if (i + repeat > hlit + hdist) throw new Error('bad code lengths in DEFLATE data');
      while (repeat-- > 0) lengths[i++] = value;
    }
    return [new Huffman(lengths.subarray(0, hlit), hlit), new Huffman(lengths.subarray(hlit), hdist)];
  }
}

/**
 * The symbols of one Huffman-coded block. The state lives in locals while it runs: this loop
 * mostly runs before V8 has optimized anything, and the interpreter is much quicker with locals.
 */
function inflateBlock(st: InflateState, lit: Huffman, dist: Huffman): void {
  const input = st.input;
  const inLen = input.length;
  const litTable = lit.table;
  const litBits = lit.bits;
  const litMask = (1 << litBits) - 1;
  const distTable = dist.table;
  const distBits = dist.bits;
  const distMask = (1 << distBits) - 1;
  let pos = st.pos;
  let bitBuf = st.bitBuf;
  let bitCount = st.bitCount;
  let out = st.out;
  let o = st.o;
  for (;;) {
    // Enough bits for a length code, its extra bits, a distance code and its extra bits need
    // not be there at once; refill before each part (at most 15 + 5, then 15 + 13 bits).
    while (bitCount < 24) {
      bitBuf |= (pos < inLen ? input[pos] : 0) << bitCount;
      pos++;
      bitCount += 8;
    }
    const e = litTable[bitBuf & litMask];
    if (e < 0 || pos > inLen + 8) throw new Error('bad DEFLATE data');
    const sym = e >> 4;
    bitBuf >>>= e & 15;
    bitCount -= e & 15;
    if (sym < 256) {
      if (o >= out.length) {
        st.o = o;
        st.ensure(1);
        out = st.out;
      }
      out[o++] = sym;
      continue;
    }
    if (sym === 256) break;
    const li = sym - 257;
    let n = LEN_EXTRA[li];
    const length = LEN_BASE[li] + (bitBuf & ((1 << n) - 1));
    bitBuf >>>= n;
    bitCount -= n;
    while (bitCount < 24) {
      bitBuf |= (pos < inLen ? input[pos] : 0) << bitCount;
      pos++;
      bitCount += 8;
    }
    const d = distTable[bitBuf & distMask];
    if (d < 0) throw new Error('bad DEFLATE data');
    bitBuf >>>= d & 15;
    bitCount -= d & 15;
    const di = d >> 4;
    n = DIST_EXTRA[di];
    const distance = DIST_BASE[di] + (bitBuf & ((1 << n) - 1));
    bitBuf >>>= n;
    bitCount -= n;
    if (distance > o) throw new Error('bad distance in DEFLATE data');
    if (o + length > out.length) {
      st.o = o;
      st.ensure(length);
      out = st.out;
    }
    let from = o - distance;
    const stop = o + length;
    while (o < stop) out[o++] = out[from++];
  }
  st.pos = pos;
  st.bitBuf = bitBuf;
  st.bitCount = bitCount;
  st.o = o;
}

/** Decompresses raw DEFLATE data (no zlib or gzip header). */
export function inflateRaw(input: Uint8Array, sizeHint = input.length * 4): Uint8Array {
  const st = new InflateState(input, sizeHint);
  for (;;) {
    const final = st.bits(1);
    const type = st.bits(2);
    if (type === 0) st.stored();
    else if (type === 1) inflateBlock(st, ...fixedCodes());
    else if (type === 2) inflateBlock(st, ...st.dynamicCodes());
    else throw new Error('bad block type in DEFLATE data');
    if (final) break;
  }
  return st.out.subarray(0, st.o);
}

/**
 * Reads what VarintWriter (tools/gen/unicode-encode.ts) wrote: unsigned integers, 5 bits a
 * character from '#' to 'd' (skipping "'" and '\\'), least significant first, the sixth bit
 * saying that more follow.
 */
export class VarintReader {
  private pos = 0;

  constructor(private readonly text: string) {}

  uint(): number {
    const t = this.text;
    let p = this.pos;
    let v = 0;
    let scale = 1;
    for (;;) {
      let d = t.charCodeAt(p++) - 0x23;
      if (d > 4) d--; // "'"
      if (d > 56) d--; // backslash
      if (d < 32) {
        this.pos = p;
        return v + d * scale;
      }
      v += (d - 32) * scale;
      scale *= 32;
    }
  }

  int(): number {
    const u = this.uint();
    return u % 2 === 1 ? -(u + 1) / 2 : u / 2;
  }

  /** Fills `into` with unsigned values (signed, zigzag-coded, when `signed`). */
  uints<T extends Uint8Array | Uint16Array | Int32Array>(into: T, signed = false): T {
    // The loop is written out with locals: it runs once, before V8 has optimized anything.
    const t = this.text;
    let p = this.pos;
    const n = into.length;
    for (let i = 0; i < n; i++) {
      let v = 0;
      let shift = 0;
      for (;;) {
        let d = t.charCodeAt(p++) - 0x23;
        if (d > 4) d--;
        if (d > 56) d--;
        if (d < 32) {
          v |= d << shift;
          break;
        }
        v |= (d - 32) << shift;
        shift += 5;
      }
      into[i] = signed ? (v & 1 ? -((v + 1) >>> 1) : v >>> 1) : v;
    }
    this.pos = p;
    return into;
  }

  ints<T extends Int32Array>(into: T): T {
    return this.uints(into, true);
  }

  /** Fills `into` from (value, length) runs. */
  runs<T extends Uint16Array | Int32Array>(into: T): T {
    const t = this.text;
    let p = this.pos;
    const total = into.length;
    let o = 0;
    while (o < total) {
      // Two varints: the value, then the length of its run.
      let v = 0;
      let shift = 0;
      for (;;) {
        let d = t.charCodeAt(p++) - 0x23;
        if (d > 4) d--;
        if (d > 56) d--;
        if (d < 32) {
          v |= d << shift;
          break;
        }
        v |= (d - 32) << shift;
        shift += 5;
      }
      let n = 0;
      shift = 0;
      for (;;) {
        let d = t.charCodeAt(p++) - 0x23;
        if (d > 4) d--;
        if (d > 56) d--;
        if (d < 32) {
          n |= d << shift;
          break;
        }
        n |= (d - 32) << shift;
        shift += 5;
      }
      if (n === 1) into[o++] = v;
      else {
        into.fill(v, o, o + n);
        o += n;
      }
    }
    this.pos = p;
    return into;
  }

  get done(): boolean {
    return this.pos >= this.text.length;
  }
}
