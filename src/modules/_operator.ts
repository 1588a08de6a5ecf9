// The _operator module: the operators as functions, and the itemgetter, attrgetter and methodcaller
// callables.  CPython: Modules/_operator.c
//
// Lib/operator.py imports everything public from here (its pure definitions are the fallback), so
// these are what `operator.index`, `operator.add`... are: each calls the abstract object API directly,
// with its error messages (operator.index(1.5) raises PyNumber_Index's TypeError).
import { None, NotImplemented, PyObject, type PyValue } from '../objects/object.ts';
import { PyType, CompareOp, typeOf } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyDict } from '../objects/dict.ts';
import * as A from '../objects/abstract.ts';
import { typeError, overflowError, valueError, exceptionMatches, PyExc_TypeError } from '../objects/exceptions.ts';
import { TupleType } from '../objects/tuple.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { lengthHint } from '../objects/iterobject.ts';
import { enterRepr, leaveRepr } from '../objects/repr-guard.ts';
import { PyObject_GenericGetAttr } from '../objects/generic-attr.ts';
import { builtinImport } from '../runtime/import.ts';
import { compareDigest } from './_hashlib.ts';
import { withDocs, moduleDoc } from './docs.ts';

type V = PyValue;

// ---- sequence helpers CPython's abstract API has and operator needs ----

/** Has sq_item and is no dict.  CPython: PySequence_Check */
function isSequence(o: V): boolean {
  const t = typeOf(o);
  return t.sq_item !== null && !(o instanceof PyDict);
}

/** CPython: PySequence_Concat */
function sequenceConcat(a: V, b: V): V {
  const t = typeOf(a);
  if (t.sq_concat !== null) return t.sq_concat(a, b);
  // Instances of classes that define __add__ and __getitem__ concatenate through nb_add.
  if (isSequence(a) && isSequence(b)) {
    const r = A.binaryOp1(a, b, 'nb_add');
    if (r !== NotImplemented) return r;
  }
  throw typeError(`'${t.tp_name}' object can't be concatenated`);
}

/** CPython: PySequence_InPlaceConcat */
function sequenceInPlaceConcat(a: V, b: V): V {
  const t = typeOf(a);
  if (t.sq_inplace_concat !== null) return t.sq_inplace_concat(a, b);
  if (t.sq_concat !== null) return t.sq_concat(a, b);
  if (isSequence(a) && isSequence(b)) {
    const r = A.binaryIOp1(a, b, 'nb_inplace_add', 'nb_add');
    if (r !== NotImplemented) return r;
  }
  throw typeError(`'${t.tp_name}' object can't be concatenated`);
}

/** Counts items equal to `obj`, or finds the first one.  CPython: _PySequence_IterSearch */
function iterSearch(seq: V, obj: V, count: boolean): number {
  let it: V;
  try {
    it = A.PyObject_GetIter(seq);
  } catch (e) {
    if (e instanceof PyObject && exceptionMatches(e, PyExc_TypeError)) {
      throw typeError(`argument of type '${typeOf(seq).tp_name}' is not iterable`);
    }
    throw e;
  }
  let n = 0;
  for (let item = A.PyIter_Next(it); item !== undefined; item = A.PyIter_Next(it)) {
    if (A.PyObject_RichCompareBool(item, obj, CompareOp.EQ)) {
      if (!count) return n;
      n++;
    } else if (!count) {
      n++;
    }
  }
  if (count) return n;
  throw valueError('sequence.index(x): x not in sequence');
}

/** Calls `f(*args, **kwargs)` with kwargs a dict (or null). */
function callWithDict(f: V, args: readonly V[], kwargs: PyDict | null): V {
  if (kwargs === null || kwargs.size === 0) return A.PyObject_Call(f, args, null);
  const all = [...args];
  const names: string[] = [];
  for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
    names.push(strValue(kwargs.keys[i]));
    all.push(kwargs.values[i]);
  }
  return A.PyObject_Call(f, all, names);
}

// ---- the functions ----

/** A Py_ssize_t argument (clinic's converter).  CPython: _PyNumber_Index + PyLong_AsSsize_t */
function ssizeArg(v: V): number {
  const i = A.PyNumber_Index(v);
  if (typeof i === 'bigint') {
    if (i >= 2n ** 63n || i < -(2n ** 63n)) throw overflowError('Python int too large to convert to C ssize_t');
    return Number(i);
  }
  return i;
}

