// _pickle.Pickler: objects to pickle bytes, opcode for opcode as CPython writes them.
// CPython: Modules/_pickle.c (save and its save_* helpers, save_reduce, save_global, dump)
import { None, NotImplemented, Ellipsis, PyObject, type PyValue, type PyIntValue } from '../../objects/object.ts';
import { typeOf, PyType, PyType_IsSubtype, TPFLAGS } from '../../objects/type.ts';
import { PyFloat } from '../../objects/float.ts';
import { floatRepr } from '../../objects/float.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyByteArray } from '../../objects/bytearray.ts';
import { PyTuple, EMPTY_TUPLE } from '../../objects/tuple.ts';
import { PyList } from '../../objects/list.ts';
import { PyDict } from '../../objects/dict.ts';
import { PySetObject, setNext } from '../../objects/set.ts';
import { isStrValue, strValue } from '../../objects/boxes.ts';
import {
  PyObject_GetAttr, PyObject_LookupAttr, PyObject_CallOneArg, PyObject_CallNoArgs, PyObject_Call, PyObject_CallMethod,
  PyObject_GetIter, PyIter_Next, PyObject_IsTrue, PyObject_Repr, PyObject_Str, PyObject_GetItem, PyNumber_Index,
} from '../../objects/abstract.ts';
import { typeNameT } from '../../objects/typeobject.ts';
import { enterRecursiveCall, leaveRecursiveCall } from '../../objects/recursion.ts';
import {
  typeError, valueError, overflowError, runtimeError, keyError, newException, exceptionMatches,
  PyExc_ImportError, PyExc_ValueError, PyExc_AttributeError, PyExc_KeyError, PyExc_UnicodeEncodeError,
} from '../../objects/exceptions.ts';
import { PyObject_Id } from '../../objects/id.ts';
import { PyCFunction } from '../../objects/descrobject.ts';
import { interp } from '../../vm/interpreter.ts';
import { bigBitLength } from '../../objects/float/strtod.ts';
import { PickleOutput, writeSize64, utf8Surrogatepass, rawUnicodeEscape } from './output.ts';
import { PyPickleBuffer, pickleBufferData } from './picklebuffer.ts';
import * as O from './state.ts';
import { type PickleState, pickleState, picklingError, noteOn, chained, importImport, pair } from './state.ts';

/** The types save() dispatches on by identity (filled by index.ts when the module is created). */
export const SAVE_TYPES = {
  dict: null as unknown as PyType,
  list: null as unknown as PyType,
  tuple: null as unknown as PyType,
  set: null as unknown as PyType,
  frozenset: null as unknown as PyType,
  float: null as unknown as PyType,
  bytes: null as unknown as PyType,
  bytearray: null as unknown as PyType,
  type: null as unknown as PyType,
  function: null as unknown as PyType,
  NoneType: null as unknown as PyType,
  EllipsisType: null as unknown as PyType,
  NotImplementedType: null as unknown as PyType,
  picklebuffer: null as unknown as PyType,
};

export class PyPickler extends PyObject {
  out = new PickleOutput();
  /** Objects already written, and their memo index (str by value: pyts strs have no identity). */
  memo = new Map<PyValue | FreshStr, number>();
  /** Entries put in the memo (CPython's memo size; a str put again under a new index counts twice). */
  memoCount = 0;
  proto = 0;
  bin = 0;
  fast = 0;
  fastNesting = 0;
  fastMemo: Set<PyValue> | null = null;
  fixImports = false;
  /** The file's write method; null until __init__ (dumps() never sets it). */
  write: PyValue | null = null;
  /** persistent_id for the current dump, when it is not the default (which saves nothing). */
  persistentId: PyValue | null = null;
  /** An instance attribute persistent_id (CPython stores it outside __dict__). */
  persistentIdAttr: PyValue | null = null;
  dispatchTable: PyValue | null = null;
  reducerOverride: PyValue | null = null;
  bufferCallback: PyValue | null = null;
  running = false;
}

// ---- atoms ----

function saveBool(self: PyPickler, v: boolean): void {
  if (self.proto >= 2) self.out.byte(v ? O.NEWTRUE : O.NEWFALSE);
  else self.out.ascii(v ? 'I01\n' : 'I00\n');
}

/** The 256's-complement little-endian bytes of a nonzero int, as short as the sign allows.  CPython: save_long */
function encodeLong(v: bigint): Uint8Array {
  const neg = v < 0n;
  const nbits = bigBitLength(neg ? -v : v);
  let nbytes = (nbits >> 3) + 1;
  if (nbytes > 0x7fffffff) throw overflowError('int too large to pickle');
  const out = new Uint8Array(nbytes);
  let x = BigInt.asUintN(nbytes * 8, v);
  for (let i = 0; i < nbytes; i++) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  if (neg && nbytes > 1 && out[nbytes - 1] === 0xff && (out[nbytes - 2] & 0x80) !== 0) nbytes--;
  return nbytes === out.length ? out : out.subarray(0, nbytes);
}

