// The math module.  CPython: Modules/mathmodule.c
//
// The C library functions are ours (objects/float/libm.ts: exp, log, pow correctly rounded;
// objects/float/fdlibm.ts: sin, cos, cosh, erf... following fdlibm), so that results agree with the
// reference CPython to the last bit; JS's Math serves where it already agrees (tan, atan, asin, acos,
// sinh's expm1, cbrt, sqrt). Errors follow CPython's math_1/math_2 rules: a NaN from non-NaN input is
// a ValueError, an infinity from finite input an OverflowError (or ValueError at a singularity).
import { None, type PyIntValue, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { typeOf } from '../objects/type.ts';
import { PyFloat, FloatType, PyFloat_AsDouble, floatRepr } from '../objects/float.ts';
import { PyTuple } from '../objects/tuple.ts';
import { isIntValue, intValue } from '../objects/boxes.ts';
import { typeError, valueError, overflowError } from '../objects/exceptions.ts';
import * as A from '../objects/abstract.ts';
import { intFromFloat, normInt, bitLengthOf, intAbs, intFloorDiv, intMul } from '../objects/int.ts';
import { crExp, crExp2, crLog, crLog2, libmPow } from '../objects/float/libm.ts';
import {
  libmSin, libmCos, libmCosh, libmSinh, libmTanh, libmAsinh, libmAcosh, libmAtanh, libmErf, libmErfc, libmLog10, libmLog1p, libmAtan2,
} from '../objects/float/fdlibm.ts';
import {
  copysign, frexp, ldexp, nextafterSteps, nextafter, ulp, remainder, fma, gamma, lgamma, specialError, vectorNorm, ExactSum, TripleLength,
} from '../objects/float/special.ts';

type V = PyValue;

const MATH_DOMAIN = 'math domain error';
const MATH_RANGE = 'math range error';

/** A float argument: exact floats and ints fast, else __float__/__index__.  CPython: ASSIGN_DOUBLE */
function toDouble(v: V): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  return PyFloat_AsDouble(v);
}

function f(x: number): PyFloat {
  return new PyFloat(x);
}

/**
 * One-argument libm wrapper: NaN from non-NaN input is a domain error (with `errMsg`, formatted
 * with the input, when given); an infinity from finite input an overflow if `canOverflow`, else a
 * domain error.  CPython: math_1
 */
function math1(arg: V, fn: (x: number) => number, canOverflow: boolean, errMsg: string | null): V {
  const x = toDouble(arg);
  const r = fn(x);
  if (r !== r && x === x) throw domainError(x, errMsg);
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
    if (canOverflow) throw overflowError(MATH_RANGE);
    throw domainError(x, errMsg);
  }
  return f(r);
}

function domainError(x: number, errMsg: string | null): ReturnType<typeof valueError> {
  return valueError(errMsg === null ? MATH_DOMAIN : errMsg.replace('%s', floatRepr(x)));
}

/** Two-argument libm wrapper.  CPython: math_2 */
function math2(a: V, b: V, fn: (x: number, y: number) => number): V {
  const x = toDouble(a);
  const y = toDouble(b);
  const r = fn(x, y);
  if (r !== r) {
    if (x === x && y === y) throw valueError(MATH_DOMAIN);
  } else if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) {
    throw overflowError(MATH_RANGE);
  }
  return f(r);
}

// ---- the plain libm functions ----

const RANGE_PM1 = 'expected a number in range from -1 up to 1, got %s';
const FINITE = 'expected a finite input, got %s';

