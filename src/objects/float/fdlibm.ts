// The C library functions whose results JS's Math does not reproduce: sin/cos with their argument
// reduction, cosh/tanh/asinh/acosh/atanh, erf/erfc and log10, written to follow the algorithms of
// Sun's fdlibm as the reference CPython's C library (musl) uses them, so that results agree to the
// last bit. The polynomial coefficients are fdlibm's published minimax constants (Sun Microsystems,
// freely distributable); the code is our own.
// CPython: Modules/mathmodule.c calls libm sin, cos, cosh, tanh, asinh, acosh, atanh, erf, erfc, log10

import { crExp, crLog } from './libm.ts';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** The high 32 bits of a double's representation. */
function highWord(x: number): number {
  F64[0] = x;
  return U32[1] | 0;
}

/** x with its low 32 bits cleared. */
function clearLowWord(x: number): number {
  F64[0] = x;
  U32[0] = 0;
  return F64[0];
}

// ---- reduction of the argument modulo pi/2 ----

// pi/2 in pieces: 33-bit heads with their tails, and 53 bits of 2/pi.
const INV_PIO2 = 6.36619772367581382433e-1;
const PIO2_1 = 1.57079632673412561417;
const PIO2_1T = 6.07710050650619224932e-11;
const PIO2_2 = 6.07710050630396597660e-11;
const PIO2_2T = 2.02226624879595063154e-21;
const PIO2_3 = 2.02226624871116645580e-21;
const PIO2_3T = 8.47842766036889956997e-32;
const ROUNDER = 6755399441055744; // 1.5 * 2**52: adding and subtracting it rounds to an integer

// The reduced argument y0 + y1 of the last remPio2 call.
// A typed array, not module variables: a double stored in a module variable is boxed (allocated)
const YY = new Float64Array(2);

/** x - n*pi/2 into YY[0] + YY[1] for |x| > pi/4 (finite); returns n. */
function remPio2(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  const pos = hx > 0;
  // Small multiples of pi/2, unless x is close to one (cancellation: the medium case handles it).
  if (ix <= 0x400f6a7a) {
    if ((ix & 0xfffff) !== 0x921fb) return smallReduce(x, pos, ix <= 0x4002d97c ? 1 : 2);
  } else if (ix <= 0x401c463b) {
    if (ix <= 0x4015fdbc) {
      if (ix !== 0x4012d97c) return smallReduce(x, pos, 3);
    } else if (ix !== 0x401921fb) return smallReduce(x, pos, 4);
  }
  if (ix < 0x413921fb) {
    // Medium arguments: pi/2 applied in 33-bit pieces, as many as cancellation requires.
    const fn = x * INV_PIO2 + ROUNDER - ROUNDER;
    const n = fn | 0;
    let r = x - fn * PIO2_1;
    let w = fn * PIO2_1T;
    const j = ix >> 20;
    YY[0] = r - w;
    let i = j - ((highWord(YY[0]) >> 20) & 0x7ff);
    if (i > 16) {
      let t = r;
      w = fn * PIO2_2;
      r = t - w;
      w = fn * PIO2_2T - (t - r - w);
      YY[0] = r - w;
      i = j - ((highWord(YY[0]) >> 20) & 0x7ff);
      if (i > 49) {
        t = r;
        w = fn * PIO2_3;
        r = t - w;
        w = fn * PIO2_3T - (t - r - w);
        YY[0] = r - w;
      }
    }
    YY[1] = r - YY[0] - w;
    return n;
  }
  return largeReduce(x);
}

function smallReduce(x: number, pos: boolean, k: number): number {
  if (pos) {
    const z = x - k * PIO2_1;
    YY[0] = z - k * PIO2_1T;
    YY[1] = z - YY[0] - k * PIO2_1T;
    return k;
  }
  const z = x + k * PIO2_1;
  YY[0] = z + k * PIO2_1T;
  YY[1] = z - YY[0] + k * PIO2_1T;
  return -k;
}

// 2/pi in fixed point with 1400 fraction bits, and pi/2 with 200, computed on first use.
let TWO_OVER_PI = 0n;
let PI_OVER_2 = 0n;
const TWO_OVER_PI_BITS = 1400n;
const PI_OVER_2_BITS = 200n;