// CPython: save_long
function saveLong(self: PyPickler, v: PyIntValue): void {
  const out = self.out;
  if (typeof v === 'number' && v <= 0x7fffffff && v >= -0x80000000) {
    if (self.bin) {
      if (v >= 0 && v <= 0xff) out.bytes2(O.BININT1, v);
      else if (v >= 0 && v <= 0xffff) {
        const at = out.reserve(3);
        out.buf[at] = O.BININT2;
        out.buf[at + 1] = v & 0xff;
        out.buf[at + 2] = v >> 8;
      } else out.op4(O.BININT, v >>> 0);
    } else {
      out.ascii(`I${v}\n`);
    }
    return;
  }
  if (self.proto >= 2) {
    const data = encodeLong(BigInt(v));
    if (data.length < 256) out.bytes2(O.LONG1, data.length);
    else out.op4(O.LONG4, data.length);
    out.data(data);
  } else {
    out.ascii(`L${String(v)}L\n`);
  }
}

const FLOAT64 = new Float64Array(1);
const FLOAT_BYTES = new Uint8Array(FLOAT64.buffer);
const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// CPython: save_float
function saveFloat(self: PyPickler, x: number): void {
  if (self.bin) {
    const at = self.out.reserve(9);
    const buf = self.out.buf;
    buf[at] = O.BINFLOAT;
    // Big-endian IEEE 754 (PyFloat_Pack8 with le=0).
    FLOAT64[0] = x;
    for (let i = 0; i < 8; i++) buf[at + 1 + i] = FLOAT_BYTES[LITTLE_ENDIAN_HOST ? 7 - i : i];
  } else {
    self.out.ascii(`F${floatRepr(x, true)}\n`);
  }
}

// ---- the memo ----

// CPython: memo_get
function memoGet(self: PyPickler, obj: PyValue | FreshStr): void {
  const idx = self.memo.get(obj);
  if (idx === undefined) throw keyError(obj instanceof FreshStr ? obj.value : obj);
  if (!self.bin) self.out.ascii(`g${idx}\n`);
  else if (idx < 256) self.out.bytes2(O.BINGET, idx);
  else self.out.op4(O.LONG_BINGET, idx);
}

// CPython: memo_put
function memoPut(self: PyPickler, obj: PyValue | FreshStr): void {
  if (self.fast) return;
  const idx = self.memoCount++;
  self.memo.set(obj, idx);
  if (self.proto >= 4) self.out.byte(O.MEMOIZE);
  else if (!self.bin) self.out.ascii(`p${idx}\n`);
  else if (idx < 256) self.out.bytes2(O.BINPUT, idx);
  else self.out.op4(O.LONG_BINPUT, idx);
}

// ---- bytes, str ----

function saveBytesData(self: PyPickler, obj: PyValue, data: Uint8Array): void {
  const size = data.length;
  let header: Uint8Array;
  if (size <= 0xff) header = Uint8Array.of(O.SHORT_BINBYTES, size);
  else header = Uint8Array.of(O.BINBYTES, size & 0xff, (size >>> 8) & 0xff, (size >>> 16) & 0xff, (size >>> 24) & 0xff);
  self.out.writeBytes(header, data, obj);
  memoPut(self, obj);
}

// CPython: save_bytes
function saveBytes(self: PyPickler, st: PickleState, obj: PyBytes): void {
  if (self.proto < 3) {
    // No opcode for bytes before protocol 3: codecs.encode(latin-1 text, 'latin1') rebuilds them
    // (as a str on Python 2, as bytes on Python 3).
    let reduceValue: PyTuple;
    if (obj.data.length === 0) reduceValue = pair(SAVE_TYPES.bytes, EMPTY_TUPLE);
    else {
      let text = '';
      for (let i = 0; i < obj.data.length; i++) text += String.fromCharCode(obj.data[i]);
      reduceValue = pair(st.codecsEncode, pair(text, 'latin1'));
    }
    saveReduce(self, st, reduceValue, obj);
    return;
  }
  saveBytesData(self, obj, obj.data);
}

function saveByteArrayData(self: PyPickler, obj: PyValue, data: Uint8Array): void {
  const header = new Uint8Array(9);
  header[0] = O.BYTEARRAY8;
  writeSize64(header, 1, data.length);
  self.out.writeBytes(header, data, obj);
  memoPut(self, obj);
}

