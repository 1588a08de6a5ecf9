// collections.OrderedDict: a dict that keeps its own order in a linked list.  CPython: Objects/odictobject.c
//
// The pairs live in the dict storage the OrderedDict inherits, which stays in insertion order as for
// any dict (dict.keys(od) shows that order); a doubly linked list of nodes (key and hash) gives the
// OrderedDict's own order, which move_to_end changes. As in CPython, a key's node is found through
// the dict: `fastNodes` is indexed by the key's entry number in the dict storage, and is rebuilt
// (looking every listed key up again) when the storage was rebuilt since (a resize renumbers the
// entries; CPython notices a new ma_keys table or a new table size). What is observable is kept:
// `state` counts changes to the list, which iterators and comparisons check ("OrderedDict mutated
// during iteration"), and operations on the dict through dict's own methods (dict.__setitem__(od,
// ...), dict.__delitem__(od, ...)) leave the list alone, with the same consequences as in CPython.
import { None, NotImplemented, PyObject, type PyValue } from './object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from './type.ts';
import { PyDict } from './dict.ts';
import { hashHi } from './hash.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { newHeapInstance } from './heap.ts';
import {
  PyObject_HashParts,
  PyObject_RichCompareBool,
  PyObject_GetIter,
  PyObject_GetItem,
  PyObject_SetItem,
  PyObject_CallMethod,
  PyObject_CallNoArgs,
  PyObject_CallOneArg,
  PyObject_LookupAttr,
  PyObject_IsTrue,
  PySequence_Contains,
  PyIter_Next,
} from './abstract.ts';
import { typeError, keyError, runtimeError, valueError } from './exceptions.ts';
import { enterRepr, leaveRepr } from './repr-guard.ts';
import { PyTuple, EMPTY_TUPLE } from './tuple.ts';
import { PyList } from './list.ts';
import { DictType, dictCopy, dictRepr, dictFromkeys, dictKeysSizeof, isExactDict } from './dict-type.ts';
import { PyDictView, DictKeysType, DictValuesType, DictItemsType, itemPair } from './dictview.ts';
import { builtinIter } from './iterobject.ts';
import { typeSizes } from './type-sizes.ts';
import { PyObject_GetState } from './typeobject.ts';

/** A key's place in the OrderedDict's order.  CPython: _odictnode */
class ODictNode {
  next: ODictNode | null = null;
  prev: ODictNode | null = null;
  constructor(
    readonly key: PyValue,
    readonly lo: number,
    readonly hi: number,
  ) {}
}

export class PyODict extends PyDict {
  odFirst: ODictNode | null = null;
  odLast: ODictNode | null = null;
  /** The node of each key, by the key's entry number in the dict storage.  CPython: od_fast_nodes */
  fastNodes: (ODictNode | undefined)[] = [];
  /** CPython's od_fast_nodes_size: the table size when fastNodes was built (0: never built or cleared). */
  fastSize = 0;
  /** The storage's entry array when fastNodes was built.  CPython: od_resize_sentinel */
  fastKeys: PyValue[] | null = null;
  /** Bumped whenever the linked list changes.  CPython: od_state */
  state = 0;
  ob_dict: PyDict | null = null;
}

function OD(v: PyValue): PyODict {
  return v as PyODict;
}

// ---- the linked list and its index ----

/** The entry number of key in the storage, or the number a new entry would get.  CPython: _odict_get_index_raw */
function getIndexRaw(od: PyODict, key: PyValue, lo: number, hi: number): number {
  const i = od.findHashed(key, lo, hi);
  return i < 0 ? od.keys.length : i;
}

/** Rebuilds fastNodes for the storage as it is now.  CPython: _odict_resize */
function resizeFastNodes(od: PyODict): void {
  const nodes: (ODictNode | undefined)[] = [];
  for (let node = od.odFirst; node !== null; node = node.next) nodes[getIndexRaw(od, node.key, node.lo, node.hi)] = node;
  od.fastNodes = nodes;
  od.fastSize = 2 ** Math.max(od.log2Size, 3);
  od.fastKeys = od.keys;
}

