// Descriptors of builtin types and native functions: method_descriptor, classmethod_descriptor,
// getset_descriptor, member_descriptor, wrapper_descriptor, method-wrapper and
// builtin_function_or_method.  CPython: Objects/descrobject.c, Objects/methodobject.c

import { None, NotImplemented, PyObject, type PyValue, type PyIntValue } from './object.ts';
import { PyType, PyObject_TypeCheck, PyType_IsSubtype, typeOf, TPFLAGS, CompareOp } from './type.ts';
import { PyObject_GetAttr, PyObject_Str, PyObject_Hash } from './abstract.ts';
import { object_hash, typeNameT } from './typeobject.ts';
import { hashHi, hashToInt, splitHash } from './hash.ts';
import { ModuleType } from './module.ts';
import { parseSignature, bindArguments, CallConv, type Signature, type CallNames } from './getargs.ts';
import { typeError, attributeError, attributeErrorFor } from './exceptions.ts';
import { addressOf, objectId } from './id.ts';
import type { HeapFields } from './heap.ts';
import { PyStaticMethod } from './function.ts';
import { PyModule } from './module.ts';
import { PyTuple } from './tuple.ts';
import { builtinsDict } from '../vm/interpreter.ts';

/** A native implementation; receives the bound object (if the signature binds one) then the arguments. */
export type NativeImpl = (...args: never[]) => unknown;
type AnyImpl = (...args: unknown[]) => unknown;

/** Native functions return undefined for None. */
function ret(r: unknown): PyValue {
  return r === undefined ? None : (r as PyValue);
}

/**
 * Calls a native implementation with a bound object and vectorcall arguments.
 * The hot conventions (no argument, one argument) bind without allocating.
 */
export function callNative(
  sig: Signature,
  names: CallNames,
  impl: NativeImpl,
  self: PyValue | null,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  const f = impl as AnyImpl;
  const bound = sig.bound !== null;
  if (kwnames === null) {
    const n = args.length;
    if (sig.conv === CallConv.NOARGS && n === 0) return ret(bound ? f(self) : f());
    if (sig.conv === CallConv.O && n === 1) return ret(bound ? f(self, args[0]) : f(args[0]));
    // Positional calls that need no error check and no *args: the values go straight to the
    // implementation (no array of bound values, no spread call).
    const arity = sig.fastArity;
    if (arity > 0 && n >= sig.minpos && n <= sig.maxpos) {
      const d = sig.defaults as readonly PyValue[];
      const a0 = n > 0 ? args[0] : d[0];
      if (arity === 1) return ret(bound ? f(self, a0) : f(a0));
      const a1 = n > 1 ? args[1] : d[1];
      if (arity === 2) return ret(bound ? f(self, a0, a1) : f(a0, a1));
      const a2 = n > 2 ? args[2] : d[2];
      return ret(bound ? f(self, a0, a1, a2) : f(a0, a1, a2));
    }
  }
  const vals = bindArguments(sig, names, args, kwnames);
  return ret(bound ? f(self, ...vals) : f(...vals));
}

/**
 * callNative for positional arguments that are still on the VM's value stack (stack[start..start+n)):
 * the conventions that bind without an array read them in place, the others get a copy.
 */
export function callNativeStack(
  sig: Signature,
  names: CallNames,
  impl: NativeImpl,
  self: PyValue | null,
  stack: readonly (PyValue | undefined)[],
  start: number,
  n: number,
): PyValue {
  const f = impl as AnyImpl;
  const bound = sig.bound !== null;
  if (sig.conv === CallConv.NOARGS && n === 0) return ret(bound ? f(self) : f());
  if (sig.conv === CallConv.O && n === 1) return ret(bound ? f(self, stack[start]) : f(stack[start]));
  const arity = sig.fastArity;
  if (arity > 0 && n >= sig.minpos && n <= sig.maxpos) {
    const d = sig.defaults as readonly PyValue[];
    const a0 = n > 0 ? stack[start] : d[0];
    if (arity === 1) return ret(bound ? f(self, a0) : f(a0));
    const a1 = n > 1 ? stack[start + 1] : d[1];
    if (arity === 2) return ret(bound ? f(self, a0, a1) : f(a0, a1));
    const a2 = n > 2 ? stack[start + 2] : d[2];
    return ret(bound ? f(self, a0, a1, a2) : f(a0, a1, a2));
  }
  return callNative(sig, names, impl, self, stack.slice(start, start + n) as PyValue[], null);
}

