// The import statement's entry point: builtins.__import__, with CPython's importlib doing the work.
// CPython: Python/import.c (PyImport_ImportModuleLevelObject, resolve_name, remove_importlib_frames)
//
// As in CPython, __import__ is native: it resolves relative names, answers from sys.modules, and
// calls importlib._bootstrap._find_and_load (CPython's own code, run as the frozen module
// _frozen_importlib) for modules not imported yet, and _handle_fromlist for packages.  The
// importlib bootstrap is set up by runtime/pylifecycle.ts.  docs/internals/import.md explains why.
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { PyDict } from '../objects/dict.ts';
import { PyTraceback } from '../objects/traceback.ts';
import { PyObject_Call, PyObject_CallMethod, PyObject_GetAttr, PyObject_LookupAttr, PyObject_IsTrue, PyObject_GetItem, PyObject_Repr } from '../objects/abstract.ts';
import * as E from '../objects/exceptions.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { typeOf } from '../objects/type.ts';
import { interp, type Interpreter } from '../vm/interpreter.ts';
import { setModuleReprHook, setModuleAttrErrorHook, PyModule } from '../objects/module.ts';
import { STDLIB_ZIP_PATH } from './stdlib-path.ts';
import { sysAudit } from '../modules/sys.ts';
import { configOf } from './config.ts';
import { tstate } from '../vm/thread-state.ts';

export { STDLIB_ZIP_PATH };

/** importlib._bootstrap (the _frozen_importlib module) of each interpreter, once installed. */
const importlibs = new WeakMap<Interpreter, PyValue>();

export function setImportlib(ip: Interpreter, module: PyValue): void {
  importlibs.set(ip, module);
}

// ---- diagnostics for missing names (CPython: Objects/moduleobject.c, Python/ceval.c _PyEval_ImportFrom) ----

/** spec.origin when spec.has_location says it is a file, else null.  CPython: _PyModuleSpec_GetFileOrigin */
function specFileOrigin(spec: PyValue): string | null {
  const has = PyObject_LookupAttr(spec, 'has_location');
  if (has === undefined || !PyObject_IsTrue(has)) return null;
  const origin = PyObject_LookupAttr(spec, 'origin');
  return origin !== undefined && isStrValue(origin) ? strValue(origin) : null;
}

/** Whether the module at `origin` sits in sys.path[0] (the script's directory).  CPython: _PyModule_IsPossiblyShadowing */
function isPossiblyShadowing(origin: string | null): boolean {
  if (origin === null) return false;
  const ip = interp();
  const cfg = configOf(ip);
  if (cfg.safePath || cfg.path0 === null) return false;
  let root = origin;
  let sep = root.lastIndexOf('/');
  if (sep < 0) return false;
  if (root.slice(sep + 1) === '__init__.py') {
    root = root.slice(0, sep);
    sep = root.lastIndexOf('/');
    if (sep < 0) return false;
  }
  root = root.slice(0, sep);
  const path0 = cfg.path0 === '' ? ip.host.getcwd() : cfg.path0;
  return path0 === root;
}

function isStdlibName(name: string): boolean {
  const names = interp().sys.ob_dict.getStr('stdlib_module_names');
  if (names === undefined) return false;
  try {
    return PyObject_IsTrue(PyObject_CallMethod(names, '__contains__', [name]));
  } catch {
    return false;
  }
}

function specFlag(spec: PyValue, attr: string): boolean {
  const v = PyObject_LookupAttr(spec, attr);
  return v !== undefined && PyObject_IsTrue(v);
}

/** The AttributeError for a missing module attribute.  CPython: _Py_module_getattro_impl */
export function moduleAttributeError(m: PyValue, name: string, d: PyDict): PyValue {
  const modName = d.getStr('__name__');
  if (modName === undefined || !isStrValue(modName)) return E.attributeErrorFor(m, name, `module has no attribute '${name}'`);
  const mn = strValue(modName);
  const spec = d.getStr('__spec__');
  if (spec === undefined) return E.attributeErrorFor(m, name, `module '${mn}' has no attribute '${name}'`);
  const origin = specFileOrigin(spec);
  const shadowing = isPossiblyShadowing(origin);
  let msg: string;
  if (shadowing && isStdlibName(mn)) {
    msg = `module '${mn}' has no attribute '${name}' (consider renaming '${origin}' since it has the same name as the standard library module named '${mn}' and prevents importing that standard library module)`;
  } else if (specFlag(spec, '_initializing')) {
    if (shadowing) msg = `module '${mn}' has no attribute '${name}' (consider renaming '${origin}' if it has the same name as a library you intended to import)`;
    else if (origin !== null) msg = `partially initialized module '${mn}' from '${origin}' has no attribute '${name}' (most likely due to a circular import)`;
    else msg = `partially initialized module '${mn}' has no attribute '${name}' (most likely due to a circular import)`;
  } else {
    const un = PyObject_LookupAttr(spec, '_uninitialized_submodules');
    let uninit = false;
    if (un !== undefined) uninit = PyObject_IsTrue(PyObject_CallMethod(un, '__contains__', [name]));
    msg = uninit ? `cannot access submodule '${name}' of module '${mn}' (most likely due to a circular import)` : `module '${mn}' has no attribute '${name}'`;
  }
  return E.attributeErrorFor(m, name, msg);
}