/** CPython: _odict_get_index */
function getIndex(od: PyODict, key: PyValue, lo: number, hi: number): number {
  if (od.fastKeys !== od.keys || od.fastSize !== 2 ** Math.max(od.log2Size, 3)) resizeFastNodes(od);
  return getIndexRaw(od, key, lo, hi);
}

/** CPython: _odict_find_node_hash */
function findNodeHash(od: PyODict, key: PyValue, lo: number, hi: number): ODictNode | undefined {
  if (od.odFirst === null) return undefined;
  // (The index first: computing it may rebuild fastNodes.)
  const i = getIndex(od, key, lo, hi);
  return od.fastNodes[i];
}

/** CPython: _odict_find_node */
function findNode(od: PyODict, key: PyValue): ODictNode | undefined {
  if (od.odFirst === null) return undefined;
  const lo = PyObject_HashParts(key);
  const i = getIndex(od, key, lo, hashHi);
  return od.fastNodes[i];
}

function addHead(od: PyODict, node: ODictNode): void {
  node.prev = null;
  node.next = od.odFirst;
  if (od.odFirst === null) od.odLast = node;
  else od.odFirst.prev = node;
  od.odFirst = node;
  od.state++;
}

function addTail(od: PyODict, node: ODictNode): void {
  node.prev = od.odLast;
  node.next = null;
  if (od.odLast === null) od.odFirst = node;
  else od.odLast.next = node;
  od.odLast = node;
  od.state++;
}

/** Appends a node for a key just stored, unless it has one.  CPython: _odict_add_new_node */
function addNewNode(od: PyODict, key: PyValue, lo: number, hi: number): void {
  const i = getIndex(od, key, lo, hi);
  if (od.fastNodes[i] !== undefined) return;
  const node = new ODictNode(key, lo, hi);
  addTail(od, node);
  od.fastNodes[i] = node;
}

/** Unlinks a node (a no-op when repeated).  CPython: _odict_remove_node */
function removeNode(od: PyODict, node: ODictNode): void {
  if (od.odFirst === node) od.odFirst = node.next;
  else if (node.prev !== null) node.prev.next = node.next;
  if (od.odLast === node) od.odLast = node.prev;
  else if (node.next !== null) node.next.prev = node.prev;
  node.prev = null;
  node.next = null;
  od.state++;
}

/**
 * Forgets key's node before the key leaves the storage (so that the index stays in step with the
 * entry numbers the storage hands out afterwards).  CPython: _odict_clear_node
 */
function clearNode(od: PyODict, node: ODictNode | undefined, key: PyValue, lo: number, hi: number): void {
  if (od.odFirst === null) return;
  const i = getIndex(od, key, lo, hi);
  node ??= od.fastNodes[i];
  if (node === undefined) return;
  od.fastNodes[i] = undefined;
  removeNode(od, node);
}

/** CPython: _odict_clear_nodes */
function clearNodes(od: PyODict): void {
  od.fastNodes = [];
  od.fastSize = 0;
  od.fastKeys = null;
  od.odFirst = null;
  od.odLast = null;
  od.state++;
}

/** Whether both lists hold equal keys in the same order.  CPython: _odict_keys_equal */
function keysEqual(a: PyODict, b: PyODict): boolean {
  const stateA = a.state;
  const stateB = b.state;
  let na = a.odFirst;
  let nb = b.odFirst;
  for (;;) {
    if (na === null && nb === null) return true;
    if (na === null || nb === null) return false;
    const res = PyObject_RichCompareBool(na.key, nb.key, CompareOp.EQ);
    if (a.state !== stateA || b.state !== stateB) throw runtimeError('OrderedDict mutated during iteration');
    if (!res) return false;
    na = na.next;
    nb = nb.next;
  }
}

// ---- item access ----

/** od[key] = value with key's hash known.  CPython: _PyODict_SetItem_KnownHash_LockHeld */
function setItemKnownHash(od: PyODict, key: PyValue, value: PyValue, lo: number, hi: number): void {
  od.setHashed(key, value, lo, hi);
  try {
    addNewNode(od, key, lo, hi);
  } catch (e) {
    const i = od.findHashed(key, lo, hi);
    if (i >= 0) od.removeAt(i);
    throw e;
  }
}

/** CPython: PyODict_SetItem */
export function odictSetItem(od: PyODict, key: PyValue, value: PyValue): void {
  const lo = PyObject_HashParts(key);
  setItemKnownHash(od, key, value, lo, hashHi);
}

