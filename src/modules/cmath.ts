// The cmath module: mathematical functions of complex numbers.  CPython: Modules/cmathmodule.c
//
// Each function follows C99 Annex G: infinities and NaNs in either part take their result from a
// 7x7 table indexed by the kinds of the two parts (CPython's special_values tables); finite inputs
// use formulas arranged against overflow and cancellation, on the real functions of libm.ts and
// fdlibm.ts (so that results agree with the reference CPython to the last bit).
import { type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyFloat, PyFloat_AsDouble } from '../objects/float.ts';
import { PyComplex, PyComplex_AsCComplex, complexQuotOrNull, complexAbs } from '../objects/complex.ts';
import { PyTuple } from '../objects/tuple.ts';
import { valueError, overflowError } from '../objects/exceptions.ts';
import { crExp, crLog } from '../objects/float/libm.ts';
import { libmSin, libmCos, libmCosh, libmSinh, libmTanh, libmAsinh, libmAtan2, libmLog1p, libmHypot } from '../objects/float/fdlibm.ts';
import { copysign, ldexp } from '../objects/float/special.ts';

type V = PyValue;

const INF = Infinity;
const N = NaN;
const P = Math.PI;
const P14 = 0.25 * Math.PI;
const P12 = 0.5 * Math.PI;
const P34 = 0.75 * Math.PI;
const U = -9.5426319407711027e33; // never used: finite inputs do not reach the tables
const LN2 = 0.6931471805599453094;
const LN10 = 2.302585092994045684;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE_DOUBLE = Number.MAX_VALUE / 4;
const SQRT_LARGE_DOUBLE = Math.sqrt(LARGE_DOUBLE);
const LOG_LARGE_DOUBLE = 708.3964185322641; // log(LARGE_DOUBLE)
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const SCALE_UP = 53; // odd, turns subnormals normal
const SCALE_DOWN = -27;

// The errno of the last function: '' (none), 'domain' (EDOM) or 'range' (ERANGE).
let errno: '' | 'domain' | 'range' = '';

/** The kind of a double: 0 -inf, 1 negative, 2 -0, 3 +0, 4 positive, 5 +inf, 6 nan.  CPython: special_type */
function kind(d: number): number {
  if (Number.isFinite(d)) {
    if (d !== 0) return copysign(1, d) === 1 ? 4 : 1;
    return copysign(1, d) === 1 ? 3 : 2;
  }
  if (d !== d) return 6;
  return d > 0 ? 5 : 0;
}

type Table = readonly (readonly number[])[];

/** A 7x7 table of (real, imag) pairs, given row by row as flat lists of 14 numbers. */
function table(rows: number[][]): Table {
  return rows;
}

function fromTable(t: Table, z: PyComplex): PyComplex {
  const row = t[kind(z.real)];
  const k = kind(z.imag);
  return new PyComplex(row[2 * k], row[2 * k + 1]);
}

function nonFinite(z: PyComplex): boolean {
  return !Number.isFinite(z.real) || !Number.isFinite(z.imag);
}

function c(re: number, im: number): PyComplex {
  return new PyComplex(re, im);
}

// prettier-ignore
const ACOS = table([
  [P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF],
  [P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N],
  [P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N],
  [P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N],
  [P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N],
  [P14, INF, 0, INF, 0, INF, 0, -INF, 0, -INF, P14, -INF, N, INF],
  [N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N],
]);

// prettier-ignore
const ACOSH = table([
  [INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N],
  [INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N],
  [INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, P12],
  [INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, P12],
  [INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N],
  [INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N],
  [INF, N, N, N, N, N, N, N, N, N, INF, N, N, N],
]);

// prettier-ignore
const ASINH = table([
  [-INF, -P14, -INF, -0, -INF, -0, -INF, 0, -INF, 0, -INF, P14, -INF, N],
  [-INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N],
  [-INF, -P12, U, U, -0, -0, -0, 0, U, U, -INF, P12, N, N],
  [INF, -P12, U, U, 0, -0, 0, 0, U, U, INF, P12, N, N],
  [INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N],
  [INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N],
  [INF, N, N, N, N, -0, N, 0, N, N, INF, N, N, N],
]);