/** The ImportError of `from v import name` when v has no such attribute or submodule.  CPython: _PyEval_ImportFrom */
export function importFromError(v: PyValue, name: string): PyValue {
  const modNameV = PyObject_LookupAttr(v, '__name__');
  const modName = modNameV !== undefined && isStrValue(modNameV) ? strValue(modNameV) : null;
  const shown = modName ?? '<unknown module name>';
  const spec = PyObject_LookupAttr(v, '__spec__');
  let msg: string;
  let origin: string | null = null;
  const r = (s: string) => PyObject_Repr(s);
  if (spec === undefined) msg = `cannot import name ${r(name)} from ${r(shown)} (unknown location)`;
  else {
    origin = specFileOrigin(spec);
    const shadowing = isPossiblyShadowing(origin);
    const stdlib = shadowing && isStdlibName(shown);
    if (origin === null && v instanceof PyModule) {
      const f = v.ob_dict.getStr('__file__');
      if (f !== undefined && isStrValue(f)) origin = strValue(f);
    }
    if (stdlib) {
      msg = `cannot import name ${r(name)} from ${r(shown)} (consider renaming ${r(origin!)} since it has the same name as the standard library module named ${r(shown)} and prevents importing that standard library module)`;
    } else if (specFlag(spec, '_initializing')) {
      if (shadowing) msg = `cannot import name ${r(name)} from ${r(shown)} (consider renaming ${r(origin!)} if it has the same name as a library you intended to import)`;
      else if (origin !== null) msg = `cannot import name ${r(name)} from partially initialized module ${r(shown)} (most likely due to a circular import) (${origin})`;
      else msg = `cannot import name ${r(name)} from partially initialized module ${r(shown)} (most likely due to a circular import)`;
    } else if (origin !== null) msg = `cannot import name ${r(name)} from ${r(shown)} (${origin})`;
    else msg = `cannot import name ${r(name)} from ${r(shown)} (unknown location)`;
  }
  const e = E.newException(E.PyExc_ImportError, [msg]) as E.PyImportError;
  e.name = modName ?? None;
  e.path = origin ?? None;
  e.name_from = name;
  return e;
}

setModuleAttrErrorHook(moduleAttributeError);

setModuleReprHook((m) => {
  const il = importlibs.get(interp());
  if (il === undefined) return null;
  const r = PyObject_CallMethod(il, '_module_repr', [m]);
  return isStrValue(r) ? strValue(r) : null;
});

function importlib(ip: Interpreter): PyValue {
  const m = importlibs.get(ip);
  if (m === undefined) throw E.newException(E.PyExc_ImportError, ['importlib is not initialized']);
  return m;
}

export function getModuleByName(name: string): PyValue | undefined {
  const modules = interp().modules;
  return modules.getStr(name);
}

/** sys.modules[name] through the mapping protocol (sys.modules may be replaced).  CPython: import_get_module */
function importGetModule(ip: Interpreter, name: string): PyValue | undefined {
  const modules = PyObject_LookupAttr(ip.sys, 'modules');
  if (modules === undefined) throw E.runtimeError('unable to get sys.modules');
  if (modules instanceof PyDict) return modules.getStr(name);
  try {
    return PyObject_GetItem(modules, name);
  } catch (e) {
    if (e instanceof PyObject && E.exceptionMatches(e, E.PyExc_KeyError)) return undefined;
    throw e;
  }
}

function warn(category: PyValue, message: string): void {
  const warnings = importGetModule(interp(), 'warnings') ?? importModule('warnings');
  PyObject_CallMethod(warnings, 'warn', [message, category, 1]);
}

