// sqrt, exp, ln, log10 and power.  CPython: Modules/_decimal/libmpdec/mpdecimal.c (mpd_qsqrt, mpd_qexp,
// mpd_qln, mpd_qlog10, mpd_qpow)
//
// exp, ln and log10 are correctly rounded (half-even) as libmpdec's are: an approximation with a known
// error bound is computed in BigInt fixed point, and the precision is raised until the approximation
// minus and plus its error round to the same result (Ziv's strategy). power() follows libmpdec's
// method: repeated multiplication at a raised precision for integral exponents, exp(y * ln(x))
// otherwise, so that results agree with C's to the last digit.
import {
  PyDecimal, FINITE, INF, NAN, S_INEXACT, S_ROUNDED, S_DIVISION_BY_ZERO, S_UNDERFLOW, S_INVALID_OPERATION,
  ROUND_HALF_EVEN, type Ctx, pow10, ndigits, finite, infinity, finalize, checkNaNs, invalid, adjexp, etiny,
  isZero, MAX_EMAX, MIN_EMIN,
} from './number.ts';
import { mul, div, cmp, intDecBig } from './arith.ts';

// ---- fixed-point helpers: a bigint v stands for v / 10**w ----

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Start above the root (from the bit length) and descend with Newton's iteration.
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** 2*atanh(1/k) * 10**w (error a few units), for the constants ln 2 and ln(5/4). */
function atanhInv(k: bigint, w: number): bigint {
  const one = pow10(w);
  const k2 = k * k;
  let term = one / k;
  let sum = term;
  for (let n = 3n; term !== 0n; n += 2n) {
    term /= k2;
    sum += term / n;
  }
  return 2n * sum;
}

const constCache = new Map<string, { w: number; v: bigint }>();

/** A constant at w digits, from a cache computed at a precision at least as high. */
function constant(name: 'ln2' | 'ln10', w: number): bigint {
  const hit = constCache.get(name);
  if (hit !== undefined && hit.w >= w) return hit.v / pow10(hit.w - w);
  const ww = Math.max(w, 64) + 10;
  const ln2 = atanhInv(3n, ww);
  // ln 10 = 3 ln 2 + ln(5/4), and ln(5/4) = 2 atanh(1/9).
  const v = name === 'ln2' ? ln2 : 3n * ln2 + atanhInv(9n, ww);
  constCache.set(name, { w: ww, v });
  return v / pow10(ww - w);
}

/** exp(r / 10**w) * 10**w for |r| / 10**w below about 3; error below 10 units. */
function expFixed(r: bigint, w: number): bigint {
  // Halve the argument s times, sum the series, and square the result s times.
  const s = 24;
  const g = 12;
  const ww = w + g;
  const one = pow10(ww);
  const x = (r * pow10(g)) >> BigInt(s);
  let term = one;
  let sum = one;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * x) / (one * n);
    sum += term;
  }
  for (let i = 0; i < s; i++) sum = (sum * sum) / one;
  return sum / pow10(g);
}

/** ln(m / 10**w) * 10**w for m / 10**w in [1, 10); error below 10 units. */
function lnFixed(m: bigint, w: number): bigint {
  const g = 10;
  const ww = w + g;
  const one = pow10(ww);
  let x = m * pow10(g);
  // Divide by 2 until x is within [0.75, 1.5): ln x = ln(x / 2**j) + j ln 2.
  let j = 0;
  const hi = (one * 3n) / 2n;
  while (x >= hi) {
    x /= 2n;
    j++;
  }
  // ln x = 2 atanh((x - 1) / (x + 1)).
  const z = ((x - one) * one) / (x + one);
  const z2 = (z * z) / one;
  let term = z;
  let sum = z;
  for (let n = 3n; term !== 0n; n += 2n) {
    term = (term * z2) / one;
    sum += term / n;
  }
  const r = 2n * sum + BigInt(j) * constant('ln2', ww);
  return r / pow10(g);
}

