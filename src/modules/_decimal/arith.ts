// Decimal arithmetic with correct rounding: + - * / // % divmod, fma, quantize, integral rounding,
// comparisons and the sign/exponent/coefficient manipulations of the General Decimal Arithmetic spec.
// CPython: Modules/_decimal/libmpdec/mpdecimal.c (mpd_qadd, mpd_qmul, mpd_qdiv, mpd_qquantize...)
import {
  PyDecimal, FINITE, INF, NAN, SNAN, S_INVALID_OPERATION, S_DIVISION_BY_ZERO, S_DIVISION_UNDEFINED,
  S_DIVISION_IMPOSSIBLE, S_INEXACT, S_ROUNDED, S_CLAMPED, S_SUBNORMAL, S_UNDERFLOW, S_OVERFLOW, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_EVEN,
  ROUND_DOWN, type Ctx, pow10, ndigits, finite, infinity, finalize, fix, fixNaN, checkNaNs, invalid, NAN_VALUE,
  shiftRound, adjexp, etiny, etop, isZero, MAX_EMAX,
} from './number.ts';

// ---- comparison ----

/** -1, 0 or 1 comparing two non-NaN decimals by value.  CPython: _mpd_cmp */
export function cmp(a: PyDecimal, b: PyDecimal): number {
  if (a.special === INF || b.special === INF) {
    const av = a.special === INF ? (a.sign ? -1 : 1) : 0;
    const bv = b.special === INF ? (b.sign ? -1 : 1) : 0;
    if (av !== bv) return av < bv ? -1 : 1;
    if (av !== 0) return 0;
  }
  const az = a.coef === 0n;
  const bz = b.coef === 0n;
  if (az && bz) return 0;
  if (az) return b.sign ? 1 : -1;
  if (bz) return a.sign ? -1 : 1;
  if (a.sign !== b.sign) return a.sign ? -1 : 1;
  const s = a.sign ? -1 : 1;
  const aa = adjexp(a);
  const ba = adjexp(b);
  if (aa !== ba) return aa < ba ? -s : s;
  let ac = a.coef;
  let bc = b.coef;
  if (a.exp > b.exp) ac *= pow10(a.exp - b.exp);
  else if (b.exp > a.exp) bc *= pow10(b.exp - a.exp);
  return ac === bc ? 0 : ac < bc ? -s : s;
}

/** compare(): a Decimal -1, 0, 1, or NaN.  CPython: mpd_qcompare */
export function compare(a: PyDecimal, b: PyDecimal, c: Ctx): PyDecimal {
  const n = checkNaNs(a, b, c);
  if (n !== undefined) return n;
  return intDec(cmp(a, b));
}

export function intDec(v: number): PyDecimal {
  return finite(v < 0 ? 1 : 0, BigInt(Math.abs(v)), 0);
}

/** The total order of the spec: -NaN < -sNaN < -Inf < ... < sNaN < NaN, exponents breaking ties.  CPython: mpd_cmp_total */
export function cmpTotal(a: PyDecimal, b: PyDecimal): number {
  if (a.sign !== b.sign) return a.sign ? -1 : 1;
  const s = a.sign ? -1 : 1;
  const rank = (d: PyDecimal): number => (d.special === NAN ? 3 : d.special === SNAN ? 2 : d.special === INF ? 1 : 0);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? -s : s;
  if (ra >= 2) return a.coef === b.coef ? 0 : a.coef < b.coef ? -s : s;
  if (ra === 1) return 0;
  const r = cmp(a, b);
  if (r !== 0) return r;
  if (a.exp === b.exp) return 0;
  return a.exp < b.exp ? -s : s;
}

// ---- sign operations ----

export function negate(a: PyDecimal, c: Ctx): PyDecimal {
  const n = checkNaNs(a, undefined, c);
  if (n !== undefined) return n;
  // The negation of a zero is +0 unless rounding toward floor.
  if (isZero(a)) return fix(finite(c.round === ROUND_FLOOR ? 1 : 0, 0n, a.exp), c);
  if (a.special === INF) return infinity(1 - a.sign);
  return fix(finite(1 - a.sign, a.coef, a.exp), c);
}

export function plus(a: PyDecimal, c: Ctx): PyDecimal {
  const n = checkNaNs(a, undefined, c);
  if (n !== undefined) return n;
  if (isZero(a)) return fix(finite(c.round === ROUND_FLOOR ? a.sign : 0, 0n, a.exp), c);
  return fix(a, c);
}