/** The absolute name of a relative import.  CPython: resolve_name */
function resolveName(name: string, globals: PyValue, level: number): string {
  if (globals === None || globals === undefined) throw E.keyError("'__name__' not in globals");
  if (!(globals instanceof PyDict)) throw E.typeError('globals must be a dict');
  let pkgv = globals.getStr('__package__');
  if (pkgv === None) pkgv = undefined;
  const spec = globals.getStr('__spec__');
  let pkg: string;
  if (pkgv !== undefined) {
    if (!isStrValue(pkgv)) throw E.typeError('package must be a string');
    pkg = strValue(pkgv);
    if (spec !== undefined && spec !== None) {
      const parent = PyObject_GetAttr(spec, 'parent');
      if (!isStrValue(parent) || strValue(parent) !== pkg) warn(E.PyExc_DeprecationWarning, '__package__ != __spec__.parent');
    }
  } else if (spec !== undefined && spec !== None) {
    const parent = PyObject_GetAttr(spec, 'parent');
    if (!isStrValue(parent)) throw E.typeError('__spec__.parent must be a string');
    pkg = strValue(parent);
  } else {
    warn(E.PyExc_ImportWarning, "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__");
    const n = globals.getStr('__name__');
    if (n === undefined) throw E.keyError("'__name__' not in globals");
    if (!isStrValue(n)) throw E.typeError('__name__ must be a string');
    pkg = strValue(n);
    if (globals.findStr('__path__') < 0) {
      const dot = pkg.lastIndexOf('.');
      if (dot < 0) throw E.newException(E.PyExc_ImportError, ['attempted relative import with no known parent package']);
      pkg = pkg.slice(0, dot);
    }
  }
  let lastDot = pkg.length;
  if (lastDot === 0) throw E.newException(E.PyExc_ImportError, ['attempted relative import with no known parent package']);
  for (let up = 1; up < level; up++) {
    lastDot = pkg.lastIndexOf('.', lastDot - 1);
    if (lastDot < 0) throw E.newException(E.PyExc_ImportError, ['attempted relative import beyond top-level package']);
  }
  const base = pkg.slice(0, lastDot);
  return name.length === 0 ? base : `${base}.${name}`;
}

/** Waits for a module being imported elsewhere (a circular import gets the partial module).  CPython: import_ensure_initialized */
function ensureInitialized(ip: Interpreter, mod: PyValue, name: string): void {
  const spec = PyObject_LookupAttr(mod, '__spec__');
  if (spec !== undefined && spec !== None) {
    const initializing = PyObject_LookupAttr(spec, '_initializing');
    if (initializing !== undefined && PyObject_IsTrue(initializing)) PyObject_CallMethod(importlib(ip), '_lock_unlock_module', [name]);
  }
  importTimeCached(ip, name);
}

/** -X importtime's state, per interpreter.  CPython: struct _import_state find_and_load */
interface ImportTimeState {
  header: boolean;
  level: number;
  /** Microseconds spent in the nested imports of the import being timed. */
  accumulated: number;
}
const importTimes = new WeakMap<Interpreter, ImportTimeState>();

function importTimeState(ip: Interpreter): ImportTimeState {
  let st = importTimes.get(ip);
  if (st === undefined) importTimes.set(ip, (st = { header: true, level: 0, accumulated: 0 }));
  return st;
}

function importTimeHeader(ip: Interpreter, st: ImportTimeState): void {
  if (!st.header) return;
  st.header = false;
  ip.host.writeStderr('import time: self [us] | cumulative | imported package\n');
}

function findAndLoad(ip: Interpreter, absName: string): PyValue {
  // Code running while a module is imported heats slower toward compilation (vm/jit.ts), and the
  // strings the standard library compiles meanwhile are cached (runtime/string-code-cache.ts).
  const ts = tstate;
  ts.importDepth++;
  try {
    return findAndLoadTimed(ip, absName);
  } finally {
    ts.importDepth--;
  }
}

function findAndLoadTimed(ip: Interpreter, absName: string): PyValue {
  const sys = ip.sys.ob_dict;
  sysAudit('import', [absName, None, sys.getStr('path') ?? None, sys.getStr('meta_path') ?? None, sys.getStr('path_hooks') ?? None]);
  if (configOf(ip).importTime === 0) return PyObject_CallMethod(importlib(ip), '_find_and_load', [absName, ip.builtinImportFunc ?? None]);
  // -X importtime: each import's own time and its time with nested imports, in microseconds.
  const st = importTimeState(ip);
  importTimeHeader(ip, st);
  const accumulatedBefore = st.accumulated;
  st.level++;
  st.accumulated = 0;
  const t1 = performance.now();
  let mod: PyValue;
  try {
    mod = PyObject_CallMethod(importlib(ip), '_find_and_load', [absName, ip.builtinImportFunc ?? None]);
  } finally {
    // As CPython, a failed import is reported too.
    const cum = (performance.now() - t1) * 1000;
    st.level--;
    const self = Math.ceil(cum - st.accumulated).toString().padStart(9);
    ip.host.writeStderr(`import time: ${self} | ${Math.ceil(cum).toString().padStart(10)} | ${' '.repeat(st.level * 2)}${absName}\n`);
    st.accumulated = accumulatedBefore + cum;
  }
  return mod;
}

