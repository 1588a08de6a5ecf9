// The _pickle module: the fast Pickler and Unpickler pickle.py uses when it can import them, their
// memo proxies, and dump/dumps/load/loads.  CPython: Modules/_pickle.c
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { TPFLAGS, typeOf, type PyType } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { defineModule } from '../../objects/module-def.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyDict } from '../../objects/dict.ts';
import { DictType } from '../../objects/dict-type.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { TupleType } from '../../objects/tuple.ts';
import { ListType } from '../../objects/list.ts';
import { SetType, FrozenSetType } from '../../objects/set-type.ts';
import { FloatType } from '../../objects/float.ts';
import { BytesType } from '../../objects/bytes/index.ts';
import { ByteArrayType } from '../../objects/bytearray.ts';
import { TypeType } from '../../objects/typeobject.ts';
import { FunctionType } from '../../objects/function.ts';
import { NoneType, EllipsisType, NotImplementedType } from '../../objects/none.ts';
import { isIntValue, intValue, isStrValue, strValue } from '../../objects/boxes.ts';
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr } from '../../objects/generic-attr.ts';
import { PyObject_LookupAttr, PyObject_GetIter, PyNumber_Index, PyObject_IsTrue, PyObject_HashNotImplemented } from '../../objects/abstract.ts';
import { PyObject_Id } from '../../objects/id.ts';
import { typeError, valueError, attributeError, overflowError, runtimeError, newException } from '../../objects/exceptions.ts';
import { bindArguments, parseSignature } from '../../objects/getargs.ts';
import { PickleBufferType } from './picklebuffer.ts';
import { PyPickler, SAVE_TYPES, dump, persistentIdDefault, setProtocol, setBufferCallback } from './pickler.ts';
import { FreshStr } from './globals.ts';
import { PyUnpickler, load, findClassDefault, memoPut } from './unpickler.ts';
import { setStringInput } from './input.ts';
import { newPickleState, pickleStateLight } from './state.ts';

// ---- Pickler ----

function P(v: PyValue): PyPickler {
  return v as PyPickler;
}

function picklerNew(type: PyType): PyPickler {
  return type === PicklerType ? new PyPickler() : newHeapInstance(PyPickler, type);
}

function boolArg(v: PyValue | undefined, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  if (typeof v === 'boolean') return v;
  return PyObject_IsTrue(v);
}

const PICKLER_INIT_SIG = parseSignature('($self, /, file, protocol=None, fix_imports=True, buffer_callback=None)');

// CPython: _pickle_Pickler___init___impl
function picklerInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const [file, protocol, fixImports, bufferCallback] = bindArguments(PICKLER_INIT_SIG, { short: 'Pickler', funcStr: 'Pickler()' }, args, kwnames) as (PyValue | undefined)[];
  const p = P(self);
  if (p.running) throw runtimeErrorReentrant('Pickler');
  if (p.write !== null) clearPickler(p);
  setProtocol(p, protocol ?? None, boolArg(fixImports, true));
  const write = PyObject_LookupAttr(file!, 'write');
  if (write === undefined) throw typeError("file must have a 'write' attribute");
  p.write = write;
  setBufferCallback(p, bufferCallback ?? None);
  p.out.clear();
  p.fast = 0;
  p.fastNesting = 0;
  p.fastMemo = null;
  if (p.dispatchTable === null) p.dispatchTable = PyObject_LookupAttr(p, 'dispatch_table') ?? null;
}

function runtimeErrorReentrant(what: string): PyObject {
  return runtimeError(`${what} object is already used`);
}

function clearPickler(p: PyPickler): void {
  p.write = null;
  p.persistentId = null;
  p.persistentIdAttr = null;
  p.dispatchTable = null;
  p.fastMemo = null;
  p.reducerOverride = null;
  p.bufferCallback = null;
  p.memo = new Map();
  p.memoCount = 0;
}

// CPython: _pickle_Pickler_dump_impl
function picklerDump(self: PyValue, obj: PyValue): PyValue {
  const p = P(self);
  if (p.write === null) throw newException(pickleStateLight().PicklingError, [`Pickler.__init__() was not called by ${typeOf(p).tp_name}.__init__()`]);
  if (p.running) throw runtimeErrorReentrant('Pickler');
  p.running = true;
  try {
    p.out.clear();
    p.out.write = p.write;
    dump(p, obj);
    p.out.flushToFile();
  } finally {
    p.running = false;
  }
  return None;
}

function picklerClearMemo(self: PyValue): PyValue {
  P(self).memo.clear();
  P(self).memoCount = 0;
  return None;
}

