// PEP 695/696 type parameters: TypeVar, ParamSpec (with P.args/P.kwargs), TypeVarTuple, TypeAliasType,
// Generic, NoDefault and the _ConstEvaluator behind evaluate_*.  CPython: Objects/typevarobject.c
//
// The type-parameter syntax creates these lazily: `def f[T: int = str]()` makes a TypeVar holding an
// evaluate_bound and an evaluate_default function, called on first access of __bound__/__default__
// and cached.  Much of the typing semantics (substitution, Generic[...]) lives in Lib/typing.py,
// which these objects call back into, as CPython's do.
import { None, NotImplemented, PyObject, type PyValue } from './object.ts';
import { PyType, CompareOp, TPFLAGS, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { PyTuple, EMPTY_TUPLE } from './tuple.ts';
import { PyDict } from './dict.ts';
import { PyFunction } from './function.ts';
import {
  PyObject_Call,
  PyObject_CallNoArgs,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_IsTrue,
  PyObject_Length,
  PyObject_Repr,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  PyObject_SetAttr,
  PyIter_Next,
  PyNumber_Index,
} from './abstract.ts';
import { attributeError, overflowError, systemError, typeError, valueError } from './exceptions.ts';
import { isStrValue, strValue } from './boxes.ts';
import { bindArguments, parseSignature } from './getargs.ts';
import { Py_GenericAlias, typingTypeRepr } from './genericalias.ts';
import { unionFromTuple, unionTypeOr } from './unionobject.ts';
import { importModuleAttr } from './iterobject.ts';
import { tstate } from '../vm/thread-state.ts';

// ---- the objects ----

/** typing.NoDefault: the marker for "this type parameter has no default". */
export class PyNoDefault extends PyObject {}
export const NoDefault = new PyNoDefault();

/** What evaluate_bound and friends return when the value was given eagerly. */
export class PyConstEvaluator extends PyObject {
  constructor(readonly value: PyValue) {
    super();
  }
}

/**
 * The lazily computed attributes of a type parameter: the value once known (undefined until then),
 * and the function computing it (null when there is none).
 */
class Lazy {
  constructor(
    public value: PyValue | undefined,
    public evaluate: PyValue | null,
  ) {}

  /** The value, computed and cached on first use; `missing` when there is neither. */
  get(missing: () => PyValue): PyValue {
    if (this.value !== undefined) return this.value;
    if (this.evaluate === null) return missing();
    return (this.value = PyObject_CallNoArgs(this.evaluate));
  }

  /** The evaluate_* attribute: the function, a constant evaluator for a known value, or None. */
  evaluator(): PyValue {
    if (this.evaluate !== null) return this.evaluate;
    if (this.value !== undefined) return new PyConstEvaluator(this.value);
    return None;
  }

  /** CPython: typevar_has_default */
  hasDefault(): boolean {
    return this.evaluate !== null || (this.value !== undefined && this.value !== NoDefault);
  }
}

export class PyTypeVar extends PyObject {
  ob_dict: PyDict | null = null;
  constructor(
    readonly name: PyValue,
    readonly bound: Lazy,
    readonly constraints: Lazy,
    readonly dflt: Lazy,
    readonly covariant: boolean,
    readonly contravariant: boolean,
    readonly inferVariance: boolean,
  ) {
    super();
  }
}

export class PyParamSpec extends PyObject {
  ob_dict: PyDict | null = null;
  constructor(
    readonly name: PyValue,
    /** undefined when made by the type-parameter syntax (then __bound__ is None). */
    readonly bound: PyValue | undefined,
    readonly dflt: Lazy,
    readonly covariant: boolean,
    readonly contravariant: boolean,
    readonly inferVariance: boolean,
  ) {
    super();
  }
}

/** P.args and P.kwargs (two types of one layout). */
abstract class PyParamSpecAttr extends PyObject {
  constructor(readonly origin: PyValue) {
    super();
  }
}
export class PyParamSpecArgs extends PyParamSpecAttr {}
export class PyParamSpecKwargs extends PyParamSpecAttr {}

export class PyTypeVarTuple extends PyObject {
  ob_dict: PyDict | null = null;
  constructor(
    readonly name: PyValue,
    readonly dflt: Lazy,
  ) {
    super();
  }
}

export class PyTypeAlias extends PyObject {
  constructor(
    readonly name: PyValue,
    /** null when the alias is not generic. */
    readonly typeParams: PyTuple | null,
    readonly value: Lazy,
    readonly module: PyValue | null,
  ) {
    super();
  }
}

// ---- helpers ----

/** typing.<name>(*args), for the parts of the semantics that live in Lib/typing.py.  CPython: call_typing_func_object */
function callTyping(name: string, args: readonly PyValue[], kwargs: PyDict | null = null): PyValue {
  const func = importModuleAttr('typing', name);
  if (kwargs === null || kwargs.size === 0) return PyObject_Call(func, args);
  const all = [...args];
  const kwnames: string[] = [];
  for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
    kwnames.push(strValue(kwargs.keys[i]));
    all.push(kwargs.values[i]);
  }
  return PyObject_Call(func, all, kwnames);
}