/** pi * 2**bits, by Machin's formula pi = 16 atan(1/5) - 4 atan(1/239) in fixed point. */
function fixedPi(bits: bigint): bigint {
  const guard = 32n;
  const one = 1n << (bits + guard);
  const atanInv = (k: bigint): bigint => {
    let sum = 0n;
    let term = one / k;
    const k2 = k * k;
    for (let n = 1n; term !== 0n; n += 2n) {
      sum += (((n - 1n) / 2n) % 2n === 0n ? term : -term) / n;
      term /= k2;
    }
    return sum;
  };
  return (16n * atanInv(5n) - 4n * atanInv(239n)) >> guard;
}

/**
 * Reduction of a huge argument, exactly: x * 2/pi with 1400 bits of 2/pi (enough for every double),
 * rounded to the nearest integer n, and the fraction times pi/2 as a double-double.
 * CPython: libm's __rem_pio2_large (same result, by exact arithmetic)
 */
function largeReduce(x: number): number {
  if (TWO_OVER_PI === 0n) {
    const pi = fixedPi(TWO_OVER_PI_BITS + 8n);
    TWO_OVER_PI = (1n << (2n * TWO_OVER_PI_BITS + 9n)) / pi;
    PI_OVER_2 = fixedPi(PI_OVER_2_BITS) >> 1n;
  }
  const neg = x < 0;
  // |x| = m * 2**e with m an integer below 2**53.
  let m = Math.abs(x);
  let e = 0;
  while (m >= 2 ** 53) {
    m /= 2;
    e++;
  }
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  // m * 2/pi * 2**1400 = |x| * 2/pi * 2**(1400 - e): split at that point into n and a fraction.
  const shift = TWO_OVER_PI_BITS - BigInt(e);
  const product = BigInt(m) * TWO_OVER_PI;
  let n = product >> shift;
  let frac = product - (n << shift);
  if (frac >= 1n << (shift - 1n)) {
    n += 1n;
    frac -= 1n << shift;
  }
  // r = frac / 2**shift * pi/2, as an integer scaled by 2**(shift + 200); then its top 160 bits.
  const r = frac * PI_OVER_2;
  const rNeg = r < 0n;
  let a = rNeg ? -r : r;
  const drop = Math.max(0, a.toString(2).length - 160);
  a >>= BigInt(drop);
  const hi = Number(a);
  const lo = Number(a - BigInt(hi));
  const k = drop - Number(shift + PI_OVER_2_BITS);
  const y0 = hi * 2 ** k;
  const y1 = lo * 2 ** k;
  const nn = Number(n & 3n);
  if (neg !== rNeg) {
    YY[0] = -y0;
    YY[1] = -y1;
  } else {
    YY[0] = y0;
    YY[1] = y1;
  }
  return neg ? -nn : nn;
}

// ---- the sine and cosine kernels on [-pi/4, pi/4] ----

const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;

/** sin(x + y) for |x| <= pi/4, y the tail of x (ignored when iy is 0): an odd polynomial of degree 13. */
function kernelSin(x: number, y: number, iy: number): number {
  const z = x * x;
  const w = z * z;
  const r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  const v = z * x;
  if (iy === 0) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.08757232129817482790e-9;
const C6 = -1.13596475577881948265e-11;

/** cos(x + y) for |x| <= pi/4: 1 - x*x/2 + an even polynomial, the first term split for accuracy. */
function kernelCos(x: number, y: number): number {
  const z = x * x;
  let w = z * z;
  const r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  const hz = 0.5 * z;
  w = 1 - hz;
  return w + (1 - w - hz + (z * r - x * y));
}

/** The sine.  CPython: libm sin */
export function libmSin(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e500000) return x;
    return kernelSin(x, 0, 0);
  }
  if (ix >= 0x7ff00000) return NaN;
  const n = remPio2(x);
  switch (n & 3) {
    case 0:
      return kernelSin(YY[0], YY[1], 1);
    case 1:
      return kernelCos(YY[0], YY[1]);
    case 2:
      return -kernelSin(YY[0], YY[1], 1);
    default:
      return -kernelCos(YY[0], YY[1]);
  }
}

