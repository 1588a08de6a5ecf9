// Pickling tuples, lists, dicts, sets and frozensets: empty container, memo, then MARK ... APPENDS /
// SETITEMS / ADDITEMS in batches of 1000, and the recursive-tuple dance.  CPython: Modules/_pickle.c
// (save_tuple, batch_list, batch_list_exact, save_list, batch_dict, batch_dict_exact, save_dict,
// save_set, save_frozenset, fast_save_enter)
import { type PyValue } from '../../objects/object.ts';
import { typeOf } from '../../objects/type.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyList } from '../../objects/list.ts';
import { PyDict } from '../../objects/dict.ts';
import { PySetObject, setNext } from '../../objects/set.ts';
import { PyObject_GetIter, PyIter_Next, PyObject_Repr, PyObject_CallMethod } from '../../objects/abstract.ts';
import { typeNameT } from '../../objects/typeobject.ts';
import { enterRecursiveCall, leaveRecursiveCall } from '../../objects/recursion.ts';
import { typeError, valueError, runtimeError } from '../../objects/exceptions.ts';
import { PyObject_Id } from '../../objects/id.ts';
import * as O from './state.ts';
import { type PickleState, noteOn, pair } from './state.ts';
import { type PyPickler, SAVE_TYPES, save, memoGet, memoPut, saveReduce } from './pickler.ts';

function storeTupleElements(self: PyPickler, st: PickleState, t: PyTuple): void {
  const items = t.items;
  for (let i = 0; i < items.length; i++) {
    try {
      save(self, st, items[i], false);
    } catch (e) {
      noteOn(e, `when serializing ${typeNameT(typeOf(t))} item ${i}`);
      throw e;
    }
  }
}

const LEN2OPCODE = [O.EMPTY_TUPLE, O.TUPLE1, O.TUPLE2, O.TUPLE3];

// CPython: save_tuple
export function saveTuple(self: PyPickler, st: PickleState, obj: PyTuple): void {
  const len = obj.items.length;
  const out = self.out;
  if (len === 0) {
    if (self.proto) out.byte(O.EMPTY_TUPLE);
    else out.bytes2(O.MARK, O.TUPLE);
    return;
  }
  // A tuple found in the memo after its elements were saved is recursive: what was pushed is
  // thrown away and the memoized tuple fetched instead.
  if (len <= 3 && self.proto >= 2) {
    storeTupleElements(self, st, obj);
    if (self.memo.has(obj)) {
      for (let i = 0; i < len; i++) out.byte(O.POP);
      memoGet(self, obj);
      return;
    }
    out.byte(LEN2OPCODE[len]);
  } else {
    out.byte(O.MARK);
    storeTupleElements(self, st, obj);
    if (self.memo.has(obj)) {
      if (self.bin) out.byte(O.POP_MARK);
      else for (let i = 0; i <= len; i++) out.byte(O.POP);
      memoGet(self, obj);
      return;
    }
    out.byte(O.TUPLE);
  }
  memoPut(self, obj);
}

// CPython: fast_save_enter
function fastSaveEnter(self: PyPickler, obj: PyValue): void {
  if (++self.fastNesting >= O.FAST_NESTING_LIMIT) {
    self.fastMemo ??= new Set();
    if (self.fastMemo.has(obj)) {
      self.fastNesting = -1;
      throw valueError(`fast mode: can't pickle cyclic objects including object type ${typeOf(obj).tp_name.slice(0, 200)} at 0x${PyObject_Id(obj).toString(16)}`);
    }
    self.fastMemo.add(obj);
  }
}

// CPython: fast_save_leave
function fastSaveLeave(self: PyPickler, obj: PyValue): void {
  if (self.fastNesting-- >= O.FAST_NESTING_LIMIT) self.fastMemo?.delete(obj);
}

