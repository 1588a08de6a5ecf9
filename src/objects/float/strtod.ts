// Strings to doubles: float(str), float.fromhex, and the exact scaling of big integers to doubles.
// CPython: Objects/floatobject.c PyFloat_FromString, float_fromhex_impl; Python/pystrtod.c
// _Py_string_to_number_with_underscores, PyOS_string_to_double; Objects/unicodeobject.c
// _PyUnicode_TransformDecimalAndSpaceToASCII

import { isSpace, toDecimal } from '../../unicode/db.ts';
import { valueError, overflowError } from '../exceptions.ts';

const NOT_ASCII = /[^\x00-\x7e]/g;

/**
 * Non-ASCII text made ASCII the way int() and float() see it: Unicode whitespace becomes ' ',
 * Unicode decimal digits their ASCII digit, and the first other non-ASCII character ends the text
 * with '?' (which then fails to parse).  CPython: _PyUnicode_TransformDecimalAndSpaceToASCII
 */
export function transformDecimalAndSpaceToASCII(s: string): string {
  const n = s.length;
  NOT_ASCII.lastIndex = 0;
  let i = NOT_ASCII.exec(s)?.index ?? n;
  if (i === n) return s;
  let out = s.slice(0, i);
  for (; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 127) {
      out += s[i];
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (isSpace(c)) out += ' ';
    else {
      const v = toDecimal(c);
      if (v < 0) return out + '?';
      out += String.fromCharCode(48 + v);
    }
  }
  return out;
}

/** A NaN with its sign bit set (built from bits: a literal -NaN would be folded to NaN). */
export const NEG_NAN = ((): number => {
  const f = new Float64Array(1);
  new Uint32Array(f.buffer)[1] = 0xfff80000;
  return f[0];
})();

/** Python's ASCII whitespace.  CPython: Py_ISSPACE */
export function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * Removes underscores that sit between two digits; null if any other underscore is present.
 * CPython: _Py_string_to_number_with_underscores
 */
export function removeUnderscores(s: string): string | null {
  if (s.indexOf('_') < 0) return s;
  let out = '';
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) {
      if (!(prev >= 48 && prev <= 57)) return null;
    } else {
      if (prev === 0x5f && !(c >= 48 && c <= 57)) return null;
      out += s[i];
    }
    prev = c;
  }
  return prev === 0x5f ? null : out;
}

const DECIMAL_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INF_NAN_RE = /^([+-]?)(inf|infinity|nan)$/i;

/**
 * The double an ASCII float literal denotes (after underscores were removed): optional whitespace,
 * sign, digits with an optional point and exponent, or inf/infinity/nan; null when invalid.
 * CPython: float_from_string_inner + PyOS_string_to_double
 */
export function parseAsciiFloat(s: string): number | null {
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  if (start === end) return null;
  const t = start === 0 && end === s.length ? s : s.slice(start, end);
  if (DECIMAL_RE.test(t)) return Number(t);
  const m = INF_NAN_RE.exec(t);
  if (m === null) return null;
  // (A sign on a NaN is kept, as C's strtod keeps it: copysign sees it.)
  if (m[2].length === 3 && (m[2][0] === 'n' || m[2][0] === 'N')) return m[1] === '-' ? NEG_NAN : NaN;
  return m[1] === '-' ? -Infinity : Infinity;
}

/** float(str) for text already made ASCII; null when it is not a float literal. */
export function parseFloatText(ascii: string): number | null {
  const s = removeUnderscores(ascii);
  return s === null ? null : parseAsciiFloat(s);
}

// ---- exact scaling ----