// CPython: save_bytearray
function saveByteArray(self: PyPickler, st: PickleState, obj: PyByteArray): void {
  if (self.proto < 5) {
    const d = obj.bytes();
    const reduceValue = d.length === 0 ? pair(SAVE_TYPES.bytearray, EMPTY_TUPLE) : pair(SAVE_TYPES.bytearray, new PyTuple([new PyBytes(d.slice())]));
    saveReduce(self, st, reduceValue, obj);
    return;
  }
  saveByteArrayData(self, obj, obj.bytes());
}

// CPython: save_picklebuffer
function savePickleBuffer(self: PyPickler, obj: PyPickleBuffer): void {
  if (self.proto < 5) throw picklingError('PickleBuffer can only be pickled with protocol >= 5');
  const view = pickleBufferData(obj);
  if (!view.contiguous) throw picklingError('PickleBuffer can not be pickled when pointing to a non-contiguous buffer');
  let inBand = true;
  if (self.bufferCallback !== null) inBand = PyObject_IsTrue(PyObject_CallOneArg(self.bufferCallback, obj));
  if (inBand) {
    if (view.readonly) saveBytesData(self, obj, view.data);
    else saveByteArrayData(self, obj, view.data);
  } else {
    self.out.byte(O.NEXT_BUFFER);
    if (view.readonly) self.out.byte(O.READONLY_BUFFER);
  }
}

// CPython: save_unicode, write_unicode_binary
function saveUnicode(self: PyPickler, obj: PyValue | FreshStr, s: string): void {
  const out = self.out;
  if (self.bin) {
    if (s.length < 128 && self.proto >= 4) {
      // Short ASCII text straight into the buffer.
      let ascii = true;
      for (let i = 0; i < s.length; i++) {
        if (s.charCodeAt(i) > 0x7f) {
          ascii = false;
          break;
        }
      }
      if (ascii) {
        const at = out.reserve(2 + s.length);
        const buf = out.buf;
        buf[at] = O.SHORT_BINUNICODE;
        buf[at + 1] = s.length;
        for (let i = 0; i < s.length; i++) buf[at + 2 + i] = s.charCodeAt(i);
        memoPut(self, obj);
        return;
      }
    }
    const data = utf8Surrogatepass(s);
    const size = data.length;
    let header: Uint8Array;
    if (size <= 0xff && self.proto >= 4) header = Uint8Array.of(O.SHORT_BINUNICODE, size);
    else header = Uint8Array.of(O.BINUNICODE, size & 0xff, (size >>> 8) & 0xff, (size >>> 16) & 0xff, (size >>> 24) & 0xff);
    out.writeBytes(header, data, null);
  } else {
    out.byte(O.UNICODE);
    out.ascii(rawUnicodeEscape(s));
    out.byte(0x0a);
  }
  memoPut(self, obj);
}

