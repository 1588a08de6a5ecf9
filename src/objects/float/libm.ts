// exp, log and pow rounded correctly (in all but vanishingly rare cases), computed in double-double
// arithmetic. CPython calls the C library for these; the reference CPython (whose C library is musl)
// returns the correctly rounded result in nearly every case, which JS's Math.exp/log/pow do not.
// CPython: Modules/mathmodule.c (math_1 -> libm), Objects/floatobject.c float_pow -> pow
//
// A double-double is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2, giving about 106 bits.
// Results are carried in the module registers DD[0]/DD[1] to avoid allocating.

import { scaleToDouble, ldexpExact } from './strtod.ts';

const LF64 = new Float64Array(1);
const LU32 = new Uint32Array(LF64.buffer);

// A typed array, not module variables: a double stored in a module variable is boxed (allocated)
const DD = new Float64Array(2);

/** 2**k for an integer k in [-1022, 1023], from its bits (the ** operator calls the slow C pow). */
function pow2(k: number): number {
  LU32[0] = 0;
  LU32[1] = (k + 1023) << 20;
  return LF64[0];
}

// ---- double-double primitives ----

const SPLITTER = 134217729; // 2**27 + 1, Veltkamp's splitting constant

/** hi + lo = a + b exactly (two-sum). */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  DD[1] = a - (s - bb) + (b - bb);
  DD[0] = s;
}

/** hi + lo = a * b exactly (Dekker's product; no FMA in JS). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  DD[1] = ah * bh - p + ah * bl + al * bh + al * bl;
  DD[0] = p;
}

/** (ah + al) + (bh + bl). */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const sh = DD[0];
  const sl = DD[1];
  twoSum(al, bl);
  const th = DD[0];
  const tl = DD[1];
  const c = sl + th;
  let h = sh + c;
  let l = c - (h - sh);
  const d = l + tl;
  const hh = h + d;
  l = d - (hh - h);
  h = hh;
  DD[0] = h;
  DD[1] = l;
}

/** (ah + al) * (bh + bl). */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const ph = DD[0];
  const pl = DD[1] + (ah * bl + al * bh);
  const h = ph + pl;
  DD[1] = pl - (h - ph);
  DD[0] = h;
}

/** (ah + al) * b for a double b. */
function ddMulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  const ph = DD[0];
  const pl = DD[1] + al * b;
  const h = ph + pl;
  DD[1] = pl - (h - ph);
  DD[0] = h;
}

/** (ah + al) / (bh + bl). */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  // r = a - q1 * b
  ddMulD(bh, bl, q1);
  const mh = DD[0];
  const ml = DD[1];
  ddAdd(ah, al, -mh, -ml);
  const rh = DD[0];
  const rl = DD[1];
  const q2 = rh / bh;
  ddMulD(bh, bl, q2);
  ddAdd(rh, rl, -DD[0], -DD[1]);
  const q3 = DD[0] / bh;
  twoSum(q1, q2);
  ddAdd(DD[0], DD[1], q3, 0);
}

// ---- constants, from their decimal expansions (exact splitting through BigInt) ----

const LN2_DIGITS = '0.69314718055994530941723212145817656807550013436025525412068000949339362196969471560586332699641868754200148102057068573368552023575813055703267075163507596193072757082837143519030703862389167347112335';

/** Splits a decimal constant into three doubles whose sum approximates it to ~160 bits. */
function splitConstant(digits: string): [number, number, number] {
  const [ip, fp] = digits.split('.');
  // The constant times 2**200, truncated.
  const fixed = (BigInt(ip + fp) << 200n) / 10n ** BigInt(fp.length);
  const h = Number(fixed) / 2 ** 200;
  const r1 = fixed - exactScaled(h, 200);
  const m = Number(r1) / 2 ** 200;
  const r2 = r1 - exactScaled(m, 200);
  return [h, m, Number(r2) / 2 ** 200];
}

