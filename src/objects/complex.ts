// The complex type.  CPython: Objects/complexobject.c, Python/formatter_unicode.c format_complex_internal
import { PyObject, NotImplemented, None, type PyIntValue, type PyValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import { PyIntBox, isStrValue, strValue } from './boxes.ts';
import { PyFloat, PyFloat_AsDouble, PyNumber_Float, compareFloatInt } from './float.ts';
import { intToFloat } from './int.ts';
import { PyTuple } from './tuple.ts';
import { floatHash, HASH_IMAG } from './hash.ts';
import { typeError, valueError, zeroDivisionError, overflowError, PyExc_DeprecationWarning } from './exceptions.ts';
import { numberWarning } from './float/warn.ts';
import { lookupSpecial, PyObject_CallNoArgs, PyObject_CallOneArg, PyObject_Repr, PyObject_Str } from './abstract.ts';
import { doubleToString, DTSF_SIGN, DTSF_ALT, DTSF_NO_NEG_0 } from './float/dtoa.ts';
import { transformDecimalAndSpaceToASCII, removeUnderscores, isAsciiSpace, NEG_NAN } from './float/strtod.ts';
import { parseFormatSpec, unknownPresentationType, layoutNumber, padToWidth, type FormatSpec } from './format-spec.ts';
import { typeNameT, object_hash } from './typeobject.ts';
import { crExp, crLog, libmPow } from './float/libm.ts';
import { libmHypot, libmSin, libmCos, libmAtan2 } from './float/fdlibm.ts';

export class PyComplex extends PyObject {
  constructor(
    public readonly real: number,
    public readonly imag: number,
  ) {
    super();
  }
}

/** repr(complex): "1j", "(1+2j)", "(-0-1j)", "(nan+infj)".  CPython: complex_repr */
export function complexRepr(c: PyComplex): string {
  if (c.real === 0 && !Object.is(c.real, -0)) return doubleToString(c.imag, 'r', 0, 0) + 'j';
  return `(${doubleToString(c.real, 'r', 0, 0)}${doubleToString(c.imag, 'r', 0, DTSF_SIGN)}j)`;
}

// ---- arithmetic.  CPython: _Py_c_sum ... _Py_c_pow ----

// A complex division or power by zero sets this (CPython's errno = EDOM).
let EDOM = false;

function isInf(x: number): boolean {
  return x === Infinity || x === -Infinity;
}

function copysign(x: number, y: number): number {
  return y < 0 || Object.is(y, -0) || (y !== y && signBitOfNaN(y)) ? -Math.abs(x) : Math.abs(x);
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
function signBitOfNaN(y: number): boolean {
  F64[0] = y;
  return U32[1] >>> 31 === 1;
}

/** z * w with C11 Annex G's recovery of infinities.  CPython: _Py_c_prod */
export function complexProd(z: PyComplex, w: PyComplex): PyComplex {
  let a = z.real;
  let b = z.imag;
  let c = w.real;
  let d = w.imag;
  const ac = a * c;
  const bd = b * d;
  const ad = a * d;
  const bc = b * c;
  let re = ac - bd;
  let im = ad + bc;
  if (re !== re && im !== im) {
    let recalc = false;
    if (isInf(a) || isInf(b)) {
      // Box the infinity and change NaNs in the other factor to 0.
      a = copysign(isInf(a) ? 1 : 0, a);
      b = copysign(isInf(b) ? 1 : 0, b);
      if (c !== c) c = copysign(0, c);
      if (d !== d) d = copysign(0, d);
      recalc = true;
    }
    if (isInf(c) || isInf(d)) {
      c = copysign(isInf(c) ? 1 : 0, c);
      d = copysign(isInf(d) ? 1 : 0, d);
      if (a !== a) a = copysign(0, a);
      if (b !== b) b = copysign(0, b);
      recalc = true;
    }
    if (!recalc && (isInf(ac) || isInf(bd) || isInf(ad) || isInf(bc))) {
      // Recover infinities from overflow by changing NaNs to 0.
      if (a !== a) a = copysign(0, a);
      if (b !== b) b = copysign(0, b);
      if (c !== c) c = copysign(0, c);
      if (d !== d) d = copysign(0, d);
      recalc = true;
    }
    if (recalc) {
      re = Infinity * (a * c - b * d);
      im = Infinity * (a * d + b * c);
    }
  }
  return new PyComplex(re, im);
}

/**
 * a / b by Smith's method (divide through by the larger of b's parts), with C11 Annex G's
 * recovery of infinities and zeros; division by zero sets EDOM.  CPython: _Py_c_quot
 */
export function complexQuot(a: PyComplex, b: PyComplex): PyComplex {
  const absBr = Math.abs(b.real);
  const absBi = Math.abs(b.imag);
  let re: number;
  let im: number;
  if (absBr >= absBi) {
    if (absBr === 0) {
      EDOM = true;
      re = im = 0;
    } else {
      const ratio = b.imag / b.real;
      const denom = b.real + b.imag * ratio;
      re = (a.real + a.imag * ratio) / denom;
      im = (a.imag - a.real * ratio) / denom;
    }
  } else if (absBi >= absBr) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    re = (a.real * ratio + a.imag) / denom;
    im = (a.imag * ratio - a.real) / denom;
  } else {
    // At least one of b's parts is a NaN.
    re = im = NaN;
  }
  if (re !== re && im !== im) {
    if ((isInf(a.real) || isInf(a.imag)) && Number.isFinite(b.real) && Number.isFinite(b.imag)) {
      const x = copysign(isInf(a.real) ? 1 : 0, a.real);
      const y = copysign(isInf(a.imag) ? 1 : 0, a.imag);
      re = Infinity * (x * b.real + y * b.imag);
      im = Infinity * (y * b.real - x * b.imag);
    } else if ((isInf(absBr) || isInf(absBi)) && Number.isFinite(a.real) && Number.isFinite(a.imag)) {
      const x = copysign(isInf(b.real) ? 1 : 0, b.real);
      const y = copysign(isInf(b.imag) ? 1 : 0, b.imag);
      re = 0 * (a.real * x + a.imag * y);
      im = 0 * (a.imag * x - a.real * y);
    }
  }
  return new PyComplex(re, im);
}

/** a / b, or null for a division by zero (CPython's EDOM). */
export function complexQuotOrNull(a: PyComplex, b: PyComplex): PyComplex | null {
  EDOM = false;
  const r = complexQuot(a, b);
  return EDOM ? null : r;
}

/** a / b for a real a.  CPython: _Py_rc_quot */
function realComplexQuot(a: number, b: PyComplex): PyComplex {
  const absBr = Math.abs(b.real);
  const absBi = Math.abs(b.imag);
  let re: number;
  let im: number;
  if (absBr >= absBi) {
    if (absBr === 0) {
      EDOM = true;
      re = im = 0;
    } else {
      const ratio = b.imag / b.real;
      const denom = b.real + b.imag * ratio;
      re = a / denom;
      im = (-a * ratio) / denom;
    }
  } else if (absBi >= absBr) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    re = (a * ratio) / denom;
    im = -a / denom;
  } else re = im = NaN;
  if (re !== re && im !== im && Number.isFinite(a) && (isInf(absBr) || isInf(absBi))) {
    const x = copysign(isInf(b.real) ? 1 : 0, b.real);
    const y = copysign(isInf(b.imag) ? 1 : 0, b.imag);
    re = 0 * (a * x);
    im = 0 * (-a * y);
  }
  return new PyComplex(re, im);
}