function picklerSizeof(self: PyValue): number {
  const p = P(self);
  return 128 + p.memo.size * 16 + p.out.buf.length;
}

// CPython: Pickler_getattr
function picklerGetattro(self: PyValue, name: string, suppress: boolean): PyValue | undefined {
  if (name === 'persistent_id') {
    const attr = P(self).persistentIdAttr;
    if (attr !== null) return attr;
  }
  return PyObject_GenericGetAttr(self, name, suppress);
}

// CPython: Pickler_setattr
function picklerSetattro(self: PyValue, name: string, value: PyValue | null): void {
  if (name === 'persistent_id') {
    P(self).persistentIdAttr = value;
    return;
  }
  PyObject_GenericSetAttr(self, name, value);
}

function intMember(v: PyValue | null): number {
  if (v === null) throw typeError("can't delete numeric/char attribute");
  const i = PyNumber_Index(v);
  if (typeof i !== 'number' || i > 0x7fffffff || i < -0x80000000) throw overflowError('Python int too large to convert to C int');
  return i;
}

// CPython: Pickler_set_memo
function picklerSetMemo(self: PyValue, obj: PyValue | null): void {
  if (obj === null) throw typeError('attribute deletion is not supported');
  const memo = new Map<PyValue | FreshStr, number>();
  if (obj instanceof PyPicklerMemoProxy) {
    for (const [k, v] of obj.pickler.memo) memo.set(k, v);
  } else if (obj instanceof PyDict) {
    for (let i = obj.next(0); i >= 0; i = obj.next(i + 1)) {
      const value = obj.values[i];
      if (!(value instanceof PyTuple) || value.items.length !== 2) throw typeError("'memo' values must be 2-item tuples");
      const id = PyNumber_Index(value.items[0]);
      memo.set(value.items[1], Number(id));
    }
  } else {
    throw typeError(`'memo' attribute must be a PicklerMemoProxy object or dict, not ${typeOf(obj).tp_name.slice(0, 200)}`);
  }
  P(self).memo = memo;
  P(self).memoCount = memo.size;
}

export const PicklerType = defineBuiltinType({
  name: '_pickle.Pickler',
  doc: 'This takes a binary file for writing a pickle data stream.',
  textSignature: '(file, protocol=None, fix_imports=True, buffer_callback=None)',
  flags: TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC,
  instanceClass: PyPickler,
  alloc: picklerNew,
  slots: { tp_new: (t: PyType) => picklerNew(t), tp_init: picklerInit, tp_getattro: picklerGetattro, tp_setattro: picklerSetattro },
  methods: {
    persistent_id: { sig: '($self, obj, /)', impl: persistentIdDefault },
    dump: { sig: '($self, obj, /)', impl: picklerDump, doc: 'Write a pickled representation of the given object to the open file.' },
    clear_memo: {
      sig: '($self, /)',
      impl: picklerClearMemo,
      doc: 'Clears the pickler\'s "memo".\n\nThe memo is the data structure that remembers which objects the\npickler has already seen, so that shared or recursive objects are\npickled by reference and not by value.  This method is useful when\nre-using picklers.',
    },
    __sizeof__: { sig: '($self, /)', impl: picklerSizeof, doc: 'Returns size in memory, in bytes.' },
  },
  members: {
    bin: { get: (s: PyPickler) => s.bin, set: (s: PyPickler, v: PyValue | null) => void (s.bin = intMember(v)) },
    fast: { get: (s: PyPickler) => s.fast, set: (s: PyPickler, v: PyValue | null) => void (s.fast = intMember(v)) },
    dispatch_table: {
      get: (s: PyPickler) => {
        if (s.dispatchTable === null) throw attributeError(`'${typeOf(s).tp_name}' object has no attribute 'dispatch_table'`);
        return s.dispatchTable;
      },
      set: (s: PyPickler, v: PyValue | null) => {
        if (v === null && s.dispatchTable === null) throw attributeError(`'${typeOf(s).tp_name}' object has no attribute 'dispatch_table'`);
        s.dispatchTable = v;
      },
    },
  },
  getset: {
    memo: { get: (s: PyPickler) => new PyPicklerMemoProxy(s), set: picklerSetMemo },
  },
});

// ---- PicklerMemoProxy ----

class PyPicklerMemoProxy extends PyObject {
  constructor(readonly pickler: PyPickler) {
    super();
  }
}

// CPython: _pickle_PicklerMemoProxy_copy_impl
function picklerMemoCopy(self: PyValue): PyDict {
  const d = new PyDict();
  for (const [key, idx] of (self as PyPicklerMemoProxy).pickler.memo) {
    const obj = key instanceof FreshStr ? key.value : key;
    d.set(PyObject_Id(key instanceof FreshStr ? obj : key), new PyTuple([idx, obj]));
  }
  return d;
}

