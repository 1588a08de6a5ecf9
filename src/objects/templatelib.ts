// string.templatelib's Template and Interpolation (PEP 750 t-strings).  CPython: Objects/templateobject.c,
// Objects/interpolationobject.c
// TODO(#4): the Template and Interpolation types; until then t-strings raise NotImplementedError.
import type { PyValue } from './object.ts';
import { notImplementedError } from './exceptions.ts';

export function makeInterpolation(value: PyValue, str: PyValue, conversion: number, format: PyValue): PyValue {
  void value;
  void str;
  void conversion;
  void format;
  throw notImplementedError('TODO(#4): t-strings (string.templatelib.Interpolation)');
}

export function makeTemplate(strings: PyValue, interpolations: PyValue): PyValue {
  void strings;
  void interpolations;
  throw notImplementedError('TODO(#4): t-strings (string.templatelib.Template)');
}