/** The cosine.  CPython: libm cos */
export function libmCos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e46a09e) return 1;
    return kernelCos(x, 0);
  }
  if (ix >= 0x7ff00000) return NaN;
  const n = remPio2(x);
  switch (n & 3) {
    case 0:
      return kernelCos(YY[0], YY[1]);
    case 1:
      return -kernelSin(YY[0], YY[1], 1);
    case 2:
      return -kernelCos(YY[0], YY[1]);
    default:
      return kernelSin(YY[0], YY[1], 1);
  }
}

// ---- hyperbolic functions and their inverses ----

/** exp(x)/2 for x beyond log(DBL_MAX), scaled in two steps so that it overflows only when it must. */
function expo2(x: number, sign: number): number {
  // exp(x - k ln2) * 2**(k-1) with k = 2043.
  const scale = 2 ** 1021;
  return crExp(x - 1416.0996898839683) * (sign * scale) * scale;
}

/** The hyperbolic cosine.  CPython: libm cosh */
export function libmCosh(x: number): number {
  const ax = Math.abs(x);
  const w = highWord(ax);
  if (w < 0x3fe62e42) {
    // |x| < log(2): through expm1, accurate near 0.
    if (w < 0x3ff00000 - (26 << 20)) return 1;
    const t = Math.expm1(ax);
    return 1 + (t * t) / (2 * (1 + t));
  }
  if (w < 0x40862e42) {
    const t = crExp(ax);
    return 0.5 * (t + 1 / t);
  }
  if (ax !== ax) return ax;
  return expo2(ax, 1);
}

/** The hyperbolic sine.  CPython: libm sinh */
export function libmSinh(x: number): number {
  const h = x < 0 || Object.is(x, -0) ? -0.5 : 0.5;
  const ax = Math.abs(x);
  const w = highWord(ax);
  if (w < 0x40862e42) {
    const t = Math.expm1(ax);
    if (w < 0x3ff00000) {
      if (w < 0x3ff00000 - (26 << 20)) return x;
      return h * (2 * t - (t * t) / (t + 1));
    }
    return h * (t + t / (t + 1));
  }
  if (ax !== ax) return ax;
  return expo2(ax, 2 * h);
}

/** The hyperbolic tangent.  CPython: libm tanh */
export function libmTanh(x: number): number {
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  const w = highWord(ax);
  let t: number;
  if (w > 0x3fe193ea) {
    // |x| > log(3)/2
    if (w > 0x40340000) {
      if (ax !== ax) return ax;
      t = 1;
    } else {
      t = Math.expm1(2 * ax);
      t = 1 - 2 / (t + 2);
    }
  } else if (w > 0x3fd058ae) {
    // |x| > log(5/3)/2
    t = Math.expm1(2 * ax);
    t = t / (t + 2);
  } else if (w >= 0x00100000) {
    t = Math.expm1(-2 * ax);
    t = -t / (t + 2);
  } else t = ax;
  return neg ? -t : t;
}

const LN2 = 0.693147180559945309417232121458176568;

/** The inverse hyperbolic sine.  CPython: libm asinh */
export function libmAsinh(x: number): number {
  const neg = x < 0 || Object.is(x, -0);
  let ax = Math.abs(x);
  const e = (highWord(ax) >>> 20) & 0x7ff;
  if (e >= 0x3ff + 26) ax = crLog(ax) + LN2;
  else if (e >= 0x3ff + 1) ax = crLog(2 * ax + 1 / (Math.sqrt(ax * ax + 1) + ax));
  else if (e >= 0x3ff - 26) ax = libmLog1p(ax + (ax * ax) / (Math.sqrt(ax * ax + 1) + 1));
  return neg ? -ax : ax;
}

