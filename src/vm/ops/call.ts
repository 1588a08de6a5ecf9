// Calls: binding arguments to a new frame, calling non-Python callables, f(*args, **kwargs).
// CPython: Python/ceval.c initialize_locals, _PyEvalFramePushAndInit, Objects/call.c

import { None, type PyValue } from '../../objects/object.ts';
import { PyFunction, PyMethod } from '../../objects/function.ts';
import { PyTuple, EMPTY_TUPLE } from '../../objects/tuple.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyList } from '../../objects/list.ts';
import { CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, type PyCode } from '../../objects/code.ts';
import { Frame } from '../frame.ts';
import { gcLive } from '../gc-state.ts';
import { dropped } from '../finalize.ts';
import { typeError } from '../../objects/exceptions.ts';
import { typeOf, PyType, _PyType_Lookup, CompareOp } from '../../objects/type.ts';
import { TypeType, isObjectNew, allocObject } from '../../objects/typeobject.ts';
import { isSlotInit } from '../../objects/slotdefs.ts';
import { PyObject_Call, PyObject_Repr, PyObject_Str, PyObject_RichCompareBool, iterableToArray, PyObject_GetItem, PyObject_CallMethod, PyObject_LookupAttr } from '../../objects/abstract.ts';
import { calculateSuggestion } from '../../objects/suggestions.ts';
import { isStrValue, strValue } from '../../objects/boxes.ts';
import { PyCFunction, PyMethodDescr } from '../../objects/descrobject.ts';