// prettier-ignore
const ATANH = table([
  [-0, -P12, -0, -P12, -0, -P12, -0, P12, -0, P12, -0, P12, -0, N],
  [-0, -P12, U, U, U, U, U, U, U, U, -0, P12, N, N],
  [-0, -P12, U, U, -0, -0, -0, 0, U, U, -0, P12, -0, N],
  [0, -P12, U, U, 0, -0, 0, 0, U, U, 0, P12, 0, N],
  [0, -P12, U, U, U, U, U, U, U, U, 0, P12, N, N],
  [0, -P12, 0, -P12, 0, -P12, 0, P12, 0, P12, 0, P12, 0, N],
  [0, -P12, N, N, N, N, N, N, N, N, 0, P12, N, N],
]);

// prettier-ignore
const COSH = table([
  [INF, N, U, U, INF, 0, INF, -0, U, U, INF, N, INF, N],
  [N, N, U, U, U, U, U, U, U, U, N, N, N, N],
  [N, 0, U, U, 1, 0, 1, -0, U, U, N, 0, N, 0],
  [N, 0, U, U, 1, -0, 1, 0, U, U, N, 0, N, 0],
  [N, N, U, U, U, U, U, U, U, U, N, N, N, N],
  [INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N],
  [N, N, N, N, N, 0, N, 0, N, N, N, N, N, N],
]);

// prettier-ignore
const EXP = table([
  [0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0],
  [N, N, U, U, U, U, U, U, U, U, N, N, N, N],
  [N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N],
  [N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N],
  [N, N, U, U, U, U, U, U, U, U, N, N, N, N],
  [INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N],
  [N, N, N, N, N, -0, N, 0, N, N, N, N, N, N],
]);

// prettier-ignore
const LOG = table([
  [INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N],
  [INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N],
  [INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N],
  [INF, -P12, U, U, -INF, -0, -INF, 0, U, U, INF, P12, N, N],
  [INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N],
  [INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N],
  [INF, N, N, N, N, N, N, N, N, N, INF, N, N, N],
]);

// prettier-ignore
const SINH = table([
  [INF, N, U, U, -INF, -0, -INF, 0, U, U, INF, N, INF, N],
  [N, N, U, U, U, U, U, U, U, U, N, N, N, N],
  [0, N, U, U, -0, -0, -0, 0, U, U, 0, N, 0, N],
  [0, N, U, U, 0, -0, 0, 0, U, U, 0, N, 0, N],
  [N, N, U, U, U, U, U, U, U, U, N, N, N, N],
  [INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N],
  [N, N, N, N, N, -0, N, 0, N, N, N, N, N, N],
]);

// prettier-ignore
const SQRT = table([
  [INF, -INF, 0, -INF, 0, -INF, 0, INF, 0, INF, INF, INF, N, INF],
  [INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N],
  [INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N],
  [INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N],
  [INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N],
  [INF, -INF, INF, -0, INF, -0, INF, 0, INF, 0, INF, INF, INF, N],
  [INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N],
]);

// prettier-ignore
const TANH = table([
  [-1, 0, U, U, -1, -0, -1, 0, U, U, -1, 0, -1, 0],
  [N, N, U, U, U, U, U, U, U, U, N, N, N, N],
  [-0, N, U, U, -0, -0, -0, 0, U, U, -0, N, -0, N],
  [0, N, U, U, 0, -0, 0, 0, U, U, 0, N, 0, N],
  [N, N, U, U, U, U, U, U, U, U, N, N, N, N],
  [1, 0, U, U, 1, -0, 1, 0, U, U, 1, 0, 1, 0],
  [N, N, N, N, N, -0, N, 0, N, N, N, N, N, N],
]);

// prettier-ignore
const RECT = table([
  [INF, N, U, U, -INF, 0, -INF, -0, U, U, INF, N, INF, N],
  [N, N, U, U, U, U, U, U, U, U, N, N, N, N],
  [0, 0, U, U, -0, 0, -0, -0, U, U, 0, 0, 0, 0],
  [0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0],
  [N, N, U, U, U, U, U, U, U, U, N, N, N, N],
  [INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N],
  [N, N, N, N, N, 0, N, 0, N, N, N, N, N, N],
]);

// ---- the functions on complex values ----

