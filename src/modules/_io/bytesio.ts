// _io.BytesIO: a binary stream in memory.  CPython: Modules/_io/bytesio.c
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyList } from '../../objects/list.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyObject_Call, PyObject_GetIter, PyIter_Next, PyNumber_AsSsize_t, PyNumber_Index } from '../../objects/abstract.ts';
import { isIntValue } from '../../objects/boxes.ts';
import * as E from '../../objects/exceptions.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { interp } from '../../vm/interpreter.ts';
import { stillExported } from '../../objects/memoryview.ts';
import { PyIOBase, BufferedIOBaseType, optSize, bufferArg, registerExactIOType } from './iobase.ts';
import { initWith } from './fileio.ts';

type V = PyValue;

export class PyBytesIO extends PyIOBase {
  /** null when closed. */
  buf: Uint8Array | null = new Uint8Array(0);
  size = 0;
  pos = 0;
  /** The exact position set by seek() when it is beyond 2**53 (pos is then its nearest double). */
  posExact: V | null = null;
  exports = 0;
  /** The getbuffer() exporters (their views count in `exports`). */
  exporters: PyBytesIOBuffer[] = [];
}

function S(s: V): PyBytesIO {
  return s as PyBytesIO;
}

function checkClosed(self: PyBytesIO): Uint8Array {
  if (self.buf === null) throw E.valueError('I/O operation on closed file.');
  return self.buf;
}

function checkExports(self: PyBytesIO): void {
  // Views dropped without release() (no reference counts here) are released when unreachable.
  if (self.exports > 0) {
    const live = self.exporters.filter((x) => x.bufferExports > 0);
    self.exporters = live;
    for (const x of live) stillExported(x);
  }
  if (self.exports > 0) throw E.newException(E.PyExc_BufferError, ['Existing exports of data: object cannot be re-sized']);
}

function reserve(self: PyBytesIO, n: number): Uint8Array {
  let buf = self.buf!;
  if (n > buf.length) {
    const grown = new Uint8Array(Math.max(n, buf.length + (buf.length >> 1) + 64));
    grown.set(buf.subarray(0, self.size));
    buf = self.buf = grown;
  }
  return buf;
}

/** Writes at the position, padding with zeros past the end.  CPython: write_bytes_lock_held */
export function bytesioWriteData(self: PyBytesIO, data: Uint8Array): number {
  checkClosed(self);
  checkExports(self);
  const len = data.length;
  if (len === 0) return 0;
  const end = self.pos + len;
  // Past PY_SSIZE_T_MAX CPython's size computation overflows; below, it cannot allocate so much.
  if (end >= 2 ** 63) throw E.overflowError('new buffer size too large');
  if (end > 0x7fffffff) throw E.memoryError();
  const buf = reserve(self, end);
  if (self.pos > self.size) buf.fill(0, self.size, self.pos);
  buf.set(data, self.pos);
  self.pos = end;
  if (end > self.size) self.size = end;
  return len;
}

function writeObject(self: PyBytesIO, b: V): number {
  checkClosed(self);
  checkExports(self);
  return bytesioWriteData(self, bufferArg(b, false));
}

function bytesioInit(s: V, initial: V): void {
  const self = S(s);
  checkExports(self);
  self.buf = new Uint8Array(0);
  self.size = 0;
  self.pos = 0;
  if (initial !== undefined && initial !== None) {
    const data = bufferArg(initial, false);
    self.buf = data.slice();
    self.size = data.length;
  }
}

function readBytes(self: PyBytesIO, size: number): PyBytes {
  const buf = self.buf!;
  if (size <= 0) return new PyBytes(new Uint8Array(0));
  const out = buf.slice(self.pos, self.pos + size);
  self.pos += size;
  return new PyBytes(out);
}

function available(self: PyBytesIO, size: number): number {
  let n = self.size - self.pos;
  if (size < 0 || size > n) {
    size = n;
    if (size < 0) size = 0;
  }
  return size;
}

export function bytesioRead(s: V, size: V): V {
  const self = S(s);
  checkClosed(self);
  return readBytes(self, available(self, optSize(size)));
}

/** The length of the line at the position (with its newline), at most `size` if non-negative.  CPython: scan_eol_lock_held */
function scanEol(self: PyBytesIO, size: number): number {
  if (self.pos >= self.size) return 0;
  let maxlen = self.size - self.pos;
  if (size >= 0 && size < maxlen) maxlen = size;
  const buf = self.buf!;
  const start = self.pos;
  const nl = buf.subarray(start, start + maxlen).indexOf(0x0a);
  return nl >= 0 ? nl + 1 : maxlen;
}

function bytesioReadline(s: V, size: V): V {
  const self = S(s);
  checkClosed(self);
  return readBytes(self, scanEol(self, optSize(size)));
}

