// Text to ints: int(str, base), int(bytes, base).  CPython: Objects/longobject.c PyLong_FromString,
// long_from_string_base, PyLong_FromUnicodeObject, _PyLong_FromBytes

import type { PyIntValue } from '../object.ts';
import { valueError } from '../exceptions.ts';
import { getMaxStrDigits, MAX_STR_DIGITS_THRESHOLD } from './format.ts';
import { isAsciiSpace, transformDecimalAndSpaceToASCII } from '../float/strtod.ts';

const NON_DECIMAL = /[^0-9]/g;

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 37;
}

/**
 * Parses ASCII text as int(text, base) does: surrounding whitespace, a sign, a base prefix (0x, 0o,
 * 0b) for base 0 or the matching base, digits with single underscores between them (and one after
 * the prefix). Returns null on a syntax error; throws ValueError past the digit limit.  CPython: PyLong_FromString + long_from_string_base
 */
export function parseIntText(s: string, base: number): PyIntValue | null {
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let neg = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    neg = true;
    i++;
  }
  let errorIfNonzero = false;
  const c1 = s[i + 1];
  if (base === 0) {
    if (s[i] !== '0') base = 10;
    else if (c1 === 'x' || c1 === 'X') base = 16;
    else if (c1 === 'o' || c1 === 'O') base = 8;
    else if (c1 === 'b' || c1 === 'B') base = 2;
    else {
      // A C-style octal literal is invalid, unless it is zero.
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (
    s[i] === '0' &&
    ((base === 16 && (c1 === 'x' || c1 === 'X')) || (base === 8 && (c1 === 'o' || c1 === 'O')) || (base === 2 && (c1 === 'b' || c1 === 'B')))
  ) {
    i += 2;
    if (s[i] === '_') i++;
  }
  // The digits, with single underscores between them.
  const start = i;
  if (s[i] === '_') return null;
  let digits = 0;
  let prevUnderscore = false;
  let hasUnderscore = false;
  if (base === 10) {
    // A run of ASCII digits, found in native code (int() of a million digits must fail on the
    // digit limit long before a conversion would end: test_denial_of_service_prevented_str_to_int).
    NON_DECIMAL.lastIndex = i;
    const stop = NON_DECIMAL.exec(s)?.index ?? n;
    digits = stop - i;
    i = stop;
  }
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) {
      if (prevUnderscore) return null;
      prevUnderscore = hasUnderscore = true;
    } else if (digitValue(c) < base) {
      digits++;
      prevUnderscore = false;
    } else break;
  }
  if (prevUnderscore || i === start) return null;
  const end = i;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) return null;
  if ((base & (base - 1)) !== 0 && digits > MAX_STR_DIGITS_THRESHOLD && getMaxStrDigits() > 0 && digits > getMaxStrDigits()) {
    const maxStrDigits = getMaxStrDigits();
    throw valueError(
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  let text = s.slice(start, end);
  if (hasUnderscore) text = text.replace(/_/g, '');
  let v: PyIntValue;
  if (digits <= 10 || (base === 10 && digits <= 15) || (base === 16 && digits <= 13)) {
    v = parseInt(text, base);
  } else {
    let b: bigint;
    if (base === 10) b = BigInt(text);
    else if (base === 16) b = BigInt('0x' + text);
    else if (base === 8) b = BigInt('0o' + text);
    else if (base === 2) b = BigInt('0b' + text);
    else b = bigFromDigits(text, base);
    v = b <= 9007199254740991n ? Number(b) : b;
  }
  if (errorIfNonzero && v !== 0) return null;
  if (neg) return typeof v === 'number' ? (v === 0 ? 0 : -v) : -v;
  return v;
}

/** Digits in an arbitrary base, combined in chunks that stay exact in doubles. */
function bigFromDigits(text: string, base: number): bigint {
  // Chunks of k digits: base**k < 2**53.
  const k = Math.floor(53 / Math.log2(base));
  const bigBase = BigInt(base) ** BigInt(k);
  let v = 0n;
  let i = text.length % k || k;
  v = BigInt(parseInt(text.slice(0, i), base));
  for (; i < text.length; i += k) v = v * bigBase + BigInt(parseInt(text.slice(i, i + k), base));
  return v;
}

/** int(str, base) for Python text (Unicode digits and spaces accepted), or null. */
export function parseIntString(text: string, base: number): PyIntValue | null {
  return parseIntText(transformDecimalAndSpaceToASCII(text), base);
}