export const PicklerMemoProxyType = defineBuiltinType({
  name: '_pickle.PicklerMemoProxy',
  flags: TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC,
  instanceClass: PyPicklerMemoProxy,
  slots: { tp_hash: PyObject_HashNotImplemented },
  methods: {
    clear: { sig: '($self, /)', impl: (s: PyPicklerMemoProxy) => void ((s.pickler.memo = new Map()), (s.pickler.memoCount = 0)), doc: 'Remove all items from memo.' },
    copy: { sig: '($self, /)', impl: picklerMemoCopy, doc: 'Copy the memo to a new object.' },
    __reduce__: { sig: '($self, /)', impl: (s: PyValue) => new PyTuple([DictType, new PyTuple([picklerMemoCopy(s)])]), doc: 'Implement pickle support.' },
  },
  attrs: () => ({ __hash__: None }),
});

// ---- Unpickler ----

function U(v: PyValue): PyUnpickler {
  return v as PyUnpickler;
}

function unpicklerNew(type: PyType): PyUnpickler {
  return type === UnpicklerType ? new PyUnpickler() : newHeapInstance(PyUnpickler, type);
}

/** Sets the file's read methods.  CPython: _Unpickler_SetInputStream */
function setInputStream(u: PyUnpickler, file: PyValue): void {
  u.peek = PyObject_LookupAttr(file, 'peek') ?? null;
  u.readinto = PyObject_LookupAttr(file, 'readinto') ?? null;
  u.read = PyObject_LookupAttr(file, 'read') ?? null;
  u.readline = PyObject_LookupAttr(file, 'readline') ?? null;
  if (u.readline === null || u.read === null) {
    u.peek = u.readinto = u.read = u.readline = null;
    throw typeError("file must have 'read' and 'readline' attributes");
  }
}

function strArg(v: PyValue | undefined, dflt: string, fname: string, argname: string, pos: number): string {
  if (v === undefined) return dflt;
  if (!isStrValue(v)) throw typeError(`${fname}() argument '${argname}' must be str, not ${typeOf(v).tp_name}`);
  void pos;
  const s = strValue(v);
  if (s.includes('\0')) throw valueError('embedded null character');
  return s;
}

/** encoding, errors, fix_imports and buffers for an Unpickler or load()/loads(). */
function setOptions(u: PyUnpickler, fname: string, fixImports: PyValue | undefined, encoding: PyValue | undefined, errors: PyValue | undefined, buffers: PyValue | undefined): void {
  u.encoding = strArg(encoding, 'ASCII', fname, 'encoding', 0);
  u.errors = strArg(errors, 'strict', fname, 'errors', 0);
  u.buffers = buffers === undefined || buffers === None ? null : PyObject_GetIter(buffers);
  u.fixImports = boolArg(fixImports, true);
}

// buffers=None stands for CPython's "no buffers given" (NULL), which None also means.
const UNPICKLER_INIT_SIG = parseSignature("($self, /, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None)");

// CPython: _pickle_Unpickler___init___impl
function unpicklerInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const [file, fixImports, encoding, errors, buffers] = bindArguments(UNPICKLER_INIT_SIG, { short: 'Unpickler', funcStr: 'Unpickler()' }, args, kwnames) as (
    | PyValue
    | undefined
  )[];
  const u = U(self);
  if (u.running) throw runtimeErrorReentrant('Unpickler');
  setInputStream(u, file!);
  setOptions(u, 'Unpickler', fixImports, encoding, errors, buffers);
  u.stack = [];
  u.memo = [];
  u.memoLen = 0;
  u.proto = 0;
}

// CPython: _pickle_Unpickler_load_impl
function unpicklerLoad(self: PyValue): PyValue {
  const u = U(self);
  if (u.read === null) throw newException(pickleStateLight().UnpicklingError, [`Unpickler.__init__() was not called by ${typeOf(u).tp_name}.__init__()`]);
  if (u.running) throw runtimeErrorReentrant('Unpickler');
  u.running = true;
  try {
    return load(u);
  } finally {
    u.running = false;
  }
}

function unpicklerPersistentLoad(_self: PyValue, _pid: PyValue): PyValue {
  throw newException(pickleStateLight().UnpicklingError, ['A load persistent id instruction was encountered, but no persistent_load function was specified.']);
}

