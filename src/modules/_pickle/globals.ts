// save_global and its helpers: how the pickler names classes and functions (whichmodule, the
// extension registry, Python 2 names, STACK_GLOBAL or GLOBAL with getattr for dotted names).
// CPython: Modules/_pickle.c (save_global, whichmodule, fix_imports, save_type)
import { None, NotImplemented, Ellipsis, PyObject, type PyValue } from '../../objects/object.ts';
import { typeOf, PyType, TPFLAGS } from '../../objects/type.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyDict } from '../../objects/dict.ts';
import { isStrValue, strValue } from '../../objects/boxes.ts';
import { PyObject_GetAttr, PyObject_LookupAttr, PyObject_GetIter, PyIter_Next, PyObject_Repr, PyObject_Str, PyObject_GetItem } from '../../objects/abstract.ts';
import { typeError, runtimeError, newException, exceptionMatches, PyExc_ImportError, PyExc_ValueError, PyExc_AttributeError, PyExc_UnicodeEncodeError } from '../../objects/exceptions.ts';
import { PyCFunction } from '../../objects/descrobject.ts';
import { interp } from '../../vm/interpreter.ts';
import { utf8Surrogatepass } from './output.ts';
import * as O from './state.ts';
import { type PickleState, picklingError, chained, importImport, pair } from './state.ts';
import { type PyPickler, SAVE_TYPES, save, saveUnicode, memoGet, memoPut, savePers, saveReduce } from './pickler.ts';

function getattribute(obj: PyValue, names: string[], raises: boolean): PyValue | undefined {
  let o: PyValue | undefined = obj;
  for (const name of names) {
    o = raises ? PyObject_GetAttr(o, name) : PyObject_LookupAttr(o, name);
    if (o === undefined) return undefined;
  }
  return o;
}

function checkModule(moduleName: PyValue, module: PyValue, global: PyValue, dotted: string[]): boolean {
  if (module === None) return false;
  if (isStrValue(moduleName) && strValue(moduleName) === '__main__') return false;
  const candidate = getattribute(module, dotted, false);
  return candidate === global;
}

/** The name of the module a global is found in.  CPython: whichmodule */
function whichModule(st: PickleState, global: PyValue, globalName: PyValue, dotted: string[]): PyValue {
  if (dotted.includes('<locals>')) throw picklingError(`Can't pickle local object ${PyObject_Repr(global)}`);
  let moduleName = PyObject_LookupAttr(global, '__module__');
  if (moduleName === undefined || moduleName === None) {
    // Rare (bound methods of some native types): search sys.modules for the global.
    moduleName = undefined;
    const modules = PyObject_GetAttr(interpSys(), 'modules');
    if (modules instanceof PyDict) {
      for (let i = modules.next(0); i >= 0; i = modules.next(i + 1)) {
        if (checkModule(modules.keys[i], modules.values[i], global, dotted)) return modules.keys[i];
      }
    } else {
      const it = PyObject_GetIter(modules);
      for (let name = PyIter_Next(it); name !== undefined; name = PyIter_Next(it)) {
        if (checkModule(name, PyObject_GetItem(modules, name), global, dotted)) return name;
      }
    }
    moduleName = '__main__';
  }
  let module: PyValue;
  try {
    module = importImport(moduleName);
  } catch (e) {
    if (e instanceof PyObject && (exceptionMatches(e, PyExc_ImportError) || exceptionMatches(e, PyExc_ValueError))) {
      throw chained(picklingError(`Can't pickle ${PyObject_Repr(global)}: ${PyObject_Str(e)}`), e);
    }
    throw e;
  }
  let actual: PyValue | undefined;
  try {
    actual = getattribute(module, dotted, true);
  } catch (e) {
    if (e instanceof PyObject && exceptionMatches(e, PyExc_AttributeError)) {
      throw chained(picklingError(`Can't pickle ${PyObject_Repr(global)}: it's not found as ${PyObject_Str(moduleName)}.${PyObject_Str(globalName)}`), e);
    }
    throw e;
  }
  if (actual !== global) {
    throw picklingError(`Can't pickle ${PyObject_Repr(global)}: it's not the same object as ${PyObject_Str(moduleName)}.${PyObject_Str(globalName)}`);
  }
  return moduleName;
}