export function abs(a: PyDecimal, c: Ctx): PyDecimal {
  const n = checkNaNs(a, undefined, c);
  if (n !== undefined) return n;
  if (a.special === INF) return infinity(0);
  return fix(finite(0, a.coef, a.exp), c);
}

export function copySign(a: PyDecimal, sign: number): PyDecimal {
  return new PyDecimal(sign, a.coef, a.exp, a.special);
}

// ---- addition ----

/** a + b (b's sign flipped when negB).  CPython: mpd_qadd, _mpd_qaddsub */
export function add(a: PyDecimal, b: PyDecimal, c: Ctx, negB = false): PyDecimal {
  if (a.special !== FINITE || b.special !== FINITE) {
    const n = checkNaNs(a, b, c);
    if (n !== undefined) return n;
    const bs = negB ? 1 - b.sign : b.sign;
    if (a.special === INF) {
      if (b.special === INF && a.sign !== bs) return invalid(c);
      return infinity(a.sign);
    }
    return infinity(bs);
  }
  const bsign = negB ? 1 - b.sign : b.sign;
  if (a.coef === 0n || b.coef === 0n) return addZero(a, b, bsign, c);
  let x = a;
  let xs = a.sign;
  let y = b;
  let ys = bsign;
  // A much smaller operand only decides the rounding direction: shrink it to one sticky unit below
  // every digit the result can keep, so that exponents far apart cost no huge multiplication.
  if (x.exp < y.exp) {
    [x, xs, y, ys] = [y, ys, x, xs];
  }
  const big = x;
  const small = y;
  const bigAdj = adjexp(big);
  const floorExp = Math.min(big.exp, bigAdj - c.prec - 1);
  if (adjexp(small) < floorExp - 1) {
    y = finite(ys, 1n, floorExp - 2);
  }
  let xc = x.coef;
  let yc = y.coef;
  const exp = Math.min(x.exp, y.exp);
  if (x.exp > exp) xc *= pow10(x.exp - exp);
  if (y.exp > exp) yc *= pow10(y.exp - exp);
  let sign: number;
  let coef: bigint;
  if (xs === ys) {
    sign = xs;
    coef = xc + yc;
  } else if (xc >= yc) {
    coef = xc - yc;
    sign = coef === 0n ? (c.round === ROUND_FLOOR ? 1 : 0) : xs;
  } else {
    coef = yc - xc;
    sign = ys;
  }
  return finalize(sign, coef, exp, c);
}

/** An addition with a zero operand: the other operand (at the smaller exponent if it fits). */
function addZero(a: PyDecimal, b: PyDecimal, bsign: number, c: Ctx): PyDecimal {
  const exp = Math.min(a.exp, b.exp);
  if (a.coef === 0n && b.coef === 0n) {
    let sign: number;
    if (a.sign === bsign) sign = a.sign;
    else sign = c.round === ROUND_FLOOR ? 1 : 0;
    return finalize(sign, 0n, exp, c);
  }
  const [nz, nzSign] = a.coef === 0n ? [b, bsign] : [a, a.sign];
  // The nonzero operand is padded down to the zero's exponent only as far as precision allows.
  let target = Math.max(exp, nz.exp - Math.max(0, c.prec - ndigits(nz.coef)));
  if (target > nz.exp) target = nz.exp;
  return finalize(nzSign, nz.coef * pow10(nz.exp - target), target, c);
}

// ---- multiplication and division ----

export function mul(a: PyDecimal, b: PyDecimal, c: Ctx): PyDecimal {
  const sign = a.sign ^ b.sign;
  if (a.special !== FINITE || b.special !== FINITE) {
    const n = checkNaNs(a, b, c);
    if (n !== undefined) return n;
    if ((a.special === INF && isZero(b)) || (b.special === INF && isZero(a))) return invalid(c);
    return infinity(sign);
  }
  return finalize(sign, a.coef * b.coef, a.exp + b.exp, c);
}

