// The abstract bases of the I/O hierarchy: _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, and
// helpers the concrete classes share (closed checks, UnsupportedOperation, argument conversions,
// the registry of writers with pending data).  CPython: Modules/_io/iobase.c, bufferedio.c
// (BufferedIOBase), textio.c (TextIOBase), _iomodule.c
import { simpleBuffer, simpleBufferOrNull } from '../../objects/bytes/buffer.ts';
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyList } from '../../objects/list.ts';
import { PyBytes } from '../../objects/bytes.ts';
import {
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_GetAttr,
  PyObject_LookupAttr,
  PyObject_SetAttr,
  PyObject_IsTrue,
  PyObject_GetIter,
  PyObject_Length,
  PyIter_Next,
  PyNumber_AsSsize_t,
  PyObject_Repr,
} from '../../objects/abstract.ts';
import { writeUnraisable } from '../sys.ts';
import * as E from '../../objects/exceptions.ts';
import { typeName, TypeType } from '../../objects/typeobject.ts';
import { interp, type Interpreter } from '../../vm/interpreter.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { tracked, trackObject, untrackObject, trackNative, untrackNative, nativeCollect, nativeTracked } from '../../vm/gc-state.ts';
import { collectNative } from '../../vm/finalize.ts';

type V = PyValue;

/** CPython: DEFAULT_BUFFER_SIZE (128 KiB since 3.14). */
export const DEFAULT_BUFFER_SIZE = 128 * 1024;

/** The JS class of every I/O object: instances have a __dict__ (as CPython's do). */
export class PyIOBase extends PyObject {
  ob_dict: PyDict | null = new PyDict();
}

// ---- UnsupportedOperation (one class per interpreter, made by type(), as _io's init does) ----

const unsupportedTypes = new WeakMap<Interpreter, PyType>();

/** io.UnsupportedOperation: class UnsupportedOperation(OSError, ValueError), __module__ 'io'. */
export function unsupportedOperationType(): PyType {
  const ip = interp();
  let t = unsupportedTypes.get(ip);
  if (t === undefined) {
    const ns = new PyDict();
    ns.setStr('__module__', 'io');
    t = PyObject_Call(TypeType, ['UnsupportedOperation', new PyTuple([E.PyExc_OSError, E.PyExc_ValueError]), ns]) as PyType;
    unsupportedTypes.set(ip, t);
  }
  return t;
}

export function unsupported(message: string): PyValue {
  return E.newException(unsupportedOperationType(), [message]);
}

export function closedFileError(): PyValue {
  return E.valueError('I/O operation on closed file.');
}

// ---- argument conversions ----

/** Py_ssize_t(accept={int, NoneType}): None is -1.  CPython: _Py_convert_optional_to_ssize_t */
export function optSize(v: V | undefined): number {
  if (v === undefined || v === None) return -1;
  if (typeOf(v).nb_index === null && typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
    throw E.typeError(`argument should be integer or None, not '${typeName(typeOf(v))}'`);
  }
  return PyNumber_AsSsize_t(v, true, false);
}

/** Py_ssize_t argument (no None). */
export function ssize(v: V | undefined, dflt = -1): number {
  if (v === undefined) return dflt;
  return PyNumber_AsSsize_t(v, true, false);
}

export function bytesOf(v: V): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  return bufferArg(v, false);
}

/** The bytes of a bytes-like argument (writable: a live view of a bytearray/memoryview). */
export function bufferArg(v: V, writable: boolean, argName = 'argument'): Uint8Array {
  if (v instanceof PyBytes && !writable) return v.data;
  if (typeof v === 'object' && !(v instanceof PyBytes)) {
    // A strided memoryview is refused: BufferError for a read-only request (PyBUF_SIMPLE), the
    // TypeError below for a writable one (the "w*" converter).
    const b = writable ? simpleBufferOrNull(v) : simpleBuffer(v);
    if (b !== null) return b;
  }
  if (writable) throw E.typeError(`readinto() ${argName} must be read-write bytes-like object, not ${typeName(typeOf(v))}`);
  throw E.typeError(`a bytes-like object is required, not '${typeName(typeOf(v))}'`);
}