/** -X importtime=2 also reports the imports that sys.modules answered.  CPython: import_ensure_initialized */
function importTimeCached(ip: Interpreter, name: string): void {
  if (configOf(ip).importTime !== 2) return;
  const st = importTimeState(ip);
  importTimeHeader(ip, st);
  // CPython's format right-aligns the name in a field of twice the nesting level.
  ip.host.writeStderr(`import time: cached    | cached     | ${name.padStart(st.level * 2)}\n`);
}

/** __import__(name, globals, locals, fromlist, level).  CPython: PyImport_ImportModuleLevelObject */
export function builtinImport(name: PyValue, globals: PyValue, locals: PyValue, fromlist: PyValue, level: PyValue): PyValue {
  void locals;
  const ip = interp();
  try {
    if (!isStrValue(name)) throw E.typeError('module name must be a string');
    const n = strValue(name);
    const lvl = Number(level);
    if (lvl < 0) throw E.valueError('level must be >= 0');
    let absName: string;
    if (lvl > 0) absName = resolveName(n, globals, lvl);
    else {
      if (n.length === 0) throw E.valueError('Empty module name');
      absName = n;
    }
    let mod = importGetModule(ip, absName);
    if (mod !== undefined && mod !== None) {
      ensureInitialized(ip, mod, absName);
      const again = importGetModule(ip, absName);
      if (again !== mod) mod = findAndLoad(ip, absName);
    } else mod = findAndLoad(ip, absName);
    const hasFrom = fromlist !== undefined && fromlist !== None && PyObject_IsTrue(fromlist);
    if (!hasFrom) {
      if (lvl === 0 || n.length > 0) {
        const dot = n.indexOf('.');
        if (dot < 0) return mod;
        if (lvl === 0) return builtinImport(n.slice(0, dot), None, None, None, 0);
        const cutOff = n.length - dot;
        const toReturn = absName.slice(0, absName.length - cutOff);
        const m = importGetModule(ip, toReturn);
        if (m === undefined) throw E.keyError(`'${toReturn}' not in sys.modules as expected`);
        return m;
      }
      return mod;
    }
    if (PyObject_LookupAttr(mod, '__path__') !== undefined) {
      return PyObject_CallMethod(importlib(ip), '_handle_fromlist', [mod, fromlist, ip.builtinImportFunc ?? None]);
    }
    return mod;
  } catch (e) {
    removeImportlibFrames(ip, e);
    throw e;
  }
}

const IMPORTLIB_FILENAME = '<frozen importlib._bootstrap>';
const EXTERNAL_FILENAME = '<frozen importlib._bootstrap_external>';

/**
 * Trims importlib's frames from a traceback: all of them for an ImportError, otherwise the chunks
 * that end in _call_with_frames_removed.  CPython: remove_importlib_frames
 */
function removeImportlibFrames(ip: Interpreter, e: unknown): void {
  if (!(e instanceof E.PyBaseException)) return;
  if (configOf(ip).verbose) return;
  const alwaysTrim = E.exceptionMatches(e, E.PyExc_ImportError);
  if (!(e.traceback instanceof PyTraceback)) return;
  // The kept entries; a chunk of importlib frames is dropped from where it began.
  const out: PyTraceback[] = [];
  let outer = 0;
  let inImportlib = false;
  for (let tb: PyTraceback | null = e.traceback; tb !== null; tb = tb.tb_next) {
    const code = tb.tb_frame.f_code;
    const now = code.co_filename === IMPORTLIB_FILENAME || code.co_filename === EXTERNAL_FILENAME;
    if (now && !inImportlib) outer = out.length;
    inImportlib = now;
    out.push(tb);
    if (inImportlib && (alwaysTrim || code.co_name === '_call_with_frames_removed')) out.length = outer;
  }
  for (let i = 0; i < out.length; i++) out[i].tb_next = i + 1 < out.length ? out[i + 1] : null;
  e.traceback = out.length > 0 ? out[0] : None;
}

/** IMPORT_NAME: calls __import__ (the builtin directly when it has not been replaced). */
export function importModuleLevel(importFunc: PyValue, name: string, globals: PyValue, locals: PyValue, fromlist: PyValue, level: PyValue): PyValue {
  if (importFunc === interp().builtinImportFunc) return builtinImport(name, globals, locals, fromlist, level);
  return PyObject_Call(importFunc, [name, globals, locals, fromlist, level], null);
}

/** The module `name` (a dotted name gives the submodule).  CPython: PyImport_ImportModule */
export function importModule(name: string): PyValue {
  const ip = interp();
  const existing = importGetModule(ip, name);
  if (existing !== undefined && existing !== None) return existing;
  builtinImport(name, None, None, None, 0);
  const m = importGetModule(ip, name);
  if (m === undefined) throw E.keyError(name);
  return m;
}

void typeOf;
