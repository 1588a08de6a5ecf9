// dict's views (keys(), values(), items()) and iterators, forward and reversed.  CPython: Objects/dictobject.c
import { None, PyObject, type PyValue } from './object.ts';
import { PyType, CompareOp, typeOf, PyType_IsSubtype } from './type.ts';
import { PyDict, DELETED } from './dict.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { PyObject_Repr, PyObject_EqualBool, PyObject_GetIter, PyObject_Length, PySequence_Contains, PyObject_CallMethod } from './abstract.ts';
import { runtimeError } from './exceptions.ts';
import { enterRepr, leaveRepr } from './repr-guard.ts';
import { PyTuple } from './tuple.ts';
import { PyList } from './list.ts';
import { PySetObject, setAdd } from './set.ts';
import { PySet_New, SetType, setUpdateFromIterable } from './set-type.ts';
import { PyMappingProxy } from './mappingproxy.ts';
import { NotImplemented } from './object.ts';
import { builtinIter } from './iterobject.ts';

const enum Kind {
  KEYS,
  VALUES,
  ITEMS,
}

// ---- iterators ----

export class PyDictIter extends PyObject {
  override ob_type: PyType;
  /** The dict's size when the iterator was made; -1 once a size change was reported (sticky). */
  used: number;
  /** Items still expected. */
  len: number;
  constructor(
    public dict: PyDict | null,
    public pos: number,
    type: PyType,
  ) {
    super();
    this.ob_type = type;
    this.used = dict!.used;
    this.len = dict!.used;
  }
}

function kindOf(it: PyDictIter): Kind {
  const t = it.ob_type;
  return t === DictKeyIterType || t === DictRevKeyIterType ? Kind.KEYS : t === DictValueIterType || t === DictRevValueIterType ? Kind.VALUES : Kind.ITEMS;
}

function result(kind: Kind, d: PyDict, i: number): PyValue {
  switch (kind) {
    case Kind.KEYS:
      return d.keys[i];
    case Kind.VALUES:
      return d.values[i];
    case Kind.ITEMS:
      return new PyTuple(itemPair(d.keys[i], d.values[i]));
  }
}

/**
 * [key, value] as an array of any values. A literal [key, value] would be an array of small ints, or
 * of doubles, when both are numbers: the items of a dict of ints would then reach code that unpacks
 * tuples (UNPACK_SEQUENCE) with an array map it has not seen, and V8 would throw the evaluation
 * loop's optimized code away (and compile it again, some 100 ms) each time a new kind appears.
 * An array made from a literal of non-numbers keeps the general kind whatever is stored in it.
 */
export function itemPair(key: PyValue, value: PyValue): PyValue[] {
  const pair: PyValue[] = [None, None];
  pair[0] = key;
  pair[1] = value;
  return pair;
}

/** CPython: dictiter_iternextkey / value / item */
function dictIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyDictIter;
  const d = it.dict;
  if (d === null) return undefined;
  if (it.used !== d.used) {
    it.used = -1;
    throw runtimeError('dictionary changed size during iteration');
  }
  const keys = d.keys;
  let i = it.pos;
  while (i < keys.length && keys[i] === DELETED) i++;
  if (i >= keys.length) {
    it.dict = null;
    return undefined;
  }
  // An item found but not expected: keys were replaced while the size stayed the same.
  if (it.len === 0) {
    it.dict = null;
    throw runtimeError('dictionary keys changed during iteration');
  }
  it.pos = i + 1;
  it.len--;
  return result(kindOf(it), d, i);
}

/** CPython: dictreviter_iternext */
function dictRevIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyDictIter;
  const d = it.dict;
  if (d === null) return undefined;
  if (it.used !== d.used) {
    it.used = -1;
    throw runtimeError('dictionary changed size during iteration');
  }
  let i = it.pos;
  if (i < 0 || i >= d.keys.length) {
    it.dict = null;
    return undefined;
  }
  while (d.keys[i] === DELETED) {
    if (--i < 0) {
      it.dict = null;
      return undefined;
    }
  }
  it.pos = i - 1;
  it.len--;
  return result(kindOf(it), d, i);
}

