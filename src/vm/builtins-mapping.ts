// The builtins of frames and functions whose globals['__builtins__'] is not a dict or module.
// CPython: Python/ceval.c _PyEval_BuiltinsFromGlobals (f_builtins is any object there)
import { PyObject, type PyValue } from '../objects/object.ts';
import { PyDict } from '../objects/dict.ts';
import { DictType } from '../objects/dict-type.ts';
import { PyModule } from '../objects/module.ts';
import { PyObject_GetItem } from '../objects/abstract.ts';
import { exceptionMatches, PyExc_KeyError } from '../objects/exceptions.ts';

/**
 * What a frame's or function's builtins are when globals['__builtins__'] is neither a module nor a
 * dict (any mapping, or even a non-mapping): an empty dict holding the object.  f_builtins stays a
 * PyDict so that the LOAD_GLOBAL fast paths keep their shape; their entry checks always miss on
 * this empty dict, and the slow paths (names.ts builtinsGet) look the name up in `mapping`.
 * Differs from CPython: f_builtins is any object there.
 */
export class MappingBuiltins extends PyDict {
  constructor(readonly mapping: PyValue) {
    super();
  }
}

/** The builtins of code run with `value` as globals['__builtins__'].  CPython: _PyEval_BuiltinsFromGlobals */
export function builtinsFromValue(value: PyValue): PyDict {
  if (value instanceof PyDict) return value;
  if (value instanceof PyModule) return value.ob_dict;
  return new MappingBuiltins(value);
}

/** The builtins object Python code sees (frame.f_builtins, function.__builtins__). */
export function builtinsObject(b: PyDict): PyValue {
  return b instanceof MappingBuiltins ? b.mapping : b;
}

/** Gets key from a mapping that may not be a dict: undefined if absent (KeyError swallowed). */
export function mappingGet(m: PyValue, key: string): PyValue | undefined {
  if (m instanceof PyDict && m.ob_type === DictType) return m.getStr(key);
  try {
    return PyObject_GetItem(m, key);
  } catch (e) {
    if (e instanceof PyObject && exceptionMatches(e, PyExc_KeyError)) return undefined;
    throw e;
  }
}

/**
 * builtins[name] for the builtins of a frame or function: undefined if absent.  A dict subclass or
 * any other mapping is read through its __getitem__.  CPython: PyMapping_GetOptionalItem on f_builtins
 */
export function builtinsGet(b: PyDict, name: string): PyValue | undefined {
  if (b.ob_type === DictType) {
    const v = b.getStr(name);
    if (v !== undefined || !(b instanceof MappingBuiltins)) return v;
    return mappingGet(b.mapping, name);
  }
  return mappingGet(b, name);
}