/** typing._type_check(arg, msg), with None standing for NoneType.  CPython: type_check */
function typeCheck(arg: PyValue, msg: string): PyValue {
  if (arg === None) return typeOf(None);
  return callTyping('_type_check', [arg, msg]);
}

/** The module of the calling Python code, for the __module__ of manually created objects.  CPython: caller */
function callerModule(): PyValue {
  const f = tstate.frame;
  if (f === null) return None;
  if (f.f_func instanceof PyFunction) return f.f_func.func_module;
  return f.f_globals.getStr('__name__') ?? None;
}

/** typing.Unpack[self].  CPython: unpack */
function unpack(self: PyValue): PyValue {
  return PyObject_GetItem(importModuleAttr('typing', 'Unpack'), self);
}

/** TypeVarTuples in a parameter tuple become Unpack[Ts], as Generic wants them.  CPython: unpack_typevartuples */
function unpackTypeVarTuples(params: PyTuple): PyTuple {
  if (!params.items.some((p) => p instanceof PyTypeVarTuple)) return params;
  return new PyTuple(params.items.map((p) => (p instanceof PyTypeVarTuple ? unpack(p) : p)));
}

/** iter((Unpack[self],)): what `*Ts` iterates over.  CPython: unpack_iter */
function unpackIter(self: PyValue): PyValue {
  return PyObject_GetIter(new PyTuple([unpack(self)]));
}

/** T | other, as a typing.Union (which, unlike types.UnionType, accepts forward-reference strings).  CPython: make_union */
function makeUnion(self: PyValue, other: PyValue): PyValue {
  return unionFromTuple(new PyTuple([self, other]));
}

function variancePrefix(covariant: boolean, contravariant: boolean): string {
  return covariant ? '+' : contravariant ? '-' : '~';
}

/** Binds the arguments of a constructor written with Argument Clinic (its errors name the C function). */
function bindNew(fn: string, sig: string, args: readonly PyValue[], kwnames: readonly string[] | null): (PyValue | undefined)[] {
  const bound = bindArguments(parseSignature(sig), { short: fn, funcStr: `${fn}()` }, args, kwnames);
  return bound as (PyValue | undefined)[];
}

function checkName(fn: string, name: PyValue | undefined): PyValue {
  if (!isStrValue(name!)) throw typeError(`${fn}() argument 'name' must be str, not ${typeOf(name!).tp_name}`);
  return name!;
}

function checkVariance(covariant: boolean, contravariant: boolean, inferVariance: boolean): void {
  if (covariant && contravariant) throw valueError('Bivariant types are not supported.');
  if (inferVariance && (covariant || contravariant)) throw valueError('Variance cannot be specified with infer_variance.');
}

function readonlyAttribute(): never {
  throw attributeError('readonly attribute');
}

/** A read-only attribute (a member in CPython, a getter that refuses assignment here). */
function member<T>(get: (self: T) => PyValue): { get: (self: T) => PyValue; set: () => never } {
  return { get, set: readonlyAttribute };
}