/** The inverse hyperbolic cosine (NaN below 1).  CPython: libm acosh */
export function libmAcosh(x: number): number {
  const e = (highWord(x) >>> 20) & 0x7ff;
  if (e < 0x3ff + 1) return libmLog1p(x - 1 + Math.sqrt((x - 1) * (x - 1) + 2 * (x - 1)));
  if (e < 0x3ff + 26) return crLog(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  if (x !== x || x < 0) return NaN;
  return crLog(x) + LN2;
}

/** The inverse hyperbolic tangent (NaN beyond ±1, ±inf at ±1).  CPython: libm atanh */
export function libmAtanh(x: number): number {
  const neg = x < 0 || Object.is(x, -0);
  let y = Math.abs(x);
  const e = (highWord(y) >>> 20) & 0x7ff;
  if (e < 0x3ff - 1) {
    if (e >= 0x3ff - 32) y = 0.5 * libmLog1p(2 * y + (2 * y * y) / (1 - y));
  } else y = 0.5 * libmLog1p(2 * (y / (1 - y)));
  return neg ? -y : y;
}

// ---- the error function ----

const ERX = 8.45062911510467529297e-1;
const EFX8 = 1.02703333676410069053;
const PP = [1.28379167095512558561e-1, -3.25042107247001499370e-1, -2.84817495755985104766e-2, -5.77027029648944159157e-3, -2.37630166566501626084e-5];
const QQ = [0, 3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3, 1.32494738004321644526e-4, -3.96022827877536812320e-6];
const PA = [
  -2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1, 3.18346619901161753674e-1, -1.10894694282396677476e-1,
  3.54783043256182359371e-2, -2.16637559486879084300e-3,
];
const QA = [0, 1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2, 1.26171219808761642112e-1, 1.36370839120290507362e-2, 1.19844998467991074170e-2];
const RA = [
  -9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1, -6.23753324503260060396e1, -1.62396669462573470355e2,
  -1.84605092906711035994e2, -8.12874355063065934246e1, -9.81432934416914548592,
];
const SA = [
  0, 1.96512716674392571292e1, 1.37657754143519042600e2, 4.34565877475229228821e2, 6.45387271733267880336e2, 4.29008140027567833386e2,
  1.08635005541779435134e2, 6.57024977031928170135, -6.04244152148580987438e-2,
];
const RB = [
  -9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1, -1.60636384855821916062e2, -6.37566443368389627722e2,
  -1.02509513161107724954e3, -4.83519191608651397019e2,
];
const SB = [
  0, 3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3, 3.19985821950859553908e3, 2.55305040643316442583e3,
  4.74528541206955367215e2, -2.24409524465858183362e1,
];

/** The rational approximation r(z)/s(z) of erf(x)/x - 1 on |x| < 0.84375, z = x*x. */
function erfSmallRatio(z: number): number {
  const r = PP[0] + z * (PP[1] + z * (PP[2] + z * (PP[3] + z * PP[4])));
  const s = 1 + z * (QQ[1] + z * (QQ[2] + z * (QQ[3] + z * (QQ[4] + z * QQ[5]))));
  return r / s;
}

/** erfc near 1: 1 - erx - P(s)/Q(s) with s = |x| - 1. */
function erfcNearOne(x: number): number {
  const s = Math.abs(x) - 1;
  const p = PA[0] + s * (PA[1] + s * (PA[2] + s * (PA[3] + s * (PA[4] + s * (PA[5] + s * PA[6])))));
  const q = 1 + s * (QA[1] + s * (QA[2] + s * (QA[3] + s * (QA[4] + s * (QA[5] + s * QA[6])))));
  return 1 - ERX - p / q;
}

/** erfc(|x|) for 0.84375 <= |x| < 28: exp(-x*x - 0.5625 + R/S)/|x| with x*x split for accuracy. */
function erfcTail(ix: number, x: number): number {
  if (ix < 0x3ff40000) return erfcNearOne(x);
  const ax = Math.abs(x);
  const s = 1 / (ax * ax);
  let r: number;
  let q: number;
  if (ix < 0x4006db6d) {
    r = RA[0] + s * (RA[1] + s * (RA[2] + s * (RA[3] + s * (RA[4] + s * (RA[5] + s * (RA[6] + s * RA[7]))))));
    q = 1 + s * (SA[1] + s * (SA[2] + s * (SA[3] + s * (SA[4] + s * (SA[5] + s * (SA[6] + s * (SA[7] + s * SA[8])))))));
  } else {
    r = RB[0] + s * (RB[1] + s * (RB[2] + s * (RB[3] + s * (RB[4] + s * (RB[5] + s * RB[6])))));
    q = 1 + s * (SB[1] + s * (SB[2] + s * (SB[3] + s * (SB[4] + s * (SB[5] + s * (SB[6] + s * SB[7]))))));
  }
  const z = clearLowWord(ax);
  return (crExp(-z * z - 0.5625) * crExp((z - ax) * (z + ax) + r / q)) / ax;
}

/** The error function.  CPython: libm erf */
export function libmErf(x: number): number {
  const hx = highWord(x);
  const neg = hx < 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (x !== x) return x;
    return neg ? -1 : 1;
  }
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) return 0.125 * (8 * x + EFX8 * x);
    const y = erfSmallRatio(x * x);
    return x + x * y;
  }
  const y = ix < 0x40180000 ? 1 - erfcTail(ix, x) : 1 - 2 ** -1022;
  return neg ? -y : y;
}

