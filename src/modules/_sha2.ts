// The _sha2 module: SHA-224, SHA-256, SHA-384 and SHA-512 (FIPS 180-4).
// CPython: Modules/sha2module.c (over HACL*)
//
// The round constants and initial values are the fractional bits of cube and square roots of the
// first primes (FIPS 180-4 sections 4.2.2, 4.2.3, 5.3); they are computed here, exactly, with BigInt
// integer roots. SHA-512 works on 64-bit words held as (high, low) pairs of 32-bit ints.
import type { PyValue } from '../objects/object.ts';
import { TPFLAGS, type PyType } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { BlockHash, bigEndianWords, PyHash, HASH_METHODS, GIL_MINSIZE, hashBuffer, hashDataArgument, addHashConstructors } from './hashlib-support.ts';

function firstPrimes(n: number): number[] {
  const out: number[] = [];
  for (let k = 2; out.length < n; k++) if (out.every((p) => k % p !== 0)) out.push(k);
  return out;
}

/** floor(x ** (1/k)) for x >= 0, by Newton's method. */
function iroot(x: bigint, k: bigint): bigint {
  if (x < 2n) return x;
  let r = 1n << (BigInt(x.toString(2).length) / k + 1n);
  for (;;) {
    const next = ((k - 1n) * r + x / r ** (k - 1n)) / k;
    if (next >= r) return r;
    r = next;
  }
}

/** The first `bits` bits of the fractional part of p ** (1/k). */
function rootBits(p: number, k: number, bits: number): bigint {
  const kk = BigInt(k);
  return iroot(BigInt(p) << (kk * BigInt(bits)), kk) & ((1n << BigInt(bits)) - 1n);
}

const PRIMES = firstPrimes(80);
const K512 = PRIMES.map((p) => rootBits(p, 3, 64));
const K256 = new Int32Array(K512.slice(0, 64).map((v) => Number(v >> 32n) | 0));
const K512_HI = new Int32Array(K512.map((v) => Number(v >> 32n) | 0));
const K512_LO = new Int32Array(K512.map((v) => Number(v & 0xffffffffn) | 0));
const SQRT64 = PRIMES.slice(0, 16).map((p) => rootBits(p, 2, 64));
export const IV256 = SQRT64.slice(0, 8).map((v) => Number(v >> 32n) | 0);
const IV224 = SQRT64.slice(8, 16).map((v) => Number(v & 0xffffffffn) | 0);

/** SHA-256 and SHA-224 (which differs only by its initial value and a truncated output). */
export class SHA256State extends BlockHash {
  private readonly h: Int32Array;
  private readonly w = new Int32Array(64);

  constructor(readonly digestSize: 28 | 32) {
    super(64);
    this.h = new Int32Array(digestSize === 32 ? IV256 : IV224);
  }

  protected get lengthBytes(): number {
    return 8;
  }

  protected get littleEndian(): boolean {
    return false;
  }

  protected compress(d: Uint8Array, off: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) {
      const p = off + 4 * i;
      w[i] = (d[p] << 24) | (d[p + 1] << 16) | (d[p + 2] << 8) | d[p + 3];
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15];
      const y = w[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    const h = this.h;
    let a = h[0], b = h[1], c = h[2], e4 = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K256[i] + w[i]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      hh = g;
      g = f;
      f = e;
      e = (e4 + t1) | 0;
      e4 = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + e4) | 0;
    h[4] = (h[4] + e) | 0;
    h[5] = (h[5] + f) | 0;
    h[6] = (h[6] + g) | 0;
    h[7] = (h[7] + hh) | 0;
  }

  protected output(): Uint8Array {
    return bigEndianWords(this.h, this.digestSize / 4);
  }

  copy(): SHA256State {
    const c = this.copyInto(new SHA256State(this.digestSize));
    c.h.set(this.h);
    return c;
  }
}

export const IV512_HI = new Int32Array(SQRT64.slice(0, 8).map((v) => Number(v >> 32n) | 0));
export const IV512_LO = new Int32Array(SQRT64.slice(0, 8).map((v) => Number(v & 0xffffffffn) | 0));
const IV384_HI = new Int32Array(SQRT64.slice(8, 16).map((v) => Number(v >> 32n) | 0));
const IV384_LO = new Int32Array(SQRT64.slice(8, 16).map((v) => Number(v & 0xffffffffn) | 0));
const TWO32 = 4294967296;

/** SHA-512 and SHA-384. Words are 64-bit, kept as hi[i], lo[i]. */
export class SHA512State extends BlockHash {
  private readonly hi: Int32Array;
  private readonly lo: Int32Array;
  private readonly whi = new Int32Array(80);
  private readonly wlo = new Int32Array(80);

  constructor(readonly digestSize: 48 | 64) {
    super(128);
    this.hi = new Int32Array(digestSize === 64 ? IV512_HI : IV384_HI);
    this.lo = new Int32Array(digestSize === 64 ? IV512_LO : IV384_LO);
  }

  protected get lengthBytes(): number {
    return 16;
  }

  protected get littleEndian(): boolean {
    return false;
  }