function interpSys(): PyValue {
  return interp().sys;
}

/** Maps a Python 3 (module, name) to Python 2's for protocols < 3.  CPython: fix_imports */
function fixImports(st: PickleState, moduleName: PyValue, globalName: PyValue): [PyValue, PyValue] {
  const item = st.nameMapping3to2.get(pair(moduleName, globalName));
  if (item !== undefined) {
    if (!(item instanceof PyTuple) || item.items.length !== 2) {
      throw runtimeError(`_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not ${typeOf(item).tp_name.slice(0, 200)}`);
    }
    const [m, g] = item.items;
    if (!isStrValue(m) || !isStrValue(g)) {
      throw runtimeError(
        `_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not (${typeOf(m).tp_name.slice(0, 200)}, ${typeOf(g).tp_name.slice(0, 200)})`,
      );
    }
    return [m, g];
  }
  const mod = st.importMapping3to2.get(moduleName);
  if (mod !== undefined) {
    if (!isStrValue(mod)) throw runtimeError(`_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not ${typeOf(mod).tp_name.slice(0, 200)}`);
    return [mod, globalName];
  }
  return [moduleName, globalName];
}

/** A module or global name as bytes for GLOBAL (ASCII, or UTF-8 with protocol 3). */
function encodeIdentifier(self: PyPickler, st: PickleState, name: PyValue, what: string): Uint8Array {
  try {
    if (!isStrValue(name)) throw typeError(`bad argument type for built-in operation`);
    const s = strValue(name);
    if (self.proto === 3) return utf8Strict(s);
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0x7f) {
        throw newException(PyExc_UnicodeEncodeError, ['ascii', s, i, i + 1, 'ordinal not in range(128)']);
      }
    }
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
  } catch (e) {
    if (e instanceof PyObject && exceptionMatches(e, PyExc_UnicodeEncodeError)) {
      throw chained(picklingError(`can't pickle ${what} identifier ${PyObject_Repr(name)} using pickle protocol ${self.proto}`), e);
    }
    throw e;
  }
}

function utf8Strict(s: string): Uint8Array {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) {
      const lead = c < 0xdc00 && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) < 0xe000;
      if (!lead) {
        let cp = 0;
        for (let j = 0; j < i; j++) {
          const u = s.charCodeAt(j);
          if (u < 0xd800 || u >= 0xdc00) cp++;
        }
        throw newException(PyExc_UnicodeEncodeError, ['utf-8', s, cp, cp + 1, 'surrogates not allowed']);
      }
      i++;
    }
  }
  return utf8Surrogatepass(s);
}

// CPython: save_global
export function saveGlobal(self: PyPickler, st: PickleState, obj: PyValue, name: PyValue | null): void {
  let globalName: PyValue;
  if (name !== null) globalName = name;
  else globalName = PyObject_LookupAttr(obj, '__qualname__') ?? PyObject_GetAttr(obj, '__name__');
  if (!isStrValue(globalName)) throw typeError(`descriptor 'split' for 'str' objects doesn't apply to a '${typeOf(globalName).tp_name}' object`);
  const dotted = strValue(globalName).split('.');
  let moduleName = whichModule(st, obj, globalName, dotted);
  const out = self.out;
  if (self.proto >= 2) {
    const code = st.extensionRegistry.get(pair(moduleName, globalName));
    if (code !== undefined) {
      if (typeof code !== 'number' || code <= 0 || code > 0x7fffffff) {
        if (typeof code === 'number' || typeof code === 'bigint') throw runtimeError(`extension code ${code} is out of range`);
        throw typeError(`'${typeOf(code).tp_name}' object cannot be interpreted as an integer`);
      }
      if (code <= 0xff) out.bytes2(O.EXT1, code);
      else if (code <= 0xffff) {
        const at = out.reserve(3);
        out.buf[at] = O.EXT2;
        out.buf[at + 1] = code & 0xff;
        out.buf[at + 2] = code >> 8;
      } else out.op4(O.EXT4, code);
      return;
    }
  }
  if (self.proto >= 4) {
    saveStrAs(self, st, moduleName, moduleNameKey(obj, moduleName));
    saveStrAs(self, st, globalName, globalNameKey(obj, globalName, name !== null));
    out.byte(O.STACK_GLOBAL);
  } else {
    // Names with dots in __qualname__ become getattr(getattr(module.first, second), third)...
    if (dotted.length > 1) globalName = dotted[0];
    for (let i = 1; i < dotted.length; i++) {
      save(self, st, st.getattr, false);
      if (self.proto < 2) out.byte(O.MARK);
    }
    out.byte(O.GLOBAL);
    if (self.proto < 3 && self.fixImports) [moduleName, globalName] = fixImports(st, moduleName, globalName);
    out.data(encodeIdentifier(self, st, moduleName, 'module'));
    out.byte(0x0a);
    out.data(encodeIdentifier(self, st, globalName, 'global'));
    out.byte(0x0a);
    for (let i = 1; i < dotted.length; i++) {
      // The pieces of the split name are new str objects in CPython.
      saveStrAs(self, st, dotted[i], new FreshStr(dotted[i]));
      out.byte(self.proto < 2 ? O.TUPLE : O.TUPLE2);
      out.byte(O.REDUCE);
    }
  }
  memoPut(self, obj);
}