function dictIterLen(it: PyDictIter): PyValue {
  return it.dict !== null && it.used === it.dict.used ? it.len : 0;
}

/** (iter, (list of the remaining items,)), computed on a copy of the iterator.  CPython: dictiter_reduce */
function dictIterReduce(it: PyDictIter): PyValue {
  const copy = new PyDictIter(it.dict ?? new PyDict(), it.pos, it.ob_type);
  copy.dict = it.dict;
  copy.used = it.used;
  copy.len = it.len;
  const next = typeOf(copy).tp_iternext!;
  const out: PyValue[] = [];
  for (let x = next(copy); x !== undefined; x = next(copy)) out.push(x);
  return new PyTuple([builtinIter(), new PyTuple([new PyList(out)])]);
}

const iterMethods = {
  __length_hint__: { sig: '($self, /)', impl: dictIterLen, doc: 'Private method returning an estimate of len(list(it)).' },
  __reduce__: { sig: '($self, /)', impl: dictIterReduce, doc: 'Return state information for pickling.' },
};

function iterType(name: string, next: (s: PyValue) => PyValue | undefined): PyType {
  return defineBuiltinType({ name, slots: { tp_iter: (s: PyValue) => s, tp_iternext: next }, methods: iterMethods });
}

export const DictKeyIterType = iterType('dict_keyiterator', dictIterNext);
export const DictValueIterType = iterType('dict_valueiterator', dictIterNext);
export const DictItemIterType = iterType('dict_itemiterator', dictIterNext);
export const DictRevKeyIterType = iterType('dict_reversekeyiterator', dictRevIterNext);
export const DictRevValueIterType = iterType('dict_reversevalueiterator', dictRevIterNext);
export const DictRevItemIterType = iterType('dict_reverseitemiterator', dictRevIterNext);

/** iter(d).  CPython: dict_iter */
export function dictIter(self: PyValue): PyValue {
  return new PyDictIter(self as PyDict, 0, DictKeyIterType);
}

/** reversed(d).  CPython: dict___reversed___impl */
export function dictReversed(d: PyDict): PyValue {
  return new PyDictIter(d, d.keys.length - 1, DictRevKeyIterType);
}

// ---- views ----

export class PyDictView extends PyObject {
  override ob_type: PyType;
  constructor(
    readonly dict: PyDict,
    type: PyType,
  ) {
    super();
    this.ob_type = type;
  }
}

export function dictKeys(d: PyDict): PyValue {
  return new PyDictView(d, DictKeysType);
}

export function dictValues(d: PyDict): PyValue {
  return new PyDictView(d, DictValuesType);
}

export function dictItems(d: PyDict): PyValue {
  return new PyDictView(d, DictItemsType);
}

/** PyDictKeys_Check or PyDictItems_Check (subtypes included: OrderedDict's views). */
function isKeysView(v: PyValue): v is PyDictView {
  return v instanceof PyDictView && (v.ob_type === DictKeysType || PyType_IsSubtype(v.ob_type, DictKeysType));
}

function isItemsView(v: PyValue): v is PyDictView {
  return v instanceof PyDictView && (v.ob_type === DictItemsType || PyType_IsSubtype(v.ob_type, DictItemsType));
}

function isSetView(v: PyValue): v is PyDictView {
  return isKeysView(v) || isItemsView(v);
}

function viewLen(self: PyValue): number {
  return (self as PyDictView).dict.used;
}

function keysContains(self: PyValue, x: PyValue): boolean {
  return (self as PyDictView).dict.has(x);
}

