// Hash functions with exactly 64-bit CPython's values.  CPython: Python/pyhash.c, Objects/longobject.c
// long_hash, Objects/tupleobject.c tuple_hash, Objects/setobject.c frozenset_hash.
//
// A Python hash is a signed 64-bit integer. JS numbers cannot hold that exactly, so the hot paths
// work on two signed 32-bit halves: a hashing function returns the low half and leaves the high
// half in `hashHi` (read it immediately after the call). `hashToInt` joins the halves into a
// Python int for hash().

import type { PyIntValue } from './object.ts';

/** The high 32 bits (signed) of the hash most recently returned by a *Parts function. */
export let hashHi = 0;

export const HASH_BITS = 61;
export const HASH_MODULUS = (1n << 61n) - 1n;
export const HASH_INF = 314159;
export const HASH_IMAG = 1000003;

/** Joins 32-bit halves into the Python int they represent. */
export function hashToInt(lo: number, hi: number): PyIntValue {
  // Values with |v| < 2**53 are exact as doubles: hi in [-2**21, 2**21).
  if (hi >= -0x200000 && hi < 0x200000) return hi * 4294967296 + (lo >>> 0);
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}

/** Returns a hash kept as its halves (the low one returned, the high one left in hashHi). */
export function cachedHashParts(lo: number, hi: number): number {
  hashHi = hi;
  return lo;
}

/** Splits a Python int already reduced to a signed 64-bit value into halves (low returned). */
export function splitHash(h: PyIntValue): number {
  if (typeof h === 'number') {
    hashHi = Math.floor(h / 4294967296) | 0;
    return h | 0;
  }
  hashHi = Number(BigInt.asIntN(32, h >> 32n));
  return Number(BigInt.asIntN(32, h));
}

// ---- 64-bit unsigned arithmetic on (hi, lo) pairs, results in R64[0]/R64[1] ----

// A typed array, not module variables: a double stored in a module variable is boxed (allocated)
const R64 = new Float64Array(2);

/** (ah, al) * (bh, bl) mod 2**64. */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  // al * bl needs its full 64-bit product: split into 16-bit halves.
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const lo = ((mid & 0xffff) << 16) | (p00 & 0xffff);
  const carry = p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  R64[1] = lo >>> 0;
  R64[0] = (carry + Math.imul(al, bh) + Math.imul(ah, bl)) >>> 0;
}

function add64(ah: number, al: number, bh: number, bl: number): void {
  const lo = (al >>> 0) + (bl >>> 0);
  R64[1] = lo >>> 0;
  R64[0] = ((ah >>> 0) + (bh >>> 0) + (lo > 0xffffffff ? 1 : 0)) >>> 0;
}

// ---- SipHash-1-3 with the zero key (PYTHONHASHSEED=0) ----

// The state v0..v3 as (hi, lo) pairs.
const V = new Uint32Array(8);

function rotl(i: number, s: number): void {
  let h = V[i];
  let l = V[i + 1];
  if (s >= 32) {
    const t = h;
    h = l;
    l = t;
    s -= 32;
  }
  if (s > 0) {
    const nh = (h << s) | (l >>> (32 - s));
    const nl = (l << s) | (h >>> (32 - s));
    h = nh;
    l = nl;
  }
  V[i] = h;
  V[i + 1] = l;
}

function addInto(a: number, b: number): void {
  const lo = V[a + 1] + V[b + 1];
  V[a + 1] = lo;
  V[a] = V[a] + V[b] + (lo > 0xffffffff ? 1 : 0);
}

function xorInto(a: number, b: number): void {
  V[a] ^= V[b];
  V[a + 1] ^= V[b + 1];
}

// HALF_ROUND(a,b,c,d,s,t): a += b; c += d; b = rotl(b,s) ^ a; d = rotl(d,t) ^ c; a = rotl(a,32)
function halfRound(a: number, b: number, c: number, d: number, s: number, t: number): void {
  addInto(a, b);
  addInto(c, d);
  rotl(b, s);
  xorInto(b, a);
  rotl(d, t);
  xorInto(d, c);
  rotl(a, 32);
}

function sipRound(): void {
  halfRound(0, 2, 4, 6, 13, 16);
  halfRound(4, 2, 0, 6, 17, 21);
}

function sipInit(): void {
  // k0 = k1 = 0: v = the SipHash constants.
  V[0] = 0x736f6d65;
  V[1] = 0x70736575;
  V[2] = 0x646f7261;
  V[3] = 0x6e646f6d;
  V[4] = 0x6c796765;
  V[5] = 0x6e657261;
  V[6] = 0x74656462;
  V[7] = 0x79746573;
}

function sipBlock(mh: number, ml: number): void {
  V[6] ^= mh;
  V[7] ^= ml;
  sipRound();
  V[0] ^= mh;
  V[1] ^= ml;
}