/** x * 2**s as an exact BigInt (x a double whose bits below 2**-s are zero). */
function exactScaled(x: number, s: number): bigint {
  if (x === 0 || !Number.isFinite(x)) return 0n;
  const neg = x < 0;
  let a = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(a)) {
    a *= 2;
    e++;
  }
  let v = BigInt(a);
  v = e <= s ? v << BigInt(s - e) : v >> BigInt(e - s);
  return neg ? -v : v;
}

let LN2_HI = 0;
let LN2_MID = 0;
let LN2_LO = 0;
// ln2/64 split so that n * LN2_64_HI is exact for |n| < 2**17.
let LN2_64_HI = 0;
let LN2_64_MID = 0;
let LN2_64_LO = 0;
// 2**(j/64) for j in 0..63, as double-doubles.
const EXP_T_HI = new Float64Array(64);
const EXP_T_LO = new Float64Array(64);
// 1/n! and 1/(2n+1) as double-doubles, for the series.
const INV_FACT_HI = new Float64Array(31);
const INV_FACT_LO = new Float64Array(31);
const INV_ODD_HI = new Float64Array(61);
const INV_ODD_LO = new Float64Array(61);
// log(1 + j/128) for j in -32..64 (index j + 32), as double-doubles.
const LOG_T_HI = new Float64Array(97);
const LOG_T_LO = new Float64Array(97);
let ready = false;

function init(): void {
  ready = true;
  INV_FACT_HI[0] = 1;
  for (let n = 1; n <= 30; n++) {
    ddDiv(INV_FACT_HI[n - 1], INV_FACT_LO[n - 1], n, 0);
    INV_FACT_HI[n] = DD[0];
    INV_FACT_LO[n] = DD[1];
  }
  for (let k = 0; k <= 60; k++) {
    ddDiv(1, 0, 2 * k + 1, 0);
    INV_ODD_HI[k] = DD[0];
    INV_ODD_LO[k] = DD[1];
  }
  [LN2_HI, LN2_MID, LN2_LO] = splitConstant(LN2_DIGITS);
  // LN2/64 with its leading part cut to 36 bits.
  const full = [LN2_HI / 64, LN2_MID / 64, LN2_LO / 64];
  LN2_64_HI = Math.round(full[0] * 2 ** 42) / 2 ** 42;
  twoSum(full[0] - LN2_64_HI, full[1]);
  LN2_64_MID = DD[0];
  LN2_64_LO = DD[1] + full[2];
  for (let j = 0; j < 64; j++) {
    // 2**(j/64) = exp(j * ln2/64) by the Taylor series in double-double.
    ddMulD(LN2_HI, LN2_MID, j / 64);
    expSeries(DD[0], DD[1], 28);
    EXP_T_HI[j] = DD[0];
    EXP_T_LO[j] = DD[1];
  }
  for (let j = -32; j <= 64; j++) {
    if (j === 0) continue;
    log1pSeries(j / 128, 0, 60);
    LOG_T_HI[j + 32] = DD[0];
    LOG_T_LO[j + 32] = DD[1];
  }
}

/** exp(rh + rl) by its Taylor series to the power `terms` (Horner form, in double-double). */
function expSeries(rh: number, rl: number, terms: number): void {
  let ph = INV_FACT_HI[terms];
  let pl = INV_FACT_LO[terms];
  for (let n = terms - 1; n >= 0; n--) {
    ddMul(ph, pl, rh, rl);
    ddAdd(DD[0], DD[1], INV_FACT_HI[n], INV_FACT_LO[n]);
    ph = DD[0];
    pl = DD[1];
  }
}

/** log(1 + (th + tl)) = 2 atanh(t / (2 + t)) by the atanh series to `terms` odd powers. */
function log1pSeries(th: number, tl: number, terms: number): void {
  ddAdd(2, 0, th, tl);
  ddDiv(th, tl, DD[0], DD[1]);
  const sh = DD[0];
  const sl = DD[1];
  ddMul(sh, sl, sh, sl);
  const s2h = DD[0];
  const s2l = DD[1];
  // 1/1 + s2/3 + s2**2/5 + ... in Horner form.
  let ah = INV_ODD_HI[terms - 1];
  let al = INV_ODD_LO[terms - 1];
  for (let k = terms - 2; k >= 0; k--) {
    ddMul(ah, al, s2h, s2l);
    ddAdd(DD[0], DD[1], INV_ODD_HI[k], INV_ODD_LO[k]);
    ah = DD[0];
    al = DD[1];
  }
  ddMul(ah, al, sh, sl);
  ddMulD(DD[0], DD[1], 2);
}

