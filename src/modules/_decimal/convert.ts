// Conversions between decimals and Python values: construction from str/int/float/tuple, operand
// coercion, int/float/ratio results and the numeric hash.  CPython: Modules/_decimal/_decimal.c
// (PyDecType_From*, convert_op, dec_as_long, PyDec_AsFloat, _dec_hash)
import { None, type PyValue, type PyIntValue, NotImplemented } from '../../objects/object.ts';
import { type PyType, typeOf } from '../../objects/type.ts';
import { PyFloat } from '../../objects/float.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyList } from '../../objects/list.ts';
import { isIntValue, intValue, isStrValue, strValue } from '../../objects/boxes.ts';
import { normInt } from '../../objects/int.ts';
import { typeError, valueError, overflowError } from '../../objects/exceptions.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyObject_Call } from '../../objects/abstract.ts';
import { toDecimal, isSpace } from '../../unicode/db.ts';
import {
  PyDecimal, FINITE, INF, NAN, SNAN, S_CONVERSION_SYNTAX, S_FLOAT_OPERATION, type Ctx, finite, infinity, nan, pow10,
  parseDecimal, fix, toSciString, ROUND_HALF_EVEN,
} from './number.ts';
import { integerOf, toIntegral } from './arith.ts';
import { type PyDecContext, addStatus, commit, decimalState } from './context.ts';

/** The exact decimal of an int. */
export function decFromInt(v: PyIntValue): PyDecimal {
  if (typeof v === 'number') return finite(v < 0 ? 1 : 0, BigInt(Math.abs(v)), 0);
  return finite(v < 0n ? 1 : 0, v < 0n ? -v : v, 0);
}

/** The exact decimal of a double: m * 2**-k is m * 5**k * 10**-k.  CPython: PyDecType_FromFloatExact */
export function decFromFloat(x: number): PyDecimal {
  const sign = x < 0 || Object.is(x, -0) ? 1 : 0;
  if (Number.isNaN(x)) return nan(Math.sign(1 / x) < 0 || Object.is(x, -NaN) ? 0 : 0);
  if (!Number.isFinite(x)) return infinity(sign);
  let m = Math.abs(x);
  let k = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    k++;
  }
  let coef = BigInt(m);
  if (k > 0) {
    while ((coef & 1n) === 0n && k > 0) {
      coef >>= 1n;
      k--;
    }
    return finite(sign, coef * 5n ** BigInt(k), -k);
  }
  return finite(sign, coef, 0);
}

/** The ASCII form of a numeric string: digits of any script become ASCII, and with ws, surrounding
 *  whitespace and all underscores are dropped.  '' when a character is not allowed.  CPython: numeric_as_ascii */
function numericAsAscii(s: string, ws: boolean): string {
  let start = 0;
  let end = s.length;
  if (ws) {
    while (end > start && isSpace(s.codePointAt(end - 1)!)) end--;
    while (start < end && isSpace(s.codePointAt(start)!)) start++;
  }
  let out = '';
  for (let i = start; i < end; i++) {
    const ch = s.codePointAt(i)!;
    if (ch > 0xffff) i++;
    if (ws && ch === 0x5f) continue;
    if (ch > 0 && ch <= 127) {
      out += String.fromCharCode(ch);
      continue;
    }
    if (isSpace(ch)) {
      out += ' ';
      continue;
    }
    const d = toDecimal(ch);
    if (d < 0) return '';
    out += String.fromCharCode(48 + d);
  }
  return out;
}

/** A decimal from a string, exactly (or rounded to ctx when round).  CPython: PyDecType_FromUnicodeExactWS */
export function decFromString(s: string, ctx: PyDecContext, ws: boolean, round: boolean): PyDecimal {
  const d = parseDecimal(numericAsAscii(s, ws));
  if (d === null) {
    addStatus(ctx, S_CONVERSION_SYNTAX);
    return nan();
  }
  if (d.special >= NAN && d.coef !== 0n) {
    // A payload that does not fit the context is a syntax error when rounding to it.
    const room = round ? ctx.prec - ctx.clamp : Number.MAX_SAFE_INTEGER;
    if (d.coef.toString().length > room) {
      addStatus(ctx, S_CONVERSION_SYNTAX);
      return nan();
    }
  }
  if (!round) return d;
  ctx.ws = 0;
  const r = fix(d, ctx);
  commit(ctx);
  return r;
}