function noDefault(): PyValue {
  return NoDefault;
}

/** The __mro_entries__ of objects that cannot be used as bases. */
function cannotSubclass(what: string): { sig: string; impl: () => never } {
  return {
    sig: '($self, object, /)',
    impl: () => {
      throw typeError(`Cannot subclass an instance of ${what}`);
    },
  };
}

// ---- NoDefault ----

function noDefaultNew(_type: PyType, args: readonly PyValue[]): PyValue {
  if (args.length) throw typeError('NoDefaultType takes no arguments');
  return NoDefault;
}

// ---- _ConstEvaluator ----

const FORMAT_STRING = 4; // annotationlib.Format.STRING

/** A C int argument (PyArg_ParseTuple's "i"), as 64-bit CPython converts it. */
function cIntArg(v: PyValue): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'bigint' && (i > 9223372036854775807n || i < -9223372036854775808n)) throw overflowError('Python int too large to convert to C long');
  if (i > 2147483647) throw overflowError('signed integer is greater than maximum');
  if (i < -2147483648) throw overflowError('signed integer is less than minimum');
  return Number(i);
}

/** CPython: constevaluator_call */
function constEvaluatorCall(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('constevaluator.__call__() takes no keyword arguments');
  if (args.length !== 1) throw typeError(`constevaluator.__call__() takes exactly 1 argument (${args.length} given)`);
  const format = cIntArg(args[0]);
  const value = (self as PyConstEvaluator).value;
  if (format !== FORMAT_STRING) return value;
  if (value instanceof PyTuple) return '(' + value.items.map(typingTypeRepr).join(', ') + ')';
  return typingTypeRepr(value);
}

// ---- TypeVar ----

function newTypeVar(
  name: PyValue,
  bound: Lazy,
  constraints: Lazy,
  dflt: Lazy,
  covariant: boolean,
  contravariant: boolean,
  inferVariance: boolean,
  module: PyValue | null,
): PyTypeVar {
  const tv = new PyTypeVar(name, bound, constraints, dflt, covariant, contravariant, inferVariance);
  if (module !== null) PyObject_SetAttr(tv, '__module__', module);
  return tv;
}

const TYPEVAR_SIG = '(name, *constraints, bound=None, default=typing.NoDefault, covariant=False, contravariant=False, infer_variance=False)';

/** TypeVar(name, *constraints, bound=None, default=NoDefault, covariant=False, ...).  CPython: typevar_new_impl */
function typeVarNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [nameArg, constraintArgs, boundArg, dfltArg, co, contra, infer] = bindNew('typevar', TYPEVAR_SIG, args, kwnames);
  const name = checkName('typevar', nameArg);
  const constraints = constraintArgs as unknown as PyValue[];
  const covariant = PyObject_IsTrue(co!);
  const contravariant = PyObject_IsTrue(contra!);
  const inferVariance = PyObject_IsTrue(infer!);
  checkVariance(covariant, contravariant, inferVariance);
  let bound: PyValue | undefined = boundArg === None ? undefined : boundArg;
  if (bound !== undefined) bound = typeCheck(bound, 'Bound must be a type.');
  if (constraints.length === 1) throw typeError('A single constraint is not allowed');
  if (constraints.length > 0 && bound !== undefined) throw typeError('Constraints cannot be combined with bound=...');
  const module = callerModule();
  return newTypeVar(
    name,
    new Lazy(bound, null),
    new Lazy(constraints.length ? new PyTuple(constraints) : undefined, null),
    new Lazy(dfltArg ?? NoDefault, null),
    covariant,
    contravariant,
    inferVariance,
    module,
  );
}

function typeVarRepr(self: PyValue): string {
  const tv = self as PyTypeVar;
  if (tv.inferVariance) return strValue(tv.name);
  return variancePrefix(tv.covariant, tv.contravariant) + strValue(tv.name);
}

