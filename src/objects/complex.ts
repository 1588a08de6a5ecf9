// The complex type: the value class and its repr.  CPython: Objects/complexobject.c
import { PyObject } from './object.ts';
import { floatRepr } from './float.ts';

export class PyComplex extends PyObject {
  constructor(
    public readonly real: number,
    public readonly imag: number,
  ) {
    super();
  }
}

/** repr(complex): "1j", "(1+2j)", "(-0-1j)".  CPython: Objects/complexobject.c complex_repr */
export function complexRepr(c: PyComplex): string {
  const im = floatRepr(c.imag, false);
  if (c.real === 0 && !Object.is(c.real, -0)) return im + 'j';
  const re = floatRepr(c.real, false);
  const sign = im[0] === '-' ? '' : '+';
  return `(${re}${sign}${im}j)`;
}

// ---- arithmetic ----

/** Complex power with CPython's algorithm and errors.  CPython: Objects/complexobject.c _Py_c_pow, c_powi */
export function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  if (b.real === 0 && b.imag === 0) return new PyComplex(1, 0);
  if (a.real === 0 && a.imag === 0) {
    if (b.real < 0 || b.imag !== 0) throw zeroDivisionError('zero to a negative or complex power');
    return new PyComplex(0, 0);
  }
  // Small integral exponents use repeated multiplication, as CPython does.
  if (b.imag === 0 && b.real === Math.trunc(b.real) && Math.abs(b.real) <= 100) return complexPowi(a, b.real);
  const vabs = Math.hypot(a.real, a.imag);
  let len = vabs ** b.real;
  const at = Math.atan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0) {
    len /= Math.exp(at * b.imag);
    phase += b.imag * Math.log(vabs);
  }
  const r = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
  if (!Number.isFinite(r.real) || !Number.isFinite(r.imag)) {
    if (Number.isFinite(a.real) && Number.isFinite(a.imag) && Number.isFinite(b.real) && Number.isFinite(b.imag)) {
      throw overflowError('complex exponentiation');
    }
  }
  return r;
}

function complexMul(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
}

function complexPowu(x: PyComplex, n: number): PyComplex {
  let r = new PyComplex(1, 0);
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = complexMul(r, p);
    mask <<= 1;
    p = complexMul(p, p);
  }
  return r;
}

function complexPowi(x: PyComplex, n: number): PyComplex {
  if (n > 0) return complexPowu(x, n);
  return complexQuot(new PyComplex(1, 0), complexPowu(x, -n));
}

/** a / b.  CPython: _Py_c_quot (Smith's algorithm with CPython's special cases) */
export function complexQuot(a: PyComplex, b: PyComplex): PyComplex {
  const absBr = Math.abs(b.real);
  const absBi = Math.abs(b.imag);
  if (absBr >= absBi) {
    if (absBr === 0) throw zeroDivisionError('division by zero');
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
  }
  if (absBi >= absBr) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
  }
  return new PyComplex(NaN, NaN);
}

// ---- the complex type ----
import { NotImplemented, None, type PyIntValue, type PyValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import { PyIntBox } from './boxes.ts';
import { PyFloat } from './float.ts';
import { intToFloat } from './int.ts';
import { floatHash, HASH_IMAG } from './hash.ts';
import { typeError, zeroDivisionError, overflowError } from './exceptions.ts';

function toComplex(v: PyValue): PyComplex | undefined {
  switch (typeof v) {
    case 'number':
      return new PyComplex(v, 0);
    case 'bigint':
      return new PyComplex(intToFloat(v), 0);
    case 'boolean':
      return new PyComplex(v ? 1 : 0, 0);
  }
  if (v instanceof PyComplex) return v;
  if (v instanceof PyFloat) return new PyComplex(v.value, 0);
  if (v instanceof PyIntBox) return new PyComplex(intToFloat(v.value), 0);
  return undefined;
}

function cbinary(f: (a: PyComplex, b: PyComplex) => PyValue): (a: PyValue, b: PyValue) => PyValue {
  return (a, b) => {
    const x = toComplex(a);
    const y = toComplex(b);
    if (x === undefined || y === undefined) return NotImplemented;
    return f(x, y);
  };
}

function complexHash(self: PyValue): PyIntValue {
  const c = self as PyComplex;
  const hr = BigInt(floatHash(c.real));
  const hi = BigInt(floatHash(c.imag));
  let h = BigInt.asIntN(64, hr + BigInt(HASH_IMAG) * hi);
  if (h === -1n) h = -2n;
  return h >= -(2n ** 53n) + 1n && h <= 2n ** 53n - 1n ? Number(h) : h;
}

function complexRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return NotImplemented;
  const x = a as PyComplex;
  let eq: boolean;
  if (b instanceof PyComplex) eq = x.real === b.real && x.imag === b.imag;
  else if (b instanceof PyFloat) eq = x.imag === 0 && x.real === b.value;
  else if (typeof b === 'number' || typeof b === 'bigint' || typeof b === 'boolean' || b instanceof PyIntBox) {
    if (x.imag !== 0) eq = false;
    else {
      const r = FLOAT_EQ_INT(x.real, b);
      eq = r;
    }
  } else return NotImplemented;
  return op === CompareOp.EQ ? eq : !eq;
}

