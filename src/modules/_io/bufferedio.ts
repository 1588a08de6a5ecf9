// _io.BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair: buffering over a raw stream.
// CPython: Modules/_io/bufferedio.c
//
// One block serves reading and writing, as in bufferedio.c: `pos` is the logical position within
// it, `rawPos` where the raw stream stands relative to its start (-1: unknown), [0, readEnd) holds
// data read from the raw stream (readEnd -1: no valid read data) and [writePos, writeEnd) data
// written but not yet passed to the raw stream (writeEnd -1: none). `absPos` caches the raw
// stream's absolute position (-1: unknown). The raw calls made, the positions reported and the
// errors raised are CPython's.
// When the raw stream is an exact FileIO, its descriptor is used directly instead of calling its
// methods (CPython's fast_closed_checks does this for the closed test only).
import { None, type PyValue } from '../../objects/object.ts';
import { PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyMemoryView, memoryviewOverBytes, memoryviewRelease } from '../../objects/memoryview.ts';
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
  markPending,
  clearPending,
  concatBytes,
  chainExceptions,
  trackIO,
  untrackIO,
  registerExactIOType,
  type PendingWriter,
  cannotPickle,
} from './iobase.ts';
import { PyFileIO, FileIOType, initWith } from './fileio.ts';

type V = PyValue;
const EMPTY = new Uint8Array(0);
/** What the raw stream's readinto()/write() returning None (it would block) maps to. */
const WOULD_BLOCK = -2;
const EAGAIN = 11;

export class PyBuffered extends PyIOBase implements PendingWriter {
  ok = false;
  detached = false;
  raw: V = None;
  /** The raw stream when it is an exact FileIO (its descriptor is used directly). */
  file: PyFileIO | null = null;
  /** The closed test reads the FileIO's descriptor (exact types only).  CPython: fast_closed_checks */
  fastClosedChecks = false;
  readable = false;
  writable = false;
  finalizing = false;
  /** The block, allocated at its first use (reading a whole file never needs it).  CPython: buffer */
  buffer: Uint8Array = EMPTY;
  /** close() freed the block: the stream counts as closed.  CPython: buffer == NULL */
  freed = false;
  bufferSize = DEFAULT_BUFFER_SIZE;
  /** bufferSize - 1 when it is a power of two, else 0. */
  bufferMask = 0;
  absPos = -1;
  pos = 0;
  rawPos = 0;
  readEnd = -1;
  writePos = 0;
  writeEnd = -1;