// ---- scaling with one correct rounding ----

/** (hi + lo) * 2**k rounded once to a double (hi + lo normalised, hi in about [0.5, 2]). */
function scaleRound(hi: number, lo: number, k: number): number {
  if (k > 1000) return hi * 2 ** (k - 1000) * 2 ** 1000;
  if (k >= -1000) {
    const r = hi * pow2(k);
    if (Math.abs(r) >= 2.2250738585072014e-308) return r;
  }
  // A subnormal or underflowing result: round hi + lo exactly at the right position.
  const exact = exactScaled(hi, 1200) + exactScaled(lo, 1200);
  const v = scaleToDouble(exact < 0n ? -exact : exact, k - 1200);
  return exact < 0n ? -v : v;
}

// ---- the functions ----

const EXP_OVERFLOW = 709.79; // above: exp(x) > DBL_MAX (closer cases overflow in the scaling)
const EXP_UNDERFLOW = -745.14; // below: exp(x) < 2**-1075

/** exp(x) in double-double into DD[0]/DD[1] as a value and an exponent (returned). */
function expDD(xh: number, xl: number): number {
  // x = n * ln2/64 + r, n = 64k + j.
  const n = Math.round((xh * 64) / LN2_HI);
  const k = Math.floor(n / 64);
  const j = n - 64 * k;
  // r = x - n*LN2_64 (n * LN2_64_HI is exact).
  twoSum(xh - n * LN2_64_HI, xl);
  const rh0 = DD[0];
  const rl0 = DD[1];
  twoProd(n, LN2_64_MID);
  const mh = DD[0];
  const ml = DD[1] + n * LN2_64_LO;
  ddAdd(rh0, rl0, -mh, -ml);
  expSeries(DD[0], DD[1], 12);
  ddMul(DD[0], DD[1], EXP_T_HI[j], EXP_T_LO[j]);
  return k;
}

/**
 * exp(xh + xl) to about 2**-66 relative (the fast first step of Ziv's strategy): the same
 * reduction as expDD, but only 1 + r in double-double and the rest of the series in doubles.
 * Result in DD[0]/DD[1]; returns the power of two.
 */
function expFast(xh: number, xl: number): number {
  const n = Math.round((xh * 64) / LN2_HI);
  const k = Math.floor(n / 64);
  const j = n - 64 * k;
  twoSum(xh - n * LN2_64_HI, xl);
  const rh0 = DD[0];
  const rl0 = DD[1];
  twoProd(n, LN2_64_MID);
  const mh = DD[0];
  const ml = DD[1] + n * LN2_64_LO;
  ddAdd(rh0, rl0, -mh, -ml);
  const rh = DD[0];
  const rl = DD[1];
  // exp(r) - 1 - r = r*r/2 + r**3/6 + ... (|r| <= ln2/128: 8 terms leave 2**-75).
  const p = rh * rh * (0.5 + rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh / 40320))))));
  twoSum(1, rh);
  const sh = DD[0];
  const sl = DD[1] + (rl + (rl * rh + p));
  ddMul(sh, sl, EXP_T_HI[j], EXP_T_LO[j]);
  return k;
}

/** hi + lo rounded, when the error bound `err` cannot change the rounding; else NaN (undecided). */
function zivRound(hi: number, lo: number, err: number): number {
  const a = hi + (lo + err);
  const b = hi + (lo - err);
  return a === b ? a : NaN;
}

/** e**x, correctly rounded.  CPython: libm exp */
export function crExp(x: number): number {
  if (x !== x) return x;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  if (x === 0) return 1;
  if (!ready) init();
  let k = expFast(x, 0);
  if (k >= -1000 && k <= 1000) {
    const r = zivRound(DD[0], DD[1], Math.abs(DD[0]) * 2 ** -63);
    if (r === r) return r * pow2(k);
  }
  k = expDD(x, 0);
  return scaleRound(DD[0], DD[1], k);
}