function cSqrt(z: PyComplex): PyComplex {
  if (nonFinite(z)) return fromTable(SQRT, z);
  if (z.real === 0 && z.imag === 0) return c(0, z.imag);
  let ax = Math.abs(z.real);
  const ay = Math.abs(z.imag);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot of subnormals would lose bits: scale up first.
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + libmHypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + libmHypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  if (z.real >= 0) return c(s, copysign(d, z.imag));
  return c(d, copysign(s, z.imag));
}

function cAcos(z: PyComplex): PyComplex {
  if (nonFinite(z)) return fromTable(ACOS, z);
  if (Math.abs(z.real) > LARGE_DOUBLE || Math.abs(z.imag) > LARGE_DOUBLE) {
    return c(libmAtan2(Math.abs(z.imag), z.real), -copysign(crLog(libmHypot(z.real / 2, z.imag / 2)) + LN2 * 2, z.imag));
  }
  const s1 = cSqrt(c(1 - z.real, -z.imag));
  const s2 = cSqrt(c(1 + z.real, z.imag));
  return c(2 * libmAtan2(s1.real, s2.real), libmAsinh(s2.real * s1.imag - s2.imag * s1.real));
}

function cAcosh(z: PyComplex): PyComplex {
  if (nonFinite(z)) return fromTable(ACOSH, z);
  if (Math.abs(z.real) > LARGE_DOUBLE || Math.abs(z.imag) > LARGE_DOUBLE) {
    return c(crLog(libmHypot(z.real / 2, z.imag / 2)) + LN2 * 2, libmAtan2(z.imag, z.real));
  }
  const s1 = cSqrt(c(z.real - 1, z.imag));
  const s2 = cSqrt(c(z.real + 1, z.imag));
  return c(libmAsinh(s1.real * s2.real + s1.imag * s2.imag), 2 * libmAtan2(s1.imag, s2.real));
}

function cAsinh(z: PyComplex): PyComplex {
  if (nonFinite(z)) return fromTable(ASINH, z);
  if (Math.abs(z.real) > LARGE_DOUBLE || Math.abs(z.imag) > LARGE_DOUBLE) {
    const l = crLog(libmHypot(z.real / 2, z.imag / 2)) + LN2 * 2;
    const re = z.imag >= 0 ? copysign(l, z.real) : -copysign(l, -z.real);
    return c(re, libmAtan2(z.imag, Math.abs(z.real)));
  }
  const s1 = cSqrt(c(1 + z.imag, -z.real));
  const s2 = cSqrt(c(1 - z.imag, z.real));
  return c(libmAsinh(s1.real * s2.imag - s2.real * s1.imag), libmAtan2(z.imag, s1.real * s2.real - s1.imag * s2.imag));
}

/** asin(z) = -i asinh(iz) */
function cAsin(z: PyComplex): PyComplex {
  const s = cAsinh(c(-z.imag, z.real));
  return c(s.imag, -s.real);
}