/**
 * Ziv's loop: approx(w) gives [sign, coef, exp] with |error| < 100 units of 10**exp; the result is
 * rounded half-even to c once the bounds agree.
 */
function correctlyRounded(approx: (w: number) => [number, bigint, number], c: Ctx, guard: number): PyDecimal {
  for (let extra = 10; ; extra *= 2) {
    const [sign, coef, exp] = approx(c.prec + guard + extra);
    const probe: Ctx = { prec: c.prec, round: ROUND_HALF_EVEN, emax: Number.MAX_SAFE_INTEGER, emin: -Number.MAX_SAFE_INTEGER, clamp: 0, ws: 0 };
    const lo = finalize(sign, coef - 100n, exp, probe);
    const hi = finalize(sign, coef + 100n, exp, probe);
    if ((lo.coef === hi.coef && lo.exp === hi.exp) || extra > 4000) {
      const work: Ctx = { prec: c.prec, round: ROUND_HALF_EVEN, emax: c.emax, emin: c.emin, clamp: c.clamp, ws: 0 };
      const r = finalize(sign, coef, exp, work);
      c.ws |= work.ws | S_INEXACT | S_ROUNDED;
      return r;
    }
  }
}

/** A finite decimal as a fixed-point bigint at w digits (truncated). */
function toFixed(x: PyDecimal, w: number): bigint {
  const e = x.exp + w;
  const v = e >= 0 ? x.coef * pow10(e) : x.coef / pow10(-e);
  return x.sign ? -v : v;
}

// ---- exp ----

/** e**a, correctly rounded.  CPython: mpd_qexp */
export function exp(a: PyDecimal, c: Ctx): PyDecimal {
  if (a.special !== FINITE) {
    const n = checkNaNs(a, undefined, c);
    if (n !== undefined) return n;
    return a.sign ? finite(0, 0n, 0) : infinity(0);
  }
  if (a.coef === 0n) return finite(0, 1n, 0);
  // Results certainly beyond the exponent range: e**x with |x| >= 10**19 overflows or underflows any context.
  const adj = adjexp(a);
  const xf = Number(a.coef) * 10 ** a.exp * (a.sign ? -1 : 1);
  const log10e = Math.LOG10E;
  if (adj >= 19 || xf * log10e > c.emax + 2) {
    if (!a.sign) return finalize(0, 1n, c.emax + 5, c);
  }
  if (a.sign && (adj >= 19 || -xf * log10e > -etiny(c) + 3)) {
    const work: Ctx = { prec: c.prec, round: ROUND_HALF_EVEN, emax: c.emax, emin: c.emin, clamp: c.clamp, ws: 0 };
    const r = finalize(0, 1n, etiny(c) - 2, work);
    c.ws |= work.ws | S_INEXACT | S_ROUNDED;
    return r;
  }
  // |x| < 10**-(prec+1): e**x is 1 + x + ..., which rounds as 1 plus or minus one unit far below
  // the last digit kept (no iteration could ever tell it from its rounding boundary).
  if (adj < -(c.prec + 1)) {
    const one = pow10(c.prec + 2);
    // Rounded half-even whatever the context's rounding, as every exp() result is.
    const work: Ctx = { prec: c.prec, round: ROUND_HALF_EVEN, emax: c.emax, emin: c.emin, clamp: c.clamp, ws: 0 };
    const r = finalize(0, a.sign ? one - 1n : one + 1n, -(c.prec + 2), work);
    c.ws |= work.ws;
    return r;
  }
  return correctlyRounded((w) => {
    // e**x = 10**k * e**(x - k ln 10).
    const k = Math.floor(xf / Math.LN10);
    const kd = k === 0 ? 0 : String(Math.abs(k)).length;
    const ww = w + kd + 2;
    const x = toFixed(a, ww);
    const r = x - BigInt(k) * constant('ln10', ww);
    const e = expFixed(r / pow10(kd + 2), w);
    return [0, e, k - w];
  }, c, 2);
}

// ---- ln and log10 ----

