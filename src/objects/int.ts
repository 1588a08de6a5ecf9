// The int type.  CPython: Objects/longobject.c
//
// An int is a JS number while |v| <= 2**53 - 1 (never -0) and a JS bigint beyond; every result is
// normalised back (normInt), so each value has exactly one representation and === is equality.
// Instances of int subclasses are PyIntBox objects (boxes.ts). Text conversions are in int/format.ts
// and int/parse.ts, bytes conversions in int/bytes.ts.

import { NotImplemented, None, type PyIntValue, type PyValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, PRIMITIVE_TYPES, typeOf } from './type.ts';
import { PyIntBox, isIntValue, intValue, isStrValue, strValue } from './boxes.ts';
import { PyFloat, FloatType, floatPow } from './float.ts';
import { PyBytes, BytesType } from './bytes.ts';
import { PyTuple } from './tuple.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import { typeError, valueError, zeroDivisionError, overflowError, memoryError, PyExc_DeprecationWarning } from './exceptions.ts';
import { numberWarning } from './float/warn.ts';
import { intHash } from './hash.ts';
import { PyNumber_Index, PyNumber_AsSsize_t, PyObject_Repr, PyObject_Str, PyObject_Call, PyObject_CallOneArg } from './abstract.ts';
import { parseFormatSpec } from './format-spec.ts';
import { intToDecimalString, formatIntSpec } from './int/format.ts';
import { parseIntText } from './int/parse.ts';
import { intToByteArray, intFromByteArray } from './int/bytes.ts';
import { transformDecimalAndSpaceToASCII, scaleToDouble, bigBitLength } from './float/strtod.ts';
import { cpSlice } from './str/codepoints.ts';
import { getBuffer, isByteArray, simpleBufferOrNull } from './bytes/buffer.ts';

export { maxStrDigits, getMaxStrDigits, setMaxStrDigits, intToDecimalString, intToString, intToPrefixedString } from './int/format.ts';

const MAX = Number.MAX_SAFE_INTEGER;

/** The canonical representation of an int value: a number when it is safe, else a bigint. */
export function normInt(b: bigint): PyIntValue {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

function big(v: PyIntValue): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** Runs a BigInt computation, turning V8's size limit into MemoryError. */
function bigOp<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) throw memoryError();
    throw e;
  }
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
  return bigOp(() => normInt(big(a) * big(b)));
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
  if ((x < 0n) !== (y < 0n) && q * y !== x) q -= 1n;
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
  return a < 0n ? -a : a;
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

/** a << b.  CPython: long_lshift_method */
export function intLshift(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (b < 0) throw valueError('negative shift count');
  if (a === 0) return 0;
  if (typeof b === 'number' && b < 53 && typeof a === 'number') {
    const r = a * 2 ** b;
    if (r <= MAX && r >= -MAX) return r;
  }
  if (typeof b === 'bigint' && b >= 1n << 63n) throw overflowError('too many digits in integer');
  // Differs from CPython: V8 limits a BigInt to 2**30 bits; larger results raise MemoryError.
  if (b >= 1 << 30) throw memoryError();
  return bigOp(() => normInt(big(a) << BigInt(b)));
}

/** a >> b.  CPython: long_rshift */
export function intRshift(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (b < 0) throw valueError('negative shift count');
  if (typeof a === 'number') {
    if (typeof b === 'bigint' || b >= 53) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b) + 0;
  }
  if (typeof b === 'bigint' || b >= 1 << 30) return a < 0n ? -1 : 0;
  return normInt(a >> BigInt(b));
}