/** A decimal from a (sign, digits, exponent) tuple.  CPython: dectuple_as_str */
function decFromTuple(t: PyValue, ctx: PyDecContext): PyDecimal {
  const items = t instanceof PyTuple ? t.items : (t as PyList).items;
  if (items.length !== 3) throw valueError('argument must be a sequence of length 3');
  const signObj = items[0];
  if (!isIntValue(signObj)) throw valueError('sign must be an integer with the value 0 or 1');
  const sign = intValue(signObj);
  if (sign !== 0 && sign !== 1) throw valueError('sign must be an integer with the value 0 or 1');
  const e = items[2];
  let special = FINITE;
  let exp = 0;
  if (isStrValue(e)) {
    const s = strValue(e);
    if (s === 'F') special = INF;
    else if (s === 'n') special = NAN;
    else if (s === 'N') special = SNAN;
    else throw valueError("string argument in the third position must be 'F', 'n' or 'N'");
  } else {
    if (!isIntValue(e)) throw valueError('exponent must be an integer');
    exp = Number(intValue(e));
  }
  const digitsObj = items[1];
  if (!(digitsObj instanceof PyTuple) && !(digitsObj instanceof PyList)) throw valueError('coefficient must be a tuple of digits');
  let digits = '';
  for (const d of digitsObj.items) {
    if (!isIntValue(d)) throw valueError('coefficient must be a tuple of digits');
    const v = intValue(d);
    if (typeof v !== 'number' || v < 0 || v > 9) throw valueError('coefficient must be a tuple of digits');
    digits += v;
  }
  if (special === INF) return infinity(sign);
  const coef = digits === '' ? 0n : BigInt(digits);
  if (special !== FINITE) return fixPayload(new PyDecimal(sign, coef, 0, special), ctx);
  return finite(sign, coef, exp);
}

function fixPayload(d: PyDecimal, _ctx: PyDecContext): PyDecimal {
  return d;
}

/** The value a Decimal(value) call makes (exact, as the Decimal constructor does).  CPython: PyDecType_FromObjectExact */
export function decFromObjectExact(v: PyValue, ctx: PyDecContext): PyDecimal {
  if (v instanceof PyDecimal) return v;
  if (isStrValue(v)) return decFromString(strValue(v), ctx, true, false);
  if (isIntValue(v)) return decFromInt(intValue(v));
  if (v instanceof PyTuple || v instanceof PyList) return decFromTuple(v, ctx);
  if (v instanceof PyFloat) {
    addStatus(ctx, S_FLOAT_OPERATION);
    return decFromFloat(v.value);
  }
  throw typeError(`conversion from ${typeOf(v).tp_name} to Decimal is not supported`);
}

/** Context.create_decimal: rounded to the context.  CPython: PyDecType_FromObject */
export function decFromObjectRounded(v: PyValue, ctx: PyDecContext): PyDecimal {
  if (isStrValue(v)) return decFromString(strValue(v), ctx, false, true);
  let d: PyDecimal;
  if (v instanceof PyDecimal) d = v;
  else if (isIntValue(v)) d = decFromInt(intValue(v));
  else if (v instanceof PyTuple || v instanceof PyList) d = decFromTuple(v, ctx);
  else if (v instanceof PyFloat) {
    addStatus(ctx, S_FLOAT_OPERATION);
    d = decFromFloat(v.value);
  } else throw typeError(`conversion from ${typeOf(v).tp_name} to Decimal is not supported`);
  if (d.special >= NAN && d.coef !== 0n && d.coef.toString().length > ctx.prec - ctx.clamp) {
    addStatus(ctx, S_CONVERSION_SYNTAX);
    return nan();
  }
  ctx.ws = 0;
  const r = fix(d, ctx);
  commit(ctx);
  return r;
}