function cAtanh(z: PyComplex): PyComplex {
  if (nonFinite(z)) return fromTable(ATANH, z);
  // atanh(z) = -atanh(-z): reduce to z.real >= 0.
  if (z.real < 0) {
    const r = cAtanh(c(-z.real, -z.imag));
    return c(-r.real, -r.imag);
  }
  const ay = Math.abs(z.imag);
  if (z.real > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
    // Large |z|: atanh(z) ~ 1/z +- i pi/2.
    const h = libmHypot(z.real / 2, z.imag / 2);
    return c(z.real / 4 / h / h, copysign(Math.PI / 2, z.imag));
  }
  if (z.real === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      errno = 'domain';
      return c(INF, z.imag);
    }
    return c(-crLog(Math.sqrt(ay) / Math.sqrt(libmHypot(ay, 2))), copysign(libmAtan2(2, -ay) / 2, z.imag));
  }
  const re = libmLog1p1((4 * z.real) / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4;
  const im = -libmAtan2(-2 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2;
  return c(re, im);
}

/** log1p keeping the sign of zero.  CPython: m_log1p */
function libmLog1p1(x: number): number {
  return x === 0 ? x : libmLog1p(x);
}

/** atan(z) = -i atanh(iz) */
function cAtan(z: PyComplex): PyComplex {
  const s = cAtanh(c(-z.imag, z.real));
  return c(s.imag, -s.real);
}

function cCosh(z: PyComplex): PyComplex {
  if (nonFinite(z)) {
    let r: PyComplex;
    if ((z.real === INF || z.real === -INF) && Number.isFinite(z.imag) && z.imag !== 0) {
      const cs = libmCos(z.imag);
      const sn = libmSin(z.imag);
      r = z.real > 0 ? c(copysign(INF, cs), copysign(INF, sn)) : c(copysign(INF, cs), -copysign(INF, sn));
    } else r = fromTable(COSH, z);
    if ((z.imag === INF || z.imag === -INF) && z.real === z.real) errno = 'domain';
    return r;
  }
  let r: PyComplex;
  if (Math.abs(z.real) > LOG_LARGE_DOUBLE) {
    // cosh(z.real) may overflow where cosh(z) does not.
    const xm1 = z.real - copysign(1, z.real);
    r = c(libmCos(z.imag) * libmCosh(xm1) * Math.E, libmSin(z.imag) * libmSinh(xm1) * Math.E);
  } else r = c(libmCos(z.imag) * libmCosh(z.real), libmSin(z.imag) * libmSinh(z.real));
  if (isInf(r.real) || isInf(r.imag)) errno = 'range';
  return r;
}

/** cos(z) = cosh(iz) */
function cCos(z: PyComplex): PyComplex {
  return cCosh(c(-z.imag, z.real));
}

function cSinh(z: PyComplex): PyComplex {
  if (nonFinite(z)) {
    let r: PyComplex;
    if ((z.real === INF || z.real === -INF) && Number.isFinite(z.imag) && z.imag !== 0) {
      const cs = libmCos(z.imag);
      const sn = libmSin(z.imag);
      r = z.real > 0 ? c(copysign(INF, cs), copysign(INF, sn)) : c(-copysign(INF, cs), copysign(INF, sn));
    } else r = fromTable(SINH, z);
    if ((z.imag === INF || z.imag === -INF) && z.real === z.real) errno = 'domain';
    return r;
  }
  let r: PyComplex;
  if (Math.abs(z.real) > LOG_LARGE_DOUBLE) {
    const xm1 = z.real - copysign(1, z.real);
    r = c(libmCos(z.imag) * libmSinh(xm1) * Math.E, libmSin(z.imag) * libmCosh(xm1) * Math.E);
  } else r = c(libmCos(z.imag) * libmSinh(z.real), libmSin(z.imag) * libmCosh(z.real));
  if (isInf(r.real) || isInf(r.imag)) errno = 'range';
  return r;
}

/** sin(z) = -i sinh(iz) */
function cSin(z: PyComplex): PyComplex {
  const s = cSinh(c(-z.imag, z.real));
  return c(s.imag, -s.real);
}

function cTanh(z: PyComplex): PyComplex {
  if (nonFinite(z)) {
    let r: PyComplex;
    if ((z.real === INF || z.real === -INF) && Number.isFinite(z.imag) && z.imag !== 0) {
      r = c(z.real > 0 ? 1 : -1, copysign(0, 2 * libmSin(z.imag) * libmCos(z.imag)));
    } else r = fromTable(TANH, z);
    if ((z.imag === INF || z.imag === -INF) && Number.isFinite(z.real)) errno = 'domain';
    return r;
  }
  if (Math.abs(z.real) > LOG_LARGE_DOUBLE) {
    return c(copysign(1, z.real), 4 * libmSin(z.imag) * libmCos(z.imag) * crExp(-2 * Math.abs(z.real)));
  }
  // tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) / (1+tan(y)^2 tanh(x)^2), with
  // 1 - tanh(x)^2 as 1/cosh(x)^2.
  const tx = libmTanh(z.real);
  const ty = Math.tan(z.imag);
  const cx = 1 / libmCosh(z.real);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return c((tx * (1 + ty * ty)) / denom, (ty / denom) * cx * cx);
}

/** tan(z) = -i tanh(iz) */
function cTan(z: PyComplex): PyComplex {
  const s = cTanh(c(-z.imag, z.real));
  return c(s.imag, -s.real);
}

function cExp(z: PyComplex): PyComplex {
  if (nonFinite(z)) {
    let r: PyComplex;
    if ((z.real === INF || z.real === -INF) && Number.isFinite(z.imag) && z.imag !== 0) {
      const cs = libmCos(z.imag);
      const sn = libmSin(z.imag);
      r = z.real > 0 ? c(copysign(INF, cs), copysign(INF, sn)) : c(copysign(0, cs), copysign(0, sn));
    } else r = fromTable(EXP, z);
    if ((z.imag === INF || z.imag === -INF) && (Number.isFinite(z.real) || z.real === INF)) errno = 'domain';
    return r;
  }
  let r: PyComplex;
  if (z.real > LOG_LARGE_DOUBLE) {
    const l = crExp(z.real - 1);
    r = c(l * libmCos(z.imag) * Math.E, l * libmSin(z.imag) * Math.E);
  } else {
    const l = crExp(z.real);
    r = c(l * libmCos(z.imag), l * libmSin(z.imag));
  }
  if (isInf(r.real) || isInf(r.imag)) errno = 'range';
  return r;
}

function isInf(x: number): boolean {
  return x === INF || x === -INF;
}

/** The complex logarithm, with care near |z| = 1, for tiny and huge |z|.  CPython: c_log */
function cLog(z: PyComplex): PyComplex {
  if (nonFinite(z)) return fromTable(LOG, z);
  const ax = Math.abs(z.real);
  const ay = Math.abs(z.imag);
  let re: number;
  if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) re = crLog(libmHypot(ax / 2, ay / 2)) + LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) re = crLog(libmHypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
    else {
      errno = 'domain';
      return c(-INF, libmAtan2(z.imag, z.real));
    }
  } else {
    const h = libmHypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = libmLog1p1((am - 1) * (am + 1) + an * an) / 2;
    } else re = crLog(h);
  }
  return c(re, libmAtan2(z.imag, z.real));
}