function complexPowu(x: PyComplex, n: number): PyComplex {
  let r = new PyComplex(1, 0);
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = complexProd(r, p);
    p = complexProd(p, p);
  }
  return r;
}

function complexPowi(x: PyComplex, n: number): PyComplex {
  if (n > 0) return complexPowu(x, n);
  return complexQuot(new PyComplex(1, 0), complexPowu(x, -n));
}

let ERANGE = false;

/** a ** b from polar form.  CPython: _Py_c_pow */
function cPow(a: PyComplex, b: PyComplex): PyComplex {
  if (b.real === 0 && b.imag === 0) return new PyComplex(1, 0);
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) EDOM = true;
    return new PyComplex(0, 0);
  }
  const vabs = libmHypot(a.real, a.imag);
  let len = libmPow(vabs, b.real);
  const at = libmAtan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0) {
    len *= crExp(-at * b.imag);
    phase += b.imag * crLog(vabs);
  }
  return new PyComplex(len * libmCos(phase), len * libmSin(phase));
}

/** complex ** complex with CPython's errors.  CPython: complex_pow */
export function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  EDOM = false;
  ERANGE = false;
  let p: PyComplex;
  if (b.imag === 0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100) p = complexPowi(a, b.real);
  else p = cPow(a, b);
  // _Py_ADJUST_ERANGE2: an infinite part means overflow.
  if (isInf(p.real) || isInf(p.imag)) ERANGE = true;
  if (EDOM) throw zeroDivisionError('zero to a negative or complex power');
  if (ERANGE) throw overflowError('complex exponentiation');
  return p;
}

