// Decimal numbers: representation, rounding to a context, and the finishing step every operation ends
// with.  CPython: Modules/_decimal/libmpdec/mpdecimal.c (mpd_qfinalize, _mpd_check_exp, _mpd_check_round)
//
// A finite decimal is (-1)**sign * coef * 10**exp, with coef a non-negative BigInt of any length (the
// "coefficient") and exp an integer exponent. Infinities and NaNs carry the sign too; a NaN's coef is its
// diagnostic payload. Values are immutable: every operation makes a new object.
import { PyObject } from '../../objects/object.ts';

export const FINITE = 0;
export const INF = 1;
export const NAN = 2;
export const SNAN = 3;

export class PyDecimal extends PyObject {
  constructor(
    readonly sign: number,
    readonly coef: bigint,
    readonly exp: number,
    readonly special: number,
  ) {
    super();
  }
}

// ---- status bits (libmpdec's values, so flags can be compared with C's at a glance) ----

export const S_CLAMPED = 0x1;
export const S_CONVERSION_SYNTAX = 0x2;
export const S_DIVISION_BY_ZERO = 0x4;
export const S_DIVISION_IMPOSSIBLE = 0x8;
export const S_DIVISION_UNDEFINED = 0x10;
export const S_INEXACT = 0x40;
export const S_INVALID_CONTEXT = 0x80;
export const S_INVALID_OPERATION = 0x100;
export const S_FLOAT_OPERATION = 0x400;
export const S_OVERFLOW = 0x800;
export const S_ROUNDED = 0x1000;
export const S_SUBNORMAL = 0x2000;
export const S_UNDERFLOW = 0x4000;
/** Every condition that the InvalidOperation signal stands for. */
export const S_IEEE_INVALID = S_CONVERSION_SYNTAX | S_DIVISION_IMPOSSIBLE | S_DIVISION_UNDEFINED | S_INVALID_CONTEXT | S_INVALID_OPERATION | 0x20 | 0x200;

// ---- rounding modes (libmpdec's order, which is the order of C's round_map) ----

export const ROUND_UP = 0;
export const ROUND_DOWN = 1;
export const ROUND_CEILING = 2;
export const ROUND_FLOOR = 3;
export const ROUND_HALF_UP = 4;
export const ROUND_HALF_DOWN = 5;
export const ROUND_HALF_EVEN = 6;
export const ROUND_05UP = 7;
export const ROUND_NAMES = ['ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_05UP'];

/** What an operation needs of a context; `ws` collects the status of the operation under way. */
export interface Ctx {
  prec: number;
  round: number;
  emax: number;
  emin: number;
  clamp: number;
  ws: number;
}

export function workCtx(prec: number, round = ROUND_HALF_EVEN, emax = MAX_EMAX, emin = MIN_EMIN): Ctx {
  return { prec, round, emax, emin, clamp: 0, ws: 0 };
}

export const MAX_PREC = 999999999999999999;
export const MAX_EMAX = 999999999999999999;
export const MIN_EMIN = -999999999999999999;
export const MIN_ETINY = MIN_EMIN - (MAX_PREC - 1);

// ---- BigInt helpers ----

const POW10: bigint[] = [1n];
export function pow10(n: number): bigint {
  if (n < 400) {
    while (POW10.length <= n) POW10.push(POW10[POW10.length - 1] * 10n);
    return POW10[n];
  }
  return 10n ** BigInt(n);
}

/** The number of decimal digits of c (1 for 0). */
export function ndigits(c: bigint): number {
  if (c < 10000000000000000n) return c < 10n ? 1 : String(Number(c)).length;
  const s = c.toString();
  return s.length;
}

export function etiny(c: Ctx): number {
  return c.emin - c.prec + 1;
}

export function etop(c: Ctx): number {
  return c.emax - c.prec + 1;
}

// ---- constructors ----

export function finite(sign: number, coef: bigint, exp: number): PyDecimal {
  return new PyDecimal(sign, coef, exp, FINITE);
}

export function infinity(sign: number): PyDecimal {
  return new PyDecimal(sign, 0n, 0, INF);
}

export function nan(sign = 0, payload = 0n): PyDecimal {
  return new PyDecimal(sign, payload, 0, NAN);
}

export const NAN_VALUE = nan();

export function isNaNs(d: PyDecimal): boolean {
  return d.special >= NAN;
}

export function isZero(d: PyDecimal): boolean {
  return d.special === FINITE && d.coef === 0n;
}

export function adjexp(d: PyDecimal): number {
  return d.exp + ndigits(d.coef) - 1;
}

// ---- rounding ----

/**
 * Whether dropping digits from a kept part q (discarded part compared to half a unit: cmp, and
 * nonzero: inexact) rounds q up by one, under mode for a value of the given sign.
 */
