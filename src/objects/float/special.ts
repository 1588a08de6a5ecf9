// Double-precision algorithms of CPython's math module that are its own rather than the C
// library's: gamma/lgamma (Lanczos), sin(pi*x), IEEE remainder, fma, the accurate vector norm of
// hypot/dist, exact summation (fsum), triple-length dot products (sumprod), and the bit-level
// helpers frexp/ldexp/nextafter/ulp.  CPython: Modules/mathmodule.c

import { crExp, crLog, libmPow, twoProdExact, PROD_HI, PROD_LO } from './libm.ts';
import { libmSin, libmCos } from './fdlibm.ts';
import { scaleToDouble } from './strtod.ts';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** C's copysign. */
export function copysign(x: number, y: number): number {
  F64[0] = y;
  return U32[1] >>> 31 ? -Math.abs(x) : Math.abs(x);
}

// ---- frexp, ldexp, nextafter, ulp ----

/** [m, e] with x = m * 2**e and 0.5 <= |m| < 1 (x finite, non-zero).  CPython: frexp */
export function frexp(x: number): [number, number] {
  let e = 0;
  F64[0] = x;
  let biased = (U32[1] >>> 20) & 0x7ff;
  if (biased === 0) {
    // Subnormal: scale into the normal range first.
    F64[0] = x * 2 ** 64;
    biased = (U32[1] >>> 20) & 0x7ff;
    e = -64;
  }
  e += biased - 1022;
  U32[1] = (U32[1] & 0x800fffff) | (1022 << 20);
  return [F64[0], e];
}

/** x * 2**e rounded once (x finite, non-zero); ±Infinity on overflow.  CPython: ldexp */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m0, ex] = frexp(x);
  const m = m0 * 2; // in [1, 2)
  const E = ex - 1 + e;
  if (E > 1023) return x > 0 ? Infinity : -Infinity;
  if (E >= -1022) return m * 2 ** E;
  if (E < -1075) return copysign(0, x);
  // A subnormal result: one multiplication rounds the exact product once.
  if (E === -1075) return Math.abs(m) > 1 ? copysign(2 ** -1074, x) : copysign(0, x);
  return m * 2 ** E;
}

/** The representation of a double as an unsigned 64-bit BigInt. */
function bitsOf(x: number): bigint {
  F64[0] = x;
  return (BigInt(U32[1]) << 32n) | BigInt(U32[0]);
}

function fromBits(b: bigint): number {
  U32[1] = Number(b >> 32n);
  U32[0] = Number(b & 0xffffffffn);
  return F64[0];
}

/** The double `steps` representable values after x toward y.  CPython: math_nextafter_impl */
export function nextafterSteps(x: number, y: number, steps: bigint): number {
  if (x !== x) return x;
  if (y !== y) return y;
  if (steps === 0n) return x;
  const SIGN = 1n << 63n;
  const ux = bitsOf(x);
  const uy = bitsOf(y);
  if (ux === uy) return y;
  const ax = ux & ~SIGN;
  const ay = uy & ~SIGN;
  if ((ux ^ uy) & SIGN) {
    // Opposite signs: through zero.
    if (ax + ay <= steps) return y;
    if (ax < steps) return fromBits((uy & SIGN) | (steps - ax));
    return fromBits(ux - steps);
  }
  if (ax > ay) return ax - ay >= steps ? fromBits(ux - steps) : y;
  return ay - ax >= steps ? fromBits(ux + steps) : y;
}

/** C's nextafter: the next double after x toward y. */
export function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return x + y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 2 ** -1074 : -(2 ** -1074);
  F64[0] = x;
  let lo = U32[0];
  let hi = U32[1];
  if (x < y === x > 0) {
    // away from zero
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi++;
  } else {
    if (lo === 0) hi--;
    lo = (lo - 1) >>> 0;
  }
  U32[0] = lo;
  U32[1] = hi;
  return F64[0];
}

/** The value of the least significant bit of x.  CPython: math_ulp_impl */
export function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

// ---- remainder and fma ----

/**
 * IEEE 754 remainder: x - n*y with n*y the nearest multiple of y to x, n even at ties; exact.
 * CPython: m_remainder
 */
export function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    // Compare m with absy - m rather than with absy/2, which may not be representable.
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (absx - m)) % absy); // halfway: choose the even multiple
    return copysign(1, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) return NaN;
  return x;
}