/** 2**x, correctly rounded.  CPython: libm exp2 */
export function crExp2(x: number): number {
  if (x !== x) return x;
  if (x >= 1024) return Infinity;
  if (x < -1075) return 0;
  if (Number.isInteger(x)) return x >= -1022 ? 2 ** x : scaleRound(1, 0, x);
  if (!ready) init();
  // 2**x = 2**i * exp(f * ln2) with f in [-0.5, 0.5].
  const i = Math.round(x);
  const f = x - i;
  ddMulD(LN2_HI, LN2_MID, f);
  const k = expDD(DD[0], DD[1]);
  return scaleRound(DD[0], DD[1], k + i);
}

/** log(x) in double-double into DD[0]/DD[1], for finite x > 0. */
function logDD(x: number): void {
  if (!ready) init();
  // x = m * 2**k with m in [0.75, 1.5), from the bits of x.
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54;
    k -= 54;
  }
  LF64[0] = x;
  k += ((LU32[1] >>> 20) & 0x7ff) - 1023;
  LU32[1] = (LU32[1] & 0x000fffff) | 0x3ff00000;
  let m = LF64[0]; // in [1, 2)
  if (m >= 1.5) {
    m /= 2;
    k++;
  }
  // m = c * (1 + t) with c = 1 + j/128.
  const j = Math.round((m - 1) * 128);
  let th: number;
  let tl: number;
  if (j === 0) {
    th = m - 1;
    tl = 0;
  } else {
    const c = 1 + j / 128;
    ddDiv(m - c, 0, c, 0);
    th = DD[0];
    tl = DD[1];
  }
  log1pSeries(th, tl, 9);
  if (j !== 0) ddAdd(DD[0], DD[1], LOG_T_HI[j + 32], LOG_T_LO[j + 32]);
  if (k !== 0) {
    const sh = DD[0];
    const sl = DD[1];
    twoProd(k, LN2_HI);
    const ph = DD[0];
    const pl = DD[1] + k * LN2_MID;
    ddAdd(ph, pl, sh, sl);
  }
}

// 1/c rounded to a double for c = 1 + j/128, j in -38..54 (index j + 38), with -log of it in double-double.
const INVC = new Float64Array(93);
const NLOG_INVC_HI = new Float64Array(93);
const NLOG_INVC_LO = new Float64Array(93);
let fastLogReady = false;

function initFastLog(): void {
  if (!ready) init();
  fastLogReady = true;
  for (let j = -38; j <= 54; j++) {
    const invc = 1 / (1 + j / 128);
    INVC[j + 38] = invc;
    // -log(invc) = log(1/invc): the series around 1 in double-double.
    twoSum(invc - 1, 0);
    log1pSeries(DD[0], DD[1], 60);
    NLOG_INVC_HI[j + 38] = -DD[0];
    NLOG_INVC_LO[j + 38] = -DD[1];
  }
}

/** The error bound of the last logFast result (absolute). */
const LOG_FAST_ERR_ = new Float64Array(1); // typed: module-level doubles are boxed

/**
 * log(x) for finite x > 0 to about 2**-65 (Ziv's fast step): x = 2**k * m, m ~ c, r = m/c - 1 exact
 * through a product with the double 1/c, log(1+r) as r plus a polynomial in doubles.
 * Result in DD[0]/DD[1], error bound in LOG_FAST_ERR_[0].
 */
