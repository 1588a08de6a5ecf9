// The float type.  CPython: Objects/floatobject.c, Python/pystrtod.c
//
// A float is a PyFloat box around a JS double (never a raw JS number: those are ints). Digit
// generation and formatting live in float/dtoa.ts and float/format.ts, string parsing in
// float/strtod.ts.
import { PyObject } from './object.ts';
import { NotImplemented, None, type PyIntValue, type PyValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import { PyIntBox, isStrValue, strValue } from './boxes.ts';
import { PyTuple } from './tuple.ts';
import { simpleBufferOrNull } from './bytes/buffer.ts';
import { typeError, valueError, zeroDivisionError, overflowError, newException, PyExc_OverflowError, PyExc_DeprecationWarning } from './exceptions.ts';
import { numberWarning } from './float/warn.ts';
import { intToFloat, intFromFloat, normInt } from './int.ts';
import { PyObject_Repr, PyObject_Str, PyNumber_Index, PyNumber_AsSsize_t, PyObject_CallOneArg } from './abstract.ts';
import { floatHash } from './hash.ts';
import { object_hash } from './typeobject.ts';
import { PyComplex, complexPow } from './complex.ts';
import { doubleToString, dtoaShortest, dtoaDigits, dtoaDecpt, doubleRound, DTSF_ADD_DOT_0 } from './float/dtoa.ts';
import { transformDecimalAndSpaceToASCII, parseFloatText, floatFromHexString, floatToHexString } from './float/strtod.ts';
import { formatFloatSpec } from './float/format.ts';
import { crPow } from './float/libm.ts';
import { parseFormatSpec, unknownPresentationType } from './format-spec.ts';

export class PyFloat extends PyObject {
  constructor(public readonly value: number) {
    super();
  }
}

// ---- repr ----

/**
 * The shortest decimal digits that round-trip to x, and the decimal point position:
 * x == 0.DIGITS * 10**decpt. x must be finite and non-zero; the sign is ignored.
 */
export function shortestDigits(x: number): { digits: string; decpt: number } {
  dtoaShortest(x);
  return { digits: dtoaDigits, decpt: dtoaDecpt };
}

/**
 * repr(float) and str(float): the shortest round-tripping form, positional when -4 < decpt <= 16,
 * else with an exponent. `addDot0` appends ".0" to integral positional results, as float repr
 * does (complex repr does not).  CPython: PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)
 */
export function floatRepr(x: number, addDot0 = true): string {
  // Between 1e-4 and 1e16 repr is positional, and JS's String() gives the same shortest digits.
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return addDot0 && s.indexOf('.') < 0 ? s + '.0' : s;
  }
  return doubleToString(x, 'r', 0, addDot0 ? DTSF_ADD_DOT_0 : 0);
}

// ---- conversions ----

/** The double of a float or int operand, or undefined (NotImplemented) for other types.  CPython: CONVERT_TO_DOUBLE */
function toDouble(v: PyValue): number | undefined {
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return intToFloat(v);
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyIntBox) return intToFloat(v.value);
  return undefined;
}

/** The double value of any object: a float, or via __float__, or __index__.  CPython: PyFloat_AsDouble */
export function PyFloat_AsDouble(op: PyValue): number {
  if (op instanceof PyFloat) return op.value;
  switch (typeof op) {
    case 'number':
      return op;
    case 'bigint':
      return intToFloat(op);
    case 'boolean':
      return op ? 1 : 0;
  }
  const t = typeOf(op);
  if (t.nb_float === null) {
    if (t.nb_index !== null) return intToFloat(PyNumber_Index(op));
    throw typeError(`must be real number, not ${t.tp_name.slice(0, 50)}`);
  }
  return checkFloatResult(t, t.nb_float(op));
}

/** The double a __float__ returned: a float, with a DeprecationWarning for a strict subclass. */
function checkFloatResult(t: PyType, r: PyValue): number {
  if (!(r instanceof PyFloat)) throw typeError(`${t.tp_name.slice(0, 50)}.__float__ returned non-float (type ${typeOf(r).tp_name.slice(0, 50)})`);
  if (r.ob_type !== FloatType) {
    numberWarning(PyExc_DeprecationWarning, `${t.tp_name.slice(0, 50)}.__float__ returned non-float (type ${typeOf(r).tp_name.slice(0, 50)}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`);
  }
  return r.value;
}