/**
 * How callNativeStack binds `n` positional arguments for `sig` without an argument array or any
 * check left to make, for compiled code calling the implementation itself (vm/jit.ts): whether it
 * gets the bound object first, and the defaults passed after the n arguments; null when only the
 * generic path binds such a call.
 */
export function fastNativeShape(sig: Signature, n: number): { bound: boolean; defaults: readonly (PyValue | undefined)[] } | null {
  const bound = sig.bound !== null;
  if (sig.conv === CallConv.NOARGS) return n === 0 ? { bound, defaults: [] } : null;
  if (sig.conv === CallConv.O) return n === 1 ? { bound, defaults: [] } : null;
  const arity = sig.fastArity;
  if (arity > 0 && n >= sig.minpos && n <= sig.maxpos && n <= arity) {
    return { bound, defaults: (sig.defaults as readonly (PyValue | undefined)[]).slice(n, arity) };
  }
  return null;
}

function typeQualname(t: PyType): string {
  return t.name;
}

// ---- method_descriptor ----

export class PyMethodDescr extends PyObject {
  readonly sig: Signature;
  readonly names: CallNames;

  constructor(
    readonly d_type: PyType,
    readonly name: string,
    sigText: string,
    readonly impl: NativeImpl,
    readonly doc: string | null,
    /** __text_signature__ (a str, or None for none) when it differs from the signature arguments are bound with. */
    readonly textSig: PyValue | null = null,
  ) {
    super();
    this.sig = parseSignature(sigText);
    this.names = { short: name, funcStr: `${typeQualname(d_type)}.${name}()` };
  }

  get qualname(): string {
    return `${typeQualname(this.d_type)}.${this.name}`;
  }

  /** Calls the method with `self` already separated from the arguments (the LOAD_ATTR method path). */
  callBound(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
    return callNative(this.sig, this.names, this.impl, self, args, kwnames);
  }

  /** callBound with the n positional arguments at stack[start...] (CALL_METHOD_DESCRIPTOR_FAST). */
  callBoundStack(self: PyValue, stack: readonly (PyValue | undefined)[], start: number, n: number): PyValue {
    return callNativeStack(this.sig, this.names, this.impl, self, stack, start, n);
  }

  checkSelf(self: PyValue): void {
    if (!PyObject_TypeCheck(self, this.d_type)) {
      throw typeError(`descriptor '${this.name}' for '${this.d_type.tp_name}' objects doesn't apply to a '${typeOf(self).tp_name}' object`);
    }
  }
}

function methodDescrCall(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const d = self as PyMethodDescr;
  const nargs = args.length - (kwnames?.length ?? 0);
  if (nargs < 1) throw typeError(`unbound method ${d.qualname}() needs an argument`);
  d.checkSelf(args[0]);
  return d.callBound(args[0], args.slice(1), kwnames);
}

function methodDescrGet(self: PyValue, obj: PyValue | null): PyValue {
  const d = self as PyMethodDescr;
  if (obj === null) return d;
  d.checkSelf(obj);
  // A method bound to a class is named after that class (A.__subclasses__), else after the object's class.
  const names = typeOf(obj) === d.d_type && !(obj instanceof PyType) ? d.names : new BoundNames(d.name, obj);
  const f = new PyCFunction(d.name, d.qualname, d.sig, names, d.impl, obj, null, d.doc);
  if (d.textSig !== null) f.textSig = d.textSig;
  return f;
}

/**
 * The names a builtin method bound to an instance of a subclass reports in errors: its qualified
 * name follows the class of its __self__ ('L.append()').  CPython: meth_get__qualname__, _PyObject_FunctionStr
 */
class BoundNames implements CallNames {
  constructor(
    readonly short: string,
    private readonly owner: PyValue,
  ) {}

  get funcStr(): string {
    return `${boundQualname(this.owner, this.short)}()`;
  }
}