  protected compress(d: Uint8Array, off: number): void {
    const whi = this.whi;
    const wlo = this.wlo;
    for (let i = 0; i < 16; i++) {
      const p = off + 8 * i;
      whi[i] = (d[p] << 24) | (d[p + 1] << 16) | (d[p + 2] << 8) | d[p + 3];
      wlo[i] = (d[p + 4] << 24) | (d[p + 5] << 16) | (d[p + 6] << 8) | d[p + 7];
    }
    for (let i = 16; i < 80; i++) {
      // sigma0 = rotr 1 ^ rotr 8 ^ shr 7 of w[i-15];  sigma1 = rotr 19 ^ rotr 61 ^ shr 6 of w[i-2]
      let xh = whi[i - 15];
      let xl = wlo[i - 15];
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      xh = whi[i - 2];
      xl = wlo[i - 2];
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      const lo = (wlo[i - 16] >>> 0) + (s0l >>> 0) + (wlo[i - 7] >>> 0) + (s1l >>> 0);
      wlo[i] = lo | 0;
      whi[i] = (whi[i - 16] + s0h + whi[i - 7] + s1h + ((lo / TWO32) | 0)) | 0;
    }
    const H = this.hi;
    const L = this.lo;
    let ah = H[0], al = L[0], bh = H[1], bl = L[1], ch = H[2], cl = L[2], dh = H[3], dl = L[3];
    let eh = H[4], el = L[4], fh = H[5], fl = L[5], gh = H[6], gl = L[6], hh = H[7], hl = L[7];
    for (let i = 0; i < 80; i++) {
      // S1 = rotr 14 ^ rotr 18 ^ rotr 41 of e;  S0 = rotr 28 ^ rotr 34 ^ rotr 39 of a
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      const t1lo = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (K512_LO[i] >>> 0) + (wlo[i] >>> 0);
      const t1l = t1lo | 0;
      const t1h = (hh + S1h + chh + K512_HI[i] + whi[i] + ((t1lo / TWO32) | 0)) | 0;
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2lo = (S0l >>> 0) + (majl >>> 0);
      const t2l = t2lo | 0;
      const t2h = (S0h + majh + ((t2lo / TWO32) | 0)) | 0;
      hh = gh;
      hl = gl;
      gh = fh;
      gl = fl;
      fh = eh;
      fl = el;
      const elo = (dl >>> 0) + (t1l >>> 0);
      el = elo | 0;
      eh = (dh + t1h + ((elo / TWO32) | 0)) | 0;
      dh = ch;
      dl = cl;
      ch = bh;
      cl = bl;
      bh = ah;
      bl = al;
      const alo = (t1l >>> 0) + (t2l >>> 0);
      al = alo | 0;
      ah = (t1h + t2h + ((alo / TWO32) | 0)) | 0;
    }
    const add = (i: number, xh: number, xl: number): void => {
      const s = (L[i] >>> 0) + (xl >>> 0);
      L[i] = s | 0;
      H[i] = (H[i] + xh + ((s / TWO32) | 0)) | 0;
    };
    add(0, ah, al);
    add(1, bh, bl);
    add(2, ch, cl);
    add(3, dh, dl);
    add(4, eh, el);
    add(5, fh, fl);
    add(6, gh, gl);
    add(7, hh, hl);
  }

  protected output(): Uint8Array {
    const words = new Int32Array(16);
    for (let i = 0; i < 8; i++) {
      words[2 * i] = this.hi[i];
      words[2 * i + 1] = this.lo[i];
    }
    return bigEndianWords(words, this.digestSize / 4);
  }

  copy(): SHA512State {
    const c = this.copyInto(new SHA512State(this.digestSize));
    c.hi.set(this.hi);
    c.lo.set(this.lo);
    return c;
  }
}

function sha2Type(name: string, hashName: string, blockSize: number, digestSize: number): PyType {
  return defineBuiltinType({
    name: `_sha2.${name}`,
    flags: TPFLAGS.DISALLOW_INSTANTIATION | TPFLAGS.HAVE_GC,
    methods: HASH_METHODS,
    getset: {
      block_size: { get: () => blockSize },
      name: { get: () => hashName },
      digest_size: { get: () => digestSize },
    },
  });
}

export const SHA224Type = sha2Type('SHA224Type', 'sha224', 64, 28);
export const SHA256Type = sha2Type('SHA256Type', 'sha256', 64, 32);
export const SHA384Type = sha2Type('SHA384Type', 'sha384', 128, 48);
export const SHA512Type = sha2Type('SHA512Type', 'sha512', 128, 64);

function constructor(type: PyType, make: () => BlockHash) {
  return (_m: PyValue, data: PyValue | undefined, _usedforsecurity: PyValue, string: PyValue | undefined): PyHash => {
    const init = hashDataArgument(data, string);
    const bytes = init === null ? null : hashBuffer(init);
    const h = new PyHash(type, make());
    if (bytes !== null) h.state.update(bytes);
    return h;
  };
}

export const sha2Module = defineModule({
  name: '_sha2',
  init: (m) =>
    addHashConstructors(m, '_sha2', {
      sha224: [constructor(SHA224Type, () => new SHA256State(28)), 'Return a new SHA-224 hash object; optionally initialized with a string.'],
      sha256: [constructor(SHA256Type, () => new SHA256State(32)), 'Return a new SHA-256 hash object; optionally initialized with a string.'],
      sha384: [constructor(SHA384Type, () => new SHA512State(48)), 'Return a new SHA-384 hash object; optionally initialized with a string.'],
      sha512: [constructor(SHA512Type, () => new SHA512State(64)), 'Return a new SHA-512 hash object; optionally initialized with a string.'],
    }),
  constants: () => ({ SHA224Type, SHA256Type, SHA384Type, SHA512Type, _GIL_MINSIZE: GIL_MINSIZE }),
});