/** CPython: typevar_typing_prepare_subst_impl */
function typeVarPrepareSubst(self: PyTypeVar, alias: PyValue, args: PyValue): PyValue {
  const params = PyObject_GetAttr(alias, '__parameters__');
  const i = sequenceIndex(params, self);
  const nargs = PyObject_Length(args);
  if (i < nargs) return args;
  if (i === nargs) {
    const dflt = self.dflt.get(noDefault);
    if (dflt !== NoDefault) return sequenceConcat(args, new PyTuple([dflt]));
  }
  throw typeError(`Too few arguments for ${PyObject_Repr(alias)}; actual ${nargs}, expected at least ${i + 1}`);
}

/** The index of value in seq, by ==.  CPython: PySequence_Index */
function sequenceIndex(seq: PyValue, value: PyValue): number {
  const it = PyObject_GetIter(seq);
  for (let i = 0; ; i++) {
    const item = PyIter_Next(it);
    if (item === undefined) throw valueError('sequence.index(x): x not in sequence');
    if (PyObject_RichCompareBool(item, value, CompareOp.EQ)) return i;
  }
}

/** CPython: PySequence_Concat */
function sequenceConcat(a: PyValue, b: PyValue): PyValue {
  const concat = typeOf(a).sq_concat;
  if (concat === null) throw typeError(`'${typeOf(a).tp_name}' object can't be concatenated`);
  return concat(a, b);
}

// ---- ParamSpec, ParamSpecArgs, ParamSpecKwargs ----

function newParamSpec(
  name: PyValue,
  bound: PyValue | undefined,
  dflt: Lazy,
  covariant: boolean,
  contravariant: boolean,
  inferVariance: boolean,
  module: PyValue | null,
): PyParamSpec {
  const ps = new PyParamSpec(name, bound, dflt, covariant, contravariant, inferVariance);
  if (module !== null) PyObject_SetAttr(ps, '__module__', module);
  return ps;
}

const PARAMSPEC_SIG = '(name, *, bound=None, default=typing.NoDefault, covariant=False, contravariant=False, infer_variance=False)';

/** CPython: paramspec_new_impl */
function paramSpecNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [nameArg, boundArg, dfltArg, co, contra, infer] = bindNew('paramspec', PARAMSPEC_SIG, args, kwnames);
  const name = checkName('paramspec', nameArg);
  const covariant = PyObject_IsTrue(co!);
  const contravariant = PyObject_IsTrue(contra!);
  const inferVariance = PyObject_IsTrue(infer!);
  checkVariance(covariant, contravariant, inferVariance);
  // As in CPython, an explicit or default bound=None is type-checked into NoneType.
  const bound = typeCheck(boundArg!, 'Bound must be a type.');
  const module = callerModule();
  return newParamSpec(name, bound, new Lazy(dfltArg ?? NoDefault, null), covariant, contravariant, inferVariance, module);
}

function paramSpecRepr(self: PyValue): string {
  const ps = self as PyParamSpec;
  if (ps.inferVariance) return strValue(ps.name);
  return variancePrefix(ps.covariant, ps.contravariant) + strValue(ps.name);
}

function paramSpecAttrNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const isArgs = type === ParamSpecArgsType;
  const [origin] = bindNew(isArgs ? 'paramspecargs' : 'paramspeckwargs', '(origin)', args, kwnames);
  return isArgs ? new PyParamSpecArgs(origin!) : new PyParamSpecKwargs(origin!);
}

function paramSpecAttrRepr(self: PyValue): string {
  const origin = (self as PyParamSpecAttr).origin;
  const suffix = self instanceof PyParamSpecArgs ? '.args' : '.kwargs';
  if (origin instanceof PyParamSpec) return strValue(origin.name) + suffix;
  return PyObject_Repr(origin) + suffix;
}

/** P.args == P.args compares the origins.  CPython: paramspecattr_richcompare */
function paramSpecAttrRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (typeOf(a) !== typeOf(b) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return NotImplemented;
  return PyObject_RichCompare((a as PyParamSpecAttr).origin, (b as PyParamSpecAttr).origin, op);
}