/** __qualname__ of a builtin method bound to `self`: its type's (or its own, for a class) qualified name, a dot, the name. */
function boundQualname(self: PyValue, name: string): string {
  const t = self instanceof PyType ? self : typeOf(self);
  const q = PyObject_GetAttr(t, '__qualname__');
  return `${PyObject_Str(q)}.${name}`;
}

function methodDescrRepr(self: PyValue): string {
  const d = self as PyMethodDescr;
  return `<method '${d.name}' of '${d.d_type.tp_name}' objects>`;
}

// ---- classmethod_descriptor ----

export class PyClassMethodDescr extends PyMethodDescr {}

function classMethodDescrGet(self: PyValue, obj: PyValue | null, type: PyType | null): PyValue {
  const d = self as PyClassMethodDescr;
  let t: PyValue | null = type;
  if (t === null) {
    if (obj === null) throw typeError(`descriptor '${d.name}' for type '${d.d_type.tp_name}' needs either an object or a type`);
    t = typeOf(obj);
  }
  if (!(t instanceof PyType)) {
    throw typeError(`descriptor '${d.name}' for type '${d.d_type.tp_name}' needs a type, not a '${typeOf(t).tp_name}' as arg 2`);
  }
  if (!isSubtypeOf(t, d.d_type)) {
    throw typeError(`descriptor '${d.name}' requires a subtype of '${d.d_type.tp_name}' but received '${t.tp_name}'`);
  }
  const names = t === d.d_type ? d.names : new BoundNames(d.name, t);
  const f = new PyCFunction(d.name, d.qualname, d.sig, names, d.impl, t, null, d.doc);
  if (d.textSig !== null) f.textSig = d.textSig;
  return f;
}

function isSubtypeOf(a: PyType, b: PyType): boolean {
  return a === b || a.tp_mro.includes(b);
}

function classMethodDescrCall(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const d = self as PyClassMethodDescr;
  const nargs = args.length - (kwnames?.length ?? 0);
  if (nargs < 1) throw typeError(`descriptor '${d.name}' of '${d.d_type.tp_name}' object needs an argument`);
  const t = args[0];
  if (!(t instanceof PyType) || !isSubtypeOf(t, d.d_type)) {
    throw typeError(`descriptor '${d.name}' for type '${d.d_type.tp_name}' needs a type, not a '${typeOf(t).tp_name}' as arg 1`);
  }
  return d.callBound(t, args.slice(1), kwnames);
}

function classMethodDescrRepr(self: PyValue): string {
  const d = self as PyClassMethodDescr;
  return `<method '${d.name}' of '${d.d_type.tp_name}' objects>`;
}

// ---- identity-based equality and hashing of bound callables ----

/** A hash of `v` consistent with identity (`===`): the address-like id of an object, the value's hash otherwise. */
function identityHash(v: PyValue | null): PyIntValue {
  if (v === null) return 0;
  return typeof v === 'object' ? object_hash(v) : PyObject_Hash(v);
}

/** x ^ y over 64-bit hashes, -1 being reserved.  (CPython's method hashes mix two pointer hashes so.) */
export function xorHashes(x: PyIntValue, y: PyIntValue): PyIntValue {
  const xlo = splitHash(x);
  const xhi = hashHi;
  const ylo = splitHash(y);
  const h = hashToInt(xlo ^ ylo, xhi ^ hashHi);
  return h === -1 ? -2 : h;
}

/** The identity hash of a bound object mixed with that of what it is bound to.  CPython: meth_hash, wrapper_hash, method_hash */
export function boundHash(self: PyValue | null, fn: PyIntValue): PyIntValue {
  return xorHashes(identityHash(self), fn);
}

// ---- builtin_function_or_method ----

export class PyCFunction extends PyObject {
  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly sig: Signature,
    readonly names: CallNames,
    readonly impl: NativeImpl,
    /** __self__: the module for module functions, the object for bound methods; null if none. */
    readonly m_self: PyValue | null,
    /** __module__ (module functions only); assignable, as in CPython. */
    public module: PyValue | null,
    readonly doc: string | null,
  ) {
    super();
  }

  /** __text_signature__ (a str, or None for none) when it differs from the signature arguments are bound with. */
  textSig: PyValue | null = null;

  call(args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
    return callNative(this.sig, this.names, this.impl, this.m_self, args, kwnames);
  }

  /** call() with the n positional arguments at stack[start...] (CALL_BUILTIN_FAST). */
  callStack(stack: readonly (PyValue | undefined)[], start: number, n: number): PyValue {
    return callNativeStack(this.sig, this.names, this.impl, this.m_self, stack, start, n);
  }
}

