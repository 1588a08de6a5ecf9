// decimal.Decimal and decimal.Context as Python types.  CPython: Modules/_decimal/_decimal.c (dec_methods,
// dec_number_methods, dec_richcompare, dec_hash, context_methods)
import { None, NotImplemented, type PyValue, type PyIntValue } from '../../objects/object.ts';
import { type PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { PyFloat } from '../../objects/float.ts';
import { PyComplex } from '../../objects/complex.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { isIntValue, intValue, isStrValue, strValue } from '../../objects/boxes.ts';
import { typeError, valueError } from '../../objects/exceptions.ts';
import { PyObject_IsInstance, PyObject_GetAttr, PyObject_Call } from '../../objects/abstract.ts';
import { object_hash } from '../../objects/typeobject.ts';
import { normInt } from '../../objects/int.ts';
import {
  PyDecimal, FINITE, INF, NAN, SNAN, S_FLOAT_OPERATION, S_INVALID_OPERATION, S_INEXACT, S_ROUNDED, ROUND_HALF_EVEN,
  ROUND_FLOOR, ROUND_CEILING, ROUND_DOWN, type Ctx, finite, toSciString, adjexp, isZero, fix, pow10, ndigits, NAN_VALUE,
  checkNaNs, invalid,
} from './number.ts';
import * as A from './arith.ts';
import * as M from './mathfuncs.ts';
import {
  PyDecContext, getContext, contextArg, commit, addStatus, roundingArg, decimalState, contextSlots, registerContextType,
  copyContext,
} from './context.ts';
import {
  decFromInt, decFromFloat, decFromObjectExact, decFromObjectRounded, asType, convertOp, convertRaise, decToInt,
  decToFloat, decAsIntegerRatio, decHashFinite, decAsTuple,
} from './convert.ts';
import { formatDecimal } from './format.ts';

type D = PyDecimal;

/** Runs op with ctx collecting its status, then adds the status (raising a trapped signal). */
function run<T>(ctx: PyDecContext, op: (c: Ctx) => T): T {
  ctx.ws = 0;
  const r = op(ctx);
  commit(ctx);
  return r;
}

// ---- construction ----

function decimalNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  let value: PyValue | undefined;
  let context: PyValue | undefined;
  if (npos > 2) throw typeError(`Decimal() takes at most 2 arguments (${npos} given)`);
  if (npos >= 1) value = args[0];
  if (npos >= 2) context = args[1];
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    if (k === 'value' && value === undefined) value = args[npos + i];
    else if (k === 'context' && context === undefined) context = args[npos + i];
    else if (k === 'value' || k === 'context') throw typeError(`argument for Decimal() given by name ('${k}') and position (${k === 'value' ? 1 : 2})`);
    else throw typeError(`Decimal() got an unexpected keyword argument '${k}'`);
  }
  const ctx = contextArg(context);
  const d = value === undefined ? finite(0, 0n, 0) : decFromObjectExact(value, ctx);
  if (type === DecimalType) return d;
  return asType(type, d, DecimalType);
}

function decimalFromFloat(type: PyType, f: PyValue): PyValue {
  const ctx = getContext();
  let d: D;
  if (f instanceof PyFloat) d = decFromFloat(f.value);
  else if (isIntValue(f)) d = decFromInt(intValue(f));
  else throw typeError('argument must be int or float');
  void ctx;
  if (type === DecimalType) return d;
  return PyObject_Call(type, [d]);
}

function decimalFromNumber(type: PyType, n: PyValue): PyValue {
  const ctx = getContext();
  let d: D;
  if (n instanceof PyDecimal) d = n;
  else if (isIntValue(n) && typeof n !== 'boolean') d = decFromInt(intValue(n));
  else if (isIntValue(n)) d = decFromInt(intValue(n));
  else if (n instanceof PyFloat) {
    addStatus(ctx, S_FLOAT_OPERATION);
    d = decFromFloat(n.value);
  } else throw typeError(`conversion from ${typeOf(n).tp_name} to Decimal is not supported`);
  if (type === DecimalType) return finite(d.sign, d.coef, d.exp).special === d.special ? d : d;
  return PyObject_Call(type, [d]);
}

// ---- str, repr, format ----

function decimalStr(self: PyValue): string {
  return toSciString(self as D, false, getContext().capitals === 1);
}

function decimalRepr(self: PyValue): string {
  return `Decimal('${toSciString(self as D, false, getContext().capitals === 1)}')`;
}

function decimalToEng(self: D, context: PyValue): PyValue {
  return toSciString(self, true, contextArg(context).capitals === 1);
}

