// The dict type, its views and iterators.  CPython: Objects/dictobject.c
// TODO(#4): view set operations (keys() & other...), __reversed__ on views, mapping-protocol fast paths.
import { NotImplemented, PyObject, type PyValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf, _PyType_Lookup } from './type.ts';
import { PyDict } from './dict.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import {
  PyObject_Repr,
  PyObject_EqualBool,
  PyObject_GetIter,
  PyIter_Next,
  PyObject_GetItem,
  PyObject_Call,
  PyObject_LookupAttr,
  PyObject_CallMethod,
  iterableToArray,
} from './abstract.ts';
import { typeError, keyError, runtimeError, valueError } from './exceptions.ts';
import { enterRepr, leaveRepr } from './repr-guard.ts';
import { PyMappingProxy } from './mappingproxy.ts';
import { PyTuple } from './tuple.ts';

function D(v: PyValue): PyDict {
  return v as PyDict;
}

function dictRepr(self: PyValue): string {
  const d = D(self);
  if (d.size === 0) return '{}';
  if (!enterRepr(self)) return '{...}';
  try {
    const parts: string[] = [];
    for (let i = d.next(0); i >= 0; i = d.next(i + 1)) {
      const k = d.keys[i];
      const v = d.values[i];
      parts.push(`${PyObject_Repr(k)}: ${PyObject_Repr(v)}`);
    }
    return `{${parts.join(', ')}}`;
  } finally {
    leaveRepr(self);
  }
}

function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (let i = a.next(0); i >= 0; i = a.next(i + 1)) {
    const k = a.keys[i];
    const v = a.values[i];
    const w = b.get(k);
    if (w === undefined || !PyObject_EqualBool(v, w)) return false;
  }
  return true;
}

function dictRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PyDict) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return NotImplemented;
  const eq = dictEqual(D(a), b);
  return op === CompareOp.EQ ? eq : !eq;
}

function dictLength(self: PyValue): number {
  return D(self).size;
}

function dictSubscript(self: PyValue, key: PyValue): PyValue {
  const d = D(self);
  const v = d.get(key);
  if (v !== undefined) return v;
  if (typeOf(self) !== DictType) {
    const missing = _PyType_Lookup(typeOf(self), '__missing__');
    if (missing !== null) {
      const get = typeOf(missing).tp_descr_get;
      const bound = get === null ? missing : get(missing, self, typeOf(self));
      return PyObject_Call(bound, [key], null);
    }
  }
  throw keyError(key);
}

function dictAssSubscript(self: PyValue, key: PyValue, value: PyValue | null): void {
  const d = D(self);
  if (value === null) {
    if (!d.delete(key)) throw keyError(key);
  } else d.set(key, value);
}

function dictContains(self: PyValue, key: PyValue): boolean {
  return D(self).has(key);
}

/** Adds the pairs of a mapping or an iterable of pairs.  CPython: dict_update_arg, PyDict_MergeFromSeq2 */
export function dictMerge(d: PyDict, other: PyValue): void {
  if (other instanceof PyDict) {
    for (let i = other.next(0); i >= 0; i = other.next(i + 1)) d.set(other.keys[i], other.values[i]);
    return;
  }
  const keysMethod = PyObject_LookupAttr(other, 'keys');
  if (keysMethod !== undefined) {
    for (const k of iterableToArray(PyObject_Call(keysMethod, [], null))) d.set(k, PyObject_GetItem(other, k));
    return;
  }
  const it = PyObject_GetIter(other);
  let n = 0;
  for (let item = PyIter_Next(it); item !== undefined; item = PyIter_Next(it), n++) {
    let pair: PyValue[];
    try {
      pair = iterableToArray(item);
    } catch (e) {
      if (e instanceof PyObject && typeOf(e).tp_name === 'TypeError') {
        throw typeError(`cannot convert dictionary update sequence element #${n} to a sequence`);
      }
      throw e;
    }
    if (pair.length !== 2) {
      throw valueError(`dictionary update sequence element #${n} has length ${pair.length}; 2 is required`);
    }
    d.set(pair[0], pair[1]);
  }
}

function dictUpdateFromArgs(d: PyDict, args: readonly PyValue[], kwnames: readonly string[] | null, name: string): void {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  if (nargs > 1) throw typeError(`${name} expected at most 1 argument, got ${nargs}`);
  if (nargs === 1) dictMerge(d, args[0]);
  for (let i = 0; i < nkw; i++) d.setStr(kwnames![i], args[nargs + i]);
}