/** A module-level native function (m_self = the module, filled when the module is created). */
export function newModuleFunction(name: string, module: string, sigText: string, impl: NativeImpl, doc: string | null, self: PyValue | null): PyCFunction {
  const sig = parseSignature(sigText);
  const funcStr = module === 'builtins' ? `${name}()` : `${module}.${name}()`;
  return new PyCFunction(name, name, sig, { short: name, funcStr }, impl, self, module, doc);
}

/** staticmethod wrapping a native function, for `kind: 'staticmethod'` entries of builtin types. */
export function PyStaticNativeMethod(type: PyType, name: string, sigText: string, impl: NativeImpl, doc: string | null): PyValue {
  const sig = parseSignature(sigText);
  const qualname = `${typeQualname(type)}.${name}`;
  // __self__ is the type, as CPython's type_add_method makes it (the signature binds no self, so the
  // implementation never receives it); so repr, __qualname__ and __reduce__ name the type.
  const f = new PyCFunction(name, qualname, sig, { short: name, funcStr: `${qualname}()` }, impl, type, null, doc);
  return new PyStaticMethod(f);
}

function cfunctionCall(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  return (self as PyCFunction).call(args, kwnames);
}

/** Module functions and unbound ones have their own name; methods, their __self__'s type's.  CPython: meth_get__qualname__ */
function cfunctionQualname(f: PyCFunction): PyValue {
  const s = f.m_self;
  if (s === null || PyType_IsSubtype(typeOf(s), ModuleType)) return f.qualname;
  return boundQualname(s, f.name);
}

function cfunctionRepr(self: PyValue): string {
  const f = self as PyCFunction;
  const s = f.m_self;
  if (s === null || (s instanceof PyObject && typeOf(s).tp_name === 'module')) return `<built-in function ${f.name}>`;
  return `<built-in method ${f.name} of ${typeOf(s).tp_name} object at ${addressOf(s)}>`;
}

// ---- getset_descriptor ----

export type Getter = (self: never) => PyValue;
export type Setter = (self: never, value: PyValue | null) => void;

export class PyGetSetDescr extends PyObject {
  constructor(
    readonly d_type: PyType,
    readonly name: string,
    readonly getter: Getter | null,
    readonly setter: Setter | null,
    readonly doc: string | null,
  ) {
    super();
  }
}

function checkDescrObject(d: { d_type: PyType; name: string }, obj: PyValue): void {
  if (!PyObject_TypeCheck(obj, d.d_type)) {
    throw typeError(`descriptor '${d.name}' for '${d.d_type.tp_name}' objects doesn't apply to a '${typeOf(obj).tp_name}' object`);
  }
}

function getsetGet(self: PyValue, obj: PyValue | null): PyValue {
  const d = self as PyGetSetDescr;
  if (obj === null) return d;
  checkDescrObject(d, obj);
  if (d.getter === null) throw attributeError(`attribute '${d.name}' of '${d.d_type.tp_name}' objects is not readable`);
  return (d.getter as (o: PyValue) => PyValue)(obj);
}

function getsetSet(self: PyValue, obj: PyValue, value: PyValue | null): void {
  const d = self as PyGetSetDescr;
  checkDescrObject(d, obj);
  if (d.setter === null) {
    throw attributeError(`attribute '${d.name}' of '${d.d_type.tp_name}' objects is not writable`);
  }
  (d.setter as (o: PyValue, v: PyValue | null) => void)(obj, value);
}

function getsetRepr(self: PyValue): string {
  const d = self as PyGetSetDescr;
  return `<attribute '${d.name}' of '${d.d_type.tp_name}' objects>`;
}

// ---- member_descriptor: the __slots__ of Python classes, and the members of builtin types ----

