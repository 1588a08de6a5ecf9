// A small raw DEFLATE (RFC 1951) compressor for the generated Unicode tables, and base64 text.
// Our own, rather than node:zlib, so that the generated sources are byte-identical whatever zlib
// the Node running `npm run regen` was built with. src/unicode/decode.ts decodes the result.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without padding. */
export function encodeBase64(bytes: Uint8Array): string {
  let s = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xffffff;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      s += B64[(acc >> bits) & 63];
    }
  }
  if (bits > 0) s += B64[(acc << (6 - bits)) & 63];
  return s;
}

/** Packs little-endian arrays one after another into bytes. */
export class BlobWriter {
  private parts: number[] = [];

  u8(values: ArrayLike<number>): this {
    for (let i = 0; i < values.length; i++) this.parts.push(values[i] & 0xff);
    return this;
  }

  u16(values: ArrayLike<number>): this {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v < 0 || v > 0xffff || !Number.isInteger(v)) throw new Error(`u16 out of range: ${v}`);
      this.parts.push(v & 0xff, v >> 8);
    }
    return this;
  }

  i32(values: ArrayLike<number>): this {
    for (let i = 0; i < values.length; i++) {
      const v = values[i] | 0;
      if (v !== values[i]) throw new Error(`i32 out of range: ${values[i]}`);
      this.parts.push(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff);
    }
    return this;
  }

  f64(values: ArrayLike<number>): this {
    const buf = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < values.length; i++) {
      buf.setFloat64(0, values[i], true);
      for (let j = 0; j < 8; j++) this.parts.push(buf.getUint8(j));
    }
    return this;
  }

  text(s: string): this {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 0xff) throw new Error('blob text must be Latin-1');
      this.parts.push(c);
    }
    return this;
  }

  get length(): number {
    return this.parts.length;
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

// ---- Huffman codes ----

/** Code lengths for the given symbol frequencies, none longer than `limit`. */
function codeLengths(freq: ArrayLike<number>, limit: number): Uint8Array {
  const n = freq.length;
  const f = Array.from(freq);
  for (;;) {
    const lengths = huffmanLengths(f);
    let max = 0;
    for (const l of lengths) max = Math.max(max, l);
    if (max <= limit) return lengths;
    // Flatten the distribution and try again; rare, and costs little compression.
    for (let i = 0; i < n; i++) if (f[i] > 0) f[i] = (f[i] >> 1) | 1;
  }
}

function huffmanLengths(freq: number[]): Uint8Array {
  const n = freq.length;
  const lengths = new Uint8Array(n);
  const used = [];
  for (let i = 0; i < n; i++) if (freq[i] > 0) used.push(i);
  if (used.length === 0) return lengths;
  if (used.length === 1) {
    lengths[used[0]] = 1;
    return lengths;
  }
  // Nodes: leaves 0..n-1, internal nodes after; a sorted list is plenty for <= 288 symbols.
  const weight: number[] = [];
  const parent: number[] = [];
  const queue: number[] = [];
  for (const s of used) {
    weight[s] = freq[s];
    queue.push(s);
  }
  let next = n;
  const byWeight = (a: number, b: number) => weight[a] - weight[b] || a - b;
  queue.sort(byWeight);
  while (queue.length > 1) {
    const a = queue.shift()!;
    const b = queue.shift()!;
    const node = next++;
    weight[node] = weight[a] + weight[b];
    parent[a] = node;
    parent[b] = node;
    let i = queue.length;
    while (i > 0 && byWeight(queue[i - 1], node) > 0) i--;
    queue.splice(i, 0, node);
  }
  for (const s of used) {
    let d = 0;
    for (let x = s; parent[x] !== undefined; x = parent[x]) d++;
    lengths[s] = d;
  }
  return lengths;
}

/** Canonical codes for the lengths, bit-reversed for LSB-first output. */
function canonicalCodes(lengths: Uint8Array): Uint16Array {
  const perLength = new Uint16Array(16);
  for (const l of lengths) perLength[l]++;
  perLength[0] = 0;
  const next = new Uint16Array(16);
  let code = 0;
  for (let len = 1; len <= 15; len++) {
    code = (code + perLength[len - 1]) << 1;
    next[len] = code;
  }
  const codes = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) {
    const len = lengths[s];
    if (!len) continue;
    let c = next[len]++;
    let rev = 0;
    for (let i = 0; i < len; i++) {
      rev = (rev << 1) | (c & 1);
      c >>= 1;
    }
    codes[s] = rev;
  }
  return codes;
}