/** The exact value of a finite double as [sign * mantissa, exponent]. */
function exactParts(x: number): [bigint, number] {
  F64[0] = x;
  const biased = (U32[1] >>> 20) & 0x7ff;
  let m = (BigInt(U32[1] & 0xfffff) << 32n) | BigInt(U32[0]);
  let e: number;
  if (biased === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  return [x < 0 ? -m : m, e];
}

/** x*y + z with one rounding (C's fma), by exact BigInt arithmetic when the inputs are finite. */
export function fma(x: number, y: number, z: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x * y + z;
  // A finite product never overflows the exact sum: an infinite or NaN z is the result.
  if (!Number.isFinite(z)) return z;
  if (x === 0 || y === 0) return x * y + z;
  if (z === 0) {
    const p = x * y;
    // x*y itself rounded once; a non-zero product cancels nothing.
    if (p !== 0 && Number.isFinite(p) && Math.abs(p) >= 2.2250738585072014e-308) return p + z;
  }
  const [mx, ex] = exactParts(x);
  const [my, ey] = exactParts(y);
  const [mz, ez] = exactParts(z);
  let mp = mx * my;
  let ep = ex + ey;
  let m2 = mz;
  // Align the exponents.
  if (ep > ez) {
    mp <<= BigInt(ep - ez);
    ep = ez;
  } else if (ez > ep) {
    m2 <<= BigInt(ez - ep);
  }
  const sum = mp + m2;
  if (sum === 0n) return x * y + z; // exact cancellation: the sign IEEE prescribes
  const v = scaleToDouble(sum < 0n ? -sum : sum, ep);
  return sum < 0n ? -v : v;
}

// ---- gamma and lgamma (Lanczos approximation, N=13, g=6.024680040776729583740234375) ----

const PI = 3.141592653589793238462643383279502884197;
const LOGPI = 1.144729885849400174143427351353058711647;
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
// The denominator x*(x+1)*...*(x+11) as a polynomial.
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
  1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
  51090942171709440000.0, 1124000727777607680000.0,
];

/** sin(pi*x) for finite x, exact at integers and halves.  CPython: m_sinpi */
export function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0:
      r = libmSin(PI * y);
      break;
    case 1:
      r = libmCos(PI * (y - 0.5));
      break;
    case 2:
      // (-sin(pi*(y-1)) would give -0.0 at y == 1)
      r = libmSin(PI * (1 - y));
      break;
    case 3:
      r = -libmCos(PI * (y - 1.5));
      break;
    default:
      r = libmSin(PI * (y - 2));
  }
  return copysign(1, x) * r;
}

