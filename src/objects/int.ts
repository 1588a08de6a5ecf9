// The int type.  CPython: Objects/longobject.c
//
// An int is a JS number while |v| <= 2**53 - 1 (never -0) and a JS bigint beyond; every result is
// normalised back (normInt), so each value has exactly one representation and === is equality.
// Instances of int subclasses are PyIntBox objects (boxes.ts).

import { NotImplemented, None, type PyIntValue, type PyValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, PRIMITIVE_TYPES, typeOf } from './type.ts';
import { PyIntBox, isIntValue, intValue, isStrValue, strValue } from './boxes.ts';
import { PyFloat, FloatType } from './float.ts';
import { PyBytes } from './bytes.ts';
import { PyTuple } from './tuple.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import { typeError, valueError, zeroDivisionError, overflowError } from './exceptions.ts';
import { intHash } from './hash.ts';
import { PyNumber_Index, PyObject_Repr, lookupSpecial, PyObject_CallNoArgs } from './abstract.ts';

const MAX = Number.MAX_SAFE_INTEGER;

/** The canonical representation of an int value: a number when it is safe, else a bigint. */
export function normInt(b: bigint): PyIntValue {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

function big(v: PyIntValue): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

// ---- arithmetic on int values ----

export function intAdd(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return normInt(big(a) + big(b));
}

export function intSub(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return normInt(big(a) - big(b));
}

export function intMul(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    // |r| <= 2**53 - 1 means the double product was exact; + 0 turns -0 into 0.
    if (r <= MAX && r >= -MAX) return r + 0;
  }
  return normInt(big(a) * big(b));
}

/** a // b, rounding toward negative infinity. */
export function intFloorDiv(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('division by zero');
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) q -= 1;
    return q + 0;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw zeroDivisionError('division by zero');
  let q = x / y;
  if (x % y !== 0n && (x < 0n) !== (y < 0n)) q -= 1n;
  return normInt(q);
}

/** a % b, with the sign of b. */
export function intMod(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('division by zero');
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw zeroDivisionError('division by zero');
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return normInt(r);
}

export function intNeg(a: PyIntValue): PyIntValue {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return normInt(-a);
}

export function intAbs(a: PyIntValue): PyIntValue {
  if (typeof a === 'number') return Math.abs(a);
  return normInt(a < 0n ? -a : a);
}

export function intInvert(a: PyIntValue): PyIntValue {
  if (typeof a === 'number') return intSub(intNeg(a), 1);
  return normInt(~a);
}

function fitsInt32(v: PyIntValue): v is number {
  return typeof v === 'number' && (v | 0) === v;
}

export function intAnd(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (fitsInt32(a) && fitsInt32(b)) return a & b;
  return normInt(big(a) & big(b));
}

export function intOr(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (fitsInt32(a) && fitsInt32(b)) return a | b;
  return normInt(big(a) | big(b));
}

export function intXor(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (fitsInt32(a) && fitsInt32(b)) return a ^ b;
  return normInt(big(a) ^ big(b));
}

export function intLshift(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (b < 0) throw valueError('negative shift count');
  if (a === 0) return 0;
  if (typeof a === 'number' && typeof b === 'number' && b < 53) {
    const r = a * 2 ** b;
    if (r <= MAX && r >= -MAX) return r;
  }
  if (typeof b === 'bigint' || b > 2 ** 32) throw overflowError('too many digits in integer');
  return normInt(big(a) << BigInt(b));
}

export function intRshift(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (b < 0) throw valueError('negative shift count');
  if (typeof a === 'number') {
    if (typeof b === 'bigint' || b >= 53) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b) + 0;
  }
  if (typeof b === 'bigint') return a < 0n ? -1 : 0;
  return normInt(a >> BigInt(b));
}