// Differs from CPython: pyts strs have no identity, so the memo finds a str by value, as CPython
// finds an interned one; equal strs that are distinct objects in CPython (str(7) made twice) are
// written once here and fetched with GET the second time, a shorter pickle of the same value. The
// names save_global writes are often not interned in CPython: a native type's __qualname__, or
// __module__ when its tp_name is dotted, is made afresh on each access; a builtin function's
// __module__ is its module's name object, shared by the module's functions only. Those are memoized
// under a key object standing for the CPython str object instead.

/** A memo key for a str that is a distinct object in CPython. */
export class FreshStr {
  constructor(readonly value: string) {}
}

/** Module name objects of builtin functions, by module.  CPython: PyCFunctionObject.m_module */
const moduleNameKeys = new WeakMap<object, FreshStr>();

function isNativeType(obj: PyValue): obj is PyType {
  return obj instanceof PyType && !(obj.tp_flags & TPFLAGS.HEAPTYPE);
}

function moduleNameKey(obj: PyValue, moduleName: PyValue): PyValue | FreshStr {
  if (typeof moduleName !== 'string') return moduleName;
  if (isNativeType(obj)) return obj.tp_name.includes('.') ? new FreshStr(moduleName) : moduleName;
  if (obj instanceof PyCFunction) {
    const m = obj.m_self;
    if (m === null || typeof m !== 'object') return new FreshStr(moduleName);
    let key = moduleNameKeys.get(m);
    if (key === undefined || key.value !== moduleName) {
      key = new FreshStr(moduleName);
      moduleNameKeys.set(m, key);
    }
    return key;
  }
  return moduleName;
}

function globalNameKey(obj: PyValue, globalName: PyValue, fromReduce: boolean): PyValue | FreshStr {
  if (typeof globalName !== 'string') return globalName;
  if (isNativeType(obj) || obj instanceof PyCFunction) return new FreshStr(globalName);
  // A str returned by a native __reduce__ (Ellipsis, NotImplemented) is new too.
  if (fromReduce && !(typeOf(obj).tp_flags & TPFLAGS.HEAPTYPE)) return new FreshStr(globalName);
  return globalName;
}

/** save() of str s, memoized under `key` (s itself, or a FreshStr standing for another object). */
function saveStrAs(self: PyPickler, st: PickleState, s: PyValue, key: PyValue | FreshStr): void {
  if (key === s) return save(self, st, s, false);
  self.out.opcodeBoundary();
  if (self.persistentId !== null && savePers(self, st, s)) return;
  if (self.memo.has(key)) return memoGet(self, key);
  saveUnicode(self, key, strValue(s));
}

// CPython: save_type
export function saveType(self: PyPickler, st: PickleState, obj: PyType): void {
  let singleton: PyValue | null = null;
  if (obj === SAVE_TYPES.NoneType) singleton = None;
  else if (obj === SAVE_TYPES.EllipsisType) singleton = Ellipsis;
  else if (obj === SAVE_TYPES.NotImplementedType) singleton = NotImplemented;
  if (singleton !== null) saveReduce(self, st, pair(SAVE_TYPES.type, new PyTuple([singleton])), obj);
  else saveGlobal(self, st, obj, null);
}


