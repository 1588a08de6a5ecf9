// Python functions, cells, staticmethod and classmethod.  CPython: Objects/funcobject.c, Objects/cellobject.c

import { None, NotImplemented, PyObject, type PyValue, type PyIntValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf, _PyType_Lookup, markDictShadowing } from './type.ts';
import { PyDict } from './dict.ts';
import { PyTuple, EMPTY_TUPLE } from './tuple.ts';
import { PyCode, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from './code.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import {
  PyObject_Call,
  PyObject_Repr,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  PyObject_GetAttr,
  PyObject_LookupAttr,
  PyObject_Hash,
} from './abstract.ts';
import { boundHash } from './descrobject.ts';
import { genericAliasClassMethod } from './genericalias.ts';
import { PyObject_GenericSetAttr } from './generic-attr.ts';
import { attributeError, typeError, valueError, runtimeError, PyExc_DeprecationWarning } from './exceptions.ts';
// _warnings sits high in the import graph: float/warn.ts reaches it when a warning is issued.
import { numberWarning } from './float/warn.ts';
import { addressOf } from './id.ts';
import { isStrValue, strValue } from './boxes.ts';
import { callFunction } from '../vm/call.ts';
import { tstate } from '../vm/thread-state.ts';
import { builtinsDict } from '../vm/interpreter.ts';
import { builtinsFromValue, builtinsObject } from '../vm/builtins-mapping.ts';
import { builtinByName } from './iterobject.ts';
import { sysAudit } from '../modules/sys.ts';
import { bindArguments, parseSignature } from './getargs.ts';

// ---- function ----

export class PyFunction extends PyObject {
  ob_dict: PyDict | null = null;
  func_defaults: PyTuple | null = null;
  func_kwdefaults: PyDict | null = null;
  func_closure: PyTuple | null = null;
  func_doc: PyValue = None;
  func_module: PyValue = None;
  func_annotations: PyDict | null = null;
  func_annotate: PyValue = None;
  func_typeparams: PyTuple | null = null;
  /** Bumped when __code__, __defaults__ or __kwdefaults__ change (call-site caches check it). */
  func_version = 0;

  constructor(
    public func_code: PyCode,
    readonly func_globals: PyDict,
    readonly func_builtins: PyDict,
    public func_name: string,
    public func_qualname: string,
  ) {
    super();
    const mod = func_globals.getStr('__name__');
    if (mod !== undefined) this.func_module = mod;
  }
}

function funcCall(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  return callFunction(self as PyFunction, args, kwnames);
}

function funcDescrGet(self: PyValue, obj: PyValue | null): PyValue {
  if (obj === null) return self;
  return new PyMethod(self, obj);
}

function funcRepr(self: PyValue): string {
  const f = self as PyFunction;
  return `<function ${f.func_qualname} at ${addressOf(f)}>`;
}

function funcGetDict(f: PyFunction): PyValue {
  return (f.ob_dict ??= new PyDict());
}

function funcSetCode(f: PyFunction, v: PyValue | null): void {
  if (!(v instanceof PyCode)) throw typeError('__code__ must be set to a code object');
  const nfree = v.co_nfreevars;
  const nclosure = f.func_closure?.items.length ?? 0;
  if (nfree !== nclosure) {
    throw valueError(`${f.func_name}() requires a code object with ${nclosure} free vars, not ${nfree}`);
  }
  const mask = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;
  if ((f.func_code.co_flags & mask) !== (v.co_flags & mask)) {
    numberWarning(PyExc_DeprecationWarning, 'Assigning a code object of non-matching type is deprecated (e.g., from a generator to a plain function)');
  }
  f.func_code = v;
  f.func_version++;
}

/** Replacing a function's __dict__ (never deleting it).  CPython: PyObject_GenericSetDict */
function funcSetDict(f: PyFunction, v: PyValue | null): void {
  if (v === null) throw typeError('cannot delete __dict__');
  if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).tp_name}'`);
  f.ob_dict = v;
}

function funcSetDefaults(f: PyFunction, v: PyValue | null): void {
  if (v === null || v === None) f.func_defaults = null;
  else if (v instanceof PyTuple) f.func_defaults = v;
  else throw typeError('__defaults__ must be set to a tuple object');
  f.func_version++;
}