/** a ** b for b >= 0 (exact); b < 0 gives a float. */
export function intPow(a: PyIntValue, b: PyIntValue): PyValue {
  if (b < 0) {
    if (a === 0) throw zeroDivisionError('zero to a negative power');
    return new PyFloat(intToFloat(a) ** intToFloat(b));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    // Square-and-multiply in doubles while every step stays exact.
    let result = 1;
    let base = a;
    let e = b;
    let exact = true;
    while (e > 0) {
      if (e & 1) {
        result *= base;
        if (result > MAX || result < -MAX) {
          exact = false;
          break;
        }
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (base > MAX) {
          exact = false;
          break;
        }
      }
    }
    if (exact) return result + 0;
  }
  const bb = big(b);
  const ab = big(a);
  if (ab === 0n || ab === 1n) return normInt(ab);
  if (ab === -1n) return bb % 2n === 0n ? 1 : -1;
  if (bb > 10_000_000n) throw overflowError('exponent too large');
  return normInt(ab ** bb);
}

/** pow(a, b, m) for ints.  CPython: long_pow with a modulus */
export function intPowMod(a: PyIntValue, b: PyIntValue, m: PyIntValue): PyIntValue {
  let mod = big(m);
  if (mod === 0n) throw valueError('pow() 3rd argument cannot be 0');
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  let base = big(a);
  let e = big(b);
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  base %= mod;
  if (base < 0n) base += mod;
  let r = 1n % mod;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mod;
    base = (base * base) % mod;
    e >>= 1n;
  }
  if (negMod && r !== 0n) r -= mod;
  return normInt(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw valueError('base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

export function intCompare(a: PyIntValue, b: PyIntValue): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The nearest double to an int (round-half-even), or OverflowError.  CPython: PyLong_AsDouble */
export function intToFloat(v: PyIntValue): number {
  if (typeof v === 'number') return v;
  // Number(bigint) rounds to nearest, ties to even, as CPython does.
  const d = Number(v);
  if (!Number.isFinite(d)) throw overflowError('int too large to convert to float');
  return d;
}

/** a / b for ints: the correctly rounded quotient.  CPython: long_true_divide */
export function intTrueDiv(a: PyIntValue, b: PyIntValue): PyFloat {
  if (b === 0) throw zeroDivisionError('division by zero');
  if (typeof a === 'number' && typeof b === 'number') return new PyFloat(a / b);
  return new PyFloat(bigTrueDivide(big(a), big(b)));
}

function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

/** a / b correctly rounded for big operands: scale so the quotient has 55 significant bits, then round. */
function bigTrueDivide(a: bigint, b: bigint): number {
  if (b === 0n) throw zeroDivisionError('division by zero');
  const neg = a < 0n !== b < 0n;
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return neg ? -0 : 0;
  // Choose shift so that q = a * 2**shift / b has at least 55 bits: exact rounding from q and the remainder.
  const shift = 55 - (bitLength(a) - bitLength(b));
  const num = shift >= 0 ? a << BigInt(shift) : a;
  const den = shift >= 0 ? b : b << BigInt(-shift);
  let q = num / den;
  const rem = num % den;
  // Fold a nonzero remainder into a sticky bit so the final rounding of q is correct.
  if (rem !== 0n) q |= 1n;
  // q has 55 or 56 bits; Number(q) rounds it (ties to even), scaling by 2**-shift is exact unless subnormal.
  const exp = -shift;
  if (bitLength(q) + exp > 1025) throw overflowError('integer division result too large for a float');
  let r: number;
  if (bitLength(q) + exp < -1021) {
    // Subnormal result: round at the right bit position.
    const drop = -1074 - exp;
    if (drop > 0) {
      const half = 1n << BigInt(drop - 1);
      const low = q & ((1n << BigInt(drop)) - 1n);
      let hi = q >> BigInt(drop);
      if (low > half || (low === half && (hi & 1n) === 1n)) hi += 1n;
      r = Number(hi) * 2 ** -1074;
    } else r = Number(q) * 2 ** exp;
  } else r = Number(q) * 2 ** exp;
  if (!Number.isFinite(r)) throw overflowError('integer division result too large for a float');
  return neg ? -r : r;
}

// ---- conversions ----

/** The maximum digits str(int) and int(str) accept (sys.set_int_max_str_digits). */
export let maxStrDigits = 4300;
export function setMaxStrDigits(n: number): void {
  maxStrDigits = n;
}

/** str(int) in base 10, with CPython's digit limit.  CPython: long_to_decimal_string */
export function intToDecimalString(v: PyIntValue): string {
  if (typeof v === 'number') return String(v);
  const s = v.toString();
  const digits = s.length - (v < 0n ? 1 : 0);
  if (maxStrDigits > 0 && digits > maxStrDigits) {
    throw valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

const DIGIT_VALUE = (c: number): number => {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
};

/**
 * int(s, base): CPython's syntax (surrounding whitespace, sign, base prefixes for base 0 and the
 * matching base, single underscores between digits), or null when invalid.
 * CPython: PyLong_FromString
 */
export function parseIntLiteral(text: string, base: number): PyIntValue | null {
  let s = text.trim();
  let i = 0;
  let neg = false;
  if (s[i] === '+' || s[i] === '-') {
    neg = s[i] === '-';
    i++;
  }
  if (base === 0 || base === 16 || base === 8 || base === 2) {
    const p = s.slice(i, i + 2).toLowerCase();
    const pb = p === '0x' ? 16 : p === '0o' ? 8 : p === '0b' ? 2 : 0;
    if (pb !== 0 && (base === 0 || base === pb)) {
      base = pb;
      i += 2;
      if (s[i] === '_') i++;
    } else if (base === 0) {
      // Base 0 without prefix: decimal, but a leading zero only for zero itself.
      base = 10;
      const rest = s.slice(i).replace(/_/g, '');
      if (rest.length > 1 && rest[0] === '0' && /[1-9]/.test(rest)) return null;
    }
  }
  s = s.slice(i);
  if (s.length === 0 || s[0] === '_' || s[s.length - 1] === '_' || s.includes('__')) return null;
  const digits = s.replace(/_/g, '');
  for (let k = 0; k < digits.length; k++) if (DIGIT_VALUE(digits.charCodeAt(k)) >= base) return null;
  if (maxStrDigits > 0 && (base & (base - 1)) !== 0 && digits.length > maxStrDigits) {
    throw valueError(
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  let v: bigint;
  if (base === 10) v = BigInt(digits);
  else if (base === 16) v = BigInt('0x' + digits);
  else if (base === 8) v = BigInt('0o' + digits);
  else if (base === 2) v = BigInt('0b' + digits);
  else {
    v = 0n;
    const bb = BigInt(base);
    for (let k = 0; k < digits.length; k++) v = v * bb + BigInt(DIGIT_VALUE(digits.charCodeAt(k)));
  }
  return normInt(neg ? -v : v);
}

/** int(x) of a float: truncation toward zero.  CPython: PyLong_FromDouble */
export function intFromFloat(d: number): PyIntValue {
  if (d !== d) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(d)) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(d);
  if (t <= MAX && t >= -MAX) return t + 0;
  return normInt(BigInt(t));
}

// ---- slot functions ----

/** The int value of an operand, or undefined when it is not an int (the slot then returns NotImplemented). */
function operand(v: PyValue): PyIntValue | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  return v instanceof PyIntBox ? v.value : undefined;
}

function binary(f: (a: PyIntValue, b: PyIntValue) => PyValue): (a: PyValue, b: PyValue) => PyValue {
  return (a, b) => {
    const x = operand(a);
    const y = operand(b);
    if (x === undefined || y === undefined) return NotImplemented;
    return f(x, y);
  };
}

function intRepr(self: PyValue): string {
  return intToDecimalString(intValue(self));
}

function intHashSlot(self: PyValue): PyIntValue {
  return intHash(intValue(self));
}

function intRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  const x = operand(a);
  const y = operand(b);
  if (x === undefined || y === undefined) return NotImplemented;
  switch (op) {
    case CompareOp.LT:
      return x < y;
    case CompareOp.LE:
      return x <= y;
    case CompareOp.EQ:
      return x === y;
    case CompareOp.NE:
      return x !== y;
    case CompareOp.GT:
      return x > y;
    case CompareOp.GE:
      return x >= y;
  }
}

function intBool(self: PyValue): boolean {
  const v = intValue(self);
  return v !== 0 && v !== 0n;
}

function intIndex(self: PyValue): PyIntValue {
  return intValue(self);
}

function intFloat(self: PyValue): PyValue {
  return new PyFloat(intToFloat(intValue(self)));
}

function intDivmod(a: PyIntValue, b: PyIntValue): PyValue {
  return new PyTuple([intFloorDiv(a, b), intMod(a, b)]);
}

function intPowerSlot(a: PyValue, b: PyValue, c: PyValue): PyValue {
  const x = operand(a);
  const y = operand(b);
  if (x === undefined || y === undefined) return NotImplemented;
  if (c === None) return intPow(x, y);
  const m = operand(c);
  if (m === undefined) return NotImplemented;
  return intPowMod(x, y, m);
}

/** An int result of an int subclass operation is a plain int: unbox the operand itself. */
function intPositive(self: PyValue): PyValue {
  return intValue(self);
}

/** int(x=0, base=10).  CPython: long_new_impl */
function intNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  let x: PyValue | undefined = nargs > 0 ? args[0] : undefined;
  let baseArg: PyValue | undefined = nargs > 1 ? args[1] : undefined;
  if (nargs > 2) throw typeError(`int() takes at most 2 arguments (${nargs} given)`);
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    if (k === 'base' && baseArg === undefined) baseArg = args[nargs + i];
    else if (k === 'base') throw typeError("argument for int() given by name ('base') and position (2)");
    else throw typeError(`int() got an unexpected keyword argument '${k}'`);
  }
  const v = intFromArgs(x, baseArg);
  if (type === IntType) return v;
  return newHeapInstance(PyIntBox, type, v);
}

function intFromArgs(x: PyValue | undefined, baseArg: PyValue | undefined): PyIntValue {
  if (baseArg === undefined) {
    if (x === undefined) return 0;
    return PyNumber_Long(x);
  }
  const base = PyNumber_Index(baseArg);
  if (x === undefined) throw typeError('int() missing string argument');
  if (!(base === 0 || (base >= 2 && base <= 36))) throw valueError('int() base must be >= 2 and <= 36, or 0');
  let text: string;
  if (isStrValue(x)) text = strValue(x);
  else if (x instanceof PyBytes) text = Buffer.from(x.data).toString('latin1');
  else throw typeError("int() can't convert non-string with explicit base");
  const r = parseIntLiteral(text, Number(base));
  if (r === null) throw valueError(`invalid literal for int() with base ${base}: ${PyObject_Repr(x instanceof PyBytes ? x : text.slice(0, 200))}`);
  return r;
}

/** int(x): __int__, __index__, __trunc__ is gone in 3.14; strings and bytes are parsed.  CPython: PyNumber_Long */
export function PyNumber_Long(x: PyValue): PyIntValue {
  const ix = operand(x);
  if (ix !== undefined) return ix;
  if (x instanceof PyFloat && typeOf(x) === FloatType) return intFromFloat(x.value);
  const t = typeOf(x);
  if (t.nb_int !== null) {
    const r = t.nb_int(x);
    if (!isIntValue(r)) throw typeError(`__int__ returned non-int (type ${typeOf(r).tp_name})`);
    return intValue(r);
  }
  if (t.nb_index !== null) return PyNumber_Index(x);
  if (isStrValue(x)) {
    const s = strValue(x);
    const r = parseIntLiteral(s, 10);
    if (r === null) throw valueError(`invalid literal for int() with base 10: ${PyObject_Repr(s.slice(0, 200))}`);
    return r;
  }
  if (x instanceof PyBytes) {
    const r = parseIntLiteral(Buffer.from(x.data).toString('latin1'), 10);
    if (r === null) throw valueError(`invalid literal for int() with base 10: ${PyObject_Repr(x)}`);
    return r;
  }
  const trunc = lookupSpecial(x, '__trunc__');
  if (trunc !== null) return PyNumber_Long(PyObject_CallNoArgs(trunc));
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.tp_name}'`);
}