export class PyMemberDescr extends PyObject {
  constructor(
    readonly d_type: PyType,
    readonly name: string,
    /** Index into the instance's ob_slots. */
    readonly index: number,
  ) {
    super();
  }
}

/**
 * A member of a builtin type (a field of its C struct in CPython, such as method.__self__ or
 * slice.start): read by `getter`, writable only when it has a `setter`.  A JS class of its own, so
 * that the slot fast paths, which test for PyMemberDescr, never see it.  CPython: PyMemberDef
 */
export class PyBuiltinMemberDescr extends PyObject {
  constructor(
    readonly d_type: PyType,
    readonly name: string,
    readonly getter: Getter,
    readonly setter: Setter | null,
    readonly doc: string | null,
  ) {
    super();
  }
}

function memberGet(self: PyValue, obj: PyValue | null): PyValue {
  const d = self as PyMemberDescr | PyBuiltinMemberDescr;
  if (obj === null) return d;
  checkDescrObject(d, obj);
  if (d instanceof PyBuiltinMemberDescr) return (d.getter as (o: PyValue) => PyValue)(obj);
  const v = (obj as unknown as HeapFields).ob_slots?.[d.index];
  // CPython: PyMember_GetOne, Py_T_OBJECT_EX ('%T' names the type fully qualified)
  if (v === undefined) throw attributeErrorFor(obj, d.name, `'${typeNameT(typeOf(obj))}' object has no attribute '${d.name}'`);
  return v;
}

function memberSet(self: PyValue, obj: PyValue, value: PyValue | null): void {
  const d = self as PyMemberDescr | PyBuiltinMemberDescr;
  checkDescrObject(d, obj);
  if (d instanceof PyBuiltinMemberDescr) {
    // CPython: PyMember_SetOne
    if (d.setter === null) throw attributeError('readonly attribute');
    (d.setter as (o: PyValue, v: PyValue | null) => void)(obj, value);
    return;
  }
  const slots = (obj as unknown as HeapFields).ob_slots!;
  if (value === null) {
    // CPython: PyMember_SetOne deleting an unset Py_T_OBJECT_EX member
    if (slots[d.index] === undefined) throw attributeError(d.name);
    slots[d.index] = undefined;
  } else slots[d.index] = value;
}

function memberRepr(self: PyValue): string {
  const d = self as PyMemberDescr;
  return `<member '${d.name}' of '${d.d_type.tp_name}' objects>`;
}

// ---- wrapper_descriptor and method-wrapper (slot wrappers such as int.__add__) ----

/** Adapts a call with Python arguments to a slot function: CPython's wrap_binaryfunc_l and friends. */
export type SlotWrapper = (self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null, slot: Function, name: string) => PyValue;

export class PyWrapperDescr extends PyObject {
  constructor(
    readonly d_type: PyType,
    readonly name: string,
    readonly wrapper: SlotWrapper,
    readonly slot: Function,
    readonly doc: string | null,
  ) {
    super();
  }

  callBound(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
    return this.wrapper(self, args, kwnames, this.slot, this.name);
  }
}

function wrapperDescrCall(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const d = self as PyWrapperDescr;
  const nargs = args.length - (kwnames?.length ?? 0);
  if (nargs < 1) throw typeError(`descriptor '${d.name}' of '${d.d_type.tp_name}' object needs an argument`);
  const st = typeOf(args[0]);
  if (!isSubtypeOf(st, d.d_type)) {
    throw typeError(`descriptor '${d.name}' requires a '${d.d_type.tp_name}' object but received a '${st.tp_name}'`);
  }
  return d.callBound(args[0], args.slice(1), kwnames);
}

function wrapperDescrGet(self: PyValue, obj: PyValue | null): PyValue {
  const d = self as PyWrapperDescr;
  if (obj === null) return d;
  checkDescrObject(d, obj);
  return new PyMethodWrapper(d, obj);
}

function wrapperDescrRepr(self: PyValue): string {
  const d = self as PyWrapperDescr;
  return `<slot wrapper '${d.name}' of '${d.d_type.tp_name}' objects>`;
}

export class PyMethodWrapper extends PyObject {
  constructor(
    readonly descr: PyWrapperDescr,
    readonly self: PyValue,
  ) {
    super();
  }
}