function decimalFormat(self: D, spec: PyValue, override: PyValue): PyValue {
  if (!isStrValue(spec)) throw typeError('format arg must be str');
  if (override !== None) throw typeError('optional argument must be a dict');
  const ctx = getContext();
  return formatDecimal(self, strValue(spec), ctx, ctx.capitals);
}

// ---- comparison and hashing ----

/** The other operand of a comparison, with self possibly scaled for a Fraction.  CPython: convert_op_cmp */
function compareOperands(v: D, w: PyValue, op: number, ctx: PyDecContext): [D, D] | null {
  if (w instanceof PyDecimal) return [v, w];
  if (isIntValue(w)) return [v, decFromInt(intValue(w))];
  if (w instanceof PyFloat) {
    if (op !== 2 && op !== 3) addStatus(ctx, S_FLOAT_OPERATION);
    else ctx.status |= S_FLOAT_OPERATION;
    return [v, decFromFloat(w.value)];
  }
  if (w instanceof PyComplex && (op === 2 || op === 3)) {
    if (w.imag !== 0) return null;
    ctx.status |= S_FLOAT_OPERATION;
    return [v, decFromFloat(w.real)];
  }
  if (PyObject_IsInstance(w, decimalState().Rational)) {
    const num = PyObject_GetAttr(w, 'numerator');
    const den = PyObject_GetAttr(w, 'denominator');
    const n = decFromInt(intValue(num));
    if (v.special !== FINITE) return [v, n];
    const dv = intValue(den);
    const d = typeof dv === 'number' ? BigInt(dv) : dv;
    return [finite(v.sign, v.coef * d, v.exp), n];
  }
  return null;
}

function decimalRichCompare(self: PyValue, other: PyValue, op: number): PyValue {
  const ctx = getContext();
  const ops = compareOperands(self as D, other, op, ctx);
  if (ops === null) return NotImplemented;
  const [a, b] = ops;
  if (a.special >= NAN || b.special >= NAN) {
    if (a.special === SNAN || b.special === SNAN || (op !== 2 && op !== 3)) addStatus(ctx, S_INVALID_OPERATION);
    return op === 3;
  }
  const r = A.cmp(a, b);
  switch (op) {
    case 0:
      return r < 0;
    case 1:
      return r <= 0;
    case 2:
      return r === 0;
    case 3:
      return r !== 0;
    case 4:
      return r > 0;
    default:
      return r >= 0;
  }
}

function decimalHash(self: PyValue): PyIntValue {
  const d = self as D;
  if (d.special === SNAN) throw typeError('Cannot hash a signaling NaN value');
  if (d.special === NAN) return object_hash(d);
  if (d.special === INF) return d.sign ? -314159 : 314159;
  return decHashFinite(d);
}

// ---- the number protocol ----

function binary(op: (a: D, b: D, c: Ctx) => D) {
  return (v: PyValue, w: PyValue): PyValue => {
    const a = convertOp(v);
    if (a === undefined) return NotImplemented;
    const b = convertOp(w);
    if (b === undefined) return NotImplemented;
    return run(getContext(), (c) => op(a, b, c));
  };
}

const sub = (a: D, b: D, c: Ctx): D => A.add(a, b, c, true);

function nbDivmod(v: PyValue, w: PyValue): PyValue {
  const a = convertOp(v);
  const b = convertOp(w);
  if (a === undefined || b === undefined) return NotImplemented;
  const [q, r] = run(getContext(), (c) => A.divmod(a, b, c));
  return new PyTuple([q, r]);
}

function nbPower(v: PyValue, w: PyValue, m: PyValue): PyValue {
  const a = convertOp(v);
  const b = convertOp(w);
  if (a === undefined || b === undefined) return NotImplemented;
  const ctx = getContext();
  if (m === None) return run(ctx, (c) => M.pow(a, b, c));
  const mod = convertOp(m);
  if (mod === undefined) return NotImplemented;
  return run(ctx, (c) => powMod(a, b, mod, c));
}

/** pow(a, b, m) on integers.  CPython: mpd_qpowmod */
function powMod(a: D, b: D, m: D, c: Ctx): D {
  const n = checkNaNs(a, b, c) ?? checkNaNs(m, undefined, c);
  if (n !== undefined) return n;
  const isInt = (d: D): boolean => d.special === FINITE && (d.exp >= 0 || d.coef % pow10(-d.exp) === 0n);
  if (!isInt(a) || !isInt(b) || !isInt(m) || b.sign || isZero(m) || ndigits(m.coef) + Math.max(0, m.exp) > c.prec) return invalid(c);
  const val = (d: D): bigint => (d.exp >= 0 ? d.coef * pow10(d.exp) : d.coef / pow10(-d.exp));
  const mv = val(m);
  let base = val(a) % mv;
  let e = val(b);
  if (isZero(a) && e === 0n) return invalid(c);
  let r = 1n % mv;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mv;
    base = (base * base) % mv;
    e >>= 1n;
  }
  return finite(a.sign && (val(b) & 1n) === 1n ? 1 : 0, r, 0);
}