// CPython: _operator_length_hint_impl
function operatorLengthHint(_m: V, obj: V, dflt: V): number {
  const d = dflt === undefined ? 0 : ssizeArg(dflt);
  return lengthHint(obj, d);
}

// CPython: _operator_call
function operatorCall(_m: V, args: V[], kwargs: PyDict | null): V {
  if (args.length < 1) throw typeError('call expected at least 1 argument, got 0');
  return callWithDict(args[0], args.slice(1), kwargs);
}

type Fn = (_m: V, ...a: V[]) => unknown;
const unary = (f: (a: V) => unknown): Fn => (_m: V, a: V) => f(a);
const binary = (f: (a: V, b: V) => unknown): Fn => (_m: V, a: V, b: V) => f(a, b);
const compare = (op: CompareOp): Fn => (_m: V, a: V, b: V) => A.PyObject_RichCompare(a, b, op);

const S1 = '($module, a, /)';
const S2 = '($module, a, b, /)';

const FUNCTIONS = {
  truth: { sig: S1, impl: unary((a) => A.PyObject_IsTrue(a)) },
  add: { sig: S2, impl: binary(A.PyNumber_Add) },
  sub: { sig: S2, impl: binary((a, b) => A.PyNumber_Subtract(a, b)) },
  mul: { sig: S2, impl: binary(A.PyNumber_Multiply) },
  matmul: { sig: S2, impl: binary((a, b) => A.PyNumber_MatrixMultiply(a, b)) },
  floordiv: { sig: S2, impl: binary((a, b) => A.PyNumber_FloorDivide(a, b)) },
  truediv: { sig: S2, impl: binary((a, b) => A.PyNumber_TrueDivide(a, b)) },
  mod: { sig: S2, impl: binary((a, b) => A.PyNumber_Remainder(a, b)) },
  neg: { sig: S1, impl: unary((a) => A.PyNumber_Negative(a)) },
  pos: { sig: S1, impl: unary((a) => A.PyNumber_Positive(a)) },
  abs: { sig: S1, impl: unary((a) => A.PyNumber_Absolute(a)) },
  inv: { sig: S1, impl: unary((a) => A.PyNumber_Invert(a)) },
  invert: { sig: S1, impl: unary((a) => A.PyNumber_Invert(a)) },
  lshift: { sig: S2, impl: binary((a, b) => A.PyNumber_Lshift(a, b)) },
  rshift: { sig: S2, impl: binary((a, b) => A.PyNumber_Rshift(a, b)) },
  not_: { sig: S1, impl: unary((a) => !A.PyObject_IsTrue(a)) },
  and_: { sig: S2, impl: binary((a, b) => A.PyNumber_And(a, b)) },
  xor: { sig: S2, impl: binary((a, b) => A.PyNumber_Xor(a, b)) },
  or_: { sig: S2, impl: binary((a, b) => A.PyNumber_Or(a, b)) },
  iadd: { sig: S2, impl: binary(A.PyNumber_InPlaceAdd) },
  isub: { sig: S2, impl: binary((a, b) => A.PyNumber_InPlaceSubtract(a, b)) },
  imul: { sig: S2, impl: binary(A.PyNumber_InPlaceMultiply) },
  imatmul: { sig: S2, impl: binary((a, b) => A.PyNumber_InPlaceMatrixMultiply(a, b)) },
  ifloordiv: { sig: S2, impl: binary((a, b) => A.PyNumber_InPlaceFloorDivide(a, b)) },
  itruediv: { sig: S2, impl: binary((a, b) => A.PyNumber_InPlaceTrueDivide(a, b)) },
  imod: { sig: S2, impl: binary((a, b) => A.PyNumber_InPlaceRemainder(a, b)) },
  ilshift: { sig: S2, impl: binary((a, b) => A.PyNumber_InPlaceLshift(a, b)) },
  irshift: { sig: S2, impl: binary((a, b) => A.PyNumber_InPlaceRshift(a, b)) },
  iand: { sig: S2, impl: binary((a, b) => A.PyNumber_InPlaceAnd(a, b)) },
  ixor: { sig: S2, impl: binary((a, b) => A.PyNumber_InPlaceXor(a, b)) },
  ior: { sig: S2, impl: binary((a, b) => A.PyNumber_InPlaceOr(a, b)) },
  concat: { sig: S2, impl: binary(sequenceConcat) },
  iconcat: { sig: S2, impl: binary(sequenceInPlaceConcat) },
  contains: { sig: S2, impl: binary(A.PySequence_Contains) },
  indexOf: { sig: S2, impl: binary((a, b) => iterSearch(a, b, false)) },
  countOf: { sig: S2, impl: binary((a, b) => iterSearch(a, b, true)) },
  getitem: { sig: S2, impl: binary(A.PyObject_GetItem) },
  setitem: { sig: '($module, a, b, c, /)', impl: (_m: V, a: V, b: V, c: V) => (A.PyObject_SetItem(a, b, c), None) },
  delitem: { sig: S2, impl: binary((a, b) => (A.PyObject_SetItem(a, b, null), None)) },
  eq: { sig: S2, impl: compare(CompareOp.EQ) },
  ne: { sig: S2, impl: compare(CompareOp.NE) },
  lt: { sig: S2, impl: compare(CompareOp.LT) },
  le: { sig: S2, impl: compare(CompareOp.LE) },
  gt: { sig: S2, impl: compare(CompareOp.GT) },
  ge: { sig: S2, impl: compare(CompareOp.GE) },
  pow: { sig: S2, impl: binary((a, b) => A.PyNumber_Power(a, b, None)) },
  ipow: { sig: S2, impl: binary(A.PyNumber_InPlacePower) },
  index: { sig: S1, impl: unary(A.PyNumber_Index) },
  is_: { sig: S2, impl: binary((a, b) => a === b) },
  is_not: { sig: S2, impl: binary((a, b) => a !== b) },
  is_none: { sig: S1, impl: unary((a) => a === None) },
  is_not_none: { sig: S1, impl: unary((a) => a !== None) },
  length_hint: { sig: '($module, obj, default=0, /)', callSig: '($module, obj, default=<unrepresentable>, /)', impl: operatorLengthHint },
  _compare_digest: { sig: S2, impl: compareDigest },
  call: { sig: '($module, obj, /, *args, **kwargs)', callSig: '($module, /, *args, **kwargs)', impl: operatorCall },
};