// ---- TypeVarTuple ----

function newTypeVarTuple(name: PyValue, dflt: Lazy, module: PyValue | null): PyTypeVarTuple {
  const tvt = new PyTypeVarTuple(name, dflt);
  if (module !== null) PyObject_SetAttr(tvt, '__module__', module);
  return tvt;
}

/** CPython: typevartuple_impl */
function typeVarTupleNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [nameArg, dfltArg] = bindNew('typevartuple', '(name, *, default=typing.NoDefault)', args, kwnames);
  const name = checkName('typevartuple', nameArg);
  const module = callerModule();
  return newTypeVarTuple(name, new Lazy(dfltArg ?? NoDefault, null), module);
}

// ---- the type parameters' common parts ----

type TypeParam = PyTypeVar | PyParamSpec | PyTypeVarTuple;

function isTypeParam(v: PyValue): v is TypeParam {
  return v instanceof PyTypeVar || v instanceof PyParamSpec || v instanceof PyTypeVarTuple;
}

function expectTypeParam(v: PyValue): TypeParam {
  if (!isTypeParam(v)) throw typeError(`Expected a type param, got ${PyObject_Repr(v)}`);
  return v;
}

function hasDefault(self: TypeParam): boolean {
  return self.dflt.hasDefault();
}

function typeParamDefault(self: TypeParam): PyValue {
  return self.dflt.get(noDefault);
}

function typeParamEvaluateDefault(self: TypeParam): PyValue {
  return self.dflt.evaluator();
}

function typeParamReduce(self: TypeParam): PyValue {
  return self.name;
}

// ---- TypeAliasType ----

/** The type parameters of a new alias: a default may not be followed by a non-default.  CPython: typealias_check_type_params */
function checkTypeParams(typeParams: PyTuple | null): PyTuple | null {
  if (typeParams === null || typeParams.items.length === 0) return null;
  let defaultSeen = false;
  for (const p of typeParams.items) {
    const dflt = typeParamDefault(expectTypeParam(p));
    if (dflt !== NoDefault) defaultSeen = true;
    else if (defaultSeen) throw typeError(`non-default type parameter '${PyObject_Repr(p)}' follows default type parameter`);
  }
  return typeParams;
}

/** TypeAliasType(name, value, *, type_params=()).  CPython: typealias_new_impl */
function typeAliasNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const [nameArg, value, typeParams] = bindNew('typealias', '(name, value, *, type_params=<unrepresentable>)', args, kwnames);
  const name = checkName('typealias', nameArg);
  if (typeParams !== undefined && !(typeParams instanceof PyTuple)) throw typeError('type_params must be a tuple');
  const checked = checkTypeParams(typeParams ?? null);
  return new PyTypeAlias(name, checked, new Lazy(value!, null), callerModule());
}

function typeAliasRepr(self: PyValue): string {
  return strValue((self as PyTypeAlias).name);
}

function typeAliasValue(self: PyTypeAlias): PyValue {
  return self.value.get(() => {
    throw systemError('type alias without a value');
  });
}

/** CPython: typealias_module */
function typeAliasModule(self: PyTypeAlias): PyValue {
  if (self.module !== null) return self.module;
  const compute = self.value.evaluate;
  if (compute instanceof PyFunction) return compute.func_module;
  return None;
}

/** Alias[args]: a GenericAlias, for generic aliases only.  CPython: typealias_subscript */
function typeAliasSubscript(self: PyValue, args: PyValue): PyValue {
  if ((self as PyTypeAlias).typeParams === null) throw typeError('Only generic type aliases are subscriptable');
  return Py_GenericAlias(self, args);
}

// ---- Generic ----

/** Calls typing.<name>(cls, *args, **kwargs).  CPython: call_typing_args_kwargs */
function genericClassGetitem(cls: PyValue, args: PyValue[], kwargs: PyDict | null): PyValue {
  return callTyping('_generic_class_getitem', [cls, ...args], kwargs);
}