function logFast(x: number): void {
  if (!fastLogReady) initFastLog();
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54;
    k -= 54;
  }
  LF64[0] = x;
  k += ((LU32[1] >>> 20) & 0x7ff) - 1023;
  LU32[1] = (LU32[1] & 0x000fffff) | 0x3ff00000;
  let m = LF64[0];
  if (m > 1.4142135623730951) {
    m /= 2;
    k++;
  }
  const j = Math.round((m - 1) * 128);
  let rh: number;
  let rl: number;
  if (j === 0) {
    rh = m - 1;
    rl = 0;
  } else {
    twoProd(m, INVC[j + 38]);
    twoSum(DD[0] - 1, DD[1]);
    rh = DD[0];
    rl = DD[1];
  }
  // log(1+r) - r = -r*r/2 + r**3/3 - ... (|r| < 2**-7.5: terms to r**9 leave 2**-75).
  const q =
    rh * rh * (-0.5 + rh * (1 / 3 + rh * (-0.25 + rh * (0.2 + rh * (-1 / 6 + rh * (1 / 7 + rh * (-0.125 + rh / 9))))))) - rh * rl;
  // Sum k*ln2 + (-log(1/c)) + r + q, largest first.
  twoProd(k, LN2_HI);
  let hi = DD[0];
  let lo = DD[1] + k * LN2_MID;
  if (j !== 0) {
    ddAdd(hi, lo, NLOG_INVC_HI[j + 38], NLOG_INVC_LO[j + 38]);
    hi = DD[0];
    lo = DD[1];
  }
  ddAdd(hi, lo, rh, rl + q);
  LOG_FAST_ERR_[0] = Math.abs(q) * 2 ** -49 + Math.abs(DD[0]) * 2 ** -95 + 2 ** -1060;
}

/** The natural logarithm, correctly rounded (x > 0 finite; callers handle the rest).  CPython: libm log */
export function crLog(x: number): number {
  if (x === 1) return 0;
  if (!(x > 0) || x === Infinity) return Math.log(x);
  logFast(x);
  const r = zivRound(DD[0], DD[1], LOG_FAST_ERR_[0]);
  if (r === r) return r;
  logDD(x);
  return DD[0] + DD[1];
}

/** log2(x), correctly rounded.  CPython: libm log2 */
export function crLog2(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log2(x);
  // Powers of two are exact.
  const e = Math.round(Math.log2(x));
  if (2 ** e === x) return e;
  logDD(x);
  ddDiv(DD[0], DD[1], LN2_HI, LN2_MID);
  return DD[0] + DD[1];
}

const LN10 = '2.30258509299404568401799145468436420760110148862877297603332790096757260967735248023599720508959829834196778404228624863340952546508280675666628736909878168948290720832555468084379989482623319852839350';
let LN10_HI = 0;
let LN10_MID = 0;

/** log10(x), correctly rounded.  CPython: libm log10 */
export function crLog10(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log10(x);
  if (LN10_HI === 0) [LN10_HI, LN10_MID] = splitConstant(LN10);
  logDD(x);
  ddDiv(DD[0], DD[1], LN10_HI, LN10_MID);
  return DD[0] + DD[1];
}

/**
 * x**y for an integer y when the exact power is a dyadic number of few bits (so that it may be
 * representable, or exactly halfway between two doubles, which double-double cannot decide);
 * undefined otherwise.
 */