// ---- module functions ----

/** Wraps a complex function: converts the argument, maps errno to CPython's errors. */
function wrap(fn: (z: PyComplex) => PyComplex): (m: V, z: V) => V {
  return (_m, arg) => {
    const z = PyComplex_AsCComplex(arg);
    errno = '';
    const r = fn(z);
    return result(r);
  };
}

function result(r: PyComplex): V {
  const e = errno;
  errno = '';
  if (e === 'domain') throw valueError('math domain error');
  if (e === 'range') throw overflowError('math range error');
  return r;
}

function log(_m: V, z: V, base: V | undefined): V {
  errno = '';
  let x = cLog(PyComplex_AsCComplex(z));
  if (base !== undefined) {
    const y = cLog(PyComplex_AsCComplex(base));
    // A zero log base divides by zero: CPython's errno EDOM from the quotient.
    const q = complexQuotOrNull(x, y);
    if (q === null) errno = 'domain';
    else x = q;
  }
  return result(x);
}

function log10(_m: V, z: V): V {
  errno = '';
  const r = cLog(PyComplex_AsCComplex(z));
  return result(c(r.real / LN10, r.imag / LN10));
}

function phase(_m: V, z: V): V {
  const v = PyComplex_AsCComplex(z);
  return new PyFloat(libmAtan2(v.imag, v.real));
}

function polar(_m: V, z: V): V {
  const v = PyComplex_AsCComplex(z);
  const phi = libmAtan2(v.imag, v.real);
  let r: number;
  try {
    r = complexAbs(v);
  } catch {
    throw overflowError('math range error');
  }
  return new PyTuple([new PyFloat(r), new PyFloat(phi)]);
}

/** rect(r, phi): like exp(log(r) + i*phi), with 'spirit of C99' special values.  CPython: cmath_rect_impl */
function rect(_m: V, rArg: V, phiArg: V): V {
  const r = PyFloat_AsDouble(rArg);
  const phi = PyFloat_AsDouble(phiArg);
  let z: PyComplex;
  errno = '';
  if (!Number.isFinite(r) || !Number.isFinite(phi)) {
    if (isInf(r) && Number.isFinite(phi) && phi !== 0) {
      const cs = libmCos(phi);
      const sn = libmSin(phi);
      z = r > 0 ? c(copysign(INF, cs), copysign(INF, sn)) : c(-copysign(INF, cs), -copysign(INF, sn));
    } else z = fromTable(RECT, c(r, phi));
    if (r !== 0 && r === r && isInf(phi)) errno = 'domain';
  } else if (phi === 0) z = c(r, r * phi);
  else z = c(r * libmCos(phi), r * libmSin(phi));
  return result(z);
}

function isfinite(_m: V, z: V): V {
  const v = PyComplex_AsCComplex(z);
  return Number.isFinite(v.real) && Number.isFinite(v.imag);
}