/** CPython: PyODict_DelItem */
function odictDelItem(od: PyODict, key: PyValue): void {
  const lo = PyObject_HashParts(key);
  const hi = hashHi;
  clearNode(od, undefined, key, lo, hi);
  const i = od.findHashed(key, lo, hi);
  if (i < 0) throw keyError(key);
  od.removeAt(i);
}

/** CPython: odict_mp_ass_sub */
function odictAssSubscript(self: PyValue, key: PyValue, value: PyValue | null): void {
  if (value === null) odictDelItem(OD(self), key);
  else odictSetItem(OD(self), key, value);
}

/** Removes key (whose hash is known) and returns its value, or failobj.  CPython: _odict_popkey_hash */
function popKeyHash(od: PyODict, key: PyValue, failobj: PyValue | undefined, lo: number, hi: number): PyValue {
  const node = findNodeHash(od, key, lo, hi);
  if (node !== undefined) {
    // The node goes first: a comparison run by the storage's lookup could otherwise see it stale.
    clearNode(od, node, key, lo, hi);
    const i = od.findHashed(key, lo, hi);
    if (i >= 0) {
      const value = od.values[i];
      od.removeAt(i);
      return value;
    }
  }
  if (failobj !== undefined) return failobj;
  throw keyError(key);
}

// ---- update (MutableMapping.update's semantics) ----

/** self[k] = v for each pair of an iterable of pairs.  CPython: mutablemapping_add_pairs */
function addPairs(self: PyValue, pairs: PyValue): void {
  const it = PyObject_GetIter(pairs);
  for (let pair = PyIter_Next(it); pair !== undefined; pair = PyIter_Next(it)) {
    const pairIt = PyObject_GetIter(pair);
    const key = PyIter_Next(pairIt);
    if (key === undefined) throw valueError('need more than 0 values to unpack');
    const value = PyIter_Next(pairIt);
    if (value === undefined) throw valueError('need more than 1 value to unpack');
    if (PyIter_Next(pairIt) !== undefined) throw valueError('too many values to unpack (expected 2)');
    PyObject_SetItem(self, key, value);
  }
}

/** The pairs of an exact dict, as a snapshot.  CPython: PyDict_Items */
function dictItemsList(d: PyDict): PyList {
  const out: PyValue[] = [];
  for (let i = d.next(0); i >= 0; i = d.next(i + 1)) out.push(new PyTuple(itemPair(d.keys[i], d.values[i])));
  return new PyList(out);
}

/** CPython: mutablemapping_update_arg */
function updateArg(self: PyValue, arg: PyValue): void {
  if (isExactDict(arg)) {
    addPairs(self, dictItemsList(arg));
    return;
  }
  const keysFn = PyObject_LookupAttr(arg, 'keys');
  if (keysFn !== undefined) {
    const it = PyObject_GetIter(PyObject_CallNoArgs(keysFn));
    for (let key = PyIter_Next(it); key !== undefined; key = PyIter_Next(it)) {
      PyObject_SetItem(self, key, PyObject_GetItem(arg, key));
    }
    return;
  }
  const itemsFn = PyObject_LookupAttr(arg, 'items');
  if (itemsFn !== undefined) {
    addPairs(self, PyObject_CallNoArgs(itemsFn));
    return;
  }
  addPairs(self, arg);
}

/** CPython: mutablemapping_update */
function odictUpdate(self: PyValue, args: readonly PyValue[], kwargs: PyDict | null): void {
  if (args.length > 1) throw typeError(`update() takes at most 1 positional argument (${args.length} given)`);
  if (args.length === 1) updateArg(self, args[0]);
  if (kwargs !== null && kwargs.used > 0) addPairs(self, dictItemsList(kwargs));
}

// ---- construction, repr, comparison ----

function odictNew(type: PyType): PyODict {
  return type === ODictType ? new PyODict() : newHeapInstance(PyODict, type);
}

/** __init__ is update(), whatever a subclass's update does.  CPython: odict_init */
function odictInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  if (nargs > 1) throw typeError(`expected at most 1 argument, got ${nargs}`);
  if (nargs === 1) updateArg(self, args[0]);
  for (let i = 0; i < nkw; i++) PyObject_SetItem(self, kwnames![i], args[nargs + i]);
}

