// NUMBER tokens to values: int (JS number, or bigint past 2**53-1), float (PyFloat), imaginary (PyComplex).
// CPython: Parser/pegen.c parsenumber, parsenumber_raw, _PyPegen_number_token
import { PyFloat } from '../objects/float.ts';
import { PyComplex } from '../objects/complex.ts';
import type { PyValue } from '../objects/object.ts';
import { maxStrDigits } from '../objects/int/format.ts';

/** The value of a NUMBER token, or a string: the ValueError CPython raises (too many digits). */
export function parseNumber(text: string): PyValue | { error: string } {
  const s = text.indexOf('_') < 0 ? text : text.replace(/_/g, '');
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x6a || last === 0x4a) return new PyComplex(0, Number(s.slice(0, -1))); // j J
  const c1 = s.charCodeAt(1);
  if (s.charCodeAt(0) === 0x30 && s.length > 1) {
    const lc = c1 | 0x20;
    if (lc === 0x78 || lc === 0x6f || lc === 0x62) return radixInt(s, lc === 0x78 ? 4 : lc === 0x6f ? 3 : 1); // x o b
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return new PyFloat(Number(s));
  }
  // A decimal integer.
  if (s.length <= 15) return Number(s);
  // Only zero may start with 0 (the tokenizer checks): CPython reads it with strtoul, without a limit.
  if (s.charCodeAt(0) === 0x30) return 0;
  const digits = s.length;
  // sys.set_int_max_str_digits() applies to literals too (0: no limit).
  if (maxStrDigits > 0 && digits > maxStrDigits) {
    return {
      error: `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    };
  }
  return normalizeInt(BigInt(s));
}

/** 0x, 0o and 0b literals: exact as a number when they fit in 53 bits. */
function radixInt(s: string, bitsPerDigit: number): number | bigint {
  let k = 2;
  while (k < s.length - 1 && s.charCodeAt(k) === 0x30) k++;
  if ((s.length - k) * bitsPerDigit <= 53) return Number(s.slice(0, 2).toLowerCase() + s.slice(2));
  return normalizeInt(BigInt(s.slice(0, 2).toLowerCase() + s.slice(2)));
}

/** An int value in its runtime representation: a JS number when |v| <= 2**53-1. */
export function normalizeInt(v: bigint): number | bigint {
  return v <= 9007199254740991n && v >= -9007199254740991n ? Number(v) : v;
}