  flushPending(): void {
    if (this.ok && !this.freed && validWriteBuffer(this) && this.writePos < this.writeEnd) flushUnlocked(this);
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

// ---- the state macros of bufferedio.c ----

function validReadBuffer(self: PyBuffered): boolean {
  return self.readable && self.readEnd !== -1;
}

function validWriteBuffer(self: PyBuffered): boolean {
  return self.writable && self.writeEnd !== -1;
}

/** CPython: READAHEAD */
function readahead(self: PyBuffered): number {
  return validReadBuffer(self) ? self.readEnd - self.pos : 0;
}

/** CPython: RAW_OFFSET */
function rawOffset(self: PyBuffered): number {
  return (validReadBuffer(self) || validWriteBuffer(self)) && self.rawPos >= 0 ? self.rawPos - self.pos : 0;
}

/** CPython: ADJUST_POSITION */
function adjustPosition(self: PyBuffered, newPos: number): void {
  self.pos = newPos;
  if (validReadBuffer(self) && self.readEnd < self.pos) self.readEnd = self.pos;
}

/** CPython: MINUS_LAST_BLOCK */
function minusLastBlock(self: PyBuffered, size: number): number {
  return self.bufferMask !== 0 ? size - (size & self.bufferMask) : self.bufferSize * Math.floor(size / self.bufferSize);
}

/** CPython: RAW_TELL */
function rawTellCached(self: PyBuffered): number {
  return self.absPos !== -1 ? self.absPos : rawTell(self);
}

function resetReadBuffer(self: PyBuffered): void {
  self.readEnd = -1;
}

function resetWriteBuffer(self: PyBuffered): void {
  self.writePos = 0;
  self.writeEnd = -1;
}

/** The raw stream's `closed`.  CPython: buffered_closed */
function rawClosed(self: PyBuffered): boolean {
  return PyObject_IsTrue(PyObject_GetAttr(S(self).raw, 'closed'));
}

/** CPython: IS_CLOSED */
function isClosed(self: PyBuffered): boolean {
  if (self.freed) return true;
  if (self.fastClosedChecks) return self.file!.fd < 0;
  return rawClosed(self);
}

/** CPython: CHECK_CLOSED */
function checkClosedMsg(self: PyBuffered, msg: string): void {
  if (isClosed(self) && readahead(self) === 0) throw E.valueError(msg);
}

function buf(self: PyBuffered): Uint8Array {
  if (self.buffer.length === 0 && !self.freed) self.buffer = new Uint8Array(self.bufferSize);
  return self.buffer;
}

// ---- raw calls ----

function host() {
  return interp().host;
}

function directFile(self: PyBuffered): PyFileIO | null {
  const f = self.file;
  return f !== null && typeOf(self.raw) === FileIOType ? f : null;
}

/**
 * One raw readinto() of up to `len` bytes into dst[start...]: the count, or WOULD_BLOCK.
 * CPython: _bufferedreader_raw_read
 */
function rawRead(self: PyBuffered, dst: Uint8Array, start: number, len: number): number {
  let n: number;
  const f = directFile(self);
  if (f !== null) {
    if (f.fd < 0) throw E.valueError('I/O operation on closed file');
    if (!f.readable) throw unsupported('File not open for reading');
    let data: Uint8Array;
    try {
      data = host().read(f.fd, len);
    } catch (e) {
      if (e instanceof HostError && e.errno === EAGAIN) return WOULD_BLOCK;
      throw osError(e);
    }
    dst.set(data, start);
    n = data.length;
  } else {
    const view = memoryviewOverBytes(dst.subarray(start, start + len), false);
    let res: V;
    try {
      res = PyObject_CallMethod(self.raw, 'readinto', [view]);
    } finally {
      memoryviewRelease(view);
    }
    if (res === None) return WOULD_BLOCK;
    try {
      n = PyNumber_AsSsize_t(res, true, false);
    } catch (e) {
      throw chainExceptions(e, E.newException(E.PyExc_OSError, ['raw readinto() failed']), true);
    }
    if (n < 0 || n > len) {
      throw E.newException(E.PyExc_OSError, [`raw readinto() returned invalid length ${n} (should have been between 0 and ${len})`]);
    }
  }
  if (n > 0 && self.absPos !== -1) self.absPos += n;
  return n;
}

/** One raw write() of src[start, start+len): the count written, or WOULD_BLOCK.  CPython: _bufferedwriter_raw_write */
function rawWrite(self: PyBuffered, src: Uint8Array, start: number, len: number): number {
  let n: number;
  const f = directFile(self);
  if (f !== null) {
    if (f.fd < 0) throw E.valueError('I/O operation on closed file');
    if (!f.writable) throw unsupported('File not open for writing');
    try {
      n = host().write(f.fd, src.subarray(start, start + len));
    } catch (e) {
      if (e instanceof HostError && e.errno === EAGAIN) return WOULD_BLOCK;
      throw osError(e);
    }
  } else {
    const view = memoryviewOverBytes(src.subarray(start, start + len), true);
    let res: V;
    try {
      res = PyObject_CallMethod(self.raw, 'write', [view]);
    } finally {
      memoryviewRelease(view);
    }
    if (res === None) return WOULD_BLOCK;
    n = PyNumber_AsSsize_t(res, true, false);
    if (n < 0 || n > len) {
      throw E.newException(E.PyExc_OSError, [`raw write() returned invalid length ${n} (should have been between 0 and ${len})`]);
    }
  }
  if (n > 0 && self.absPos !== -1) self.absPos += n;
  return n;
}

function invalidPosition(n: number): PyValue {
  return E.newException(E.PyExc_OSError, [`Raw stream returned invalid position ${n}`]);
}

function offT(v: V): number {
  const n = PyNumber_Index(v);
  return Number(n);
}

/** CPython: _buffered_raw_tell */
function rawTell(self: PyBuffered): number {
  let n: number;
  const f = directFile(self);
  if (f !== null && f.fd >= 0) {
    try {
      n = host().lseek(f.fd, 0, 1);
    } catch (e) {
      throw osError(e);
    }
  } else n = offT(PyObject_CallMethod(self.raw, 'tell', []));
  if (n < 0) throw invalidPosition(n);
  self.absPos = n;
  return n;
}

/** CPython: _buffered_raw_seek */
function rawSeek(self: PyBuffered, target: number, whence: number): number {
  let n: number;
  const f = directFile(self);
  if (f !== null && f.fd >= 0) {
    try {
      n = host().lseek(f.fd, target, whence);
    } catch (e) {
      throw osError(e);
    }
  } else n = offT(PyObject_CallMethod(self.raw, 'seek', [target, whence]));
  if (n < 0) throw invalidPosition(n);
  self.absPos = n;
  return n;
}

/**
 * CPython: _set_BlockingIOError, whose errno is C's: EAGAIN when the descriptor said so, 0 after a
 * raw stream written in Python returned None.
 */
function blockingError(self: PyBuffered, msg: string, written: number): PyValue {
  return PyObject_Call(E.PyExc_BlockingIOError, [directFile(self) !== null ? EAGAIN : 0, msg, written]);
}

// ---- writing ----

// Data buffered for a file must reach it before the file is opened again by path (no reference
// counts flush it when the buffer is dropped): see iobase.ts's pending writers. Raw streams written
// in Python get their writes when CPython would make them.
function pendingWrite(self: PyBuffered): void {
  if (self.file !== null) markPending(self);
}

function notePending(self: PyBuffered): void {
  if (validWriteBuffer(self) && self.writePos < self.writeEnd) pendingWrite(self);
  else clearPending(self);
}

/** Writes out [writePos, writeEnd).  CPython: _bufferedwriter_flush_unlocked */
function flushUnlocked(self: PyBuffered): void {
  if (validWriteBuffer(self) && self.writePos !== self.writeEnd) {
    const b = buf(self);
    // First, bring the raw stream back to where the pending data starts.
    const rewind = rawOffset(self) + (self.pos - self.writePos);
    if (rewind !== 0) {
      rawSeek(self, -rewind, 1);
      self.rawPos -= rewind;
    }
    while (self.writePos < self.writeEnd) {
      const n = rawWrite(self, b, self.writePos, self.writeEnd - self.writePos);
      if (n === WOULD_BLOCK) throw blockingError(self, 'write could not complete without blocking', 0);
      self.writePos += n;
      self.rawPos = self.writePos;
    }
  }
  // Afterwards the write buffer is never valid, so that RAW_OFFSET is 0 when the read buffer is not.
  resetWriteBuffer(self);
  clearPending(self);
}

/** Flush, and bring the raw position back to the logical one.  CPython: buffered_flush_and_rewind_unlocked */
function flushAndRewind(self: PyBuffered): void {
  flushUnlocked(self);
  if (self.readable) {
    try {
      rawSeek(self, -rawOffset(self), 1);
    } finally {
      resetReadBuffer(self);
    }
  }
}

function isBlockingError(e: unknown): e is E.PyBaseException {
  return e instanceof E.PyBaseException && E.exceptionMatches(e, E.PyExc_BlockingIOError);
}

/** BufferedWriter.write.  CPython: _io_BufferedWriter_write_impl */
export function bufferedWriteData(self: PyBuffered, data: Uint8Array): number {
  if (isClosed(self)) throw E.valueError('write to closed file');
  const b = buf(self);
  const len = data.length;
  // Fast path: the data fits in the buffer.
  if (!validReadBuffer(self) && !validWriteBuffer(self)) {
    self.pos = 0;
    self.rawPos = 0;
  }
  let avail = self.bufferSize - self.pos;
  if (len <= avail && len < self.bufferSize) {
    b.set(data, self.pos);
    if (!validWriteBuffer(self) || self.writePos > self.pos) self.writePos = self.pos;
    adjustPosition(self, self.pos + len);
    if (self.pos > self.writeEnd) self.writeEnd = self.pos;
    pendingWrite(self);
    return len;
  }
  // First write out the current buffer.
  try {
    flushUnlocked(self);
  } catch (e) {
    if (!isBlockingError(e)) throw e;
    if (self.readable) resetReadBuffer(self);
    // Make room by moving the pending data to the start.
    b.copyWithin(0, self.writePos, self.writeEnd);
    self.writeEnd -= self.writePos;
    self.rawPos -= self.writePos;
    self.pos -= self.writePos;
    self.writePos = 0;
    avail = self.bufferSize - self.writeEnd;
    if (len <= avail) {
      // Everything can be buffered.
      b.set(data, self.writeEnd);
      self.writeEnd += len;
      self.pos += len;
      pendingWrite(self);
      return len;
    }
    // Buffer as much as possible.
    b.set(data.subarray(0, avail), self.writeEnd);
    self.writeEnd += avail;
    self.pos += avail;
    pendingWrite(self);
    throw blockingError(self, 'write could not complete without blocking', avail);
  }
  // The raw stream may be ahead of the logical position (a read buffer filled but not written).
  const offset = rawOffset(self);
  if (offset !== 0) {
    rawSeek(self, -offset, 1);
    self.rawPos -= offset;
  }
  // Then write the data itself; the buffer is empty now.
  let remaining = len;
  let written = 0;
  while (remaining >= self.bufferSize) {
    const n = rawWrite(self, data, written, len - written);
    if (n === WOULD_BLOCK) {
      if (remaining > self.bufferSize) {
        // Cannot buffer everything: buffer as much as possible.
        b.set(data.subarray(written, written + self.bufferSize), 0);
        self.rawPos = 0;
        adjustPosition(self, self.bufferSize);
        self.writeEnd = self.bufferSize;
        written += self.bufferSize;
        pendingWrite(self);
        throw blockingError(self, 'write could not complete without blocking', written);
      }
      break;
    }
    written += n;
    remaining -= n;
  }
  if (self.readable) resetReadBuffer(self);
  if (remaining > 0) {
    b.set(data.subarray(written, written + remaining), 0);
    written += remaining;
  }
  self.writePos = 0;
  self.writeEnd = remaining;
  adjustPosition(self, remaining);
  self.rawPos = 0;
  notePending(self);
  return written;
}

function bufferedWrite(s: V, b: V): V {
  const self = S(s);
  return bufferedWriteData(self, bufferArg(b, false));
}

/** CPython: _io__Buffered_flush_impl */
function bufferedFlush(s: V): V {
  const self = S(s);
  checkClosedMsg(self, 'flush of closed file');
  flushAndRewind(self);
  return None;
}

// ---- reading ----

/** Reads into the buffer after its valid data.  CPython: _bufferedreader_fill_buffer */
function fillBuffer(self: PyBuffered): number {
  const start = validReadBuffer(self) ? self.readEnd : 0;
  const n = rawRead(self, buf(self), start, self.bufferSize - start);
  if (n <= 0) return n;
  self.readEnd = start + n;
  self.rawPos = start + n;
  return n;
}

/** CPython: _bufferedreader_read_fast */
function readFast(self: PyBuffered, n: number): V | null {
  if (n <= readahead(self)) {
    const res = new PyBytes(buf(self).slice(self.pos, self.pos + n));
    self.pos += n;
    return res;
  }
  return null;
}

/** read(-1).  CPython: _bufferedreader_read_all */
function readAll(self: PyBuffered): V {
  const currentSize = readahead(self);
  let data: Uint8Array | null = null;
  if (currentSize > 0) {
    data = buf(self).slice(self.pos, self.pos + currentSize);
    self.pos += currentSize;
  }
  // Going past the buffer's end: flush it.
  if (self.writable) flushAndRewind(self);
  resetReadBuffer(self);
  const readall = directFile(self) !== null ? undefined : PyObject_LookupAttr(self.raw, 'readall');
  if (directFile(self) !== null || readall !== undefined) {
    const tmp = readall === undefined ? PyObject_CallMethod(self.raw, 'readall', []) : PyObject_Call(readall, []);
    if (tmp !== None && !(tmp instanceof PyBytes)) throw E.typeError('readall() should return bytes');
    if (currentSize === 0) return tmp;
    return new PyBytes(tmp === None ? data! : concatBytes([data!, (tmp as PyBytes).data]));
  }
  const chunks: Uint8Array[] = data === null ? [] : [data];
  for (;;) {
    // Read until EOF or until read() would block.
    const d = PyObject_CallMethod(self.raw, 'read', []);
    if (d !== None && !(d instanceof PyBytes)) throw E.typeError('read() should return bytes');
    if (d === None || (d as PyBytes).data.length === 0) {
      if (chunks.length === 0 && currentSize === 0) return d;
      return new PyBytes(concatBytes(chunks));
    }
    chunks.push((d as PyBytes).data);
    if (self.absPos !== -1) self.absPos += (d as PyBytes).data.length;
  }
}

/** read(n) for n >= 0.  CPython: _bufferedreader_read_generic */
function readGeneric(self: PyBuffered, n: number): V {
  const currentSize = readahead(self);
  if (n <= currentSize) return readFast(self, n)!;
  const b = buf(self);
  const out = new Uint8Array(n);
  let remaining = n;
  let written = 0;
  if (currentSize > 0) {
    out.set(b.subarray(self.pos, self.pos + currentSize), 0);
    remaining -= currentSize;
    written += currentSize;
    self.pos += currentSize;
  }
  if (self.writable) flushAndRewind(self);
  resetReadBuffer(self);
  const ended = (r: number): V =>
    r === 0 || written > 0 ? new PyBytes(written === n ? out : out.slice(0, written)) : None;
  // Whole blocks go straight into the result.
  while (remaining > 0) {
    let r = minusLastBlock(self, remaining);
    if (r === 0) break;
    r = rawRead(self, out, written, r);
    if (r === 0 || r === WOULD_BLOCK) return ended(r);
    remaining -= r;
    written += r;
  }
  self.pos = 0;
  self.rawPos = 0;
  self.readEnd = 0;
  // The rest through the buffer; once the read is satisfied no further read is made (it could block).
  while (remaining > 0 && self.readEnd < self.bufferSize) {
    const r = fillBuffer(self);
    if (r === 0 || r === WOULD_BLOCK) return ended(r);
    const k = Math.min(r, remaining);
    out.set(b.subarray(self.pos, self.pos + k), written);
    written += k;
    self.pos += k;
    remaining -= k;
  }
  return new PyBytes(out);
}

/** CPython: _io__Buffered_read_impl */
export function bufferedRead(s: V, size: V): V {
  const self = S(s);
  const n = optSize(size);
  if (n < -1) throw E.valueError('read length must be non-negative or -1');
  checkClosedMsg(self, 'read of closed file');
  if (n === -1) return readAll(self);
  return readFast(self, n) ?? readGeneric(self, n);
}

/** CPython: _io__Buffered_read1_impl */
export function bufferedRead1(s: V, size: V): V {
  const self = S(s);
  let n = size === undefined ? -1 : PyNumber_AsSsize_t(size, true, false);
  if (n < 0) n = self.bufferSize;
  checkClosedMsg(self, 'read of closed file');
  if (n === 0) return new PyBytes(EMPTY);
  // Up to n bytes: only buffered ones if there are any, else one raw read.
  const have = readahead(self);
  if (have > 0) return readFast(self, Math.min(have, n))!;
  if (self.writable) flushAndRewind(self);
  resetReadBuffer(self);
  const out = new Uint8Array(n);
  let r = rawRead(self, out, 0, n);
  if (r === WOULD_BLOCK) r = 0;
  return new PyBytes(r === n ? out : out.slice(0, r));
}

/** CPython: _bufferedreader_peek_unlocked */
function peekUnlocked(self: PyBuffered): V {
  // Either the bytes already buffered, or a full buffer: the position must not move, nor the
  // buffer lose its alignment.
  const have = readahead(self);
  if (have > 0) return new PyBytes(buf(self).slice(self.pos, self.pos + have));
  resetReadBuffer(self);
  let r = fillBuffer(self);
  if (r === WOULD_BLOCK) r = 0;
  self.pos = 0;
  return new PyBytes(buf(self).slice(0, r));
}

/** CPython: _io__Buffered_peek_impl */
function bufferedPeek(s: V, size: V): V {
  const self = S(s);
  void size;
  checkClosedMsg(self, 'peek of closed file');
  if (self.writable) flushAndRewind(self);
  return peekUnlocked(self);
}

/** CPython: _buffered_readinto_generic */
function bufferedReadintoGeneric(s: V, buffer: V, readinto1: boolean): V {
  const self = S(s);
  const dst = bufferArg(buffer, true);
  checkClosedMsg(self, 'readinto of closed file');
  const b = buf(self);
  let written = 0;
  let n = readahead(self);
  if (n > 0) {
    if (n >= dst.length) {
      dst.set(b.subarray(self.pos, self.pos + dst.length));
      self.pos += dst.length;
      return dst.length;
    }
    dst.set(b.subarray(self.pos, self.pos + n));
    self.pos += n;
    written = n;
  }
  if (self.writable) flushAndRewind(self);
  resetReadBuffer(self);
  self.pos = 0;
  for (let remaining = dst.length - written; remaining > 0; written += n, remaining -= n) {
    if (remaining > self.bufferSize) {
      // More than a buffer's worth: straight into the caller's buffer.
      n = rawRead(self, dst, written, remaining);
    } else if (!(readinto1 && written > 0)) {
      // readinto1 does not fill the buffer once it has data to return.
      n = fillBuffer(self);
      if (n > 0) {
        if (n > remaining) n = remaining;
        dst.set(b.subarray(self.pos, self.pos + n), written);
        self.pos += n;
        continue;
      }
    } else n = 0;
    if (n === 0 || (n === WOULD_BLOCK && written > 0)) break;
    if (n === WOULD_BLOCK) return None;
    // At most one raw read in readinto1 mode.
    if (readinto1) {
      written += n;
      break;
    }
  }
  return written;
}

/** CPython: _buffered_readline */
function readlineImpl(self: PyBuffered, limit: number): Uint8Array {
  checkClosedMsg(self, 'readline of closed file');
  const b = buf(self);
  // First, a line in the buffer.
  let n = readahead(self);
  if (limit >= 0 && n > limit) n = limit;
  const start = self.pos;
  const nl = n > 0 ? b.subarray(start, start + n).indexOf(0x0a) : -1;
  if (nl >= 0) {
    self.pos += nl + 1;
    return b.slice(start, start + nl + 1);
  }
  if (n === limit) {
    self.pos += n;
    return b.slice(start, start + n);
  }
  // Then more from the raw stream.
  const chunks: Uint8Array[] = [];
  if (n > 0) {
    chunks.push(b.slice(start, start + n));
    self.pos += n;
    if (limit >= 0) limit -= n;
  }
  if (self.writable) flushAndRewind(self);
  for (;;) {
    resetReadBuffer(self);
    n = fillBuffer(self);
    if (n <= 0) break;
    if (limit >= 0 && n > limit) n = limit;
    const p = b.subarray(0, n).indexOf(0x0a);
    if (p >= 0) {
      chunks.push(b.slice(0, p + 1));
      self.pos = p + 1;
      break;
    }
    chunks.push(b.slice(0, n));
    if (n === limit) {
      self.pos = n;
      break;
    }
    if (limit >= 0) limit -= n;
  }
  return chunks.length === 1 ? chunks[0] : chunks.length === 0 ? new Uint8Array(0) : concatBytes(chunks);
}

function bufferedReadline(s: V, size: V): V {
  const self = S(s);
  return new PyBytes(readlineImpl(self, optSize(size)));
}

/** CPython: buffered_iternext */
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

/** CPython: _io__Buffered_tell_impl */
function bufferedTell(s: V): V {
  const self = S(s);
  const pos = rawTell(self) - rawOffset(self);
  // GH-95782: a raw stream that always reports 0 (a character device).
  return pos < 0 ? 0 : pos;
}

/** CPython: _io__Buffered_seek_impl */
function bufferedSeek(s: V, targetArg: V, whenceArg: V): V {
  const self = S(s);
  const whence = whenceArg === undefined ? 0 : PyNumber_AsSsize_t(whenceArg, true, false);
  if (whence < 0 || whence > 4) throw E.valueError(`whence value ${whence} unsupported`);
  checkClosedMsg(self, 'seek of closed file');
  checkSeekable(self.raw);
  if (!isIntValue(targetArg) && typeOf(targetArg).nb_index === null) {
    throw E.typeError(`'${typeOf(targetArg).tp_name}' object cannot be interpreted as an integer`);
  }
  let target = offT(targetArg);
  // SEEK_SET and SEEK_CUR may land inside the buffer.
  if ((whence === 0 || whence === 1) && self.readable) {
    const current = rawTellCached(self);
    const avail = readahead(self);
    if (avail > 0) {
      const offset = whence === 0 ? target - (current - rawOffset(self)) : target;
      if (offset >= -self.pos && offset <= avail) {
        self.pos += offset;
        // GH-95782
        if (current - avail + offset < 0) return 0;
        return current - avail + offset;
      }
    }
  }
  // Otherwise: the raw stream's seek(), and the buffer is emptied.
  if (self.writable) flushUnlocked(self);
  if (whence === 1) target -= rawOffset(self);
  const n = rawSeek(self, target, whence);
  self.rawPos = -1;
  if (self.readable) resetReadBuffer(self);
  return n;
}

/** CPython: _io__Buffered_truncate_impl */
function bufferedTruncate(s: V, pos: V): V {
  const self = S(s);
  checkClosedMsg(self, 'truncate of closed file');
  if (!self.writable) throw unsupported('truncate');
  flushAndRewind(self);
  const res = PyObject_CallMethod(self.raw, 'truncate', [pos === undefined ? None : pos]);
  // The cached position is stale now.
  try {
    rawTell(self);
  } catch (e) {
    if (!(e instanceof E.PyBaseException)) throw e;
  }
  return res;
}

// ---- the rest of the protocol ----

/** CPython: _io__Buffered__dealloc_warn_impl */
function bufferedDeallocWarn(s: V, source: V): V {
  const self = s as PyBuffered;
  if (self.ok && self.raw !== None) {
    try {
      PyObject_CallMethod(self.raw, '_dealloc_warn', [source]);
    } catch (e) {
      if (!(e instanceof E.PyBaseException)) throw e;
    }
  }
  return None;
}

/** CPython: _io__Buffered_close_impl */
function bufferedClose(s: V): V {
  const self = S(s);
  if (rawClosed(self)) return None;
  if (self.finalizing) bufferedDeallocWarn(s, s);
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
    err = err === null ? e : chainExceptions(err, e);
  } finally {
    self.buffer = EMPTY;
    self.freed = true;
    self.readEnd = 0;
    self.pos = 0;
    untrackIO(self);
  }
  if (err !== null) throw err;
  return res;
}

/** CPython: _io__Buffered_detach_impl */
function bufferedDetach(s: V): V {
  const self = S(s);
  PyObject_CallMethod(s, 'flush', []);
  const raw = self.raw;
  self.raw = None;
  self.file = null;
  self.fastClosedChecks = false;
  self.detached = true;
  self.ok = false;
  clearPending(self);
  untrackIO(self);
  return raw;
}

/** CPython: buffered_repr */
function bufferedRepr(s: V): string {
  const typeName = typeOf(s).tp_name;
  let name: V | undefined;
  try {
    name = PyObject_LookupAttr(s, 'name');
  } catch (e) {
    // A detached stream has no name.
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

/** The shared part of the three __init__s.  CPython: _io_BufferedReader___init___impl, _buffered_init */
function bufferedInit(self: PyBuffered, raw: V, bufferSize: V, readable: boolean, writable: boolean, track = true): void {
  self.ok = false;
  self.detached = false;
  if (readable && writable) {
    checkSeekable(raw);
    checkReadable(raw);
    checkWritable(raw);
  } else if (readable) checkReadable(raw);
  else checkWritable(raw);
  const size = bufferSize === undefined ? DEFAULT_BUFFER_SIZE : PyNumber_AsSsize_t(bufferSize, true, false);
  self.raw = raw;
  self.file = raw instanceof PyFileIO ? raw : null;
  self.readable = readable;
  self.writable = writable;
  self.bufferSize = size;
  if (size <= 0) throw E.valueError('buffer size must be strictly positive');
  self.buffer = EMPTY;
  self.freed = false;
  self.bufferMask = (size & (size - 1)) === 0 ? size - 1 : 0;
  self.absPos = -1;
  try {
    rawTell(self);
  } catch (e) {
    if (!(e instanceof E.PyBaseException)) throw e;
  }
  self.pos = 0;
  self.rawPos = 0;
  resetReadBuffer(self);
  resetWriteBuffer(self);
  const exactSelf = typeOf(self) === (readable && writable ? BufferedRandomType : readable ? BufferedReaderType : BufferedWriterType);
  self.fastClosedChecks = exactSelf && typeOf(raw) === FileIOType;
  self.ok = true;
  if (track) trackIO(self, raw);
}

const rawMethod = (name: string) => (s: V): V => PyObject_CallMethod(S(s).raw, name, []);

function bufferedSizeof(s: V): V {
  const self = s as PyBuffered;
  return 104 + (self.freed ? 0 : self.bufferSize);
}

const COMMON_METHODS = {
  close: { sig: '($self, /)', impl: bufferedClose },
  detach: { sig: '($self, /)', impl: bufferedDetach },
  seekable: { sig: '($self, /)', impl: rawMethod('seekable') },
  fileno: { sig: '($self, /)', impl: rawMethod('fileno') },
  isatty: { sig: '($self, /)', impl: rawMethod('isatty') },
  _dealloc_warn: { sig: '($self, source, /)', impl: bufferedDeallocWarn },
  seek: { sig: '($self, target, whence=0, /)', impl: bufferedSeek },
  tell: { sig: '($self, /)', impl: bufferedTell },
  truncate: { sig: '($self, pos=None, /)', impl: bufferedTruncate },
  __sizeof__: { sig: '($self, /)', impl: bufferedSizeof },
  __getstate__: { sig: '($self, /)', impl: (s: V): V => cannotPickle(s) },
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
    tp_init: initWith('($self, /, raw, buffer_size=DEFAULT_BUFFER_SIZE)', (s: V, raw: V, size: V) => bufferedInit(s as PyBuffered, raw, size, true, true)),
    tp_repr: bufferedRepr,
    tp_iternext: bufferedIternext,
  },
  methods: { ...COMMON_METHODS, ...READ_METHODS, ...WRITE_METHODS },
  getset: GETSET,
});

/**
 * A new exact BufferedReader/BufferedWriter/BufferedRandom over raw (for open() and the stdio;
 * `track`: finalized when it dies, which the standard streams are not).
 */
export function newBuffered(kind: 'reader' | 'writer' | 'random', raw: V, bufferSize: number, track = true): PyBuffered {
  const b = kind === 'reader' ? new PyBufferedReader() : kind === 'writer' ? new PyBufferedWriter() : new PyBufferedRandom();
  bufferedInit(b, raw, bufferSize, kind !== 'writer', kind !== 'reader', track);
  return b;
}

// ---- BufferedRWPair ----

export class PyBufferedRWPair extends PyIOBase {
  reader: PyBuffered | null = null;
  writer: PyBuffered | null = null;
}

/** CPython: _io_BufferedRWPair___init___impl */
function pairInit(s: V, reader: V, writer: V, bufferSize: V): void {
  const p = s as PyBufferedRWPair;
  checkReadable(reader);
  checkWritable(writer);
  const size = bufferSize === undefined ? DEFAULT_BUFFER_SIZE : PyNumber_AsSsize_t(bufferSize, true, false);
  p.reader = PyObject_Call(BufferedReaderType, [reader, size]) as PyBuffered;
  p.writer = PyObject_Call(BufferedWriterType, [writer, size]) as PyBuffered;
  // No finalizer of its own (CPython's dealloc does not call it): its reader and writer have theirs.
}

/** CPython: _forward_call */
function forwardCall(side: PyBuffered | null, name: string, args: V[]): V {
  if (side === null) throw E.valueError('I/O operation on uninitialized object');
  return PyObject_CallMethod(side, name, args);
}

function forward(which: 'reader' | 'writer', name: string) {
  return (s: V, ...args: V[]): V => forwardCall((s as PyBufferedRWPair)[which], name, args.filter((a) => a !== undefined));
}

/** CPython: bufferedrwpair_close */
function pairClose(s: V): V {
  const p = s as PyBufferedRWPair;
  let err: unknown = null;
  try {
    forwardCall(p.writer, 'close', []);
  } catch (e) {
    err = e;
  }
  let res: V = None;
  try {
    res = forwardCall(p.reader, 'close', []);
  } catch (e) {
    err = err === null ? e : chainExceptions(err, e);
  }
  if (err !== null) throw err;
  return res;
}

/** CPython: bufferedrwpair_isatty */
function pairIsatty(s: V): V {
  const p = s as PyBufferedRWPair;
  const r = forwardCall(p.writer, 'isatty', []);
  if (r !== false) return r;
  return forwardCall(p.reader, 'isatty', []);
}

function pairClosed(s: V): V {
  const p = s as PyBufferedRWPair;
  if (p.writer === null) throw E.runtimeError('the BufferedRWPair object is being garbage-collected');
  return PyObject_GetAttr(p.writer, 'closed');
}

export const BufferedRWPairType = defineBuiltinType({
  name: '_io.BufferedRWPair',
  doc: 'A reader and a writer joined into one stream: BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE).',
  flags: TPFLAGS.BASETYPE,
  base: () => BufferedIOBaseType,
  instanceClass: PyBufferedRWPair,
  alloc: (t: PyType) => (t === BufferedRWPairType ? new PyBufferedRWPair() : newHeapInstance(PyBufferedRWPair, t)),
  slots: {
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
    isatty: { sig: '($self, /)', impl: pairIsatty },
  },
  getset: {
    closed: { get: pairClosed },
  },
});

registerExactIOType(BufferedReaderType);
registerExactIOType(BufferedWriterType);
registerExactIOType(BufferedRandomType);

void PyMemoryView;