/** The number of bits of |v|. */
export function bigBitLength(v: bigint): number {
  if (v < 0n) v = -v;
  if (v <= 0x1fffffffffffffn) {
    const n = Number(v);
    if (n < 4294967296) return 32 - Math.clz32(n);
    return 64 - Math.clz32(Math.floor(n / 4294967296));
  }
  // toString(16) is linear in the size; count the leading hex digit's bits.
  const h = v.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

/**
 * m * 2**exp (m >= 0) correctly rounded to a double (ties to even); Infinity when it overflows.
 * CPython: the rounding in _PyLong_Frexp / float_fromhex / long_true_divide
 */
export function scaleToDouble(m: bigint, exp: number): number {
  if (m === 0n) return 0;
  const bits = bigBitLength(m);
  const top = bits + exp; // m * 2**exp < 2**top
  if (top > 1024) return Infinity;
  if (top < -1074) return 0; // below half the smallest subnormal (a tie at 2**-1075 rounds to even 0)
  // The exponent of the lowest bit the result can keep (53 bits, fewer when subnormal).
  const lsb = Math.max(top, -1021) - 53;
  if (exp >= lsb) return ldexpExact(Number(m), exp);
  const shift = BigInt(lsb - exp);
  let q = m >> shift;
  const rem = m - (q << shift);
  const half = 1n << (shift - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  return ldexpExact(Number(q), lsb);
}

/** x * 2**e where the result is exactly representable or overflows (no rounding happens). */
export function ldexpExact(x: number, e: number): number {
  if (e > 1023) {
    x *= 2 ** 1023;
    e -= 1023;
    if (e > 1023) return x * Infinity;
  } else if (e < -1022) {
    x *= 2 ** -1022;
    e += 1022;
    if (e < -1022) {
      x *= 2 ** -1022;
      e += 1022;
    }
    if (e < -1074) return x * 0;
  }
  return x * 2 ** e;
}

// ---- float.fromhex ----

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** float.fromhex(s).  CPython: Objects/floatobject.c float_fromhex_impl */
export function floatFromHexString(s: string): number {
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let x: number;
  const special = /^([+-]?)(infinity|inf|nan)/i.exec(s.slice(i));
  if (special !== null) {
    i += special[0].length;
    const neg = special[1] === '-';
    x = /nan/i.test(special[2]) ? (neg ? NEG_NAN : NaN) : neg ? -Infinity : Infinity;
  } else {
    let negate = false;
    if (s[i] === '-') {
      negate = true;
      i++;
    } else if (s[i] === '+') i++;
    if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) i += 2;
    let mant = 0n;
    let ndigits = 0;
    let fdigits = 0;
    const coeffStart = i;
    while (i < n && hexValue(s.charCodeAt(i)) >= 0) i++;
    const intEnd = i;
    let fracStart = i;
    if (s[i] === '.') {
      i++;
      fracStart = i;
      while (i < n && hexValue(s.charCodeAt(i)) >= 0) i++;
      fdigits = i - fracStart;
    }
    ndigits = intEnd - coeffStart + fdigits;
    if (ndigits === 0) throw valueError('invalid hexadecimal floating-point string');
    // Digits beyond what can matter are folded into a sticky bit; this bounds the work.
    const hex = s.slice(coeffStart, intEnd) + s.slice(fracStart, fracStart + fdigits);
    if (ndigits > 1e9) throw valueError('hexadecimal string too long to convert');
    let exp = 0;
    if (s[i] === 'p' || s[i] === 'P') {
      i++;
      const expStart = i;
      if (s[i] === '-' || s[i] === '+') i++;
      if (!(i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57)) throw valueError('invalid hexadecimal floating-point string');
      while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
      // Exponents beyond any double's range saturate (strtol would clamp them).
      exp = Math.max(-1e12, Math.min(1e12, Number(s.slice(expStart, i))));
    }
    mant = BigInt('0x' + hex);
    x = scaleToDouble(mant, exp - 4 * fdigits);
    if (x === Infinity) throw overflowError('hexadecimal value too large to represent as a float');
    if (negate) x = -x;
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) throw valueError('invalid hexadecimal floating-point string');
  return x;
}

/** float.hex(x).  CPython: Objects/floatobject.c float_hex_impl */
export function floatToHexString(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const ax = Math.abs(x);
  // frexp: ax = m * 2**e with 0.5 <= m < 1; CPython then shifts e so the leading digit is 1
  // (or, for subnormals, keeps the exponent at -1022 with a leading 0).
  const F = new Float64Array([ax]);
  const U = new Uint32Array(F.buffer);
  const biased = (U[1] >>> 20) & 0x7ff;
  const frac = (BigInt(U[1] & 0xfffff) << 32n) | BigInt(U[0]);
  let lead: number;
  let e: number;
  if (biased === 0) {
    lead = 0;
    e = -1022;
  } else {
    lead = 1;
    e = biased - 1023;
  }
  const digits = frac.toString(16).padStart(13, '0');
  return `${sign}0x${lead}.${digits}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}