class BitWriter {
  private out: number[] = [];
  private acc = 0;
  private count = 0;

  write(value: number, bits: number): void {
    this.acc |= value << this.count;
    this.count += bits;
    while (this.count >= 8) {
      this.out.push(this.acc & 0xff);
      this.acc >>>= 8;
      this.count -= 8;
    }
  }

  finish(): Uint8Array {
    if (this.count > 0) this.out.push(this.acc & 0xff);
    return Uint8Array.from(this.out);
  }
}

// ---- LZ77 ----

function lengthSymbol(len: number): [number, number, number] {
  // [symbol, extra bits, extra value]
  if (len === 258) return [285, 0, 0];
  let base = 3;
  for (let i = 0; i < 28; i++) {
    const extra = i < 8 ? 0 : (i >> 2) - 1;
    if (len < base + (1 << extra)) return [257 + i, extra, len - base];
    base += 1 << extra;
  }
  throw new Error('bad length');
}

function distSymbol(dist: number): [number, number, number] {
  let base = 1;
  for (let i = 0; i < 30; i++) {
    const extra = i < 4 ? 0 : (i >> 1) - 1;
    if (dist < base + (1 << extra)) return [i, extra, dist - base];
    base += 1 << extra;
  }
  throw new Error('bad distance');
}

const WINDOW = 32768;
const MAX_CHAIN = 4096;

/** Literal (value < 256) or match (length << 16 | distance) tokens, with lazy matching. */
function lz77(data: Uint8Array): number[] {
  const n = data.length;
  const head = new Int32Array(1 << 16).fill(-1);
  const prev = new Int32Array(n);
  const hash = (i: number) => ((data[i] << 8) ^ (data[i + 1] << 4) ^ data[i + 2]) & 0xffff;
  const insert = (i: number) => {
    if (i + 2 >= n) return;
    const h = hash(i);
    prev[i] = head[h];
    head[h] = i;
  };
  const longest = (i: number): [number, number] => {
    if (i + 2 >= n) return [0, 0];
    let best = 0;
    let bestDist = 0;
    const max = Math.min(258, n - i);
    let chain = MAX_CHAIN;
    for (let j = head[hash(i)]; j >= 0 && i - j <= WINDOW && chain-- > 0; j = prev[j]) {
      if (data[j + best] !== data[i + best]) continue;
      let k = 0;
      while (k < max && data[j + k] === data[i + k]) k++;
      if (k > best) {
        best = k;
        bestDist = i - j;
        if (k === max) break;
      }
    }
    return best >= 3 ? [best, bestDist] : [0, 0];
  };
  const tokens: number[] = [];
  let i = 0;
  while (i < n) {
    const [len, dist] = longest(i);
    if (len === 0) {
      tokens.push(data[i]);
      insert(i);
      i++;
      continue;
    }
    insert(i);
    const [len2] = longest(i + 1);
    if (len2 > len) {
      tokens.push(data[i]);
      i++;
      continue;
    }
    tokens.push(len * 65536 + dist);
    for (let k = 1; k < len; k++) insert(i + k);
    i += len;
  }
  return tokens;
}

// ---- blocks ----

const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Run-length codes for a list of code lengths: [symbol, extra bits, extra value] triples. */
function rleLengths(lengths: number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < lengths.length; ) {
    const v = lengths[i];
    let run = 1;
    while (i + run < lengths.length && lengths[i + run] === v) run++;
    let left = run;
    if (v === 0) {
      while (left >= 11) {
        const r = Math.min(left, 138);
        out.push([18, 7, r - 11]);
        left -= r;
      }
      if (left >= 3) {
        out.push([17, 3, left - 3]);
        left = 0;
      }
    } else {
      out.push([v, 0, 0]);
      left--;
      while (left >= 3) {
        const r = Math.min(left, 6);
        out.push([16, 2, r - 3]);
        left -= r;
      }
    }
    while (left-- > 0) out.push([v, 0, 0]);
    i += run;
  }
  return out;
}

