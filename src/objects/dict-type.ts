// The dict type: construction, merging, methods and operators.  CPython: Objects/dictobject.c
// The storage is dict.ts; the views and iterators are dictview.ts.
import { None, NotImplemented, PyObject, type PyValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from './type.ts';
import { PyDict, DELETED, dictKeyHash, estimateLog2Keysize, entryHashHi, setDictKeyOps } from './dict.ts';
import { hashHi } from './hash.ts';
import { defineBuiltinType, ALLOC } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import {
  PyObject_Repr,
  PyObject_EqualBool,
  PyObject_GetIter,
  PyObject_GetItem,
  PyObject_SetItem,
  PyObject_Call,
  PyObject_LookupAttr,
  PyObject_CallMethod,
  PyObject_HashParts,
  PyObject_Str,
  primTokenOfBox,
  lookupSpecial,
} from './abstract.ts';
import { typeError, keyError, runtimeError, valueError, exceptionMatches, addNote, PyExc_TypeError } from './exceptions.ts';
import { enterRepr, leaveRepr } from './repr-guard.ts';
import { PyTuple, TupleType } from './tuple.ts';
import { PyList, ListType } from './list.ts';
import { PySetObject, setNext } from './set.ts';
import { SetType, FrozenSetType } from './set-type.ts';
import { genericAliasClassMethod } from './genericalias.ts';
import { dictIter, dictKeys, dictValues, dictItems, dictReversed, DictKeyIterType, itemPair } from './dictview.ts';

/** The unhashable-key TypeError of dict operations.  CPython: dict_unhashable_type */
function unhashableKey(key: PyValue, e: unknown): unknown {
  if (e instanceof PyObject && e.ob_type === PyExc_TypeError) {
    return typeError(`cannot use '${typeOf(key).tp_name}' as a dict key (${PyObject_Str(e)})`);
  }
  return e;
}

setDictKeyOps({ hashParts: PyObject_HashParts, equal: PyObject_EqualBool, tokenOfBox: primTokenOfBox, unhashable: unhashableKey });

function D(v: PyValue): PyDict {
  return v as PyDict;
}

/** PyDict_CheckExact. */
export function isExactDict(v: PyValue): v is PyDict {
  return v instanceof PyDict && v.ob_type === DictType;
}

// ---- repr and comparison ----

/** repr(d) for any dict.  CPython: dict_repr */
export function dictRepr(self: PyValue): string {
  const d = D(self);
  if (!enterRepr(self)) return '{...}';
  try {
    if (d.used === 0) return '{}';
    let s = '{';
    let first = true;
    for (let i = d.next(0); i >= 0; i = d.next(i + 1)) {
      const k = d.keys[i];
      const v = d.values[i];
      if (!first) s += ', ';
      first = false;
      s += PyObject_Repr(k);
      s += ': ';
      s += PyObject_Repr(v);
    }
    return s + '}';
  } finally {
    leaveRepr(self);
  }
}

/** CPython: dict_equal */
function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.used !== b.used) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const key = a.keys[i];
    if (key === DELETED) continue;
    const aval = a.values[i];
    const lo = a.entryHash(i);
    const j = b.findHashed(key, lo, entryHashHi);
    if (j < 0) return false;
    if (!PyObject_EqualBool(aval, b.values[j])) return false;
  }
  return true;
}

function dictRichcompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (!(a instanceof PyDict) || !(b instanceof PyDict) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return NotImplemented;
  const eq = dictEqual(a, b);
  return op === CompareOp.EQ ? eq : !eq;
}

// ---- mapping protocol ----

function dictLength(self: PyValue): number {
  return D(self).used;
}