/** Special operands of the division family; undefined when both are finite and b is nonzero. */
function divSpecial(a: PyDecimal, b: PyDecimal, c: Ctx, op: 'div' | 'divint' | 'rem'): PyDecimal | undefined {
  const sign = a.sign ^ b.sign;
  if (a.special !== FINITE || b.special !== FINITE) {
    const n = checkNaNs(a, b, c);
    if (n !== undefined) return n;
    if (a.special === INF) {
      if (b.special === INF) return invalid(c);
      if (op === 'rem') return invalid(c);
      return infinity(sign);
    }
    // b is infinite, a finite.
    if (op === 'div') return finalize(sign, 0n, etiny(c), c);
    if (op === 'divint') return finite(sign, 0n, 0);
    return fix(a, c);
  }
  if (b.coef === 0n) {
    if (a.coef === 0n) return invalid(c, S_DIVISION_UNDEFINED);
    if (op === 'rem') return invalid(c);
    c.ws |= S_DIVISION_BY_ZERO;
    return infinity(sign);
  }
  return undefined;
}

/** a / b, correctly rounded; exact quotients keep the exponent closest to a.exp - b.exp.  CPython: mpd_qdiv */
export function div(a: PyDecimal, b: PyDecimal, c: Ctx): PyDecimal {
  const s = divSpecial(a, b, c, 'div');
  if (s !== undefined) return s;
  const sign = a.sign ^ b.sign;
  const ideal = a.exp - b.exp;
  if (a.coef === 0n) return finalize(sign, 0n, ideal, c);
  // Enough quotient digits for prec plus a rounding digit; an inexact quotient gets a sticky unit.
  const shift = ndigits(b.coef) - ndigits(a.coef) + c.prec + 1;
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const n = a.coef * pow10(shift);
    q = n / b.coef;
    r = n - q * b.coef;
  } else {
    const d = b.coef * pow10(-shift);
    q = a.coef / d;
    r = a.coef - q * d;
  }
  let exp = ideal - shift;
  if (r !== 0n) {
    if (q % 5n === 0n) q += 1n;
  } else {
    while (exp < ideal && q % 10n === 0n) {
      q /= 10n;
      exp++;
    }
  }
  return finalize(sign, q, exp, c);
}

/** The integer quotient of |a| / |b| and the exponent of the remainder; null when it needs more than prec digits. */
function intDivide(a: PyDecimal, b: PyDecimal, c: Ctx): [bigint, bigint, number] | null {
  const exp = Math.min(a.exp, b.exp);
  const aa = adjexp(a);
  const ba = adjexp(b);
  if (a.coef === 0n || aa < ba - 1) return [0n, a.coef * pow10(a.exp - exp), exp];
  if (aa - ba > c.prec) return null;
  const ac = a.coef * pow10(a.exp - exp);
  const bc = b.coef * pow10(b.exp - exp);
  const q = ac / bc;
  if (ndigits(q) > c.prec) return null;
  return [q, ac - q * bc, exp];
}

/** a // b: the quotient truncated toward zero.  CPython: mpd_qdivint */
export function divint(a: PyDecimal, b: PyDecimal, c: Ctx): PyDecimal {
  const s = divSpecial(a, b, c, 'divint');
  if (s !== undefined) return s;
  const r = intDivide(a, b, c);
  if (r === null) return invalid(c, S_DIVISION_IMPOSSIBLE);
  return finalize(a.sign ^ b.sign, r[0], 0, c);
}

/** a % b: the remainder with a's sign.  CPython: mpd_qrem */
export function rem(a: PyDecimal, b: PyDecimal, c: Ctx): PyDecimal {
  const s = divSpecial(a, b, c, 'rem');
  if (s !== undefined) return s;
  const r = intDivide(a, b, c);
  if (r === null) return invalid(c, S_DIVISION_IMPOSSIBLE);
  return finalize(a.sign, r[1], r[2], c);
}

/** divmod(a, b).  CPython: mpd_qdivmod */
export function divmod(a: PyDecimal, b: PyDecimal, c: Ctx): [PyDecimal, PyDecimal] {
  if (a.special !== FINITE || b.special !== FINITE || b.coef === 0n) {
    const n = checkNaNs(a, b, c);
    if (n !== undefined) return [n, n];
    const sign = a.sign ^ b.sign;
    if (a.special === INF) {
      if (b.special === INF) {
        const x = invalid(c);
        return [x, x];
      }
      const x = invalid(c);
      return [infinity(sign), x];
    }
    if (b.special === INF) return [finite(sign, 0n, 0), fix(a, c)];
    if (a.coef === 0n) {
      const x = invalid(c, S_DIVISION_UNDEFINED);
      return [x, x];
    }
    c.ws |= S_DIVISION_BY_ZERO | S_INVALID_OPERATION;
    return [infinity(sign), NAN_VALUE];
  }
  const r = intDivide(a, b, c);
  if (r === null) {
    const x = invalid(c, S_DIVISION_IMPOSSIBLE);
    return [x, x];
  }
  return [finalize(a.sign ^ b.sign, r[0], 0, c), finalize(a.sign, r[1], r[2], c)];
}

