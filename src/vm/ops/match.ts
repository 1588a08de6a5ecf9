// Pattern matching instructions: MATCH_CLASS, MATCH_KEYS, MATCH_MAPPING, MATCH_SEQUENCE, GET_LEN.
// CPython: Python/ceval.c match_class, match_keys, Python/bytecodes.c
import { None, type PyValue } from '../../objects/object.ts';
import { PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { PyTuple, EMPTY_TUPLE } from '../../objects/tuple.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyObject_LookupAttr, PyObject_Length, PyObject_IsInstance, PyObject_Call, PyObject_GetAttr } from '../../objects/abstract.ts';
import { typeError } from '../../objects/exceptions.ts';
import { isStrValue, strValue } from '../../objects/boxes.ts';
import { PyObject_Repr } from '../../objects/abstract.ts';

export function getLen(v: PyValue): PyValue {
  return PyObject_Length(v);
}

export function matchMapping(subject: PyValue): boolean {
  return (typeOf(subject).tp_flags & TPFLAGS.MAPPING) !== 0;
}

export function matchSequence(subject: PyValue): boolean {
  return (typeOf(subject).tp_flags & TPFLAGS.SEQUENCE) !== 0;
}

/** MATCH_KEYS: a tuple of the values for `keys`, or None if one is missing.  CPython: match_keys */
export function matchKeys(subject: PyValue, keys: PyValue): PyValue {
  const ks = (keys as PyTuple).items;
  if (ks.length === 0) return EMPTY_TUPLE;
  const get = PyObject_GetAttr(subject, 'get');
  const dummy = new PyDict();
  const seen = new PyDict();
  const values: PyValue[] = [];
  for (const k of ks) {
    if (seen.has(k)) throw VALUE(`mapping pattern checks duplicate key (${PyObject_Repr(k)})`);
    seen.set(k, None);
    const v = PyObject_Call(get, [k, dummy], null);
    if (v === dummy) return None;
    values.push(v);
  }
  return new PyTuple(values);
}
import { valueError as VALUE } from '../../objects/exceptions.ts';

/** MATCH_CLASS: the tuple of matched attributes, or None.  CPython: match_class */
export function matchClass(subject: PyValue, cls: PyValue, nargs: number, kwnames: PyValue): PyValue {
  if (!(cls instanceof PyType)) throw typeError('called match pattern must be a class');
  if (!PyObject_IsInstance(subject, cls)) return None;
  const names = (kwnames as PyTuple).items;
  const seen: string[] = [];
  const attrs: PyValue[] = [];
  let matchSelf = false;
  let matchArgs: PyValue[] = [];
  if (nargs) {
    const ma = PyObject_LookupAttr(cls, '__match_args__');
    if (ma !== undefined) {
      if (!(ma instanceof PyTuple)) throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeOf(ma).tp_name})`);
      matchArgs = ma.items.slice();
    } else matchSelf = (cls.tp_flags & TPFLAGS.MATCH_SELF) !== 0;
    const allowed = matchSelf ? 1 : matchArgs.length;
    if (allowed < nargs) {
      const plural = allowed === 1 ? '' : 's';
      throw typeError(`${cls.name}() accepts ${allowed} positional sub-pattern${plural} (${nargs} given)`);
    }
    if (matchSelf) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const name = matchArgs[i];
        if (!isStrValue(name)) throw typeError(`__match_args__ elements must be strings (got ${typeOf(name).tp_name})`);
        const v = matchClassAttr(subject, cls, strValue(name), seen);
        if (v === undefined) return None;
        attrs.push(v);
      }
    }
  }
  for (const n of names) {
    const v = matchClassAttr(subject, cls, strValue(n), seen);
    if (v === undefined) return None;
    attrs.push(v);
  }
  return new PyTuple(attrs);
}

function matchClassAttr(subject: PyValue, cls: PyType, name: string, seen: string[]): PyValue | undefined {
  if (seen.includes(name)) throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
  seen.push(name);
  return PyObject_LookupAttr(subject, name);
}