// ---- containers ----

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
function saveTuple(self: PyPickler, st: PickleState, obj: PyTuple): void {
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
function batchList(self: PyPickler, st: PickleState, iter: PyValue, origobj: PyValue): void {
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
function saveList(self: PyPickler, st: PickleState, obj: PyList): void {
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
function batchDict(self: PyPickler, st: PickleState, iter: PyValue, origobj: PyValue): void {
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
function saveDict(self: PyPickler, st: PickleState, obj: PyDict): void {
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
function saveSet(self: PyPickler, st: PickleState, obj: PySetObject): void {
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
function saveFrozenSet(self: PyPickler, st: PickleState, obj: PySetObject): void {
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

// ---- globals ----

function getattribute(obj: PyValue, names: string[], raises: boolean): PyValue | undefined {
  let o: PyValue | undefined = obj;
  for (const name of names) {
    o = raises ? PyObject_GetAttr(o, name) : PyObject_LookupAttr(o, name);
    if (o === undefined) return undefined;
  }
  return o;
}

function checkModule(moduleName: PyValue, module: PyValue, global: PyValue, dotted: string[]): boolean {
  if (module === None) return false;
  if (isStrValue(moduleName) && strValue(moduleName) === '__main__') return false;
  const candidate = getattribute(module, dotted, false);
  return candidate === global;
}

/** The name of the module a global is found in.  CPython: whichmodule */
function whichModule(st: PickleState, global: PyValue, globalName: PyValue, dotted: string[]): PyValue {
  if (dotted.includes('<locals>')) throw picklingError(`Can't pickle local object ${PyObject_Repr(global)}`);
  let moduleName = PyObject_LookupAttr(global, '__module__');
  if (moduleName === undefined || moduleName === None) {
    // Rare (bound methods of some native types): search sys.modules for the global.
    moduleName = undefined;
    const modules = PyObject_GetAttr(interpSys(), 'modules');
    if (modules instanceof PyDict) {
      for (let i = modules.next(0); i >= 0; i = modules.next(i + 1)) {
        if (checkModule(modules.keys[i], modules.values[i], global, dotted)) return modules.keys[i];
      }
    } else {
      const it = PyObject_GetIter(modules);
      for (let name = PyIter_Next(it); name !== undefined; name = PyIter_Next(it)) {
        if (checkModule(name, PyObject_GetItem(modules, name), global, dotted)) return name;
      }
    }
    moduleName = '__main__';
  }
  let module: PyValue;
  try {
    module = importImport(moduleName);
  } catch (e) {
    if (e instanceof PyObject && (exceptionMatches(e, PyExc_ImportError) || exceptionMatches(e, PyExc_ValueError))) {
      throw chained(picklingError(`Can't pickle ${PyObject_Repr(global)}: ${PyObject_Str(e)}`), e);
    }
    throw e;
  }
  let actual: PyValue | undefined;
  try {
    actual = getattribute(module, dotted, true);
  } catch (e) {
    if (e instanceof PyObject && exceptionMatches(e, PyExc_AttributeError)) {
      throw chained(picklingError(`Can't pickle ${PyObject_Repr(global)}: it's not found as ${PyObject_Str(moduleName)}.${PyObject_Str(globalName)}`), e);
    }
    throw e;
  }
  if (actual !== global) {
    throw picklingError(`Can't pickle ${PyObject_Repr(global)}: it's not the same object as ${PyObject_Str(moduleName)}.${PyObject_Str(globalName)}`);
  }
  return moduleName;
}

function interpSys(): PyValue {
  return interp().sys;
}

/** Maps a Python 3 (module, name) to Python 2's for protocols < 3.  CPython: fix_imports */
function fixImports(st: PickleState, moduleName: PyValue, globalName: PyValue): [PyValue, PyValue] {
  const item = st.nameMapping3to2.get(pair(moduleName, globalName));
  if (item !== undefined) {
    if (!(item instanceof PyTuple) || item.items.length !== 2) {
      throw runtimeError(`_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not ${typeOf(item).tp_name.slice(0, 200)}`);
    }
    const [m, g] = item.items;
    if (!isStrValue(m) || !isStrValue(g)) {
      throw runtimeError(
        `_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not (${typeOf(m).tp_name.slice(0, 200)}, ${typeOf(g).tp_name.slice(0, 200)})`,
      );
    }
    return [m, g];
  }
  const mod = st.importMapping3to2.get(moduleName);
  if (mod !== undefined) {
    if (!isStrValue(mod)) throw runtimeError(`_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not ${typeOf(mod).tp_name.slice(0, 200)}`);
    return [mod, globalName];
  }
  return [moduleName, globalName];
}

/** A module or global name as bytes for GLOBAL (ASCII, or UTF-8 with protocol 3). */
function encodeIdentifier(self: PyPickler, st: PickleState, name: PyValue, what: string): Uint8Array {
  try {
    if (!isStrValue(name)) throw typeError(`bad argument type for built-in operation`);
    const s = strValue(name);
    if (self.proto === 3) return utf8Strict(s);
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0x7f) {
        throw newException(PyExc_UnicodeEncodeError, ['ascii', s, i, i + 1, 'ordinal not in range(128)']);
      }
    }
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
  } catch (e) {
    if (e instanceof PyObject && exceptionMatches(e, PyExc_UnicodeEncodeError)) {
      throw chained(picklingError(`can't pickle ${what} identifier ${PyObject_Repr(name)} using pickle protocol ${self.proto}`), e);
    }
    throw e;
  }
}

function utf8Strict(s: string): Uint8Array {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) {
      const lead = c < 0xdc00 && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) < 0xe000;
      if (!lead) {
        let cp = 0;
        for (let j = 0; j < i; j++) {
          const u = s.charCodeAt(j);
          if (u < 0xd800 || u >= 0xdc00) cp++;
        }
        throw newException(PyExc_UnicodeEncodeError, ['utf-8', s, cp, cp + 1, 'surrogates not allowed']);
      }
      i++;
    }
  }
  return utf8Surrogatepass(s);
}

// CPython: save_global
function saveGlobal(self: PyPickler, st: PickleState, obj: PyValue, name: PyValue | null): void {
  let globalName: PyValue;
  if (name !== null) globalName = name;
  else globalName = PyObject_LookupAttr(obj, '__qualname__') ?? PyObject_GetAttr(obj, '__name__');
  if (!isStrValue(globalName)) throw typeError(`descriptor 'split' for 'str' objects doesn't apply to a '${typeOf(globalName).tp_name}' object`);
  const dotted = strValue(globalName).split('.');
  let moduleName = whichModule(st, obj, globalName, dotted);
  const out = self.out;
  if (self.proto >= 2) {
    const code = st.extensionRegistry.get(pair(moduleName, globalName));
    if (code !== undefined) {
      if (typeof code !== 'number' || code <= 0 || code > 0x7fffffff) {
        if (typeof code === 'number' || typeof code === 'bigint') throw runtimeError(`extension code ${code} is out of range`);
        throw typeError(`'${typeOf(code).tp_name}' object cannot be interpreted as an integer`);
      }
      if (code <= 0xff) out.bytes2(O.EXT1, code);
      else if (code <= 0xffff) {
        const at = out.reserve(3);
        out.buf[at] = O.EXT2;
        out.buf[at + 1] = code & 0xff;
        out.buf[at + 2] = code >> 8;
      } else out.op4(O.EXT4, code);
      return;
    }
  }
  if (self.proto >= 4) {
    saveStrAs(self, st, moduleName, moduleNameKey(obj, moduleName));
    saveStrAs(self, st, globalName, globalNameKey(obj, globalName, name !== null));
    out.byte(O.STACK_GLOBAL);
  } else {
    // Names with dots in __qualname__ become getattr(getattr(module.first, second), third)...
    if (dotted.length > 1) globalName = dotted[0];
    for (let i = 1; i < dotted.length; i++) {
      save(self, st, st.getattr, false);
      if (self.proto < 2) out.byte(O.MARK);
    }
    out.byte(O.GLOBAL);
    if (self.proto < 3 && self.fixImports) [moduleName, globalName] = fixImports(st, moduleName, globalName);
    out.data(encodeIdentifier(self, st, moduleName, 'module'));
    out.byte(0x0a);
    out.data(encodeIdentifier(self, st, globalName, 'global'));
    out.byte(0x0a);
    for (let i = 1; i < dotted.length; i++) {
      // The pieces of the split name are new str objects in CPython.
      saveStrAs(self, st, dotted[i], new FreshStr(dotted[i]));
      out.byte(self.proto < 2 ? O.TUPLE : O.TUPLE2);
      out.byte(O.REDUCE);
    }
  }
  memoPut(self, obj);
}

// Differs from CPython: pyts strs have no identity, so the memo finds a str by value, as CPython
// finds an interned one; equal strs that are distinct objects in CPython (str(7) made twice) are
// written once here and fetched with GET the second time, a shorter pickle of the same value. The
// names save_global writes are often not interned in CPython: a native type's __qualname__, or
// __module__ when its tp_name is dotted, is made afresh on each access; a builtin function's
// __module__ is its module's name object, shared by the module's functions only. Those are memoized
// under a key object standing for the CPython str object instead.

/** A memo key for a str that is a distinct object in CPython. */
export class FreshStr {
  constructor(readonly value: string) {}
}

/** Module name objects of builtin functions, by module.  CPython: PyCFunctionObject.m_module */
const moduleNameKeys = new WeakMap<object, FreshStr>();

function isNativeType(obj: PyValue): obj is PyType {
  return obj instanceof PyType && !(obj.tp_flags & TPFLAGS.HEAPTYPE);
}

function moduleNameKey(obj: PyValue, moduleName: PyValue): PyValue | FreshStr {
  if (typeof moduleName !== 'string') return moduleName;
  if (isNativeType(obj)) return obj.tp_name.includes('.') ? new FreshStr(moduleName) : moduleName;
  if (obj instanceof PyCFunction) {
    const m = obj.m_self;
    if (m === null || typeof m !== 'object') return new FreshStr(moduleName);
    let key = moduleNameKeys.get(m);
    if (key === undefined || key.value !== moduleName) {
      key = new FreshStr(moduleName);
      moduleNameKeys.set(m, key);
    }
    return key;
  }
  return moduleName;
}

function globalNameKey(obj: PyValue, globalName: PyValue, fromReduce: boolean): PyValue | FreshStr {
  if (typeof globalName !== 'string') return globalName;
  if (isNativeType(obj) || obj instanceof PyCFunction) return new FreshStr(globalName);
  // A str returned by a native __reduce__ (Ellipsis, NotImplemented) is new too.
  if (fromReduce && !(typeOf(obj).tp_flags & TPFLAGS.HEAPTYPE)) return new FreshStr(globalName);
  return globalName;
}

/** save() of str s, memoized under `key` (s itself, or a FreshStr standing for another object). */
function saveStrAs(self: PyPickler, st: PickleState, s: PyValue, key: PyValue | FreshStr): void {
  if (key === s) return save(self, st, s, false);
  self.out.opcodeBoundary();
  if (self.persistentId !== null && savePers(self, st, s)) return;
  if (self.memo.has(key)) return memoGet(self, key);
  saveUnicode(self, key, strValue(s));
}

// CPython: save_type
function saveType(self: PyPickler, st: PickleState, obj: PyType): void {
  let singleton: PyValue | null = null;
  if (obj === SAVE_TYPES.NoneType) singleton = None;
  else if (obj === SAVE_TYPES.EllipsisType) singleton = Ellipsis;
  else if (obj === SAVE_TYPES.NotImplementedType) singleton = NotImplemented;
  if (singleton !== null) saveReduce(self, st, pair(SAVE_TYPES.type, new PyTuple([singleton])), obj);
  else saveGlobal(self, st, obj, null);
}


// CPython: save_pers
function savePers(self: PyPickler, st: PickleState, obj: PyValue): boolean {
  const pid = PyObject_CallOneArg(self.persistentId!, obj);
  if (pid === None) return false;
  if (self.bin) {
    save(self, st, pid, true);
    self.out.byte(O.BINPERSID);
  } else {
    const s = PyObject_Str(pid);
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0x7f) throw picklingError('persistent IDs in protocol 0 must be ASCII strings');
    }
    self.out.byte(O.PERSID);
    self.out.ascii(s);
    self.out.byte(0x0a);
  }
  return true;
}