/** remainder_near: a - b*n with n the integer nearest a/b (ties to even).  CPython: mpd_qrem_near */
export function remNear(a: PyDecimal, b: PyDecimal, c: Ctx): PyDecimal {
  const s = divSpecial(a, b, c, 'rem');
  if (s !== undefined) return s;
  const r = intDivide(a, b, c);
  if (r === null) return invalid(c, S_DIVISION_IMPOSSIBLE);
  let [q, rm] = r;
  const exp = r[2];
  // |a| < |b| / 10: a is its own remainder (and b need not be scaled to a's far smaller exponent).
  if (q === 0n && adjexp(a) < adjexp(b) - 1) return finalize(a.sign, rm, exp, c);
  const bc = b.coef * pow10(b.exp - exp);
  let sign = a.sign;
  const twice = 2n * rm;
  if (twice > bc || (twice === bc && (q & 1n) === 1n)) {
    rm = bc - rm;
    sign = 1 - sign;
    q += 1n;
    if (ndigits(q) > c.prec) return invalid(c, S_DIVISION_IMPOSSIBLE);
  }
  return finalize(sign, rm, exp, c);
}

/** a * b + d with a single rounding: the product is exact.  CPython: mpd_qfma */
export function fma(a: PyDecimal, b: PyDecimal, d: PyDecimal, c: Ctx): PyDecimal {
  const exact: Ctx = { prec: Number.MAX_SAFE_INTEGER, round: c.round, emax: Number.MAX_SAFE_INTEGER, emin: -Number.MAX_SAFE_INTEGER, clamp: 0, ws: 0 };
  const p = mul(a, b, exact);
  c.ws |= exact.ws;
  return add(p, d, c);
}

// ---- quantize and friends ----

/** a at exponent exp, rounding by mode when digits are dropped (Rounded, and Inexact if any was nonzero).  CPython: _mpd_qrescale */
export function rescale(a: PyDecimal, exp: number, mode: number, c: Ctx): PyDecimal {
  if (a.coef === 0n) return finite(a.sign, 0n, exp);
  if (exp <= a.exp) return finite(a.sign, a.coef * pow10(a.exp - exp), exp);
  const [q, inexact] = shiftRound(a.coef, exp - a.exp, a.sign, mode);
  c.ws |= inexact ? S_INEXACT | S_ROUNDED : S_ROUNDED;
  return finite(a.sign, q, exp);
}

/** a.quantize(b): a at b's exponent.  CPython: mpd_qquantize */
export function quantize(a: PyDecimal, b: PyDecimal, c: Ctx, mode = c.round): PyDecimal {
  if (a.special !== FINITE || b.special !== FINITE) {
    const n = checkNaNs(a, b, c);
    if (n !== undefined) return n;
    if (a.special === INF && b.special === INF) return a;
    return invalid(c);
  }
  const exp = b.exp;
  if (exp > c.emax || exp < etiny(c)) return invalid(c);
  if (a.coef === 0n) return finalize(a.sign, 0n, exp, c);
  if (ndigits(a.coef) + a.exp - exp > c.prec) return invalid(c);
  const work: Ctx = { prec: c.prec, round: mode, emax: c.emax, emin: c.emin, clamp: c.clamp, ws: 0 };
  const r = rescale(a, exp, mode, work);
  if (ndigits(r.coef) > c.prec) return invalid(c);
  if (r.coef !== 0n && (adjexp(r) > c.emax || adjexp(r) < etiny(c))) return invalid(c);
  c.ws |= work.ws;
  return finalize(r.sign, r.coef, r.exp, c);
}

