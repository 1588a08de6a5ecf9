// types.GenericAlias: list[int], dict[str, T], type[int], *tuple[int, ...].  CPython: Objects/genericaliasobject.c
// Also the parameter machinery that typing.Union shares (__parameters__ collection and substitution),
// and the short type repr used by both (_Py_typing_type_repr in Objects/typevarobject.c).
import { Ellipsis, None, NotImplemented, PyObject, type PyValue, type PyIntValue } from './object.ts';
import { PyType, CompareOp, typeOf, PyType_IsSubtype } from './type.ts';
import { defineBuiltinType, type MethodSpec } from './builtin-type.ts';
import { PyTuple, EMPTY_TUPLE } from './tuple.ts';
import { PyList } from './list.ts';
import {
  PyObject_Repr,
  PyObject_Str,
  PyObject_LookupAttr,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_Call,
  PyObject_SetAttr,
  PyObject_Hash,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  PyObject_IsTrue,
  PySequence_Contains,
  iterableToArray,
} from './abstract.ts';
import { PyObject_GenericGetAttr } from './generic-attr.ts';
import { typeError, exceptionMatches, PyExc_AttributeError, PyExc_TypeError } from './exceptions.ts';
import { enterRecursiveCall, leaveRecursiveCall } from './recursion.ts';
import { isStrValue, strValue } from './boxes.ts';
import { builtinIter, builtinByName } from './iterobject.ts';
import { unionTypeOr } from './unionobject.ts';

export class PyGenericAlias extends PyObject {
  parameters: PyTuple | null = null;
  starred = false;
  override ob_type: PyType;
  constructor(
    readonly origin: PyValue,
    readonly args: PyTuple,
    type: PyType,
  ) {
    super();
    this.ob_type = type;
  }
}

/** A new GenericAlias; a non-tuple `args` becomes a 1-tuple.  CPython: Py_GenericAlias */
export function Py_GenericAlias(origin: PyValue, args: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args : new PyTuple([args]), GenericAliasType);
}

/** A `__class_getitem__` entry for a builtin type's methods table: cls[item] -> GenericAlias. */
export function genericAliasClassMethod(doc: string): MethodSpec {
  return { sig: '($type, object, /)', kind: 'classmethod', impl: Py_GenericAlias, doc };
}

function isGenericAlias(v: PyValue): v is PyGenericAlias {
  return v instanceof PyGenericAlias;
}

// ---- repr ----

/** The repr of a type argument: qualified names for classes, repr() for the rest.  CPython: _Py_typing_type_repr */
export function typingTypeRepr(p: PyValue): string {
  if (p === Ellipsis) return '...';
  if (p === typeOf(None)) return 'None';
  if (PyObject_LookupAttr(p, '__origin__') !== undefined && PyObject_LookupAttr(p, '__args__') !== undefined) {
    return PyObject_Repr(p);
  }
  const qualname = PyObject_LookupAttr(p, '__qualname__');
  if (qualname === undefined) return PyObject_Repr(p);
  const module = PyObject_LookupAttr(p, '__module__');
  if (module === undefined || module === None) return PyObject_Repr(p);
  if (isStrValue(module) && strValue(module) === 'builtins') return PyObject_Str(qualname);
  return `${PyObject_Str(module)}.${PyObject_Str(qualname)}`;
}

function gaRepr(self: PyValue): string {
  const alias = self as PyGenericAlias;
  const items = alias.args.items;
  let s = alias.starred ? '*' : '';
  s += typingTypeRepr(alias.origin);
  s += '[';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) s += ', ';
    const p = items[i];
    if (p instanceof PyList && p.ob_type === LIST_TYPE.t) {
      // A ParamSpec's list of type arguments.
      s += '[' + p.items.map(typingTypeRepr).join(', ') + ']';
    } else s += typingTypeRepr(p);
  }
  if (items.length === 0) s += '()';
  return s + ']';
}

const LIST_TYPE = {
  get t(): PyType {
    return (PyList.prototype as unknown as { ob_type: PyType }).ob_type;
  },
};

// ---- parameters ----