// ---- finalization of exact I/O objects ----
// CPython closes an unclosed file when its last reference goes (warning "unclosed file" and
// flushing what is buffered). Instances of Python subclasses are observable objects (their class
// has __del__). An exact object over Python code (a BufferedWriter over a raw stream written in
// Python, a TextIOWrapper over an observable buffer) is made observable too: when it dies is
// visible. An exact object over native ones only (open()'s FileIO, buffer and wrapper) is
// finalized at collections (gc.collect(), exit, a pass when many were dropped unclosed), which
// costs the evaluation loop nothing.

/** The exact native I/O types (each file adds its own). */
const exactIOTypes = new Set<PyType>();

export function registerExactIOType(t: PyType): void {
  exactIOTypes.add(t);
}

/** Registers a new exact I/O object wrapping `inner` (null: none) for finalization. */
export function trackIO(self: object, inner: V | null): void {
  if (!exactIOTypes.has(typeOf(self as V))) return;
  if (inner !== null && typeof inner === 'object' && (tracked.has(inner) || !exactIOTypes.has(typeOf(inner)))) trackObject(self);
  else trackNative(self);
}

/** A closed or detached exact I/O object has nothing left to finalize. */
export function untrackIO(self: object): void {
  if (!exactIOTypes.has(typeOf(self as V))) return;
  untrackObject(self);
  untrackNative(self);
}

/**
 * Finalizes the dropped native files once many have accumulated (open() calls it before it makes
 * anything), or at once when `force` (the system is out of descriptors).
 */
export function maybeCollectFiles(force = false): boolean {
  if (!force && nativeTracked.size < nativeCollect.threshold) return false;
  const before = nativeTracked.size;
  collectNative(force);
  return nativeTracked.size < before;
}

// ---- exception chaining ----

/**
 * `second` was raised while `first` was pending: it becomes second's __context__ (and its
 * __cause__ too when `asCause`), and second is what propagates.  Errors that are not Python
 * exceptions pass through unchanged.
 * CPython: Python/errors.c _PyErr_ChainExceptions1, _PyErr_FormatFromCause
 */
export function chainExceptions(first: unknown, second: unknown, asCause = false): unknown {
  if (!(first instanceof E.PyBaseException) || !(second instanceof E.PyBaseException) || first === second) return second;
  second.context = first;
  if (asCause) {
    second.cause = first;
    second.suppressContext = true;
  }
  // Its context is settled: the loop must not replace it with the exception being handled.
  second.chained = true;
  return second;
}

// ---- shared behaviour ----

/** Whether an _IOBase's own closed flag is set.  CPython: iobase_is_closed */
export function iobaseIsClosed(self: V): boolean {
  return PyObject_LookupAttr(self, '__IOBase_closed') !== undefined;
}

/** Raises ValueError if self.closed is true.  CPython: iobase_check_closed */
export function checkClosed(self: V): void {
  const c = PyObject_LookupAttr(self, 'closed');
  if (c !== undefined && PyObject_IsTrue(c)) throw closedFileError();
}

function checkBool(self: V, method: string, message: string): V {
  const r = PyObject_CallMethod(self, method, []);
  if (r !== true) throw unsupported(message);
  return r;
}

export function checkReadable(self: V): V {
  return checkBool(self, 'readable', 'File or stream is not readable.');
}

export function checkWritable(self: V): V {
  return checkBool(self, 'writable', 'File or stream is not writable.');
}

export function checkSeekable(self: V): V {
  return checkBool(self, 'seekable', 'File or stream is not seekable.');
}

/** __getstate__ of objects that cannot be pickled.  CPython: _PyIOBase_cannot_pickle */
export function cannotPickle(self: V): never {
  throw E.typeError(`cannot pickle '${typeName(typeOf(self))}' instances`);
}

// ---- writers with pending data ----
// CPython writes a buffered file's data out when the object is deallocated, which reference counting
// makes immediate (`open(p, 'w').write(s)` reaches the file at once). JavaScript's collector gives no
// such moment, so writers with pending data register here and are flushed before any file is
// opened or examined by path, and when the interpreter exits.
// Differs from CPython: an unclosed, unreferenced writer's data reaches the file at the next open()
// or os call rather than at once.

export interface PendingWriter {
  flushPending(): void;
}

const pendingWriters = new Set<PendingWriter>();

export function markPending(w: PendingWriter): void {
  pendingWriters.add(w);
}

