// The _imp module: what importlib needs from the interpreter (builtin and frozen modules, the import
// lock, the bytecode magic number).  CPython: Python/import.c (the _imp functions)
//
// pyts's builtin modules are those of modules/core.ts (plus sys and builtins); its frozen modules are
// those CPython freezes (importlib's bootstrap, os, site...), compiled from the standard library zip
// (and cached) by runtime/pylifecycle.ts.
// There are no extension modules (extension_suffixes() is empty).
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyList } from '../objects/list.ts';
import { PyCode } from '../objects/code.ts';
import { PyModule } from '../objects/module.ts';
import { typeOf } from '../objects/type.ts';
import * as A from '../objects/abstract.ts';
import * as E from '../objects/exceptions.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { interp, type Interpreter } from '../vm/interpreter.ts';
import { nativeModuleTable } from './core.ts';
import { PYC_MAGIC_NUMBER_TOKEN } from '../runtime/pyc.ts';
import { withDocs, moduleDoc } from './docs.ts';

type V = PyValue;

export interface FrozenModule {
  /** The module's code (compiled or loaded on first use). */
  code(): PyCode;
  isPackage: boolean;
  /** The name whose source it is ('importlib._bootstrap' for _frozen_importlib). */
  origname: PyValue;
}

const frozen = new Map<string, FrozenModule>();

export function registerFrozen(name: string, m: FrozenModule): void {
  frozen.set(name, m);
}

/** The builtin modules made so far, per interpreter (a builtin module is created once). */
const created = new WeakMap<Interpreter, Map<string, PyModule>>();

/** The module object of a native module, created on first use.  CPython: create_builtin */
export function createBuiltinModule(ip: Interpreter, name: string): PyModule | null {
  if (name === 'sys') return ip.sys;
  if (name === 'builtins') return ip.builtins;
  let cache = created.get(ip);
  if (cache === undefined) created.set(ip, (cache = new Map()));
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const def = nativeModuleTable().get(name);
  if (def === undefined) return null;
  const m = def.create();
  cache.set(name, m);
  return m;
}

function nameArg(v: V, func: string): string {
  if (!isStrValue(v)) throw E.typeError(`${func}() argument must be str, not ${typeOf(v).tp_name}`);
  return strValue(v);
}

function isBuiltin(_m: V, name: V): V {
  const n = nameArg(name, 'is_builtin');
  if (n === 'sys' || n === 'builtins') return -1;
  return nativeModuleTable().has(n) ? 1 : 0;
}

function createBuiltin(_m: V, spec: V): V {
  const name = A.PyObject_GetAttr(spec, 'name');
  if (!isStrValue(name)) throw E.typeError(`name must be string, not ${typeOf(name).tp_name}`);
  const ip = interp();
  const m = createBuiltinModule(ip, strValue(name));
  if (m === null) throw E.newException(E.PyExc_ImportError, [`no built-in module named ${strValue(name)}`]);
  return m;
}

function frozenInfo(name: V, func: string): FrozenModule {
  const n = nameArg(name, func);
  const f = frozen.get(n);
  if (f === undefined) {
    const e = E.newException(E.PyExc_ImportError, [`No such frozen object named ${A.PyObject_Repr(n)}`]) as E.PyImportError;
    e.name = n;
    throw e;
  }
  return f;
}

function findFrozen(_m: V, name: V, withdata: V): V {
  void withdata;
  const f = frozen.get(nameArg(name, 'find_frozen'));
  if (f === undefined) return None;
  return new PyTuple([None, f.isPackage, f.origname]);
}

function getFrozenObject(_m: V, name: V): V {
  return frozenInfo(name, 'get_frozen_object').code();
}

function initFrozen(_m: V, name: V): V {
  const n = nameArg(name, 'init_frozen');
  const f = frozen.get(n);
  if (f === undefined) return None;
  const ip = interp();
  const m = new PyModule(n);
  ip.modules.setStr(n, m);
  if (f.isPackage) m.ob_dict.setStr('__path__', new PyList([]));
  runModuleCode(f.code(), m);
  // Consumed by FrozenImporter._setup_module().  CPython: PyImport_ImportFrozenModuleObject
  m.ob_dict.setStr('__origname__', f.origname);
  return m;
}

/** Runs a module's code in its dict (set by pylifecycle to avoid an import cycle). */
export let runModuleCode: (code: PyCode, m: PyModule) => void = () => {
  throw E.systemError('pyts: runModuleCode not set');
};

export function setRunModuleCode(f: (code: PyCode, m: PyModule) => void): void {
  runModuleCode = f;
}

/** Replaces co_filename through a code object and its nested ones.  CPython: update_compiled_module */
function fixCoFilename(_m: V, code: V, path: V): V {
  if (!(code instanceof PyCode)) throw E.typeError(`_fix_co_filename() argument 1 must be code, not ${typeOf(code).tp_name}`);
  const p = nameArg(path, '_fix_co_filename');
  const old = code.co_filename;
  if (old === p) return None;
  const fix = (c: PyCode): void => {
    if (c.co_filename !== old) return;
    (c as { co_filename: string }).co_filename = p;
    for (const k of c.co_consts.items) if (k instanceof PyCode) fix(k);
  };
  fix(code);
  return None;
}

// The import lock: one thread, so a counter guards only against unbalanced release().
let lockCount = 0;

export const impModule = defineModule({
  name: '_imp',
  doc: moduleDoc('_imp'),
  functions: withDocs('_imp', {
    lock_held: { sig: '($module, /)', impl: () => lockCount > 0 },
    acquire_lock: { sig: '($module, /)', impl: () => void lockCount++ },
    release_lock: {
      sig: '($module, /)',
      impl: () => {
        if (lockCount === 0) throw E.runtimeError('not holding the import lock');
        lockCount--;
      },
    },
    is_builtin: { sig: '($module, name, /)', impl: isBuiltin },
    create_builtin: { sig: '($module, spec, /)', impl: createBuiltin },
    exec_builtin: { sig: '($module, mod, /)', impl: () => 0 },
    is_frozen: { sig: '($module, name, /)', impl: (_m: V, n: V) => frozen.has(nameArg(n, 'is_frozen')) },
    is_frozen_package: { sig: '($module, name, /)', impl: (_m: V, n: V) => frozenInfo(n, 'is_frozen_package').isPackage },
    find_frozen: { sig: '($module, name, /, *, withdata=False)', impl: findFrozen },
    get_frozen_object: { sig: '($module, name, data=None, /)', impl: getFrozenObject },
    init_frozen: { sig: '($module, name, /)', impl: initFrozen },
    _frozen_module_names: { sig: '($module, /)', impl: () => new PyTuple([...frozen.keys()]) },
    _fix_co_filename: { sig: '($module, code, path, /)', impl: fixCoFilename },
    extension_suffixes: { sig: '($module, /)', impl: () => new PyList([]) },
    _override_frozen_modules_for_tests: { sig: '($module, override, /)', impl: () => 0 },
    _override_multi_interp_extensions_check: { sig: '($module, override, /)', impl: () => -1 },
  }),
  constants: () => ({
    check_hash_based_pycs: 'default',
    pyc_magic_number_token: PYC_MAGIC_NUMBER_TOKEN >>> 0,
  }),
});

void PyObject;