function acos(_m: V, x: V): V {
  return math1(x, Math.acos, false, RANGE_PM1);
}
function acosh(_m: V, x: V): V {
  return math1(x, libmAcosh, false, 'expected argument value not less than 1, got %s');
}
function asin(_m: V, x: V): V {
  return math1(x, Math.asin, false, RANGE_PM1);
}
function asinh(_m: V, x: V): V {
  return math1(x, libmAsinh, false, null);
}
function atan(_m: V, x: V): V {
  return math1(x, Math.atan, false, null);
}
function atan2(_m: V, y: V, x: V): V {
  return math2(y, x, libmAtan2);
}
function atanh(_m: V, x: V): V {
  return math1(x, libmAtanh, false, 'expected a number between -1 and 1, got %s');
}
function cbrt(_m: V, x: V): V {
  return math1(x, Math.cbrt, false, null);
}
function cos(_m: V, x: V): V {
  return math1(x, libmCos, false, FINITE);
}
function cosh(_m: V, x: V): V {
  return math1(x, libmCosh, true, null);
}
function sin(_m: V, x: V): V {
  return math1(x, libmSin, false, FINITE);
}
function sinh(_m: V, x: V): V {
  return math1(x, libmSinh, true, null);
}
function tan(_m: V, x: V): V {
  return math1(x, Math.tan, false, FINITE);
}
function tanh(_m: V, x: V): V {
  return math1(x, libmTanh, false, null);
}
function exp(_m: V, x: V): V {
  return math1(x, crExp, true, null);
}
function exp2(_m: V, x: V): V {
  return math1(x, crExp2, true, null);
}
function expm1(_m: V, x: V): V {
  return math1(x, Math.expm1, true, null);
}
function fabs(_m: V, x: V): V {
  return math1(x, Math.abs, false, null);
}
function sqrt(_m: V, x: V): V {
  return math1(x, Math.sqrt, false, 'expected a nonnegative input, got %s');
}
function log1p(_m: V, x: V): V {
  // log1p(-0.0) is -0.0 everywhere.
  return math1(x, (v) => (v === 0 ? v : libmLog1p(v)), false, 'expected argument value > -1, got %s');
}
function erf(_m: V, x: V): V {
  return f(libmErf(toDouble(x)));
}
function erfc(_m: V, x: V): V {
  return f(libmErfc(toDouble(x)));
}
function copysignFn(_m: V, x: V, y: V): V {
  return math2(x, y, copysign);
}
function remainderFn(_m: V, x: V, y: V): V {
  return math2(x, y, remainder);
}

const RAD_TO_DEG = 180 / Math.PI;
const DEG_TO_RAD = Math.PI / 180;
function degrees(_m: V, x: V): V {
  return f(toDouble(x) * RAD_TO_DEG);
}
function radians(_m: V, x: V): V {
  return f(toDouble(x) * DEG_TO_RAD);
}

/** gamma and lgamma: errno-style errors with the input in the message.  CPython: math_1a */
function math1a(arg: V, fn: (x: number) => number, errMsg: string): V {
  const x = toDouble(arg);
  const r = fn(x);
  if (specialError === 'domain') throw domainError(x, errMsg);
  if (specialError === 'range' && Math.abs(r) >= 1.5) throw overflowError(MATH_RANGE);
  return f(r);
}
function gammaFn(_m: V, x: V): V {
  return math1a(x, gamma, 'expected a noninteger or positive integer, got %s');
}
function lgammaFn(_m: V, x: V): V {
  return math1a(x, lgamma, 'expected a noninteger or positive integer, got %s');
}

function fmod(_m: V, a: V, b: V): V {
  const x = toDouble(a);
  const y = toDouble(b);
  // fmod(x, ±inf) is x for finite x.
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return f(x);
  const r = x % y;
  if (r !== r && x === x && y === y) throw valueError(MATH_DOMAIN);
  return f(r);
}

/** math.pow: IEEE special cases handled directly, then libm pow.  CPython: math_pow_impl */
function pow(_m: V, a: V, b: V): V {
  const x = toDouble(a);
  const y = toDouble(b);
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) r = y === 0 ? 1 : x;
    else if (y !== y) r = x === 1 ? 1 : y;
    else if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && Math.abs(y % 2) === 1;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? copysign(0, x) : 0;
    } else {
      const ax = Math.abs(x);
      if (ax === 1) r = 1;
      else if (y > 0 && ax > 1) r = y;
      else if (y < 0 && ax < 1) r = -y;
      else r = 0;
    }
    return f(r);
  }
  r = libmPow(x, y);
  if (r !== r) throw valueError(MATH_DOMAIN);
  if (r === Infinity || r === -Infinity) {
    if (x === 0) throw valueError(MATH_DOMAIN);
    throw overflowError(MATH_RANGE);
  }
  return f(r);
}