function writeBlock(w: BitWriter, tokens: number[], final: boolean): void {
  const litFreq = new Array(286).fill(0);
  const distFreq = new Array(30).fill(0);
  for (const t of tokens) {
    if (t < 256) litFreq[t]++;
    else {
      litFreq[lengthSymbol(t >>> 16)[0]]++;
      distFreq[distSymbol(t & 0xffff)[0]]++;
    }
  }
  litFreq[256]++;
  if (distFreq.every((f) => f === 0)) distFreq[0] = 1;
  const litLen = codeLengths(litFreq, 15);
  const distLen = codeLengths(distFreq, 15);
  let hlit = 286;
  while (hlit > 257 && litLen[hlit - 1] === 0) hlit--;
  let hdist = 30;
  while (hdist > 1 && distLen[hdist - 1] === 0) hdist--;
  const rle = rleLengths([...litLen.subarray(0, hlit), ...distLen.subarray(0, hdist)]);
  const clFreq = new Array(19).fill(0);
  for (const [s] of rle) clFreq[s]++;
  const clLen = codeLengths(clFreq, 7);
  let hclen = 19;
  while (hclen > 4 && clLen[CL_ORDER[hclen - 1]] === 0) hclen--;
  const clCode = canonicalCodes(clLen);
  const litCode = canonicalCodes(litLen);
  const distCode = canonicalCodes(distLen);

  w.write(final ? 1 : 0, 1);
  w.write(2, 2);
  w.write(hlit - 257, 5);
  w.write(hdist - 1, 5);
  w.write(hclen - 4, 4);
  for (let i = 0; i < hclen; i++) w.write(clLen[CL_ORDER[i]], 3);
  for (const [s, eb, ev] of rle) {
    w.write(clCode[s], clLen[s]);
    if (eb) w.write(ev, eb);
  }
  for (const t of tokens) {
    if (t < 256) {
      w.write(litCode[t], litLen[t]);
    } else {
      const [ls, le, lv] = lengthSymbol(t >>> 16);
      w.write(litCode[ls], litLen[ls]);
      if (le) w.write(lv, le);
      const [ds, de, dv] = distSymbol(t & 0xffff);
      w.write(distCode[ds], distLen[ds]);
      if (de) w.write(dv, de);
    }
  }
  w.write(litCode[256], litLen[256]);
}

/** Compresses to raw DEFLATE: dynamic Huffman blocks of at most 32768 tokens. */
export function deflateRaw(data: Uint8Array): Uint8Array {
  const tokens = lz77(data);
  const w = new BitWriter();
  const BLOCK = 32768;
  if (tokens.length === 0) {
    writeBlock(w, [], true);
    return w.finish();
  }
  for (let i = 0; i < tokens.length; i += BLOCK) writeBlock(w, tokens.slice(i, i + BLOCK), i + BLOCK >= tokens.length);
  return w.finish();
}

// ---- varints in text ----

/**
 * Unsigned integers as text, 5 bits a character, least significant first; a character's sixth bit
 * says that more follow. The 64 characters run from '#' to 'd' without "'" and '\', so that the
 * text needs no escapes in a string literal. VarintReader in src/unicode/decode.ts reads them.
 */
export class VarintWriter {
  private chars: string[] = [];

  private digit(v: number): void {
    let c = 0x23 + v;
    if (c >= 0x27) c++;
    if (c >= 0x5c) c++;
    this.chars.push(String.fromCharCode(c));
  }

  uint(v: number): this {
    if (v < 0 || !Number.isInteger(v) || v > 2 ** 40) throw new Error(`varint out of range: ${v}`);
    while (v >= 32) {
      this.digit(32 | (v % 32));
      v = Math.floor(v / 32);
    }
    this.digit(v);
    return this;
  }

  /** Signed, zigzag-coded: 0, -1, 1, -2... are 0, 1, 2, 3... */
  int(v: number): this {
    return this.uint(v < 0 ? -2 * v - 1 : 2 * v);
  }

  uints(values: ArrayLike<number>): this {
    for (let i = 0; i < values.length; i++) this.uint(values[i]);
    return this;
  }

  ints(values: ArrayLike<number>): this {
    for (let i = 0; i < values.length; i++) this.int(values[i]);
    return this;
  }

  /** Runs of equal values: (value, length) pairs. */
  runs(values: ArrayLike<number>): this {
    for (let i = 0; i < values.length; ) {
      let j = i + 1;
      while (j < values.length && values[j] === values[i]) j++;
      this.uint(values[i]).uint(j - i);
      i = j;
    }
    return this;
  }

  text(): string {
    return this.chars.join('');
  }
}