export function roundsUp(mode: number, sign: number, q: bigint, cmp: number, inexact: boolean): boolean {
  if (!inexact) return false;
  switch (mode) {
    case ROUND_UP:
      return true;
    case ROUND_DOWN:
      return false;
    case ROUND_CEILING:
      return sign === 0;
    case ROUND_FLOOR:
      return sign === 1;
    case ROUND_HALF_UP:
      return cmp >= 0;
    case ROUND_HALF_DOWN:
      return cmp > 0;
    case ROUND_HALF_EVEN:
      return cmp > 0 || (cmp === 0 && (q & 1n) === 1n);
    case ROUND_05UP: {
      const last = q % 10n;
      return last === 0n || last === 5n;
    }
    default:
      return false;
  }
}

/** The result of dropping n low digits of coef with rounding: [kept coefficient, inexact]. */
export function shiftRound(coef: bigint, n: number, sign: number, mode: number): [bigint, boolean] {
  if (n <= 0) return [coef * pow10(-n), false];
  // All digits dropped (n may be about 10**9 for a subnormal result): less than half of 10**n is left.
  if (n > ndigits(coef)) return coef === 0n ? [0n, false] : [roundsUp(mode, sign, 0n, -1, true) ? 1n : 0n, true];
  const p = pow10(n);
  const q = coef / p;
  const r = coef - q * p;
  if (r === 0n) return [q, false];
  const twice = r * 2n;
  const cmp = twice < p ? -1 : twice > p ? 1 : 0;
  return [roundsUp(mode, sign, q, cmp, true) ? q + 1n : q, true];
}

/** The value a result too large for the context becomes, with its status.  CPython: mpd_qfinalize overflow */
function overflow(sign: number, c: Ctx): PyDecimal {
  c.ws |= S_OVERFLOW | S_INEXACT | S_ROUNDED;
  const m = c.round;
  const toInf = m === ROUND_HALF_UP || m === ROUND_HALF_EVEN || m === ROUND_HALF_DOWN || m === ROUND_UP || (m === ROUND_CEILING && sign === 0) || (m === ROUND_FLOOR && sign === 1);
  if (toInf) return infinity(sign);
  return finite(sign, pow10(c.prec) - 1n, etop(c));
}

/**
 * Fits an exact result (-1)**sign * coef * 10**exp into the context: rounds it to prec digits or to
 * the subnormal exponent limit, and handles overflow, underflow and clamping, adding to c.ws.
 * CPython: libmpdec mpd_qfinalize (_mpd_check_exp then _mpd_check_round)
 */
export function finalize(sign: number, coef: bigint, exp: number, c: Ctx): PyDecimal {
  let digits = ndigits(coef);
  const adj = exp + digits - 1;
  if (coef === 0n) {
    const top = c.clamp ? etop(c) : c.emax;
    if (exp > top) {
      c.ws |= S_CLAMPED;
      return finite(sign, 0n, top);
    }
    const tiny = etiny(c);
    if (exp < tiny) {
      c.ws |= S_CLAMPED;
      return finite(sign, 0n, tiny);
    }
    return finite(sign, 0n, exp);
  }
  if (adj > c.emax) return overflow(sign, c);
  if (adj < c.emin) {
    c.ws |= S_SUBNORMAL;
    const tiny = etiny(c);
    if (exp < tiny) {
      const [q, inexact] = shiftRound(coef, tiny - exp, sign, c.round);
      c.ws |= S_ROUNDED;
      if (inexact) {
        c.ws |= S_INEXACT | S_UNDERFLOW;
        if (q === 0n) c.ws |= S_CLAMPED;
      }
      return finite(sign, q, tiny);
    }
    return finite(sign, coef, exp);
  }
  if (digits > c.prec) {
    const shift = digits - c.prec;
    let [q, inexact] = shiftRound(coef, shift, sign, c.round);
    exp += shift;
    c.ws |= S_ROUNDED;
    if (inexact) c.ws |= S_INEXACT;
    if (q === pow10(c.prec)) {
      q = pow10(c.prec - 1);
      exp += 1;
      if (exp + c.prec - 1 > c.emax) return overflow(sign, c);
    }
    return finite(sign, q, exp);
  }
  if (c.clamp && exp > etop(c)) {
    const t = etop(c);
    c.ws |= S_CLAMPED;
    return finite(sign, coef * pow10(exp - t), t);
  }
  return finite(sign, coef, exp);
}

/** A decimal rounded to the context (NaN payloads cut to fit).  CPython: mpd_qfinalize */
export function fix(d: PyDecimal, c: Ctx): PyDecimal {
  if (d.special === FINITE) {
    const digits = ndigits(d.coef);
    const adj = d.exp + digits - 1;
    // The common case needs no new object.
    if (digits <= c.prec && adj <= c.emax && adj >= c.emin && (!c.clamp || d.exp <= etop(c)) && d.coef !== 0n) return d;
    return finalize(d.sign, d.coef, d.exp, c);
  }
  if (d.special >= NAN) return fixNaN(d, c);
  return d;
}

