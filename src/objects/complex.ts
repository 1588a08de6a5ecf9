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
