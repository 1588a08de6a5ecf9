// The import system: __import__, sys.modules, native modules, and source modules from the standard
// library zip and sys.path directories.  CPython: Python/import.c, Lib/importlib/_bootstrap.py
// (__import__, _gcd_import, _handle_fromlist, _calc___package__, _resolve_name).
// TODO(#4): run CPython's importlib (_bootstrap, _bootstrap_external) for full fidelity (meta path
// finders, specs, loaders, bytecode caching); this native importer implements the same semantics for
// the common cases.

import { None, type PyValue } from '../objects/object.ts';
import { PyDict } from '../objects/dict.ts';
import { PyModule } from '../objects/module.ts';
import { PyList } from '../objects/list.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyObject_Call, PyObject_LookupAttr, PyObject_GetAttr, PyObject_IsTrue, iterableToArray, PyObject_SetAttr } from '../objects/abstract.ts';
import {
  newException,
  PyExc_ModuleNotFoundError,
  PyExc_ImportError,
  PyImportError,
  typeError,
  valueError,
  keyError,
  exceptionMatches,
  PyExc_ModuleNotFoundError as MNF,
} from '../objects/exceptions.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { interp } from '../vm/interpreter.ts';
import { execCodeInModule } from './exec.ts';
import { PyObject } from '../objects/object.ts';
import { typeOf } from '../objects/type.ts';

/** Where source modules of the standard library appear to live (as in Pyodide: a zip on sys.path). */
export const STDLIB_ZIP_PATH = '/lib/python314.zip';

export function getModuleByName(name: string): PyValue | undefined {
  return interp().modules.getStr(name);
}

function moduleNotFound(name: string): PyValue {
  const e = newException(PyExc_ModuleNotFoundError, [`No module named '${name}'`]) as PyImportError;
  e.name = name;
  return e;
}

/** __package__ of the importing module.  CPython: _calc___package__ */
function calcPackage(globals: PyValue): string {
  if (!(globals instanceof PyDict)) return '';
  const pkg = globals.getStr('__package__');
  if (pkg !== undefined && pkg !== None) {
    if (!isStrValue(pkg)) throw typeError('package must be a string');
    return strValue(pkg);
  }
  const spec = globals.getStr('__spec__');
  if (spec !== undefined && spec !== None) {
    const parent = PyObject_LookupAttr(spec, 'parent');
    if (parent !== undefined && isStrValue(parent)) return strValue(parent);
  }
  const name = globals.getStr('__name__');
  if (name === undefined || !isStrValue(name)) throw keyError("'__name__' not in globals");
  const n = strValue(name);
  if (globals.findStr('__path__') >= 0) return n;
  const dot = n.lastIndexOf('.');
  return dot < 0 ? '' : n.slice(0, dot);
}

/** The absolute name of a relative import.  CPython: _resolve_name */
function resolveName(name: string, pkg: string, level: number): string {
  const bits = pkg.split('.');
  if (bits.length < level) throw newException(PyExc_ImportError, ['attempted relative import beyond top-level package']);
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** Imports the absolute dotted name (parents first) and returns the named module.  CPython: _gcd_import */
export function gcdImport(name: string): PyValue {
  const existing = interp().modules.getStr(name);
  if (existing !== undefined) {
    if (existing === None) throw moduleNotFound(name);
    return existing;
  }
  const dot = name.lastIndexOf('.');
  let path: string[] | null = null;
  let parentModule: PyValue | null = null;
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    parentModule = gcdImport(parent);
    // Importing the parent may have imported this module as a side effect.
    const again = interp().modules.getStr(name);
    if (again !== undefined) return again;
    const p = PyObject_LookupAttr(parentModule, '__path__');
    if (p === undefined) {
      const e = newException(PyExc_ModuleNotFoundError, [`No module named '${name}'; '${parent}' is not a package`]) as PyImportError;
      e.name = name;
      throw e;
    }
    path = iterableToArray(p).map((x) => strValue(x));
  }
  const module = loadModule(name, path);
  if (parentModule !== null) PyObject_SetAttr(parentModule, name.slice(dot + 1), module);
  return module;
}