/** A NaN whose payload has more digits than prec - clamp keeps its low digits.  CPython: _mpd_fix_nan */
export function fixNaN(d: PyDecimal, c: Ctx): PyDecimal {
  if (d.coef === 0n) return d;
  const room = c.prec - c.clamp;
  if (ndigits(d.coef) > room) {
    const p = room <= 0 ? 0n : d.coef % pow10(room);
    return new PyDecimal(d.sign, p, 0, d.special);
  }
  return d;
}

/** The result of an invalid operation: a quiet NaN, with the condition added to the status. */
export function invalid(c: Ctx, cond = S_INVALID_OPERATION): PyDecimal {
  c.ws |= cond;
  return NAN_VALUE;
}

/**
 * NaN propagation for an operation on a and b (b may be undefined): a signaling NaN gives
 * InvalidOperation and its quiet copy; otherwise the first quiet NaN. undefined when neither is a NaN.
 * CPython: mpd_qcheck_nans
 */
export function checkNaNs(a: PyDecimal, b: PyDecimal | undefined, c: Ctx): PyDecimal | undefined {
  if (a.special < NAN && (b === undefined || b.special < NAN)) return undefined;
  let r: PyDecimal;
  if (a.special === SNAN) r = a;
  else if (b !== undefined && b.special === SNAN) r = b;
  else if (a.special === NAN) r = a;
  else r = b!;
  if (r.special === SNAN) {
    c.ws |= S_INVALID_OPERATION;
    r = new PyDecimal(r.sign, r.coef, 0, NAN);
  }
  return fixNaN(r, c);
}

// ---- strings ----

const NUMBER_RE = /^([+-])?(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?$/;
const SPECIAL_RE = /^([+-])?(?:(inf|infinity)|(s?nan)(\d*))$/i;

/** Parses the spec's numeric-string syntax (already ASCII and stripped); null when malformed. */
export function parseDecimal(s: string): PyDecimal | null {
  const m = NUMBER_RE.exec(s);
  if (m !== null) {
    const sign = m[1] === '-' ? 1 : 0;
    const intPart = m[2] ?? '';
    const frac = m[3] ?? m[4] ?? '';
    let exp = 0;
    if (m[5] !== undefined) {
      exp = Number(m[5]);
      // Differs from CPython: exponents beyond 2**53 are not kept exactly (libmpdec keeps 64-bit ones).
      if (!Number.isSafeInteger(exp)) exp = exp > 0 ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
    }
    const digits = intPart + frac;
    return finite(sign, BigInt(digits), exp - frac.length);
  }
  const sm = SPECIAL_RE.exec(s);
  if (sm === null) return null;
  const sign = sm[1] === '-' ? 1 : 0;
  if (sm[2] !== undefined) return infinity(sign);
  const kind = sm[3].length === 4 ? SNAN : NAN;
  let payload = 0n;
  if (sm[4] !== '') {
    payload = BigInt(sm[4]);
    // A payload longer than the longest coefficient is a syntax error.
    if (ndigits(payload) > MAX_PREC) return null;
  }
  return new PyDecimal(sign, payload, 0, kind);
}

/** The scientific string (str()), or the engineering one.  CPython: mpd_to_sci / mpd_to_eng (_mpd_to_string) */
export function toSciString(d: PyDecimal, eng: boolean, capitals: boolean): string {
  const sign = d.sign ? '-' : '';
  if (d.special === INF) return sign + 'Infinity';
  if (d.special >= NAN) return sign + (d.special === SNAN ? 'sNaN' : 'NaN') + (d.coef === 0n ? '' : d.coef.toString());
  const digits = d.coef.toString();
  const n = digits.length;
  const exp = d.exp;
  const adj = exp + n - 1;
  if (exp <= 0 && adj >= -6) {
    // No exponent: the point falls within or before the digits.
    if (exp === 0) return sign + digits;
    const point = n + exp;
    if (point > 0) return sign + digits.slice(0, point) + '.' + digits.slice(point);
    return sign + '0.' + '0'.repeat(-point) + digits;
  }
  let dotPos = 1;
  let e = adj;
  let body = digits;
  if (eng) {
    if (d.coef === 0n) {
      // A zero shows 0, 0.0, 0.00 with an exponent that is a multiple of three.
      const r = ((adj % 3) + 3) % 3;
      if (r === 0) return sign + '0' + expPart(e, capitals);
      return sign + '0.' + '0'.repeat(3 - r) + expPart(adj + 3 - r, capitals);
    } else {
      const r = ((adj % 3) + 3) % 3;
      e = adj - r;
      dotPos = 1 + r;
    }
  }
  if (dotPos >= n) body = digits + '0'.repeat(dotPos - n);
  else body = digits.slice(0, dotPos) + '.' + digits.slice(dotPos);
  return sign + body + expPart(e, capitals);
}

function expPart(e: number, capitals: boolean): string {
  if (e === 0) return '';
  return (capitals ? 'E' : 'e') + (e > 0 ? '+' : '-') + Math.abs(e);
}