// ---- logarithms (ints of any size) ----

/** log of an int or a float, in the given base function.  CPython: loghelper */
function logHelper(arg: V, fn: (x: number) => number): number {
  if (isIntValue(arg)) {
    const v = intValue(arg);
    if (v <= 0) throw valueError('expected a positive input');
    if (typeof v === 'number') return fn(v);
    const d = Number(v);
    if (d !== Infinity) return fn(d);
    // Too big for a double: log(m * 2**e) = log(m) + e * log(2).
    const bits = bitLengthOf(v);
    const shift = bits - 60;
    const m = Number(v >> BigInt(shift)) / 2 ** 60; // in [0.5, 1)
    return fn(m) + fn(2) * (shift + 60);
  }
  const x = toDouble(arg);
  const r = fn(x);
  if (r !== r && x === x) throw domainError(x, 'expected a positive input, got %s');
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) throw domainError(x, 'expected a positive input, got %s');
  return r;
}

/** The natural log with CPython's special values.  CPython: m_log */
function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return crLog(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (x !== x) return x;
  return x > 0 ? x : NaN;
}

function mLog2(x: number): number {
  if (!Number.isFinite(x)) return x !== x || x > 0 ? x : NaN;
  if (x > 0) return crLog2(x);
  return x === 0 ? -Infinity : NaN;
}

function mLog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return libmLog10(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (x !== x) return x;
  return x > 0 ? x : NaN;
}