function funcSetKwdefaults(f: PyFunction, v: PyValue | null): void {
  if (v === null || v === None) f.func_kwdefaults = null;
  else if (v instanceof PyDict) f.func_kwdefaults = v;
  else throw typeError('__kwdefaults__ must be set to a dict object');
  f.func_version++;
}

function funcSetName(f: PyFunction, v: PyValue | null): void {
  if (v === null || !isStrValue(v)) throw typeError('__name__ must be set to a string object');
  f.func_name = strValue(v);
}

function funcSetQualname(f: PyFunction, v: PyValue | null): void {
  if (v === null || !isStrValue(v)) throw typeError('__qualname__ must be set to a string object');
  f.func_qualname = strValue(v);
}

// ---- PEP 649: __annotate__ and __annotations__ ----
// A function with annotations gets an __annotate__ function (or, under `from __future__ import
// annotations`, the dict at once); __annotations__ calls __annotate__(1) (VALUE) the first time
// and keeps the dict.

/** The annotations dict, computed through __annotate__(VALUE) when not known yet; None without either.  CPython: func_get_annotation_dict */
function funcAnnotationDict(f: PyFunction): PyValue {
  if (f.func_annotations === null) {
    if (f.func_annotate === None || typeOf(f.func_annotate).tp_call === null) return None;
    const d = PyObject_Call(f.func_annotate, [1], null);
    if (!(d instanceof PyDict)) throw typeError(`__annotate__ returned non-dict of type '${typeOf(d).tp_name}'`);
    f.func_annotations = d;
  }
  return f.func_annotations;
}

/** CPython: function___annotations___get_impl */
function funcGetAnnotations(f: PyFunction): PyValue {
  if (f.func_annotations === null && (f.func_annotate === None || typeOf(f.func_annotate).tp_call === null)) f.func_annotations = new PyDict();
  return funcAnnotationDict(f);
}

/** Setting a dict or None (or deleting) forgets __annotate__.  CPython: function___annotations___set_impl */
function funcSetAnnotations(f: PyFunction, v: PyValue | null): void {
  if (v === None) v = null;
  if (v !== null && !(v instanceof PyDict)) throw typeError('__annotations__ must be set to a dict object');
  f.func_annotations = v;
  f.func_annotate = None;
}

/** CPython: function___annotate___set_impl */
function funcSetAnnotate(f: PyFunction, v: PyValue | null): void {
  if (v === null) throw typeError('__annotate__ cannot be deleted');
  if (v === None) {
    f.func_annotate = v;
  } else if (typeOf(v).tp_call !== null) {
    f.func_annotate = v;
    f.func_annotations = null;
  } else throw typeError('__annotate__ must be callable or None');
}

const FUNC_NEW_SIG = parseSignature('(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)');

/**
 * The builtins a function made from `globals` uses: globals['__builtins__'] (a module's dict), else
 * the running frame's.  CPython: _PyDict_LoadBuiltinsFromGlobals
 */
function builtinsFromGlobals(globals: PyDict): PyDict {
  const b = globals.getStr('__builtins__');
  if (b !== undefined) return builtinsFromValue(b);
  return tstate.frame?.f_builtins ?? builtinsDict();
}

