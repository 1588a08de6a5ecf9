// typing.Union (types.UnionType): int | str, Union[int, str].  CPython: Objects/unionobject.c
import { None, NotImplemented, PyObject, type PyValue, type PyIntValue } from './object.ts';
import { PyType, CompareOp, TPFLAGS, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { PyTuple } from './tuple.ts';
import { PySetObject } from './set.ts';
import { setAdd, setContains } from './set.ts';
import { newSet, makeNewSet, FrozenSetType } from './set-type.ts';
import {
  PyObject_Hash,
  PyObject_RichCompareBool,
  PyObject_GetAttr,
  PyObject_Repr,
  PyObject_Call,
  PySequence_Contains,
} from './abstract.ts';
import { PyObject_GenericGetAttr } from './generic-attr.ts';
import { typeError } from './exceptions.ts';
import { PyGenericAlias, makeParameters, subsParameters, typingTypeRepr } from './genericalias.ts';
import { importModuleAttr } from './iterobject.ts';

export class PyUnion extends PyObject {
  parameters: PyTuple | null = null;
  constructor(
    readonly args: PyTuple,
    readonly hashableArgs: PySetObject,
    readonly unhashableArgs: PyTuple | null,
  ) {
    super();
  }
}

/** The members of a union (for isinstance/issubclass).  CPython: _Py_union_args */
export function unionArgs(u: PyUnion): PyTuple {
  return u.args;
}

/** CPython: union_hash */
function unionHash(self: PyValue): PyIntValue {
  const u = self as PyUnion;
  if (u.unhashableArgs !== null) {
    for (const a of u.unhashableArgs.items) PyObject_Hash(a);
    throw typeError(`union contains ${u.unhashableArgs.items.length} unhashable elements`);
  }
  return PyObject_Hash(u.hashableArgs);
}

function unionsEqual(a: PyUnion, b: PyUnion): boolean {
  if (!PyObject_RichCompareBool(a.hashableArgs, b.hashableArgs, CompareOp.EQ)) return false;
  if (a.unhashableArgs !== null && b.unhashableArgs !== null) {
    const x = a.unhashableArgs;
    const y = b.unhashableArgs;
    if (x.items.length !== y.items.length) return false;
    for (const v of x.items) if (!PySequence_Contains(y, v)) return false;
    for (const v of y.items) if (!PySequence_Contains(x, v)) return false;
    return true;
  }
  return a.unhashableArgs === null && b.unhashableArgs === null;
}

function unionRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PyUnion) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return NotImplemented;
  const eq = unionsEqual(a as PyUnion, b);
  return op === CompareOp.EQ ? eq : !eq;
}

/** Collects the members of a union being built, without repeats.  CPython: unionbuilder */
class UnionBuilder {
  args: PyValue[] = [];
  hashable = newSet();
  unhashable: PyValue[] | null = null;
  constructor(readonly checked: boolean) {}

  addSingleUnchecked(arg: PyValue): void {
    let hashable = true;
    try {
      PyObject_Hash(arg);
    } catch {
      hashable = false;
    }
    if (!hashable) {
      if (this.unhashable === null) this.unhashable = [];
      else if (PySequence_Contains(new PyTuple(this.unhashable), arg)) return;
      this.unhashable.push(arg);
    } else {
      if (setContains(this.hashable, arg)) return;
      setAdd(this.hashable, arg);
    }
    this.args.push(arg);
  }

  addSingle(arg: PyValue): void {
    if (arg === None) arg = typeOf(None);
    else if (arg instanceof PyUnion) {
      this.addTuple(arg.args);
      return;
    }
    this.addSingleUnchecked(this.checked ? typeCheck(arg, 'Union[arg, ...]: each arg must be a type.') : arg);
  }

  addTuple(t: PyTuple): void {
    for (const a of t.items) this.addSingle(a);
  }

