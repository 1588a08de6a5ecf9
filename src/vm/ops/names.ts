// Name resolution: the LOAD/STORE/DELETE _NAME, _GLOBAL and _DEREF families.
// CPython: Python/bytecodes.c, Python/ceval.c (format_exc_check_arg, _PyEval_FormatExcUnbound)
import { type PyValue } from '../../objects/object.ts';
import { PyDict } from '../../objects/dict.ts';
import { DictType } from '../../objects/dict-type.ts';
import type { PyCode } from '../../objects/code.ts';
import { CO_FAST_FREE } from '../../objects/code.ts';
import { PyCell } from '../../objects/function.ts';
import type { Frame } from '../frame.ts';
import { MappingBuiltins, builtinsGet, mappingGet } from '../builtins-mapping.ts';
import { nameError, systemError, newException, PyExc_UnboundLocalError, PyExc_KeyError, exceptionMatches } from '../../objects/exceptions.ts';
import { PyObject_SetItem } from '../../objects/abstract.ts';
import { PyObject } from '../../objects/object.ts';

function notDefined(name: string): PyValue {
  return nameError(name, `name '${name}' is not defined`);
}

/** LOAD_GLOBAL: globals, then builtins (as mappings when either is a dict subclass, e.g. annotationlib's fake globals).  CPython: _PyEval_LoadGlobalStackRef */
export function loadGlobal(frame: Frame, name: string): PyValue {
  const g = frame.f_globals;
  const b = frame.f_builtins;
  if (g.ob_type === DictType && b.ob_type === DictType) {
    const v = g.getStr(name);
    if (v !== undefined) return v;
    const bv = b.getStr(name);
    if (bv !== undefined) return bv;
    const mv = b instanceof MappingBuiltins ? mappingGet(b.mapping, name) : undefined;
    if (mv !== undefined) return mv;
    throw notDefined(name);
  }
  const v = mappingGet(g, name) ?? builtinsGet(b, name);
  if (v === undefined) throw notDefined(name);
  return v;
}


/** What compiled code's LOAD_GLOBAL_MODULE and LOAD_GLOBAL_BUILTIN remember (vm/specialize.ts's InlineCache). */
interface GlobalCache {
  version: number;
  index: number;
  readonly name: string;
}

/**
 * Compiled code's LOAD_GLOBAL when its cache `c` missed (a global added or removed since, say):
 * loadGlobal, and `c` brought up to date when the name is still found where the specialization
 * found it (in globals for a module cache, else in builtins), so that the next execution hits
 * again.  The interpreter deoptimizes and specializes afresh instead; compiled code keeps its cache.
 */
export function loadGlobalMiss(frame: Frame, c: GlobalCache, builtin: boolean): PyValue {
  const g = frame.f_globals;
  const b = frame.f_builtins;
  const name = c.name;
  if (g.ob_type === DictType && b.ob_type === DictType) {
    const gi = g.findStr(name);
    if (gi >= 0 && g.keys[gi] === name) {
      if (!builtin) c.index = gi;
      return g.values[gi];
    }
    if (gi < 0) {
      const bi = b.findStr(name);
      if (bi >= 0 && b.keys[bi] === name) {
        if (builtin) {
          c.version = g.keysVersion;
          c.index = bi;
        }
        return b.values[bi];
      }
    }
  }
  return loadGlobal(frame, name);
}

export function storeGlobal(frame: Frame, name: string, v: PyValue): void {
  frame.f_globals.setStr(name, v);
}

export function deleteGlobal(frame: Frame, name: string): void {
  const g = frame.f_globals;
  const i = g.findStr(name);
  if (i < 0) throw notDefined(name);
  g.removeAt(i);
}

function locals(frame: Frame, op: string, name: string): PyValue {
  const l = frame.f_locals;
  if (l === null) throw systemError(`no locals found when ${op} ${name}`.replace(' found when ', op === 'loading' ? ' found when loading ' : ' found when '));
  return l;
}

export function loadName(frame: Frame, name: string): PyValue {
  const l = frame.f_locals;
  if (l === null) throw systemError(`no locals when loading '${name}'`);
  const v = mappingGet(l, name);
  if (v !== undefined) return v;
  // Globals are read as a plain dict here (no __missing__), builtins as a mapping.  CPython: _PyEval_LoadName
  const gv = frame.f_globals.getStr(name) ?? builtinsGet(frame.f_builtins, name);
  if (gv === undefined) throw notDefined(name);
  return gv;
}

export function storeName(frame: Frame, name: string, v: PyValue): void {
  const l = frame.f_locals;
  if (l === null) throw systemError(`no locals found when storing '${name}'`);
  if (l instanceof PyDict && l.ob_type === (PyDict.prototype as { ob_type: unknown }).ob_type) l.setStr(name, v);
  else PyObject_SetItem(l, name, v);
}

export function deleteName(frame: Frame, name: string): void {
  const l = locals(frame, 'deleting', name);
  if (l instanceof PyDict && l.ob_type === (PyDict.prototype as { ob_type: unknown }).ob_type) {
    const i = l.findStr(name);
    if (i < 0) throw notDefined(name);
    l.removeAt(i);
    return;
  }
  try {
    PyObject_SetItem(l, name, null);
  } catch (e) {
    if (e instanceof PyObject && exceptionMatches(e, PyExc_KeyError)) throw notDefined(name);
    throw e;
  }
}

export function loadLocals(frame: Frame): PyValue {
  const l = frame.f_locals;
  if (l === null) throw systemError('no locals found');
  return l;
}

/** LOAD_FROM_DICT_OR_GLOBALS: an annotation scope reads the class namespace first. */
export function loadFromDictOrGlobals(frame: Frame, dict: PyValue, name: string): PyValue {
  const v = mappingGet(dict, name);
  if (v !== undefined) return v;
  return loadGlobal(frame, name);
}

/** LOAD_FROM_DICT_OR_DEREF: a class body reads its namespace first, then the enclosing cell. */
export function loadFromDictOrDeref(frame: Frame, dict: PyValue, oparg: number): PyValue {
  const name = frame.f_code.co_localsplusnames.items[oparg] as string;
  const v = mappingGet(dict, name);
  if (v !== undefined) return v;
  const cell = frame.localsplus[oparg] as PyCell;
  const c = cell.ob_ref;
  if (c !== undefined) return c;
  return loadDeref(frame.f_code, oparg);
}

/** The error for an empty cell.  CPython: _PyEval_FormatExcUnbound */
export function loadDeref(code: PyCode, oparg: number): never {
  const name = code.co_localsplusnames.items[oparg] as string;
  if (code.co_localspluskinds.data[oparg] & CO_FAST_FREE) {
    throw nameError(name, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  }
  throw unboundLocal(code, oparg);
}

export function unboundLocal(code: PyCode, oparg: number): PyValue {
  const name = code.co_localsplusnames.items[oparg] as string;
  // No `name`: CPython sets it on NameError proper only, so an UnboundLocalError gets no "Did you
  // mean" suggestion.  CPython: format_exc_check_arg
  return newException(PyExc_UnboundLocalError, [`cannot access local variable '${name}' where it is not associated with a value`]);
}

export function deleteFast(code: PyCode, stack: (PyValue | undefined)[], oparg: number): void {
  if (stack[oparg] === undefined) throw unboundLocal(code, oparg);
  stack[oparg] = undefined;
}