/** The complementary error function.  CPython: libm erfc */
export function libmErfc(x: number): number {
  const hx = highWord(x);
  const neg = hx < 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (x !== x) return x;
    return neg ? 2 : 0;
  }
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = erfSmallRatio(x * x);
    if (neg || ix < 0x3fd00000) return 1 - (x + x * y);
    return 0.5 - (x - 0.5 + x * y);
  }
  if (ix < 0x403c0000) return neg ? 2 - erfcTail(ix, x) : erfcTail(ix, x);
  return neg ? 2 - 2 ** -1022 : 0;
}

// ---- log10 ----

const IVLN10HI = 4.34294481878168880939e-1;
const IVLN10LO = 2.50829467116452752298e-11;
const LOG10_2HI = 3.01029995663611771306e-1;
const LOG10_2LO = 3.69423907715893078616e-13;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/** The base-10 logarithm (x > 0 finite; callers handle the rest).  CPython: libm log10 */
export function libmLog10(x: number): number {
  F64[0] = x;
  let hx = U32[1];
  let k = 0;
  if (hx < 0x00100000) {
    // Subnormal: scale up.
    k -= 54;
    x *= 2 ** 54;
    F64[0] = x;
    hx = U32[1];
  } else if (hx === 0x3ff00000 && U32[0] === 0) return 0;
  // Reduce x into [sqrt(2)/2, sqrt(2)).
  hx += 0x3ff00000 - 0x3fe6a09e;
  k += (hx >>> 20) - 0x3ff;
  hx = (hx & 0x000fffff) + 0x3fe6a09e;
  U32[1] = hx;
  x = F64[0];
  const f = x - 1;
  const hfsq = 0.5 * f * f;
  const s = f / (2 + f);
  const z = s * s;
  let w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  // hi + lo = log(1+f), hi with only its upper 32 bits.
  const hi = clearLowWord(f - hfsq);
  const lo = f - hi - hfsq + s * (hfsq + r);
  let valHi = hi * IVLN10HI;
  const y = k * LOG10_2HI;
  let valLo = k * LOG10_2LO + (lo + hi) * IVLN10LO + lo * IVLN10HI;
  w = y + valHi;
  valLo += y - w + valHi;
  valHi = w;
  return valLo + valHi;
}

// ---- log1p and atan2 ----

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;