function nbNegative(v: PyValue): PyValue {
  return run(getContext(), (c) => A.negate(v as D, c));
}

function nbPositive(v: PyValue): PyValue {
  return run(getContext(), (c) => A.plus(v as D, c));
}

function nbAbsolute(v: PyValue): PyValue {
  return run(getContext(), (c) => A.abs(v as D, c));
}

function nbBool(v: PyValue): boolean {
  const d = v as D;
  return d.special !== FINITE || d.coef !== 0n;
}

function nbInt(v: PyValue): PyValue {
  return decToInt(v as D, ROUND_DOWN, getContext());
}

function nbFloat(v: PyValue): PyValue {
  return new PyFloat(decToFloat(v as D));
}

// ---- methods ----

function ctxOf(context: PyValue): PyDecContext {
  return contextArg(context);
}

function unaryMethod(op: (a: D, c: Ctx) => D) {
  return (self: D, context: PyValue): PyValue => run(ctxOf(context), (c) => op(self, c));
}

function binaryMethod(op: (a: D, b: D, c: Ctx) => D) {
  return (self: D, other: PyValue, context: PyValue): PyValue => {
    const ctx = ctxOf(context);
    const b = convertRaise(other);
    return run(ctx, (c) => op(self, b, c));
  };
}

function compareSignal(a: D, b: D, c: Ctx): D {
  if (a.special >= NAN || b.special >= NAN) {
    c.ws |= S_INVALID_OPERATION;
    const n = checkNaNs(a, b, c)!;
    return n;
  }
  return A.compare(a, b, c);
}

function compareTotal(a: D, b: D): D {
  return A.intDec(A.cmpTotal(a, b));
}

function compareTotalMag(a: D, b: D): D {
  return A.intDec(A.cmpTotal(A.copySign(a, 0), A.copySign(b, 0)));
}

function isNormal(a: D, c: Ctx): boolean {
  return a.special === FINITE && a.coef !== 0n && adjexp(a) >= c.emin;
}

function isSubnormal(a: D, c: Ctx): boolean {
  return a.special === FINITE && a.coef !== 0n && adjexp(a) < c.emin;
}

function decQuantize(self: D, exp: PyValue, rounding: PyValue, context: PyValue): PyValue {
  const ctx = ctxOf(context);
  const mode = rounding === None ? ctx.round : roundingArg(rounding);
  const b = convertRaise(exp);
  return run(ctx, (c) => A.quantize(self, b, c, mode));
}

function toIntegralMethod(exact: boolean) {
  return (self: D, rounding: PyValue, context: PyValue): PyValue => {
    const ctx = ctxOf(context);
    const mode = rounding === None ? ctx.round : roundingArg(rounding);
    return run(ctx, (c) => A.toIntegral(self, mode, c, exact));
  };
}

function decFma(self: D, other: PyValue, third: PyValue, context: PyValue): PyValue {
  const ctx = ctxOf(context);
  const b = convertRaise(other);
  const d = convertRaise(third);
  return run(ctx, (c) => A.fma(self, b, d, c));
}

function decRound(self: D, ndigits: PyValue): PyValue {
  const ctx = getContext();
  if (ndigits !== None) {
    if (!isIntValue(ndigits)) throw typeError('optional arg must be an integer');
    const n = Number(intValue(ndigits));
    const q = finite(0, 1n, -n);
    return run(ctx, (c) => A.quantize(self, q, c));
  }
  return roundInt(self, ROUND_HALF_EVEN, ctx);
}

function roundInt(d: D, mode: number, ctx: PyDecContext): PyValue {
  if (d.special === FINITE) {
    run(ctx, (c) => A.toIntegral(d, mode, c, false));
  }
  return decToInt(d, mode, ctx);
}

function decAdjusted(self: D): PyValue {
  return self.special === FINITE ? adjexp(self) : 0;
}

function decSameQuantum(self: D, other: PyValue, context: PyValue): PyValue {
  ctxOf(context);
  return A.sameQuantum(self, convertRaise(other));
}