function exactIntegerPower(x: number, y: number): number | undefined {
  const F = new Float64Array([x]);
  const U = new Uint32Array(F.buffer);
  const biased = (U[1] >>> 20) & 0x7ff;
  let m = (BigInt(U[1] & 0xfffff) << 32n) | BigInt(U[0]);
  let e: number;
  if (biased === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  if (m === 1n) return scaleToDouble(1n, e * y);
  if (y < 0) return undefined; // 2**k / m**|y| with odd m > 1 is never a double or a midpoint
  const bits = m.toString(2).length;
  if ((bits - 1) * y > 54) return undefined; // more than 54 significant bits: neither
  const p = m ** BigInt(y);
  if (p.toString(2).length > 54) return undefined;
  return scaleToDouble(p, e * y);
}

/**
 * x**y for finite x > 0 and finite y (the special cases are the callers'), correctly rounded:
 * exp(y * log(x)) with log and exp in double-double.  CPython: libm pow
 */
export function crPow(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  if (x === 1 || y === 0) return 1;
  if (Number.isInteger(y)) {
    const r = exactIntegerPower(x, y);
    if (r !== undefined) return r;
  }
  if (!ready) init();
  // Ziv's fast step: log and exp to about 2**-65, then the bound decides whether the rounding is sure.
  logFast(x);
  // Far outside the double range either way (also keeps the double-double steps finite).
  const approx = y * DD[0];
  if (approx > 710) return Infinity;
  if (approx < -746) return 0;
  const logErr = LOG_FAST_ERR_[0];
  ddMulD(DD[0], DD[1], y);
  if (DD[0] < 709 && DD[0] > -708) {
    const tErr = Math.abs(y) * logErr + Math.abs(DD[0]) * 2 ** -100;
    const k0 = expFast(DD[0], DD[1]);
    const r = zivRound(DD[0], DD[1], Math.abs(DD[0]) * (tErr * 1.01 + 2 ** -63));
    if (r === r) return r * pow2(k0);
  }
  logDD(x);
  ddMulD(DD[0], DD[1], y);
  const th = DD[0];
  const tl = DD[1];
  if (th > 709.8) return Infinity;
  if (th < -745.2) return 0;
  const k = expDD(th, tl);
  return scaleRound(DD[0], DD[1], k);
}

/**
 * sqrt(x*x + y*y) without undue overflow, correctly rounded but for rare near-halfway cases:
 * the sum of squares in double-double, then one Newton correction of the square root.
 * CPython: libm hypot (used by complex abs and powers)
 */
export function crHypot(x: number, y: number): number {
  let ax = Math.abs(x);
  let ay = Math.abs(y);
  if (ax === Infinity || ay === Infinity) return Infinity;
  if (ax !== ax || ay !== ay) return NaN;
  if (ax < ay) {
    const t = ax;
    ax = ay;
    ay = t;
  }
  // A part below 2**-60 of the other changes nothing once rounded.
  if (ay === 0 || ay < ax * 2 ** -60) return ax;
  // Scale so that the larger part is near 1: squares neither overflow nor underflow.
  const e = Math.floor(Math.log2(ax));
  ax = ldexpExact(ax, -e);
  ay = ldexpExact(ay, -e);
  twoProd(ax, ax);
  const xh = DD[0];
  const xl = DD[1];
  twoProd(ay, ay);
  ddAdd(xh, xl, DD[0], DD[1]);
  const sh = DD[0];
  const sl = DD[1];
  const r = Math.sqrt(sh);
  twoProd(r, r);
  const diff = sh - DD[0] - DD[1] + sl;
  return ldexpExact(r + diff / (2 * r), e);
}

function isOddInt(y: number): boolean {
  return Math.abs(y % 2) === 1;
}

/** C99's pow for every input (Annex F special cases), correctly rounded for finite results.  CPython: libm pow */
export function libmPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (ax > 1) === (y > 0) ? Infinity : 0;
  }
  if (x === 0) {
    const odd = isOddInt(y);
    if (y < 0) return odd ? 1 / x : Infinity;
    return odd ? x : 0;
  }
  if (x === Infinity) return y > 0 ? Infinity : 0;
  if (x === -Infinity) {
    const odd = isOddInt(y);
    if (y > 0) return odd ? -Infinity : Infinity;
    return odd ? -0 : 0;
  }
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    const r = crPow(-x, y);
    return isOddInt(y) ? -r : r;
  }
  return crPow(x, y);
}

/** The exact product of the last twoProdExact call: PROD_HI + PROD_LO == a * b. */
export let PROD_HI = 0;
export let PROD_LO = 0;

/** a * b exactly as PROD_HI + PROD_LO (Dekker's product; barring overflow and underflow). */
export function twoProdExact(a: number, b: number): void {
  twoProd(a, b);
  PROD_HI = DD[0];
  PROD_LO = DD[1];
}

/** The slow, always double-double paths (for testing the fast ones). */
export function slowExp(x: number): number {
  if (!ready) init();
  const k = expDD(x, 0);
  return scaleRound(DD[0], DD[1], k);
}
export function slowLog(x: number): number {
  logDD(x);
  return DD[0] + DD[1];
}
export function slowPow(x: number, y: number): number {
  if (!ready) init();
  logDD(x);
  ddMulD(DD[0], DD[1], y);
  const k = expDD(DD[0], DD[1]);
  return scaleRound(DD[0], DD[1], k);
}