function genericInitSubclass(cls: PyValue, args: PyValue[], kwargs: PyDict | null): PyValue {
  return callTyping('_generic_init_subclass', [cls, ...args], kwargs);
}

// ---- what the compiler's intrinsics call (Python/intrinsics.c) ----

/** INTRINSIC_TYPEVAR, _WITH_BOUND, _WITH_CONSTRAINTS: bound and constraints are evaluate functions.  CPython: _Py_make_typevar */
export function makeTypeVar(name: PyValue, evaluateBound: PyValue | null, evaluateConstraints: PyValue | null): PyValue {
  return newTypeVar(
    name,
    new Lazy(undefined, evaluateBound),
    new Lazy(undefined, evaluateConstraints),
    new Lazy(undefined, null),
    false,
    false,
    true,
    null,
  );
}

/** INTRINSIC_PARAMSPEC.  CPython: _Py_make_paramspec */
export function makeParamSpec(name: PyValue): PyValue {
  return newParamSpec(name, undefined, new Lazy(undefined, null), false, false, true, null);
}

/** INTRINSIC_TYPEVARTUPLE.  CPython: _Py_make_typevartuple */
export function makeTypeVarTuple(name: PyValue): PyValue {
  return newTypeVarTuple(name, new Lazy(undefined, null), null);
}

/** INTRINSIC_SUBSCRIPT_GENERIC: Generic[*params], the implicit base of `class C[T]`.  CPython: _Py_subscript_generic */
export function subscriptGeneric(params: PyValue): PyValue {
  return callTyping('_GenericAlias', [GenericType, unpackTypeVarTuples(params as PyTuple)]);
}

/** INTRINSIC_TYPEALIAS: args is (name, type_params or None, compute_value).  CPython: _Py_make_typealias */
export function makeTypeAlias(args: PyValue): PyValue {
  const [name, params, computeValue] = (args as PyTuple).items;
  const typeParams = params instanceof PyTuple && params.items.length > 0 ? params : null;
  return new PyTypeAlias(name, typeParams, new Lazy(undefined, computeValue), null);
}

/** INTRINSIC_SET_TYPEPARAM_DEFAULT: `[T = default]` gives T a lazily evaluated default.  CPython: _Py_set_typeparam_default */
export function setTypeParamDefault(tp: PyValue, evaluateDefault: PyValue): PyValue {
  expectTypeParam(tp).dflt.evaluate = evaluateDefault;
  return tp;
}

// ---- the types ----

/** Types CPython makes with PyType_FromSpec keep their module in their __dict__, where instances find it too. */
function heapTypeAttrs(module: string): () => { readonly [name: string]: PyValue } {
  return () => ({ __module__: module });
}

export const NoDefaultType = defineBuiltinType({
  name: 'NoDefaultType',
  doc: 'The type of typing.NoDefault, the marker of a type parameter without a default.',
  instanceClass: PyNoDefault,
  slots: { tp_new: noDefaultNew, tp_repr: () => 'typing.NoDefault' },
  methods: { __reduce__: { sig: '($self, /)', impl: () => 'NoDefault' } },
});

export const ConstEvaluatorType = defineBuiltinType({
  name: '_typing._ConstEvaluator',
  doc: 'Evaluates to a value that is already known (what evaluate_bound and friends give for eager values).',
  attrs: heapTypeAttrs('_typing'),
  flags: TPFLAGS.DISALLOW_INSTANTIATION,
  instanceClass: PyConstEvaluator,
  slots: {
    tp_repr: (self: PyValue) => `<constevaluator ${PyObject_Repr((self as PyConstEvaluator).value)}>`,
    tp_call: constEvaluatorCall,
  },
});