/** Finds and executes a module that is not in sys.modules yet. */
function loadModule(name: string, path: string[] | null): PyValue {
  const ip = interp();
  const native = ip.nativeModules.get(name);
  if (native !== undefined) {
    const m = native();
    ip.modules.setStr(name, m);
    return m;
  }
  const searchPath = path ?? iterableToArray(PyObject_GetAttr(ip.sys, 'path')).filter(isStrValue).map((x) => strValue(x));
  const leaf = name.slice(name.lastIndexOf('.') + 1);
  for (const dir of searchPath) {
    const found = ip.host.findSource(dir === '' ? ip.cwd() : dir, leaf);
    if (found === null) continue;
    const m = new PyModule(name);
    const d = m.ob_dict;
    d.setStr('__file__', found.file);
    d.setStr('__cached__', None);
    if (found.isPackage) {
      d.setStr('__path__', new PyList([found.file.slice(0, found.file.lastIndexOf('/'))]));
      d.setStr('__package__', name);
    } else {
      const dot = name.lastIndexOf('.');
      d.setStr('__package__', dot < 0 ? '' : name.slice(0, dot));
    }
    d.setStr('__builtins__', ip.builtins);
    ip.modules.setStr(name, m);
    try {
      execCodeInModule(found.source, found.file, d);
    } catch (e) {
      if (ip.modules.getStr(name) === m) ip.modules.delete(name);
      throw e;
    }
    // A module may replace itself in sys.modules while executing.
    return ip.modules.getStr(name) ?? m;
  }
  throw moduleNotFound(name);
}

/** from package import a, b: imports the submodules the fromlist names.  CPython: _handle_fromlist */
function handleFromlist(module: PyValue, fromlist: PyValue[], recursive = false): PyValue {
  const path = PyObject_LookupAttr(module, '__path__');
  if (path === undefined) return module;
  const modName = strValue(PyObject_GetAttr(module, '__name__'));
  for (const x of fromlist) {
    if (!isStrValue(x)) {
      const where = recursive ? `${modName}.__all__` : '``from list``';
      throw typeError(`Item in ${where} must be str, not ${typeOf(x).tp_name}`);
    }
    const s = strValue(x);
    if (s === '*') {
      if (!recursive) {
        const all = PyObject_LookupAttr(module, '__all__');
        if (all !== undefined) handleFromlist(module, iterableToArray(all), true);
      }
      continue;
    }
    if (PyObject_LookupAttr(module, s) === undefined) {
      try {
        gcdImport(`${modName}.${s}`);
      } catch (e) {
        // A missing submodule is fine: the caller's IMPORT_FROM reports the name.
        if (e instanceof PyImportError && exceptionMatches(e, MNF) && strValue(e.name) === `${modName}.${s}` && interp().modules.getStr(`${modName}.${s}`) === undefined) continue;
        throw e;
      }
    }
  }
  return module;
}

/** builtins.__import__.  CPython: importlib._bootstrap.__import__ */
export function builtinImport(name: PyValue, globals: PyValue, locals: PyValue, fromlist: PyValue, level: PyValue): PyValue {
  void locals;
  if (!isStrValue(name)) throw typeError(`module name must be str, not ${typeOf(name).tp_name}`);
  const n = strValue(name);
  const lvl = typeof level === 'number' ? level : Number(level);
  if (lvl < 0) throw valueError('level must be >= 0');
  let absName = n;
  if (lvl > 0) {
    const pkg = calcPackage(globals);
    if (!pkg) throw newException(PyExc_ImportError, ['attempted relative import with no known parent package']);
    absName = resolveName(n, pkg, lvl);
  } else if (n === '') throw valueError('Empty module name');
  const module = gcdImport(absName);
  const fl = fromlist === None ? [] : iterableToArray(fromlist);
  if (fl.length === 0) {
    if (lvl === 0) {
      const first = n.split('.')[0];
      return gcdImport(first);
    }
    if (!n) return module;
    const cutOff = n.length - n.split('.')[0].length;
    const modName = strValue(PyObject_GetAttr(module, '__name__'));
    return interp().modules.getStr(modName.slice(0, modName.length - cutOff))!;
  }
  return handleFromlist(module, fl);
}

/** IMPORT_NAME: calls __import__ (the builtin directly when it has not been replaced). */
export function importModuleLevel(importFunc: PyValue, name: string, globals: PyValue, locals: PyValue, fromlist: PyValue, level: PyValue): PyValue {
  if (importFunc === interp().builtinImportFunc) return builtinImport(name, globals, locals, fromlist, level);
  return PyObject_Call(importFunc, [name, globals, locals, fromlist, level], null);
}

void PyTuple;
void PyObject_IsTrue;
void PyExc_ImportError;
void PyObject;
