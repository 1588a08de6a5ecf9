// IMPORT_NAME, IMPORT_FROM and `from m import *`.  CPython: Python/ceval.c import_name, import_from,
// import_all_from
import { None, type PyValue } from '../../objects/object.ts';
import type { Frame } from '../frame.ts';
import { builtinsGet } from '../builtins-mapping.ts';
import { PyObject_GetAttr, PyObject_LookupAttr, PyObject_Call, iterableToArray, PyObject_SetItem } from '../../objects/abstract.ts';
import { newException, PyExc_ImportError, PyImportError, typeError } from '../../objects/exceptions.ts';
import { PyDict } from '../../objects/dict.ts';
import { isStrValue, strValue } from '../../objects/boxes.ts';
import { importModuleLevel, getModuleByName, importFromError } from '../../runtime/import.ts';

export function importName(frame: Frame, name: string, fromlist: PyValue, level: PyValue): PyValue {
  const importFunc = builtinsGet(frame.f_builtins, '__import__');
  if (importFunc === undefined) throw newException(PyExc_ImportError, ['__import__ not found']);
  return importModuleLevel(importFunc, name, frame.f_globals, frame.f_locals ?? None, fromlist, level);
}

/** IMPORT_FROM: module.name, or the submodule module.name.  CPython: import_from */
export function importFrom(module: PyValue, name: string): PyValue {
  const v = PyObject_LookupAttr(module, name);
  if (v !== undefined) return v;
  const pkgname = PyObject_LookupAttr(module, '__name__');
  if (pkgname !== undefined && isStrValue(pkgname)) {
    const full = `${strValue(pkgname)}.${name}`;
    const m = getModuleByName(full);
    if (m !== undefined) return m;
  }
  throw importFromError(module, name);
}

/** from module import *.  CPython: import_all_from */
export function importStar(frame: Frame, module: PyValue): void {
  const locals = frame.f_locals;
  if (locals === null) throw typeError('no locals found during \'import *\'');
  let names = PyObject_LookupAttr(module, '__all__');
  let skipUnderscore = false;
  if (names === undefined) {
    const dict = PyObject_GetAttr(module, '__dict__');
    names = PyObject_Call(PyObject_GetAttr(dict, 'keys'), [], null);
    skipUnderscore = true;
  }
  for (const n of iterableToArray(names)) {
    if (!isStrValue(n)) {
      throw typeError(`${skipUnderscore ? 'Key in ' : 'Item in '}${skipUnderscore ? `${moduleName(module)}.__dict__` : `${moduleName(module)}.__all__`} must be str, not ${typeofName(n)}`);
    }
    const s = strValue(n);
    if (skipUnderscore && s.startsWith('_')) continue;
    const v = PyObject_GetAttr(module, s);
    if (locals instanceof PyDict) locals.setStr(s, v);
    else PyObject_SetItem(locals, s, v);
  }
}

function moduleName(m: PyValue): string {
  const n = PyObject_LookupAttr(m, '__name__');
  return n !== undefined && isStrValue(n) ? strValue(n) : '?';
}

import { typeOf } from '../../objects/type.ts';
function typeofName(v: PyValue): string {
  return typeOf(v).tp_name;
}