/** (k, v) in d.items().  CPython: dictitems_contains */
function itemsContains(self: PyValue, x: PyValue): boolean {
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const found = (self as PyDictView).dict.get(x.items[0]);
  return found !== undefined && PyObject_EqualBool(found, x.items[1]);
}

function viewRepr(self: PyValue): string {
  if (!enterRepr(self)) return '...';
  try {
    const items: PyValue[] = [];
    const it = PyObject_GetIter(self);
    const next = typeOf(it).tp_iternext!;
    for (let x = next(it); x !== undefined; x = next(it)) items.push(x);
    return `${typeOf(self).tp_name}(${PyObject_Repr(new PyList(items))})`;
  } finally {
    leaveRepr(self);
  }
}

/** True if every item of self is in other.  CPython: all_contained_in */
function allContainedIn(self: PyValue, other: PyValue): boolean {
  const it = PyObject_GetIter(self);
  const next = typeOf(it).tp_iternext!;
  for (let x = next(it); x !== undefined; x = next(it)) if (!PySequence_Contains(other, x)) return false;
  return true;
}

/** CPython: dictview_richcompare */
function viewRichcompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  if (!(other instanceof PySetObject) && !isSetView(other)) return NotImplemented;
  const ls = PyObject_Length(self);
  const lo = PyObject_Length(other);
  switch (op) {
    case CompareOp.EQ:
    case CompareOp.NE: {
      const ok = ls === lo && allContainedIn(self, other);
      return op === CompareOp.EQ ? ok : !ok;
    }
    case CompareOp.LT:
      return ls < lo && allContainedIn(self, other);
    case CompareOp.LE:
      return ls <= lo && allContainedIn(self, other);
    case CompareOp.GT:
      return ls > lo && allContainedIn(other, self);
    case CompareOp.GE:
      return ls >= lo && allContainedIn(other, self);
  }
}

/** A set of the view's items (of the dict itself for an exact dict's keys).  CPython: dictviews_to_set */
function viewToSet(self: PyValue): PySetObject {
  if (isKeysView(self) && self.dict.ob_type === (PyDict.prototype as unknown as { ob_type: PyType }).ob_type) {
    return PySet_New(self.dict);
  }
  return PySet_New(self);
}

function viewSub(self: PyValue, other: PyValue): PyValue {
  const result = viewToSet(self);
  PyObject_CallMethod(result, 'difference_update', [other]);
  return result;
}

/** CPython: _PyDictView_Intersect */
function viewAnd(self: PyValue, other: PyValue): PyValue {
  // The interpreter swaps the operands when the view is on the right of &.
  if (!isSetView(self)) {
    const t = other;
    other = self;
    self = t;
  }
  const lenSelf = viewLen(self);
  if (other instanceof PySetObject && other.ob_type === SetType && lenSelf <= PyObject_Length(other)) {
    return PyObject_CallMethod(other, 'intersection', [self]);
  }
  if (isSetView(other) && viewLen(other) > lenSelf) {
    const t = other;
    other = self;
    self = t;
  }
  const result = PySet_New();
  const contains = isKeysView(self) ? keysContains : itemsContains;
  const it = PyObject_GetIter(other);
  const next = typeOf(it).tp_iternext!;
  for (let key = next(it); key !== undefined; key = next(it)) {
    if (contains(self, key)) setUpdateOne(result, key);
  }
  return result;
}

function setUpdateOne(s: PySetObject, key: PyValue): void {
  setAdd(s, key);
}

function viewOr(self: PyValue, other: PyValue): PyValue {
  const result = viewToSet(self);
  setUpdateFromIterable(result, other);
  return result;
}