function log(_m: V, args: V[]): V {
  if (args.length < 1) throw typeError(`log expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) throw typeError(`log expected at most 2 arguments, got ${args.length}`);
  const num = logHelper(args[0], mLog);
  if (args.length === 1) return f(num);
  const den = logHelper(args[1], mLog);
  return A.PyNumber_TrueDivide(f(num), f(den));
}

function log2(_m: V, x: V): V {
  return f(logHelper(x, mLog2));
}

function log10(_m: V, x: V): V {
  return f(logHelper(x, mLog10));
}

// ---- rounding and float structure ----

/** ceil/floor/trunc: exact floats directly, else the type's special method, else via float. */
function roundingFn(x: V, special: string, fn: (d: number) => number): V {
  if (x instanceof PyFloat && x.ob_type === FloatType) return intFromFloat(fn(x.value));
  const meth = A.lookupSpecial(x, special);
  if (meth !== null) return A.PyObject_CallNoArgs(meth);
  return intFromFloat(fn(PyFloat_AsDouble(x)));
}

function ceil(_m: V, x: V): V {
  return roundingFn(x, '__ceil__', Math.ceil);
}

function floor(_m: V, x: V): V {
  return roundingFn(x, '__floor__', Math.floor);
}

function trunc(_m: V, x: V): V {
  if (x instanceof PyFloat && x.ob_type === FloatType) return intFromFloat(x.value);
  const meth = A.lookupSpecial(x, '__trunc__');
  if (meth !== null) return A.PyObject_CallNoArgs(meth);
  throw typeError(`type ${typeOf(x).tp_name.slice(0, 100)} doesn't define __trunc__ method`);
}

function frexpFn(_m: V, a: V): V {
  const x = toDouble(a);
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return new PyTuple([f(x), 0]);
  const [m, e] = frexp(x);
  return new PyTuple([f(m), e]);
}

function ldexpFn(_m: V, a: V, i: V): V {
  const x = toDouble(a);
  if (!isIntValue(i)) throw typeError('Expected an int as second argument to ldexp.');
  const n = intValue(i);
  if (x === 0 || !Number.isFinite(x)) return f(x);
  // Exponents beyond any double's range saturate.
  const e = n > 100000 ? 100000 : n < -100000 ? -100000 : Number(n);
  const r = ldexp(x, e);
  if (r === Infinity || r === -Infinity) throw overflowError(MATH_RANGE);
  return f(r);
}

function modf(_m: V, a: V): V {
  const x = toDouble(a);
  if (x === Infinity || x === -Infinity) return new PyTuple([f(copysign(0, x)), f(x)]);
  if (x !== x) return new PyTuple([f(x), f(x)]);
  const ip = Math.trunc(x);
  // The fraction keeps the sign of x, zero included.
  return new PyTuple([f(copysign(x - ip, x)), f(ip)]);
}

function isfinite(_m: V, x: V): V {
  return Number.isFinite(toDouble(x));
}
function isinf(_m: V, x: V): V {
  const d = toDouble(x);
  return d === Infinity || d === -Infinity;
}
function isnan(_m: V, x: V): V {
  const d = toDouble(x);
  return d !== d;
}

/** math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).  CPython: math_isclose_impl */
function isclose(_m: V, a: V, b: V, relTol: V | undefined, absTol: V | undefined): V {
  const x = toDouble(a);
  const y = toDouble(b);
  const rel = relTol === undefined ? 1e-9 : toDouble(relTol);
  const abs = absTol === undefined ? 0 : toDouble(absTol);
  if (rel < 0 || abs < 0) throw valueError('tolerances must be non-negative');
  if (x === y) return true;
  if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
}

function nextafterFn(_m: V, a: V, b: V, steps: V): V {
  const x = toDouble(a);
  const y = toDouble(b);
  if (steps === None) return f(nextafter(x, y));
  const n = A.PyNumber_Index(steps);
  if (n < 0) throw valueError('steps must be a non-negative integer');
  let s = typeof n === 'bigint' ? n : BigInt(n);
  if (s > 0xffffffffffffffffn) s = 0xffffffffffffffffn;
  return f(nextafterSteps(x, y, s));
}

function ulpFn(_m: V, x: V): V {
  return f(ulp(toDouble(x)));
}

function fmaFn(_m: V, a: V, b: V, c: V): V {
  const x = toDouble(a);
  const y = toDouble(b);
  const z = toDouble(c);
  const r = fma(x, y, z);
  if (Number.isFinite(r)) return f(r);
  if (r !== r) {
    if (x === x && y === y && z === z) throw valueError('invalid operation in fma');
  } else if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) throw overflowError('overflow in fma');
  return f(r);
}

// ---- sums, products, norms ----

function fsum(_m: V, seq: V): V {
  const it = A.PyObject_GetIter(seq);
  const next = typeOf(it).tp_iternext!;
  const acc = new ExactSum();
  for (let item = next(it); item !== undefined; item = next(it)) {
    acc.add(toDouble(item));
    if (acc.overflow) throw overflowError('intermediate overflow in fsum');
  }
  if (acc.specialSum !== 0) {
    if (acc.infSum !== acc.infSum) throw valueError('-inf + inf in fsum');
    return f(acc.specialSum);
  }
  return f(acc.result());
}

function hypot(_m: V, args: V[]): V {
  let max = 0;
  let foundNan = false;
  const coords: number[] = [];
  for (const item of args) {
    const x = Math.abs(toDouble(item));
    coords.push(x);
    if (x !== x) foundNan = true;
    if (x > max) max = x;
  }
  return f(vectorNorm(coords, max, foundNan));
}

function asTuple(v: V): V[] {
  if (v instanceof PyTuple) return v.items as V[];
  return A.iterableToArray(v);
}

function dist(_m: V, p: V, q: V): V {
  const ps = asTuple(p);
  const qs = asTuple(q);
  if (ps.length !== qs.length) throw valueError('both points must have the same number of dimensions');
  let max = 0;
  let foundNan = false;
  const diffs: number[] = [];
  for (let i = 0; i < ps.length; i++) {
    const x = Math.abs(toDouble(ps[i]) - toDouble(qs[i]));
    diffs.push(x);
    if (x !== x) foundNan = true;
    if (x > max) max = x;
  }
  return f(vectorNorm(diffs, max, foundNan));
}