/** ln of a positive finite a as fixed point at w digits (absolute error below 100 units). */
function lnOf(a: PyDecimal, w: number): bigint {
  const d = ndigits(a.coef);
  const adj = a.exp + d - 1;
  // a = m * 10**adj with m in [1, 10).
  const m = d - 1 <= w ? a.coef * pow10(w - (d - 1)) : a.coef / pow10(d - 1 - w);
  return lnFixed(m, w) + BigInt(adj) * constant('ln10', w);
}

/** How many leading zeros a logarithm's fraction has (so tiny results keep their precision). */
function lnMagnitudeLoss(a: PyDecimal): number {
  const one = finite(0, 1n, 0);
  const c = cmp(a, one);
  if (c === 0) return 0;
  const adj = adjexp(a);
  if (adj !== 0 && adj !== -1) return 0;
  // |ln a| is about |a - 1| near 1.
  const e = Math.min(a.exp, 0);
  const diff = a.coef * pow10(a.exp - e) - pow10(-e);
  const dd = diff < 0n ? -diff : diff;
  return Math.max(0, -(e + ndigits(dd) - 1)) + 2;
}

function lnSpecial(a: PyDecimal, c: Ctx): PyDecimal | undefined {
  if (a.special !== FINITE) {
    const n = checkNaNs(a, undefined, c);
    if (n !== undefined) return n;
    if (a.sign) return invalid(c);
    return infinity(0);
  }
  if (a.coef === 0n) {
    return infinity(1);
  }
  if (a.sign) return invalid(c);
  return undefined;
}

/** The natural logarithm, correctly rounded.  CPython: mpd_qln */
export function ln(a: PyDecimal, c: Ctx): PyDecimal {
  const s = lnSpecial(a, c);
  if (s !== undefined) return s;
  if (cmp(a, finite(0, 1n, 0)) === 0) return finite(0, 0n, 0);
  const loss = lnMagnitudeLoss(a);
  return correctlyRounded((w) => {
    const ww = w + loss;
    const v = lnOf(a, ww);
    return [v < 0n ? 1 : 0, v < 0n ? -v : v, -ww];
  }, c, 2 + Math.max(0, String(Math.abs(adjexp(a))).length));
}

/** The base-10 logarithm, correctly rounded; exact for powers of ten.  CPython: mpd_qlog10 */
export function log10(a: PyDecimal, c: Ctx): PyDecimal {
  const s = lnSpecial(a, c);
  if (s !== undefined) return s;
  // A power of ten (coefficient 1, 10, 100...) has an integral logarithm.
  const str = a.coef.toString();
  if (str[0] === '1' && /^10*$/.test(str)) {
    const v = intDecBig(BigInt(adjexp(a)));
    return finalize(v.sign, v.coef, v.exp, c);
  }
  const loss = lnMagnitudeLoss(a);
  return correctlyRounded((w) => {
    const ww = w + loss;
    const v = (lnOf(a, ww + 2) * pow10(ww)) / constant('ln10', ww + 2);
    return [v < 0n ? 1 : 0, v < 0n ? -v : v, -ww];
  }, c, 2 + Math.max(0, String(Math.abs(adjexp(a))).length));
}

function ctxFields(c: Ctx): Ctx {
  return { prec: c.prec, round: c.round, emax: c.emax, emin: c.emin, clamp: c.clamp, ws: 0 };
}

// ---- sqrt ----