function methodWrapperCall(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const w = self as PyMethodWrapper;
  return w.descr.callBound(w.self, args, kwnames);
}

/** CPython: wrapper_richcompare */
function methodWrapperRichcompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !(other instanceof PyMethodWrapper)) return NotImplemented;
  const a = self as PyMethodWrapper;
  const eq = a.descr === other.descr && a.self === other.self;
  return op === CompareOp.EQ ? eq : !eq;
}

/** CPython: wrapper_hash */
function methodWrapperHash(self: PyValue): PyIntValue {
  const w = self as PyMethodWrapper;
  return boundHash(w.self, object_hash(w.descr));
}

/** (getattr, (self, name)).  CPython: wrapper_reduce */
function methodWrapperReduce(w: PyMethodWrapper): PyValue {
  return new PyTuple([builtinsDict().getStr('getattr')!, new PyTuple([w.self, w.descr.name])]);
}

/** (getattr, (owner type, name)).  CPython: descr_reduce */
function descrReduce(d: { d_type: PyType; name: string }): PyValue {
  return new PyTuple([builtinsDict().getStr('getattr')!, new PyTuple([d.d_type, d.name])]);
}
const DESCR_METHODS = { __reduce__: { sig: '($self, /)', impl: descrReduce } };

function methodWrapperRepr(self: PyValue): string {
  const w = self as PyMethodWrapper;
  return `<method-wrapper '${w.descr.name}' of ${typeOf(w.self).name} object at ${addressOf(w.self)}>`;
}

// ---- the types ----
import { defineBuiltinType } from './builtin-type.ts';
// CPython's slotdefs give every slot wrapper of a name the same signature and docstring.
import { SLOT_DOCS } from './slot-docs.generated.ts';

function textSignature(sig: Signature): PyValue {
  return sig.text;
}

/** The members every descriptor of a builtin type has.  CPython: descr_members */
const descrMembers = {
  __objclass__: { get: (d: { d_type: PyType }) => d.d_type },
  __name__: { get: (d: { name: string }) => d.name },
};

const descrGetset = {
  __doc__: { get: (d: PyMethodDescr) => d.doc ?? None },
  __qualname__: { get: (d: PyMethodDescr) => d.qualname },
  __text_signature__: { get: (d: PyMethodDescr) => d.textSig ?? textSignature(d.sig) },
};

export const MethodDescrType = defineBuiltinType({
  name: 'method_descriptor',
  flags: TPFLAGS.METHOD_DESCRIPTOR,
  instanceClass: PyMethodDescr,
  slots: { tp_call: methodDescrCall, tp_descr_get: methodDescrGet, tp_repr: methodDescrRepr },
  methods: DESCR_METHODS,
  members: descrMembers,
  getset: descrGetset,
});

export const ClassMethodDescrType = defineBuiltinType({
  name: 'classmethod_descriptor',
  instanceClass: PyClassMethodDescr,
  slots: { tp_call: classMethodDescrCall, tp_descr_get: classMethodDescrGet, tp_repr: classMethodDescrRepr },
  members: descrMembers,
  getset: descrGetset,
});

/** A module function pickles as its name, a bound builtin method as getattr(self, name).  CPython: meth_reduce */
/** Equal when bound to the same object with the same implementation.  CPython: meth_richcompare */
function cfunctionRichcompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !(other instanceof PyCFunction)) return NotImplemented;
  const a = self as PyCFunction;
  const eq = a.m_self === other.m_self && a.impl === other.impl;
  return op === CompareOp.EQ ? eq : !eq;
}

/** CPython: meth_hash */
function cfunctionHash(self: PyValue): PyIntValue {
  const f = self as PyCFunction;
  return boundHash(f.m_self, objectId(f.impl) / 16);
}

function cfunctionReduce(f: PyCFunction): PyValue {
  if (f.m_self === null || f.m_self instanceof PyModule) return f.name;
  return new PyTuple([builtinsDict().getStr('getattr')!, new PyTuple([f.m_self, f.name])]);
}