// ---- methods ----

function intBitLength(self: PyValue): PyValue {
  const v = intValue(self);
  if (typeof v === 'number') {
    const a = Math.abs(v);
    return a < 2 ** 31 ? 32 - Math.clz32(a) : a.toString(2).length;
  }
  return bitLength(v);
}

function intBitCount(self: PyValue): PyValue {
  let v = big(intValue(self));
  if (v < 0n) v = -v;
  let n = 0;
  for (const c of v.toString(2)) if (c === '1') n++;
  return n;
}

function intConjugate(self: PyValue): PyValue {
  return intValue(self);
}

function intAsIntegerRatio(self: PyValue): PyValue {
  return new PyTuple([intValue(self), 1]);
}

function intIsInteger(): PyValue {
  return true;
}

function intGetnewargs(self: PyValue): PyValue {
  return new PyTuple([intValue(self)]);
}

export const IntType = defineBuiltinType({
  name: 'int',
  doc: 'An integer of unlimited size.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.LONG_SUBCLASS | TPFLAGS.MATCH_SELF,
  slots: { tp_repr: intRepr, tp_hash: intHashSlot, tp_richcompare: intRichcompare, tp_new: intNew },
  number: {
    nb_add: binary(intAdd),
    nb_subtract: binary(intSub),
    nb_multiply: binary(intMul),
    nb_remainder: binary(intMod),
    nb_divmod: binary(intDivmod),
    nb_power: intPowerSlot,
    nb_negative: (a: PyValue) => intNeg(intValue(a)),
    nb_positive: intPositive,
    nb_absolute: (a: PyValue) => intAbs(intValue(a)),
    nb_bool: intBool,
    nb_invert: (a: PyValue) => intInvert(intValue(a)),
    nb_lshift: binary(intLshift),
    nb_rshift: binary(intRshift),
    nb_and: binary(intAnd),
    nb_xor: binary(intXor),
    nb_or: binary(intOr),
    nb_int: intPositive,
    nb_float: intFloat,
    nb_floor_divide: binary(intFloorDiv),
    nb_true_divide: binary(intTrueDiv),
    nb_index: intIndex,
  },
  methods: {
    bit_length: { sig: '($self, /)', impl: intBitLength },
    bit_count: { sig: '($self, /)', impl: intBitCount },
    conjugate: { sig: '($self, /)', impl: intConjugate },
    as_integer_ratio: { sig: '($self, /)', impl: intAsIntegerRatio },
    is_integer: { sig: '($self, /)', impl: intIsInteger },
    __trunc__: { sig: '($self, /)', impl: intConjugate },
    __floor__: { sig: '($self, /)', impl: intConjugate },
    __ceil__: { sig: '($self, /)', impl: intConjugate },
    __index__: { sig: '($self, /)', impl: intConjugate },
    __getnewargs__: { sig: '($self, /)', impl: intGetnewargs },
  },
  getset: {
    real: { get: (s: PyValue) => intValue(s) },
    imag: { get: () => 0 },
    numerator: { get: (s: PyValue) => intValue(s) },
    denominator: { get: () => 1 },
  },
});

PRIMITIVE_TYPES.int = IntType;