export function clearPending(w: PendingWriter): void {
  pendingWriters.delete(w);
}

/** Flushes every writer with pending data (errors are ignored, as at deallocation). */
export function flushPendingWriters(): void {
  if (pendingWriters.size === 0) return;
  for (const w of [...pendingWriters]) {
    try {
      w.flushPending();
    } catch {
      // As CPython's finalizer: errors while flushing an abandoned file are not raised here.
    }
    pendingWriters.delete(w);
  }
}

// ---- _IOBase ----

function iobaseSeek(): V {
  throw unsupported('seek');
}

function iobaseTell(self: V): V {
  return PyObject_CallMethod(self, 'seek', [0, 1]);
}

function iobaseTruncate(): V {
  throw unsupported('truncate');
}

function iobaseFlush(self: V): V {
  if (iobaseIsClosed(self)) throw closedFileError();
  return None;
}

/** _IOBase.close: flush, then set the closed flag (even if flush failed).  CPython: _io__IOBase_close_impl */
function iobaseClose(self: V): V {
  if (iobaseIsClosed(self)) return None;
  let err: unknown = null;
  try {
    PyObject_CallMethod(self, 'flush', []);
  } catch (e) {
    err = e;
  }
  PyObject_SetAttr(self, '__IOBase_closed', true);
  if (err !== null) throw err;
  return None;
}

function iobaseEnter(self: V): V {
  checkClosed(self);
  return self;
}

function iobaseExit(self: V): V {
  return PyObject_CallMethod(self, 'close', []);
}

function iobaseIsatty(self: V): V {
  checkClosed(self);
  return false;
}

/** The generic readline() over peek() and read().  CPython: _io__IOBase_readline_impl */
function iobaseReadline(self: V, size: V): V {
  const limit = optSize(size);
  const peek = PyObject_LookupAttr(self, 'peek');
  const chunks: Uint8Array[] = [];
  let total = 0;
  let last = -1;
  while (limit < 0 || total < limit) {
    let nreadahead = 1;
    if (peek !== undefined) {
      const ahead = PyObject_Call(peek, [1]);
      if (!(ahead instanceof PyBytes)) {
        throw E.newException(E.PyExc_OSError, [`peek() should have returned a bytes object, not '${typeName(typeOf(ahead))}'`]);
      }
      const buf = ahead.data;
      if (buf.length > 0) {
        let n = 0;
        for (;;) {
          if (n >= buf.length || (limit >= 0 && n >= limit)) break;
          if (buf[n++] === 0x0a) break;
        }
        nreadahead = n;
      }
    }
    const b = PyObject_CallMethod(self, 'read', [nreadahead]);
    if (!(b instanceof PyBytes)) {
      throw E.newException(E.PyExc_OSError, [`read() should have returned a bytes object, not '${typeName(typeOf(b))}'`]);
    }
    if (b.data.length === 0) break;
    chunks.push(b.data);
    total += b.data.length;
    last = b.data[b.data.length - 1];
    if (last === 0x0a) break;
  }
  return new PyBytes(concatBytes(chunks, total));
}