/** float(x) for x other than an exact str.  CPython: PyNumber_Float */
export function PyNumber_Float(x: PyValue): number {
  switch (typeof x) {
    case 'number':
      return x;
    case 'bigint':
      return intToFloat(x);
    case 'boolean':
      return x ? 1 : 0;
  }
  if (x instanceof PyFloat && x.ob_type === FloatType) return x.value;
  const t = typeOf(x);
  if (t.nb_float !== null) {
    return checkFloatResult(t, t.nb_float(x));
  }
  if (t.nb_index !== null) return intToFloat(PyNumber_Index(x));
  if (x instanceof PyFloat) return x.value;
  return PyFloat_FromString(x);
}

/** float(str/bytes/bytearray).  CPython: PyFloat_FromString */
export function PyFloat_FromString(v: PyValue): number {
  let text: string;
  let data: Uint8Array | null;
  if (isStrValue(v)) text = transformDecimalAndSpaceToASCII(strValue(v));
  else if ((data = simpleBufferOrNull(v)) !== null) text = latin1(data);
  else throw typeError(`float() argument must be a string or a real number, not '${typeOf(v).tp_name.slice(0, 200)}'`);
  const r = parseFloatText(text);
  if (r === null) throw valueError(`could not convert string to float: ${PyObject_Repr(v)}`);
  return r;
}

function latin1(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
  return s;
}

/**
 * Parses what float(str) accepts (Unicode digits and spaces included); null when invalid.
 * CPython: PyFloat_FromString without the error
 */
export function parseFloatLiteral(text: string): number | null {
  return parseFloatText(transformDecimalAndSpaceToASCII(text));
}

// ---- arithmetic ----

function floatBinary(f: (a: number, b: number) => PyValue): (a: PyValue, b: PyValue) => PyValue {
  return (a, b) => {
    const x = toDouble(a);
    if (x === undefined) return NotImplemented;
    const y = toDouble(b);
    if (y === undefined) return NotImplemented;
    return f(x, y);
  };
}

function floatAdd(a: number, b: number): PyValue {
  return new PyFloat(a + b);
}

function floatSub(a: number, b: number): PyValue {
  return new PyFloat(a - b);
}

function floatMul(a: number, b: number): PyValue {
  return new PyFloat(a * b);
}

function floatTrueDiv(a: number, b: number): PyValue {
  if (b === 0) throw zeroDivisionError('division by zero');
  return new PyFloat(a / b);
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('division by zero');
  return floatDivmod(a, b)[0];
}

/** a % b with the sign of b.  CPython: float_rem */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throw zeroDivisionError('division by zero');
  let mod = vx % wx;
  // (C truth: a NaN remainder counts as non-zero.)
  if (mod !== 0) {
    // Ensure the remainder has the same sign as the denominator.
    if (wx < 0 !== mod < 0) mod += wx;
  } else {
    // The remainder is zero: give it the sign of the denominator.
    mod = copysign(0, wx);
  }
  return mod;
}

/** x with the sign of y (NaN signs included, as C's copysign). */
export function copysign(x: number, y: number): number {
  F64[0] = y;
  const neg = U32[1] >>> 31 === 1;
  return neg ? -Math.abs(x) : Math.abs(x);
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/**
 * divmod for floats: fmod gives an exact remainder, from which the quotient is derived and then
 * snapped to the nearest integer, so that div*wx + mod == vx as nearly as possible.
 * CPython: Objects/floatobject.c _float_div_mod
 */
export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) throw zeroDivisionError('division by zero');
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  } else mod = copysign(0, wx);
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    // div is zero: the sign of the true quotient.
    floordiv = copysign(0, vx / wx);
  }
  return [floordiv, mod];
}

function isOddInteger(x: number): boolean {
  return Math.abs(x % 2) === 1;
}