function isCallable(v: PyValue): boolean {
  return typeOf(v).tp_call !== null;
}

function getClass(obj: PyValue): PyValue {
  return PyObject_LookupAttr(obj, '__class__') ?? typeOf(obj);
}

export function kwCall(callable: PyValue, args: readonly PyValue[], kwargs: PyDict): PyValue {
  const all = args.slice();
  const names: string[] = [];
  for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
    const k = kwargs.keys[i];
    if (!isStrValue(k)) throw typeError('keywords must be strings');
    names.push(strValue(k));
    all.push(kwargs.values[i]);
  }
  return PyObject_Call(callable, all, names.length ? names : null);
}

// CPython: save_reduce
export function saveReduce(self: PyPickler, st: PickleState, args: PyTuple, obj: PyValue | null): void {
  const size = args.items.length;
  if (size < 2 || size > 6) throw picklingError('tuple returned by __reduce__ must contain 2 through 6 elements');
  let callable = args.items[0];
  const argtup = args.items[1];
  let state: PyValue | null = size > 2 ? args.items[2] : null;
  let listitems: PyValue | null = size > 3 ? args.items[3] : null;
  let dictitems: PyValue | null = size > 4 ? args.items[4] : null;
  let stateSetter: PyValue | null = size > 5 ? args.items[5] : null;
  const out = self.out;
  const objT = (): string => typeNameT(typeOf(obj ?? None));

  if (!isCallable(callable)) throw picklingError(`first item of the tuple returned by __reduce__ must be callable, not ${typeNameT(typeOf(callable))}`);
  if (!(argtup instanceof PyTuple)) throw picklingError(`second item of the tuple returned by __reduce__ must be a tuple, not ${typeNameT(typeOf(argtup))}`);
  if (state === None) state = null;
  if (listitems === None) listitems = null;
  else if (listitems !== null && typeOf(listitems).tp_iternext === null) {
    throw picklingError(`fourth item of the tuple returned by __reduce__ must be an iterator, not ${typeNameT(typeOf(listitems))}`);
  }
  if (dictitems === None) dictitems = null;
  else if (dictitems !== null && typeOf(dictitems).tp_iternext === null) {
    throw picklingError(`fifth item of the tuple returned by __reduce__ must be an iterator, not ${typeNameT(typeOf(dictitems))}`);
  }
  if (stateSetter === None) stateSetter = null;
  else if (stateSetter !== null && !isCallable(stateSetter)) {
    throw picklingError(`sixth item of the tuple returned by __reduce__ must be callable, not ${typeNameT(typeOf(stateSetter))}`);
  }

  let useNewobj = false;
  let useNewobjEx = false;
  if (self.proto >= 2) {
    const name = PyObject_LookupAttr(callable, '__name__');
    if (name !== undefined && isStrValue(name)) {
      const n = strValue(name);
      useNewobjEx = n === '__newobj_ex__';
      if (!useNewobjEx) useNewobj = n === '__newobj__';
    }
  }

  if (useNewobjEx) {
    if (argtup.items.length !== 3) throw picklingError(`__newobj_ex__ expected 3 arguments, got ${argtup.items.length}`);
    const [cls, newargs, kwargs] = argtup.items;
    if (!(cls instanceof PyType)) throw picklingError(`first argument to __newobj_ex__() must be a class, not ${typeNameT(typeOf(cls))}`);
    if (!(newargs instanceof PyTuple)) throw picklingError(`second argument to __newobj_ex__() must be a tuple, not ${typeNameT(typeOf(newargs))}`);
    if (!(kwargs instanceof PyDict)) throw picklingError(`third argument to __newobj_ex__() must be a dict, not ${typeNameT(typeOf(kwargs))}`);
    if (self.proto >= 4) {
      try {
        save(self, st, cls, false);
      } catch (e) {
        noteOn(e, `when serializing ${objT()} class`);
        throw e;
      }
      try {
        save(self, st, newargs, false);
        save(self, st, kwargs, false);
      } catch (e) {
        noteOn(e, `when serializing ${objT()} __new__ arguments`);
        throw e;
      }
      out.byte(O.NEWOBJ_EX);
    } else {
      // partial(cls.__new__, cls, *args, **kwargs)()
      const clsNew = PyObject_GetAttr(cls, '__new__');
      callable = kwCall(st.partial, [clsNew, cls, ...newargs.items], kwargs);
      try {
        save(self, st, callable, false);
        save(self, st, EMPTY_TUPLE, false);
      } catch (e) {
        noteOn(e, `when serializing ${objT()} reconstructor`);
        throw e;
      }
      out.byte(O.REDUCE);
    }
  } else if (useNewobj) {
    if (argtup.items.length < 1) throw picklingError(`__newobj__ expected at least 1 argument, got ${argtup.items.length}`);
    const cls = argtup.items[0];
    if (!(cls instanceof PyType)) throw picklingError(`first argument to __newobj__() must be a class, not ${typeNameT(typeOf(cls))}`);
    if (obj !== null) {
      const objClass = getClass(obj);
      if (objClass !== cls) throw picklingError(`first argument to __newobj__() must be ${PyObject_Repr(objClass)}, not ${PyObject_Repr(cls)}`);
    }
    try {
      save(self, st, cls, false);
    } catch (e) {
      noteOn(e, `when serializing ${objT()} class`);
      throw e;
    }
    try {
      save(self, st, new PyTuple(argtup.items.slice(1)), false);
    } catch (e) {
      noteOn(e, `when serializing ${objT()} __new__ arguments`);
      throw e;
    }
    out.byte(O.NEWOBJ);
  } else {
    try {
      save(self, st, callable, false);
    } catch (e) {
      noteOn(e, `when serializing ${objT()} reconstructor`);
      throw e;
    }
    try {
      save(self, st, argtup, false);
    } catch (e) {
      noteOn(e, `when serializing ${objT()} reconstructor arguments`);
      throw e;
    }
    out.byte(O.REDUCE);
  }

  if (obj !== null) {
    // Already in the memo: obj is recursive; drop what was built and fetch the memoized object.
    if (self.memo.has(obj)) {
      out.byte(O.POP);
      memoGet(self, obj);
      return;
    }
    memoPut(self, obj);
  }
  if (listitems !== null) batchList(self, st, listitems, obj ?? None);
  if (dictitems !== null) batchDict(self, st, dictitems, obj ?? None);
  if (state !== null) {
    if (stateSetter === null) {
      try {
        save(self, st, state, false);
      } catch (e) {
        noteOn(e, `when serializing ${objT()} state`);
        throw e;
      }
      out.byte(O.BUILD);
    } else {
      // state_setter(obj, state), its result popped: the update happens in place.
      try {
        save(self, st, stateSetter, false);
      } catch (e) {
        noteOn(e, `when serializing ${objT()} state setter`);
        throw e;
      }
      save(self, st, obj ?? None, false);
      try {
        save(self, st, state, false);
      } catch (e) {
        noteOn(e, `when serializing ${objT()} state`);
        throw e;
      }
      out.byte(O.TUPLE2);
      out.byte(O.REDUCE);
      out.byte(O.POP);
    }
  }
}