// CPython: Unpickler_getattr
function unpicklerGetattro(self: PyValue, name: string, suppress: boolean): PyValue | undefined {
  if (name === 'persistent_load') {
    const attr = U(self).persistentLoadAttr;
    if (attr !== null) return attr;
  }
  return PyObject_GenericGetAttr(self, name, suppress);
}

// CPython: Unpickler_setattr
function unpicklerSetattro(self: PyValue, name: string, value: PyValue | null): void {
  if (name === 'persistent_load') {
    U(self).persistentLoadAttr = value;
    return;
  }
  PyObject_GenericSetAttr(self, name, value);
}

// CPython: Unpickler_set_memo
function unpicklerSetMemo(self: PyValue, obj: PyValue | null): void {
  if (obj === null) throw typeError('attribute deletion is not supported');
  const u = U(self);
  if (obj instanceof PyUnpicklerMemoProxy) {
    const memo = obj.unpickler.memo.slice();
    u.memo = memo;
    u.memoLen = memo.filter((v) => v !== undefined).length;
    return;
  }
  if (!(obj instanceof PyDict)) throw typeError(`'memo' attribute must be an UnpicklerMemoProxy object or dict, not ${typeOf(obj).tp_name.slice(0, 200)}`);
  for (let i = obj.next(0); i >= 0; i = obj.next(i + 1)) {
    const key = obj.keys[i];
    if (!isIntValue(key)) throw typeError('memo key must be integers');
    const idx = intValue(key);
    if (typeof idx !== 'number') throw overflowError('Python int too large to convert to C ssize_t');
    if (idx < 0) throw valueError('memo key must be positive integers.');
    // As CPython 3.14 does: the items go into the memo being replaced, which the new (empty) one
    // then replaces; only the count of memoized items (the next MEMOIZE index) keeps them.
    memoPut(u, idx, obj.values[i]);
  }
  u.memo = [];
}

export const UnpicklerType = defineBuiltinType({
  name: '_pickle.Unpickler',
  doc: 'This takes a binary file for reading a pickle data stream.',
  textSignature: "(file, *, fix_imports=True, encoding='ASCII', errors='strict',\n          buffers=())",
  flags: TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC,
  instanceClass: PyUnpickler,
  alloc: unpicklerNew,
  slots: { tp_new: (t: PyType) => unpicklerNew(t), tp_init: unpicklerInit, tp_getattro: unpicklerGetattro, tp_setattro: unpicklerSetattro },
  methods: {
    persistent_load: { sig: '($self, pid, /)', impl: unpicklerPersistentLoad },
    load: {
      sig: '($self, /)',
      impl: unpicklerLoad,
      doc: 'Load a pickle.\n\nRead a pickled object representation from the open file object given\nin the constructor, and return the reconstituted object hierarchy\nspecified therein.',
    },
    find_class: {
      sig: '($self, module_name, global_name, /)',
      impl: (s: PyValue, m: PyValue, g: PyValue) => findClassDefault(U(s), m, g),
      doc: 'Return an object from a specified module.\n\nIf necessary, the module will be imported. Subclasses may override\nthis method (e.g. to restrict unpickling of arbitrary classes and\nfunctions).\n\nThis method is called whenever a class or a function object is\nneeded.  Both arguments passed are str objects.',
    },
    __sizeof__: { sig: '($self, /)', impl: (s: PyUnpickler) => 128 + s.memo.length * 8 + s.marks.length * 8, doc: 'Returns size in memory, in bytes.' },
  },
  getset: {
    memo: { get: (s: PyUnpickler) => new PyUnpicklerMemoProxy(s), set: unpicklerSetMemo },
  },
});

// ---- UnpicklerMemoProxy ----

class PyUnpicklerMemoProxy extends PyObject {
  constructor(readonly unpickler: PyUnpickler) {
    super();
  }
}

// CPython: _pickle_UnpicklerMemoProxy_copy_impl
function unpicklerMemoCopy(self: PyValue): PyDict {
  const d = new PyDict();
  const memo = (self as PyUnpicklerMemoProxy).unpickler.memo;
  for (let i = 0; i < memo.length; i++) {
    const v = memo[i];
    if (v !== undefined) d.set(i, v);
  }
  return d;
}

function unpicklerMemoClear(self: PyValue): PyValue {
  const u = (self as PyUnpicklerMemoProxy).unpickler;
  u.memo = [];
  u.memoLen = 0;
  return None;
}

