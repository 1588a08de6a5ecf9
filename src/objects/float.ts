// The float type: the value class and its repr.  CPython: Objects/floatobject.c, Python/pystrtod.c
import { PyObject } from './object.ts';
import { NotImplemented, None, type PyIntValue, type PyValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import { PyIntBox, isStrValue, strValue } from './boxes.ts';
import { PyTuple } from './tuple.ts';
import { typeError, valueError, zeroDivisionError, overflowError } from './exceptions.ts';
import { intToFloat, intFromFloat, normInt } from './int.ts';
import { PyObject_Repr, PyNumber_Index } from './abstract.ts';
import { floatHash } from './hash.ts';
import { object_hash } from './typeobject.ts';
import { PyComplex, complexPow } from './complex.ts';

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

// ---- the float type ----

/** The double of a float or int operand, or undefined (NotImplemented) for other types. */
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

function floatBinary(f: (a: number, b: number) => PyValue): (a: PyValue, b: PyValue) => PyValue {
  return (a, b) => {
    const x = toDouble(a);
    if (x === undefined) return NotImplemented;
    const y = toDouble(b);
    if (y === undefined) return NotImplemented;
    return f(x, y);
  };
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('division by zero');
  return floatDivmod(a, b)[0];
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('division by zero');
  let m = a % b;
  if (m !== 0) {
    if (b < 0 !== m < 0) m += b;
  } else m = b < 0 ? -0 : 0;
  return m;
}

/** Python's divmod for floats.  CPython: Objects/floatobject.c _float_div_mod */
export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) throw zeroDivisionError('division by zero');
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = vx / wx < 0 ? -0 : 0;
  return [floordiv, mod];
}

/** float ** float with CPython's special cases and errors.  CPython: float_pow */
export function floatPow(iv: number, iw: number): PyValue {
  if (iw === 0) return new PyFloat(1);
  if (iv !== iv) return new PyFloat(iw === 0 ? 1 : NaN);
  if (iw !== iw) return new PyFloat(iv === 1 ? 1 : NaN);
  if (iv === 0 && iw < 0 && Number.isFinite(iw)) throw zeroDivisionError('zero to a negative power');
  if (iv < 0 && Number.isFinite(iv) && Number.isFinite(iw) && !Number.isInteger(iw)) {
    // A negative base with a non-integral exponent has a complex result.
    return complexPow(new PyComplex(iv, 0), new PyComplex(iw, 0));
  }
  if (iv === -1 && !Number.isFinite(iw)) return new PyFloat(1);
  const r = iv ** iw;
  if (!Number.isFinite(r) && Number.isFinite(iv) && Number.isFinite(iw)) throw overflowError('(34, \'Numerical result out of range\')');
  return new PyFloat(r);
}


/**
 * Compares a float with an int exactly (not by converting the int to float).
 * CPython: the long branch of float_richcompare
 */
function compareFloatInt(d: number, i: PyIntValue): number {
  if (d !== d) return NaN;
  if (typeof i === 'number') return d < i ? -1 : d > i ? 1 : 0;
  if (d === Infinity) return 1;
  if (d === -Infinity) return -1;
  const t = Math.trunc(d);
  const bt = BigInt(t);
  if (bt < i) return -1;
  if (bt > i) return 1;
  return d > t ? 1 : d < t ? -1 : 0;
}

function floatRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  const x = (a as PyFloat).value;
  let c: number;
  if (b instanceof PyFloat) {
    const y = b.value;
    c = x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  } else if (typeof b === 'number' || typeof b === 'bigint' || typeof b === 'boolean' || b instanceof PyIntBox) {
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

/**
 * Parses Python's float syntax (what float(str) accepts): optional whitespace and sign, decimal
 * digits with single underscores between digits, an optional exponent, or inf/infinity/nan.
 * CPython: PyOS_string_to_double + _Py_string_to_number_with_underscores
 */
export function parseFloatLiteral(text: string): number | null {
  const s = text.trim();
  const m = /^([+-]?)(?:(inf|infinity|nan)|((?:\d(?:_?\d)*)?(?:\.(?:\d(?:_?\d)*)?)?(?:[eE][+-]?\d(?:_?\d)*)?))$/i.exec(s);
  if (!m) return null;
  const sign = m[1] === '-' ? -1 : 1;
  if (m[2]) return m[2].toLowerCase() === 'nan' ? NaN : sign * Infinity;
  const body = m[3].replace(/_/g, '');
  if (!/\d/.test(body.split(/[eE]/)[0])) return null;
  return sign * Number(body);
}

/** float(x).  CPython: PyNumber_Float */
export function PyNumber_Float(x: PyValue): number {
  const d = toDouble(x);
  if (d !== undefined && (typeof x !== 'object' || x instanceof PyIntBox || typeOf(x) === FloatType)) return d;
  const t = typeOf(x);
  if (t.nb_float !== null) {
    const r = t.nb_float(x);
    if (!(r instanceof PyFloat)) throw typeError(`${t.tp_name}.__float__ returned non-float (type ${typeOf(r).tp_name})`);
    return r.value;
  }
  if (t.nb_index !== null) return intToFloat(PyNumber_Index(x));
  if (isStrValue(x)) {
    const r = parseFloatLiteral(strValue(x));
    if (r === null) throw valueError(`could not convert string to float: ${PyObject_Repr(x)}`);
    return r;
  }
  if (d !== undefined) return d;
  throw typeError(`float() argument must be a string or a real number, not '${t.tp_name}'`);
}

function floatNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('float() takes no keyword arguments');
  if (args.length > 1) throw typeError(`float expected at most 1 argument, got ${args.length}`);
  const v = args.length === 0 ? 0 : PyNumber_Float(args[0]);
  if (type === FloatType) return new PyFloat(v);
  return newHeapInstance(PyFloat, type, v);
}