/** abs(z): C99's rules for infinities and NaNs, then hypot.  CPython: _Py_c_abs */
export function complexAbs(z: PyComplex): number {
  if (!Number.isFinite(z.real) || !Number.isFinite(z.imag)) {
    if (isInf(z.real)) return Math.abs(z.real);
    if (isInf(z.imag)) return Math.abs(z.imag);
    return NaN;
  }
  const r = libmHypot(z.real, z.imag);
  if (!Number.isFinite(r)) throw overflowError('absolute value too large');
  return r;
}

// ---- slots ----

/** The double of a real (int or float) operand, or undefined.  CPython: real_to_double */
function realToDouble(v: PyValue): number | undefined {
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

type CC = (a: PyComplex, b: PyComplex) => PyComplex;
type RC = (a: number, b: PyComplex) => PyComplex;
type CR = (a: PyComplex, b: number) => PyComplex;

/** A binary operator with 3.14's mixed-mode rules: a real operand is not made complex first.  CPython: COMPLEX_BINOP */
function complexBinop(cc: CC, rc: RC, cr: CR): (v: PyValue, w: PyValue) => PyValue {
  return (v, w) => {
    EDOM = false;
    let r: PyComplex;
    if (w instanceof PyComplex) {
      if (v instanceof PyComplex) r = cc(v, w);
      else {
        const a = realToDouble(v);
        if (a === undefined) return NotImplemented;
        r = rc(a, w);
      }
    } else if (!(v instanceof PyComplex)) return NotImplemented;
    else {
      const b = realToDouble(w);
      if (b === undefined) return NotImplemented;
      r = cr(v, b);
    }
    if (EDOM) throw zeroDivisionError('division by zero');
    return r;
  };
}

function cSum(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real + b.real, a.imag + b.imag);
}
function rcSum(a: number, b: PyComplex): PyComplex {
  return new PyComplex(b.real + a, b.imag);
}
function crSum(a: PyComplex, b: number): PyComplex {
  return new PyComplex(a.real + b, a.imag);
}
function cDiff(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real - b.real, a.imag - b.imag);
}
function rcDiff(a: number, b: PyComplex): PyComplex {
  return new PyComplex(a - b.real, -b.imag);
}
function crDiff(a: PyComplex, b: number): PyComplex {
  return new PyComplex(a.real - b, a.imag);
}
function rcProd(a: number, b: PyComplex): PyComplex {
  return new PyComplex(b.real * a, b.imag * a);
}
function crProd(a: PyComplex, b: number): PyComplex {
  return new PyComplex(a.real * b, a.imag * b);
}
function crQuot(a: PyComplex, b: number): PyComplex {
  // (C truth: NaN is non-zero.)
  if (b !== 0) return new PyComplex(a.real / b, a.imag / b);
  EDOM = true;
  return new PyComplex(0, 0);
}

