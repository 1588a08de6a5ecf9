// format() and ascii().  CPython: Objects/abstract.c PyObject_Format, Objects/object.c PyObject_ASCII
import { type PyValue } from './object.ts';
import { typeOf } from './type.ts';
import { _PyType_Lookup } from './type.ts';
import { lookupSpecial, PyObject_Call, PyObject_Repr } from './abstract.ts';
import { PyMethodDescr, PyClassMethodDescr } from './descrobject.ts';
import { CallConv } from './getargs.ts';
import { isStrValue, strValue } from './boxes.ts';
import { typeError } from './exceptions.ts';

/** format(v, spec): type(v).__format__(v, spec), which must return a str. */
export function PyObject_Format(v: PyValue, spec: PyValue): string {
  if (!isStrValue(spec)) throw typeError(`format() argument 2 must be str, not ${typeOf(spec).tp_name}`);
  if (typeof v === 'string' && strValue(spec) === '') return v;
  // A builtin __format__ (int's, float's, str's, object's...) is called without binding a method
  // object or building an argument array: what lookupSpecial and the call would do, minus both.
  const t = typeOf(v);
  const d = _PyType_Lookup(t, '__format__');
  if (d instanceof PyMethodDescr && !(d instanceof PyClassMethodDescr) && d.sig.conv === CallConv.O) {
    d.checkSelf(v);
    const r = (d.impl as (self: PyValue, spec: PyValue) => PyValue | undefined)(v, spec);
    if (r === undefined || !isStrValue(r)) throw typeError(`__format__ must return a str, not ${r === undefined ? 'NoneType' : typeOf(r).tp_name}`);
    return strValue(r);
  }
  const meth = lookupSpecial(v, '__format__');
  if (meth === null) throw typeError(`Type ${typeOf(v).tp_name} doesn't define __format__`);
  const r = PyObject_Call(meth, [spec], null);
  if (!isStrValue(r)) throw typeError(`__format__ must return a str, not ${typeOf(r).tp_name}`);
  return strValue(r);
}

const HEX = '0123456789abcdef';

/** ascii(v): repr(v) with non-ASCII characters escaped. */
export function PyObject_ASCII(v: PyValue): string {
  return asciiEscape(PyObject_Repr(v));
}

/** r with every non-ASCII character escaped as repr() escapes it: \\xhh, \\uhhhh or \\Uhhhhhhhh. */
export function asciiEscape(r: string): string {
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}
