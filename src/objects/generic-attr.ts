// Generic attribute access: descriptors found on the type, then the instance __dict__.
// CPython: Objects/object.c _PyObject_GenericGetAttrWithDict, _PyObject_GenericSetAttrWithDict

import type { PyValue } from './object.ts';
import { _PyType_Lookup, typeOf, markDictShadowing } from './type.ts';
import { PyDict } from './dict.ts';
import { attributeErrorFor } from './exceptions.ts';

/** The instance __dict__ of `obj`, if its layout has one. */
export function instanceDict(obj: PyValue): PyDict | null {
  return typeof obj === 'object' ? ((obj as { ob_dict?: PyDict | null }).ob_dict ?? null) : null;
}

/**
 * object.__getattribute__: a data descriptor on the type wins, then the instance dict, then a
 * non-data descriptor or plain class attribute. When `suppress` is true a missing attribute
 * returns undefined instead of raising AttributeError.
 */
export function PyObject_GenericGetAttr(obj: PyValue, name: string, suppress: boolean): PyValue | undefined {
  const tp = typeOf(obj);
  const descr = _PyType_Lookup(tp, name);
  let get = null;
  if (descr !== null) {
    const dt = typeOf(descr);
    get = dt.tp_descr_get;
    if (get !== null && dt.tp_descr_set !== null) return get(descr, obj, tp);
  }
  const dict = instanceDict(obj);
  if (dict !== null) {
    const v = dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (get !== null) return get(descr!, obj, tp);
  if (descr !== null) return descr;
  if (suppress) return undefined;
  throw attributeErrorFor(obj, name, `'${tp.tp_name}' object has no attribute '${name}'`);
}

/** object.__setattr__ / __delattr__ (value null deletes). */
export function PyObject_GenericSetAttr(obj: PyValue, name: string, value: PyValue | null): void {
  const tp = typeOf(obj);
  const descr = _PyType_Lookup(tp, name);
  if (descr !== null) {
    const set = typeOf(descr).tp_descr_set;
    if (set !== null) {
      set(descr, obj, value);
      return;
    }
  }
  let dict = instanceDict(obj);
  if (dict === null && typeof obj === 'object' && tp.instanceHasDict && 'ob_dict' in obj) {
    // Instances that have an __dict__ get it on first use (exceptions, functions...).
    dict = (obj as { ob_dict: PyDict | null }).ob_dict = new PyDict();
  }
  if (dict === null) {
    if (descr === null) {
      const msg =
        tp.tp_setattro === PyObject_GenericSetAttr
          ? `'${tp.tp_name}' object has no attribute '${name}' and no __dict__ for setting new attributes`
          : `'${tp.tp_name}' object has no attribute '${name}'`;
      throw attributeErrorFor(obj, name, msg);
    }
    throw attributeErrorFor(obj, name, `'${tp.tp_name}' object attribute '${name}' is read-only`);
  }
  if (value === null) {
    const i = dict.findStr(name);
    if (i < 0) throw attributeErrorFor(obj, name, `'${tp.tp_name}' object has no attribute '${name}'`);
    dict.removeAt(i);
  } else {
    if (descr !== null && !tp.dictMayShadow) markDictShadowing(tp, false);
    dict.setStr(name, value);
  }
}
