// Decimal digits of doubles, correctly rounded, and CPython's float-to-string formatting.
// CPython: Python/dtoa.c _Py_dg_dtoa (modes 0, 2, 3), Python/pystrtod.c format_float_short,
// PyOS_double_to_string.
//
// CPython rounds the exact binary value of the double, ties to even. JS's toFixed/toExponential
// also round the exact value, but ties away from zero; exact ties are rare and easy to detect
// (see isTie), so the JS results are used except at ties, where exact BigInt arithmetic decides.

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** Results of the digit functions: the digits (no trailing zeros) and decimal point position. */
export let dtoaDigits = '';
/** x == 0.DIGITS * 10**dtoaDecpt (when dtoaDigits is '', the value rounded to zero). */
export let dtoaDecpt = 0;

// The odd mantissa and exponent of the last decomposed double: |x| == ODD_M_[0] * 2**ODD_E.
const ODD_M_ = new Float64Array(1); // typed: module-level doubles are boxed
let ODD_E = 0;

/** Decomposes finite non-zero |x| into ODD_M_[0] * 2**ODD_E with ODD_M_[0] odd. */
function decompose(x: number): void {
  F64[0] = x;
  const lo = U32[0];
  const hi = U32[1];
  const biased = (hi >>> 20) & 0x7ff;
  let mhi = hi & 0xfffff;
  let e: number;
  if (biased === 0) e = -1074;
  else {
    mhi |= 0x100000;
    e = biased - 1075;
  }
  let mlo = lo;
  // Strip trailing zero bits.
  if (mlo === 0) {
    mlo = mhi;
    mhi = 0;
    e += 32;
  }
  const tz = 31 - Math.clz32(mlo & -mlo);
  if (tz > 0) {
    mlo = ((mlo >>> tz) | (mhi << (32 - tz))) >>> 0;
    mhi >>>= tz;
    e += tz;
  }
  ODD_M_[0] = mhi * 4294967296 + (mlo >>> 0);
  ODD_E = e;
}

/** |x| as an exact fraction num/den (den a power of two). */
function exactFraction(x: number): [bigint, bigint] {
  decompose(x);
  const m = BigInt(ODD_M_[0]);
  return ODD_E >= 0 ? [m << BigInt(ODD_E), 1n] : [m, 1n << BigInt(-ODD_E)];
}

/** round(num / den), ties to even. */
function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

const POW10: bigint[] = [];
function pow10(n: number): bigint {
  if (n < 64) {
    let p = POW10[n];
    if (p === undefined) p = POW10[n] = 10n ** BigInt(n);
    return p;
  }
  return 10n ** BigInt(n);
}

function setDigits(all: string, decpt: number): void {
  let end = all.length;
  while (end > 0 && all.charCodeAt(end - 1) === 48) end--;
  dtoaDigits = end === all.length ? all : all.slice(0, end);
  dtoaDecpt = decpt;
}

/** The shortest digits that round-trip (x finite, non-zero).  CPython: _Py_dg_dtoa mode 0 */
export function dtoaShortest(x: number): void {
  // toExponential() without an argument gives the shortest round-tripping digits, nearest to x
  // among them, as David Gay's mode 0 does.
  const s = Math.abs(x).toExponential();
  const e = s.indexOf('e');
  const digits = e === 1 ? s[0] : s[0] + s.slice(2, e);
  dtoaDigits = digits;
  dtoaDecpt = +s.slice(e + 1) + 1;
}

/**
 * |x| rounded to `nd` digits after the decimal point (nd may be negative), x finite non-zero.
 * CPython: _Py_dg_dtoa mode 3
 */
export function dtoaFixed(x: number, nd: number): void {
  const ax = Math.abs(x);
  if (nd >= 0 && nd <= 100 && ax < 1e21) {
    decompose(ax);
    if (ODD_E !== -(nd + 1)) {
      const s = ax.toFixed(nd);
      let all = nd === 0 ? s : s.slice(0, s.length - nd - 1) + s.slice(s.length - nd);
      let i = 0;
      while (i < all.length && all.charCodeAt(i) === 48) i++;
      if (i > 0) all = all.slice(i);
      if (all.length === 0) {
        dtoaDigits = '';
        dtoaDecpt = -nd;
      } else setDigits(all, all.length - nd);
      return;
    }
  }
  dtoaFixedExact(ax, nd);
}