/** The square root, correctly rounded half-even; exact roots keep the ideal exponent floor(exp/2).  CPython: mpd_qsqrt */
export function sqrt(a: PyDecimal, c: Ctx): PyDecimal {
  if (a.special !== FINITE) {
    const n = checkNaNs(a, undefined, c);
    if (n !== undefined) return n;
    if (a.sign) return invalid(c);
    return a;
  }
  const ideal = Math.floor(a.exp / 2);
  if (a.coef === 0n) return finalize(a.sign, 0n, ideal, c);
  if (a.sign) return invalid(c);
  let coef = a.coef;
  let e = a.exp;
  if (e % 2 !== 0) {
    coef *= 10n;
    e -= 1;
  }
  // Scale by an even power of ten so the root has at least prec + 2 digits.
  const need = 2 * (c.prec + 2) - ndigits(coef);
  const k = need > 0 ? Math.ceil(need / 2) : 0;
  const n = coef * pow10(2 * k);
  let r = isqrt(n);
  let exp = e / 2 - k;
  const work: Ctx = { ...ctxFields(c), round: ROUND_HALF_EVEN };
  if (r * r !== n) {
    if (r % 5n === 0n) r += 1n;
  } else {
    while (exp < ideal && r % 10n === 0n) {
      r /= 10n;
      exp++;
    }
  }
  const out = finalize(0, r, exp, work);
  c.ws |= work.ws;
  return out;
}

// ---- power ----

function isIntegral(d: PyDecimal): boolean {
  if (d.special !== FINITE) return false;
  if (d.exp >= 0 || d.coef === 0n) return true;
  return d.coef % pow10(-d.exp) === 0n;
}

function isOdd(d: PyDecimal): boolean {
  if (d.exp > 0) return false;
  const q = d.coef / pow10(-d.exp);
  return (q & 1n) === 1n;
}

/** base ** e.  CPython: mpd_qpow */
export function pow(base: PyDecimal, e: PyDecimal, c: Ctx): PyDecimal {
  if (base.special !== FINITE || e.special !== FINITE) {
    const n = checkNaNs(base, e, c);
    if (n !== undefined) return n;
  }
  const intexp = isIntegral(e);
  const rsign = intexp && base.sign === 1 && isOdd(e) ? 1 : 0;
  if (isZero(base)) {
    if (isZero(e)) return invalid(c);
    if (e.sign) return infinity(rsign);
    return finite(rsign, 0n, 0);
  }
  if (base.sign && (!intexp || e.special === INF)) return invalid(c);
  if (e.special === INF) {
    const r = cmp(base, finite(0, 1n, 0));
    if (r === 0) {
      c.ws |= S_INEXACT | S_ROUNDED;
      return finite(rsign, pow10(c.prec - 1), -(c.prec - 1));
    }
    if (r * (e.sign ? -1 : 1) < 0) return finite(rsign, 0n, 0);
    return infinity(rsign);
  }
  if (base.special === INF) {
    if (isZero(e)) return finite(rsign, 1n, 0);
    if (e.sign) return finite(rsign, 0n, 0);
    return infinity(rsign);
  }
  if (isZero(e)) return finite(rsign, 1n, 0);
  // |base| == 1: an exact power of one (1.0 ** 3 == 1.000).
  if (cmp(finite(0, base.coef, base.exp), finite(0, 1n, 0)) === 0) {
    let shift: number;
    if (intexp) {
      if (e.sign) return finite(rsign, 1n, 0);
      const ev = e.coef * pow10(Math.max(0, e.exp)) / pow10(Math.max(0, -e.exp));
      const s = ev * BigInt(-base.exp);
      if (s > BigInt(c.prec - 1)) {
        shift = c.prec - 1;
        c.ws |= S_ROUNDED;
      } else shift = Number(s);
    } else {
      shift = c.prec - 1;
      c.ws |= S_INEXACT | S_ROUNDED;
    }
    return finalize(rsign, pow10(shift), -shift, c);
  }
  const bound = powBounds(base, e, rsign, c);
  if (bound !== undefined) return bound;
  if (intexp) return powInt(base, e, rsign, c);
  const r = powReal(base, e, c);
  if (r.special === FINITE && cmp(r, finite(0, 1n, 0)) === 0) {
    const shift = c.prec - 1;
    return finalize(0, pow10(shift), -shift, c);
  }
  return finalize(r.sign, r.coef, r.exp, c);
}