/** a ** b: exact for b >= 0; b < 0 gives a float.  CPython: long_pow without a modulus */
export function intPow(a: PyIntValue, b: PyIntValue): PyValue {
  if (b < 0) {
    if (a === 0) throw zeroDivisionError('zero to a negative power');
    return floatPow(intToFloat(a), intToFloat(b));
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
  const ab = big(a);
  if (ab === 0n || ab === 1n) return normInt(ab);
  if (ab === -1n) return big(b) % 2n === 0n ? 1 : -1;
  // Differs from CPython: V8 limits a BigInt to 2**30 bits; larger results raise MemoryError.
  if (typeof b === 'bigint' || bigBitLength(ab) * b > 2 ** 30 + 64) throw memoryError();
  return bigOp(() => normInt(ab ** BigInt(b)));
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
  if (mod === 1n) return 0;
  base %= mod;
  if (base < 0n) base += mod;
  let r = 1n;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mod;
    e >>= 1n;
    if (e > 0n) base = (base * base) % mod;
  }
  if (negMod && r !== 0n) r -= mod;
  return normInt(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let oldR = ((a % m) + m) % m;
  let r = m;
  let oldS = 1n;
  let s = 0n;
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

/** The nearest double to an int (ties to even), or OverflowError.  CPython: PyLong_AsDouble */
export function intToFloat(v: PyIntValue): number {
  if (typeof v === 'number') return v;
  // Number(bigint) rounds to nearest, ties to even, as CPython does.
  const d = Number(v);
  if (d === Infinity || d === -Infinity) throw overflowError('int too large to convert to float');
  return d;
}

/** a / b for ints: the correctly rounded quotient.  CPython: long_true_divide */
export function intTrueDiv(a: PyIntValue, b: PyIntValue): PyFloat {
  if (typeof a === 'number' && typeof b === 'number') {
    // Both operands are exact doubles: one IEEE division rounds correctly.
    if (b === 0) throw zeroDivisionError('division by zero');
    return new PyFloat(a / b);
  }
  return new PyFloat(bigTrueDivide(big(a), big(b)));
}

/**
 * a / b correctly rounded for big operands: shift so the integer quotient has at least 55 bits,
 * fold the remainder into a sticky bit, and round once.  CPython: long_true_divide
 */
function bigTrueDivide(a: bigint, b: bigint): number {
  if (b === 0n) throw zeroDivisionError('division by zero');
  const neg = a < 0n !== b < 0n;
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return neg ? -0 : 0;
  // Both fit a double exactly: one division rounds correctly.
  if (a <= 9007199254740992n && b <= 9007199254740992n) return (neg ? -1 : 1) * (Number(a) / Number(b));
  const diff = bigBitLength(a) - bigBitLength(b);
  // The quotient is at least 2**(diff-1): far beyond the double range is an overflow at once.
  if (diff > 1025) throw overflowError('integer division result too large for a float');
  if (diff < -1080) return neg ? -0 : 0;
  const shift = 55 - diff;
  const num = shift >= 0 ? a << BigInt(shift) : a;
  const den = shift >= 0 ? b : b << BigInt(-shift);
  let q = num / den;
  if (q * den !== num) q |= 1n;
  const r = scaleToDouble(q, -shift);
  if (r === Infinity) throw overflowError('integer division result too large for a float');
  return neg ? -r : r;
}

/** int(x) of a float: truncation toward zero.  CPython: PyLong_FromDouble */
export function intFromFloat(d: number): PyIntValue {
  if (d !== d) throw valueError('cannot convert float NaN to integer');
  if (d === Infinity || d === -Infinity) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(d);
  if (t <= MAX && t >= -MAX) return t + 0;
  return BigInt(t);
}

export function bitLengthOf(v: PyIntValue): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    return a < 4294967296 ? 32 - Math.clz32(a) : 64 - Math.clz32(Math.floor(a / 4294967296));
  }
  return bigBitLength(v);
}

// ---- parsing ----

/** int(text, base) of a str (Unicode digits and spaces accepted), or null when invalid. */
export function parseIntLiteral(text: string, base: number): PyIntValue | null {
  return parseIntText(transformDecimalAndSpaceToASCII(text), base);
}

/** int(str, base).  CPython: PyLong_FromUnicodeObject */
export function PyLong_FromUnicodeObject(u: PyValue, base: number): PyIntValue {
  if (base === 10 && typeof u === 'string') {
    const v = plainDecimal(u);
    if (v >= 0) return v;
  }
  const r = parseIntText(transformDecimalAndSpaceToASCII(strValue(u)), base);
  if (r === null) throw valueError(`invalid literal for int() with base ${base}: ${cpSlice(PyObject_Repr(u), 0, 200)}`);
  return r;
}