/** dtoaFixed by exact BigInt arithmetic only (the slow path; exported for tests). */
export function dtoaFixedExact(x: number, nd: number): void {
  const ax = Math.abs(x);
  // A double has at most 1074 fraction digits: more precision changes nothing.
  if (nd > 1100) nd = 1100;
  let [num, den] = exactFraction(ax);
  if (nd >= 0) num *= pow10(nd);
  else den *= pow10(-nd);
  const q = roundHalfEven(num, den);
  if (q === 0n) {
    dtoaDigits = '';
    dtoaDecpt = -nd;
    return;
  }
  const all = q.toString();
  setDigits(all, all.length - nd);
}

/**
 * |x| rounded to `nd` >= 1 significant digits, x finite non-zero.  CPython: _Py_dg_dtoa mode 2
 */
export function dtoaPrecision(x: number, nd: number): void {
  const ax = Math.abs(x);
  if (nd <= 101) {
    const s = ax.toExponential(nd - 1);
    const ei = s.indexOf('e');
    const k = +s.slice(ei + 1);
    if (!isTie(ax, nd - 1 - k)) {
      setDigits(ei === 1 ? s[0] : s[0] + s.slice(2, ei), k + 1);
      return;
    }
  }
  dtoaPrecisionExact(ax, nd);
}

/** dtoaPrecision by exact BigInt arithmetic only (the slow path; exported for tests). */
export function dtoaPrecisionExact(x: number, nd: number): void {
  const ax = Math.abs(x);
  // The longest exact expansion of a double has 767 significant digits.
  if (nd > 800) nd = 800;
  const [num, den] = exactFraction(ax);
  let k = Math.floor(Math.log10(ax));
  for (;;) {
    const s = nd - 1 - k;
    const n = s >= 0 ? num * pow10(s) : num;
    const d = s >= 0 ? den : den * pow10(-s);
    const trunc = n / d;
    if (trunc >= pow10(nd)) {
      k++;
      continue;
    }
    if (trunc < pow10(nd - 1)) {
      k--;
      continue;
    }
    const q = roundHalfEven(n, d);
    if (q === pow10(nd)) setDigits('1', k + 2);
    else setDigits(q.toString(), k + 1);
    return;
  }
}

/** Whether |x| * 10**s lies exactly halfway between two integers (ax finite, non-zero). */
function isTie(ax: number, s: number): boolean {
  decompose(ax);
  // ax * 10**s == ODD_M_[0] * 5**s * 2**(ODD_E + s): an odd multiple of 1/2 iff ODD_E + s == -1.
  if (s >= 0) return ODD_E + s === -1;
  // ax / 10**t == ODD_M_[0] * 2**(ODD_E - t) / 5**t: an odd multiple of 1/2 iff ODD_E == t - 1 and 5**t divides ODD_M_[0].
  const t = -s;
  return ODD_E === t - 1 && t <= 22 && ODD_M_[0] % 5 ** t === 0;
}

// ---- PyOS_double_to_string ----

const EXACT_POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * ax (finite, > 0) with p decimals, when one multiplication decides the rounding: ax * 10**p is
 * below 2**51 and its computed fraction is farther from .5 than the product's rounding error (so
 * exact ties never come here); else null.  The digits of an integer, without toFixed's slower path.
 */
function fixedDigits(ax: number, p: number): string | null {
  const scaled = ax * EXACT_POW10[p];
  if (!(scaled < 2 ** 51)) return null;
  const fl = Math.floor(scaled);
  const frac = scaled - fl;
  if (Math.abs(frac - 0.5) <= scaled * 2 ** -51 + 2 ** -60) return null;
  let digits = String(frac > 0.5 ? fl + 1 : fl);
  if (p === 0) return digits;
  if (digits.length <= p) digits = '0'.repeat(p + 1 - digits.length) + digits;
  return digits.slice(0, digits.length - p) + '.' + digits.slice(digits.length - p);
}