/** CPython: odict_repr */
function odictRepr(self: PyValue): string {
  const od = OD(self);
  const name = typeOf(self).name;
  if (od.used === 0) return `${name}()`;
  if (!enterRepr(self)) return '...';
  try {
    return `${name}(${dictRepr(dictCopy(od))})`;
  } finally {
    leaveRepr(self);
  }
}

/** Equal as dicts, and against another OrderedDict also in the same order.  CPython: odict_richcompare */
function odictRichcompare(v: PyValue, w: PyValue, op: CompareOp): PyValue {
  if (!(v instanceof PyODict) || !(w instanceof PyDict)) return NotImplemented;
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return NotImplemented;
  const cmp = DictType.tp_richcompare!(v, w, op);
  if (!(w instanceof PyODict)) return cmp;
  if (op === CompareOp.EQ && cmp === false) return cmp;
  if (op === CompareOp.NE && cmp === true) return cmp;
  const eq = keysEqual(v, w);
  return eq === (op === CompareOp.EQ);
}

// ---- methods ----

/** CPython: OrderedDict_setdefault_impl */
function odictSetdefault(od: PyODict, key: PyValue, dflt: PyValue): PyValue {
  if (od.ob_type === ODictType) {
    const v = od.get(key);
    if (v !== undefined) return v;
    odictSetItem(od, key, dflt);
    return dflt;
  }
  if (PySequence_Contains(od, key)) return PyObject_GetItem(od, key);
  PyObject_SetItem(od, key, dflt);
  return dflt;
}

/** CPython: OrderedDict_pop_impl (pops without __missing__) */
function odictPop(od: PyODict, key: PyValue, dflt: PyValue | undefined): PyValue {
  const lo = PyObject_HashParts(key);
  return popKeyHash(od, key, dflt, lo, hashHi);
}

/** CPython: OrderedDict_popitem_impl */
function odictPopitem(od: PyODict, last: PyValue): PyValue {
  const fromEnd = PyObject_IsTrue(last);
  if (od.odFirst === null) throw keyError('dictionary is empty');
  const node = fromEnd ? od.odLast! : od.odFirst;
  const key = node.key;
  const value = popKeyHash(od, key, undefined, node.lo, node.hi);
  return new PyTuple(itemPair(key, value));
}

/** CPython: OrderedDict_clear_impl */
function odictClear(od: PyODict): void {
  od.clear();
  clearNodes(od);
}

/** A copy through the mapping protocol (a subclass's __getitem__/__setitem__).  CPython: OrderedDict_copy_impl */
function odictCopy(od: PyODict): PyValue {
  const exact = od.ob_type === ODictType;
  const copy = exact ? new PyODict() : PyObject_CallNoArgs(od.ob_type);
  // The loop may run Python code that changes od and unlinks the node it stands on.
  const state = od.state;
  for (let node = od.odFirst; node !== null; node = node.next) {
    const key = node.key;
    if (exact) {
      const value = od.get(key);
      if (value === undefined) throw keyError(key);
      setItemKnownHash(copy as PyODict, key, value, node.lo, node.hi);
    } else {
      PyObject_SetItem(copy, key, PyObject_GetItem(od, key));
    }
    if (od.state !== state) throw runtimeError('OrderedDict mutated during iteration');
  }
  return copy;
}

/** CPython: OrderedDict_move_to_end_impl */
function odictMoveToEnd(od: PyODict, key: PyValue, lastArg: PyValue): void {
  const last = PyObject_IsTrue(lastArg);
  if (od.odFirst === null) throw keyError(key);
  const end = last ? od.odLast! : od.odFirst;
  if (key === end.key) return;
  const node = findNode(od, key);
  if (node === undefined) throw keyError(key);
  if (last) {
    if (node !== od.odLast) {
      removeNode(od, node);
      addTail(od, node);
    }
  } else if (node !== od.odFirst) {
    removeNode(od, node);
    addHead(od, node);
  }
}