/** The value of 1 to 15 ASCII digits and nothing else (int('42') in loops), else -1. */
function plainDecimal(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** int(bytes, base).  CPython: _PyLong_FromBytes */
function intFromBytesLiteral(data: Uint8Array, base: number): PyIntValue {
  let s = '';
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
  const r = parseIntText(s, base);
  if (r === null) throw valueError(`invalid literal for int() with base ${base}: ${cpSlice(PyObject_Repr(new PyBytes(data.subarray(0, 200))), 0, 200)}`);
  return r;
}

/** The bytes of bytes or bytearray (what int(x, base) parses besides str). */
function bytesOrByteArray(x: PyValue): Uint8Array | null {
  if (x instanceof PyBytes) return x.data;
  return isByteArray(x) ? getBuffer(x) : null;
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
    if (x === undefined) return NotImplemented;
    const y = operand(b);
    if (y === undefined) return NotImplemented;
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

function intFloat(self: PyValue): PyValue {
  return new PyFloat(intToFloat(intValue(self)));
}

function intDivmod(a: PyIntValue, b: PyIntValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('division by zero');
    let r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) {
      r += b;
      q -= 1;
    }
    return new PyTuple([q + 0, r + 0]);
  }
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

/** The plain int value (an int subclass operation returns an exact int). */
function intPositive(self: PyValue): PyValue {
  return intValue(self);
}

function intIndex(self: PyValue): PyIntValue {
  return intValue(self);
}

function intNegative(self: PyValue): PyValue {
  return intNeg(intValue(self));
}

function intAbsolute(self: PyValue): PyValue {
  return intAbs(intValue(self));
}

function intInvertSlot(self: PyValue): PyValue {
  return intInvert(intValue(self));
}

/** int(x).  CPython: long_vectorcall */
function intVectorcall(args: readonly (PyValue | undefined)[], start: number, count: number): PyValue | undefined {
  return count === 1 ? PyNumber_Long(args[start]!) : undefined;
}

/** int(x=0, /, base=10).  CPython: long_new_impl */
function intNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  const x: PyValue | undefined = nargs > 0 ? args[0] : undefined;
  let baseArg: PyValue | undefined = nargs > 1 ? args[1] : undefined;
  if (nargs > 2) throw typeError(`int expected at most 2 arguments, got ${nargs}`);
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
  if (x === undefined) {
    if (baseArg !== undefined) throw typeError('int() missing string argument');
    return 0;
  }
  if (baseArg === undefined) return PyNumber_Long(x);
  const base = PyNumber_AsSsize_t(baseArg, false, true);
  if ((base !== 0 && base < 2) || base > 36) throw valueError('int() base must be >= 2 and <= 36, or 0');
  if (isStrValue(x)) return PyLong_FromUnicodeObject(x, base);
  const data = bytesOrByteArray(x);
  if (data !== null) return intFromBytesLiteral(data, base);
  throw typeError("int() can't convert non-string with explicit base");
}