/** The Lanczos sum L_g(x) for x > 0, as a rational function (in 1/x for large x, to avoid overflow). */
function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** Errors of gamma/lgamma (CPython's errno): 'domain', 'range', or ''. */
export let specialError: '' | 'domain' | 'range' = '';

/**
 * The gamma function: Lanczos for x > 0, with a correction for the rounding of x + g - 0.5, and
 * the reflection formula for x < 0.  CPython: m_tgamma
 */
export function gamma(x: number): number {
  specialError = '';
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    specialError = 'domain';
    return NaN;
  }
  if (x === 0) {
    specialError = 'domain';
    return copysign(Infinity, x);
  }
  if (x === Math.floor(x)) {
    if (x < 0) {
      specialError = 'domain';
      return NaN;
    }
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (r === Infinity || r === -Infinity) specialError = 'range';
    return r;
  }
  // Overflow above 200, underflow to ±0 below -200.
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    specialError = 'range';
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // The rounding error of y, and the correction it calls for.
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = (((-PI / sinpi(absx)) / absx) * crExp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= libmPow(y, absx - 0.5);
    else {
      const sqrtpow = libmPow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / crExp(y);
    r += z * r;
    if (absx < 140) r *= libmPow(y, absx - 0.5);
    else {
      const sqrtpow = libmPow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (r === Infinity || r === -Infinity) specialError = 'range';
  return r;
}

/** log|gamma(x)|, by Lanczos and reflection.  CPython: m_lgamma */
export function lgamma(x: number): number {
  specialError = '';
  if (!Number.isFinite(x)) {
    if (x !== x) return x;
    return Infinity;
  }
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) {
      specialError = 'domain';
      return Infinity;
    }
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -crLog(absx);
  let r = crLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (crLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOGPI - crLog(Math.abs(sinpi(absx))) - crLog(absx) - r;
  if (r === Infinity || r === -Infinity) specialError = 'range';
  return r;
}

// ---- hypot and dist: the accurate vector norm ----

/**
 * sqrt(sum(x*x for x in vec)) for non-negative finite vec with maximum `max`: power-of-two scaling,
 * exact squares, compensated summation kept above 1.0, and a differential correction of the
 * square root.  CPython: vector_norm
 */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const [, maxE] = frexp(max);
  if (maxE < -1023) {
    // ldexp(1.0, -max_e) would overflow: scale the subnormals up first.
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, false);
  }
  const scale = 2 ** -maxE;
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  for (let i = 0; i < n; i++) {
    const x = vec[i] * scale;
    twoProdExact(x, x);
    const prHi = PROD_HI;
    const prLo = PROD_LO;
    // csum >= prHi: fast two-sum
    const s = csum + prHi;
    frac2 += csum - s + prHi;
    csum = s;
    frac1 += prLo;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  twoProdExact(-h, h);
  const s = csum + PROD_HI;
  frac2 += csum - s + PROD_HI;
  csum = s;
  frac1 += PROD_LO;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}

// ---- fsum: exact summation with correct rounding ----

/**
 * Accumulates doubles into non-overlapping partial sums exactly (Shewchuk's algorithm) and rounds
 * their total once.  CPython: math_fsum
 */
export class ExactSum {
  private partials: number[] = [];
  specialSum = 0;
  infSum = 0;
  /** Set when a finite addend made an infinite partial: "intermediate overflow". */
  overflow = false;

  add(x: number): void {
    const p = this.partials;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // From an inf or nan addend, or from overflow of finite ones.
        if (Number.isFinite(xsave)) {
          this.overflow = true;
          return;
        }
        if (xsave === Infinity || xsave === -Infinity) this.infSum += xsave;
        this.specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }

  /** The correctly rounded sum of the partials. */
  result(): number {
    const p = this.partials;
    let n = p.length;
    let hi = 0;
    let lo = 0;
    if (n > 0) {
      hi = p[--n];
      // Add from the top while the sum stays exact.
      while (n > 0) {
        const x = hi;
        const y = p[--n];
        hi = x + y;
        const yr = hi - x;
        lo = y - yr;
        if (lo !== 0) break;
      }
      // Half-even rounding across partials: a remainder of the same sign as the next partial
      // tips an exact half-way case.
      if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
        const y = lo * 2;
        const x = hi + y;
        const yr = x - hi;
        if (y === yr) hi = x;
      }
    }
    return hi;
  }
}

// ---- sumprod: triple-length accumulation of products ----

/** A sum held as hi + lo + tiny. */
export class TripleLength {
  hi = 0;
  lo = 0;
  tiny = 0;

  /** total += x * y, with the product exact and the sums error-free (Ogita-Rump-Oishi). */
  fma(x: number, y: number): void {
    twoProdExact(x, y);
    const pHi = PROD_HI;
    // Dekker's split overflows for products near the largest double: C's fma does not.
    const pLo = Number.isFinite(PROD_LO) || !Number.isFinite(pHi) ? PROD_LO : fma(x, y, -pHi);
    // sm = dl_sum(hi, pHi), r1 = dl_sum(lo, pLo), r2 = dl_sum(r1.hi, sm.lo)
    const smHi = this.hi + pHi;
    let z = smHi - this.hi;
    const smLo = this.hi - (smHi - z) + (pHi - z);
    const r1Hi = this.lo + pLo;
    z = r1Hi - this.lo;
    const r1Lo = this.lo - (r1Hi - z) + (pLo - z);
    const r2Hi = r1Hi + smLo;
    z = r2Hi - r1Hi;
    const r2Lo = r1Hi - (r2Hi - z) + (smLo - z);
    this.hi = smHi;
    this.lo = r2Hi;
    this.tiny = this.tiny + r1Lo + r2Lo;
  }

  /** The rounded total.  CPython: tl_to_d */
  toDouble(): number {
    const x = this.lo + this.hi;
    const z = x - this.lo;
    const y = this.lo - (x - z) + (this.hi - z);
    return this.tiny + y + x;
  }
}