/** function(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None).  CPython: func_new_impl */
function funcNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [code, globals, name, defaults, closure, kwdefaults] = bindArguments(FUNC_NEW_SIG, { short: 'function', funcStr: 'function()' }, args, kwnames) as PyValue[];
  if (!(code instanceof PyCode)) throw typeError(`function() argument 'code' must be code, not ${typeOf(code).tp_name}`);
  if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${typeOf(globals).tp_name}`);
  if (name !== None && !isStrValue(name)) throw typeError('arg 3 (name) must be None or string');
  if (defaults !== None && !(defaults instanceof PyTuple)) throw typeError('arg 4 (defaults) must be None or tuple');
  if (!(closure instanceof PyTuple)) {
    if (code.co_nfreevars && closure === None) throw typeError('arg 5 (closure) must be tuple');
    if (closure !== None) throw typeError('arg 5 (closure) must be None or tuple');
  }
  if (kwdefaults !== None && !(kwdefaults instanceof PyDict)) throw typeError('arg 6 (kwdefaults) must be None or dict');
  const cells = closure instanceof PyTuple ? closure.items : [];
  if (code.co_nfreevars !== cells.length) {
    throw valueError(`${code.co_name} requires closure of length ${code.co_nfreevars}, not ${cells.length}`);
  }
  for (const c of cells) {
    if (!(c instanceof PyCell)) throw typeError(`arg 5 (closure) expected cell, found ${typeOf(c).tp_name}`);
  }
  sysAudit('function.__new__', [code]);
  const f = new PyFunction(code, globals, builtinsFromGlobals(globals), code.co_name, code.co_qualname);
  // CO_HAS_DOCSTRING: the first constant is the docstring.
  if (code.co_flags & 0x4000000 && code.co_consts.items.length > 0) f.func_doc = code.co_consts.items[0];
  if (name !== None) f.func_name = strValue(name);
  if (defaults !== None) f.func_defaults = defaults as PyTuple;
  if (closure !== None) f.func_closure = closure as PyTuple;
  if (kwdefaults !== None) f.func_kwdefaults = kwdefaults as PyDict;
  return f;
}

export const FunctionType = defineBuiltinType({
  name: 'function',
  textSignature: '(code, globals, name=None, argdefs=None, closure=None,\n         kwdefaults=None)',
  doc: 'A function defined in Python.',
  flags: TPFLAGS.METHOD_DESCRIPTOR | TPFLAGS.HAVE_VECTORCALL,
  instanceClass: PyFunction,
  instanceHasDict: true,
  weakrefable: true,
  slots: { tp_call: funcCall, tp_descr_get: funcDescrGet, tp_repr: funcRepr, tp_new: funcNew },
  members: {
    __closure__: { get: (f: PyFunction) => f.func_closure ?? None },
    __globals__: { get: (f: PyFunction) => f.func_globals },
    __builtins__: { get: (f: PyFunction) => builtinsObject(f.func_builtins) },
    __doc__: { get: (f: PyFunction) => f.func_doc, set: (f: PyFunction, v: PyValue | null) => void (f.func_doc = v ?? None) },
    __module__: { get: (f: PyFunction) => f.func_module, set: (f: PyFunction, v: PyValue | null) => void (f.func_module = v ?? None) },
  },
  getset: {
    __code__: { get: (f: PyFunction) => f.func_code, set: funcSetCode },
    __defaults__: { get: (f: PyFunction) => f.func_defaults ?? None, set: funcSetDefaults },
    __kwdefaults__: { get: (f: PyFunction) => f.func_kwdefaults ?? None, set: funcSetKwdefaults },
    __name__: { get: (f: PyFunction) => f.func_name, set: funcSetName },
    __qualname__: { get: (f: PyFunction) => f.func_qualname, set: funcSetQualname },
    __dict__: { get: funcGetDict, set: funcSetDict },
    __annotations__: { get: funcGetAnnotations, set: funcSetAnnotations, doc: 'The annotations of the function as a dict, computed by __annotate__ on first use.' },
    __annotate__: { get: (f: PyFunction) => f.func_annotate, set: funcSetAnnotate, doc: 'The function that computes the annotations in a given format, or None.' },
    __type_params__: {
      get: (f: PyFunction) => f.func_typeparams ?? EMPTY_TUPLE,
      set: (f: PyFunction, v: PyValue | null) => {
        if (!(v instanceof PyTuple)) throw typeError('__type_params__ must be set to a tuple');
        f.func_typeparams = v;
      },
    },
  },
});

// ---- bound method ----

export class PyMethod extends PyObject {
  constructor(
    readonly im_func: PyValue,
    readonly im_self: PyValue,
  ) {
    super();
  }
}

function methodCall(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const m = self as PyMethod;
  const all = new Array<PyValue>(args.length + 1);
  all[0] = m.im_self;
  for (let i = 0; i < args.length; i++) all[i + 1] = args[i];
  if (m.im_func instanceof PyFunction) return callFunction(m.im_func, all, kwnames);
  return PyObject_Call(m.im_func, all, kwnames);
}

function methodRepr(self: PyValue): string {
  const m = self as PyMethod;
  const name = PyObject_LookupAttr(m.im_func, '__qualname__') ?? PyObject_LookupAttr(m.im_func, '__name__');
  const n = name !== undefined && isStrValue(name) ? strValue(name) : '?';
  return `<bound method ${n} of ${PyObject_Repr(m.im_self)}>`;
}

/** Attributes of the method type (and object's) win; the others come from the function.  CPython: method_getattro */
function methodGetattro(self: PyValue, name: string, suppress: boolean): PyValue | undefined {
  const m = self as PyMethod;
  const t = typeOf(m);
  const descr = _PyType_Lookup(t, name);
  if (descr !== null) {
    const get = typeOf(descr).tp_descr_get;
    return get === null ? descr : get(descr, m, t);
  }
  if (suppress) return PyObject_LookupAttr(m.im_func, name);
  return PyObject_GetAttr(m.im_func, name);
}

/** Equal when the functions are equal and the instances are the same object.  CPython: method_richcompare */
function methodRichcompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !(other instanceof PyMethod)) return NotImplemented;
  const a = self as PyMethod;
  const eq = PyObject_RichCompareBool(a.im_func, other.im_func, CompareOp.EQ) && a.im_self === other.im_self;
  return op === CompareOp.EQ ? eq : !eq;
}

/** The instance's identity hash mixed with the function's hash.  CPython: method_hash */
function methodHash(self: PyValue): PyIntValue {
  const m = self as PyMethod;
  return boundHash(m.im_self, PyObject_Hash(m.im_func));
}

/** method(function, instance).  CPython: method_new_impl */
function methodNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [func, instance] = bindArguments(METHOD_NEW_SIG, { short: 'method', funcStr: 'method()' }, args, kwnames) as PyValue[];
  if (typeOf(func).tp_call === null) throw typeError('first argument must be callable');
  if (instance === None) throw typeError('instance must not be None');
  return new PyMethod(func, instance);
}
const METHOD_NEW_SIG = parseSignature('(function, instance, /)');

/** (getattr, (instance, name)).  CPython: method___reduce___impl */
function methodReduce(m: PyMethod): PyValue {
  const name = PyObject_GetAttr(m.im_func, '__name__');
  return new PyTuple([builtinByName('getattr'), new PyTuple([m.im_self, name])]);
}

function methodDescrGet(self: PyValue): PyValue {
  return self;
}

export const MethodType = defineBuiltinType({
  name: 'method',
  weakrefable: true,
  textSignature: '(function, instance, /)',
  doc: 'A function bound to an object.',
  instanceClass: PyMethod,
  flags: TPFLAGS.HAVE_VECTORCALL,
  slots: {
    tp_new: methodNew,
    tp_call: methodCall,
    tp_repr: methodRepr,
    tp_hash: methodHash,
    tp_getattro: methodGetattro,
    tp_setattro: PyObject_GenericSetAttr,
    tp_richcompare: methodRichcompare,
    tp_descr_get: methodDescrGet,
  },
  methods: { __reduce__: { sig: '($self, /)', impl: methodReduce } },
  members: {
    __func__: { get: (m: PyMethod) => m.im_func },
    __self__: { get: (m: PyMethod) => m.im_self },
  },
  getset: {
    __doc__: { get: (m: PyMethod) => PyObject_LookupAttr(m.im_func, '__doc__') ?? None },
  },
});

// ---- cell ----

export class PyCell extends PyObject {
  constructor(public ob_ref: PyValue | undefined = undefined) {
    super();
  }
}

function cellRepr(self: PyValue): string {
  const c = self as PyCell;
  if (c.ob_ref === undefined) return `<cell at ${addressOf(c)}: empty>`;
  return `<cell at ${addressOf(c)}: ${typeOf(c.ob_ref).tp_name} object at ${addressOf(c.ob_ref)}>`;
}

function cellRichcompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  if (!(other instanceof PyCell)) return NotImplemented;
  const a = (self as PyCell).ob_ref;
  const b = other.ob_ref;
  if (a !== undefined && b !== undefined) return PyObject_RichCompare(a, b, op);
  const x = a === undefined ? 0 : 1;
  const y = b === undefined ? 0 : 1;
  switch (op) {
    case CompareOp.LT:
      return x < y;
    case CompareOp.LE:
      return x <= y;
    case CompareOp.EQ:
      return x === y;
    case CompareOp.NE:
      return x !== y;
    case CompareOp.GT:
      return x > y;
    case CompareOp.GE:
      return x >= y;
  }
}

function cellNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('cell() takes no keyword arguments');
  if (args.length > 1) throw typeError(`cell expected at most 1 argument, got ${args.length}`);
  void type;
  return new PyCell(args.length ? args[0] : undefined);
}

export const CellType = defineBuiltinType({
  name: 'cell',
  textSignature: '([contents])',
  instanceClass: PyCell,
  slots: { tp_repr: cellRepr, tp_richcompare: cellRichcompare, tp_new: cellNew, tp_hash: null },
  getset: {
    cell_contents: {
      get: (c: PyCell) => {
        if (c.ob_ref === undefined) throw valueError('Cell is empty');
        return c.ob_ref;
      },
      set: (c: PyCell, v: PyValue | null) => void (c.ob_ref = v ?? undefined),
    },
  },
});

// ---- staticmethod and classmethod ----

// The wrapped callable is set by __init__ (CPython: sm_init, cm_init); __new__ alone leaves it
// unset (null), which reads as None, as in CPython 3.14 after gh-144330.
export class PyStaticMethod extends PyObject {
  ob_dict: PyDict | null = null;
  constructor(public sm_callable: PyValue | null) {
    super();
  }
}

export class PyClassMethod extends PyObject {
  ob_dict: PyDict | null = null;
  constructor(public cm_callable: PyValue | null) {
    super();
  }
}

/** Copies __module__, __name__, __qualname__, __doc__ from the wrapped callable.  CPython: functools_wraps */
function copyWrapperAttrs(wrapper: PyStaticMethod | PyClassMethod, wrapped: PyValue): void {
  const d = (wrapper.ob_dict ??= new PyDict());
  // The instance dict now holds names the type also has (__doc__): inline caches must look at it.
  if (!wrapper.ob_type.dictMayShadow) markDictShadowing(wrapper.ob_type, false);
  for (const n of ['__module__', '__name__', '__qualname__', '__doc__']) {
    const v = PyObject_LookupAttr(wrapped, n);
    if (v !== undefined) d.setStr(n, v);
  }
}

// CPython: PyType_GenericNew (staticmethod and classmethod take their arguments in __init__)
function smNew(type: PyType): PyValue {
  return type === StaticMethodType ? new PyStaticMethod(null) : newHeapInstance(PyStaticMethod, type, null);
}

function cmNew(type: PyType): PyValue {
  return type === ClassMethodType ? new PyClassMethod(null) : newHeapInstance(PyClassMethod, type, null);
}

/** The one callable argument of staticmethod/classmethod __init__. */
function wrapperInitArg(name: string, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

// CPython: sm_init
function smInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const sm = self as PyStaticMethod;
  const f = wrapperInitArg('staticmethod', args, kwnames);
  sm.sm_callable = f;
  copyWrapperAttrs(sm, f);
}

// CPython: cm_init
function cmInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const cm = self as PyClassMethod;
  const f = wrapperInitArg('classmethod', args, kwnames);
  cm.cm_callable = f;
  copyWrapperAttrs(cm, f);
}

function smGet(self: PyValue): PyValue {
  const f = (self as PyStaticMethod).sm_callable;
  if (f === null) throw runtimeError('uninitialized staticmethod object');
  return f;
}

function smCall(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  return PyObject_Call((self as PyStaticMethod).sm_callable ?? None, args, kwnames);
}

function cmGet(self: PyValue, obj: PyValue | null, type: PyType | null): PyValue {
  const f = (self as PyClassMethod).cm_callable;
  if (f === null) throw runtimeError('uninitialized classmethod object');
  const t = type ?? typeOf(obj!);
  return new PyMethod(f, t);
}

function smRepr(self: PyValue): string {
  return `<staticmethod(${PyObject_Repr((self as PyStaticMethod).sm_callable ?? None)})>`;
}

function cmRepr(self: PyValue): string {
  return `<classmethod(${PyObject_Repr((self as PyClassMethod).cm_callable ?? None)})>`;
}

/**
 * __annotations__ and __annotate__ of staticmethod and classmethod: the wrapped callable's, kept in
 * the wrapper's __dict__ after the first read.  CPython: descriptor_get_wrapped_attribute
 */
function wrappedAttr(wrapper: PyStaticMethod | PyClassMethod, wrapped: PyValue, name: string): PyValue {
  const d = (wrapper.ob_dict ??= new PyDict());
  const found = d.getStr(name);
  if (found !== undefined) return found;
  const v = PyObject_GetAttr(wrapped, name);
  d.setStr(name, v);
  return v;
}

/** CPython: descriptor_set_wrapped_attribute */
function setWrappedAttr(wrapper: PyStaticMethod | PyClassMethod, name: string, v: PyValue | null, typeName: string): void {
  const d = (wrapper.ob_dict ??= new PyDict());
  if (v !== null) d.setStr(name, v);
  else if (!d.delete(name)) throw attributeError(`'${typeName}' object has no attribute '${name}'`);
}

function isAbstract(v: PyValue): PyValue {
  const r = PyObject_LookupAttr(v, '__isabstractmethod__');
  return r === undefined ? false : r;
}

export const StaticMethodType = defineBuiltinType({
  name: 'staticmethod',
  textSignature: '(function, /)',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyStaticMethod,
  instanceHasDict: true,
  slots: { tp_new: smNew, tp_init: smInit, tp_descr_get: smGet, tp_call: smCall, tp_repr: smRepr },
  methods: { __class_getitem__: genericAliasClassMethod('See PEP 585') },
  members: {
    __func__: { get: (s: PyStaticMethod) => s.sm_callable ?? None },
    __wrapped__: { get: (s: PyStaticMethod) => s.sm_callable ?? None },
  },
  getset: {
    __isabstractmethod__: { get: (s: PyStaticMethod) => isAbstract(s.sm_callable ?? None) },
    __dict__: { get: (s: PyStaticMethod) => (s.ob_dict ??= new PyDict()) },
    __annotations__: {
      get: (s: PyStaticMethod) => wrappedAttr(s, s.sm_callable ?? None, '__annotations__'),
      set: (s: PyStaticMethod, v: PyValue | null) => setWrappedAttr(s, '__annotations__', v, 'staticmethod'),
    },
    __annotate__: {
      get: (s: PyStaticMethod) => wrappedAttr(s, s.sm_callable ?? None, '__annotate__'),
      set: (s: PyStaticMethod, v: PyValue | null) => setWrappedAttr(s, '__annotate__', v, 'staticmethod'),
    },
  },
});

export const ClassMethodType = defineBuiltinType({
  name: 'classmethod',
  textSignature: '(function, /)',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyClassMethod,
  instanceHasDict: true,
  slots: { tp_new: cmNew, tp_init: cmInit, tp_descr_get: cmGet, tp_repr: cmRepr },
  methods: { __class_getitem__: genericAliasClassMethod('See PEP 585') },
  members: {
    __func__: { get: (s: PyClassMethod) => s.cm_callable ?? None },
    __wrapped__: { get: (s: PyClassMethod) => s.cm_callable ?? None },
  },
  getset: {
    __isabstractmethod__: { get: (s: PyClassMethod) => isAbstract(s.cm_callable ?? None) },
    __dict__: { get: (s: PyClassMethod) => (s.ob_dict ??= new PyDict()) },
    __annotations__: {
      get: (s: PyClassMethod) => wrappedAttr(s, s.cm_callable ?? None, '__annotations__'),
      set: (s: PyClassMethod, v: PyValue | null) => setWrappedAttr(s, '__annotations__', v, 'classmethod'),
    },
    __annotate__: {
      get: (s: PyClassMethod) => wrappedAttr(s, s.cm_callable ?? None, '__annotate__'),
      set: (s: PyClassMethod, v: PyValue | null) => setWrappedAttr(s, '__annotate__', v, 'classmethod'),
    },
  },
});