function decCopySign(self: D, other: PyValue, context: PyValue): PyValue {
  ctxOf(context);
  return A.copySign(self, convertRaise(other).sign);
}

function decNumberClass(self: D, context: PyValue): PyValue {
  return A.numberClass(self, ctxOf(context));
}

function decAsIntegerRatioMethod(self: D): PyValue {
  return new PyTuple(decAsIntegerRatio(self));
}

function decReduce(self: D): PyValue {
  return new PyTuple([typeOf(self), new PyTuple([toSciString(self, false, true)])]);
}

function decSelf(self: D): PyValue {
  return typeOf(self) === DecimalType ? self : finite(self.sign, self.coef, self.exp).special === self.special ? self : self;
}

function decComplex(self: D): PyValue {
  return new PyComplex(decToFloat(self), 0);
}

function decSizeof(self: D): PyValue {
  return 104 + 8 * Math.ceil(ndigits(self.coef) / 19);
}

function dec(d: D): PyValue {
  return d;
}

const noContext = (f: (a: D) => PyValue) => (self: D): PyValue => f(self);
const withContext = (f: (a: D, c: Ctx) => PyValue) => (self: D, context: PyValue): PyValue => f(self, ctxOf(context));

const M1 = '($self, /)';
const MC = '($self, /, context=None)';
const MOC = '($self, /, other, context=None)';