function tupleAdd(out: PyValue[], item: PyValue): void {
  if (!out.includes(item)) out.push(item);
}

/** The type variables among args, in order, without repeats.  CPython: _Py_make_parameters */
export function makeParameters(args: PyValue): PyTuple {
  enterRecursiveCall(' in __parameter__ calculation');
  try {
    const items = args instanceof PyTuple ? args.items : (args as PyList).items.slice();
    const out: PyValue[] = [];
    for (const t of items) {
      if (t instanceof PyType) continue;
      if (PyObject_LookupAttr(t, '__typing_subst__') !== undefined) {
        tupleAdd(out, t);
        continue;
      }
      let sub = PyObject_LookupAttr(t, '__parameters__');
      if (sub === undefined && (t instanceof PyTuple || t instanceof PyList)) sub = makeParameters(t);
      if (sub instanceof PyTuple) for (const t2 of sub.items) tupleAdd(out, t2);
    }
    return new PyTuple(out);
  } finally {
    leaveRecursiveCall();
  }
}

/** obj with its own type variables replaced (list[T] with T -> int gives list[int]).  CPython: subs_tvars */
function subsTvars(obj: PyValue, params: PyTuple, argitems: readonly PyValue[]): PyValue {
  const subparams = PyObject_LookupAttr(obj, '__parameters__');
  if (!(subparams instanceof PyTuple) || subparams.items.length === 0) return obj;
  const subargs: PyValue[] = [];
  for (let arg of subparams.items) {
    const iparam = params.items.indexOf(arg);
    if (iparam >= 0) {
      const param = params.items[iparam];
      arg = argitems[iparam];
      if (typeOf(param).tp_iter !== null && arg instanceof PyTuple) {
        // A TypeVarTuple takes several arguments.
        subargs.push(...arg.items);
        continue;
      }
    }
    subargs.push(arg);
  }
  return PyObject_GetItem(obj, new PyTuple(subargs));
}

function isUnpackedTypeVarTuple(arg: PyValue): boolean {
  if (arg instanceof PyType) return false;
  const v = PyObject_LookupAttr(arg, '__typing_is_unpacked_typevartuple__');
  return v !== undefined && PyObject_IsTrue(v);
}

function unpackedTupleArgs(arg: PyValue): PyValue | undefined {
  if (arg instanceof PyGenericAlias && arg.starred && arg.origin === TUPLE_TYPE.t) return arg.args;
  const r = PyObject_LookupAttr(arg, '__typing_unpacked_tuple_args__');
  return r === None ? undefined : r;
}

const TUPLE_TYPE = {
  get t(): PyType {
    return (PyTuple.prototype as unknown as { ob_type: PyType }).ob_type;
  },
};

/** Flattens unpacked tuple arguments (*tuple[int, str]) into the argument list.  CPython: _unpack_args */
function unpackArgs(item: PyValue): PyTuple {
  const items = item instanceof PyTuple ? item.items : [item];
  const out: PyValue[] = [];
  for (const it of items) {
    if (!(it instanceof PyType)) {
      const sub = unpackedTupleArgs(it);
      if (sub instanceof PyTuple && !(sub.items.length && sub.items[sub.items.length - 1] === Ellipsis)) {
        out.push(...sub.items);
        continue;
      }
    }
    out.push(it);
  }
  return new PyTuple(out);
}