/** Finishes with the last partial block (bh, bl already holding len << 56); returns lo, sets hashHi. */
function sipFinish(bh: number, bl: number): number {
  sipBlock(bh, bl);
  V[5] ^= 0xff;
  sipRound();
  sipRound();
  sipRound();
  let hi = (V[0] ^ V[2] ^ V[4] ^ V[6]) | 0;
  let lo = (V[1] ^ V[3] ^ V[5] ^ V[7]) | 0;
  if (hi === -1 && lo === -1) lo = -2;
  hashHi = hi;
  return lo;
}

/** hash(bytes): SipHash-1-3 of the bytes; 0 for b''. */
export function bytesHashParts(data: Uint8Array): number {
  const n = data.length;
  if (n === 0) {
    hashHi = 0;
    return 0;
  }
  sipInit();
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const ml = data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    const mh = data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24);
    sipBlock(mh >>> 0, ml >>> 0);
  }
  let bl = 0;
  let bh = (n & 0xff) << 24;
  for (let k = 0; i < n; i++, k++) {
    if (k < 4) bl |= data[i] << (8 * k);
    else bh |= data[i] << (8 * (k - 4));
  }
  return sipFinish(bh >>> 0, bl >>> 0);
}

/**
 * hash(str): SipHash-1-3 over the string's PEP 393 canonical form (1, 2 or 4 bytes per code point,
 * chosen by the largest code point), which is what CPython hashes.
 */
export function strHashParts(s: string): number {
  const n = s.length;
  if (n === 0) {
    hashHi = 0;
    return 0;
  }
  let max = 0;
  let astral = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) astral = true;
    }
  }
  sipInit();
  if (astral) return strHashUcs4(s);
  if (max < 0x100) {
    let i = 0;
    for (; i + 8 <= n; i += 8) {
      const ml = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 8) | (s.charCodeAt(i + 2) << 16) | (s.charCodeAt(i + 3) << 24);
      const mh = s.charCodeAt(i + 4) | (s.charCodeAt(i + 5) << 8) | (s.charCodeAt(i + 6) << 16) | (s.charCodeAt(i + 7) << 24);
      sipBlock(mh >>> 0, ml >>> 0);
    }
    let bl = 0;
    let bh = (n & 0xff) << 24;
    for (let k = 0; i < n; i++, k++) {
      if (k < 4) bl |= s.charCodeAt(i) << (8 * k);
      else bh |= s.charCodeAt(i) << (8 * (k - 4));
    }
    return sipFinish(bh >>> 0, bl >>> 0);
  }
  // UCS-2: four code units per 64-bit block.
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const ml = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    const mh = s.charCodeAt(i + 2) | (s.charCodeAt(i + 3) << 16);
    sipBlock(mh >>> 0, ml >>> 0);
  }
  const len = n * 2;
  let bl = 0;
  let bh = (len & 0xff) << 24;
  const rest = n - i;
  if (rest >= 1) bl |= s.charCodeAt(i);
  if (rest >= 2) bl |= s.charCodeAt(i + 1) << 16;
  if (rest >= 3) bh |= s.charCodeAt(i + 2);
  return sipFinish(bh >>> 0, bl >>> 0);
}

function strHashUcs4(s: string): number {
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0)!);
  const n = cps.length;
  let i = 0;
  for (; i + 2 <= n; i += 2) sipBlock(cps[i + 1], cps[i]);
  const len = n * 4;
  let bl = 0;
  const bh = (len & 0xff) << 24;
  if (i < n) bl = cps[i];
  return sipFinish(bh >>> 0, bl >>> 0);
}

// ---- numbers ----

const MODULUS_NUM = 2 ** 61 - 1;

/** hash(int) for a JS-number int: the value itself (|v| < 2**61 - 1), with -1 mapped to -2. */
export function smallIntHashParts(v: number): number {
  if (v === -1) v = -2;
  hashHi = Math.floor(v / 4294967296) | 0;
  return v | 0;
}

/** hash(int) of any int: sign(v) * (|v| mod (2**61 - 1)), with -1 mapped to -2. */
export function intHash(v: PyIntValue): PyIntValue {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  const neg = v < 0n;
  let r = (neg ? -v : v) % HASH_MODULUS;
  if (neg) r = -r;
  if (r === -1n) r = -2n;
  return r >= -(2n ** 53n) + 1n && r <= 2n ** 53n - 1n ? Number(r) : r;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/**
 * hash(float) for a non-NaN value: the hash of the rational it equals, m * 2**e mod (2**61 - 1),
 * so that a float hashes like an equal int or Fraction; inf -> 314159, -inf -> -314159.
 * (NaN hashes by identity: the caller handles it.)  CPython: Python/pyhash.c _Py_HashDouble
 */
export function floatHash(v: number): PyIntValue {
  if (v === Infinity) return HASH_INF;
  if (v === -Infinity) return -HASH_INF;
  if (Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER) return v === -1 ? -2 : v + 0;
  // v = mant * 2**e exactly, from the IEEE 754 fields.
  F64[0] = v;
  const lo = U32[0];
  const hi = U32[1];
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = biased - 1075;
  }
  // 2**61 == 1 (mod P): reduce the exponent modulo 61.
  let k = e % HASH_BITS;
  if (k < 0) k += HASH_BITS;
  let r = ((mant % HASH_MODULUS) << BigInt(k)) % HASH_MODULUS;
  if (v < 0) r = -r;
  if (r === -1n) r = -2n;
  return r >= -(2n ** 53n) + 1n && r <= 2n ** 53n - 1n ? Number(r) : r;
}