/** An instance of `type` (Decimal or a subclass) with d's value. */
export function asType(type: PyType, d: PyDecimal, DecimalType: PyType): PyDecimal {
  if (type === DecimalType) return d;
  return newHeapInstance(PyDecimal, type, d.sign, d.coef, d.exp, d.special);
}

/** An operand of an arithmetic operator: a Decimal or an int; undefined otherwise.  CPython: convert_op (NOT_IMPL) */
export function convertOp(v: PyValue): PyDecimal | undefined {
  if (v instanceof PyDecimal) return v;
  if (isIntValue(v)) return decFromInt(intValue(v));
  return undefined;
}

/** An operand of a method: a Decimal or an int, else TypeError.  CPython: convert_op (TYPE_ERR) */
export function convertRaise(v: PyValue): PyDecimal {
  const d = convertOp(v);
  if (d === undefined) throw typeError(`conversion from ${typeOf(v).tp_name} to Decimal is not supported`);
  return d;
}

export { NotImplemented, None };

// ---- results as Python values ----

/** The int nearest by `mode`; NaN and infinities fail.  CPython: dec_as_long */
export function decToInt(d: PyDecimal, mode: number, ctx: PyDecContext): PyIntValue {
  if (d.special !== FINITE) {
    if (d.special >= NAN) throw valueError('cannot convert NaN to integer');
    throw overflowError('cannot convert Infinity to integer');
  }
  void ctx;
  return normInt(integerOf(d, mode));
}

/** float(d).  CPython: PyDec_AsFloat */
export function decToFloat(d: PyDecimal): number {
  if (d.special >= NAN) {
    if (d.special === SNAN) throw valueError('cannot convert signaling NaN to float');
    return d.sign ? -NaN : NaN;
  }
  return Number(toSciString(d, false, true));
}

/** (numerator, denominator) in lowest terms.  CPython: dec_as_integer_ratio */
export function decAsIntegerRatio(d: PyDecimal): [PyIntValue, PyIntValue] {
  if (d.special !== FINITE) {
    if (d.special >= NAN) throw valueError('cannot convert NaN to integer ratio');
    throw overflowError('cannot convert Infinity to integer ratio');
  }
  let n = d.coef;
  let den = 1n;
  if (d.exp >= 0) n *= pow10(d.exp);
  else den = pow10(-d.exp);
  const g = gcd(n, den);
  n /= g;
  den /= g;
  return [normInt(d.sign ? -n : n), normInt(den)];
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

const HASH_P = (1n << 61n) - 1n;
const INV10_P = 2075258708292324556n;

function powMod(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

/** The hash of a finite decimal, equal to that of an equal int, float or Fraction.  CPython: _dec_hash */
export function decHashFinite(d: PyDecimal): PyIntValue {
  const e = d.exp >= 0 ? powMod(10n, BigInt(d.exp), HASH_P) : powMod(INV10_P, BigInt(-d.exp), HASH_P);
  let h = ((d.coef % HASH_P) * e) % HASH_P;
  if (d.sign) h = -h;
  if (h === -1n) h = -2n;
  return normInt(h);
}

/** The DecimalTuple of d.  CPython: dec_as_tuple */
export function decAsTuple(d: PyDecimal): PyValue {
  let digits: PyValue[];
  let exp: PyValue;
  if (d.special === INF) {
    digits = [0];
    exp = 'F';
  } else {
    digits = d.coef === 0n && d.special !== FINITE ? [] : Array.from(d.coef.toString(), (c) => c.charCodeAt(0) - 48);
    exp = d.special === NAN ? 'n' : d.special === SNAN ? 'N' : d.exp;
  }
  return PyObject_Call(decimalState().DecimalTuple, [d.sign, new PyTuple(digits), exp]);
}

/** Integral rounding for int(), round(), math.floor and friends. */
export function roundToInt(d: PyDecimal, mode: number, c: Ctx): PyDecimal {
  return toIntegral(d, mode, c, false);
}

export { ROUND_HALF_EVEN };