/** log(1 + x), accurate near 0 (x > -1 finite; callers handle the rest).  CPython: libm log1p */
export function libmLog1p(x: number): number {
  const hx = highWord(x) >>> 0;
  let k = 1;
  let c = 0;
  let f = 0;
  if (hx < 0x3fda827a || hx >>> 31) {
    // 1 + x < sqrt(2)
    if (hx >= 0xbff00000) return x === -1 ? -Infinity : NaN;
    if (((hx << 1) >>> 0) < 0x3ca00000 * 2) return x; // |x| < 2**-53
    if (hx <= 0xbfd2bec4) {
      // sqrt(2)/2 <= 1 + x < sqrt(2): no reduction
      k = 0;
      f = x;
    }
  } else if (hx >= 0x7ff00000) return x;
  if (k !== 0) {
    const u = 1 + x;
    F64[0] = u;
    let hu = (U32[1] + (0x3ff00000 - 0x3fe6a09e)) >>> 0;
    k = (hu >>> 20) - 0x3ff;
    // A correction term for the rounding of 1 + x.
    if (k < 54) {
      c = k >= 2 ? 1 - (u - x) : x - (u - 1);
      c /= u;
    }
    // Reduce u into [sqrt(2)/2, sqrt(2)).
    hu = (hu & 0x000fffff) + 0x3fe6a09e;
    F64[0] = u;
    U32[1] = hu;
    f = F64[0] - 1;
  }
  const hfsq = 0.5 * f * f;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  return s * (hfsq + r) + (k * LN2_LO + c) - hfsq + f + k * LN2_HI;
}

const PI = 3.1415926535897931160;
const PI_LO = 1.2246467991473531772e-16;

/** atan(y/x) in the right quadrant (atan itself is JS's, which agrees).  CPython: libm atan2 */
export function libmAtan2(y: number, x: number): number {
  if (x !== x || y !== y) return x + y;
  if (x === 1) return Math.atan(y);
  const hx = highWord(x);
  const hy = highWord(y);
  const m = ((hy >>> 31) & 1) | ((hx >>> 30) & 2);
  const ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;
  if (y === 0) return m < 2 ? y : m === 2 ? PI : -PI;
  if (x === 0) return m & 1 ? -PI / 2 : PI / 2;
  if (ix === 0x7ff00000) {
    if (iy === 0x7ff00000) return [PI / 4, -PI / 4, (3 * PI) / 4, (-3 * PI) / 4][m];
    return [0, -0, PI, -PI][m];
  }
  // |y/x| > 2**64
  if (ix + (64 << 20) < iy || iy === 0x7ff00000) return m & 1 ? -PI / 2 : PI / 2;
  const z = m & 2 && iy + (64 << 20) < ix ? 0 : Math.atan(Math.abs(y / x));
  switch (m) {
    case 0:
      return z;
    case 1:
      return -z;
    case 2:
      return PI - (z - PI_LO);
    default:
      return z - PI_LO - PI;
  }
}

// ---- hypot ----

/** hi + lo = x*x exactly (Veltkamp split of x). */
const SQ = new Float64Array(2); // typed: module-level doubles are boxed
function square(x: number): void {
  const xc = x * 134217729;
  const xh = x - xc + xc;
  const xl = x - xh;
  SQ[0] = x * x;
  SQ[1] = xh * xh - SQ[0] + 2 * xh * xl + xl * xl;
}

/**
 * sqrt(x*x + y*y): the squares exactly as hi + lo pairs, summed smallest first, one square root
 * (faithfully rounded, as the reference C library computes it).  CPython: libm hypot
 */
export function libmHypot(x: number, y: number): number {
  let ax = Math.abs(x);
  let ay = Math.abs(y);
  // Order by magnitude as bit patterns do (a NaN above an infinity).
  if (ax < ay || (ay !== ay && ax === ax)) {
    const t = ax;
    ax = ay;
    ay = t;
  }
  if (ay === Infinity) return ay;
  if (ax === Infinity || ax !== ax || ay === 0) return ax;
  if (ay !== ay) return ay;
  const ex = (highWord(ax) >>> 20) & 0x7ff;
  const ey = (highWord(ay) >>> 20) & 0x7ff;
  if (ex - ey > 64) return ax + ay;
  let z = 1;
  if (ex > 0x3ff + 510) {
    z = 2 ** 700;
    ax *= 2 ** -700;
    ay *= 2 ** -700;
  } else if (ey < 0x3ff - 450) {
    z = 2 ** -700;
    ax *= 2 ** 700;
    ay *= 2 ** 700;
  }
  square(ax);
  const hx = SQ[0];
  const lx = SQ[1];
  square(ay);
  return z * Math.sqrt(SQ[1] + lx + SQ[0] + hx);
}