/** float ** float with CPython's special cases and errors.  CPython: float_pow */
export function floatPow(iv: number, iw: number): PyValue {
  if (iw === 0) return new PyFloat(1);
  if (iv !== iv) return new PyFloat(iv);
  if (iw !== iw) return new PyFloat(iv === 1 ? 1 : iw);
  if (iw === Infinity || iw === -Infinity) {
    const av = Math.abs(iv);
    if (av === 1) return new PyFloat(1);
    if (iw > 0 === av > 1) return new PyFloat(Infinity);
    return new PyFloat(0);
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iw > 0) return new PyFloat(odd ? iv : Infinity);
    return new PyFloat(odd ? (iv < 0 ? -0 : 0) : 0);
  }
  if (iv === 0) {
    if (iw < 0) throw zeroDivisionError('zero to a negative power');
    return new PyFloat(isOddInteger(iw) ? iv : 0);
  }
  let negate = false;
  if (iv < 0) {
    // A negative number to a fractional power is complex.
    if (iw !== Math.floor(iw)) return complexPow(new PyComplex(iv, 0), new PyComplex(iw, 0));
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1) return new PyFloat(negate ? -1 : 1);
  const ix = crPow(iv, iw);
  // Differs from CPython: the errno text is Linux's (the oracle's Emscripten libc says 68, 'Result not representable').
  if (ix === Infinity) throw newException(PyExc_OverflowError, [34, 'Numerical result out of range']);
  return new PyFloat(negate ? -ix : ix);
}

function floatPowerSlot(a: PyValue, b: PyValue, c: PyValue): PyValue {
  if (c !== None) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  const x = toDouble(a);
  if (x === undefined) return NotImplemented;
  const y = toDouble(b);
  if (y === undefined) return NotImplemented;
  return floatPow(x, y);
}

// ---- comparison ----

/**
 * Compares a double with an int exactly: converting the int to a double could round it (and lose
 * the comparison), so when the int is too big for a double to hold exactly, the double's integral
 * part is compared as an int and its fraction breaks ties. NaN compares as NaN.
 * CPython: the long branch of float_richcompare
 */
export function compareFloatInt(d: number, i: PyIntValue): number {
  if (d !== d) return NaN;
  if (typeof i === 'number') return d < i ? -1 : d > i ? 1 : 0;
  if (d === Infinity) return 1;
  if (d === -Infinity) return -1;
  // |i| > 2**53: a double that small in magnitude settles it at once.
  if (Math.abs(d) < 9007199254740992) return i > 0n ? -1 : 1;
  // |d| >= 2**53 is an integer.
  const bd = BigInt(d);
  return bd < i ? -1 : bd > i ? 1 : 0;
}

function floatRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  const x = (a as PyFloat).value;
  let c: number;
  if (b instanceof PyFloat) {
    const y = b.value;
    c = x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  } else if (typeof b === 'number') {
    c = x < b ? -1 : x > b ? 1 : x === b ? 0 : NaN;
  } else if (typeof b === 'bigint' || typeof b === 'boolean' || b instanceof PyIntBox) {
    const i = typeof b === 'boolean' ? (b ? 1 : 0) : b instanceof PyIntBox ? b.value : b;
    c = compareFloatInt(x, i);
  } else return NotImplemented;
  if (c !== c) return op === CompareOp.NE;
  switch (op) {
    case CompareOp.LT:
      return c < 0;
    case CompareOp.LE:
      return c <= 0;
    case CompareOp.EQ:
      return c === 0;
    case CompareOp.NE:
      return c !== 0;
    case CompareOp.GT:
      return c > 0;
    case CompareOp.GE:
      return c >= 0;
  }
}

// ---- slots ----

function floatReprSlot(self: PyValue): string {
  return floatRepr((self as PyFloat).value);
}

function floatHashSlot(self: PyValue): PyIntValue {
  const v = (self as PyFloat).value;
  if (v !== v) return object_hash(self);
  return floatHash(v);
}

function floatNbInt(self: PyValue): PyValue {
  return intFromFloat((self as PyFloat).value);
}

function floatNbFloat(self: PyValue): PyValue {
  return self instanceof PyFloat && self.ob_type === FloatType ? self : new PyFloat((self as PyFloat).value);
}

function floatNeg(self: PyValue): PyValue {
  return new PyFloat(-(self as PyFloat).value);
}

function floatAbs(self: PyValue): PyValue {
  return new PyFloat(Math.abs((self as PyFloat).value));
}

function floatBool(self: PyValue): boolean {
  return (self as PyFloat).value !== 0;
}

function floatDivmodSlot(a: number, b: number): PyValue {
  const [q, r] = floatDivmod(a, b);
  return new PyTuple([new PyFloat(q), new PyFloat(r)]);
}

/** The value of float(x). */
function floatOf(x: PyValue): number {
  return typeof x === 'string' ? PyFloat_FromString(x) : PyNumber_Float(x);
}