/** (type, (), state, None, iter(items())).  CPython: OrderedDict___reduce___impl */
function odictReduce(od: PyODict): PyValue {
  const state = PyObject_GetState(od);
  const items = PyObject_GetIter(PyObject_CallMethod(od, 'items', []));
  return new PyTuple([od.ob_type, EMPTY_TUPLE, state, None, items]);
}

/** dict's figure (with this type's basic size) plus the node index and the nodes.  CPython: OrderedDict___sizeof___impl */
function odictSizeof(od: PyODict): PyValue {
  let res = typeSizes(od.ob_type)[0] + dictKeysSizeof(od);
  res += 8 * od.fastSize;
  if (od.odFirst !== null) res += 32 * od.used;
  return res;
}

/** | : a new OrderedDict of the left operand's pairs, then the right one's.  CPython: odict_or */
function odictOr(left: PyValue, right: PyValue): PyValue {
  let type: PyType;
  let other: PyValue;
  if (left instanceof PyODict) {
    type = typeOf(left);
    other = right;
  } else {
    type = typeOf(right);
    other = left;
  }
  if (!(other instanceof PyDict)) return NotImplemented;
  const nw = PyObject_CallOneArg(type, left);
  updateArg(nw, right);
  return nw;
}

function odictIor(self: PyValue, other: PyValue): PyValue {
  updateArg(self, other);
  return self;
}

function odictGetDict(od: PyODict): PyValue {
  return (od.ob_dict ??= new PyDict());
}

function odictSetDict(od: PyODict, v: PyValue | null): void {
  if (v === null) throw typeError('cannot delete __dict__');
  if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).tp_name}'`);
  od.ob_dict = v;
}

// ---- iterators ----

const ITER_REVERSED = 1;
const ITER_KEYS = 2;
const ITER_VALUES = 4;
const ITER_ITEMS = ITER_KEYS | ITER_VALUES;

/**
 * Tracks the next key rather than the next node, so that a removed node is noticed (its key is no
 * longer found).  CPython: odictiterobject
 */
export class PyODictIter extends PyObject {
  /** null once exhausted or failed. */
  od: PyODict | null;
  size: number;
  state: number;
  current: PyValue | null;
  constructor(
    od: PyODict,
    readonly kind: number,
  ) {
    super();
    const node = kind & ITER_REVERSED ? od.odLast : od.odFirst;
    this.current = node === null ? null : node.key;
    this.size = od.used;
    this.state = od.state;
    this.od = od;
  }
}

/** CPython: odictiter_nextkey_lock_held */
function iterNextKey(it: PyODictIter): PyValue | undefined {
  const od = it.od;
  if (od === null) return undefined;
  if (it.current === null) {
    it.od = null;
    return undefined;
  }
  if (od.state !== it.state) {
    it.od = null;
    throw runtimeError('OrderedDict mutated during iteration');
  }
  if (it.size !== od.used) {
    it.size = -1;
    throw runtimeError('OrderedDict changed size during iteration');
  }
  const key = it.current;
  let node: ODictNode | undefined;
  try {
    node = findNode(od, key);
  } catch (e) {
    it.current = null;
    throw e;
  }
  if (node === undefined) {
    // The key must have been removed from the storage behind the list's back.
    it.current = null;
    throw keyError(key);
  }
  const next = it.kind & ITER_REVERSED ? node.prev : node.next;
  it.current = next === null ? null : next.key;
  return key;
}

/** CPython: odictiter_iternext_lock_held */
function odictIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyODictIter;
  const key = iterNextKey(it);
  if (key === undefined || !(it.kind & ITER_VALUES)) return key;
  let value: PyValue | undefined;
  try {
    value = it.od!.get(key);
  } catch (e) {
    it.current = null;
    it.od = null;
    throw e;
  }
  if (value === undefined) {
    it.current = null;
    it.od = null;
    throw keyError(key);
  }
  if (!(it.kind & ITER_KEYS)) return value;
  return new PyTuple(itemPair(key, value));
}

/** (iter, (list of what is left,)), computed on a copy of the iterator.  CPython: odictiter_reduce */
function odictIterReduce(it: PyODictIter): PyValue {
  const out: PyValue[] = [];
  if (it.od !== null) {
    const copy = new PyODictIter(it.od, it.kind);
    copy.current = it.current;
    copy.size = it.size;
    copy.state = it.state;
    for (let x = odictIterNext(copy); x !== undefined; x = odictIterNext(copy)) out.push(x);
  }
  return new PyTuple([builtinIter(), new PyTuple([new PyList(out)])]);
}

