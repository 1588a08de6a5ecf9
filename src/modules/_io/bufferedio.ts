// _io.BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair: buffering over a raw stream.
// CPython: Modules/_io/bufferedio.c
//
// The read buffer and the write buffer are kept apart (as _pyio does) rather than sharing one block
// as bufferedio.c does; the raw calls made, the positions reported and the errors are CPython's.
// When the raw stream is an exact FileIO, its descriptor is used directly instead of calling its
// methods (CPython's fast_closed_checks does the same for the closed test).
import { None, type PyValue } from '../../objects/object.ts';
import { PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { PyBytes } from '../../objects/bytes.ts';
import {
  PyObject_CallMethod,
  PyObject_GetAttr,
  PyObject_LookupAttr,
  PyObject_IsTrue,
  PyObject_Repr,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject_Call,
} from '../../objects/abstract.ts';
import { isIntValue } from '../../objects/boxes.ts';
import * as E from '../../objects/exceptions.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { enterRepr, leaveRepr } from '../../objects/repr-guard.ts';
import { interp } from '../../vm/interpreter.ts';
import { HostError } from '../../runtime/host.ts';
import { osError } from '../posix/args.ts';
import {
  PyIOBase,
  BufferedIOBaseType,
  DEFAULT_BUFFER_SIZE,
  unsupported,
  optSize,
  bufferArg,
  checkReadable,
  checkWritable,
  checkSeekable,
  newByteArray,
  markPending,
  clearPending,
  concatBytes,
  type PendingWriter,
} from './iobase.ts';
import { PyFileIO, FileIOType, initWith } from './fileio.ts';

type V = PyValue;
const EMPTY = new Uint8Array(0);

export class PyBuffered extends PyIOBase implements PendingWriter {
  ok = false;
  detached = false;
  raw: V = None;
  /** The raw stream when it is an exact FileIO (its descriptor is used directly). */
  file: PyFileIO | null = null;
  readable = false;
  writable = false;
  bufferSize = DEFAULT_BUFFER_SIZE;
  /** Read-ahead: rbuf[rpos, rend) is buffered and not yet returned. */
  rbuf: Uint8Array = EMPTY;
  rpos = 0;
  rend = 0;
  /** Pending writes: wbuf[0, wlen). */
  wbuf: Uint8Array = EMPTY;
  wlen = 0;
  finalizing = false;

  flushPending(): void {
    if (this.ok && this.wlen > 0) flushWriteBuffer(this);
  }
}

function S(s: V): PyBuffered {
  const b = s as PyBuffered;
  if (!b.ok) {
    if (b.detached) throw E.valueError('raw stream has been detached');
    throw E.valueError('I/O operation on uninitialized object');
  }
  return b;
}

function readahead(self: PyBuffered): number {
  return self.rend - self.rpos;
}

function isClosed(self: PyBuffered): boolean {
  if (self.file !== null) return self.file.fd < 0;
  return PyObject_IsTrue(PyObject_GetAttr(self.raw, 'closed'));
}

function checkClosedMsg(self: PyBuffered, msg: string): void {
  if (isClosed(self) && readahead(self) === 0) throw E.valueError(msg);
}

// ---- raw calls ----

function host() {
  return interp().host;
}

/** One raw read of up to n bytes: the bytes, or null if it would block.  CPython: _bufferedreader_raw_read */
function rawRead(self: PyBuffered, n: number): Uint8Array | null {
  const f = self.file;
  if (f !== null && typeOf(self.raw) === FileIOType) {
    if (f.fd < 0) throw E.valueError('I/O operation on closed file');
    if (!f.readable) throw unsupported('File not open for reading');
    try {
      return host().read(f.fd, n);
    } catch (e) {
      if (e instanceof HostError && e.errno === 11) return null;
      throw osError(e);
    }
  }
  const ba = newByteArray(n);
  const res = PyObject_CallMethod(self.raw, 'readinto', [ba]);
  if (res === None) return null;
  const got = PyNumber_AsSsize_t(res, true, false);
  if (got < 0 || got > n) {
    throw E.newException(E.PyExc_OSError, [`raw readinto() returned invalid length ${got} (should have been between 0 and ${n})`]);
  }
  return bufferArg(ba, true).slice(0, got);
}

/** One raw write: bytes written, or null if it would block.  CPython: _bufferedwriter_raw_write */
function rawWrite(self: PyBuffered, data: Uint8Array): number | null {
  const f = self.file;
  if (f !== null && typeOf(self.raw) === FileIOType) {
    if (f.fd < 0) throw E.valueError('I/O operation on closed file');
    if (!f.writable) throw unsupported('File not open for writing');
    try {
      return host().write(f.fd, data);
    } catch (e) {
      if (e instanceof HostError && e.errno === 11) return null;
      throw osError(e);
    }
  }
  const res = PyObject_CallMethod(self.raw, 'write', [new PyBytes(data)]);
  if (res === None) return null;
  const n = PyNumber_AsSsize_t(res, true, false);
  if (n < 0 || n > data.length) {
    throw E.newException(E.PyExc_OSError, [`raw write() returned invalid length ${n} (should have been between 0 and ${data.length})`]);
  }
  return n;
}

function checkPosition(n: V): number {
  const v = Number(PyNumber_Index(n));
  if (v < 0) throw E.newException(E.PyExc_OSError, [`Raw stream returned invalid position ${v}`]);
  return v;
}

function rawSeek(self: PyBuffered, pos: number, whence: number): number {
  const f = self.file;
  if (f !== null && typeOf(self.raw) === FileIOType && f.fd >= 0) {
    try {
      return host().lseek(f.fd, pos, whence);
    } catch (e) {
      throw osError(e);
    }
  }
  return checkPosition(PyObject_CallMethod(self.raw, 'seek', [pos, whence]));
}

function rawTell(self: PyBuffered): number {
  const f = self.file;
  if (f !== null && typeOf(self.raw) === FileIOType && f.fd >= 0) {
    try {
      return host().lseek(f.fd, 0, 1);
    } catch (e) {
      throw osError(e);
    }
  }
  return checkPosition(PyObject_CallMethod(self.raw, 'tell', []));
}

function blockingError(msg: string, written: number): PyValue {
  return PyObject_Call(E.PyExc_BlockingIOError, [11, msg, written]);
}

// ---- writing ----

/** Writes out the whole write buffer.  CPython: _bufferedwriter_flush_unlocked */
function flushWriteBuffer(self: PyBuffered): void {
  let pos = 0;
  try {
    while (pos < self.wlen) {
      const n = rawWrite(self, self.wbuf.subarray(pos, self.wlen));
      if (n === null) throw blockingError('write could not complete without blocking', 0);
      pos += n;
    }
  } finally {
    // What was written is gone from the buffer, even when a later write failed.
    if (pos >= self.wlen) self.wlen = 0;
    else if (pos > 0) {
      self.wbuf.copyWithin(0, pos, self.wlen);
      self.wlen -= pos;
    }
    if (self.wlen === 0) clearPending(self);
  }
}

/** Flush, and bring the raw position back to the logical one.  CPython: buffered_flush_and_rewind_unlocked */
function flushAndRewind(self: PyBuffered): void {
  flushWriteBuffer(self);
  if (self.readable) {
    const n = readahead(self);
    if (n !== 0) rawSeek(self, -n, 1);
    self.rpos = self.rend = 0;
  }
}

export function bufferedWriteData(self: PyBuffered, data: Uint8Array): number {
  if (isClosed(self)) throw E.valueError('write to closed file');
  // Writing after reading (BufferedRandom): move the raw stream back to the logical position.
  if (self.readable && readahead(self) > 0) {
    rawSeek(self, -readahead(self), 1);
    self.rpos = self.rend = 0;
  }
  const len = data.length;
  if (self.wbuf.length === 0) self.wbuf = new Uint8Array(self.bufferSize);
  if (len <= self.bufferSize - self.wlen && len < self.bufferSize) {
    self.wbuf.set(data, self.wlen);
    self.wlen += len;
    if (self.wlen > 0) markPending(self);
    return len;
  }
  flushWriteBuffer(self);
  let written = 0;
  let remaining = len;
  while (remaining >= self.bufferSize) {
    const n = rawWrite(self, data.subarray(written));
    if (n === null) {
      if (remaining > self.bufferSize) {
        self.wbuf.set(data.subarray(written, written + self.bufferSize));
        self.wlen = self.bufferSize;
        markPending(self);
        throw blockingError('write could not complete without blocking', written + self.bufferSize);
      }
      break;
    }
    written += n;
    remaining -= n;
  }
  if (remaining > 0) {
    self.wbuf.set(data.subarray(written), 0);
    self.wlen = remaining;
    markPending(self);
  }
  return len;
}

function bufferedWrite(s: V, b: V): V {
  const self = S(s);
  return bufferedWriteData(self, bufferArg(b, false));
}

function bufferedFlush(s: V): V {
  const self = S(s);
  checkClosedMsg(self, 'flush of closed file');
  flushAndRewind(self);
  return None;
}

// ---- reading ----

function fillBuffer(self: PyBuffered): number | null {
  if (self.rbuf.length === 0) self.rbuf = new Uint8Array(self.bufferSize);
  const data = rawRead(self, self.bufferSize);
  self.rpos = 0;
  if (data === null) {
    self.rend = 0;
    return null;
  }
  self.rbuf.set(data);
  self.rend = data.length;
  return data.length;
}

function takeBuffered(self: PyBuffered, n: number): Uint8Array {
  const out = self.rbuf.slice(self.rpos, self.rpos + n);
  self.rpos += n;
  return out;
}

/** read(-1).  CPython: _bufferedreader_read_all */
function readAll(self: PyBuffered): V {
  const have = readahead(self);
  const first = have > 0 ? takeBuffered(self, have) : null;
  if (self.writable) flushAndRewind(self);
  self.rpos = self.rend = 0;
  if (self.file !== null && typeOf(self.raw) === FileIOType) {
    const rest = PyObject_CallMethod(self.raw, 'readall', []);
    if (first === null) return rest;
    return new PyBytes(rest === None ? first : concatBytes([first, (rest as PyBytes).data]));
  }
  const readall = PyObject_LookupAttr(self.raw, 'readall');
  if (readall !== undefined) {
    const rest = PyObject_Call(readall, []);
    if (rest !== None && !(rest instanceof PyBytes)) throw E.typeError('readall() should return bytes');
    if (first === null) return rest;
    return new PyBytes(rest === None ? first : concatBytes([first, (rest as PyBytes).data]));
  }
  const chunks: Uint8Array[] = first === null ? [] : [first];
  for (;;) {
    const data = PyObject_CallMethod(self.raw, 'read', []);
    if (data !== None && !(data instanceof PyBytes)) throw E.typeError('read() should return bytes');
    if (data === None || (data as PyBytes).data.length === 0) {
      if (chunks.length === 0) return data;
      return new PyBytes(concatBytes(chunks));
    }
    chunks.push((data as PyBytes).data);
  }
}

/** read(n) for n >= 0.  CPython: _bufferedreader_read_generic */
function readGeneric(self: PyBuffered, n: number): V {
  const have = readahead(self);
  if (n <= have) return new PyBytes(takeBuffered(self, n));
  const out = new Uint8Array(n);
  let written = 0;
  if (have > 0) {
    out.set(self.rbuf.subarray(self.rpos, self.rend));
    written = have;
    self.rpos = self.rend;
  }
  if (self.writable) flushAndRewind(self);
  self.rpos = self.rend = 0;
  let remaining = n - written;
  // Whole blocks go straight into the result.
  while (remaining > 0) {
    const r = remaining - (remaining % self.bufferSize);
    if (r === 0) break;
    const data = rawRead(self, r);
    if (data === null || data.length === 0) {
      if (data !== null || written > 0) return new PyBytes(out.slice(0, written));
      return None;
    }
    out.set(data, written);
    written += data.length;
    remaining -= data.length;
  }
  // The rest through the buffer, without reading more than needed.
  while (remaining > 0) {
    const r = fillBuffer(self);
    if (r === null || r === 0) {
      if (r === 0 || written > 0) return new PyBytes(out.slice(0, written));
      return None;
    }
    const k = Math.min(r, remaining);
    out.set(self.rbuf.subarray(0, k), written);
    self.rpos = k;
    written += k;
    remaining -= k;
  }
  return new PyBytes(out);
}

export function bufferedRead(s: V, size: V): V {
  const self = S(s);
  const n = optSize(size);
  if (n < -1) throw E.valueError('read length must be non-negative or -1');
  checkClosedMsg(self, 'read of closed file');
  if (n === -1) return readAll(self);
  return readGeneric(self, n);
}

export function bufferedRead1(s: V, size: V): V {
  const self = S(s);
  let n = size === undefined ? -1 : PyNumber_AsSsize_t(size, true, false);
  if (n < 0) n = self.bufferSize;
  checkClosedMsg(self, 'read of closed file');
  if (n === 0) return new PyBytes(new Uint8Array(0));
  const have = readahead(self);
  if (have > 0) return new PyBytes(takeBuffered(self, Math.min(have, n)));
  if (self.writable) flushAndRewind(self);
  self.rpos = self.rend = 0;
  const data = rawRead(self, n);
  return new PyBytes(data === null ? new Uint8Array(0) : data);
}

function bufferedPeek(s: V, size: V): V {
  const self = S(s);
  void size;
  checkClosedMsg(self, 'peek of closed file');
  if (self.writable) flushAndRewind(self);
  const have = readahead(self);
  if (have > 0) return new PyBytes(self.rbuf.slice(self.rpos, self.rend));
  const r = fillBuffer(self);
  return new PyBytes(self.rbuf.slice(0, r ?? 0));
}

function bufferedReadintoGeneric(s: V, buffer: V, one: boolean): V {
  const self = S(s);
  checkClosedMsg(self, 'readinto of closed file');
  const dst = bufferArg(buffer, true);
  let written = 0;
  const have = readahead(self);
  if (have > 0) {
    const k = Math.min(have, dst.length);
    dst.set(self.rbuf.subarray(self.rpos, self.rpos + k));
    self.rpos += k;
    written = k;
    if (written === dst.length || one) return written;
  }
  if (self.writable) flushAndRewind(self);
  self.rpos = self.rend = 0;
  let remaining = dst.length - written;
  while (remaining > 0) {
    let data: Uint8Array | null;
    if (remaining > self.bufferSize) data = rawRead(self, remaining);
    else if (!one) {
      const r = fillBuffer(self);
      if (r === null || r === 0) {
        if (r === 0 || written > 0) break;
        return None;
      }
      const k = Math.min(r, remaining);
      dst.set(self.rbuf.subarray(0, k), written);
      self.rpos = k;
      written += k;
      remaining -= k;
      continue;
    } else data = rawRead(self, remaining);
    if (data === null || data.length === 0) {
      if (data !== null || written > 0) break;
      return None;
    }
    dst.set(data, written);
    written += data.length;
    remaining -= data.length;
    if (one) break;
  }
  return written;
}

/** CPython: _buffered_readline */
function readlineImpl(self: PyBuffered, limit: number): Uint8Array {
  checkClosedMsg(self, 'readline of closed file');
  let n = readahead(self);
  if (limit >= 0 && n > limit) n = limit;
  const nl = self.rbuf.subarray(self.rpos, self.rpos + n).indexOf(0x0a);
  if (nl >= 0) return takeBuffered(self, nl + 1);
  if (n === limit) return takeBuffered(self, n);
  const chunks: Uint8Array[] = [];
  if (n > 0) {
    chunks.push(takeBuffered(self, n));
    if (limit >= 0) limit -= n;
  }
  if (self.writable) flushAndRewind(self);
  for (;;) {
    self.rpos = self.rend = 0;
    const r = fillBuffer(self);
    if (r === null || r <= 0) break;
    let k = r;
    if (limit >= 0 && k > limit) k = limit;
    const p = self.rbuf.subarray(0, k).indexOf(0x0a);
    if (p >= 0) {
      chunks.push(takeBuffered(self, p + 1));
      break;
    }
    chunks.push(takeBuffered(self, k));
    if (k === limit) break;
    if (limit >= 0) limit -= k;
  }
  return chunks.length === 0 ? new Uint8Array(0) : concatBytes(chunks);
}

function bufferedReadline(s: V, size: V): V {
  const self = S(s);
  return new PyBytes(readlineImpl(self, optSize(size)));
}

function bufferedIternext(s: V): V | undefined {
  const self = S(s);
  let line: V;
  if (typeOf(s) === BufferedReaderType || typeOf(s) === BufferedRandomType) line = new PyBytes(readlineImpl(self, -1));
  else {
    line = PyObject_CallMethod(s, 'readline', []);
    if (!(line instanceof PyBytes)) throw E.newException(E.PyExc_OSError, [`readline() should have returned a bytes object, not '${typeOf(line).tp_name}'`]);
  }
  return (line as PyBytes).data.length === 0 ? undefined : line;
}

// ---- positioning ----

function bufferedTell(s: V): V {
  const self = S(s);
  const pos = rawTell(self) - readahead(self) + self.wlen;
  if (pos < 0) throw E.newException(E.PyExc_OSError, [`Raw stream returned invalid position ${pos}`]);
  return pos;
}

function bufferedSeek(s: V, targetArg: V, whenceArg: V): V {
  const self = S(s);
  const whence = whenceArg === undefined ? 0 : Number(PyNumber_Index(whenceArg));
  if (whence < 0 || whence > 4) throw E.valueError(`whence value ${whence} unsupported`);
  checkClosedMsg(self, 'seek of closed file');
  checkSeekable(self.raw);
  if (!isIntValue(targetArg) && typeOf(targetArg).nb_index === null) {
    throw E.typeError(`'${typeOf(targetArg).tp_name}' object cannot be interpreted as an integer`);
  }
  let target = Number(PyNumber_Index(targetArg));
  // Seeks that land inside the read-ahead move within it.
  if ((whence === 0 || whence === 1) && self.readable && self.wlen === 0) {
    const avail = readahead(self);
    if (avail > 0) {
      const current = rawTell(self);
      const offset = whence === 0 ? target - (current - avail) : target;
      if (offset >= -self.rpos && offset <= avail) {
        self.rpos += offset;
        return current - avail + offset;
      }
    }
  }
  if (whence === 1) target -= readahead(self) - self.wlen;
  if (self.writable) flushWriteBuffer(self);
  const n = rawSeek(self, target, whence);
  if (self.readable) self.rpos = self.rend = 0;
  return n;
}

function bufferedTruncate(s: V, pos: V): V {
  const self = S(s);
  checkClosedMsg(self, 'truncate of closed file');
  if (!self.writable) throw unsupported('truncate');
  flushAndRewind(self);
  return PyObject_CallMethod(self.raw, 'truncate', [pos === undefined ? None : pos]);
}

// ---- the rest of the protocol ----

function bufferedClose(s: V): V {
  const self = S(s);
  if (isClosed(self)) return None;
  let err: unknown = null;
  try {
    PyObject_CallMethod(s, 'flush', []);
  } catch (e) {
    err = e;
  }
  clearPending(self);
  let res: V = None;
  try {
    res = PyObject_CallMethod(self.raw, 'close', []);
  } catch (e) {
    if (err === null) err = e;
  }
  self.rpos = self.rend = 0;
  self.wlen = 0;
  if (err !== null) throw err;
  return res;
}

function bufferedDetach(s: V): V {
  const self = S(s);
  PyObject_CallMethod(s, 'flush', []);
  const raw = self.raw;
  self.raw = None;
  self.file = null;
  self.detached = true;
  self.ok = false;
  return raw;
}

function bufferedRepr(s: V): string {
  const typeName = typeOf(s).tp_name;
  let name: V | undefined;
  try {
    name = PyObject_LookupAttr(s, 'name');
  } catch (e) {
    if (!(e instanceof E.PyBaseException && E.exceptionMatches(e, E.PyExc_ValueError))) throw e;
  }
  if (name === undefined) return `<${typeName}>`;
  if (!enterRepr(s)) throw E.runtimeError(`reentrant call inside ${typeName}.__repr__`);
  try {
    return `<${typeName} name=${PyObject_Repr(name)}>`;
  } finally {
    leaveRepr(s);
  }
}

function bufferedInit(self: PyBuffered, raw: V, bufferSize: V, readable: boolean, writable: boolean): void {
  self.ok = false;
  self.detached = false;
  if (readable && writable) {
    checkSeekable(raw);
    checkReadable(raw);
    checkWritable(raw);
  } else if (readable) checkReadable(raw);
  else checkWritable(raw);
  const size = bufferSize === undefined ? DEFAULT_BUFFER_SIZE : PyNumber_AsSsize_t(bufferSize, true, false);
  if (size <= 0) throw E.valueError('buffer size must be strictly positive');
  self.raw = raw;
  self.file = raw instanceof PyFileIO ? raw : null;
  self.readable = readable;
  self.writable = writable;
  self.bufferSize = size;
  self.rbuf = EMPTY;
  self.wbuf = EMPTY;
  self.rpos = self.rend = self.wlen = 0;
  self.ok = true;
}

const rawMethod = (name: string) => (s: V): V => PyObject_CallMethod(S(s).raw, name, []);

const COMMON_METHODS = {
  close: { sig: '($self, /)', impl: bufferedClose },
  detach: { sig: '($self, /)', impl: bufferedDetach },
  seekable: { sig: '($self, /)', impl: rawMethod('seekable') },
  fileno: { sig: '($self, /)', impl: rawMethod('fileno') },
  isatty: { sig: '($self, /)', impl: rawMethod('isatty') },
  _dealloc_warn: { sig: '($self, source, /)', impl: () => None },
  seek: { sig: '($self, target, whence=0, /)', impl: bufferedSeek },
  tell: { sig: '($self, /)', impl: bufferedTell },
  truncate: { sig: '($self, pos=None, /)', impl: bufferedTruncate },
  __sizeof__: { sig: '($self, /)', impl: (s: PyBuffered) => 104 + s.bufferSize },
  __getstate__: { sig: '($self, /)', impl: (s: V) => { throw E.typeError(`cannot pickle '${typeOf(s).tp_name}' instances`); } },
} as const;

const READ_METHODS = {
  readable: { sig: '($self, /)', impl: rawMethod('readable') },
  read: { sig: '($self, size=-1, /)', impl: bufferedRead },
  peek: { sig: '($self, size=0, /)', impl: bufferedPeek },
  read1: { sig: '($self, size=-1, /)', impl: bufferedRead1 },
  readinto: { sig: '($self, buffer, /)', impl: (s: V, b: V) => bufferedReadintoGeneric(s, b, false) },
  readinto1: { sig: '($self, buffer, /)', impl: (s: V, b: V) => bufferedReadintoGeneric(s, b, true) },
  readline: { sig: '($self, size=-1, /)', impl: bufferedReadline },
} as const;

const WRITE_METHODS = {
  writable: { sig: '($self, /)', impl: rawMethod('writable') },
  write: { sig: '($self, buffer, /)', impl: bufferedWrite },
  flush: { sig: '($self, /)', impl: bufferedFlush },
} as const;

const GETSET = {
  raw: { get: (s: V) => S(s).raw },
  closed: { get: (s: V) => PyObject_GetAttr(S(s).raw, 'closed') },
  name: { get: (s: V) => PyObject_GetAttr(S(s).raw, 'name') },
  mode: { get: (s: V) => PyObject_GetAttr(S(s).raw, 'mode') },
  _finalizing: { get: (s: PyBuffered) => s.finalizing, set: (s: PyBuffered, v: V | null) => void (s.finalizing = v !== null && PyObject_IsTrue(v)) },
};

class PyBufferedReader extends PyBuffered {}
class PyBufferedWriter extends PyBuffered {}
class PyBufferedRandom extends PyBuffered {}

export const BufferedReaderType = defineBuiltinType({
  name: '_io.BufferedReader',
  doc: 'Buffering for a readable raw stream: BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE).',
  flags: TPFLAGS.BASETYPE,
  base: () => BufferedIOBaseType,
  instanceClass: PyBufferedReader,
  alloc: (t: PyType) => (t === BufferedReaderType ? new PyBufferedReader() : newHeapInstance(PyBufferedReader, t)),
  slots: {
    tp_new: (t: PyType) => (t === BufferedReaderType ? new PyBufferedReader() : newHeapInstance(PyBufferedReader, t)),
    tp_init: initWith('($self, /, raw, buffer_size=DEFAULT_BUFFER_SIZE)', (s: V, raw: V, size: V) => bufferedInit(s as PyBuffered, raw, size, true, false)),
    tp_repr: bufferedRepr,
    tp_iternext: bufferedIternext,
  },
  methods: { ...COMMON_METHODS, ...READ_METHODS, flush: { sig: '($self, /)', impl: rawMethod('flush') } },
  getset: GETSET,
});

export const BufferedWriterType = defineBuiltinType({
  name: '_io.BufferedWriter',
  doc: 'Buffering for a writable raw stream: BufferedWriter(raw, buffer_size=DEFAULT_BUFFER_SIZE).',
  flags: TPFLAGS.BASETYPE,
  base: () => BufferedIOBaseType,
  instanceClass: PyBufferedWriter,
  alloc: (t: PyType) => (t === BufferedWriterType ? new PyBufferedWriter() : newHeapInstance(PyBufferedWriter, t)),
  slots: {
    tp_new: (t: PyType) => (t === BufferedWriterType ? new PyBufferedWriter() : newHeapInstance(PyBufferedWriter, t)),
    tp_init: initWith('($self, /, raw, buffer_size=DEFAULT_BUFFER_SIZE)', (s: V, raw: V, size: V) => bufferedInit(s as PyBuffered, raw, size, false, true)),
    tp_repr: bufferedRepr,
  },
  methods: { ...COMMON_METHODS, ...WRITE_METHODS },
  getset: GETSET,
});

export const BufferedRandomType = defineBuiltinType({
  name: '_io.BufferedRandom',
  doc: 'Buffering for a seekable raw stream opened for reading and writing.',
  flags: TPFLAGS.BASETYPE,
  base: () => BufferedIOBaseType,
  instanceClass: PyBufferedRandom,
  alloc: (t: PyType) => (t === BufferedRandomType ? new PyBufferedRandom() : newHeapInstance(PyBufferedRandom, t)),
  slots: {
    tp_new: (t: PyType) => (t === BufferedRandomType ? new PyBufferedRandom() : newHeapInstance(PyBufferedRandom, t)),
    tp_init: initWith('($self, /, raw, buffer_size=DEFAULT_BUFFER_SIZE)', (s: V, raw: V, size: V) => bufferedInit(s as PyBuffered, raw, size, true, true)),
    tp_repr: bufferedRepr,
    tp_iternext: bufferedIternext,
  },
  methods: { ...COMMON_METHODS, ...READ_METHODS, ...WRITE_METHODS },
  getset: GETSET,
});

/** A new exact BufferedReader/BufferedWriter/BufferedRandom over raw (for open() and the stdio). */
export function newBuffered(kind: 'reader' | 'writer' | 'random', raw: V, bufferSize: number): PyBuffered {
  const b = kind === 'reader' ? new PyBufferedReader() : kind === 'writer' ? new PyBufferedWriter() : new PyBufferedRandom();
  bufferedInit(b, raw, bufferSize, kind !== 'writer', kind !== 'reader');
  return b;
}

// ---- BufferedRWPair ----

export class PyBufferedRWPair extends PyIOBase {
  reader: PyBuffered | null = null;
  writer: PyBuffered | null = null;
}

function pairInit(s: V, reader: V, writer: V, bufferSize: V): void {
  const p = s as PyBufferedRWPair;
  checkReadable(reader);
  checkWritable(writer);
  const size = bufferSize === undefined ? DEFAULT_BUFFER_SIZE : PyNumber_AsSsize_t(bufferSize, true, false);
  p.reader = newBuffered('reader', reader, size);
  p.writer = newBuffered('writer', writer, size);
}

function P(s: V): PyBufferedRWPair {
  const p = s as PyBufferedRWPair;
  if (p.reader === null || p.writer === null) throw E.valueError('I/O operation on uninitialized object');
  return p;
}

function forward(side: 'reader' | 'writer', name: string) {
  return (s: V, ...args: V[]): V => PyObject_CallMethod(P(s)[side]!, name, args.filter((a) => a !== undefined));
}

function pairClose(s: V): V {
  const p = P(s);
  let err: unknown = null;
  try {
    PyObject_CallMethod(p.writer!, 'close', []);
  } catch (e) {
    err = e;
  }
  try {
    PyObject_CallMethod(p.reader!, 'close', []);
  } catch (e) {
    if (err === null) err = e;
  }
  if (err !== null) throw err;
  return None;
}

export const BufferedRWPairType = defineBuiltinType({
  name: '_io.BufferedRWPair',
  doc: 'A reader and a writer joined into one stream: BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE).',
  flags: TPFLAGS.BASETYPE,
  base: () => BufferedIOBaseType,
  instanceClass: PyBufferedRWPair,
  alloc: (t: PyType) => (t === BufferedRWPairType ? new PyBufferedRWPair() : newHeapInstance(PyBufferedRWPair, t)),
  slots: {
    tp_new: (t: PyType) => (t === BufferedRWPairType ? new PyBufferedRWPair() : newHeapInstance(PyBufferedRWPair, t)),
    tp_init: initWith('($self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /)', pairInit),
  },
  methods: {
    read: { sig: '($self, size=-1, /)', impl: forward('reader', 'read') },
    peek: { sig: '($self, size=0, /)', impl: forward('reader', 'peek') },
    read1: { sig: '($self, size=-1, /)', impl: forward('reader', 'read1') },
    readinto: { sig: '($self, buffer, /)', impl: forward('reader', 'readinto') },
    readinto1: { sig: '($self, buffer, /)', impl: forward('reader', 'readinto1') },
    write: { sig: '($self, buffer, /)', impl: forward('writer', 'write') },
    flush: { sig: '($self, /)', impl: forward('writer', 'flush') },
    readable: { sig: '($self, /)', impl: forward('reader', 'readable') },
    writable: { sig: '($self, /)', impl: forward('writer', 'writable') },
    close: { sig: '($self, /)', impl: pairClose },
    isatty: {
      sig: '($self, /)',
      impl: (s: V) => PyObject_IsTrue(PyObject_CallMethod(P(s).writer!, 'isatty', [])) || PyObject_IsTrue(PyObject_CallMethod(P(s).reader!, 'isatty', [])),
    },
  },
  getset: {
    closed: { get: (s: V) => PyObject_GetAttr(P(s).writer!, 'closed') },
  },
});