/** MARK item ... APPENDS in batches, from an iterator.  CPython: batch_list */
export function batchList(self: PyPickler, st: PickleState, iter: PyValue, origobj: PyValue): void {
  const out = self.out;
  let total = 0;
  const note = (e: unknown): void => noteOn(e, `when serializing ${typeNameT(typeOf(origobj))} item ${total}`);
  if (self.proto === 0) {
    for (let obj = PyIter_Next(iter); obj !== undefined; obj = PyIter_Next(iter), total++) {
      try {
        save(self, st, obj, false);
      } catch (e) {
        note(e);
        throw e;
      }
      out.byte(O.APPEND);
    }
    return;
  }
  let n: number;
  do {
    const first = PyIter_Next(iter);
    if (first === undefined) break;
    let obj = PyIter_Next(iter);
    if (obj === undefined) {
      try {
        save(self, st, first, false);
      } catch (e) {
        note(e);
        throw e;
      }
      out.byte(O.APPEND);
      break;
    }
    out.byte(O.MARK);
    try {
      save(self, st, first, false);
    } catch (e) {
      note(e);
      throw e;
    }
    total++;
    n = 1;
    while (obj !== undefined) {
      try {
        save(self, st, obj, false);
      } catch (e) {
        note(e);
        throw e;
      }
      total++;
      n++;
      if (n === O.BATCHSIZE) break;
      obj = PyIter_Next(iter);
    }
    out.byte(O.APPENDS);
  } while (n === O.BATCHSIZE);
}

/** batch_list for an exact list, by index.  CPython: batch_list_exact */
function batchListExact(self: PyPickler, st: PickleState, obj: PyList): void {
  const out = self.out;
  const listSize = obj.items.length;
  if (listSize === 1) {
    try {
      save(self, st, obj.items[0], false);
    } catch (e) {
      noteOn(e, `when serializing ${typeNameT(typeOf(obj))} item 0`);
      throw e;
    }
    out.byte(O.APPEND);
    return;
  }
  let total = 0;
  do {
    let thisBatch = 0;
    out.byte(O.MARK);
    while (total < obj.items.length) {
      try {
        save(self, st, obj.items[total], false);
      } catch (e) {
        noteOn(e, `when serializing ${typeNameT(typeOf(obj))} item ${total}`);
        throw e;
      }
      total++;
      if (++thisBatch === O.BATCHSIZE) break;
    }
    out.byte(O.APPENDS);
    if (obj.items.length !== listSize) throw runtimeError('list changed size during iteration');
  } while (total < listSize);
}

// CPython: save_list
export function saveList(self: PyPickler, st: PickleState, obj: PyList): void {
  if (self.fast) fastSaveEnter(self, obj);
  try {
    if (self.bin) self.out.byte(O.EMPTY_LIST);
    else self.out.bytes2(O.MARK, O.LIST);
    const len = obj.items.length;
    memoPut(self, obj);
    if (len !== 0) {
      enterRecursiveCall(' while pickling an object');
      try {
        if (typeOf(obj) === SAVE_TYPES.list && self.proto > 0) batchListExact(self, st, obj);
        else batchList(self, st, PyObject_GetIter(obj), obj);
      } finally {
        leaveRecursiveCall();
      }
    }
  } finally {
    if (self.fast) fastSaveLeave(self, obj);
  }
}

function itemPair(item: PyValue): PyTuple {
  if (!(item instanceof PyTuple) || item.items.length !== 2) throw typeError('dict items iterator must return 2-tuples');
  return item;
}

function saveKeyValue(self: PyPickler, st: PickleState, key: PyValue, value: PyValue, origobj: PyValue): void {
  save(self, st, key, false);
  try {
    save(self, st, value, false);
  } catch (e) {
    noteOn(e, `when serializing ${typeNameT(typeOf(origobj))} item ${PyObject_Repr(key)}`);
    throw e;
  }
}

/** MARK key value ... SETITEMS in batches, from an iterator of pairs.  CPython: batch_dict */
export function batchDict(self: PyPickler, st: PickleState, iter: PyValue, origobj: PyValue): void {
  const out = self.out;
  if (self.proto === 0) {
    for (let obj = PyIter_Next(iter); obj !== undefined; obj = PyIter_Next(iter)) {
      const p = itemPair(obj);
      saveKeyValue(self, st, p.items[0], p.items[1], origobj);
      out.byte(O.SETITEM);
    }
    return;
  }
  let n: number;
  do {
    const firstItem = PyIter_Next(iter);
    if (firstItem === undefined) break;
    const first = itemPair(firstItem);
    let obj = PyIter_Next(iter);
    if (obj === undefined) {
      saveKeyValue(self, st, first.items[0], first.items[1], origobj);
      out.byte(O.SETITEM);
      break;
    }
    out.byte(O.MARK);
    saveKeyValue(self, st, first.items[0], first.items[1], origobj);
    n = 1;
    while (obj !== undefined) {
      const p = itemPair(obj);
      saveKeyValue(self, st, p.items[0], p.items[1], origobj);
      n++;
      if (n === O.BATCHSIZE) break;
      obj = PyIter_Next(iter);
    }
    out.byte(O.SETITEMS);
  } while (n === O.BATCHSIZE);
}