export function isGeneratorCode(co: PyCode): boolean {
  return (co.co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0;
}

/**
 * A new frame for calling `func` with nargs positional arguments at src[start...] followed by the
 * values of `kwnames`. Raises CPython's TypeErrors for arguments that do not fit.
 * CPython: initialize_locals
 */
export function prepareCall(
  func: PyFunction,
  src: readonly (PyValue | undefined)[],
  start: number,
  nargs: number,
  kwnames: readonly string[] | null,
): Frame {
  const co = func.func_code;
  const frame = new Frame(co, func.func_globals, func.func_builtins, null, func);
  const lp = frame.localsplus;
  const argcount = co.co_argcount;
  const total = argcount + co.co_kwonlyargcount;
  const flags = co.co_flags;
  // Fast path: exactly the positional parameters, nothing else.
  if (kwnames === null && nargs === argcount && !(flags & (CO_VARARGS | CO_VARKEYWORDS)) && co.co_kwonlyargcount === 0) {
    for (let i = 0; i < nargs; i++) lp[i] = src[start + i];
    return frame;
  }
  let kwdict: PyDict | null = null;
  if (flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    lp[total + (flags & CO_VARARGS ? 1 : 0)] = kwdict;
  }
  const n = Math.min(nargs, argcount);
  for (let j = 0; j < n; j++) lp[j] = src[start + j];
  if (flags & CO_VARARGS) {
    lp[total] = nargs > n ? new PyTuple(src.slice(start + n, start + nargs) as PyValue[]) : EMPTY_TUPLE;
  }
  const qualname = func.func_qualname;
  if (kwnames !== null) {
    const names = co.co_localsplusnames.items as readonly string[];
    for (let k = 0; k < kwnames.length; k++) {
      const keyword = kwnames[k];
      const value = src[start + nargs + k]!;
      let j = co.co_posonlyargcount;
      for (; j < total; j++) if (names[j] === keyword) break;
      if (j < total) {
        if (lp[j] !== undefined) throw typeError(`${qualname}() got multiple values for argument '${keyword}'`);
        lp[j] = value;
        continue;
      }
      if (kwdict === null) {
        if (co.co_posonlyargcount) positionalOnlyPassedAsKeyword(co, kwnames, qualname);
        const possible = names.slice(co.co_posonlyargcount, total);
        const suggestion = total > co.co_posonlyargcount ? calculateSuggestion(possible, keyword) : null;
        throw typeError(
          suggestion !== null
            ? `${qualname}() got an unexpected keyword argument '${keyword}'. Did you mean '${suggestion}'?`
            : `${qualname}() got an unexpected keyword argument '${keyword}'`,
        );
      }
      kwdict.set(keyword, value);
    }
  }
  if (nargs > argcount && !(flags & CO_VARARGS)) tooManyPositional(co, nargs, func.func_defaults, lp, qualname);
  if (nargs < argcount) {
    const defaults = func.func_defaults?.items ?? [];
    const defcount = defaults.length;
    const m = argcount - defcount;
    let missing = 0;
    for (let i = nargs; i < m; i++) if (lp[i] === undefined) missing++;
    if (missing) missingArguments(co, missing, defcount, lp, qualname);
    for (let i = n > m ? n - m : 0; i < defcount; i++) if (lp[m + i] === undefined) lp[m + i] = defaults[i];
  }
  if (co.co_kwonlyargcount > 0) {
    let missing = 0;
    const names = co.co_localsplusnames.items as readonly string[];
    for (let i = argcount; i < total; i++) {
      if (lp[i] !== undefined) continue;
      const def = func.func_kwdefaults?.getStr(names[i]);
      if (def !== undefined) {
        lp[i] = def;
        continue;
      }
      missing++;
    }
    if (missing) missingArguments(co, missing, -1, lp, qualname);
  }
  return frame;
}

function positionalOnlyPassedAsKeyword(co: PyCode, kwnames: readonly string[], qualname: string): void {
  const names = co.co_localsplusnames.items as readonly string[];
  const conflicts: string[] = [];
  for (let k = 0; k < co.co_posonlyargcount; k++) for (const kw of kwnames) if (kw === names[k]) conflicts.push(kw);
  if (conflicts.length) {
    throw typeError(`${qualname}() got some positional-only arguments passed as keyword arguments: '${conflicts.join(', ')}'`);
  }
}

function formatMissing(kind: string, names: string[], qualname: string): never {
  let nameStr: string;
  if (names.length === 1) nameStr = names[0];
  else if (names.length === 2) nameStr = `${names[0]} and ${names[1]}`;
  else nameStr = `${names.slice(0, -2).join(', ')}, ${names[names.length - 2]}, and ${names[names.length - 1]}`;
  throw typeError(`${qualname}() missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${nameStr}`);
}

function missingArguments(co: PyCode, missing: number, defcount: number, lp: readonly (PyValue | undefined)[], qualname: string): never {
  const positional = defcount !== -1;
  const start = positional ? 0 : co.co_argcount;
  const end = positional ? co.co_argcount - defcount : co.co_argcount + co.co_kwonlyargcount;
  const names: string[] = [];
  for (let i = start; i < end; i++) if (lp[i] === undefined) names.push(PyObject_Repr(co.co_localsplusnames.items[i]));
  void missing;
  return formatMissing(positional ? 'positional' : 'keyword-only', names, qualname);
}

function tooManyPositional(co: PyCode, given: number, defaults: PyTuple | null, lp: readonly (PyValue | undefined)[], qualname: string): never {
  const argcount = co.co_argcount;
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + co.co_kwonlyargcount; i++) if (lp[i] !== undefined) kwonlyGiven++;
  const defcount = defaults === null ? 0 : defaults.items.length;
  let sig: string;
  let plural: boolean;
  if (defcount) {
    plural = true;
    sig = `from ${argcount - defcount} to ${argcount}`;
  } else {
    plural = argcount !== 1;
    sig = String(argcount);
  }
  const kwonlySig = kwonlyGiven
    ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`
    : '';
  throw typeError(
    `${qualname}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwonlySig} ${given === 1 && !kwonlyGiven ? 'was' : 'were'} given`,
  );
}

/** Where callAny leaves the frame it prepared for a Python function (it then returns undefined). */
export const callTarget: { frame: Frame | null } = { frame: null };

/**
 * CALL's generic form: the callable, self or NULL, and the arguments (keyword values last) are
 * stack[base..sp); clears those slots. Returns the result of a callable that is not a Python
 * function; for a Python function, prepares its frame in callTarget.frame and returns undefined.
 */
export function callAny(stack: (PyValue | undefined)[], base: number, sp: number, kwnames: readonly string[] | null): PyValue | undefined {
  let callable = stack[base]!;
  let self = stack[base + 1];
  if (self === undefined && callable instanceof PyMethod) {
    self = callable.im_self;
    callable = callable.im_func;
    stack[base + 1] = self;
  }
  const argStart = self === undefined ? base + 2 : base + 1;
  const nkw = kwnames === null ? 0 : kwnames.length;
  let r: PyValue | undefined;
  let init: PyFunction | null;
  if (callable instanceof PyFunction) {
    callTarget.frame = prepareCall(callable, stack, argStart, sp - argStart - nkw, kwnames);
    r = undefined;
  } else if (self === undefined && callable instanceof PyType && (init = initToEnter(callable)) !== null) {
    // C(...) for a class with object.__new__ and a Python __init__: the instance is made here and
    // __init__'s frame runs in the loop, as CALL_ALLOC_AND_ENTER_INIT does (what type.__call__
    // would do, without a nested run of the loop); its return gives the instance.
    const obj = allocObject(callable);
    stack[base + 1] = obj;
    const f = prepareCall(init, stack, base + 1, sp - base - 1 - nkw, kwnames);
    f.initSelf = obj;
    callTarget.frame = f;
    r = undefined;
  } else {
    r = callNonPy(callable, stack, argStart, sp - argStart, kwnames);
    // The callable and arguments are released after the call (what only they held can die then).
    if (gcLive.count !== 0) {
      const values = stack.slice(base, sp);
      for (let i = base; i < sp; i++) stack[i] = undefined;
      dropped(values, [r]);
      return r;
    }
  }
  for (let i = base; i < sp; i++) stack[i] = undefined;
  return r;
}

const GEN_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

/**
 * The __init__ whose frame a call of class `type` can enter directly: type's metaclass is type (so
 * type.__call__ runs), object.__new__ makes its instances, and its __init__ is a Python function
 * (not a generator's); else null.  The conditions of CALL_ALLOC_AND_ENTER_INIT (vm/specialize.ts).
 */
function initToEnter(type: PyType): PyFunction | null {
  if (typeOf(type) !== TypeType || !isObjectNew(type) || !isSlotInit(type)) return null;
  const init = _PyType_Lookup(type, '__init__');
  return init instanceof PyFunction && !(init.func_code.co_flags & GEN_FLAGS) ? init : null;
}

/** Calls a callable that is not a Python function, with arguments in the VM stack. */
export function callNonPy(
  callable: PyValue,
  stack: readonly (PyValue | undefined)[],
  start: number,
  count: number,
  kwnames: readonly string[] | null,
): PyValue {
  // The commonest natives avoid the generic path and an argument copy where possible.
  if (callable instanceof PyMethodDescr && kwnames === null && count >= 1) {
    const self = stack[start]!;
    callable.checkSelf(self);
    return callable.callBoundStack(self, stack, start + 1, count - 1);
  }
  if (callable instanceof PyCFunction) {
    if (kwnames === null) return callable.callStack(stack, start, count);
    return callable.call(stack.slice(start, start + count) as PyValue[], kwnames);
  }
  if (callable instanceof PyType && callable.tp_vectorcall !== null && kwnames === null) {
    const r = callable.tp_vectorcall(stack, start, count);
    if (r !== undefined) return r;
  }
  return PyObject_Call(callable, stack.slice(start, start + count) as PyValue[], kwnames);
}

/** func(*callargs, **kwargs).  CPython: _DO_CALL_FUNCTION_EX */
export function callFunctionEx(func: PyValue, self: PyValue | undefined, callargs: PyValue, kwargs: PyValue | undefined): PyValue {
  const a = exCallArgs(func, self, callargs, kwargs);
  return PyObject_Call(func, a.args, a.kwnames);
}

/** The arguments of func(*callargs, **kwargs) in vectorcall form (positional, then keyword values). */
export function exCallArgs(func: PyValue, self: PyValue | undefined, callargs: PyValue, kwargs: PyValue | undefined): { args: PyValue[]; kwnames: string[] | null } {
  let args: PyValue[];
  if (callargs instanceof PyTuple) args = callargs.items.slice();
  else {
    if (typeOf(callargs).tp_iter === null && typeOf(callargs).sq_item === null) {
      throw typeError(`${funcDesc(func)} argument after * must be an iterable, not ${typeOf(callargs).tp_name}`);
    }
    args = iterableToArray(callargs);
  }
  if (self !== undefined) args.unshift(self);
  let kwnames: string[] | null = null;
  if (kwargs !== undefined && kwargs !== None) {
    const d = kwargs as PyDict;
    if (d.size > 0) {
      kwnames = [];
      for (let i = d.next(0); i >= 0; i = d.next(i + 1)) {
        const k = d.keys[i];
        // CPython: _PyStack_UnpackDict
        if (!isStrValue(k)) throw typeError('keywords must be strings');
        kwnames.push(strValue(k));
        args.push(d.values[i]);
      }
    }
  }
  return { args, kwnames };
}

/** How error messages name a callable: 'f()' for functions, 'int object' otherwise.  CPython: _PyObject_FunctionStr */
export function funcDesc(func: PyValue): string {
  const qual = PyObject_LookupAttr(func, '__qualname__');
  if (qual === undefined) return PyObject_Str(func);
  const mod = PyObject_LookupAttr(func, '__module__');
  if (mod !== undefined && mod !== None && PyObject_RichCompareBool(mod, 'builtins', CompareOp.NE)) {
    return `${PyObject_Str(mod)}.${PyObject_Str(qual)}()`;
  }
  return `${PyObject_Str(qual)}()`;
}

void PyList;
void PyObject_GetItem;
void PyObject_CallMethod;