export const DecimalType: PyType = defineBuiltinType({
  name: 'decimal.Decimal',
  textSignature: '(value="0", context=None)',
  doc: 'An exact decimal floating-point number.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyDecimal,
  slots: { tp_new: decimalNew, tp_repr: decimalRepr, tp_str: decimalStr, tp_richcompare: decimalRichCompare, tp_hash: decimalHash },
  number: {
    nb_add: binary(A.add),
    nb_subtract: binary(sub),
    nb_multiply: binary(A.mul),
    nb_true_divide: binary(A.div),
    nb_floor_divide: binary(A.divint),
    nb_remainder: binary(A.rem),
    nb_divmod: nbDivmod,
    nb_power: nbPower,
    nb_negative: nbNegative,
    nb_positive: nbPositive,
    nb_absolute: nbAbsolute,
    nb_bool: nbBool,
    nb_int: nbInt,
    nb_float: nbFloat,
  },
  methods: {
    exp: { sig: MC, impl: unaryMethod(M.exp), doc: 'e raised to the power of the number, correctly rounded.' },
    ln: { sig: MC, impl: unaryMethod(M.ln), doc: 'The natural logarithm, correctly rounded.' },
    log10: { sig: MC, impl: unaryMethod(M.log10), doc: 'The base-10 logarithm, correctly rounded.' },
    sqrt: { sig: MC, impl: unaryMethod(M.sqrt), doc: 'The square root, correctly rounded to the context precision.' },
    logb: { sig: MC, impl: unaryMethod(A.logb), doc: 'The adjusted exponent of the number, as a Decimal.' },
    logical_invert: { sig: MC, impl: unaryMethod((a, c) => A.logical(a, null, c, 'invert')), doc: 'Digit-wise inversion of a logical operand.' },
    next_minus: { sig: MC, impl: unaryMethod((a, c) => A.nextPlus(a, c, false)), doc: 'The largest representable number below the operand.' },
    next_plus: { sig: MC, impl: unaryMethod((a, c) => A.nextPlus(a, c, true)), doc: 'The smallest representable number above the operand.' },
    normalize: { sig: MC, impl: unaryMethod(A.reduce), doc: 'The number rounded to the context with trailing zeros removed.' },
    number_class: { sig: MC, impl: decNumberClass, doc: "The class of the operand, such as '+Normal' or '-Zero'." },
    to_eng_string: { sig: MC, impl: decimalToEng, doc: 'The string in engineering notation (exponents multiples of three).' },
    to_integral: { sig: '($self, /, rounding=None, context=None)', impl: toIntegralMethod(false), doc: 'Same as to_integral_value().' },
    to_integral_exact: { sig: '($self, /, rounding=None, context=None)', impl: toIntegralMethod(true), doc: 'Rounds to an integer, signalling Inexact and Rounded as needed.' },
    to_integral_value: { sig: '($self, /, rounding=None, context=None)', impl: toIntegralMethod(false), doc: 'Rounds to an integer without signalling Inexact or Rounded.' },
    is_normal: { sig: MC, impl: withContext(isNormal), doc: 'Whether the number is finite, nonzero and not subnormal.' },
    is_subnormal: { sig: MC, impl: withContext(isSubnormal), doc: 'Whether the number is nonzero with an adjusted exponent below Emin.' },
    compare: { sig: MOC, impl: binaryMethod(A.compare), doc: 'Compares values numerically: -1, 0, 1 or NaN.' },
    compare_signal: { sig: MOC, impl: binaryMethod(compareSignal), doc: 'As compare(), but any NaN signals InvalidOperation.' },
    compare_total: { sig: MOC, impl: binaryMethod(compareTotal), doc: 'Compares by the total order of abstract representations.' },
    compare_total_mag: { sig: MOC, impl: binaryMethod(compareTotalMag), doc: 'As compare_total(), ignoring signs.' },
    copy_sign: { sig: MOC, impl: decCopySign, doc: 'A copy of the number with the sign of other.' },
    logical_and: { sig: MOC, impl: binaryMethod((a, b, c) => A.logical(a, b, c, 'and')), doc: 'Digit-wise and of two logical operands.' },
    logical_or: { sig: MOC, impl: binaryMethod((a, b, c) => A.logical(a, b, c, 'or')), doc: 'Digit-wise or of two logical operands.' },
    logical_xor: { sig: MOC, impl: binaryMethod((a, b, c) => A.logical(a, b, c, 'xor')), doc: 'Digit-wise exclusive or of two logical operands.' },
    max: { sig: MOC, impl: binaryMethod((a, b, c) => A.maxMin(a, b, c, true, false)), doc: 'The larger value (a quiet NaN loses to a number).' },
    max_mag: { sig: MOC, impl: binaryMethod((a, b, c) => A.maxMin(a, b, c, true, true)), doc: 'The value of larger magnitude.' },
    min: { sig: MOC, impl: binaryMethod((a, b, c) => A.maxMin(a, b, c, false, false)), doc: 'The smaller value (a quiet NaN loses to a number).' },
    min_mag: { sig: MOC, impl: binaryMethod((a, b, c) => A.maxMin(a, b, c, false, true)), doc: 'The value of smaller magnitude.' },
    next_toward: { sig: MOC, impl: binaryMethod(A.nextToward), doc: 'The representable number closest to the operand in the direction of other.' },
    remainder_near: { sig: MOC, impl: binaryMethod(A.remNear), doc: 'self - other * n, with n the integer nearest self / other.' },
    rotate: { sig: MOC, impl: binaryMethod(A.rotate), doc: 'The coefficient rotated by other digits.' },
    same_quantum: { sig: MOC, impl: decSameQuantum, doc: 'Whether both operands have the same exponent.' },
    scaleb: { sig: MOC, impl: binaryMethod(A.scaleb), doc: 'The number with its exponent increased by other.' },
    shift: { sig: MOC, impl: binaryMethod(A.shift), doc: 'The coefficient shifted by other digits.' },
    fma: { sig: '($self, /, other, third, context=None)', impl: decFma, doc: 'self * other + third with a single rounding.' },
    quantize: { sig: '($self, /, exp, rounding=None, context=None)', impl: decQuantize, doc: 'The number rounded to the exponent of exp.' },
    adjusted: { sig: M1, impl: decAdjusted, doc: 'The exponent of the most significant digit.' },
    as_integer_ratio: { sig: M1, impl: decAsIntegerRatioMethod, doc: 'The pair (n, d) of ints in lowest terms with n / d equal to the number.' },
    as_tuple: { sig: M1, impl: decAsTuple, doc: 'The DecimalTuple (sign, digits, exponent) of the number.' },
    canonical: { sig: M1, impl: dec, doc: 'The canonical encoding of the number: itself.' },
    conjugate: { sig: M1, impl: dec, doc: 'The number itself.' },
    copy_abs: { sig: M1, impl: noContext((a) => A.copySign(a, 0)), doc: 'The absolute value, without rounding or signals.' },
    copy_negate: { sig: M1, impl: noContext((a) => A.copySign(a, 1 - a.sign)), doc: 'The negation, without rounding or signals.' },
    is_canonical: { sig: M1, impl: noContext(() => true), doc: 'Always True.' },
    is_finite: { sig: M1, impl: noContext((a) => a.special === FINITE), doc: 'Whether the number is finite.' },
    is_infinite: { sig: M1, impl: noContext((a) => a.special === INF), doc: 'Whether the number is an infinity.' },
    is_nan: { sig: M1, impl: noContext((a) => a.special >= NAN), doc: 'Whether the number is a quiet or signaling NaN.' },
    is_qnan: { sig: M1, impl: noContext((a) => a.special === NAN), doc: 'Whether the number is a quiet NaN.' },
    is_signed: { sig: M1, impl: noContext((a) => a.sign === 1), doc: 'Whether the sign is negative.' },
    is_snan: { sig: M1, impl: noContext((a) => a.special === SNAN), doc: 'Whether the number is a signaling NaN.' },
    is_zero: { sig: M1, impl: noContext((a) => isZero(a)), doc: 'Whether the number is a (positive or negative) zero.' },
    radix: { sig: M1, impl: noContext(() => finite(0, 10n, 0)), doc: "Decimal(10), the number's radix." },
    from_float: { sig: '($type, f, /)', kind: 'classmethod', impl: decimalFromFloat, doc: 'The exact Decimal of a float or int.' },
    from_number: { sig: '($type, number, /)', kind: 'classmethod', impl: decimalFromNumber, doc: 'The exact Decimal of a number (not of a string).' },
    __ceil__: { sig: M1, impl: (s: D) => decToInt(s, ROUND_CEILING, getContext()) },
    __floor__: { sig: M1, impl: (s: D) => decToInt(s, ROUND_FLOOR, getContext()) },
    __trunc__: { sig: M1, impl: (s: D) => decToInt(s, ROUND_DOWN, getContext()) },
    __round__: { sig: '($self, ndigits=None, /)', textSignature: null, impl: decRound },
    __complex__: { sig: M1, impl: decComplex },
    __copy__: { sig: M1, impl: decSelf },
    __deepcopy__: { sig: '($self, object, /)', impl: decSelf },
    __reduce__: { sig: M1, impl: decReduce },
    __sizeof__: { sig: M1, impl: decSizeof },
    __format__: { sig: '($self, format_spec, override=None, /)', textSignature: null, impl: decimalFormat },
  },
  getset: {
    real: { get: dec },
    imag: { get: () => finite(0, 0n, 0) },
  },
});

