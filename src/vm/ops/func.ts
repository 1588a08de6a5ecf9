// Functions, cells and class-building instructions: MAKE_FUNCTION, SET_FUNCTION_ATTRIBUTE,
// COPY_FREE_VARS, MAKE_CELL, LOAD_BUILD_CLASS, SETUP_ANNOTATIONS, LOAD_COMMON_CONSTANT.
// CPython: Python/bytecodes.c, Objects/funcobject.c PyFunction_New
import { None, type PyValue } from '../../objects/object.ts';
import { PyFunction, PyCell } from '../../objects/function.ts';
import { PyCode } from '../../objects/code.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyDict } from '../../objects/dict.ts';
import type { Frame } from '../frame.ts';
import { builtinsGet } from '../builtins-mapping.ts';
import { newException, PyExc_NameError, PyExc_AssertionError, PyExc_NotImplementedError } from '../../objects/exceptions.ts';
import { TupleType } from '../../objects/tuple.ts';
import { PyObject_GetItem, PyObject_SetItem } from '../../objects/abstract.ts';
import { PyObject, NotImplemented } from '../../objects/object.ts';
import { exceptionMatches, PyExc_KeyError } from '../../objects/exceptions.ts';

/** MAKE_FUNCTION: a function from a code object and the frame's globals.  CPython: PyFunction_New */
export function makeFunction(frame: Frame, code: PyValue): PyValue {
  const co = code as PyCode;
  const f = new PyFunction(co, frame.f_globals, frame.f_builtins, co.co_name, co.co_qualname);
  const consts = co.co_consts.items;
  // CO_HAS_DOCSTRING: the first constant is the docstring.
  if (co.co_flags & 0x4000000 && consts.length > 0) f.func_doc = consts[0];
  return f;
}

/** SET_FUNCTION_ATTRIBUTE: oparg 1 defaults, 2 kwdefaults, 4 annotations, 8 closure, 16 annotate. */
export function setFunctionAttribute(func: PyValue, attr: PyValue, oparg: number): void {
  const f = func as PyFunction;
  switch (oparg) {
    case 1:
      f.func_defaults = attr as PyTuple;
      break;
    case 2:
      f.func_kwdefaults = attr as PyDict;
      break;
    case 4:
      f.func_annotations = attr instanceof PyTuple ? tupleToDict(attr) : (attr as PyDict);
      break;
    case 8:
      f.func_closure = attr as PyTuple;
      break;
    case 16:
      f.func_annotate = attr;
      break;
  }
}

function tupleToDict(t: PyTuple): PyDict {
  const d = new PyDict();
  for (let i = 0; i + 1 < t.items.length; i += 2) d.set(t.items[i], t.items[i + 1]);
  return d;
}

/** COPY_FREE_VARS n: the closure's cells become the frame's last n variables. */
export function copyFreeVars(frame: Frame, n: number): void {
  const closure = frame.f_func!.func_closure!.items;
  const offset = frame.f_code.co_nlocalsplus - n;
  for (let i = 0; i < n; i++) frame.localsplus[offset + i] = closure[i];
}

/** MAKE_CELL i: wraps the variable's current value (or nothing) in a new cell. */
export function makeCell(stack: (PyValue | undefined)[], i: number): void {
  stack[i] = new PyCell(stack[i]);
}

export function loadBuildClass(frame: Frame): PyValue {
  const bc = builtinsGet(frame.f_builtins, '__build_class__');
  if (bc === undefined) throw newException(PyExc_NameError, ['__build_class__ not found']);
  return bc;
}

/** SETUP_ANNOTATIONS: ensures __annotations__ exists in the locals mapping. */
export function setupAnnotations(frame: Frame): void {
  const l = frame.f_locals!;
  // CPython: PyMapping_GetOptionalItem, with its fast path for exact dicts only.
  if (l instanceof PyDict && l.ob_type === (PyDict.prototype as { ob_type: unknown }).ob_type) {
    if (l.findStr('__annotations__') < 0) l.setStr('__annotations__', new PyDict());
    return;
  }
  try {
    PyObject_GetItem(l, '__annotations__');
  } catch (e) {
    if (!(e instanceof PyObject && exceptionMatches(e, PyExc_KeyError))) throw e;
    PyObject_SetItem(l, '__annotations__', new PyDict());
  }
}

/** LOAD_COMMON_CONSTANT: AssertionError, NotImplementedError, tuple, all, any. */
export function loadCommonConstant(oparg: number): PyValue {
  switch (oparg) {
    case 0:
      return PyExc_AssertionError;
    case 1:
      return PyExc_NotImplementedError;
    case 2:
      return TupleType;
    case 3:
      return interp().commonAll ?? None;
    case 4:
      return interp().commonAny ?? None;
  }
  return NotImplemented;
}

import { interp } from '../interpreter.ts';
