// float.__format__, and the float/int pieces of printf-style '%' formatting.
// CPython: Python/formatter_unicode.c format_float_internal; Objects/unicodeobject.c formatfloat,
// mainformatlong, _PyUnicode_FormatLong, formatchar

import { type PyValue } from '../object.ts';
import { typeOf } from '../type.ts';
import { isIntValue, intValue, isStrValue, strValue } from '../boxes.ts';
import { typeError, valueError, overflowError, exceptionMatches, PyExc_TypeError } from '../exceptions.ts';
import { doubleToString, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0 } from './dtoa.ts';
import { type FormatSpec, formatNumberBody } from '../format-spec.ts';
import { PyFloat_AsDouble } from '../float.ts';
import { PyNumber_Long, intToString } from '../int.ts';
import { PyNumber_Index } from '../abstract.ts';
import { cpLength } from '../str/codepoints.ts';
import { typeNameT } from '../typeobject.ts';

const INT_MAX = 2147483647;

/**
 * Formats a double by a parsed spec whose type is '', 'e', 'E', 'f', 'F', 'g', 'G', 'n' or '%'.
 * CPython: format_float_internal
 */
export function formatFloatSpec(val: number, spec: FormatSpec): string {
  if (spec.precision > INT_MAX) throw valueError('precision too big');
  let precision = spec.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (spec.alternate) flags |= DTSF_ALT;
  if (spec.noNeg0) flags |= DTSF_NO_NEG_0;
  let type = spec.type;
  if (type === '') {
    // Like repr without a precision, else like 'g' with at least one digit after the point.
    flags |= DTSF_ADD_DOT_0;
    type = 'r';
    defaultPrecision = 0;
  } else if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    val *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let s = doubleToString(val, type, precision, flags);
  if (pct) s += '%';
  if (spec.sign !== '+' && spec.sign !== ' ' && spec.width === -1 && spec.type !== 'n' && spec.thousands === '' && spec.fracThousands === '') return s;
  const negative = s.charCodeAt(0) === 0x2d;
  return formatNumberBody(negative ? s.slice(1) : s, negative, '', spec);
}

// ---- printf-style formatting ('%' on str and bytes) ----

/**
 * The text of %e %E %f %F %g %G for one argument (a float, or anything with __float__/__index__),
 * with precision `prec` (-1 for the default 6) and the '#' flag; sign and padding are the caller's.
 * CPython: Objects/unicodeobject.c formatfloat
 */
export function percentFormatFloat(v: PyValue, ch: string, prec: number, alt: boolean): string {
  const x = PyFloat_AsDouble(v);
  return doubleToString(x, ch, prec < 0 ? 6 : prec, alt ? DTSF_ALT : 0);
}

/**
 * The text of %d %i %u %o %x %X for one argument: digits with '-' when negative, at least `prec`
 * digits (-1: no minimum), '0o'/'0x'/'0X' with the '#' flag. Non-ints are converted as CPython does
 * (int() for d/i/u, __index__ for o/x/X), with its TypeErrors.
 * CPython: mainformatlong + _PyUnicode_FormatLong
 */
export function percentFormatInt(v: PyValue, ch: string, prec: number, alt: boolean): string {
  let n: number | bigint;
  if (isIntValue(v)) n = intValue(v);
  else {
    const t = typeOf(v);
    const isNumber = t.nb_index !== null || t.nb_int !== null || t.nb_float !== null;
    try {
      if (!isNumber) throw typeError('');
      n = ch === 'o' || ch === 'x' || ch === 'X' ? PyNumber_Index(v) : PyNumber_Long(v);
    } catch (e) {
      if (!exceptionMatches(e as PyValue, PyExc_TypeError)) throw e;
      if (ch === 'o' || ch === 'x' || ch === 'X') throw typeError(`%${ch} format: an integer is required, not ${t.tp_name.slice(0, 200)}`);
      throw typeError(`%${ch} format: a real number is required, not ${t.tp_name.slice(0, 200)}`);
    }
  }
  if (prec > INT_MAX - 3) throw overflowError('precision too large');
  const base = ch === 'o' ? 8 : ch === 'x' || ch === 'X' ? 16 : 10;
  const neg = n < 0;
  let digits = intToString(neg ? -n : n, base);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let prefix = '';
  if (alt && base !== 10) prefix = base === 8 ? '0o' : '0x';
  let out = (neg ? '-' : '') + prefix + digits;
  if (ch === 'X') out = out.toUpperCase();
  return out;
}

/** The character of %c: a str of length 1 or an int code point.  CPython: formatchar */
export function percentFormatChar(v: PyValue): string {
  if (isStrValue(v)) {
    const s = strValue(v);
    const n = cpLength(s);
    if (n === 1) return s;
    throw typeError(`%c requires an int or a unicode character, not a string of length ${n}`);
  }
  let x: number | bigint;
  try {
    x = PyNumber_Index(v);
  } catch (e) {
    if (exceptionMatches(e as PyValue, PyExc_TypeError)) throw typeError(`%c requires an int or a unicode character, not ${typeNameT(typeOf(v))}`);
    throw e;
  }
  if (x < 0 || x > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(x));
}