  /** CPython: make_union */
  make(): PyValue {
    const n = this.args.length;
    if (n === 0) throw typeError('Cannot take a Union of no types.');
    if (n === 1) return this.args[0];
    const hashable = makeNewSet(FrozenSetType, this.hashable);
    return new PyUnion(new PyTuple(this.args), hashable, this.unhashable === null ? null : new PyTuple(this.unhashable));
  }
}

function isUnionable(obj: PyValue): boolean {
  return obj === None || obj instanceof PyType || obj instanceof PyGenericAlias || obj instanceof PyUnion || typeOf(obj).tp_name === 'typing.TypeAliasType';
}

function typeCheck(arg: PyValue, msg: string): PyValue {
  if (arg === None) return typeOf(None);
  if (isUnionable(arg)) return arg;
  return PyObject_Call(importModuleAttr('typing', '_type_check'), [arg, msg], null);
}

/** type.__or__ and GenericAlias.__or__: X | Y.  CPython: _Py_union_type_or */
export function unionTypeOr(self: PyValue, other: PyValue): PyValue {
  if (!isUnionable(self) || !isUnionable(other)) return NotImplemented;
  const ub = new UnionBuilder(false);
  ub.addSingle(self);
  ub.addSingle(other);
  return ub.make();
}

/** Union[args].  CPython: _Py_union_from_tuple */
export function unionFromTuple(args: PyValue): PyValue {
  const ub = new UnionBuilder(true);
  if (args instanceof PyTuple && args.ob_type === TUPLE_TYPE.t) ub.addTuple(args);
  else ub.addSingle(args);
  return ub.make();
}

const TUPLE_TYPE = {
  get t(): PyType {
    return (PyTuple.prototype as unknown as { ob_type: PyType }).ob_type;
  },
};

function unionRepr(self: PyValue): string {
  return (self as PyUnion).args.items.map(typingTypeRepr).join(' | ');
}

function unionParameters(u: PyUnion): PyTuple {
  if (u.parameters === null) u.parameters = makeParameters(u.args);
  return u.parameters;
}

function unionGetitem(self: PyValue, item: PyValue): PyValue {
  const u = self as PyUnion;
  const newargs = subsParameters(self, u.args, unionParameters(u), item);
  return unionFromTuple(newargs);
}

function unionNbOr(a: PyValue, b: PyValue): PyValue {
  const ub = new UnionBuilder(true);
  ub.addSingle(a);
  ub.addSingle(b);
  return ub.make();
}

function unionGetattro(self: PyValue, name: string, suppress: boolean): PyValue | undefined {
  if (name === '__module__') return PyObject_GetAttr(typeOf(self), name);
  return PyObject_GenericGetAttr(self, name, suppress);
}

export const UnionType = defineBuiltinType({
  name: 'typing.Union',
  doc: 'Represent a union type\n\nE.g. for int | str',
  flags: TPFLAGS.DISALLOW_INSTANTIATION,
  instanceClass: PyUnion,
  weakrefable: true,
  slots: { tp_hash: unionHash, tp_getattro: unionGetattro, tp_richcompare: unionRichcompare, tp_repr: unionRepr },
  mapping: { mp_subscript: unionGetitem },
  number: { nb_or: unionNbOr },
  methods: {
    __mro_entries__: {
      sig: '($self, object, /)',
      impl: (self: PyUnion) => {
        throw typeError(`Cannot subclass ${PyObject_Repr(self)}`);
      },
    },
    __class_getitem__: {
      sig: '($type, object, /)',
      kind: 'classmethod',
      impl: (_cls: PyValue, args: PyValue) => unionFromTuple(args),
      doc: 'Create a union containing the given types',
    },
  },
  members: {
    __args__: { get: (u: PyUnion) => u.args },
  },
  getset: {
    __name__: { get: () => 'Union', doc: 'Name of the type' },
    __qualname__: { get: () => 'Union', doc: 'Qualified name of the type' },
    __origin__: { get: () => UnionType, doc: 'Always returns the type' },
    __parameters__: { get: unionParameters, doc: 'Type variables in the types.UnionType.' },
  },
});