export const UnpicklerMemoProxyType = defineBuiltinType({
  name: '_pickle.UnpicklerMemoProxy',
  flags: TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC,
  instanceClass: PyUnpicklerMemoProxy,
  slots: { tp_hash: PyObject_HashNotImplemented },
  methods: {
    clear: { sig: '($self, /)', impl: unpicklerMemoClear, doc: 'Remove all items from memo.' },
    copy: { sig: '($self, /)', impl: unpicklerMemoCopy, doc: 'Copy the memo to a new object.' },
    __reduce__: { sig: '($self, /)', impl: (s: PyValue) => new PyTuple([DictType, new PyTuple([unpicklerMemoCopy(s)])]), doc: 'Implement pickling support.' },
  },
  attrs: () => ({ __hash__: None }),
});

// ---- module functions ----

// CPython: _pickle_dump_impl
function pickleDump(_m: PyValue, obj: PyValue, file: PyValue, protocol: PyValue, fixImports: PyValue, bufferCallback: PyValue): PyValue {
  const p = new PyPickler();
  setProtocol(p, protocol, boolArg(fixImports, true));
  const write = PyObject_LookupAttr(file, 'write');
  if (write === undefined) throw typeError("file must have a 'write' attribute");
  p.write = write;
  p.out.write = write;
  setBufferCallback(p, bufferCallback);
  dump(p, obj);
  p.out.flushToFile();
  return None;
}

// CPython: _pickle_dumps_impl
function pickleDumps(_m: PyValue, obj: PyValue, protocol: PyValue, fixImports: PyValue, bufferCallback: PyValue): PyValue {
  const p = new PyPickler();
  setProtocol(p, protocol, boolArg(fixImports, true));
  setBufferCallback(p, bufferCallback);
  dump(p, obj);
  return p.out.getBytes();
}

// CPython: _pickle_load_impl
function pickleLoad(_m: PyValue, file: PyValue, fixImports: PyValue, encoding: PyValue, errors: PyValue, buffers: PyValue): PyValue {
  const u = new PyUnpickler();
  setInputStream(u, file);
  setOptions(u, 'load', fixImports, encoding, errors, buffers);
  return load(u);
}

// CPython: _pickle_loads_impl
function pickleLoads(_m: PyValue, data: PyValue, fixImports: PyValue, encoding: PyValue, errors: PyValue, buffers: PyValue): PyValue {
  const u = new PyUnpickler();
  setStringInput(u, data);
  setOptions(u, 'loads', fixImports, encoding, errors, buffers);
  return load(u);
}

export const pickleModule = defineModule({
  name: '_pickle',
  doc: 'Optimized C implementation for the Python pickle module.',
  functions: {
    dump: {
      sig: '($module, /, obj, file, protocol=None, *, fix_imports=True, buffer_callback=None)',
      textSignature: '($module, /, obj, file, protocol=None, *, fix_imports=True,\n      buffer_callback=None)',
      impl: pickleDump,
      doc: 'Write a pickled representation of obj to the open file object file.\n\nThis is equivalent to ``Pickler(file, protocol).dump(obj)``, but may\nbe more efficient.',
    },
    dumps: {
      sig: '($module, /, obj, protocol=None, *, fix_imports=True, buffer_callback=None)',
      textSignature: '($module, /, obj, protocol=None, *, fix_imports=True,\n      buffer_callback=None)',
      impl: pickleDumps,
      doc: 'Return the pickled representation of the object as a bytes object.',
    },
    load: {
      sig: "($module, /, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None)",
      textSignature: "($module, /, file, *, fix_imports=True, encoding='ASCII',\n      errors='strict', buffers=())",
      impl: pickleLoad,
      doc: 'Read and return an object from the pickle data stored in a file.\n\nThis is equivalent to ``Unpickler(file).load()``, but may be more\nefficient.',
    },
    loads: {
      sig: "($module, data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None)",
      textSignature: "($module, data, /, *, fix_imports=True, encoding='ASCII',\n      errors='strict', buffers=())",
      impl: pickleLoads,
      doc: 'Read and return an object from the given pickle data.',
    },
  },
  constants: () => {
    const T = SAVE_TYPES;
    T.dict = DictType;
    T.list = ListType;
    T.tuple = TupleType;
    T.set = SetType;
    T.frozenset = FrozenSetType;
    T.float = FloatType;
    T.bytes = BytesType;
    T.bytearray = ByteArrayType;
    T.type = TypeType;
    T.function = FunctionType;
    T.NoneType = NoneType;
    T.EllipsisType = EllipsisType;
    T.NotImplementedType = NotImplementedType;
    T.picklebuffer = PickleBufferType;
    const st = newPickleState();
    return {
      PickleBuffer: PickleBufferType,
      Pickler: PicklerType,
      Unpickler: UnpicklerType,
      PickleError: st.PickleError,
      PicklingError: st.PicklingError,
      UnpicklingError: st.UnpicklingError,
    };
  },
});