function dictNew(type: PyType): PyDict {
  return type === DictType ? new PyDict() : newHeapInstance(PyDict, type);
}

function dictInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  dictUpdateFromArgs(D(self), args, kwnames, 'dict');
}

// ---- iteration and views ----

const enum ViewKind {
  KEYS,
  VALUES,
  ITEMS,
}

export class PyDictIter extends PyObject {
  pos = 0;
  readonly used: number;
  readonly version: number;
  override ob_type: PyType;
  constructor(
    public dict: PyDict | null,
    readonly kind: ViewKind,
    type: PyType,
  ) {
    super();
    this.ob_type = type;
    this.used = dict!.size;
    this.version = dict!.keysVersion;
  }
}

function dictIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyDictIter;
  const d = it.dict;
  if (d === null) return undefined;
  if (d.size !== it.used) {
    it.dict = null;
    throw runtimeError('dictionary changed size during iteration');
  }
  if (d.keysVersion !== it.version) {
    it.dict = null;
    throw runtimeError('dictionary keys changed during iteration');
  }
  const i = d.next(it.pos);
  if (i < 0) {
    it.dict = null;
    return undefined;
  }
  it.pos = i + 1;
  switch (it.kind) {
    case ViewKind.KEYS:
      return d.keys[i];
    case ViewKind.VALUES:
      return d.values[i];
    case ViewKind.ITEMS:
      return new PyTuple([d.keys[i], d.values[i]]);
  }
}

function iterType(name: string): PyType {
  return defineBuiltinType({
    name,
    slots: { tp_iter: (s: PyValue) => s, tp_iternext: dictIterNext },
    methods: {
      __length_hint__: {
        sig: '($self, /)',
        impl: (s: PyDictIter) => {
          if (s.dict === null) return 0;
          let n = 0;
          for (let i = s.dict.next(s.pos); i >= 0; i = s.dict.next(i + 1)) n++;
          return n;
        },
      },
    },
  });
}

export const DictKeyIterType = iterType('dict_keyiterator');
export const DictValueIterType = iterType('dict_valueiterator');
export const DictItemIterType = iterType('dict_itemiterator');
const ITER_TYPES = [DictKeyIterType, DictValueIterType, DictItemIterType];

export class PyDictView extends PyObject {
  override ob_type: PyType;
  constructor(
    readonly dict: PyDict,
    readonly kind: ViewKind,
    type: PyType,
  ) {
    super();
    this.ob_type = type;
  }
}

function viewIter(self: PyValue): PyValue {
  const v = self as PyDictView;
  return new PyDictIter(v.dict, v.kind, ITER_TYPES[v.kind]);
}

function viewLength(self: PyValue): number {
  return (self as PyDictView).dict.size;
}

function viewContains(self: PyValue, x: PyValue): boolean {
  const v = self as PyDictView;
  if (v.kind === ViewKind.KEYS) return v.dict.has(x);
  if (v.kind === ViewKind.ITEMS) {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const val = v.dict.get(x.items[0]);
    return val !== undefined && PyObject_EqualBool(val, x.items[1]);
  }
  for (let i = v.dict.next(0); i >= 0; i = v.dict.next(i + 1)) if (PyObject_EqualBool(v.dict.values[i], x)) return true;
  return false;
}

function viewRepr(self: PyValue): string {
  if (!enterRepr(self)) return '...';
  try {
    const items = iterableToArray(self).map(PyObject_Repr);
    return `${typeOf(self).tp_name}([${items.join(', ')}])`;
  } finally {
    leaveRepr(self);
  }
}

function viewType(name: string): PyType {
  return defineBuiltinType({
    name,
    slots: { tp_iter: viewIter, tp_repr: viewRepr },
    sequence: { sq_length: viewLength, sq_contains: viewContains },
    getset: { mapping: { get: (v: PyDictView) => new PyMappingProxy(v.dict) } },
  });
}


export const DictKeysType = viewType('dict_keys');
export const DictValuesType = viewType('dict_values');
export const DictItemsType = viewType('dict_items');

// ---- methods ----

function dictGet(self: PyDict, key: PyValue, dflt: PyValue): PyValue {
  return self.get(key) ?? dflt;
}