// ---- containers ----

const XXPRIME_1_HI = 0x9e3779b1;
const XXPRIME_1_LO = 0x85ebca87;
const XXPRIME_2_HI = 0xc2b2ae3d;
const XXPRIME_2_LO = 0x27d4eb4f;
const XXPRIME_5_HI = 0x27d4eb2f;
const XXPRIME_5_LO = 0x165667c5;

/** Incremental tuple hash (xxHash-based, as CPython's tuple_hash). */
export class TupleHasher {
  private hi = XXPRIME_5_HI;
  private lo = XXPRIME_5_LO;

  /** Adds one item's hash (lo half; high half in `laneHi`). */
  add(laneLo: number, laneHi: number): void {
    mul64(laneHi >>> 0, laneLo >>> 0, XXPRIME_2_HI, XXPRIME_2_LO);
    add64(this.hi, this.lo, R64[0], R64[1]);
    // rotate left by 31
    const h = R64[0];
    const l = R64[1];
    const rh = ((h << 31) | (l >>> 1)) >>> 0;
    const rl = ((l << 31) | (h >>> 1)) >>> 0;
    mul64(rh, rl, XXPRIME_1_HI, XXPRIME_1_LO);
    this.hi = R64[0];
    this.lo = R64[1];
  }

  /** Finishes for a tuple of `len` items; returns lo, sets hashHi. */
  finish(len: number): number {
    // acc += len ^ (XXPRIME_5 ^ 3527539)
    const xl = (len ^ XXPRIME_5_LO ^ 3527539) >>> 0;
    const xh = XXPRIME_5_HI;
    add64(this.hi, this.lo, xh, xl);
    if (R64[0] === 0xffffffff && R64[1] === 0xffffffff) {
      hashHi = 0;
      return 1546275796;
    }
    hashHi = R64[0] | 0;
    return R64[1] | 0;
  }
}

/** _shuffle_bits(h) = ((h ^ 89869747) ^ (h << 16)) * 3644798167, into R64[0]/R64[1]. */
function shuffleBits(hi: number, lo: number): void {
  const xh = (hi ^ ((hi << 16) | (lo >>> 16))) >>> 0;
  const xl = (lo ^ 89869747 ^ (lo << 16)) >>> 0;
  mul64(xh, xl, 0, 3644798167);
}

/**
 * frozenset's hash from its table: `his`/`los` are the hashes of every slot (empty slots 0, dummies
 * -1), `used` the number of elements, `fill` used + dummies.  CPython: frozenset_hash
 */
export function frozensetHashParts(his: ArrayLike<number>, los: ArrayLike<number>, size: number, fill: number, used: number): number {
  let hh = 0;
  let hl = 0;
  for (let i = 0; i < size; i++) {
    shuffleBits(his[i] >>> 0, los[i] >>> 0);
    hh ^= R64[0];
    hl ^= R64[1];
  }
  if ((size - fill) & 1) {
    shuffleBits(0, 0);
    hh ^= R64[0];
    hl ^= R64[1];
  }
  if ((fill - used) & 1) {
    shuffleBits(0xffffffff, 0xffffffff);
    hh ^= R64[0];
    hl ^= R64[1];
  }
  mul64(0, (used + 1) >>> 0, 0, 1927868237);
  hh ^= R64[0];
  hl ^= R64[1];
  hh >>>= 0;
  hl >>>= 0;
  // hash ^= (hash >> 11) ^ (hash >> 25)
  const s11h = hh >>> 11;
  const s11l = ((hl >>> 11) | (hh << 21)) >>> 0;
  const s25h = hh >>> 25;
  const s25l = ((hl >>> 25) | (hh << 7)) >>> 0;
  hh = (hh ^ s11h ^ s25h) >>> 0;
  hl = (hl ^ s11l ^ s25l) >>> 0;
  // hash = hash * 69069 + 907133923
  mul64(hh, hl, 0, 69069);
  add64(R64[0], R64[1], 0, 907133923);
  if (R64[0] === 0xffffffff && R64[1] === 0xffffffff) {
    hashHi = 0;
    return 590923713;
  }
  hashHi = R64[0] | 0;
  return R64[1] | 0;
}

/**
 * Reduces the int a __hash__ method returned to a Py_hash_t, as CPython's slot_tp_hash does:
 * values within the signed 64-bit range are kept, others are hashed as ints; -1 becomes -2.
 */
export function reduceHashResult(v: PyIntValue): PyIntValue {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  if (v >= -(2n ** 63n) && v < 2n ** 63n) return v;
  return intHash(v);
}