/** to_integral_value: rounded to an integer, no Inexact/Rounded.  CPython: mpd_qround_to_int */
export function toIntegral(a: PyDecimal, mode: number, c: Ctx, exact: boolean): PyDecimal {
  if (a.special !== FINITE) {
    const n = checkNaNs(a, undefined, c);
    if (n !== undefined) return n;
    return a;
  }
  if (a.exp >= 0) return a;
  const ws = c.ws;
  const r = rescale(a, 0, mode, c);
  if (!exact) c.ws = ws;
  return r;
}

/** The integer part of a finite a (rounded by mode) as a BigInt. */
export function integerOf(a: PyDecimal, mode: number): bigint {
  if (a.exp >= 0) return (a.sign ? -1n : 1n) * a.coef * pow10(a.exp);
  const [q] = shiftRound(a.coef, -a.exp, a.sign, mode);
  return a.sign ? -q : q;
}

/** normalize/reduce: rounded to the context, trailing zeros removed.  CPython: mpd_qreduce */
export function reduce(a: PyDecimal, c: Ctx): PyDecimal {
  const n = checkNaNs(a, undefined, c);
  if (n !== undefined) return n;
  if (a.special === INF) return a;
  const r = fix(a, c);
  if (r.special !== FINITE) return r;
  if (r.coef === 0n) return finite(r.sign, 0n, 0);
  let coef = r.coef;
  let exp = r.exp;
  const top = c.clamp ? etop(c) : c.emax;
  while (coef % 10n === 0n && exp < top) {
    coef /= 10n;
    exp++;
  }
  return finite(r.sign, coef, exp);
}

/** same_quantum */
export function sameQuantum(a: PyDecimal, b: PyDecimal): boolean {
  if (a.special >= NAN || b.special >= NAN) return a.special >= NAN && b.special >= NAN;
  if (a.special === INF || b.special === INF) return a.special === INF && b.special === INF;
  return a.exp === b.exp;
}

// ---- min/max ----

/** max/min (byMag: max_mag/min_mag); a quiet NaN loses to a number.  CPython: mpd_qmax */
export function maxMin(a: PyDecimal, b: PyDecimal, c: Ctx, wantMax: boolean, byMag: boolean): PyDecimal {
  if (a.special >= NAN || b.special >= NAN) {
    if (a.special === NAN && b.special < NAN) return fix(b, c);
    if (b.special === NAN && a.special < NAN) return fix(a, c);
    return checkNaNs(a, b, c)!;
  }
  let r = byMag ? cmp(copySign(a, 0), copySign(b, 0)) : 0;
  if (r === 0) r = cmpTotal(a, b);
  const pick = wantMax ? (r >= 0 ? a : b) : r <= 0 ? a : b;
  return fix(pick, c);
}

// ---- next_plus / next_minus / next_toward ----

/** next_plus (up) / next_minus: the closest representable neighbour.  CPython: mpd_qnext_plus, mpd_qnext_minus */
export function nextPlus(a: PyDecimal, c: Ctx, up = true): PyDecimal {
  const n = checkNaNs(a, undefined, c);
  if (n !== undefined) return n;
  if (a.special === INF) {
    if (a.sign === (up ? 0 : 1)) return a;
    return finite(a.sign, pow10(c.prec) - 1n, etop(c));
  }
  // a plus a unit below every digit the context keeps, rounded toward the direction of the step.
  const tiny = etiny(c);
  const unitExp = a.coef === 0n ? tiny - 1 : Math.min(tiny - 1, adjexp(a) - c.prec - 1);
  const work: Ctx = { prec: c.prec, round: up ? ROUND_CEILING : ROUND_FLOOR, emax: c.emax, emin: c.emin, clamp: c.clamp, ws: 0 };
  return add(a, finite(up ? 0 : 1, 1n, unitExp), work);
}

export function nextToward(a: PyDecimal, b: PyDecimal, c: Ctx): PyDecimal {
  const n = checkNaNs(a, b, c);
  if (n !== undefined) return n;
  const r = cmp(a, b);
  if (r === 0) return copySign(a, b.sign);
  const ws = c.ws;
  const res = nextPlus(a, c, r < 0);
  c.ws = ws;
  if (res.special === INF) c.ws |= S_OVERFLOW | S_INEXACT | S_ROUNDED;
  else if (res.special === FINITE && adjexp(res) < c.emin) {
    c.ws |= S_UNDERFLOW | S_SUBNORMAL | S_INEXACT | S_ROUNDED;
    if (res.coef === 0n) c.ws |= S_CLAMPED;
  }
  return res;
}