export const TypeVarType = defineBuiltinType({
  name: 'typing.TypeVar',
  doc: 'A type variable: the parameter of a generic function, class or type alias (def f[T](x: T) -> T).',
  attrs: heapTypeAttrs('typing'),
  instanceClass: PyTypeVar,
  instanceHasDict: true,
  weakrefable: true,
  slots: { tp_new: typeVarNew, tp_repr: typeVarRepr },
  number: { nb_or: makeUnion },
  methods: {
    __typing_subst__: { sig: '($self, arg, /)', impl: (self: PyTypeVar, arg: PyValue) => callTyping('_typevar_subst', [self, arg]) },
    __typing_prepare_subst__: { sig: '($self, alias, args, /)', impl: typeVarPrepareSubst },
    __reduce__: { sig: '($self, /)', impl: typeParamReduce },
    has_default: { sig: '($self, /)', impl: hasDefault },
    __mro_entries__: cannotSubclass('TypeVar'),
  },
  getset: {
    __name__: member((tv: PyTypeVar) => tv.name),
    __covariant__: member((tv: PyTypeVar) => tv.covariant),
    __contravariant__: member((tv: PyTypeVar) => tv.contravariant),
    __infer_variance__: member((tv: PyTypeVar) => tv.inferVariance),
    __bound__: { get: (tv: PyTypeVar) => tv.bound.get(() => None) },
    __constraints__: { get: (tv: PyTypeVar) => tv.constraints.get(() => EMPTY_TUPLE) },
    __default__: { get: typeParamDefault },
    evaluate_bound: { get: (tv: PyTypeVar) => tv.bound.evaluator() },
    evaluate_constraints: { get: (tv: PyTypeVar) => tv.constraints.evaluator() },
    evaluate_default: { get: typeParamEvaluateDefault },
  },
});

export const ParamSpecArgsType = defineBuiltinType({
  name: 'typing.ParamSpecArgs',
  doc: 'The type of P.args for a ParamSpec P (its __origin__ is P).',
  attrs: heapTypeAttrs('typing'),
  instanceClass: PyParamSpecArgs,
  weakrefable: true,
  slots: { tp_new: paramSpecAttrNew, tp_repr: paramSpecAttrRepr, tp_richcompare: paramSpecAttrRichcompare },
  methods: { __mro_entries__: cannotSubclass('ParamSpecArgs') },
  getset: { __origin__: member((a: PyParamSpecAttr) => a.origin) },
});

export const ParamSpecKwargsType = defineBuiltinType({
  name: 'typing.ParamSpecKwargs',
  doc: 'The type of P.kwargs for a ParamSpec P (its __origin__ is P).',
  attrs: heapTypeAttrs('typing'),
  instanceClass: PyParamSpecKwargs,
  weakrefable: true,
  slots: { tp_new: paramSpecAttrNew, tp_repr: paramSpecAttrRepr, tp_richcompare: paramSpecAttrRichcompare },
  methods: { __mro_entries__: cannotSubclass('ParamSpecKwargs') },
  getset: { __origin__: member((a: PyParamSpecAttr) => a.origin) },
});

export const ParamSpecType = defineBuiltinType({
  name: 'typing.ParamSpec',
  doc: "A parameter specification variable: stands for a callable's parameters (def deco[**P, R](f: Callable[P, R])).",
  attrs: heapTypeAttrs('typing'),
  instanceClass: PyParamSpec,
  instanceHasDict: true,
  weakrefable: true,
  slots: { tp_new: paramSpecNew, tp_repr: paramSpecRepr },
  number: { nb_or: makeUnion },
  methods: {
    __typing_subst__: { sig: '($self, arg, /)', impl: (self: PyParamSpec, arg: PyValue) => callTyping('_paramspec_subst', [self, arg]) },
    __typing_prepare_subst__: {
      sig: '($self, alias, args, /)',
      impl: (self: PyParamSpec, alias: PyValue, args: PyValue) => callTyping('_paramspec_prepare_subst', [self, alias, args]),
    },
    has_default: { sig: '($self, /)', impl: hasDefault },
    __reduce__: { sig: '($self, /)', impl: typeParamReduce },
    __mro_entries__: cannotSubclass('ParamSpec'),
  },
  getset: {
    __name__: member((ps: PyParamSpec) => ps.name),
    __bound__: member((ps: PyParamSpec) => ps.bound ?? None),
    __covariant__: member((ps: PyParamSpec) => ps.covariant),
    __contravariant__: member((ps: PyParamSpec) => ps.contravariant),
    __infer_variance__: member((ps: PyParamSpec) => ps.inferVariance),
    args: { get: (ps: PyParamSpec) => new PyParamSpecArgs(ps), doc: 'The positional arguments of a callable with these parameters.' },
    kwargs: { get: (ps: PyParamSpec) => new PyParamSpecKwargs(ps), doc: 'The keyword arguments of a callable with these parameters.' },
    __default__: { get: typeParamDefault, doc: 'The default of this ParamSpec (typing.NoDefault if none).' },
    evaluate_default: { get: typeParamEvaluateDefault },
  },
});