// ---- Context methods ----

function ctxUnary(op: (a: D, c: Ctx) => PyValue) {
  return (self: PyDecContext, x: PyValue): PyValue => {
    const a = convertRaise(x);
    self.ws = 0;
    const r = op(a, self);
    commit(self);
    return r;
  };
}

function ctxBinary(op: (a: D, b: D, c: Ctx) => PyValue) {
  return (self: PyDecContext, x: PyValue, y: PyValue): PyValue => {
    const a = convertRaise(x);
    const b = convertRaise(y);
    self.ws = 0;
    const r = op(a, b, self);
    commit(self);
    return r;
  };
}

function ctxPower(self: PyDecContext, a: PyValue, b: PyValue, modulo: PyValue): PyValue {
  const x = convertRaise(a);
  const y = convertRaise(b);
  if (modulo === None) return run(self, (c) => M.pow(x, y, c));
  const m = convertRaise(modulo);
  return run(self, (c) => powMod(x, y, m, c));
}

function ctxFma(self: PyDecContext, x: PyValue, y: PyValue, z: PyValue): PyValue {
  const a = convertRaise(x);
  const b = convertRaise(y);
  const d = convertRaise(z);
  return run(self, (c) => A.fma(a, b, d, c));
}

function ctxDivmod(self: PyDecContext, x: PyValue, y: PyValue): PyValue {
  const a = convertRaise(x);
  const b = convertRaise(y);
  const [q, r] = run(self, (c) => A.divmod(a, b, c));
  return new PyTuple([q, r]);
}

function ctxCreateDecimal(self: PyDecContext, num: PyValue): PyValue {
  return decFromObjectRounded(num, self);
}

function ctxCreateFromFloat(self: PyDecContext, f: PyValue): PyValue {
  let d: D;
  if (f instanceof PyFloat) d = decFromFloat(f.value);
  else if (isIntValue(f)) d = decFromInt(intValue(f));
  else throw typeError('argument must be int or float');
  addStatus(self, S_FLOAT_OPERATION & 0);
  return run(self, (c) => fix(d, c));
}

function ctxApply(self: PyDecContext, x: PyValue): PyValue {
  const a = convertRaise(x);
  return run(self, (c) => fix(a, c));
}

function ctxUnsafe(field: 'prec' | 'emin' | 'emax') {
  return (self: PyDecContext, v: PyValue): PyValue => {
    self[field] = Number(intValue(v));
    return None;
  };
}

const C1 = '($self, x, /)';
const C2 = '($self, x, y, /)';
const S = contextSlots;