export const ODictIterType = defineBuiltinType({
  name: 'odict_iterator',
  instanceClass: PyODictIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: odictIterNext },
  methods: {
    __reduce__: { sig: '($self, /)', impl: odictIterReduce, doc: 'Return state information for pickling' },
  },
});

function odictIter(self: PyValue): PyValue {
  return new PyODictIter(OD(self), ITER_KEYS);
}

// ---- views ----

function viewOdict(v: PyValue): PyODict {
  return (v as PyDictView).dict as PyODict;
}

/** An odict view type: dict's view with the OrderedDict's order, forwards and reversed. */
function odictViewType(name: string, base: () => PyType, kind: number): PyType {
  return defineBuiltinType({
    name,
    base,
    slots: { tp_iter: (v: PyValue) => new PyODictIter(viewOdict(v), kind) },
    methods: {
      __reversed__: { sig: '($self, /)', impl: (v: PyDictView) => new PyODictIter(viewOdict(v), kind | ITER_REVERSED) },
    },
  });
}

export const ODictKeysType = odictViewType('odict_keys', () => DictKeysType, ITER_KEYS);
export const ODictItemsType = odictViewType('odict_items', () => DictItemsType, ITER_ITEMS);
export const ODictValuesType = odictViewType('odict_values', () => DictValuesType, ITER_VALUES);

export const ODictType: PyType = defineBuiltinType({
  name: 'collections.OrderedDict',
  doc: 'Dictionary that remembers insertion order',
  base: () => DictType,
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyODict,
  alloc: odictNew,
  instanceHasDict: true,
  weakrefable: true,
  slots: { tp_init: odictInit, tp_repr: odictRepr, tp_richcompare: odictRichcompare, tp_iter: odictIter },
  mapping: { mp_ass_subscript: odictAssSubscript },
  number: { nb_or: odictOr, nb_inplace_or: odictIor },
  methods: {
    fromkeys: {
      sig: '($type, /, iterable, value=None)',
      kind: 'classmethod',
      impl: dictFromkeys,
      doc: 'Create a new ordered dictionary with keys from iterable and values set to value.',
    },
    __sizeof__: { sig: '($self, /)', impl: odictSizeof },
    __reduce__: { sig: '($self, /)', impl: odictReduce, doc: 'Return state information for pickling' },
    setdefault: {
      sig: '($self, /, key, default=None)',
      impl: odictSetdefault,
      doc: 'Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default.',
    },
    pop: {
      sig: '($self, /, key, default=<unrepresentable>)',
      impl: odictPop,
      doc: 'od.pop(key[,default]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError.',
    },
    popitem: {
      sig: '($self, /, last=True)',
      impl: odictPopitem,
      doc: 'Remove and return a (key, value) pair from the dictionary.\n\nPairs are returned in LIFO order if last is true or FIFO order if\nfalse.',
    },
    keys: { sig: '($self, /)', impl: (od: PyODict) => new PyDictView(od, ODictKeysType) },
    values: { sig: '($self, /)', impl: (od: PyODict) => new PyDictView(od, ODictValuesType) },
    items: { sig: '($self, /)', impl: (od: PyODict) => new PyDictView(od, ODictItemsType) },
    update: { sig: '($self, /, *args, **kwargs)', textSignature: null, impl: odictUpdate },
    clear: { sig: '($self, /)', impl: odictClear, doc: 'Remove all items from ordered dict.' },
    copy: { sig: '($self, /)', impl: odictCopy, doc: 'A shallow copy of ordered dict.' },
    __reversed__: {
      sig: '($self, /)',
      impl: (od: PyODict) => new PyODictIter(od, ITER_KEYS | ITER_REVERSED),
      doc: 'od.__reversed__() <==> reversed(od)',
    },
    move_to_end: {
      sig: '($self, /, key, last=True)',
      impl: odictMoveToEnd,
      doc: 'Move an existing element to the end (or beginning if last is false).\n\nRaise KeyError if the element does not exist.',
    },
  },
  getset: { __dict__: { get: odictGetDict, set: odictSetDict } },
});