// ---- the callables' shared pieces ----

/** The __text_signature__ of an instance (how inspect.signature reads a getter).  CPython: text_signature */
function objTextSignature(): V {
  return '(obj, /)';
}

/** "NAME expected 1 argument, got N" and "NAME() takes no keyword arguments", as vectorcall checks them. */
function oneArg(name: string, args: readonly V[], kwnames: readonly string[] | null): V {
  if (kwnames !== null && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

function noKeywords(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
}

/** repr with the recursion guard: 'operator.x(...)' when the object is already being shown. */
function guardedRepr(self: PyObject, body: () => string): string {
  if (!enterRepr(self)) return `${typeOf(self).tp_name}(...)`;
  try {
    return body();
  } finally {
    leaveRepr(self);
  }
}

// ---- itemgetter ----

class ItemGetter extends PyObject {
  constructor(
    /** The one item, or the tuple of items when there are several. */
    readonly item: V,
    readonly nitems: number,
    /** A non-negative int item as a number (tuple fast path), else -1. */
    readonly index: number,
  ) {
    super();
  }
}

// CPython: itemgetter_new
function itemgetterNew(_type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  noKeywords('itemgetter', kwnames);
  if (args.length === 0) throw typeError('itemgetter expected 1 argument, got 0');
  const item = args.length === 1 ? args[0] : new PyTuple([...args]);
  const index = typeof item === 'number' && item >= 0 ? item : -1;
  return new ItemGetter(item, args.length, index);
}

// CPython: itemgetter_call_impl
function itemgetterCall(self: V, args: readonly V[], kwnames: readonly string[] | null): V {
  const ig = self as ItemGetter;
  const obj = oneArg('itemgetter', args, kwnames);
  if (ig.nitems === 1) {
    if (ig.index >= 0 && obj instanceof PyTuple && typeOf(obj) === TupleType && ig.index < obj.items.length) {
      return obj.items[ig.index];
    }
    return A.PyObject_GetItem(obj, ig.item);
  }
  const items = (ig.item as PyTuple).items;
  return new PyTuple(items.map((k) => A.PyObject_GetItem(obj, k)));
}

function itemgetterRepr(self: V): string {
  const ig = self as ItemGetter;
  return guardedRepr(ig, () => `${typeOf(ig).tp_name}${ig.nitems === 1 ? `(${A.PyObject_Repr(ig.item)})` : A.PyObject_Repr(ig.item)}`);
}

function itemgetterReduce(self: ItemGetter): V {
  return new PyTuple([typeOf(self), ig1(self)]);
}

function ig1(ig: ItemGetter): V {
  return ig.nitems === 1 ? new PyTuple([ig.item]) : ig.item;
}

// ---- attrgetter ----

class AttrGetter extends PyObject {
  constructor(
    /** Per attribute: its name, or the chain of names of a dotted one. */
    readonly attrs: readonly (string | readonly string[])[],
  ) {
    super();
  }
}

// CPython: attrgetter_new
function attrgetterNew(_type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  noKeywords('attrgetter', kwnames);
  if (args.length === 0) throw typeError('attrgetter expected 1 argument, got 0');
  const attrs = args.map((item) => {
    if (!isStrValue(item)) throw typeError('attribute name must be a string');
    const s = strValue(item);
    return s.includes('.') ? s.split('.') : s;
  });
  return new AttrGetter(attrs);
}

// CPython: dotted_getattr
function dottedGetattr(obj: V, attr: string | readonly string[]): V {
  if (typeof attr === 'string') return A.PyObject_GetAttr(obj, attr);
  for (const name of attr) obj = A.PyObject_GetAttr(obj, name);
  return obj;
}

function attrgetterCall(self: V, args: readonly V[], kwnames: readonly string[] | null): V {
  const ag = self as AttrGetter;
  const obj = oneArg('attrgetter', args, kwnames);
  if (ag.attrs.length === 1) return dottedGetattr(obj, ag.attrs[0]);
  return new PyTuple(ag.attrs.map((a) => dottedGetattr(obj, a)));
}

/** The attribute names as given.  CPython: attrgetter_args */
function attrgetterArgs(ag: AttrGetter): PyTuple {
  return new PyTuple(ag.attrs.map((a) => (typeof a === 'string' ? a : a.join('.'))));
}

function attrgetterRepr(self: V): string {
  const ag = self as AttrGetter;
  return guardedRepr(ag, () => {
    const names = attrgetterArgs(ag);
    return `${typeOf(ag).tp_name}${ag.attrs.length === 1 ? `(${A.PyObject_Repr(names.items[0])})` : A.PyObject_Repr(names)}`;
  });
}

function attrgetterReduce(self: AttrGetter): V {
  return new PyTuple([typeOf(self), attrgetterArgs(self)]);
}

// ---- methodcaller ----

class MethodCaller extends PyObject {
  constructor(
    readonly name: string,
    readonly args: PyTuple,
    readonly kwds: PyDict | null,
    /** The positional then keyword values, and the keyword names, as each call passes them. */
    readonly callArgs: readonly V[],
    readonly callKwnames: readonly string[] | null,
  ) {
    super();
  }
}

// CPython: methodcaller_new, _methodcaller_initialize_vectorcall
function methodcallerNew(_type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos < 1) throw typeError('methodcaller needs at least one argument, the method name');
  const name = args[0];
  if (!isStrValue(name)) throw typeError('method name must be a string');
  const pos = args.slice(1, npos);
  let kwds: PyDict | null = null;
  if (kwnames !== null && kwnames.length) {
    kwds = new PyDict();
    kwnames.forEach((k, i) => kwds!.setStr(k, args[npos + i]));
  }
  const callArgs: V[] = [...pos];
  let callKwnames: string[] | null = null;
  if (kwds !== null && kwds.size) {
    callKwnames = [];
    for (let i = kwds.next(0); i >= 0; i = kwds.next(i + 1)) {
      callKwnames.push(strValue(kwds.keys[i]));
      callArgs.push(kwds.values[i]);
    }
  }
  return new MethodCaller(strValue(name), new PyTuple(pos), kwds, callArgs, callKwnames);
}

function methodcallerCall(self: V, args: readonly V[], kwnames: readonly string[] | null): V {
  const mc = self as MethodCaller;
  const obj = oneArg('methodcaller', args, kwnames);
  return A.PyObject_CallMethod(obj, mc.name, mc.callArgs, mc.callKwnames);
}

function methodcallerRepr(self: V): string {
  const mc = self as MethodCaller;
  return guardedRepr(mc, () => {
    const parts = mc.args.items.map((a) => A.PyObject_Repr(a));
    const kwds = mc.kwds;
    if (kwds !== null) {
      for (let i = kwds.next(0); i >= 0; i = kwds.next(i + 1)) parts.push(`${strValue(kwds.keys[i])}=${A.PyObject_Repr(kwds.values[i])}`);
    }
    const name = A.PyObject_Repr(mc.name);
    return parts.length === 0 ? `${typeOf(mc).tp_name}(${name})` : `${typeOf(mc).tp_name}(${name}, ${parts.join(', ')})`;
  });
}

// CPython: methodcaller_reduce (keyword arguments go through functools.partial)
function methodcallerReduce(self: MethodCaller): V {
  if (self.kwds === null || self.kwds.size === 0) {
    return new PyTuple([typeOf(self), new PyTuple([self.name, ...self.args.items])]);
  }
  const functools = builtinImport('functools', None, None, None, 0);
  const partial = A.PyObject_GetAttr(functools, 'partial');
  const constructor = callWithDict(partial, [typeOf(self), self.name], self.kwds);
  return new PyTuple([constructor, self.args]);
}

const REDUCE_DOC = 'Return state information for pickling';

// CPython makes these heap types from a spec that names PyObject_GenericGetAttr as their tp_getattro,
// so each type's dict has its own __getattribute__ wrapper (and a __module__): a function of our own
// here, as object's would count as inherited.
function getattro(obj: V, name: string, suppress: boolean): V | undefined {
  return PyObject_GenericGetAttr(obj, name, suppress);
}
const MODULE_ATTR = () => ({ __module__: 'operator' });
const TEXT_SIG = { __text_signature__: { get: objTextSignature } };

// The vectorcall offsets a 64-bit CPython reports (offsetof the struct's vectorcall field).
const ItemGetterType = defineBuiltinType({
  name: 'operator.itemgetter',
  textSignature: '(item, /, *items)',
  doc: 'Return a callable object that fetches the given item(s) from its operand.',
  instanceClass: ItemGetter,
  slots: { tp_new: itemgetterNew, tp_call: itemgetterCall, tp_repr: itemgetterRepr, tp_getattro: getattro },
  attrs: MODULE_ATTR,
  methods: { __reduce__: { sig: '($self, /)', impl: itemgetterReduce, doc: REDUCE_DOC } },
  members: { __vectorcalloffset__: { get: () => 40 } },
  getset: TEXT_SIG,
});

const AttrGetterType = defineBuiltinType({
  name: 'operator.attrgetter',
  textSignature: '(attr, /, *attrs)',
  doc: 'Return a callable object that fetches the given attribute(s) from its operand.',
  instanceClass: AttrGetter,
  slots: { tp_new: attrgetterNew, tp_call: attrgetterCall, tp_repr: attrgetterRepr, tp_getattro: getattro },
  attrs: MODULE_ATTR,
  methods: { __reduce__: { sig: '($self, /)', impl: attrgetterReduce, doc: REDUCE_DOC } },
  members: { __vectorcalloffset__: { get: () => 32 } },
  getset: TEXT_SIG,
});

const MethodCallerType = defineBuiltinType({
  name: 'operator.methodcaller',
  textSignature: '(name, /, *args, **kwargs)',
  doc: 'Return a callable object that calls the given method on its operand.',
  instanceClass: MethodCaller,
  slots: { tp_new: methodcallerNew, tp_call: methodcallerCall, tp_repr: methodcallerRepr, tp_getattro: getattro },
  attrs: MODULE_ATTR,
  methods: { __reduce__: { sig: '($self, /)', impl: methodcallerReduce, doc: REDUCE_DOC } },
  members: { __vectorcalloffset__: { get: () => 56 } },
  getset: TEXT_SIG,
});

export const operatorModule = defineModule({
  name: '_operator',
  doc: moduleDoc('_operator'),
  functions: withDocs('_operator', FUNCTIONS),
  constants: () => ({ itemgetter: ItemGetterType, attrgetter: AttrGetterType, methodcaller: MethodCallerType }),
});