function toComplexOperand(v: PyValue): PyComplex | undefined {
  if (v instanceof PyComplex) return v;
  const d = realToDouble(v);
  return d === undefined ? undefined : new PyComplex(d, 0);
}

function complexPowerSlot(v: PyValue, w: PyValue, z: PyValue): PyValue {
  const a = toComplexOperand(v);
  if (a === undefined) return NotImplemented;
  const b = toComplexOperand(w);
  if (b === undefined) return NotImplemented;
  if (z !== None) throw valueError('complex modulo');
  return complexPow(a, b);
}

/** hash(complex): hash(real) + 1000003 * hash(imag) in 64-bit unsigned arithmetic.  CPython: complex_hash */
function complexHash(self: PyValue): PyIntValue {
  const c = self as PyComplex;
  if (c.real !== c.real || c.imag !== c.imag) return nanHash(self);
  const hr = BigInt(floatHash(c.real));
  const hi = BigInt(floatHash(c.imag));
  let h = BigInt.asIntN(64, hr + BigInt(HASH_IMAG) * hi);
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** A NaN part hashes by the object's identity (CPython: _Py_HashDouble(obj, nan) -> _Py_HashPointer). */
function nanHash(self: PyValue): PyIntValue {
  const c = self as PyComplex;
  const ph = pointerHash(self);
  const hr = c.real !== c.real ? ph : BigInt(floatHash(c.real));
  const hi = c.imag !== c.imag ? ph : BigInt(floatHash(c.imag));
  let h = BigInt.asIntN(64, hr + BigInt(HASH_IMAG) * hi);
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

function pointerHash(self: PyValue): bigint {
  return BigInt(object_hash(self));
}

function complexRichcompare(v: PyValue, w: PyValue, op: CompareOp): PyValue {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return NotImplemented;
  const i = v as PyComplex;
  let equal: boolean;
  if (typeof w === 'number' || typeof w === 'bigint' || typeof w === 'boolean' || w instanceof PyIntBox) {
    if (i.imag !== 0) equal = false;
    else {
      const n = typeof w === 'boolean' ? (w ? 1 : 0) : w instanceof PyIntBox ? w.value : w;
      equal = compareFloatInt(i.real, n) === 0;
    }
  } else if (w instanceof PyFloat) equal = i.real === w.value && i.imag === 0;
  else if (w instanceof PyComplex) equal = i.real === w.real && i.imag === w.imag;
  else return NotImplemented;
  return op === CompareOp.EQ ? equal : !equal;
}

function complexNeg(self: PyValue): PyValue {
  return new PyComplex(-(self as PyComplex).real, -(self as PyComplex).imag);
}

function complexPos(self: PyValue): PyValue {
  const c = self as PyComplex;
  return c.ob_type === ComplexType ? c : new PyComplex(c.real, c.imag);
}

function complexAbsSlot(self: PyValue): PyValue {
  return new PyFloat(complexAbs(self as PyComplex));
}

function complexBool(self: PyValue): boolean {
  return (self as PyComplex).real !== 0 || (self as PyComplex).imag !== 0;
}

// ---- construction ----

/** The result of __complex__, or undefined when there is none.  CPython: try_complex_special_method */
function tryComplexSpecialMethod(op: PyValue): PyComplex | undefined {
  const f = lookupSpecial(op, '__complex__');
  if (f === null) return undefined;
  const res = PyObject_CallNoArgs(f);
  if (!(res instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeOf(res).tp_name.slice(0, 200)})`);
  if (res.ob_type !== ComplexType) {
    numberWarning(PyExc_DeprecationWarning, `__complex__ returned non-complex (type ${typeOf(res).tp_name.slice(0, 200)}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`);
  }
  return res;
}

/** complex(x) of any object: complex, __complex__, or a real number.  CPython: PyComplex_AsCComplex */
export function PyComplex_AsCComplex(op: PyValue): PyComplex {
  if (op instanceof PyComplex) return op;
  const c = tryComplexSpecialMethod(op);
  if (c !== undefined) return c;
  return new PyComplex(PyFloat_AsDouble(op), 0);
}

/** The longest float prefix of s at i (as strtod with an end pointer): [value, end]; end === i when none. */
function strtodPrefix(s: string, i: number): [number, number] {
  const m = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|infinity|inf|nan)/i.exec(s.slice(i));
  if (m === null) return [0, i];
  const t = m[0];
  const body = t[0] === '+' || t[0] === '-' ? t.slice(1) : t;
  let v: number;
  const lower = body.toLowerCase();
  if (lower === 'nan') v = t[0] === '-' ? NEG_NAN : NaN;
  else if (lower === 'inf' || lower === 'infinity') v = t[0] === '-' ? -Infinity : Infinity;
  else v = Number(t);
  return [v, i + t.length];
}

/** Parses complex(str) text already made ASCII; null when malformed.  CPython: complex_from_string_inner */
function parseComplexText(s: string): [number, number] | null {
  const n = s.length;
  let i = 0;
  let x = 0;
  let y = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let bracket = false;
  if (s[i] === '(') {
    bracket = true;
    i++;
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  }
  const [z, end] = strtodPrefix(s, i);
  if (end !== i) {
    i = end;
    if (s[i] === '+' || s[i] === '-') {
      // <float><signed-float>j or <float><sign>j
      x = z;
      const [y2, end2] = strtodPrefix(s, i);
      if (end2 !== i) {
        y = y2;
        i = end2;
      } else {
        y = s[i] === '+' ? 1 : -1;
        i++;
      }
      if (s[i] !== 'j' && s[i] !== 'J') return null;
      i++;
    } else if (s[i] === 'j' || s[i] === 'J') {
      i++;
      y = z;
    } else x = z;
  } else {
    // <sign>j or j
    if (s[i] === '+' || s[i] === '-') {
      y = s[i] === '+' ? 1 : -1;
      i++;
    } else y = 1;
    if (s[i] !== 'j' && s[i] !== 'J') return null;
    i++;
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (bracket) {
    if (s[i] !== ')') return null;
    i++;
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  }
  return i === n ? [x, y] : null;
}

/** complex(str).  CPython: complex_subtype_from_string */
function complexFromString(v: PyValue): [number, number] {
  const ascii = transformDecimalAndSpaceToASCII(strValue(v));
  const t = removeUnderscores(ascii);
  if (t === null) throw valueError(`could not convert string to complex: ${reprOfStr(v)}`);
  const r = parseComplexText(t);
  if (r === null) throw valueError('complex() arg is a malformed string');
  return r;
}

function reprOfStr(v: PyValue): string {
  return PyObject_Repr(v);
}

function hasRealNumberSlots(v: PyValue): boolean {
  const t = typeOf(v);
  return t.nb_float !== null || t.nb_index !== null;
}

/** complex(real=0, imag=0), or complex(str).  CPython: actual_complex_new, complex_new_impl */
function complexNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  let re: number;
  let im: number;
  if (nargs <= 1 && nkw === 0) {
    if (nargs === 0) [re, im] = [0, 0];
    else {
      const arg = args[0];
      if (arg instanceof PyComplex && arg.ob_type === ComplexType && type === ComplexType) return arg;
      if (isStrValue(arg)) [re, im] = complexFromString(arg);
      else {
        const c = tryComplexSpecialMethod(arg);
        if (c !== undefined) [re, im] = [c.real, c.imag];
        else if (arg instanceof PyComplex) [re, im] = [arg.real, arg.imag];
        else if (hasRealNumberSlots(arg)) [re, im] = [PyFloat_AsDouble(arg), 0];
        else throw typeError(`complex() argument must be a string or a number, not ${typeNameT(typeOf(arg))}`);
      }
    }
  } else {
    if (nargs > 2) throw typeError(`complex() takes at most 2 arguments (${nargs} given)`);
    let r: PyValue | undefined = nargs > 0 ? args[0] : undefined;
    let i: PyValue | undefined = nargs > 1 ? args[1] : undefined;
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k];
      const v = args[nargs + k];
      if (name === 'real') {
        if (r !== undefined) throw typeError("argument for complex() given by name ('real') and position (1)");
        r = v;
      } else if (name === 'imag') {
        if (i !== undefined) throw typeError("argument for complex() given by name ('imag') and position (2)");
        i = v;
      } else throw typeError(`complex() got an unexpected keyword argument '${name}'`);
    }
    [re, im] = complexFromParts(r ?? 0, i);
  }
  if (type === ComplexType) return new PyComplex(re, im);
  return newHeapInstance(PyComplex, type, re, im);
}

/** complex(real, imag) with the deprecated complex-valued parts.  CPython: complex_new_impl */
function complexFromParts(r: PyValue, i: PyValue | undefined): [number, number] {
  let rr: PyValue = r;
  const special = tryComplexSpecialMethod(r);
  if (special !== undefined) rr = special;
  if (!hasRealNumberSlots(rr) && !(rr instanceof PyComplex)) {
    throw typeError(`complex() argument 'real' must be a real number, not ${typeNameT(typeOf(rr))}`);
  }
  if (i !== undefined && !hasRealNumberSlots(i) && !(i instanceof PyComplex)) {
    throw typeError(`complex() argument 'imag' must be a real number, not ${typeNameT(typeOf(i))}`);
  }
  let crReal: number;
  let crImag = 0;
  let crIsComplex = false;
  if (rr instanceof PyComplex) {
    crReal = rr.real;
    crImag = rr.imag;
    crIsComplex = true;
    if (!hasRealNumberSlots(r)) numberWarning(PyExc_DeprecationWarning, `complex() argument 'real' must be a real number, not ${typeNameT(typeOf(r))}`);
  } else crReal = PyNumber_Float(rr);
  let ciReal: number;
  let ciImag = 0;
  let ciIsComplex = false;
  if (i === undefined) ciReal = crImag;
  else if (i instanceof PyComplex) {
    numberWarning(PyExc_DeprecationWarning, `complex() argument 'imag' must be a real number, not ${typeNameT(typeOf(i))}`);
    ciReal = i.real;
    ciImag = i.imag;
    ciIsComplex = true;
  } else ciReal = PyNumber_Float(i);
  if (ciIsComplex) crReal -= ciImag;
  if (crIsComplex && i !== undefined) ciReal += crImag;
  return [crReal, ciReal];
}

// ---- methods ----

function complexConjugate(self: PyValue): PyValue {
  return new PyComplex((self as PyComplex).real, -(self as PyComplex).imag);
}

function complexComplex(self: PyValue): PyValue {
  const c = self as PyComplex;
  return c.ob_type === ComplexType ? c : new PyComplex(c.real, c.imag);
}

function complexGetnewargs(self: PyValue): PyValue {
  return new PyTuple([new PyFloat((self as PyComplex).real), new PyFloat((self as PyComplex).imag)]);
}

function complexFromNumber(type: PyType, number: PyValue): PyValue {
  if (number instanceof PyComplex && number.ob_type === ComplexType && type === ComplexType) return number;
  if (isStrValue(number)) throw typeError(`must be real number, not ${typeOf(number).tp_name}`);
  const c = PyComplex_AsCComplex(number);
  const r = new PyComplex(c.real, c.imag);
  return type === ComplexType ? r : PyObject_CallOneArg(type, r);
}

function complexReal(self: PyValue): PyValue {
  return new PyFloat((self as PyComplex).real);
}

function complexImag(self: PyValue): PyValue {
  return new PyFloat((self as PyComplex).imag);
}

/** complex.__format__.  CPython: _PyComplex_FormatAdvancedWriter + format_complex_internal */
function complexFormat(self: PyValue, spec: PyValue): PyValue {
  if (!isStrValue(spec)) throw typeError(`__format__() argument must be str, not ${typeOf(spec).tp_name}`);
  const text = strValue(spec);
  const c = self as PyComplex;
  if (text.length === 0) return c.ob_type === ComplexType ? complexRepr(c) : PyObject_Str(self);
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
      return formatComplexSpec(c.real, c.imag, s);
  }
  throw unknownPresentationType(s.type, typeOf(self).tp_name);
}

function formatComplexSpec(re: number, im: number, spec: FormatSpec): string {
  if (spec.precision > 2147483647) throw valueError('precision too big');
  if (spec.fill === '0') throw valueError('Zero padding is not allowed in complex format specifier');
  if (spec.align === '=') throw valueError("'=' alignment flag is not allowed in complex format specifier");
  let precision = spec.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (spec.alternate) flags |= DTSF_ALT;
  if (spec.noNeg0) flags |= DTSF_NO_NEG_0;
  let type = spec.type;
  let skipRe = false;
  let addParens = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else addParens = true;
  } else if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const reBuf = doubleToString(re, type, precision, flags);
  const imBuf = doubleToString(im, type, precision, flags);
  const reNeg = reBuf[0] === '-';
  const imNeg = imBuf[0] === '-';
  const inner: FormatSpec = { ...spec, fill: '', align: '<', width: -1 };
  const reText = skipRe ? '' : layoutFloatBody(reNeg ? reBuf.slice(1) : reBuf, reNeg, inner);
  if (!skipRe) inner.sign = '+';
  const imText = layoutFloatBody(imNeg ? imBuf.slice(1) : imBuf, imNeg, inner);
  const body = (addParens ? '(' : '') + reText + imText + 'j' + (addParens ? ')' : '');
  return padToWidth(body, body.length, spec);
}

function layoutFloatBody(body: string, negative: boolean, spec: FormatSpec): string {
  let i = 0;
  while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  const intEnd = i;
  const hasDecimal = body[i] === '.';
  if (hasDecimal) i++;
  const fracStart = i;
  while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  return layoutNumber(body.slice(0, intEnd), hasDecimal, body.slice(fracStart, i), body.slice(i), negative, '', spec);
}

function complexSizeof(): PyValue {
  return 32;
}

export const ComplexType = defineBuiltinType({
  name: 'complex',
  textSignature: '(real=0, imag=0)',
  doc: 'A complex number with float parts, from a string, a number, or real and imaginary parts.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyComplex,
  slots: { tp_repr: (s: PyValue) => complexRepr(s as PyComplex), tp_hash: complexHash, tp_richcompare: complexRichcompare, tp_new: complexNew },
  number: {
    nb_add: complexBinop(cSum, rcSum, crSum),
    nb_subtract: complexBinop(cDiff, rcDiff, crDiff),
    nb_multiply: complexBinop(complexProd, rcProd, crProd),
    nb_true_divide: complexBinop(complexQuot, realComplexQuot, crQuot),
    nb_power: complexPowerSlot,
    nb_negative: complexNeg,
    nb_positive: complexPos,
    nb_absolute: complexAbsSlot,
    nb_bool: complexBool,
  },
  methods: {
    from_number: { sig: '($type, number, /)', kind: 'classmethod', impl: complexFromNumber, doc: 'The complex value of a number (a complex, or a real number as its real part).' },
    conjugate: { sig: '($self, /)', impl: complexConjugate, doc: 'The complex conjugate: the same real part, the imaginary part negated.' },
    __complex__: { sig: '($self, /)', impl: complexComplex, doc: 'The value as an exact complex.' },
    __getnewargs__: { sig: '($self, /)', impl: complexGetnewargs },
    __format__: { sig: '($self, format_spec, /)', impl: complexFormat, doc: 'The complex number formatted by a format spec, as format() does.' },
    __sizeof__: { sig: '($self, /)', impl: complexSizeof, doc: 'The size of the complex number in memory, in bytes.' },
  },
  members: {
    real: { get: complexReal, doc: 'The real part, a float.' },
    imag: { get: complexImag, doc: 'The imaginary part, a float.' },
  },
});