function isnan(_m: V, z: V): V {
  const v = PyComplex_AsCComplex(z);
  return v.real !== v.real || v.imag !== v.imag;
}

function isinf(_m: V, z: V): V {
  const v = PyComplex_AsCComplex(z);
  return isInf(v.real) || isInf(v.imag);
}

function isclose(_m: V, a: V, b: V, relTol: V | undefined, absTol: V | undefined): V {
  const x = PyComplex_AsCComplex(a);
  const y = PyComplex_AsCComplex(b);
  const rel = relTol === undefined ? 1e-9 : PyFloat_AsDouble(relTol);
  const abs = absTol === undefined ? 0 : PyFloat_AsDouble(absTol);
  if (rel < 0 || abs < 0) throw valueError('tolerances must be non-negative');
  if (x.real === y.real && x.imag === y.imag) return true;
  if (isInf(x.real) || isInf(x.imag) || isInf(y.real) || isInf(y.imag)) return false;
  const diff = complexAbs(c(x.real - y.real, x.imag - y.imag));
  return diff <= rel * complexAbs(y) || diff <= rel * complexAbs(x) || diff <= abs;
}

const Z = '($module, z, /)';

export const cmathModule = defineModule({
  name: 'cmath',
  doc: 'This module provides access to mathematical functions for complex\nnumbers.',
  functions: {
    acos: { sig: Z, impl: wrap(cAcos), doc: 'The arc cosine of z.' },
    acosh: { sig: Z, impl: wrap(cAcosh), doc: 'The inverse hyperbolic cosine of z.' },
    asin: { sig: Z, impl: wrap(cAsin), doc: 'The arc sine of z.' },
    asinh: { sig: Z, impl: wrap(cAsinh), doc: 'The inverse hyperbolic sine of z.' },
    atan: { sig: Z, impl: wrap(cAtan), doc: 'The arc tangent of z.' },
    atanh: { sig: Z, impl: wrap(cAtanh), doc: 'The inverse hyperbolic tangent of z.' },
    cos: { sig: Z, impl: wrap(cCos), doc: 'The cosine of z.' },
    cosh: { sig: Z, impl: wrap(cCosh), doc: 'The hyperbolic cosine of z.' },
    exp: { sig: Z, impl: wrap(cExp), doc: 'e raised to the power z.' },
    isclose: {
      sig: '($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)',
      impl: isclose,
      doc: 'Whether complex numbers a and b are equal within a relative or an absolute tolerance.',
    },
    isfinite: { sig: Z, impl: isfinite, doc: 'Whether both parts of z are finite.' },
    isinf: { sig: Z, impl: isinf, doc: 'Whether either part of z is infinite.' },
    isnan: { sig: Z, impl: isnan, doc: 'Whether either part of z is a NaN.' },
    log: { sig: '($module, z, base=<unrepresentable>, /)', impl: log, doc: 'log(z[, base]) -> the logarithm of z to the given base (natural when omitted).' },
    log10: { sig: Z, impl: log10, doc: 'The base-10 logarithm of z.' },
    phase: { sig: Z, impl: phase, doc: 'The argument (phase angle) of z, in radians.' },
    polar: { sig: Z, impl: polar, doc: 'z in polar coordinates: the pair (abs(z), phase(z)).' },
    rect: { sig: '($module, r, phi, /)', impl: rect, doc: 'The complex number with modulus r and phase phi.' },
    sin: { sig: Z, impl: wrap(cSin), doc: 'The sine of z.' },
    sinh: { sig: Z, impl: wrap(cSinh), doc: 'The hyperbolic sine of z.' },
    sqrt: { sig: Z, impl: wrap(cSqrt), doc: 'The square root of z.' },
    tan: { sig: Z, impl: wrap(cTan), doc: 'The tangent of z.' },
    tanh: { sig: Z, impl: wrap(cTanh), doc: 'The hyperbolic tangent of z.' },
  },
  constants: () => ({
    pi: new PyFloat(Math.PI),
    e: new PyFloat(Math.E),
    tau: new PyFloat(2 * Math.PI),
    inf: new PyFloat(Infinity),
    infj: new PyComplex(0, Infinity),
    nan: new PyFloat(NaN),
    nanj: new PyComplex(0, NaN),
  }),
});