export const CFunctionType = defineBuiltinType({
  name: 'builtin_function_or_method',
  weakrefable: true,
  instanceClass: PyCFunction,
  slots: { tp_call: cfunctionCall, tp_repr: cfunctionRepr, tp_richcompare: cfunctionRichcompare, tp_hash: cfunctionHash },
  methods: { __reduce__: { sig: '($self, /)', impl: cfunctionReduce } },
  members: {
    __module__: { get: (f: PyCFunction) => f.module ?? None, set: (f: PyCFunction, v: PyValue | null) => void (f.module = v) },
  },
  getset: {
    __doc__: { get: (f: PyCFunction) => f.doc ?? None },
    __name__: { get: (f: PyCFunction) => f.name },
    __qualname__: { get: cfunctionQualname },
    // A builtin type's static method keeps its type in m_self but shows no __self__ (METH_STATIC).
    __self__: { get: (f: PyCFunction) => (f.sig.bound === null ? None : (f.m_self ?? None)) },
    __text_signature__: { get: (f: PyCFunction) => f.textSig ?? textSignature(f.sig) },
  },
});

export const GetSetDescrType = defineBuiltinType({
  name: 'getset_descriptor',
  instanceClass: PyGetSetDescr,
  slots: { tp_descr_get: getsetGet, tp_descr_set: getsetSet, tp_repr: getsetRepr },
  members: descrMembers,
  getset: {
    __doc__: { get: (d: PyGetSetDescr) => d.doc ?? None },
    __qualname__: { get: (d: PyGetSetDescr) => `${typeQualname(d.d_type)}.${d.name}` },
  },
});

export const MemberDescrType = defineBuiltinType({
  name: 'member_descriptor',
  instanceClass: PyMemberDescr,
  slots: { tp_descr_get: memberGet, tp_descr_set: memberSet, tp_repr: memberRepr },
  methods: DESCR_METHODS,
  members: descrMembers,
  getset: {
    __doc__: { get: (d: PyMemberDescr | PyBuiltinMemberDescr) => (d instanceof PyBuiltinMemberDescr ? (d.doc ?? None) : None) },
    __qualname__: { get: (d: PyMemberDescr) => `${d.d_type.name}.${d.name}` },
  },
});
(PyBuiltinMemberDescr.prototype as { ob_type: PyType }).ob_type = MemberDescrType;

export const WrapperDescrType = defineBuiltinType({
  name: 'wrapper_descriptor',
  flags: TPFLAGS.METHOD_DESCRIPTOR,
  instanceClass: PyWrapperDescr,
  slots: { tp_call: wrapperDescrCall, tp_descr_get: wrapperDescrGet, tp_repr: wrapperDescrRepr },
  methods: DESCR_METHODS,
  members: descrMembers,
  getset: {
    __doc__: { get: (d: PyWrapperDescr) => d.doc ?? SLOT_DOCS[d.name]?.[1] ?? None },
    __qualname__: { get: (d: PyWrapperDescr) => `${typeQualname(d.d_type)}.${d.name}` },
    __text_signature__: { get: (d: PyWrapperDescr) => SLOT_DOCS[d.name]?.[0] ?? None },
  },
});

export const MethodWrapperType = defineBuiltinType({
  name: 'method-wrapper',
  instanceClass: PyMethodWrapper,
  slots: { tp_call: methodWrapperCall, tp_repr: methodWrapperRepr, tp_richcompare: methodWrapperRichcompare, tp_hash: methodWrapperHash },
  methods: { __reduce__: { sig: '($self, /)', impl: methodWrapperReduce } },
  members: { __self__: { get: (w: PyMethodWrapper) => w.self } },
  getset: {
    __name__: { get: (w: PyMethodWrapper) => w.descr.name },
    __qualname__: { get: (w: PyMethodWrapper) => `${typeQualname(w.descr.d_type)}.${w.descr.name}` },
    __objclass__: { get: (w: PyMethodWrapper) => w.descr.d_type },
    __doc__: { get: (w: PyMethodWrapper) => w.descr.doc ?? SLOT_DOCS[w.descr.name]?.[1] ?? None },
    __text_signature__: { get: (w: PyMethodWrapper) => SLOT_DOCS[w.descr.name]?.[0] ?? None },
  },
});
