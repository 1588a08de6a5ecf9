// _pickle.Pickler: objects to pickle bytes, opcode for opcode as CPython writes them.
// CPython: Modules/_pickle.c (save and its save_* helpers, save_reduce, save_global, dump)
import { intToByteArray } from '../../objects/int/bytes.ts';
import { None, NotImplemented, PyObject, type PyValue, type PyIntValue } from '../../objects/object.ts';
import { typeOf, PyType, PyType_IsSubtype } from '../../objects/type.ts';
import { PyFloat, floatRepr } from '../../objects/float.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyByteArray } from '../../objects/bytearray.ts';
import { PyTuple, EMPTY_TUPLE } from '../../objects/tuple.ts';
import { PyList } from '../../objects/list.ts';
import { PyDict } from '../../objects/dict.ts';
import { PySetObject } from '../../objects/set.ts';
import { isStrValue, strValue } from '../../objects/boxes.ts';
import {
  PyObject_GetAttr, PyObject_LookupAttr, PyObject_CallOneArg, PyObject_CallNoArgs, PyObject_Call, PyObject_IsTrue, PyObject_Repr,
  PyObject_Str, PyObject_GetItem, PyNumber_Index,
} from '../../objects/abstract.ts';
import { typeNameT } from '../../objects/typeobject.ts';
import { enterRecursiveCall, leaveRecursiveCall } from '../../objects/recursion.ts';
import { typeError, valueError, overflowError, keyError, exceptionMatches, PyExc_KeyError } from '../../objects/exceptions.ts';
import { PyCFunction } from '../../objects/descrobject.ts';
import { bigBitLength } from '../../objects/float/strtod.ts';
import { PickleOutput, writeSize64, utf8Surrogatepass, rawUnicodeEscape } from './output.ts';
import { FreshStr, saveGlobal, saveType } from './globals.ts';
import { saveTuple, saveList, saveDict, saveSet, saveFrozenSet, batchList, batchDict } from './containers.ts';
import { PyPickleBuffer, pickleBufferData } from './picklebuffer.ts';
import * as O from './state.ts';
import { type PickleState, pickleState, picklingError, noteOn, pair } from './state.ts';

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
  const out = intToByteArray(BigInt.asUintN(nbytes * 8, v), nbytes, true, false);
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
export function memoGet(self: PyPickler, obj: PyValue | FreshStr): void {
  const idx = self.memo.get(obj);
  if (idx === undefined) throw keyError(obj instanceof FreshStr ? obj.value : obj);
  if (!self.bin) self.out.ascii(`g${idx}\n`);
  else if (idx < 256) self.out.bytes2(O.BINGET, idx);
  else self.out.op4(O.LONG_BINGET, idx);
}

// CPython: memo_put
export function memoPut(self: PyPickler, obj: PyValue | FreshStr): void {
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
export function saveUnicode(self: PyPickler, obj: PyValue | FreshStr, s: string): void {
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

// CPython: save_pers
export function savePers(self: PyPickler, st: PickleState, obj: PyValue): boolean {
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