// ---- save ----

// CPython: save
export function save(self: PyPickler, st: PickleState, obj: PyValue, persSave: boolean): void {
  self.out.opcodeBoundary();
  if (!persSave && self.persistentId !== null && savePers(self, st, obj)) return;

  // Atoms: never memoized.
  switch (typeof obj) {
    case 'boolean':
      return saveBool(self, obj);
    case 'number':
    case 'bigint':
      return saveLong(self, obj);
    case 'string':
      if (self.memo.has(obj)) return memoGet(self, obj);
      return saveUnicode(self, obj, obj);
  }
  if (obj === None) return self.out.byte(O.NONE);
  const type = typeOf(obj);
  if (type === SAVE_TYPES.float) return saveFloat(self, (obj as PyFloat).value);
  if (self.memo.has(obj)) return memoGet(self, obj);
  if (type === SAVE_TYPES.bytes) return saveBytes(self, st, obj as PyBytes);

  enterRecursiveCall(' while pickling an object');
  try {
    saveObject(self, st, obj, type);
  } finally {
    leaveRecursiveCall();
  }
}

function saveObject(self: PyPickler, st: PickleState, obj: PyValue, type: PyType): void {
  const T = SAVE_TYPES;
  if (type === T.dict) return saveDict(self, st, obj as PyDict);
  if (type === T.set) return saveSet(self, st, obj as PySetObject);
  if (type === T.frozenset) return saveFrozenSet(self, st, obj as PySetObject);
  if (type === T.list) return saveList(self, st, obj as PyList);
  if (type === T.tuple) return saveTuple(self, st, obj as PyTuple);
  if (type === T.bytearray) return saveByteArray(self, st, obj as PyByteArray);
  if (type === T.picklebuffer) return savePickleBuffer(self, obj as PyPickleBuffer);

  let reduceValue: PyValue | undefined;
  if (self.reducerOverride !== null) {
    reduceValue = PyObject_CallOneArg(self.reducerOverride, obj);
    if (reduceValue === NotImplemented) reduceValue = undefined;
  }
  if (reduceValue === undefined) {
    if (type === T.type) return saveType(self, st, obj as PyType);
    if (type === T.function) return saveGlobal(self, st, obj, null);
    // A reduction function from the pickler's dispatch_table or copyreg's, else __reduce_ex__.
    let reduceFunc: PyValue | undefined;
    if (self.dispatchTable === null) reduceFunc = st.dispatchTable.get(type);
    else {
      try {
        reduceFunc = PyObject_GetItem(self.dispatchTable, type);
      } catch (e) {
        if (!(e instanceof PyObject && exceptionMatches(e, PyExc_KeyError))) throw e;
      }
    }
    if (reduceFunc !== undefined) reduceValue = PyObject_CallOneArg(reduceFunc, obj);
    else if (PyType_IsSubtype(type, T.type)) return saveGlobal(self, st, obj, null);
    else {
      reduceFunc = PyObject_LookupAttr(obj, '__reduce_ex__');
      if (reduceFunc !== undefined) reduceValue = PyObject_CallOneArg(reduceFunc, self.proto);
      else {
        reduceFunc = PyObject_LookupAttr(obj, '__reduce__');
        if (reduceFunc === undefined) throw picklingError(`Can't pickle ${typeNameT(type)} object`);
        reduceValue = PyObject_CallNoArgs(reduceFunc);
      }
    }
  }
  if (isStrValue(reduceValue)) return saveGlobal(self, st, obj, reduceValue);
  if (!(reduceValue instanceof PyTuple)) {
    const e = picklingError(`__reduce__ must return a string or tuple, not ${typeNameT(typeOf(reduceValue))}`);
    noteOn(e, `when serializing ${typeNameT(type)} object`);
    throw e;
  }
  try {
    saveReduce(self, st, reduceValue, obj);
  } catch (e) {
    noteOn(e, `when serializing ${typeNameT(type)} object`);
    throw e;
  }
}