/** d[key], with __missing__ for subclasses.  CPython: dict_subscript */
export function dictSubscript(self: PyValue, key: PyValue): PyValue {
  const d = D(self);
  const v = d.get(key);
  if (v !== undefined) return v;
  if (d.ob_type !== DictType) {
    const missing = lookupSpecial(self, '__missing__');
    if (missing !== null) return PyObject_Call(missing, [key], null);
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

// ---- merging ----

/** Merges an exact dict into d (override: 0 keep, 1 replace, 2 KeyError on a duplicate).  CPython: dict_dict_merge */
function dictDictMerge(mp: PyDict, other: PyDict, override: number): void {
  if (other === mp || other.used === 0) return;
  if (mp.used === 0) {
    override = 1;
    // A clean, freshly sized source is cloned entry for entry.
    if (other.used === other.keys.length && (other.log2Size === 3 || Math.floor((2 ** (other.log2Size - 1) * 2) / 3) < other.used)) {
      mp.cloneFrom(other);
      return;
    }
  }
  if (Math.floor((2 ** mp.log2Size * 2) / 3) < other.used) {
    mp.resize(Math.max(estimateLog2Keysize(mp.used + other.used), 3), other.unicodeKeys);
  }
  const origSize = other.used;
  for (let i = other.next(0); i >= 0; i = other.next(i + 1)) {
    const key = other.keys[i];
    const value = other.values[i];
    const lo = other.entryHash(i);
    const hi = entryHashHi;
    if (override === 1) mp.setHashed(key, value, lo, hi);
    else if (mp.findHashed(key, lo, hi) < 0) mp.setHashed(key, value, lo, hi);
    else if (override === 2) throw keyError(key);
    if (origSize !== other.used) throw runtimeError('dict mutated during update');
  }
}

/**
 * Adds the pairs of a mapping: an exact dict directly, anything else through keys() and [].
 * CPython: dict_merge
 */
export function dictMergeMapping(mp: PyDict, b: PyValue, override: number): void {
  if (b instanceof PyDict && typeOf(b).tp_iter === DictType.tp_iter) {
    dictDictMerge(mp, b, override);
    return;
  }
  const keys = isExactDict(b) ? new PyList(activeKeys(b)) : PyObject_CallMethod(b, 'keys', []);
  const it = PyObject_GetIter(keys);
  const next = typeOf(it).tp_iternext!;
  for (let key = next(it); key !== undefined; key = next(it)) {
    if (override !== 1 && mp.has(key)) {
      if (override === 0) continue;
      throw keyError(key);
    }
    mp.set(key, PyObject_GetItem(b, key));
  }
}

function activeKeys(d: PyDict): PyValue[] {
  const out: PyValue[] = [];
  for (let i = d.next(0); i >= 0; i = d.next(i + 1)) out.push(d.keys[i]);
  return out;
}

/** Adds the pairs of an iterable of 2-item iterables.  CPython: PyDict_MergeFromSeq2 */
export function dictMergeFromSeq2(d: PyDict, seq2: PyValue, override: boolean): void {
  const it = PyObject_GetIter(seq2);
  const next = typeOf(it).tp_iternext!;
  for (let i = 0; ; i++) {
    const item = next(it);
    if (item === undefined) break;
    let fast: readonly PyValue[];
    // PySequence_Fast: an exact list or tuple as it is, anything else iterated; a TypeError from
    // iter() becomes 'object is not iterable', and every TypeError gets a note naming the element.
    if ((item instanceof PyList && item.ob_type === ListType) || (item instanceof PyTuple && item.ob_type === TupleType)) fast = item.items;
    else {
      try {
        let iter: PyValue;
        try {
          iter = PyObject_GetIter(item);
        } catch (e) {
          if (e instanceof PyObject && exceptionMatches(e, PyExc_TypeError)) throw typeError('object is not iterable');
          throw e;
        }
        const n2 = typeOf(iter).tp_iternext!;
        const out: PyValue[] = [];
        for (let x = n2(iter); x !== undefined; x = n2(iter)) out.push(x);
        fast = out;
      } catch (e) {
        if (e instanceof PyObject && exceptionMatches(e, PyExc_TypeError)) {
          addNote(e, `Cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        throw e;
      }
    }
    if (fast.length !== 2) {
      throw valueError(`dictionary update sequence element #${i} has length ${fast.length}; 2 is required`);
    }
    const key = fast[0];
    const value = fast[1];
    if (override) d.set(key, value);
    else if (!d.has(key)) d.set(key, value);
  }
}

/** d.update(arg) for one positional argument.  CPython: dict_update_arg */
export function dictUpdateArg(d: PyDict, arg: PyValue): void {
  if (isExactDict(arg)) {
    dictDictMerge(d, arg, 1);
    return;
  }
  if (PyObject_LookupAttr(arg, 'keys') !== undefined) {
    dictMergeMapping(d, arg, 1);
    return;
  }
  dictMergeFromSeq2(d, arg, true);
}

/** Adds the pairs of a mapping or iterable of pairs ({**x}, dict(x)): the VM's DICT_UPDATE uses it. */
export function dictMerge(d: PyDict, other: PyValue): void {
  if (other instanceof PyDict && typeOf(other).tp_iter === DictType.tp_iter) dictDictMerge(d, other, 1);
  else if (PyObject_LookupAttr(other, 'keys') !== undefined) dictMergeMapping(d, other, 1);
  else dictMergeFromSeq2(d, other, true);
}

/** dict.copy() and PyDict_Copy: a clean dict is cloned with its layout.  CPython: copy_lock_held */
export function dictCopy(self: PyDict): PyDict {
  const copy = new PyDict();
  if (self.used === 0) return copy;
  if (typeOf(self).tp_iter === DictType.tp_iter && self.used >= Math.floor((self.keys.length * 2) / 3)) {
    copy.cloneFrom(self);
    return copy;
  }
  dictMergeMapping(copy, self, 1);
  return copy;
}

// ---- construction ----

/** dict.__new__, also for builtin subclasses that have their own layout (OrderedDict, defaultdict). */
function dictNew(type: PyType): PyDict {
  if (type === DictType) return new PyDict();
  for (let t: PyType | null = type; t !== null && t !== DictType; t = t.tp_base) {
    const alloc = ALLOC.get(t);
    if (alloc !== undefined && alloc !== dictNew) return alloc(type) as PyDict;
  }
  return newHeapInstance(PyDict, type);
}

function dictInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  if (nargs > 1) throw typeError(`dict expected at most 1 argument, got ${nargs}`);
  const d = D(self);
  if (nargs === 1) dictUpdateArg(d, args[0]);
  for (let i = 0; i < nkw; i++) d.setStr(kwnames![i], args[nargs + i]);
}

// ---- methods ----

function dictGet(self: PyDict, key: PyValue, dflt: PyValue): PyValue {
  return self.get(key) ?? dflt;
}

function dictSetdefault(self: PyDict, key: PyValue, dflt: PyValue): PyValue {
  return self.setDefault(key, dflt);
}

/** CPython: dict_pop_default (an empty dict does not even hash the key). */
function dictPop(self: PyDict, key: PyValue, dflt: PyValue | undefined): PyValue {
  const i = self.used === 0 ? -1 : self.find(key);
  if (i < 0) {
    if (dflt !== undefined) return dflt;
    throw keyError(key);
  }
  const v = self.values[i];
  self.removeAt(i);
  return v;
}

function dictPopitem(self: PyDict): PyValue {
  if (self.used === 0) throw keyError('popitem(): dictionary is empty');
  const i = self.last();
  const r = new PyTuple(itemPair(self.keys[i], self.values[i]));
  self.popLast();
  return r;
}

function dictUpdate(self: PyDict, args: PyValue[], kwargs: PyDict | null): void {
  if (args.length > 1) throw typeError(`update expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) dictUpdateArg(self, args[0]);
  if (kwargs !== null) dictDictMerge(self, kwargs, 1);
}

/** CPython: _PyDict_FromKeys */
export function dictFromkeys(type: PyValue, iterable: PyValue, value: PyValue): PyValue {
  const d = PyObject_Call(type, [], null);
  if (isExactDict(d)) {
    if (isExactDict(iterable)) {
      d.resize(Math.max(estimateLog2Keysize(iterable.used), d.log2Size), iterable.unicodeKeys);
      for (let i = iterable.next(0); i >= 0; i = iterable.next(i + 1)) {
        const lo = iterable.entryHash(i);
        d.setHashed(iterable.keys[i], value, lo, entryHashHi);
      }
      return d;
    }
    if (iterable instanceof PySetObject && (iterable.ob_type === SetType || iterable.ob_type === FrozenSetType)) {
      d.resize(Math.max(estimateLog2Keysize(iterable.used), d.log2Size), false);
      for (let i = setNext(iterable, 0); i >= 0; i = setNext(iterable, i + 1)) {
        d.setHashed(iterable.keys[i]!, value, iterable.hashLo[i], iterable.hashHi[i]);
      }
      return d;
    }
  }
  const it = PyObject_GetIter(iterable);
  const next = typeOf(it).tp_iternext!;
  if (isExactDict(d)) {
    for (let k = next(it); k !== undefined; k = next(it)) d.set(k, value);
  } else {
    for (let k = next(it); k !== undefined; k = next(it)) PyObject_SetItem(d, k, value);
  }
  return d;
}

function dictOr(a: PyValue, b: PyValue): PyValue {
  if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
  const d = dictCopy(a);
  dictUpdateArg(d, b);
  return d;
}

function dictIor(a: PyValue, b: PyValue): PyValue {
  dictUpdateArg(D(a), b);
  return a;
}

/** __sizeof__ as on 64-bit CPython: the dict object, plus its keys table unless it is the shared empty one. */
function dictSizeof(self: PyDict): PyValue {
  return 48 + dictKeysSizeof(self);
}

/** The bytes of a dict's keys table (0 for the shared empty one).  CPython: _PyDict_SizeOf_LockHeld */
export function dictKeysSizeof(self: PyDict): number {
  let res = 0;
  if (self.log2Size > 0) {
    const size = 2 ** self.log2Size;
    const indexBytes = size <= 128 ? size : size <= 65536 ? size * 2 : size <= 2 ** 32 ? size * 4 : size * 8;
    res += 32 + indexBytes + Math.floor((size * 2) / 3) * (self.unicodeKeys ? 16 : 24);
  }
  return res;
}

export const DictType = defineBuiltinType({
  name: 'dict',
  doc: 'A mapping from keys to values, in insertion order: dict(), dict(mapping), dict(iterable of pairs), dict(**kwargs).',
  flags: TPFLAGS.BASETYPE | TPFLAGS.DICT_SUBCLASS | TPFLAGS.MAPPING | TPFLAGS.MATCH_SELF,
  // A getter: dict.ts may not be evaluated yet when this module is (import cycle through the VM).
  get instanceClass() {
    return PyDict;
  },
  alloc: dictNew,
  slots: { tp_repr: dictRepr, tp_richcompare: dictRichcompare, tp_iter: dictIter, tp_new: dictNew, tp_init: dictInit, tp_hash: null },
  sequence: { sq_contains: dictContains },
  mapping: { mp_length: dictLength, mp_subscript: dictSubscript, mp_ass_subscript: dictAssSubscript },
  number: { nb_or: dictOr, nb_inplace_or: dictIor },
  methods: {
    __contains__: { sig: '($self, key, /)', impl: (s: PyDict, k: PyValue) => s.has(k), doc: 'True if the dictionary has the specified key, else False.' },
    __getitem__: { sig: '($self, key, /)', impl: dictSubscript, doc: 'Return self[key].' },
    __sizeof__: { sig: '($self, /)', impl: dictSizeof, doc: 'Return the size of the dict in memory, in bytes.' },
    get: { sig: '($self, key, default=None, /)', impl: dictGet, doc: 'Return the value for key if key is in the dictionary, else default.' },
    setdefault: {
      sig: '($self, key, default=None, /)',
      impl: dictSetdefault,
      doc: 'Insert key with a value of default if key is not in the dictionary; return the value for key.',
    },
    pop: { sig: '($self, key, default=<unrepresentable>, /)', impl: dictPop, doc: 'Remove key and return its value, or default if key is absent (else KeyError).' },
    popitem: { sig: '($self, /)', impl: dictPopitem, doc: 'Remove and return the last inserted (key, value) pair; KeyError if the dict is empty.' },
    keys: { sig: '($self, /)', impl: dictKeys, doc: "Return a set-like object providing a view on the dict's keys." },
    items: { sig: '($self, /)', impl: dictItems, doc: "Return a set-like object providing a view on the dict's items." },
    values: { sig: '($self, /)', impl: dictValues, doc: "Return an object providing a view on the dict's values." },
    update: { sig: '($self, /, *args, **kwargs)', textSignature: null, impl: dictUpdate, doc: 'D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.' },
    fromkeys: {
      sig: '($type, iterable, value=None, /)',
      impl: dictFromkeys,
      kind: 'classmethod',
      doc: 'Create a new dictionary with keys from iterable and values set to value.',
    },
    clear: { sig: '($self, /)', impl: (s: PyDict) => s.clear(), doc: 'Remove all items from the dict.' },
    copy: { sig: '($self, /)', impl: dictCopy, doc: 'Return a shallow copy of the dict.' },
    __reversed__: { sig: '($self, /)', impl: dictReversed, doc: 'Return a reverse iterator over the dict keys.' },
    __class_getitem__: genericAliasClassMethod('See PEP 585'),
  },
});

void None;
void dictKeyHash;
void hashHi;
void DictKeyIterType;