/** d1.items() ^ d2.items().  CPython: dictitems_xor_lock_held */
function itemsXor(d1: PyDict, d2: PyDict): PyValue {
  const temp = new PyDict();
  temp.cloneFrom(d1);
  const result = PySet_New();
  for (let i = d2.next(0); i >= 0; i = d2.next(i + 1)) {
    const key = d2.keys[i];
    const val2 = d2.values[i];
    const j = temp.find(key);
    const toDelete = j >= 0 && PyObject_EqualBool(temp.values[j], val2);
    if (toDelete) temp.delete(key);
    else setUpdateOne(result, new PyTuple([key, val2]));
  }
  setUpdateFromIterable(result, dictItems(temp));
  return result;
}

function viewXor(self: PyValue, other: PyValue): PyValue {
  if (isItemsView(self) && isItemsView(other)) {
    return itemsXor(self.dict, other.dict);
  }
  const result = viewToSet(self);
  PyObject_CallMethod(result, 'symmetric_difference_update', [other]);
  return result;
}

/** CPython: dictviews_isdisjoint */
function viewIsdisjoint(self: PyDictView, other: PyValue): PyValue {
  if (self === other) return viewLen(self) === 0;
  let a: PyValue = self;
  let b = other;
  if (other instanceof PySetObject || isSetView(other)) {
    if (PyObject_Length(other) > viewLen(self)) {
      a = other;
      b = self;
    }
  }
  const it = PyObject_GetIter(b);
  const next = typeOf(it).tp_iternext!;
  for (let x = next(it); x !== undefined; x = next(it)) if (PySequence_Contains(a, x)) return false;
  return true;
}

function viewMapping(v: PyDictView): PyValue {
  return new PyMappingProxy(v.dict);
}

const viewNumber = { nb_subtract: viewSub, nb_and: viewAnd, nb_xor: viewXor, nb_or: viewOr };
const mappingGetset = { mapping: { get: viewMapping, doc: 'dictionary that this view refers to' } };

export const DictKeysType = defineBuiltinType({
  name: 'dict_keys',
  slots: { tp_iter: (s: PyValue) => new PyDictIter((s as PyDictView).dict, 0, DictKeyIterType), tp_repr: viewRepr, tp_richcompare: viewRichcompare },
  sequence: { sq_length: viewLen, sq_contains: keysContains },
  number: viewNumber,
  methods: {
    isdisjoint: { sig: '($self, object, /)', impl: viewIsdisjoint, doc: 'Return True if the view and the given iterable have a null intersection.' },
    __reversed__: {
      sig: '($self, /)',
      impl: (v: PyDictView) => new PyDictIter(v.dict, v.dict.keys.length - 1, DictRevKeyIterType),
      doc: 'Return a reverse iterator over the dict keys.',
    },
  },
  getset: mappingGetset,
});

export const DictItemsType = defineBuiltinType({
  name: 'dict_items',
  slots: { tp_iter: (s: PyValue) => new PyDictIter((s as PyDictView).dict, 0, DictItemIterType), tp_repr: viewRepr, tp_richcompare: viewRichcompare },
  sequence: { sq_length: viewLen, sq_contains: itemsContains },
  number: viewNumber,
  methods: {
    isdisjoint: { sig: '($self, object, /)', impl: viewIsdisjoint, doc: 'Return True if the view and the given iterable have a null intersection.' },
    __reversed__: {
      sig: '($self, /)',
      impl: (v: PyDictView) => new PyDictIter(v.dict, v.dict.keys.length - 1, DictRevItemIterType),
      doc: 'Return a reverse iterator over the dict items.',
    },
  },
  getset: mappingGetset,
});

export const DictValuesType = defineBuiltinType({
  name: 'dict_values',
  slots: { tp_iter: (s: PyValue) => new PyDictIter((s as PyDictView).dict, 0, DictValueIterType), tp_repr: viewRepr },
  sequence: { sq_length: viewLen },
  methods: {
    __reversed__: {
      sig: '($self, /)',
      impl: (v: PyDictView) => new PyDictIter(v.dict, v.dict.keys.length - 1, DictRevValueIterType),
      doc: 'Return a reverse iterator over the dict values.',
    },
  },
  getset: mappingGetset,
});