function prod(_m: V, iterable: V, start: V | undefined): V {
  const it = A.PyObject_GetIter(iterable);
  const next = typeOf(it).tp_iternext!;
  let result: V = start === undefined ? 1 : start;
  for (let item = next(it); item !== undefined; item = next(it)) result = A.PyNumber_Multiply(result, item);
  return result;
}

const LONG_MAX = 9223372036854775807n;

/** An int within C long range (exact float products of such ints are CPython's float path). */
function isSmallExactInt(v: V): boolean {
  return typeof v === 'number' || (typeof v === 'bigint' && v <= LONG_MAX && v >= -LONG_MAX - 1n);
}

/**
 * sumprod(p, q): exact for ints; floats (and float*int pairs) accumulated in triple length;
 * anything else by plain multiplication and addition.  CPython: math_sumprod_impl
 */
function sumprod(_m: V, p: V, q: V): V {
  const pit = A.PyObject_GetIter(p);
  const qit = A.PyObject_GetIter(q);
  const pnext = typeOf(pit).tp_iternext!;
  const qnext = typeOf(qit).tp_iternext!;
  let total: V = 0;
  let intPath = true;
  let intTotal: PyIntValue = 0;
  let intInUse = false;
  let fltPath = true;
  let flt = new TripleLength();
  let fltInUse = false;
  for (;;) {
    const pi = pnext(pit);
    const qi = qnext(qit);
    if ((pi === undefined) !== (qi === undefined)) throw valueError('Inputs are not the same length');
    const finished = pi === undefined;
    if (intPath) {
      if (!finished && isSmallExactInt(pi!) && isSmallExactInt(qi!)) {
        const prodv = intMul(pi as PyIntValue, qi as PyIntValue);
        const sum = A.PyNumber_Add(intTotal, prodv) as PyIntValue;
        // CPython's C long accumulator overflows here: it flushes and continues generically.
        if (isSmallExactInt(prodv) && isSmallExactInt(sum)) {
          intTotal = sum;
          intInUse = true;
          continue;
        }
      }
      intPath = false;
      if (intInUse) {
        total = A.PyNumber_Add(total, intTotal);
        intTotal = 0;
        intInUse = false;
      }
    }
    if (fltPath) {
      if (!finished) {
        let fp: number | undefined;
        let fq: number | undefined;
        const pf = pi instanceof PyFloat && pi.ob_type === FloatType;
        const qf = qi instanceof PyFloat && qi.ob_type === FloatType;
        if (pf && qf) {
          fp = (pi as PyFloat).value;
          fq = (qi as PyFloat).value;
        } else if (pf && exactIntOrBool(qi!)) {
          fp = (pi as PyFloat).value;
          fq = intAsDoubleOrUndefined(qi!);
        } else if (qf && exactIntOrBool(pi!)) {
          fq = (qi as PyFloat).value;
          fp = intAsDoubleOrUndefined(pi!);
        }
        if (fp !== undefined && fq !== undefined) {
          const saved = flt;
          const trial = new TripleLength();
          trial.hi = saved.hi;
          trial.lo = saved.lo;
          trial.tiny = saved.tiny;
          trial.fma(fp, fq);
          if (Number.isFinite(trial.hi)) {
            flt = trial;
            fltInUse = true;
            continue;
          }
        }
      }
      fltPath = false;
      if (fltInUse) {
        total = A.PyNumber_Add(total, f(flt.toDouble()));
        flt = new TripleLength();
        fltInUse = false;
      }
    }
    if (finished) return total;
    total = A.PyNumber_Add(total, A.PyNumber_Multiply(pi!, qi!));
  }
}

function exactIntOrBool(v: V): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