export const TypeVarTupleType = defineBuiltinType({
  name: 'typing.TypeVarTuple',
  doc: 'A variadic type variable: stands for any number of types (def f[*Ts](*args: *Ts)).',
  attrs: heapTypeAttrs('typing'),
  instanceClass: PyTypeVarTuple,
  instanceHasDict: true,
  weakrefable: true,
  slots: { tp_new: typeVarTupleNew, tp_repr: (self: PyValue) => strValue((self as PyTypeVarTuple).name), tp_iter: unpackIter },
  methods: {
    __typing_subst__: {
      sig: '($self, arg, /)',
      impl: () => {
        throw typeError('Substitution of bare TypeVarTuple is not supported');
      },
    },
    __typing_prepare_subst__: {
      sig: '($self, alias, args, /)',
      impl: (self: PyTypeVarTuple, alias: PyValue, args: PyValue) => callTyping('_typevartuple_prepare_subst', [self, alias, args]),
    },
    __reduce__: { sig: '($self, /)', impl: typeParamReduce },
    has_default: { sig: '($self, /)', impl: hasDefault },
    __mro_entries__: cannotSubclass('TypeVarTuple'),
  },
  getset: {
    __name__: member((tvt: PyTypeVarTuple) => tvt.name),
    __default__: { get: typeParamDefault, doc: 'The default of this TypeVarTuple (typing.NoDefault if none).' },
    evaluate_default: { get: typeParamEvaluateDefault },
  },
});

export const TypeAliasType = defineBuiltinType({
  name: 'typing.TypeAliasType',
  doc: 'A type alias, made by the type statement (type Alias[T] = list[T]); its value is computed when first used.',
  instanceClass: PyTypeAlias,
  slots: { tp_new: typeAliasNew, tp_repr: typeAliasRepr, tp_iter: unpackIter },
  number: { nb_or: unionTypeOr },
  mapping: { mp_subscript: typeAliasSubscript },
  methods: { __reduce__: { sig: '($self, /)', impl: (self: PyTypeAlias) => self.name } },
  getset: {
    __name__: member((ta: PyTypeAlias) => ta.name),
    __parameters__: { get: (ta: PyTypeAlias) => (ta.typeParams === null ? EMPTY_TUPLE : unpackTypeVarTuples(ta.typeParams)) },
    __type_params__: { get: (ta: PyTypeAlias) => ta.typeParams ?? EMPTY_TUPLE },
    __value__: { get: typeAliasValue },
    evaluate_value: { get: (ta: PyTypeAlias) => ta.value.evaluator() },
    __module__: { get: typeAliasModule },
  },
});

export const GenericType = defineBuiltinType({
  name: 'typing.Generic',
  doc: 'The base of generic classes: class C[T] (or, the older way, class C(Generic[T])) can then be used as C[int].',
  attrs: heapTypeAttrs('typing'),
  flags: TPFLAGS.BASETYPE,
  methods: {
    __class_getitem__: {
      sig: '($type, *args, **kwargs)',
      kind: 'classmethod',
      impl: genericClassGetitem,
      doc: 'Parameterizes a generic class: C[int] calls C.__class_getitem__(int).',
    },
    __init_subclass__: {
      sig: '($type, *args, **kwargs)',
      kind: 'classmethod',
      impl: genericInitSubclass,
      doc: 'Checks and records the type parameters of a new generic subclass.',
    },
  },
});