function bytesioReadlines(s: V, arg: V): V {
  const self = S(s);
  checkClosed(self);
  let maxsize: number;
  if (arg === undefined || arg === None) maxsize = -1;
  else if (isIntValue(arg) && typeof arg !== 'boolean') maxsize = PyNumber_AsSsize_t(arg, true, false);
  else if (typeof arg === 'boolean') maxsize = arg ? 1 : 0;
  else throw E.typeError(`integer argument expected, got '${typeOf(arg).tp_name}'`);
  const out: V[] = [];
  let size = 0;
  for (let n = scanEol(self, -1); n !== 0; n = scanEol(self, -1)) {
    out.push(readBytes(self, n));
    size += n;
    if (maxsize > 0 && size >= maxsize) break;
  }
  return new PyList(out);
}

function bytesioReadinto(s: V, buffer: V): V {
  const self = S(s);
  checkClosed(self);
  const dst = bufferArg(buffer, true);
  let len = dst.length;
  const n = self.size - self.pos;
  if (len > n) {
    len = n;
    if (len < 0) return 0;
  }
  dst.set(self.buf!.subarray(self.pos, self.pos + len));
  self.pos += len;
  return len;
}

function bytesioTruncate(s: V, size: V): V {
  const self = S(s);
  checkClosed(self);
  checkExports(self);
  let n: number;
  if (size === undefined || size === None) n = self.pos;
  else {
    n = Number(PyNumber_Index(size));
    if (n < 0) throw E.valueError(`negative size value ${n}`);
  }
  if (n < self.size) self.size = n;
  return n;
}

function bytesioSeek(s: V, posArg: V, whenceArg: V): V {
  const self = S(s);
  let pos = PyNumber_AsSsize_t(posArg, true, false);
  const whence = whenceArg === undefined ? 0 : Number(PyNumber_Index(whenceArg));
  checkClosed(self);
  if (pos < 0 && whence === 0) throw E.valueError(`negative seek value ${pos}`);
  if (whence === 1) pos += self.pos;
  else if (whence === 2) pos += self.size;
  else if (whence !== 0) throw E.valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
  if (pos < 0) pos = 0;
  self.pos = pos;
  return exactPosition(self, posArg, whence);
}

/** seek()'s result: a position past 2**53 (only reachable with whence 0) as the int given. */
function exactPosition(self: { pos: number; posExact: V | null }, posArg: V, whence: number): V {
  if (whence !== 0 || Number.isSafeInteger(self.pos)) return self.pos;
  self.posExact = PyNumber_Index(posArg);
  return self.posExact;
}

/** tell(): the exact position seek() set, while it is unchanged. */
export function exactTell(self: { pos: number; posExact: V | null }): V {
  const e = self.posExact;
  return e !== null && !Number.isSafeInteger(self.pos) && Number(e) === self.pos ? e : self.pos;
}

function bytesioGetvalue(s: V): V {
  const self = S(s);
  const buf = checkClosed(self);
  return new PyBytes(buf.slice(0, self.size));
}

function bytesioWritelines(s: V, lines: V): V {
  const self = S(s);
  checkClosed(self);
  const it = PyObject_GetIter(lines);
  for (let item = PyIter_Next(it); item !== undefined; item = PyIter_Next(it)) writeObject(self, item);
  return None;
}

function bytesioClose(s: V): V {
  const self = S(s);
  checkExports(self);
  self.buf = null;
  return None;
}

function bytesioIternext(s: V): V | undefined {
  const self = S(s);
  checkClosed(self);
  const n = scanEol(self, -1);
  if (n === 0) return undefined;
  return readBytes(self, n);
}

function bytesioGetstate(s: V): V {
  const self = S(s);
  const value = bytesioGetvalue(s);
  return new PyTuple([value, self.pos, self.ob_dict === null || self.ob_dict.size === 0 ? None : dictCopy(self.ob_dict)]);
}

function dictCopy(d: PyDict): PyDict {
  const c = new PyDict();
  for (let i = d.next(0); i >= 0; i = d.next(i + 1)) c.set(d.keys[i], d.values[i]);
  return c;
}

function bytesioSetstate(s: V, state: V): V {
  const self = S(s);
  if (!(state instanceof PyTuple) || state.items.length < 3) {
    throw E.typeError(`${typeOf(s).tp_name}.__setstate__ argument should be 3-tuple, got ${typeOf(state).tp_name}`);
  }
  checkExports(self);
  self.size = 0;
  self.pos = 0;
  writeObject(self, state.items[0]);
  const p = state.items[1];
  if (!isIntValue(p)) throw E.typeError(`second item of state must be an integer, not ${typeOf(p).tp_name}`);
  const pos = PyNumber_AsSsize_t(p, true, false);
  if (pos < 0) throw E.valueError('position value cannot be negative');
  self.pos = pos;
  const d = state.items[2];
  if (d !== None) {
    if (!(d instanceof PyDict)) throw E.typeError(`third item of state should be a dict, got a ${typeOf(d).tp_name}`);
    self.ob_dict ??= new PyDict();
    for (let i = d.next(0); i >= 0; i = d.next(i + 1)) self.ob_dict.set(d.keys[i], d.values[i]);
  }
  return None;
}