function intAsDoubleOrUndefined(v: V): number | undefined {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const d = Number(v as bigint);
  return d === Infinity || d === -Infinity ? undefined : d;
}

// ---- integer functions ----

function bigOf(v: PyIntValue): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

function gcd2(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b) [a, b] = [b, a % b];
    return a;
  }
  let x = bigOf(a);
  let y = bigOf(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y) [x, y] = [y, x % y];
  return normInt(x);
}

function gcd(_m: V, args: V[]): V {
  if (args.length === 0) return 0;
  let res = A.PyNumber_Index(args[0]);
  if (args.length === 1) return intAbs(res);
  for (let i = 1; i < args.length; i++) {
    const x = A.PyNumber_Index(args[i]);
    if (res === 1) continue;
    res = gcd2(res, x);
  }
  return res;
}

function lcm(_m: V, args: V[]): V {
  if (args.length === 0) return 1;
  let res = A.PyNumber_Index(args[0]);
  if (args.length === 1) return intAbs(res);
  for (let i = 1; i < args.length; i++) {
    const x = A.PyNumber_Index(args[i]);
    if (res === 0) continue;
    if (x === 0) {
      res = 0;
      continue;
    }
    res = intAbs(intMul(intFloorDiv(res, gcd2(res, x)), x));
  }
  return res;
}

