// The float type: the value class and its repr.  CPython: Objects/floatobject.c, Python/pystrtod.c
import { PyObject } from './object.ts';

export class PyFloat extends PyObject {
  constructor(public readonly value: number) {
    super();
  }
}

/**
 * The shortest decimal digits that round-trip to x, and the decimal point position:
 * x == 0.DIGITS * 10**decpt. x must be finite and non-zero; the sign is ignored.
 */
export function shortestDigits(x: number): { digits: string; decpt: number } {
  // toExponential() without an argument gives the shortest round-tripping digits, like David Gay's mode 0.
  const s = Math.abs(x).toExponential();
  const e = s.indexOf('e');
  const digits = s.slice(0, e).replace('.', '');
  return { digits, decpt: Number(s.slice(e + 1)) + 1 };
}

/**
 * repr(float), and str(float): the shortest round-tripping form, in positional notation when
 * -4 < decpt <= 16 and in exponent notation otherwise. `addDot0` appends ".0" to integral
 * positional results, as float repr does (complex repr does not).
 * CPython: Python/pystrtod.c format_float_short with mode 'r'
 */
export function floatRepr(x: number, addDot0 = true): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + (addDot0 ? '0.0' : '0');
  const { digits, decpt } = shortestDigits(x);
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const e = Math.abs(exp);
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return sign + digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}
