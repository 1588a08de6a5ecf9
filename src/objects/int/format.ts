// Ints to text: str() in any base with the digit limit, and int.__format__.
// CPython: Objects/longobject.c long_to_decimal_string, long_format_binary;
// Python/formatter_unicode.c format_long_internal, _PyLong_FormatAdvancedWriter

import type { PyIntValue } from '../object.ts';
import { valueError, overflowError, type PyBaseException } from '../exceptions.ts';
import { type FormatSpec, layoutNumber, unknownPresentationType } from '../format-spec.ts';
import { formatFloatSpec } from '../float/format.ts';
import { intToFloat } from '../int.ts';
import { bigBitLength } from '../float/strtod.ts';
import { interp } from '../../vm/interpreter.ts';

/**
 * The maximum digits str(int) and int(str) accept (sys.set_int_max_str_digits); 0 means no limit.
 * It belongs to the interpreter (CPython: interp->long_state.max_str_digits); this variable mirrors
 * the current interpreter's value as of the last getMaxStrDigits/setMaxStrDigits call.
 */
export let maxStrDigits = 4300;
const DEFAULT_MAX_STR_DIGITS = 4300;
const perInterpreter = new WeakMap<object, number>();

/** The current interpreter's limit. */
export function getMaxStrDigits(): number {
  const ip = interp();
  const v = ip ? perInterpreter.get(ip) : undefined;
  maxStrDigits = v === undefined ? DEFAULT_MAX_STR_DIGITS : v;
  return maxStrDigits;
}

/** Sets the current interpreter's limit. */
export function setMaxStrDigits(n: number): void {
  const ip = interp();
  if (ip) perInterpreter.set(ip, n);
  maxStrDigits = n;
}

/** Below this many digits the limit is never checked.  CPython: _PY_LONG_MAX_STR_DIGITS_THRESHOLD */
export const MAX_STR_DIGITS_THRESHOLD = 640;

/**
 * |v| or v in base 2, 8, 10 or 16 without prefix ('-' for negatives); base 10 enforces the digit
 * limit.  CPython: long_to_decimal_string / long_format_binary
 */
export function intToString(v: PyIntValue, base: number): string {
  if (typeof v === 'number') return v.toString(base);
  if (base === 10) return intToDecimalString(v);
  return v.toString(base);
}

function limitError(maxStrDigits: number): PyBaseException {
  return valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
}

/** str(int).  CPython: long_to_decimal_string */
export function intToDecimalString(v: PyIntValue): string {
  if (typeof v === 'number') return String(v);
  // CPython first compares the limit with an under-estimate of the digits from the size in 30-bit
  // digits, failing before any quadratic work (test_denial_of_service_prevented_int_to_str); the
  // estimate never exceeds the true count, so only the time differs from checking afterwards.
  const size = Math.ceil(bigBitLength(v) / 30);
  if (size >= Math.trunc((10 * MAX_STR_DIGITS_THRESHOLD) / 90) + 2) {
    const maxStrDigits = getMaxStrDigits();
    if (maxStrDigits > 0 && Math.trunc(maxStrDigits / 90) <= Math.trunc((size - 11) / 10)) throw limitError(maxStrDigits);
  }
  const s = v.toString();
  const digits = s.length - (v < 0n ? 1 : 0);
  if (digits > MAX_STR_DIGITS_THRESHOLD) {
    const maxStrDigits = getMaxStrDigits();
    if (maxStrDigits > 0 && digits > maxStrDigits) throw limitError(maxStrDigits);
  }
  return s;
}

/** bin()/oct()/hex() of an int: '-0x1f'.  CPython: _PyLong_Format with a prefix */
export function intToPrefixedString(v: PyIntValue, base: 2 | 8 | 16): string {
  const neg = v < 0;
  const digits = intToString(neg ? (typeof v === 'number' ? -v : -v) : v, base);
  return (neg ? '-' : '') + (base === 2 ? '0b' : base === 8 ? '0o' : '0x') + digits;
}

/** int.__format__ with a parsed spec.  CPython: _PyLong_FormatAdvancedWriter + format_long_internal */
export function formatIntSpec(v: PyIntValue, spec: FormatSpec, typeName: string): string {
  switch (spec.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatSpec(intToFloat(v), spec);
    default:
      throw unknownPresentationType(spec.type, typeName);
  }
  if (spec.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (spec.noNeg0) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (spec.type === 'c') {
    if (spec.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint') {
      if (v >= 2n ** 63n || v < -(2n ** 63n)) throw overflowError('Python int too large to convert to C long');
      throw overflowError('%c arg not in range(0x110000)');
    }
    if (v < 0 || v > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(v);
    return layoutNumber('', false, '', ch, false, '', spec, false, 1 - ch.length);
  }
  const base = spec.type === 'b' ? 2 : spec.type === 'o' ? 8 : spec.type === 'x' || spec.type === 'X' ? 16 : 10;
  const neg = v < 0;
  const digits = intToString(neg ? (typeof v === 'number' ? -v : -v) : v, base);
  let prefix = '';
  if (spec.alternate && base !== 10) prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  if (spec.sign !== '+' && spec.sign !== ' ' && spec.width === -1 && spec.type !== 'X' && spec.type !== 'n' && spec.thousands === '') {
    return (neg ? '-' : '') + prefix + digits;
  }
  return layoutNumber(digits, false, '', '', neg, prefix, spec, spec.type === 'X');
}