/** The integer square root.  CPython: math_isqrt */
function isqrt(_m: V, n: V): V {
  const v = A.PyNumber_Index(n);
  if (v < 0) throw valueError('isqrt() argument must be nonnegative');
  if (typeof v === 'number') {
    let r = Math.floor(Math.sqrt(v));
    while (r * r > v) r--;
    while ((r + 1) * (r + 1) <= v) r++;
    return r;
  }
  // Newton's iteration from an estimate above the root.
  const bits = bitLengthOf(v);
  let x = 1n << BigInt(Math.ceil(bits / 2));
  for (;;) {
    const y = (x + v / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  return normInt(x);
}

/** The product lo * (lo+1) * ... * (hi-1), by halves (balanced products multiply faster). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let p = lo;
    for (let i = lo + 1n; i < hi; i++) p *= i;
    return p;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

function factorial(_m: V, arg: V): V {
  const n = A.PyNumber_Index(arg);
  if (n > LONG_MAX) throw overflowError(`factorial() argument should not exceed ${LONG_MAX}`);
  if (n < 0) throw valueError('factorial() not defined for negative values');
  const k = Number(n);
  if (k <= 18) {
    let r = 1;
    for (let i = 2; i <= k; i++) r *= i;
    return r;
  }
  return normInt(rangeProduct(1n, BigInt(k) + 1n));
}

function perm(_m: V, nArg: V, kArg: V): V {
  if (kArg === None) return factorial(_m, nArg);
  const n = A.PyNumber_Index(nArg);
  const k = A.PyNumber_Index(kArg);
  if (n < 0) throw valueError('n must be a non-negative integer');
  if (k < 0) throw valueError('k must be a non-negative integer');
  if (n < k) return 0;
  if (k > LONG_MAX) throw overflowError(`k must not exceed ${LONG_MAX}`);
  const bn = bigOf(n);
  return normInt(rangeProduct(bn - bigOf(k) + 1n, bn + 1n));
}

function comb(_m: V, nArg: V, kArg: V): V {
  const n = A.PyNumber_Index(nArg);
  const k = A.PyNumber_Index(kArg);
  if (n < 0) throw valueError('n must be a non-negative integer');
  if (k < 0) throw valueError('k must be a non-negative integer');
  if (k > n) return 0;
  const bn = bigOf(n);
  let bk = bigOf(k);
  if (bn - bk < bk) bk = bn - bk;
  if (bk > LONG_MAX) throw overflowError(`min(n - k, k) must not exceed ${LONG_MAX}`);
  if (bk === 0n) return 1;
  return normInt(rangeProduct(bn - bk + 1n, bn + 1n) / rangeProduct(1n, bk + 1n));
}

export const mathModule = defineModule({
  name: 'math',
  doc: 'This module provides access to the mathematical functions\ndefined by the C standard.',
  functions: {
    acos: { sig: '($module, x, /)', impl: acos, doc: 'The arc cosine of x, in radians, between 0 and pi.' },
    acosh: { sig: '($module, x, /)', impl: acosh, doc: 'The inverse hyperbolic cosine of x.' },
    asin: { sig: '($module, x, /)', impl: asin, doc: 'The arc sine of x, in radians, between -pi/2 and pi/2.' },
    asinh: { sig: '($module, x, /)', impl: asinh, doc: 'The inverse hyperbolic sine of x.' },
    atan: { sig: '($module, x, /)', impl: atan, doc: 'The arc tangent of x, in radians, between -pi/2 and pi/2.' },
    atan2: { sig: '($module, y, x, /)', impl: atan2, doc: 'The arc tangent of y/x, in radians, in the quadrant the signs of x and y give.' },
    atanh: { sig: '($module, x, /)', impl: atanh, doc: 'The inverse hyperbolic tangent of x.' },
    cbrt: { sig: '($module, x, /)', impl: cbrt, doc: 'The cube root of x.' },
    ceil: { sig: '($module, x, /)', impl: ceil, doc: 'The smallest integer >= x, as an int.' },
    comb: { sig: '($module, n, k, /)', impl: comb, doc: 'n! / (k! * (n - k)!): the unordered choices of k of n items.' },
    copysign: { sig: '($module, x, y, /)', impl: copysignFn, doc: 'A float with the magnitude of x and the sign of y.' },
    cos: { sig: '($module, x, /)', impl: cos, doc: 'The cosine of x (in radians).' },
    cosh: { sig: '($module, x, /)', impl: cosh, doc: 'The hyperbolic cosine of x.' },
    degrees: { sig: '($module, x, /)', impl: degrees, doc: 'The angle x converted from radians to degrees.' },
    dist: { sig: '($module, p, q, /)', impl: dist, doc: 'The Euclidean distance between points p and q (sequences of coordinates).' },
    erf: { sig: '($module, x, /)', impl: erf, doc: 'The error function at x.' },
    erfc: { sig: '($module, x, /)', impl: erfc, doc: 'The complementary error function at x: 1 - erf(x).' },
    exp: { sig: '($module, x, /)', impl: exp, doc: 'e raised to the power x.' },
    exp2: { sig: '($module, x, /)', impl: exp2, doc: '2 raised to the power x.' },
    expm1: { sig: '($module, x, /)', impl: expm1, doc: 'exp(x) - 1, accurate for small x.' },
    fabs: { sig: '($module, x, /)', impl: fabs, doc: 'The absolute value of x, as a float.' },
    factorial: { sig: '($module, n, /)', impl: factorial, doc: 'n!, for an integer n >= 0.' },
    floor: { sig: '($module, x, /)', impl: floor, doc: 'The largest integer <= x, as an int.' },
    fma: { sig: '($module, x, y, z, /)', impl: fmaFn, doc: 'x * y + z with a single rounding.' },
    fmod: { sig: '($module, x, y, /)', impl: fmod, doc: "C's fmod(x, y): the remainder with the sign of x (x % y may differ)." },
    frexp: { sig: '($module, x, /)', impl: frexpFn, doc: 'The pair (m, e) with x == m * 2**e and 0.5 <= abs(m) < 1, or (x, 0) for 0, inf and nan.' },
    fsum: { sig: '($module, seq, /)', impl: fsum, doc: 'The correctly rounded sum of the floats of an iterable.' },
    gamma: { sig: '($module, x, /)', impl: gammaFn, doc: 'The gamma function at x.' },
    gcd: { sig: '($module, /, *integers)', impl: gcd, doc: 'The greatest common divisor of the integers (0 for none).' },
    hypot: { sig: '($module, /, *coordinates)', impl: hypot, doc: 'The Euclidean norm sqrt(sum(x*x for x in coordinates)).' },
    isclose: {
      sig: '($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)',
      impl: isclose,
      doc: 'Whether a and b are equal within a relative tolerance (of the larger magnitude) or an absolute one.',
    },
    isfinite: { sig: '($module, x, /)', impl: isfinite, doc: 'Whether x is neither an infinity nor a NaN.' },
    isinf: { sig: '($module, x, /)', impl: isinf, doc: 'Whether x is a positive or negative infinity.' },
    isnan: { sig: '($module, x, /)', impl: isnan, doc: 'Whether x is a NaN.' },
    isqrt: { sig: '($module, n, /)', impl: isqrt, doc: 'The integer square root of n >= 0: the largest a with a*a <= n.' },
    lcm: { sig: '($module, /, *integers)', impl: lcm, doc: 'The least common multiple of the integers (1 for none).' },
    ldexp: { sig: '($module, x, i, /)', impl: ldexpFn, doc: 'x * 2**i, the inverse of frexp.' },
    lgamma: { sig: '($module, x, /)', impl: lgammaFn, doc: 'The natural logarithm of the absolute value of the gamma function at x.' },
    // Differs from CPython: math.log has no __text_signature__ there (two call forms).
    log: { sig: '($module, *args)', impl: log, doc: 'log(x, [base=math.e])\nThe logarithm of x in the given base (natural when omitted).' },
    log10: { sig: '($module, x, /)', impl: log10, doc: 'The base-10 logarithm of x.' },
    log1p: { sig: '($module, x, /)', impl: log1p, doc: 'The natural logarithm of 1 + x, accurate for x near zero.' },
    log2: { sig: '($module, x, /)', impl: log2, doc: 'The base-2 logarithm of x.' },
    modf: { sig: '($module, x, /)', impl: modf, doc: 'The fractional and integer parts of x, both floats with the sign of x.' },
    nextafter: { sig: '($module, x, y, /, *, steps=None)', impl: nextafterFn, doc: 'The float `steps` representable values after x towards y (1 by default).' },
    perm: { sig: '($module, n, k=None, /)', impl: perm, doc: 'n! / (n - k)!: the ordered choices of k of n items (n! when k is None).' },
    pow: { sig: '($module, x, y, /)', impl: pow, doc: 'x raised to the power y, as floats.' },
    prod: { sig: '($module, iterable, /, *, start=1)', impl: prod, doc: 'The product of start (1) and the items of the iterable.' },
    radians: { sig: '($module, x, /)', impl: radians, doc: 'The angle x converted from degrees to radians.' },
    remainder: { sig: '($module, x, y, /)', impl: remainderFn, doc: 'x - n*y for the integer n nearest to x/y (even at ties): exact.' },
    sin: { sig: '($module, x, /)', impl: sin, doc: 'The sine of x (in radians).' },
    sinh: { sig: '($module, x, /)', impl: sinh, doc: 'The hyperbolic sine of x.' },
    sqrt: { sig: '($module, x, /)', impl: sqrt, doc: 'The square root of x.' },
    sumprod: { sig: '($module, p, q, /)', impl: sumprod, doc: 'The sum of the products of the items of p and q, floats in extended precision.' },
    tan: { sig: '($module, x, /)', impl: tan, doc: 'The tangent of x (in radians).' },
    tanh: { sig: '($module, x, /)', impl: tanh, doc: 'The hyperbolic tangent of x.' },
    trunc: { sig: '($module, x, /)', impl: trunc, doc: 'x truncated toward 0 to an Integral, by its __trunc__.' },
    ulp: { sig: '($module, x, /)', impl: ulpFn, doc: 'The value of the least significant bit of the float x.' },
  },
  constants: () => ({
    pi: new PyFloat(Math.PI),
    e: new PyFloat(Math.E),
    tau: new PyFloat(2 * Math.PI),
    inf: new PyFloat(Infinity),
    nan: new PyFloat(NaN),
  }),
});