function dictSetdefault(self: PyDict, key: PyValue, dflt: PyValue): PyValue {
  const v = self.get(key);
  if (v !== undefined) return v;
  self.set(key, dflt);
  return dflt;
}

function dictPop(self: PyDict, key: PyValue, dflt: PyValue | undefined): PyValue {
  const i = self.find(key);
  if (i < 0) {
    if (dflt !== undefined) return dflt;
    throw keyError(key);
  }
  const v = self.values[i];
  self.removeAt(i);
  return v;
}

function dictPopitem(self: PyDict): PyValue {
  const i = self.last();
  if (i < 0) throw keyError('popitem(): dictionary is empty');
  const r = new PyTuple([self.keys[i], self.values[i]]);
  self.removeAt(i);
  return r;
}

function dictUpdate(self: PyDict, args: PyValue[], kwargs: PyDict | null): void {
  if (args.length > 1) throw typeError(`update expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) dictMerge(self, args[0]);
  if (kwargs !== null) dictMerge(self, kwargs);
}

function dictCopy(self: PyDict): PyValue {
  const d = new PyDict();
  dictMerge(d, self);
  return d;
}

function dictFromkeys(type: PyValue, iterable: PyValue, value: PyValue): PyValue {
  const d = PyObject_Call(type, [], null);
  if (d instanceof PyDict && typeOf(d) === DictType) {
    for (const k of iterableToArray(iterable)) d.set(k, value);
    return d;
  }
  for (const k of iterableToArray(iterable)) PyObject_CallMethod(d, '__setitem__', [k, value]);
  return d;
}

function dictOr(a: PyValue, b: PyValue): PyValue {
  if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
  const d = dictCopy(a) as PyDict;
  dictMerge(d, b);
  return d;
}

function dictIor(a: PyValue, b: PyValue): PyValue {
  dictMerge(D(a), b);
  return a;
}

export const DictType = defineBuiltinType({
  name: 'dict',
  doc: 'A mapping from keys to values, in insertion order.',
  flags: TPFLAGS.BASETYPE | TPFLAGS.DICT_SUBCLASS | TPFLAGS.MAPPING | TPFLAGS.MATCH_SELF,
  // A getter: dict.ts may not be evaluated yet when this module is (import cycle through the VM).
  get instanceClass() {
    return PyDict;
  },
  alloc: dictNew,
  slots: { tp_repr: dictRepr, tp_richcompare: dictRichcompare, tp_iter: viewIterOfDict, tp_new: dictNew, tp_init: dictInit, tp_hash: null },
  sequence: { sq_contains: dictContains },
  mapping: { mp_length: dictLength, mp_subscript: dictSubscript, mp_ass_subscript: dictAssSubscript },
  number: { nb_or: dictOr, nb_inplace_or: dictIor },
  methods: {
    get: { sig: '($self, key, default=None, /)', impl: dictGet },
    setdefault: { sig: '($self, key, default=None, /)', impl: dictSetdefault },
    pop: { sig: '($self, key, default=<unrepresentable>, /)', impl: dictPop },
    popitem: { sig: '($self, /)', impl: dictPopitem },
    keys: { sig: '($self, /)', impl: (s: PyDict) => new PyDictView(s, ViewKind.KEYS, DictKeysType) },
    values: { sig: '($self, /)', impl: (s: PyDict) => new PyDictView(s, ViewKind.VALUES, DictValuesType) },
    items: { sig: '($self, /)', impl: (s: PyDict) => new PyDictView(s, ViewKind.ITEMS, DictItemsType) },
    update: { sig: '($self, /, *args, **kwargs)', impl: dictUpdate },
    clear: { sig: '($self, /)', impl: (s: PyDict) => s.clear() },
    copy: { sig: '($self, /)', impl: dictCopy },
    fromkeys: { sig: '($type, iterable, value=None, /)', impl: dictFromkeys, kind: 'classmethod' },
    __contains__: { sig: '($self, key, /)', impl: (s: PyDict, k: PyValue) => s.has(k) },
    __getitem__: { sig: '($self, key, /)', impl: dictSubscript },
  },
});

function viewIterOfDict(self: PyValue): PyValue {
  return new PyDictIter(D(self), ViewKind.KEYS, DictKeyIterType);
}