function FLOAT_EQ_INT(d: number, v: PyValue): boolean {
  const i = typeof v === 'boolean' ? (v ? 1 : 0) : v instanceof PyIntBox ? v.value : (v as number | bigint);
  if (typeof i === 'number') return d === i;
  return Number.isInteger(d) && BigInt(d) === i;
}

function complexNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  let r: PyValue | undefined = nargs > 0 ? args[0] : undefined;
  let i: PyValue | undefined = nargs > 1 ? args[1] : undefined;
  for (let k = 0; k < nkw; k++) {
    if (kwnames![k] === 'real') r = args[nargs + k];
    else if (kwnames![k] === 'imag') i = args[nargs + k];
    else throw typeError(`complex() got an unexpected keyword argument '${kwnames![k]}'`);
  }
  const re = r === undefined ? new PyComplex(0, 0) : toComplex(r);
  const im = i === undefined ? new PyComplex(0, 0) : toComplex(i);
  if (re === undefined) throw typeError(`complex() first argument must be a string or a number, not '${typeOf(r!).tp_name}'`);
  if (im === undefined) throw typeError(`complex() second argument must be a number, not '${typeOf(i!).tp_name}'`);
  const c = new PyComplex(re.real - im.imag, re.imag + im.real);
  if (type === ComplexType) return c;
  return newHeapInstance(PyComplex, type, c.real, c.imag);
}

export const ComplexType = defineBuiltinType({
  name: 'complex',
  doc: 'A complex number: a real part and an imaginary part, both floats.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.MATCH_SELF,
  instanceClass: PyComplex,
  slots: { tp_repr: (s: PyValue) => complexRepr(s as PyComplex), tp_hash: complexHash, tp_richcompare: complexRichcompare, tp_new: complexNew },
  number: {
    nb_add: cbinary((a, b) => new PyComplex(a.real + b.real, a.imag + b.imag)),
    nb_subtract: cbinary((a, b) => new PyComplex(a.real - b.real, a.imag - b.imag)),
    nb_multiply: cbinary(complexMul),
    nb_true_divide: cbinary(complexQuot),
    nb_power: (a: PyValue, b: PyValue, c: PyValue) => {
      if (c !== None) throw typeError('complex modulo');
      const x = toComplex(a);
      const y = toComplex(b);
      if (x === undefined || y === undefined) return NotImplemented;
      return complexPow(x, y);
    },
    nb_negative: (a: PyValue) => new PyComplex(-(a as PyComplex).real, -(a as PyComplex).imag),
    nb_positive: (a: PyValue) => new PyComplex((a as PyComplex).real, (a as PyComplex).imag),
    nb_absolute: (a: PyValue) => {
      const r = Math.hypot((a as PyComplex).real, (a as PyComplex).imag);
      if (!Number.isFinite(r) && Number.isFinite((a as PyComplex).real) && Number.isFinite((a as PyComplex).imag)) throw overflowError('absolute value too large');
      return new PyFloat(r);
    },
    nb_bool: (a: PyValue) => (a as PyComplex).real !== 0 || (a as PyComplex).imag !== 0,
  },
  methods: {
    conjugate: { sig: '($self, /)', impl: (s: PyComplex) => new PyComplex(s.real, -s.imag) },
    __getnewargs__: { sig: '($self, /)', impl: (s: PyComplex) => new PyTupleRef([new PyFloat(s.real), new PyFloat(s.imag)]) },
  },
  getset: {
    real: { get: (s: PyComplex) => new PyFloat(s.real) },
    imag: { get: (s: PyComplex) => new PyFloat(s.imag) },
  },
});

import { PyTuple as PyTupleRef } from './tuple.ts';
