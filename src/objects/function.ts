// Python functions, cells, staticmethod and classmethod.  CPython: Objects/funcobject.c, Objects/cellobject.c

import { None, NotImplemented, PyObject, type PyValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from './type.ts';
import { PyDict } from './dict.ts';
import { PyTuple } from './tuple.ts';
import { PyCode } from './code.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import { PyObject_Call, PyObject_Repr, PyObject_RichCompare, PyObject_GetAttr, PyObject_LookupAttr } from './abstract.ts';
import { typeError, valueError } from './exceptions.ts';
import { addressOf } from './id.ts';
import { isStrValue, strValue } from './boxes.ts';
import { callFunction } from '../vm/call.ts';

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
  f.func_code = v;
  f.func_version++;
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

function funcNew(): PyValue {
  throw typeError('function() construction is not supported yet');
}

export const FunctionType = defineBuiltinType({
  name: 'function',
  doc: 'A function defined in Python.',
  flags: TPFLAGS.METHOD_DESCRIPTOR | TPFLAGS.HAVE_VECTORCALL,
  instanceClass: PyFunction,
  instanceHasDict: true,
  weakrefable: true,
  slots: { tp_call: funcCall, tp_descr_get: funcDescrGet, tp_repr: funcRepr, tp_new: funcNew },
  getset: {
    __code__: { get: (f: PyFunction) => f.func_code, set: funcSetCode },
    __defaults__: { get: (f: PyFunction) => f.func_defaults ?? None, set: funcSetDefaults },
    __kwdefaults__: { get: (f: PyFunction) => f.func_kwdefaults ?? None, set: funcSetKwdefaults },
    __closure__: { get: (f: PyFunction) => f.func_closure ?? None },
    __globals__: { get: (f: PyFunction) => f.func_globals },
    __builtins__: { get: (f: PyFunction) => f.func_builtins },
    __name__: { get: (f: PyFunction) => f.func_name, set: funcSetName },
    __qualname__: { get: (f: PyFunction) => f.func_qualname, set: funcSetQualname },
    __doc__: { get: (f: PyFunction) => f.func_doc, set: (f: PyFunction, v: PyValue | null) => void (f.func_doc = v ?? None) },
    __module__: { get: (f: PyFunction) => f.func_module, set: (f: PyFunction, v: PyValue | null) => void (f.func_module = v ?? None) },
    __dict__: { get: funcGetDict },
    __type_params__: {
      get: (f: PyFunction) => f.func_typeparams ?? new PyTuple([]),
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

/** Attributes not found on the method type come from the function.  CPython: method_getattro */
function methodGetattro(self: PyValue, name: string, suppress: boolean): PyValue | undefined {
  const m = self as PyMethod;
  const t = typeOf(m);
  const descr = t.tp_dict.getStr(name) ?? ObjectTypeAttr(name);
  if (descr !== undefined && descr !== null) {
    const get = typeOf(descr).tp_descr_get;
    return get === null ? descr : get(descr, m, t);
  }
  if (suppress) return PyObject_LookupAttr(m.im_func, name);
  return PyObject_GetAttr(m.im_func, name);
}

function ObjectTypeAttr(name: string): PyValue | undefined {
  return name === '__class__' ? OBJECT_CLASS_DESCR.d ?? undefined : undefined;
}
export const OBJECT_CLASS_DESCR: { d: PyValue | null } = { d: null };

function methodRichcompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !(other instanceof PyMethod)) return NotImplemented;
  const a = self as PyMethod;
  const eq = a.im_func === other.im_func && a.im_self === other.im_self;
  return op === CompareOp.EQ ? eq : !eq;
}

function methodDescrGet(self: PyValue): PyValue {
  return self;
}

export const MethodType = defineBuiltinType({
  name: 'method',
  doc: 'A function bound to an object.',
  instanceClass: PyMethod,
  flags: TPFLAGS.HAVE_VECTORCALL,
  slots: { tp_call: methodCall, tp_repr: methodRepr, tp_getattro: methodGetattro, tp_richcompare: methodRichcompare, tp_descr_get: methodDescrGet },
  getset: {
    __func__: { get: (m: PyMethod) => m.im_func },
    __self__: { get: (m: PyMethod) => m.im_self },
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

export class PyStaticMethod extends PyObject {
  ob_dict: PyDict | null = null;
  constructor(public sm_callable: PyValue) {
    super();
  }
}

export class PyClassMethod extends PyObject {
  ob_dict: PyDict | null = null;
  constructor(public cm_callable: PyValue) {
    super();
  }
}

/** Copies __module__, __name__, __qualname__, __doc__ from the wrapped callable.  CPython: functools_wraps */
function copyWrapperAttrs(wrapper: PyStaticMethod | PyClassMethod, wrapped: PyValue): void {
  const d = (wrapper.ob_dict ??= new PyDict());
  for (const n of ['__module__', '__name__', '__qualname__', '__doc__']) {
    const v = PyObject_LookupAttr(wrapped, n);
    if (v !== undefined) d.setStr(n, v);
  }
  d.setStr('__wrapped__', wrapped);
}

function smNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('staticmethod() takes no keyword arguments');
  if (args.length !== 1) throw typeError(`staticmethod expected 1 argument, got ${args.length}`);
  const sm = type === StaticMethodType ? new PyStaticMethod(args[0]) : newHeapInstance(PyStaticMethod, type, args[0]);
  copyWrapperAttrs(sm, args[0]);
  return sm;
}

function cmNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('classmethod() takes no keyword arguments');
  if (args.length !== 1) throw typeError(`classmethod expected 1 argument, got ${args.length}`);
  const cm = type === ClassMethodType ? new PyClassMethod(args[0]) : newHeapInstance(PyClassMethod, type, args[0]);
  copyWrapperAttrs(cm, args[0]);
  return cm;
}

function smGet(self: PyValue): PyValue {
  return (self as PyStaticMethod).sm_callable;
}

function smCall(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  return PyObject_Call((self as PyStaticMethod).sm_callable, args, kwnames);
}

function cmGet(self: PyValue, obj: PyValue | null, type: PyType | null): PyValue {
  const t = type ?? typeOf(obj!);
  return new PyMethod((self as PyClassMethod).cm_callable, t);
}

function isAbstract(v: PyValue): PyValue {
  const r = PyObject_LookupAttr(v, '__isabstractmethod__');
  return r === undefined ? false : r;
}

export const StaticMethodType = defineBuiltinType({
  name: 'staticmethod',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyStaticMethod,
  instanceHasDict: true,
  slots: { tp_new: smNew, tp_descr_get: smGet, tp_call: smCall, tp_init: () => {}, tp_repr: (s: PyValue) => `<staticmethod(${PyObject_Repr((s as PyStaticMethod).sm_callable)})>` },
  getset: {
    __func__: { get: (s: PyStaticMethod) => s.sm_callable },
    __wrapped__: { get: (s: PyStaticMethod) => s.sm_callable },
    __isabstractmethod__: { get: (s: PyStaticMethod) => isAbstract(s.sm_callable) },
    __dict__: { get: (s: PyStaticMethod) => (s.ob_dict ??= new PyDict()) },
  },
});

export const ClassMethodType = defineBuiltinType({
  name: 'classmethod',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyClassMethod,
  instanceHasDict: true,
  slots: { tp_new: cmNew, tp_descr_get: cmGet, tp_init: () => {}, tp_repr: (s: PyValue) => `<classmethod(${PyObject_Repr((s as PyClassMethod).cm_callable)})>` },
  getset: {
    __func__: { get: (s: PyClassMethod) => s.cm_callable },
    __wrapped__: { get: (s: PyClassMethod) => s.cm_callable },
    __isabstractmethod__: { get: (s: PyClassMethod) => isAbstract(s.cm_callable) },
    __dict__: { get: (s: PyClassMethod) => (s.ob_dict ??= new PyDict()) },
  },
});