function contextInitSlot(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const names = ['prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'];
  const vals: (PyValue | undefined)[] = new Array(8).fill(undefined);
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 8) throw typeError(`Context() takes at most 8 arguments (${npos} given)`);
  for (let i = 0; i < npos; i++) vals[i] = args[i];
  for (let i = 0; i < nkw; i++) {
    const k = names.indexOf(kwnames![i]);
    if (k < 0) throw typeError(`'${kwnames![i]}' is an invalid keyword argument for Context()`);
    vals[k] = args[npos + i];
  }
  S.contextInit(self, ...(vals as PyValue[]));
}

export const ContextType: PyType = defineBuiltinType({
  name: 'decimal.Context',
  textSignature: '(prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None)',
  doc: 'The environment of decimal arithmetic: precision, rounding, exponent limits, flags and traps.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyDecContext,
  slots: { tp_new: S.contextNew, tp_init: contextInitSlot, tp_repr: S.contextRepr },
  methods: {
    abs: { sig: C1, impl: ctxUnary(A.abs) },
    canonical: { sig: C1, impl: (_s: PyDecContext, x: PyValue) => { if (!(x instanceof PyDecimal)) throw typeError('argument must be a Decimal'); return x; } },
    copy_abs: { sig: C1, impl: ctxUnary((a) => A.copySign(a, 0)) },
    copy_decimal: { sig: C1, impl: ctxUnary((a) => a) },
    copy_negate: { sig: C1, impl: ctxUnary((a) => A.copySign(a, 1 - a.sign)) },
    exp: { sig: C1, impl: ctxUnary(M.exp) },
    is_canonical: { sig: C1, impl: (_s: PyDecContext, x: PyValue) => { if (!(x instanceof PyDecimal)) throw typeError('argument must be a Decimal'); return true; } },
    is_finite: { sig: C1, impl: ctxUnary((a) => a.special === FINITE) },
    is_infinite: { sig: C1, impl: ctxUnary((a) => a.special === INF) },
    is_nan: { sig: C1, impl: ctxUnary((a) => a.special >= NAN) },
    is_normal: { sig: C1, impl: ctxUnary(isNormal) },
    is_qnan: { sig: C1, impl: ctxUnary((a) => a.special === NAN) },
    is_signed: { sig: C1, impl: ctxUnary((a) => a.sign === 1) },
    is_snan: { sig: C1, impl: ctxUnary((a) => a.special === SNAN) },
    is_subnormal: { sig: C1, impl: ctxUnary(isSubnormal) },
    is_zero: { sig: C1, impl: ctxUnary((a) => isZero(a)) },
    ln: { sig: C1, impl: ctxUnary(M.ln) },
    log10: { sig: C1, impl: ctxUnary(M.log10) },
    logb: { sig: C1, impl: ctxUnary(A.logb) },
    logical_invert: { sig: C1, impl: ctxUnary((a, c) => A.logical(a, null, c, 'invert')) },
    minus: { sig: C1, impl: ctxUnary(A.negate) },
    next_minus: { sig: C1, impl: ctxUnary((a, c) => A.nextPlus(a, c, false)) },
    next_plus: { sig: C1, impl: ctxUnary((a, c) => A.nextPlus(a, c, true)) },
    normalize: { sig: C1, impl: ctxUnary(A.reduce) },
    number_class: { sig: C1, impl: ctxUnary((a, c) => A.numberClass(a, c)) },
    plus: { sig: C1, impl: ctxUnary(A.plus) },
    sqrt: { sig: C1, impl: ctxUnary(M.sqrt) },
    to_eng_string: { sig: C1, impl: (s: PyDecContext, x: PyValue) => toSciString(convertRaise(x), true, s.capitals === 1) },
    to_sci_string: { sig: C1, impl: (s: PyDecContext, x: PyValue) => toSciString(convertRaise(x), false, s.capitals === 1) },
    to_integral: { sig: C1, impl: ctxUnary((a, c) => A.toIntegral(a, c.round, c, false)) },
    to_integral_exact: { sig: C1, impl: ctxUnary((a, c) => A.toIntegral(a, c.round, c, true)) },
    to_integral_value: { sig: C1, impl: ctxUnary((a, c) => A.toIntegral(a, c.round, c, false)) },
    add: { sig: C2, impl: ctxBinary(A.add) },
    compare: { sig: C2, impl: ctxBinary(A.compare) },
    compare_signal: { sig: C2, impl: ctxBinary(compareSignal) },
    compare_total: { sig: C2, impl: ctxBinary(compareTotal) },
    compare_total_mag: { sig: C2, impl: ctxBinary(compareTotalMag) },
    copy_sign: { sig: C2, impl: ctxBinary((a, b) => A.copySign(a, b.sign)) },
    divide: { sig: C2, impl: ctxBinary(A.div) },
    divide_int: { sig: C2, impl: ctxBinary(A.divint) },
    divmod: { sig: C2, impl: ctxDivmod },
    logical_and: { sig: C2, impl: ctxBinary((a, b, c) => A.logical(a, b, c, 'and')) },
    logical_or: { sig: C2, impl: ctxBinary((a, b, c) => A.logical(a, b, c, 'or')) },
    logical_xor: { sig: C2, impl: ctxBinary((a, b, c) => A.logical(a, b, c, 'xor')) },
    max: { sig: C2, impl: ctxBinary((a, b, c) => A.maxMin(a, b, c, true, false)) },
    max_mag: { sig: C2, impl: ctxBinary((a, b, c) => A.maxMin(a, b, c, true, true)) },
    min: { sig: C2, impl: ctxBinary((a, b, c) => A.maxMin(a, b, c, false, false)) },
    min_mag: { sig: C2, impl: ctxBinary((a, b, c) => A.maxMin(a, b, c, false, true)) },
    multiply: { sig: C2, impl: ctxBinary(A.mul) },
    next_toward: { sig: C2, impl: ctxBinary(A.nextToward) },
    quantize: { sig: C2, impl: ctxBinary((a, b, c) => A.quantize(a, b, c)) },
    remainder: { sig: C2, impl: ctxBinary(A.rem) },
    remainder_near: { sig: C2, impl: ctxBinary(A.remNear) },
    rotate: { sig: C2, impl: ctxBinary(A.rotate) },
    same_quantum: { sig: C2, impl: ctxBinary((a, b) => A.sameQuantum(a, b)) },
    scaleb: { sig: C2, impl: ctxBinary(A.scaleb) },
    shift: { sig: C2, impl: ctxBinary(A.shift) },
    subtract: { sig: C2, impl: ctxBinary(sub) },
    fma: { sig: '($self, x, y, z, /)', impl: ctxFma },
    power: { sig: '($self, /, a, b, modulo=None)', impl: ctxPower },
    create_decimal: { sig: '($self, num="0", /)', impl: ctxCreateDecimal, doc: 'A Decimal made from num and rounded to this context.' },
    create_decimal_from_float: { sig: '($self, f, /)', impl: ctxCreateFromFloat, doc: 'A Decimal made from a float or int and rounded to this context.' },
    radix: { sig: '($self, /)', impl: () => finite(0, 10n, 0) },
    _apply: { sig: '($self, object, /)', impl: ctxApply },
    _unsafe_setprec: { sig: '($self, object, /)', impl: ctxUnsafe('prec') },
    _unsafe_setemin: { sig: '($self, object, /)', impl: ctxUnsafe('emin') },
    _unsafe_setemax: { sig: '($self, object, /)', impl: ctxUnsafe('emax') },
    copy: { sig: '($self, /)', impl: S.contextCopy, doc: 'A copy of the context.' },
    __copy__: { sig: '($self, /)', impl: S.contextCopy },
    __reduce__: { sig: '($self, /)', impl: S.contextReduce },
    clear_flags: { sig: '($self, /)', impl: S.contextClearFlags, doc: 'Resets all flags to False.' },
    clear_traps: { sig: '($self, /)', impl: S.contextClearTraps, doc: 'Resets all traps to False.' },
    Etiny: { sig: '($self, /)', impl: S.contextEtiny, doc: 'The smallest exponent of a subnormal result: Emin - prec + 1.' },
    Etop: { sig: '($self, /)', impl: S.contextEtop, doc: 'The largest exponent once clamped: Emax - prec + 1.' },
  },
  getset: {
    prec: { get: S.getPrec, set: S.setter(S.setPrec, 'prec') },
    Emin: { get: S.getEmin, set: S.setter(S.setEmin, 'Emin') },
    Emax: { get: S.getEmax, set: S.setter(S.setEmax, 'Emax') },
    rounding: { get: S.getRounding, set: S.setter((c, v) => (c.round = roundingArg(v)), 'rounding') },
    capitals: { get: S.getCapitals, set: S.setter(S.setCapitals, 'capitals') },
    clamp: { get: S.getClamp, set: S.setter(S.setClamp, 'clamp') },
    flags: { get: S.getFlags, set: S.setter((c, v) => (c.status = S.flagsArg(v)), 'flags') },
    traps: { get: S.getTraps, set: S.setter((c, v) => (c.traps = S.flagsArg(v)), 'traps') },
  },
});
registerContextType(ContextType);

export { copyContext, valueError, normInt, NAN_VALUE, S_INEXACT, S_ROUNDED };