function floatIsInteger(self: PyValue): PyValue {
  const v = (self as PyFloat).value;
  return Number.isFinite(v) && Number.isInteger(v);
}

function floatAsIntegerRatio(self: PyValue): PyValue {
  const v = (self as PyFloat).value;
  if (v !== v) throw valueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(v)) throw overflowError('cannot convert Infinity to integer ratio');
  let m = v;
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  let num = BigInt(m);
  let den = 1n << BigInt(e);
  while (den > 1n && num % 2n === 0n) {
    num /= 2n;
    den /= 2n;
  }
  return new PyTuple([normInt(num), normInt(den)]);
}


export const FloatType = defineBuiltinType({
  name: 'float',
  doc: 'A floating-point number, made from a number or a string.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.MATCH_SELF,
  instanceClass: PyFloat,
  slots: { tp_repr: floatReprSlot, tp_hash: floatHashSlot, tp_richcompare: floatRichcompare, tp_new: floatNew },
  number: {
    nb_add: floatBinary((a, b) => new PyFloat(a + b)),
    nb_subtract: floatBinary((a, b) => new PyFloat(a - b)),
    nb_multiply: floatBinary((a, b) => new PyFloat(a * b)),
    nb_true_divide: floatBinary((a, b) => {
      if (b === 0) throw zeroDivisionError('division by zero');
      return new PyFloat(a / b);
    }),
    nb_floor_divide: floatBinary((a, b) => new PyFloat(floatFloorDiv(a, b))),
    nb_remainder: floatBinary((a, b) => new PyFloat(floatMod(a, b))),
    nb_divmod: floatBinary((a, b) => {
      const [q, r] = floatDivmod(a, b);
      return new PyTuple([new PyFloat(q), new PyFloat(r)]);
    }),
    nb_power: (a: PyValue, b: PyValue, c: PyValue) => {
      if (c !== None) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
      const x = toDouble(a);
      const y = toDouble(b);
      if (x === undefined || y === undefined) return NotImplemented;
      return floatPow(x, y);
    },
    nb_negative: (a: PyValue) => new PyFloat(-(a as PyFloat).value),
    nb_positive: (a: PyValue) => (typeOf(a) === FloatType ? a : new PyFloat((a as PyFloat).value)),
    nb_absolute: (a: PyValue) => new PyFloat(Math.abs((a as PyFloat).value)),
    nb_bool: (a: PyValue) => (a as PyFloat).value !== 0,
    nb_int: floatNbInt,
    nb_float: (a: PyValue) => (typeOf(a) === FloatType ? a : new PyFloat((a as PyFloat).value)),
  },
  methods: {
    is_integer: { sig: '($self, /)', impl: floatIsInteger },
    as_integer_ratio: { sig: '($self, /)', impl: floatAsIntegerRatio },
    conjugate: { sig: '($self, /)', impl: (s: PyFloat) => (typeOf(s) === FloatType ? s : new PyFloat(s.value)) },
    __trunc__: { sig: '($self, /)', impl: floatNbInt },
    __getnewargs__: { sig: '($self, /)', impl: (s: PyFloat) => new PyTuple([new PyFloat(s.value)]) },
  },
  getset: {
    real: { get: (s: PyFloat) => (typeOf(s) === FloatType ? s : new PyFloat(s.value)) },
    imag: { get: () => new PyFloat(0) },
  },
});