// getbuffer(): a memoryview over the live contents, counted as an export until released (or found
// unreachable when the stream must resize).
class PyBytesIOBuffer extends PyObject {
  constructor(readonly source: PyBytesIO) {
    super();
  }

  /** This exporter's views not yet released. */
  own = 0;

  /** The memoryview protocol's count of live views (a writable exporter); the BytesIO counts them all. */
  get bufferExports(): number {
    return this.own;
  }

  set bufferExports(n: number) {
    this.source.exports += n - this.own;
    this.own = n;
  }
}

const BytesIOBufferType = defineBuiltinType({
  name: '_io._BytesIOBuffer',
  instanceClass: PyBytesIOBuffer,
  slots: { bf_getbuffer: (s: V) => (s as PyBytesIOBuffer).source.buf!.subarray(0, (s as PyBytesIOBuffer).source.size) },
});

function bytesioGetbuffer(s: V): V {
  const self = S(s);
  checkClosed(self);
  void BytesIOBufferType;
  const exporter = new PyBytesIOBuffer(self);
  if (self.exporters.length > 0) self.exporters = self.exporters.filter((x) => x.bufferExports > 0);
  self.exporters.push(exporter);
  return PyObject_Call(interp().builtinsDict.getStr('memoryview')!, [exporter]);
}

function bytesioNew(type: PyType): PyBytesIO {
  return type === BytesIOType ? new PyBytesIO() : newHeapInstance(PyBytesIO, type);
}

function checkedTrue(s: V): V {
  checkClosed(S(s));
  return true;
}

export const BytesIOType = defineBuiltinType({
  name: '_io.BytesIO',
  doc: "A binary stream in memory: BytesIO(initial_bytes=b'').",
  flags: TPFLAGS.BASETYPE,
  base: () => BufferedIOBaseType,
  instanceClass: PyBytesIO,
  alloc: bytesioNew,
  slots: {
    tp_new: (t: PyType) => bytesioNew(t),
    tp_init: initWith("($self, /, initial_bytes=b'')", bytesioInit),
    tp_iter: (s: V) => (checkClosed(S(s)), s),
    tp_iternext: bytesioIternext,
  },
  methods: {
    readable: { sig: '($self, /)', impl: checkedTrue, doc: 'True unless closed.' },
    seekable: { sig: '($self, /)', impl: checkedTrue, doc: 'True unless closed.' },
    writable: { sig: '($self, /)', impl: checkedTrue, doc: 'True unless closed.' },
    close: { sig: '($self, /)', impl: bytesioClose, doc: 'Discard the contents; later I/O raises ValueError.' },
    flush: { sig: '($self, /)', impl: (s: V) => (checkClosed(S(s)), None), doc: 'Does nothing.' },
    isatty: { sig: '($self, /)', impl: (s: V) => (checkClosed(S(s)), false), doc: 'False.' },
    tell: { sig: '($self, /)', impl: (s: V) => (checkClosed(S(s)), exactTell(S(s))), doc: 'The current position.' },
    write: { sig: '($self, b, /)', impl: (s: V, b: V) => writeObject(S(s), b), doc: 'Write bytes at the position; return how many.' },
    writelines: { sig: '($self, lines, /)', impl: bytesioWritelines, doc: 'Write each bytes-like object of an iterable.' },
    read1: { sig: '($self, size=-1, /)', impl: bytesioRead, doc: 'Same as read().' },
    readinto: { sig: '($self, buffer, /)', impl: bytesioReadinto, doc: 'Read into a writable buffer; return the number of bytes.' },
    readline: { sig: '($self, size=-1, /)', impl: bytesioReadline, doc: 'The next line, with its newline.' },
    readlines: { sig: '($self, size=None, /)', impl: bytesioReadlines, doc: 'The remaining lines, as a list.' },
    read: { sig: '($self, size=-1, /)', impl: bytesioRead, doc: 'Read at most size bytes (all if negative).' },
    getbuffer: { sig: '($self, /)', impl: bytesioGetbuffer, doc: 'A read-write memoryview of the contents.' },
    getvalue: { sig: '($self, /)', impl: bytesioGetvalue, doc: 'The whole contents, as bytes.' },
    seek: { sig: '($self, pos, whence=0, /)', impl: bytesioSeek, doc: 'Move to a new position and return it.' },
    truncate: { sig: '($self, size=None, /)', impl: bytesioTruncate, doc: 'Truncate to size bytes (default: the position); the position is unchanged.' },
    __getstate__: { sig: '($self, /)', impl: bytesioGetstate },
    __setstate__: { sig: '($self, state, /)', impl: bytesioSetstate },
  },
  getset: {
    closed: { get: (s: PyBytesIO) => s.buf === null, doc: 'True if the file is closed.' },
  },
});

registerExactIOType(BytesIOType);