export function concatBytes(chunks: readonly Uint8Array[], total?: number): Uint8Array {
  if (chunks.length === 1) return chunks[0].slice();
  let n = total ?? 0;
  if (total === undefined) for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

function iobaseIter(self: V): V {
  checkClosed(self);
  return self;
}

function iobaseIternext(self: V): V | undefined {
  const line = PyObject_CallMethod(self, 'readline', []);
  if (PyObject_Length(line) <= 0) return undefined;
  return line;
}

/** CPython: _io__IOBase_readlines_impl */
function iobaseReadlines(self: V, hintArg: V): V {
  const hint = optSize(hintArg);
  const result = new PyList([]);
  if (hint <= 0) {
    PyObject_CallMethod(result, 'extend', [self]);
    return result;
  }
  const it = PyObject_GetIter(self);
  let length = 0;
  for (;;) {
    const line = PyIter_Next(it);
    if (line === undefined) break;
    result.items.push(line);
    const n = PyObject_Length(line);
    if (n > hint - length) break;
    length += n;
  }
  return result;
}

function iobaseWritelines(self: V, lines: V): V {
  checkClosed(self);
  const it = PyObject_GetIter(lines);
  for (;;) {
    const line = PyIter_Next(it);
    if (line === undefined) break;
    PyObject_CallMethod(self, 'write', [line]);
  }
  return None;
}

/**
 * An unclosed stream is closed when it dies (vm/finalize.ts calls this through __del__ for Python
 * subclasses); close()'s errors are reported as unraisable.  CPython: iobase_finalize
 */
function iobaseFinalize(self: V): void {
  let closed: boolean | null;
  try {
    const c = PyObject_LookupAttr(self, 'closed');
    closed = c === undefined ? null : PyObject_IsTrue(c);
  } catch {
    closed = null;
  }
  if (closed !== false) return;
  try {
    PyObject_SetAttr(self, '_finalizing', true);
  } catch {
    // ignored, as CPython does
  }
  try {
    PyObject_CallMethod(self, 'close', []);
  } catch (e) {
    let r: string;
    try {
      r = PyObject_Repr(self);
    } catch {
      r = '<object repr() failed>';
    }
    writeUnraisable(e, None, `Exception ignored while finalizing file ${r}`);
  }
}

function newIOBase(type: PyType): PyObject {
  return type === IOBaseType ? new PyIOBase() : newHeapInstance(PyIOBase, type);
}

export const IOBaseType = defineBuiltinType({
  name: '_io._IOBase',
  doc: 'The abstract base class of all I/O classes.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyIOBase,
  instanceHasDict: true,
  weakrefable: true,
  alloc: newIOBase,
  slots: { tp_iter: iobaseIter, tp_iternext: iobaseIternext, tp_finalize: iobaseFinalize },
  methods: {
    seek: { sig: '($self, offset, whence=os.SEEK_SET, /)', impl: iobaseSeek, doc: 'Change the stream position (not supported here).' },
    tell: { sig: '($self, /)', impl: iobaseTell, doc: 'Return the current stream position.' },
    truncate: { sig: '($self, size=None, /)', impl: iobaseTruncate, doc: 'Truncate the file to size bytes (not supported here).' },
    flush: { sig: '($self, /)', impl: iobaseFlush, doc: 'Flush write buffers, if any.' },
    close: { sig: '($self, /)', impl: iobaseClose, doc: 'Flush and close the stream; closing twice does nothing.' },
    seekable: { sig: '($self, /)', impl: () => false, doc: 'Whether the stream supports random access.' },
    readable: { sig: '($self, /)', impl: () => false, doc: 'Whether the stream was opened for reading.' },
    writable: { sig: '($self, /)', impl: () => false, doc: 'Whether the stream was opened for writing.' },
    _checkClosed: { sig: '($self, /)', impl: (s: V) => (checkClosed(s), None) },
    _checkSeekable: { sig: '($self, /)', impl: checkSeekable },
    _checkReadable: { sig: '($self, /)', impl: checkReadable },
    _checkWritable: { sig: '($self, /)', impl: checkWritable },
    fileno: { sig: '($self, /)', impl: () => unsupportedFileno(), doc: 'The underlying file descriptor, if there is one.' },
    isatty: { sig: '($self, /)', impl: iobaseIsatty, doc: 'Whether the stream is interactive.' },
    __enter__: { sig: '($self, /)', impl: iobaseEnter },
    __exit__: { sig: '($self, *args)', impl: iobaseExit },
    readline: { sig: '($self, size=-1, /)', impl: iobaseReadline, doc: 'Read and return one line (at most size bytes).' },
    readlines: { sig: '($self, hint=-1, /)', impl: iobaseReadlines, doc: 'Read and return a list of lines.' },
    writelines: { sig: '($self, lines, /)', impl: iobaseWritelines, doc: 'Write each string of an iterable; no line separators are added.' },
  },
  getset: {
    __dict__: { get: (s: PyIOBase) => (s.ob_dict ??= new PyDict()) },
    closed: { get: (s: V) => iobaseIsClosed(s) },
  },
});

function unsupportedFileno(): V {
  throw unsupported('fileno');
}

// ---- _RawIOBase ----

/** read(size) through readinto().  CPython: _io__RawIOBase_read_impl */
function rawiobaseRead(self: V, size: V): V {
  const n = ssize(size);
  if (n < 0) return PyObject_CallMethod(self, 'readall', []);
  const b = newByteArray(n);
  const res = PyObject_CallMethod(self, 'readinto', [b]);
  if (res === None) return res;
  const filled = PyNumber_AsSsize_t(res, true, false);
  if (filled < 0 || filled > n) throw E.valueError(`readinto returned ${filled} outside buffer size ${n}`);
  return new PyBytes(bufferArg(b, true).slice(0, filled));
}

/** A bytearray of n zero bytes (through the type, whoever implements it). */
export function newByteArray(n: number): V {
  const builtins = interp().builtinsDict;
  return PyObject_Call(builtins.getStr('bytearray')!, [n]);
}

/** CPython: _io__RawIOBase_readall_impl */
function rawiobaseReadall(self: V): V {
  const chunks: Uint8Array[] = [];
  for (;;) {
    const data = PyObject_CallMethod(self, 'read', [DEFAULT_BUFFER_SIZE]);
    if (data === None) {
      if (chunks.length === 0) return data;
      break;
    }
    if (!(data instanceof PyBytes)) throw E.typeError('read() should return bytes');
    if (data.data.length === 0) break;
    chunks.push(data.data);
  }
  return new PyBytes(chunks.length === 0 ? new Uint8Array(0) : concatBytes(chunks));
}

export const RawIOBaseType = defineBuiltinType({
  name: '_io._RawIOBase',
  doc: 'The base class of raw binary I/O.',
  flags: TPFLAGS.BASETYPE,
  base: () => IOBaseType,
  methods: {
    read: { sig: '($self, size=-1, /)', impl: rawiobaseRead },
    readall: { sig: '($self, /)', impl: rawiobaseReadall, doc: 'Read until EOF, with as many read() calls as needed.' },
    readinto: { sig: '($self, *args)', impl: () => { throw E.newException(E.PyExc_NotImplementedError, []); } },
    write: { sig: '($self, *args)', impl: () => { throw E.newException(E.PyExc_NotImplementedError, []); } },
  },
});

// ---- _BufferedIOBase ----

function bufferedReadintoGeneric(self: V, buffer: V, read1: boolean): V {
  const buf = bufferArg(buffer, true);
  const data = PyObject_CallMethod(self, read1 ? 'read1' : 'read', [buf.length]);
  if (!(data instanceof PyBytes)) throw E.typeError('read() should return bytes');
  const n = data.data.length;
  if (n > buf.length) throw E.valueError(`read() returned too much data: ${buf.length} bytes requested, ${n} returned`);
  buf.set(data.data);
  return n;
}

export const BufferedIOBaseType = defineBuiltinType({
  name: '_io._BufferedIOBase',
  doc: 'The base class of buffered binary I/O.',
  flags: TPFLAGS.BASETYPE,
  base: () => IOBaseType,
  methods: {
    detach: { sig: '($self, /)', impl: () => { throw unsupported('detach'); } },
    read: { sig: '($self, size=-1, /)', impl: () => { throw unsupported('read'); } },
    read1: { sig: '($self, size=-1, /)', impl: () => { throw unsupported('read1'); } },
    readinto: { sig: '($self, buffer, /)', impl: (s: V, b: V) => bufferedReadintoGeneric(s, b, false) },
    readinto1: { sig: '($self, buffer, /)', impl: (s: V, b: V) => bufferedReadintoGeneric(s, b, true) },
    write: { sig: '($self, b, /)', impl: () => { throw unsupported('write'); } },
  },
});

// ---- _TextIOBase ----

export const TextIOBaseType = defineBuiltinType({
  name: '_io._TextIOBase',
  doc: 'The base class of text I/O.',
  flags: TPFLAGS.BASETYPE,
  base: () => IOBaseType,
  methods: {
    detach: { sig: '($self, /)', impl: () => { throw unsupported('detach'); } },
    read: { sig: '($self, size=-1, /)', impl: () => { throw unsupported('read'); } },
    readline: { sig: '($self, size=-1, /)', impl: () => { throw unsupported('readline'); } },
    write: { sig: '($self, s, /)', impl: () => { throw unsupported('write'); } },
  },
  getset: {
    encoding: { get: () => None },
    newlines: { get: () => None },
    errors: { get: () => None },
  },
});

void PyObject_GetAttr;