/** float(x).  CPython: float_vectorcall */
function floatVectorcall(args: readonly (PyValue | undefined)[], start: number, count: number): PyValue | undefined {
  return count === 1 ? new PyFloat(floatOf(args[start]!)) : undefined;
}

/** float(x=0.0).  CPython: float_vectorcall, float_new_impl */
function floatNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  // Keywords are refused unless a subclass's own __init__ takes them (CPython: float_new's
  // _PyArg_NoKeywords check when tp_init is float's).
  const nkw = kwnames?.length ?? 0;
  if (nkw && (type === FloatType || type.tp_init === FloatType.tp_init)) throw typeError('float() takes no keyword arguments');
  const nargs = args.length - nkw;
  if (nargs > 1) throw typeError(`float expected at most 1 argument, got ${nargs}`);
  const v = nargs === 1 ? floatOf(args[0]) : 0;
  if (type === FloatType) return new PyFloat(v);
  return newHeapInstance(PyFloat, type, v);
}

// ---- methods ----

function floatIsInteger(self: PyValue): PyValue {
  const v = (self as PyFloat).value;
  return Number.isFinite(v) && Math.floor(v) === v;
}

function floatAsIntegerRatio(self: PyValue): PyValue {
  const v = (self as PyFloat).value;
  if (v !== v) throw valueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(v)) throw overflowError('cannot convert Infinity to integer ratio');
  if (Number.isInteger(v)) return new PyTuple([intFromFloat(v), 1]);
  // v = m * 2**e with m odd and e < 0 (v is not integral).
  let m = v;
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  // m is an integer below 2**53 only when v was not subnormal-scaled past it; use BigInt to be exact.
  let num = BigInt(m);
  let den = 1n << BigInt(e);
  while ((num & 1n) === 0n) {
    num >>= 1n;
    den >>= 1n;
  }
  return new PyTuple([normInt(num), normInt(den)]);
}

function floatConjugate(self: PyValue): PyValue {
  return floatNbFloat(self);
}

function floatTrunc(self: PyValue): PyValue {
  return intFromFloat((self as PyFloat).value);
}

function floatFloor(self: PyValue): PyValue {
  return intFromFloat(Math.floor((self as PyFloat).value));
}

function floatCeil(self: PyValue): PyValue {
  return intFromFloat(Math.ceil((self as PyFloat).value));
}

/** x rounded to an integer, ties to even (a double).  CPython: round(x) then the half-way fix */
export function roundHalfEvenDouble(x: number): number {
  let r = Math.round(x);
  // Math.round rounds ties up; CPython's round() rounds them away from zero, then to even.
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
  return r;
}

/** float.__round__(ndigits=None).  CPython: float___round___impl */
function floatRound(self: PyValue, ndigits: PyValue): PyValue {
  const x = (self as PyFloat).value;
  if (ndigits === None) return intFromFloat(roundHalfEvenDouble(x));
  const nd = PyNumber_AsSsize_t(ndigits, false, true);
  if (!Number.isFinite(x)) return new PyFloat(x);
  // Beyond these bounds x rounds to itself, or to a zero of its sign.
  if (nd > 323) return new PyFloat(x);
  if (nd < -308) return new PyFloat(0 * x);
  const r = doubleRound(x, nd);
  if (!Number.isFinite(r)) throw overflowError('rounded value too large to represent');
  return new PyFloat(r);
}

function floatFormat(self: PyValue, spec: PyValue): PyValue {
  if (!isStrValue(spec)) throw typeError(`__format__() argument must be str, not ${typeOf(spec).tp_name}`);
  const text = strValue(spec);
  if (text.length === 0) return (self as PyFloat).ob_type === FloatType ? floatRepr((self as PyFloat).value) : PyObject_Str(self);
  const s = parseFormatSpec(text, typeOf(self).tp_name, '', '>');
  switch (s.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatSpec((self as PyFloat).value, s);
  }
  throw unknownPresentationType(s.type, typeOf(self).tp_name);
}

function floatHex(self: PyValue): PyValue {
  return floatToHexString((self as PyFloat).value);
}

function floatFromhex(type: PyType, s: PyValue): PyValue {
  if (!isStrValue(s)) throw typeError('bad argument type for built-in operation');
  const x = new PyFloat(floatFromHexString(strValue(s)));
  return type === FloatType ? x : PyObject_CallOneArg(type, x);
}