/** Flags of doubleToString.  CPython: Py_DTSF_* */
export const DTSF_SIGN = 1;
export const DTSF_ADD_DOT_0 = 2;
export const DTSF_ALT = 4;
export const DTSF_NO_NEG_0 = 8;

/**
 * Formats a double as CPython's PyOS_double_to_string: code 'e', 'E', 'f', 'F', 'g', 'G' with a
 * precision, or 'r' (repr: shortest round-trip, precision 0). `flags` combines the DTSF_* bits.
 */
export function doubleToString(val: number, code: string, precision: number, flags: number): string {
  // The common '%.2f' / '{:.2f}': JS's toFixed rounds the exact value as CPython does, except at
  // exact ties (toFixed rounds them away from zero) and for -0.0 (toFixed drops the sign).
  if ((code === 'f' || code === 'F') && flags === 0 && precision <= 100 && val !== 0) {
    const ax = val < 0 ? -val : val;
    if (precision < EXACT_POW10.length) {
      const t = fixedDigits(ax, precision);
      if (t !== null) return val < 0 ? '-' + t : t;
    }
    if (ax < 1e21) {
      decompose(ax);
      if (ODD_E !== -(precision + 1)) return val.toFixed(precision);
    }
  }
  const upper = code === 'E' || code === 'F' || code === 'G';
  let mode: 0 | 2 | 3;
  switch (code) {
    case 'E':
    case 'e':
      code = 'e';
      mode = 2;
      precision++;
      break;
    case 'F':
    case 'f':
      code = 'f';
      mode = 3;
      break;
    case 'G':
    case 'g':
      code = 'g';
      mode = 2;
      // Precision 0 makes no sense for 'g': it means 1.
      if (precision === 0) precision = 1;
      break;
    default:
      mode = 0;
  }
  return formatFloatShort(val, code, mode, precision, flags, upper);
}

/** CPython: Python/pystrtod.c format_float_short */
function formatFloatShort(d: number, code: string, mode: 0 | 2 | 3, precision: number, flags: number, upper: boolean): string {
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;
  let negative = d < 0 || Object.is(d, -0);
  if (d !== d || d === Infinity || d === -Infinity) {
    if (d !== d) negative = false;
    const sign = negative ? '-' : flags & DTSF_SIGN ? '+' : '';
    const word = d !== d ? 'nan' : 'inf';
    return sign + (upper ? word.toUpperCase() : word);
  }
  let digits: string;
  let decpt: number;
  if (d === 0) {
    digits = '0';
    decpt = 1;
  } else {
    if (mode === 0) dtoaShortest(d);
    else if (mode === 3) dtoaFixed(d, precision);
    else dtoaPrecision(d, precision);
    digits = dtoaDigits;
    decpt = dtoaDecpt;
  }
  const nDigits = digits.length;
  if (flags & DTSF_NO_NEG_0 && negative && (nDigits === 0 || digits === '0')) negative = false;

  // The output is a slice [vStart, vEnd) of the digits padded with zeros on both sides.
  let vEnd = nDigits;
  let useExp = false;
  switch (code) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    default:
      // repr switches to exponent notation at 1e16.
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;

  let out = negative ? '-' : flags & DTSF_SIGN ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else if (vStart < 0) out += '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= nDigits) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (nDigits < decpt) out += '0'.repeat(decpt - nDigits) + '.' + '0'.repeat(vEnd - decpt);
  else if (vEnd > nDigits) out += '0'.repeat(vEnd - nDigits);
  if (!alt && out.charCodeAt(out.length - 1) === 0x2e) out = out.slice(0, -1);
  if (useExp) {
    const a = exp < 0 ? -exp : exp;
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' : '') + a;
  }
  return out;
}

/**
 * round(x, ndigits) for finite x and -308 <= ndigits <= 323: the double nearest to x rounded
 * (half even, on its exact value) to a multiple of 10**-ndigits; NaN-free, may be ±Infinity on
 * overflow (the caller raises).  CPython: Objects/floatobject.c double_round
 */
export function doubleRound(x: number, ndigits: number): number {
  if (x === 0) return x;
  dtoaFixed(x, ndigits);
  const sign = x < 0 ? '-' : '';
  return Number(`${sign}0${dtoaDigits}e${dtoaDecpt - dtoaDigits.length}`);
}