/** Results sure to overflow or underflow, told from exponent sizes alone.  CPython: _qcheck_pow_bounds */
function powBounds(x: PyDecimal, y: PyDecimal, rsign: number, c: Ctx): PyDecimal | undefined {
  const ax = finite(0, x.coef, x.exp);
  const lbTheta = adjexp(y);
  let lbZeta: number;
  const t = adjexp(ax);
  const expDigits = (v: number): number => String(Math.abs(v)).length;
  if (t > 0) lbZeta = expDigits(t) - 1;
  else if (t < -1) lbZeta = expDigits(t + 1) - 1;
  else {
    const work: Ctx = { prec: Number.MAX_SAFE_INTEGER, round: ROUND_HALF_EVEN, emax: Number.MAX_SAFE_INTEGER, emin: -Number.MAX_SAFE_INTEGER, clamp: 0, ws: 0 };
    const d = subOne(ax, work);
    const u = adjexp(d);
    lbZeta = t === 0 ? u - 2 : u - 1;
  }
  const sign = (adjexp(ax) < 0 ? 1 : 0) ^ y.sign;
  if (sign === 0) {
    if (expDigits(c.emax) < lbZeta + lbTheta) return finalize(rsign, 1n, MAX_EMAX * 4, c);
  } else if (expDigits(etiny(c)) < lbZeta + lbTheta) return finalize(rsign, 1n, etiny(c) - 1, c);
  return undefined;
}

function subOne(a: PyDecimal, _c: Ctx): PyDecimal {
  const e = Math.min(a.exp, 0);
  const v = a.coef * pow10(a.exp - e) - pow10(-e);
  return finite(v < 0n ? 1 : 0, v < 0n ? -v : v, e);
}

/** An integral power by repeated squaring at a raised precision.  CPython: _mpd_qpow_int, _mpd_qpow_uint */
function powInt(base: PyDecimal, e: PyDecimal, rsign: number, c: Ctx): PyDecimal {
  const work: Ctx = { prec: c.prec + ndigits(e.coef) + e.exp + 2, round: ROUND_HALF_EVEN, emax: c.emax, emin: c.emin, clamp: 0, ws: 0 };
  let tbase = base;
  if (e.sign) {
    work.prec += 1;
    const ws: Ctx = { ...work, ws: 0 };
    tbase = div(finite(0, 1n, 0), base, ws);
    c.ws |= ws.ws;
    if (ws.ws & (S_INVALID_OPERATION | S_DIVISION_BY_ZERO)) return finalize(0, 0n, 0, c);
  }
  let n = e.coef * pow10(Math.max(0, e.exp)) / pow10(Math.max(0, -e.exp));
  let result = tbase;
  const bits = n.toString(2);
  for (let i = 1; i < bits.length; i++) {
    result = mul(result, result, work);
    if (bits[i] === '1') result = mul(result, tbase, work);
    if (result.special !== FINITE || (result.coef === 0n && work.ws & 0x1)) break;
  }
  n = 0n;
  c.ws |= work.ws;
  if (result.special === INF) return finalize(rsign, 1n, MAX_EMAX * 4, c);
  return finalize(rsign, result.coef, result.exp, c);
}

/** exp(e * ln(base)) at a raised precision.  CPython: _mpd_qpow_real */
function powReal(base: PyDecimal, e: PyDecimal, c: Ctx): PyDecimal {
  const prec = Math.max(ndigits(base.coef), c.prec) + 4 + 19;
  const work: Ctx = { prec, round: ROUND_HALF_EVEN, emax: MAX_EMAX, emin: MIN_EMIN, clamp: 0, ws: 0 };
  let r = ln(base, work);
  r = mul(r, e, work);
  const st: Ctx = { ...work, ws: 0 };
  r = exp(r, st);
  c.ws |= (work.ws & (S_INVALID_OPERATION | S_DIVISION_BY_ZERO)) | S_INEXACT | S_ROUNDED | (st.ws & ~(S_UNDERFLOW));
  if (r.special === INF) return finite(0, 1n, MAX_EMAX * 4);
  return r;
}

export { NAN };