/** The arguments of self[item]: each parameter replaced by its argument.  CPython: _Py_subs_parameters */
export function subsParameters(self: PyValue, args: PyValue, parameters: PyTuple, item: PyValue): PyTuple {
  const nparams = parameters.items.length;
  if (nparams === 0) throw typeError(`${PyObject_Repr(self)} is not a generic class`);
  let it: PyValue = unpackArgs(item);
  for (const param of parameters.items) {
    const prepare = PyObject_LookupAttr(param, '__typing_prepare_subst__');
    if (prepare !== undefined && prepare !== None) {
      it = PyObject_Call(prepare, [self, it instanceof PyTuple ? it : new PyTuple([it])], null);
    }
  }
  const argitems = it instanceof PyTuple ? it.items : [it];
  if (argitems.length !== nparams) {
    throw typeError(
      `Too ${argitems.length > nparams ? 'many' : 'few'} arguments for ${PyObject_Repr(self)}; actual ${argitems.length}, expected ${nparams}`,
    );
  }
  const argList = args instanceof PyTuple ? args.items : (args as PyList).items.slice();
  const newargs: PyValue[] = [];
  for (const arg of argList) {
    if (arg instanceof PyType) {
      newargs.push(arg);
      continue;
    }
    if (arg instanceof PyTuple || arg instanceof PyList) {
      const sub = subsParameters(self, arg, parameters, it);
      newargs.push(arg instanceof PyTuple ? sub : new PyList(sub.items.slice()));
      continue;
    }
    const unpack = isUnpackedTypeVarTuple(arg);
    const subst = PyObject_LookupAttr(arg, '__typing_subst__');
    let r: PyValue;
    if (subst !== undefined) r = PyObject_Call(subst, [argitems[parameters.items.indexOf(arg)]], null);
    else r = subsTvars(arg, parameters, argitems);
    if (unpack) {
      if (!(r instanceof PyTuple)) {
        throw typeError(`expected __typing_subst__ of ${typeOf(arg).tp_name} objects to return a tuple, not ${typeOf(r).tp_name}`);
      }
      newargs.push(...r.items);
    } else newargs.push(r);
  }
  return new PyTuple(newargs);
}

function gaParameters(alias: PyGenericAlias): PyTuple {
  if (alias.parameters === null) alias.parameters = makeParameters(alias.args);
  return alias.parameters;
}

function gaGetitem(self: PyValue, item: PyValue): PyValue {
  const alias = self as PyGenericAlias;
  const newargs = subsParameters(self, alias.args, gaParameters(alias), item);
  const res = Py_GenericAlias(alias.origin, newargs);
  res.starred = alias.starred;
  return res;
}

// ---- hashing, comparison, calls, attributes ----

function gaHash(self: PyValue): PyIntValue {
  const alias = self as PyGenericAlias;
  const h0 = PyObject_Hash(alias.origin);
  const h1 = PyObject_Hash(alias.args);
  const x = BigInt.asIntN(64, BigInt(h0) ^ BigInt(h1));
  const n = Number(x);
  return Number.isSafeInteger(n) ? n : x;
}

function gaRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (!isGenericAlias(b) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return NotImplemented;
  if (op === CompareOp.NE) return gaRichcompare(a, b, CompareOp.EQ) !== true;
  const aa = a as PyGenericAlias;
  if (aa.starred !== b.starred) return false;
  if (!PyObject_RichCompareBool(aa.origin, b.origin, CompareOp.EQ)) return false;
  return PyObject_RichCompare(aa.args, b.args, CompareOp.EQ);
}

function gaCall(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const alias = self as PyGenericAlias;
  const obj = PyObject_Call(alias.origin, args, kwnames);
  try {
    PyObject_SetAttr(obj, '__orig_class__', self);
  } catch (e) {
    if (!exceptionMatches(e as PyValue, PyExc_AttributeError) && !exceptionMatches(e as PyValue, PyExc_TypeError)) throw e;
  }
  return obj;
}

const ATTR_EXCEPTIONS = [
  '__class__',
  '__origin__',
  '__args__',
  '__unpacked__',
  '__parameters__',
  '__typing_unpacked_tuple_args__',
  '__mro_entries__',
  '__reduce_ex__',
  '__reduce__',
];
const ATTR_BLOCKED = ['__bases__', '__copy__', '__deepcopy__'];

/** Attributes not its own are the origin's (list[int].append is list.append).  CPython: ga_getattro */
function gaGetattro(self: PyValue, name: string, suppress: boolean): PyValue | undefined {
  if (!ATTR_BLOCKED.includes(name) && !ATTR_EXCEPTIONS.includes(name)) {
    const origin = (self as PyGenericAlias).origin;
    if (!suppress) return PyObject_GetAttr(origin, name);
    return PyObject_LookupAttr(origin, name);
  }
  return PyObject_GenericGetAttr(self, name, suppress);
}

function gaNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('GenericAlias() takes no keyword arguments');
  if (args.length !== 2) {
    throw typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
  }
  const a = args[1];
  return new PyGenericAlias(args[0], a instanceof PyTuple ? a : new PyTuple([a]), type);
}

function gaMroEntries(self: PyGenericAlias): PyValue {
  return new PyTuple([self.origin]);
}

function gaReduce(self: PyGenericAlias): PyValue {
  if (self.starred) {
    const tmp = Py_GenericAlias(self.origin, self.args);
    return new PyTuple([builtinByName('next'), new PyTuple([gaIter(tmp)])]);
  }
  return new PyTuple([self.ob_type, new PyTuple([self.origin, self.args])]);
}

function gaDir(self: PyGenericAlias): PyValue {
  const dir = PyObject_Call(builtinByName('dir'), [self.origin], null) as PyList;
  for (const n of ATTR_EXCEPTIONS) if (!PySequence_Contains(dir, n)) dir.items.push(n);
  return dir;
}

// ---- iteration: *tuple[int] ----

export class PyGenericAliasIter extends PyObject {
  constructor(public obj: PyGenericAlias | null) {
    super();
  }
}

function gaIter(self: PyValue): PyValue {
  return new PyGenericAliasIter(self as PyGenericAlias);
}

function gaIterNext(self: PyValue): PyValue | undefined {
  const gi = self as PyGenericAliasIter;
  const alias = gi.obj;
  if (alias === null) return undefined;
  const starred = Py_GenericAlias(alias.origin, alias.args);
  starred.starred = true;
  gi.obj = null;
  return starred;
}

function gaIterReduce(gi: PyGenericAliasIter): PyValue {
  const it = builtinIter();
  return new PyTuple([it, gi.obj === null ? new PyTuple([EMPTY_TUPLE]) : new PyTuple([gi.obj])]);
}

export const GenericAliasType = defineBuiltinType({
  name: 'types.GenericAlias',
  textSignature: '(origin, args, /)',
  doc: 'A parameterised generic type (PEP 585), such as list[int]: __origin__ is list, __args__ is (int,).',
  flags: 0x400 /* BASETYPE */,
  weakrefable: true,
  slots: {
    tp_new: gaNew,
    tp_repr: gaRepr,
    tp_hash: gaHash,
    tp_call: gaCall,
    tp_getattro: gaGetattro,
    tp_richcompare: gaRichcompare,
    tp_iter: gaIter,
  },
  mapping: { mp_subscript: gaGetitem },
  number: { nb_or: unionTypeOr },
  methods: {
    __mro_entries__: { sig: '($self, object, /)', impl: gaMroEntries },
    __instancecheck__: {
      sig: '($self, object, /)',
      impl: () => {
        throw typeError('isinstance() argument 2 cannot be a parameterized generic');
      },
    },
    __subclasscheck__: {
      sig: '($self, object, /)',
      impl: () => {
        throw typeError('issubclass() argument 2 cannot be a parameterized generic');
      },
    },
    __reduce__: { sig: '($self, /)', impl: gaReduce },
    __dir__: { sig: '($self, /)', impl: gaDir },
  },
  members: {
    __origin__: { get: (a: PyGenericAlias) => a.origin },
    __args__: { get: (a: PyGenericAlias) => a.args },
    __unpacked__: { get: (a: PyGenericAlias) => a.starred },
  },
  getset: {
    __parameters__: { get: gaParameters, doc: 'Type variables in the GenericAlias.' },
    __typing_unpacked_tuple_args__: {
      get: (a: PyGenericAlias) => (a.starred && a.origin === TUPLE_TYPE.t ? a.args : None),
    },
  },
});

export const GenericAliasIterType = defineBuiltinType({
  name: 'generic_alias_iterator',
  instanceClass: PyGenericAliasIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: gaIterNext },
  methods: { __reduce__: { sig: '($self, /)', impl: gaIterReduce } },
});

void iterableToArray;
void PyType_IsSubtype;