/** int(x): __int__, __index__, then str/bytes parsing (3.14 no longer tries __trunc__).  CPython: PyNumber_Long */
export function PyNumber_Long(x: PyValue): PyIntValue {
  // Only an exact int or float is taken as it is: a subclass may define __int__ (its nb_int).
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  const t = typeOf(x);
  if (t === FloatType) return intFromFloat((x as PyFloat).value);
  if (t.nb_int !== null) {
    const r = t.nb_int(x);
    if (!isIntValue(r)) throw typeError(`__int__ returned non-int (type ${typeOf(r).tp_name.slice(0, 200)})`);
    if (typeof r === 'boolean' || r instanceof PyIntBox) {
      numberWarning(PyExc_DeprecationWarning, `__int__ returned non-int (type ${typeOf(r).tp_name.slice(0, 200)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
    }
    return intValue(r);
  }
  if (t.nb_index !== null) return PyNumber_Index(x);
  if (isStrValue(x)) return PyLong_FromUnicodeObject(x, 10);
  // bytes, bytearray, and any other buffer (memoryview...) are parsed as text.
  const data = simpleBufferOrNull(x);
  if (data !== null) return intFromBytesLiteral(data, 10);
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.tp_name.slice(0, 200)}'`);
}

// ---- methods ----

function intBitLength(self: PyValue): PyValue {
  return bitLengthOf(intValue(self));
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function intBitCount(self: PyValue): PyValue {
  const v = intValue(self);
  if (typeof v === 'number') {
    const a = Math.abs(v);
    return popcount32(a >>> 0) + popcount32(Math.floor(a / 4294967296));
  }
  let n = 0;
  const h = (v < 0n ? -v : v).toString(16);
  for (let i = 0; i < h.length; i++) n += popcount32(parseInt(h[i], 16));
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

function intSizeof(self: PyValue): PyValue {
  // 64-bit CPython: a 24-byte header and 30-bit digits of 4 bytes, at least one.
  const bits = bitLengthOf(intValue(self));
  return 24 + 4 * Math.max(1, Math.ceil(bits / 30));
}

/**
 * int.__round__(ndigits=None): the int itself unless ndigits < 0, then the nearest multiple of
 * 10**-ndigits, ties to even.  CPython: int___round___impl
 */
function intRound(self: PyValue, ndigits: PyValue): PyValue {
  const v = intValue(self);
  if (ndigits === None) return v;
  const nd = PyNumber_Index(ndigits);
  if (nd >= 0) return v;
  const a = big(v);
  const k = -big(nd);
  const absA = a < 0n ? -a : a;
  // 10**k > 2|a|: rounds to 0 (ties included, 0 being even).
  if (k > BigInt(absA.toString().length)) return 0;
  const m = 10n ** k;
  let q = a / m;
  let r = a - q * m;
  if (r < 0n) {
    r += m;
    q -= 1n;
  }
  // a == q*m + r with 0 <= r < m; round q to nearest, ties to even.
  const twice = 2n * r;
  if (twice > m || (twice === m && (q & 1n) === 1n)) q += 1n;
  return normInt(q * m);
}

function intFormat(self: PyValue, spec: PyValue): PyValue {
  if (!isStrValue(spec)) throw typeError(`__format__() argument must be str, not ${typeOf(spec).tp_name}`);
  const text = strValue(spec);
  if (text.length === 0) {
    if (typeof self === 'number' || typeof self === 'bigint') return intToDecimalString(self);
    return PyObject_Str(self);
  }
  const typeName = typeOf(self).tp_name;
  return formatIntSpec(intValue(self), parseFormatSpec(text, typeName, 'd', '>'), typeName);
}

function byteorderIsLittle(byteorder: PyValue): boolean {
  if (!isStrValue(byteorder)) throw typeError(`to_bytes() argument 'byteorder' must be str, not ${typeOf(byteorder).tp_name}`);
  const s = strValue(byteorder);
  if (s === 'little') return true;
  if (s === 'big') return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False).  CPython: int_to_bytes_impl */
function intToBytes(self: PyValue, length: PyValue, byteorder: PyValue, signed: PyValue): PyValue {
  const little = byteorderIsLittle(byteorder);
  const n = PyNumber_AsSsize_t(length, false);
  if (n < 0) throw valueError('length argument must be non-negative');
  return new PyBytes(intToByteArray(intValue(self), n, little, isTrue(signed)));
}

function isTrue(v: PyValue): boolean {
  return v === true || (v !== false && v !== 0 && v !== None && intBool(v));
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False).  CPython: int_from_bytes_impl */
function intFromBytes(type: PyType, bytes: PyValue, byteorder: PyValue, signed: PyValue): PyValue {
  if (!isStrValue(byteorder)) throw typeError(`from_bytes() argument 'byteorder' must be str, not ${typeOf(byteorder).tp_name}`);
  const little = byteorderIsLittle(byteorder);
  let data = bytesOrByteArray(bytes);
  if (data === null) {
    if (isStrValue(bytes) || isIntValue(bytes)) throw typeError(`cannot convert '${typeOf(bytes).tp_name}' object to bytes`);
    const b = PyObject_Call(BytesType, [bytes], null);
    data = (b as PyBytes).data;
  }
  const v = intFromByteArray(data, little, isTrue(signed));
  return type === IntType ? v : PyObject_CallOneArg(type, v);
}

function intReal(self: PyValue): PyValue {
  return intValue(self);
}

function intZero(): PyValue {
  return 0;
}

function intOne(): PyValue {
  return 1;
}

export const IntType = defineBuiltinType({
  name: 'int',
  doc: 'int([x]) -> integer\nint(x, base=10) -> integer\n\nAn integer of unlimited size, made from a number or from text in the given base.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.LONG_SUBCLASS | TPFLAGS.MATCH_SELF,
  slots: { tp_repr: intRepr, tp_hash: intHashSlot, tp_richcompare: intRichcompare, tp_new: intNew },
  number: {
    nb_add: binary(intAdd),
    nb_subtract: binary(intSub),
    nb_multiply: binary(intMul),
    nb_remainder: binary(intMod),
    nb_divmod: binary(intDivmod),
    nb_power: intPowerSlot,
    nb_negative: intNegative,
    nb_positive: intPositive,
    nb_absolute: intAbsolute,
    nb_bool: intBool,
    nb_invert: intInvertSlot,
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
    conjugate: { sig: '($self, /)', impl: intConjugate, doc: 'The int itself: an int is its own complex conjugate.' },
    bit_length: { sig: '($self, /)', impl: intBitLength, doc: 'The number of bits needed to write abs(self) in binary, without sign or leading zeros.' },
    bit_count: { sig: '($self, /)', impl: intBitCount, doc: 'The number of one bits in the binary form of abs(self).' },
    to_bytes: {
      sig: "($self, /, length=1, byteorder='big', *, signed=False)",
      impl: intToBytes,
      doc: "The int as `length` bytes, most significant first ('big') or last ('little'); two's complement when signed.",
    },
    from_bytes: {
      sig: "($type, /, bytes, byteorder='big', *, signed=False)",
      kind: 'classmethod',
      impl: intFromBytes,
      doc: "The int that a bytes-like object or iterable of byte values encodes, in 'big' or 'little' order; two's complement when signed.",
    },
    as_integer_ratio: { sig: '($self, /)', impl: intAsIntegerRatio, doc: 'The pair (int(self), 1): the int as a fraction in lowest terms.' },
    is_integer: { sig: '($self, /)', impl: intIsInteger, doc: 'Always True (float.is_integer for ints).' },
    __trunc__: { sig: '($self, /)', impl: intConjugate, doc: 'The int itself: truncating an int changes nothing.' },
    __floor__: { sig: '($self, /)', impl: intConjugate, doc: 'The int itself: flooring an int changes nothing.' },
    __ceil__: { sig: '($self, /)', impl: intConjugate, doc: 'The int itself: the ceiling of an int is the int.' },
    __round__: { sig: '($self, ndigits=None, /)', impl: intRound, doc: 'The int rounded to a multiple of 10**-ndigits (ties to even); unchanged when ndigits is None or >= 0.' },
    __getnewargs__: { sig: '($self, /)', impl: intGetnewargs },
    __format__: { sig: '($self, format_spec, /)', impl: intFormat, doc: 'The int formatted by a format spec, as format() does.' },
    __sizeof__: { sig: '($self, /)', impl: intSizeof, doc: 'The size of the int in memory, in bytes (as 64-bit CPython counts it).' },
  },
  getset: {
    real: { get: intReal, doc: 'The real part: the int itself.' },
    imag: { get: intZero, doc: 'The imaginary part: always 0.' },
    numerator: { get: intReal, doc: 'The numerator of the int in lowest terms: the int itself.' },
    denominator: { get: intOne, doc: 'The denominator of the int in lowest terms: always 1.' },
  },
});
IntType.tp_vectorcall = intVectorcall;

PRIMITIVE_TYPES.int = IntType;