function floatFromNumber(type: PyType, number: PyValue): PyValue {
  if (type === FloatType && number instanceof PyFloat && number.ob_type === FloatType) return number;
  if (isStrValue(number)) throw typeError(`must be real number, not ${typeOf(number).tp_name}`);
  const x = new PyFloat(PyFloat_AsDouble(number));
  return type === FloatType ? x : PyObject_CallOneArg(type, x);
}

function floatGetformat(_type: PyType, typestr: PyValue): PyValue {
  if (!isStrValue(typestr)) throw typeError(`__getformat__() argument must be str, not ${typeOf(typestr).tp_name}`);
  const s = strValue(typestr);
  if (s !== 'double' && s !== 'float') throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
  return 'IEEE, little-endian';
}

function floatGetnewargs(self: PyValue): PyValue {
  return new PyTuple([new PyFloat((self as PyFloat).value)]);
}

function floatImag(): PyValue {
  return new PyFloat(0);
}

export const FloatType = defineBuiltinType({
  name: 'float',
  textSignature: '(x=0, /)',
  doc: 'A floating-point number (an IEEE 754 double), made from a number or a string.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.MATCH_SELF,
  instanceClass: PyFloat,
  slots: { tp_repr: floatReprSlot, tp_hash: floatHashSlot, tp_richcompare: floatRichcompare, tp_new: floatNew },
  number: {
    nb_add: floatBinary(floatAdd),
    nb_subtract: floatBinary(floatSub),
    nb_multiply: floatBinary(floatMul),
    nb_true_divide: floatBinary(floatTrueDiv),
    nb_floor_divide: floatBinary((a, b) => new PyFloat(floatFloorDiv(a, b))),
    nb_remainder: floatBinary((a, b) => new PyFloat(floatMod(a, b))),
    nb_divmod: floatBinary(floatDivmodSlot),
    nb_power: floatPowerSlot,
    nb_negative: floatNeg,
    nb_positive: floatNbFloat,
    nb_absolute: floatAbs,
    nb_bool: floatBool,
    nb_int: floatNbInt,
    nb_float: floatNbFloat,
  },
  methods: {
    conjugate: { sig: '($self, /)', impl: floatConjugate, doc: 'The float itself: a real number is its own complex conjugate.' },
    __trunc__: { sig: '($self, /)', impl: floatTrunc, doc: 'The float truncated toward zero, as an int.' },
    __floor__: { sig: '($self, /)', impl: floatFloor, doc: 'The largest int <= the float.' },
    __ceil__: { sig: '($self, /)', impl: floatCeil, doc: 'The smallest int >= the float.' },
    __round__: { sig: '($self, ndigits=None, /)', impl: floatRound, doc: 'The nearest int (ties to even), or with ndigits the nearest float multiple of 10**-ndigits, as round() does.' },
    as_integer_ratio: { sig: '($self, /)', impl: floatAsIntegerRatio, doc: 'The pair of ints (numerator, denominator) in lowest terms whose ratio is exactly the float.' },
    from_number: { sig: '($type, number, /)', kind: 'classmethod', impl: floatFromNumber, doc: 'The float value of a real number (not of a string).' },
    fromhex: { sig: '($type, string, /)', kind: 'classmethod', impl: floatFromhex, doc: "The float a hexadecimal string such as '0x1.8p1' denotes." },
    hex: { sig: '($self, /)', impl: floatHex, doc: "The exact value of the float in hexadecimal, such as '0x1.8000000000000p+1'." },
    is_integer: { sig: '($self, /)', impl: floatIsInteger, doc: 'Whether the float has an integral value.' },
    __getnewargs__: { sig: '($self, /)', impl: floatGetnewargs },
    __getformat__: { sig: '($type, typestr, /)', kind: 'classmethod', impl: floatGetformat, doc: "The storage format of C doubles or floats on this platform: 'IEEE, little-endian'." },
    __format__: { sig: '($self, format_spec, /)', impl: floatFormat, doc: 'The float formatted by a format spec, as format() does.' },
  },
  getset: {
    real: { get: floatConjugate, doc: 'The real part: the float itself.' },
    imag: { get: floatImag, doc: 'The imaginary part: always 0.0.' },
  },
});
FloatType.tp_vectorcall = floatVectorcall;