// ---- dump ----

/** The default Pickler.persistent_id: saves nothing by reference. */
export function persistentIdDefault(_self: PyValue, _obj: PyValue): PyValue {
  return None;
}

// CPython: dump
export function dump(self: PyPickler, obj: PyValue): void {
  const st = pickleState();
  try {
    const pid = PyObject_GetAttr(self, 'persistent_id');
    self.persistentId = isDefaultPersistentId(pid, self) ? null : pid;
    self.reducerOverride = PyObject_LookupAttr(self, 'reducer_override') ?? null;
    if (self.proto >= 2) {
      self.out.bytes2(O.PROTO, self.proto);
      if (self.proto >= 4) self.out.framing = true;
    }
    save(self, st, obj, false);
    self.out.byte(O.STOP);
    self.out.commitFrame();
  } finally {
    self.out.framing = false;
    self.persistentId = null;
    self.reducerOverride = null;
  }
}

/** Whether pid is the builtin persistent_id bound to self (then nothing is ever saved by id). */
function isDefaultPersistentId(pid: PyValue, self: PyValue): boolean {
  return pid instanceof PyCFunction && pid.impl === persistentIdDefault && pid.m_self === self;
}

/** Sets protocol and fix_imports.  CPython: _Pickler_SetProtocol */
export function setProtocol(self: PyPickler, protocol: PyValue, fixImports: boolean): void {
  let proto: number;
  if (protocol === None) proto = O.DEFAULT_PROTOCOL;
  else {
    const v = protocolValue(protocol);
    if (v < 0) proto = O.HIGHEST_PROTOCOL;
    else if (v > O.HIGHEST_PROTOCOL) throw valueError(`pickle protocol must be <= ${O.HIGHEST_PROTOCOL}`);
    else proto = v;
  }
  self.proto = proto;
  self.bin = proto > 0 ? 1 : 0;
  self.fixImports = fixImports && proto < 3;
}

/** PyLong_AsLong for the protocol argument. */
function protocolValue(v: PyValue): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'bigint') throw overflowError('Python int too large to convert to C long');
  return i;
}

// CPython: _Pickler_SetBufferCallback
export function setBufferCallback(self: PyPickler, cb: PyValue): void {
  if (cb === None) self.bufferCallback = null;
  else {
    if (self.proto < 5) throw valueError('buffer_callback needs protocol >= 5');
    self.bufferCallback = cb;
  }
}