// ---- logb, scaleb ----

export function logb(a: PyDecimal, c: Ctx): PyDecimal {
  const n = checkNaNs(a, undefined, c);
  if (n !== undefined) return n;
  if (a.special === INF) return infinity(0);
  if (a.coef === 0n) {
    c.ws |= S_DIVISION_BY_ZERO;
    return infinity(1);
  }
  return fix(intDecBig(BigInt(adjexp(a))), c);
}

export function intDecBig(v: bigint): PyDecimal {
  return finite(v < 0n ? 1 : 0, v < 0n ? -v : v, 0);
}

export function scaleb(a: PyDecimal, b: PyDecimal, c: Ctx): PyDecimal {
  const n = checkNaNs(a, b, c);
  if (n !== undefined) return n;
  if (b.special === INF || b.exp !== 0) return invalid(c);
  const limit = 2 * (c.emax + c.prec);
  const bv = b.coef;
  if (bv > BigInt(limit)) return invalid(c);
  if (a.special === INF) return a;
  const shift = Number(bv) * (b.sign ? -1 : 1);
  return finalize(a.sign, a.coef, a.exp + shift, c);
}

// ---- digit-wise operations: logical_and/or/xor/invert, shift, rotate ----

/** The digits of a logical operand (a finite, non-negative integer of 0/1 digits) or null. */
function logicalDigits(a: PyDecimal, prec: number): string | null {
  if (a.special !== FINITE || a.sign || a.exp !== 0) return null;
  const s = a.coef.toString();
  if (s.length > prec || /[^01]/.test(s)) return null;
  return s.padStart(prec, '0');
}

export function logical(a: PyDecimal, b: PyDecimal | null, c: Ctx, op: 'and' | 'or' | 'xor' | 'invert'): PyDecimal {
  const x = logicalDigits(a, c.prec);
  const y = b === null ? '0'.repeat(c.prec) : logicalDigits(b, c.prec);
  if (x === null || y === null) return invalid(c);
  let out = '';
  for (let i = 0; i < c.prec; i++) {
    const p = x.charCodeAt(i) - 48;
    const q = y.charCodeAt(i) - 48;
    const v = op === 'and' ? p & q : op === 'or' ? p | q : op === 'xor' ? p ^ q : 1 - p;
    out += v;
  }
  return finite(0, BigInt(out), 0);
}

/** The int value of a shift/rotate count, or null when invalid. */
function countOf(b: PyDecimal, c: Ctx): number | null {
  if (b.special !== FINITE || b.exp !== 0) return null;
  if (b.coef > BigInt(c.prec)) return null;
  return Number(b.coef) * (b.sign ? -1 : 1);
}

export function shift(a: PyDecimal, b: PyDecimal, c: Ctx): PyDecimal {
  const nn = checkNaNs(a, b, c);
  if (nn !== undefined) return nn;
  const n = countOf(b, c);
  if (n === null) return invalid(c);
  if (a.special === INF) return a;
  let coef: bigint;
  if (n >= 0) coef = (a.coef * pow10(n)) % pow10(c.prec);
  else coef = a.coef / pow10(-n);
  return finite(a.sign, coef, a.exp);
}

export function rotate(a: PyDecimal, b: PyDecimal, c: Ctx): PyDecimal {
  const nn = checkNaNs(a, b, c);
  if (nn !== undefined) return nn;
  const n = countOf(b, c);
  if (n === null) return invalid(c);
  if (a.special === INF) return a;
  let s = a.coef.toString();
  if (s.length > c.prec) s = s.slice(s.length - c.prec);
  s = s.padStart(c.prec, '0');
  const k = ((n % c.prec) + c.prec) % c.prec;
  const r = s.slice(k) + s.slice(0, k);
  return finite(a.sign, BigInt(r), a.exp);
}

// ---- classification ----

export function numberClass(a: PyDecimal, c: Ctx): string {
  if (a.special === SNAN) return 'sNaN';
  if (a.special === NAN) return 'NaN';
  const s = a.sign ? '-' : '+';
  if (a.special === INF) return s + 'Infinity';
  if (a.coef === 0n) return s + 'Zero';
  if (adjexp(a) < c.emin) return s + 'Subnormal';
  return s + 'Normal';
}

export { ROUND_HALF_EVEN, ROUND_DOWN, S_INEXACT, S_ROUNDED };