/** batch_dict for an exact dict, walking its entries.  CPython: batch_dict_exact */
function batchDictExact(self: PyPickler, st: PickleState, obj: PyDict): void {
  const out = self.out;
  const dictSize = obj.used;
  let pos = obj.next(0);
  if (dictSize === 1) {
    saveKeyValue(self, st, obj.keys[pos], obj.values[pos], obj);
    out.byte(O.SETITEM);
    return;
  }
  let i: number;
  do {
    i = 0;
    out.byte(O.MARK);
    while (pos >= 0 && pos < obj.keys.length) {
      saveKeyValue(self, st, obj.keys[pos], obj.values[pos], obj);
      pos = obj.next(pos + 1);
      if (++i === O.BATCHSIZE) break;
    }
    out.byte(O.SETITEMS);
    if (obj.used !== dictSize) throw runtimeError('dictionary changed size during iteration');
  } while (i === O.BATCHSIZE);
}

// CPython: save_dict
export function saveDict(self: PyPickler, st: PickleState, obj: PyDict): void {
  if (self.fast) fastSaveEnter(self, obj);
  try {
    if (self.bin) self.out.byte(O.EMPTY_DICT);
    else self.out.bytes2(O.MARK, O.DICT);
    memoPut(self, obj);
    if (obj.used !== 0) {
      if (typeOf(obj) === SAVE_TYPES.dict && self.proto > 0) {
        enterRecursiveCall(' while pickling an object');
        try {
          batchDictExact(self, st, obj);
        } finally {
          leaveRecursiveCall();
        }
      } else {
        const iter = PyObject_GetIter(PyObject_CallMethod(obj, 'items', []));
        enterRecursiveCall(' while pickling an object');
        try {
          batchDict(self, st, iter, obj);
        } finally {
          leaveRecursiveCall();
        }
      }
    }
  } finally {
    if (self.fast) fastSaveLeave(self, obj);
  }
}

function listOf(obj: PyValue): PyList {
  const items: PyValue[] = [];
  const it = PyObject_GetIter(obj);
  for (let v = PyIter_Next(it); v !== undefined; v = PyIter_Next(it)) items.push(v);
  return new PyList(items);
}

// CPython: save_set
export function saveSet(self: PyPickler, st: PickleState, obj: PySetObject): void {
  if (self.proto < 4) {
    saveReduce(self, st, pair(SAVE_TYPES.set, new PyTuple([listOf(obj)])), obj);
    return;
  }
  const out = self.out;
  out.byte(O.EMPTY_SET);
  memoPut(self, obj);
  const setSize = obj.used;
  if (setSize === 0) return;
  let pos = 0;
  let i: number;
  do {
    i = 0;
    out.byte(O.MARK);
    for (pos = setNext(obj, pos); pos >= 0; pos = setNext(obj, pos)) {
      const item = obj.keys[pos]!;
      pos++;
      try {
        save(self, st, item, false);
      } catch (e) {
        noteOn(e, `when serializing ${typeNameT(typeOf(obj))} element`);
        throw e;
      }
      if (++i === O.BATCHSIZE) break;
    }
    out.byte(O.ADDITEMS);
    if (obj.used !== setSize) throw runtimeError('set changed size during iteration');
  } while (i === O.BATCHSIZE);
}

// CPython: save_frozenset
export function saveFrozenSet(self: PyPickler, st: PickleState, obj: PySetObject): void {
  if (self.fast) fastSaveEnter(self, obj);
  try {
    if (self.proto < 4) {
      saveReduce(self, st, pair(SAVE_TYPES.frozenset, new PyTuple([listOf(obj)])), obj);
      return;
    }
    const out = self.out;
    out.byte(O.MARK);
    const it = PyObject_GetIter(obj);
    for (let item = PyIter_Next(it); item !== undefined; item = PyIter_Next(it)) {
      try {
        save(self, st, item, false);
      } catch (e) {
        noteOn(e, `when serializing ${typeNameT(typeOf(obj))} element`);
        throw e;
      }
    }
    if (self.memo.has(obj)) {
      out.byte(O.POP_MARK);
      memoGet(self, obj);
      return;
    }
    out.byte(O.FROZENSET);
    memoPut(self, obj);
  } finally {
    if (self.fast) fastSaveLeave(self, obj);
  }
}

