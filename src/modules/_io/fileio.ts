// _io.FileIO: raw binary I/O on a file descriptor of the host.  CPython: Modules/_io/fileio.c
import { None, type PyValue } from '../../objects/object.ts';
import { PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyObject_Call, PyObject_LookupAttr, PyObject_Repr, PyObject_SetAttr, PyObject_IsTrue, PyNumber_Index } from '../../objects/abstract.ts';
import { isIntValue, isStrValue } from '../../objects/boxes.ts';
import * as E from '../../objects/exceptions.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { enterRepr, leaveRepr } from '../../objects/repr-guard.ts';
import { interp } from '../../vm/interpreter.ts';
import { HostError, type StatResult } from '../../runtime/host.ts';
import { finalizationRegistry } from '../../runtime/finalization.ts';
import { pathArg, newOSError, osError } from '../posix/args.ts';
import { PyIOBase, RawIOBaseType, DEFAULT_BUFFER_SIZE, unsupported, optSize, bufferArg, flushPendingWriters, closedFileError, chainExceptions, trackIO, untrackIO, registerExactIOType, cannotPickle, maybeCollectFiles } from './iobase.ts';
import { sysAudit, writeUnraisable } from '../sys.ts';
import { warnEx } from '../_warnings.ts';

type V = PyValue;

const O_RDONLY = 0;
const O_WRONLY = 1;
const O_RDWR = 2;
const O_CREAT = 0o100;
const O_EXCL = 0o200;
const O_TRUNC = 0o1000;
const O_APPEND = 0o2000;
const O_CLOEXEC = 0o2000000;
const SMALLCHUNK = 8192;
const LARGE_BUFFER_CUTOFF_SIZE = 65536;

export class PyFileIO extends PyIOBase {
  fd = -1;
  created = false;
  readable = false;
  writable = false;
  appending = false;
  /** -1: not known yet. */
  seekable = -1;
  closefd = true;
  finalizing = false;
  statAtOpen: StatResult | null = null;
}

function host() {
  return interp().host;
}

function errClosed(): PyValue {
  return E.valueError('I/O operation on closed file');
}

function errMode(action: string): PyValue {
  return unsupported(`File not open for ${action}`);
}

function self_(s: V): PyFileIO {
  return s as PyFileIO;
}

/** FileIO(file, mode='r', closefd=True, opener=None).  CPython: _io_FileIO___init___impl */
function fileioInit(s: V, nameobj: V, modeArg: V, closefdArg: V, opener: V): void {
  const self = self_(s);
  if (self.fd >= 0) {
    if (self.closefd) internalClose(self);
    else self.fd = -1;
  }
  if (!isStrValue(modeArg)) throw E.typeError(`FileIO() argument 'mode' must be str, not ${typeOf(modeArg).tp_name}`);
  const mode = modeArg as string;
  const closefd = closefdArg === undefined ? true : PyObject_IsTrue(closefdArg);
  let fd = -1;
  let path: string | null = null;
  if (typeof nameobj === 'boolean') warnEx(E.PyExc_RuntimeWarning, 'bool is used as a file descriptor', 1);
  if (isIntValue(nameobj)) {
    const n = PyNumber_Index(nameobj);
    if (n < 0) throw E.valueError('negative file descriptor');
    if (n > 2147483647) throw E.overflowError('Python int too large to convert to C int');
    fd = Number(n);
  } else {
    path = pathArg(nameobj, '', 'path').path;
  }
  let rwa = false;
  let plus = false;
  let flags = 0;
  self.created = self.readable = self.writable = self.appending = false;
  const badMode = (): never => {
    throw E.valueError('Must have exactly one of create/read/write/append mode and at most one plus');
  };
  for (const c of mode) {
    switch (c) {
      case 'x':
        if (rwa) badMode();
        rwa = true;
        self.created = true;
        self.writable = true;
        flags |= O_EXCL | O_CREAT;
        break;
      case 'r':
        if (rwa) badMode();
        rwa = true;
        self.readable = true;
        break;
      case 'w':
        if (rwa) badMode();
        rwa = true;
        self.writable = true;
        flags |= O_CREAT | O_TRUNC;
        break;
      case 'a':
        if (rwa) badMode();
        rwa = true;
        self.writable = true;
        self.appending = true;
        flags |= O_APPEND | O_CREAT;
        break;
      case 'b':
        break;
      case '+':
        if (plus) badMode();
        self.readable = self.writable = true;
        plus = true;
        break;
      default:
        throw E.valueError(`invalid mode: ${mode}`);
    }
  }
  if (!rwa) badMode();
  flags |= self.readable && self.writable ? O_RDWR : self.readable ? O_RDONLY : O_WRONLY;
  flags |= O_CLOEXEC;
  sysAudit('open', [nameobj, mode, flags]);
  let fdIsOwn = false;
  try {
    if (fd >= 0) {
      self.fd = fd;
      self.closefd = closefd;
    } else {
      self.closefd = true;
      if (!closefd) throw E.valueError('Cannot use closefd=False with file name');
      flushPendingWriters();
      if (opener === undefined || opener === None) {
        try {
          self.fd = host().open(path!, flags, 0o666);
        } catch (e) {
          // Out of descriptors: files dropped unclosed may hold them (EMFILE, ENFILE).
          if (!(e instanceof HostError && (e.errno === 24 || e.errno === 23) && maybeCollectFiles(true))) throw osError(e, nameobj);
          try {
            self.fd = host().open(path!, flags, 0o666);
          } catch (e2) {
            throw osError(e2, nameobj);
          }
        }
      } else {
        const fdobj = PyObject_Call(opener, [nameobj, flags]);
        if (!isIntValue(fdobj)) throw E.typeError('expected integer from opener');
        const n = Number(PyNumber_Index(fdobj));
        if (n < 0) throw E.valueError(`opener returned ${n}`);
        self.fd = n;
      }
      fdIsOwn = true;
    }
    try {
      self.statAtOpen = host().fstat(self.fd);
    } catch (e) {
      if (e instanceof HostError && e.errno === 9) throw newOSError(9);
      self.statAtOpen = null;
    }
    if (self.statAtOpen !== null && (self.statAtOpen.mode & 0o170000) === 0o040000) throw newOSError(21, nameobj);
    PyObject_SetAttr(s, 'name', nameobj);
    if (self.appending) portableLseek(self, 0, 2, true);
  } catch (e) {
    if (!fdIsOwn) self.fd = -1;
    if (self.fd >= 0) {
      try {
        internalClose(self);
      } catch {
        // the original error wins
      }
    }
    self.statAtOpen = null;
    throw e;
  }
  trackFileIO(self);
  if (self.closefd) trackIO(self, null);
}

function internalClose(self: PyFileIO): void {
  if (self.fd >= 0) {
    const fd = self.fd;
    self.fd = -1;
    untrackFileIO(self);
    untrackIO(self);
    self.statAtOpen = null;
    try {
      host().close(fd);
    } catch (e) {
      throw osError(e);
    }
  }
  self.statAtOpen = null;
}

/** CPython: portable_lseek */
function portableLseek(self: PyFileIO, pos: number, whence: number, suppressPipeError: boolean): number {
  try {
    const r = host().lseek(self.fd, pos, whence);
    if (self.seekable < 0) self.seekable = 1;
    return r;
  } catch (e) {
    if (self.seekable < 0) self.seekable = 0;
    if (e instanceof HostError && suppressPipeError && e.errno === 29) return 0;
    throw osError(e);
  }
}

function offArg(v: V): number {
  if (!isIntValue(v) && typeOf(v).nb_index === null) throw E.typeError(`'${typeOf(v).tp_name}' object cannot be interpreted as an integer`);
  return Number(PyNumber_Index(v));
}

/** FileIO.read: at most one system call.  CPython: _io_FileIO_read_impl */
export function fileioRead(s: V, size: V): V {
  const self = self_(s);
  if (self.fd < 0) throw errClosed();
  if (!self.readable) throw errMode('reading');
  const n = optSize(size);
  if (n < 0) return fileioReadall(s);
  try {
    return new PyBytes(host().read(self.fd, n));
  } catch (e) {
    if (e instanceof HostError && e.errno === 11) return None;
    throw osError(e);
  }
}

/** CPython: _io_FileIO_readall_impl */
export function fileioReadall(s: V): V {
  const self = self_(s);
  if (self.fd < 0) throw errClosed();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let bufsize = SMALLCHUNK;
  const st = self.statAtOpen;
  if (st !== null && st.size > 0) bufsize = st.size + 1;
  for (;;) {
    let data: Uint8Array;
    try {
      data = host().read(self.fd, Math.max(bufsize - total, SMALLCHUNK));
    } catch (e) {
      if (e instanceof HostError && e.errno === 11) {
        if (total > 0) break;
        return None;
      }
      throw osError(e);
    }
    if (data.length === 0) break;
    chunks.push(data);
    total += data.length;
    if (total >= bufsize) bufsize = total > LARGE_BUFFER_CUTOFF_SIZE ? total + (total >> 3) : total + 256 + total;
  }
  if (chunks.length === 1) return new PyBytes(chunks[0]);
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return new PyBytes(out);
}

export function fileioReadinto(s: V, buffer: V): V {
  const self = self_(s);
  if (self.fd < 0) throw errClosed();
  if (!self.readable) throw errMode('reading');
  const buf = bufferArg(buffer, true, 'argument 1');
  try {
    const data = host().read(self.fd, buf.length);
    buf.set(data);
    return data.length;
  } catch (e) {
    if (e instanceof HostError && e.errno === 11) return None;
    throw osError(e);
  }
}

/** Writes bytes with one system call; null if it would block.  (Shared by the buffered writer.) */
export function fileioWriteBytes(self: PyFileIO, data: Uint8Array): number | null {
  if (self.fd < 0) throw errClosed();
  if (!self.writable) throw errMode('writing');
  try {
    return host().write(self.fd, data);
  } catch (e) {
    if (e instanceof HostError && e.errno === 11) return null;
    throw osError(e);
  }
}

function fileioWrite(s: V, b: V): V {
  const self = self_(s);
  if (self.fd < 0) throw errClosed();
  if (!self.writable) throw errMode('writing');
  const n = fileioWriteBytes(self, bufferArg(b, false));
  return n === null ? None : n;
}

export function fileioSeek(s: V, pos: V, whence: V): V {
  const self = self_(s);
  if (self.fd < 0) throw errClosed();
  const w = whence === undefined ? 0 : offArg(whence);
  return portableLseek(self, offArg(pos), w, false);
}

export function fileioTell(s: V): V {
  const self = self_(s);
  if (self.fd < 0) throw errClosed();
  return portableLseek(self, 0, 1, false);
}

function fileioTruncate(s: V, posobj: V): V {
  const self = self_(s);
  if (self.fd < 0) throw errClosed();
  if (!self.writable) throw errMode('writing');
  const pos = posobj === undefined || posobj === None ? portableLseek(self, 0, 1, false) : offArg(posobj);
  try {
    host().ftruncate(self.fd, pos);
  } catch (e) {
    throw osError(e);
  }
  self.statAtOpen = null;
  return posobj === undefined || posobj === None ? pos : posobj;
}

/** FileIO.close: RawIOBase.close (flush, closed flag), then close the descriptor.  CPython: _io_FileIO_close_impl */
export function fileioClose(s: V): V {
  const self = self_(s);
  let err: unknown = null;
  try {
    PyObject_Call(PyObject_LookupAttr(RawIOBaseType, 'close')!, [s]);
  } catch (e) {
    err = e;
  }
  if (!self.closefd) {
    self.fd = -1;
    untrackFileIO(self);
    untrackIO(self);
    if (err !== null) throw err;
    return None;
  }
  if (self.finalizing) fileioDeallocWarn(s, s);
  try {
    internalClose(self);
  } catch (e) {
    err = err === null ? e : chainExceptions(err, e);
  }
  if (err !== null) throw err;
  return None;
}

/** ResourceWarning "unclosed file" about `source` (this file, or the buffer or text file over it).  CPython: fileio_dealloc_warn */
function fileioDeallocWarn(s: V, source: V): V {
  const self = self_(s);
  if (self.fd >= 0 && self.closefd) {
    try {
      warnEx(E.PyExc_ResourceWarning, `unclosed file ${PyObject_Repr(source)}`, 1, source);
    } catch (e) {
      // Spurious errors can appear at shutdown.
      if (e instanceof E.PyBaseException && E.exceptionMatches(e, E.PyExc_Warning)) writeUnraisable(e, None, `Exception ignored while finalizing file ${PyObject_Repr(s)}`);
      else if (!(e instanceof E.PyBaseException)) throw e;
    }
  }
  return None;
}

export function fileioSeekable(s: V): V {
  const self = self_(s);
  if (self.fd < 0) throw errClosed();
  if (self.seekable < 0) {
    try {
      portableLseek(self, 0, 1, false);
    } catch {
      // seekable is now known
    }
  }
  return self.seekable === 1;
}

export function fileioIsatty(s: V): V {
  const self = self_(s);
  if (self.fd < 0) throw errClosed();
  return host().isatty(self.fd);
}

function fileioIsattyOpenOnly(s: V): V {
  const self = self_(s);
  if (self.statAtOpen !== null && (self.statAtOpen.mode & 0o170000) !== 0o020000) return false;
  return fileioIsatty(s);
}

function modeString(self: PyFileIO): string {
  if (self.created) return self.readable ? 'xb+' : 'xb';
  if (self.appending) return self.readable ? 'ab+' : 'ab';
  if (self.readable) return self.writable ? 'rb+' : 'rb';
  return 'wb';
}

function fileioRepr(s: V): string {
  const self = self_(s);
  const typeName = typeOf(s).tp_name;
  if (self.fd < 0) return `<${typeName} [closed]>`;
  const name = PyObject_LookupAttr(s, 'name');
  const closefd = self.closefd ? 'True' : 'False';
  if (name === undefined) return `<${typeName} fd=${self.fd} mode='${modeString(self)}' closefd=${closefd}>`;
  if (!enterRepr(s)) throw E.runtimeError(`reentrant call inside ${typeName}.__repr__`);
  try {
    return `<${typeName} name=${PyObject_Repr(name)} mode='${modeString(self)}' closefd=${closefd}>`;
  } finally {
    leaveRepr(s);
  }
}

function fileioBlksize(s: V): V {
  const st = self_(s).statAtOpen;
  if (st !== null && st.blksize > 1) return st.blksize;
  return DEFAULT_BUFFER_SIZE;
}

// ---- descriptors of FileIO objects that were never closed are closed when they are collected ----

const registry = finalizationRegistry<{ fd: number; host: { close(fd: number): void } }>((held) => {
  try {
    held.host.close(held.fd);
  } catch {
    // already closed
  }
});

function trackFileIO(self: PyFileIO): void {
  if (registry !== null && self.closefd && self.fd > 2) registry.register(self, { fd: self.fd, host: host() }, self);
}

function untrackFileIO(self: PyFileIO): void {
  registry?.unregister(self);
}

function fileioNew(type: PyType): PyFileIO {
  return type === FileIOType ? new PyFileIO() : newHeapInstance(PyFileIO, type);
}

export const FileIOType = defineBuiltinType({
  name: '_io.FileIO',
  doc: 'Raw binary I/O on a file: FileIO(file, mode=\'r\', closefd=True, opener=None).',
  flags: TPFLAGS.BASETYPE,
  base: () => RawIOBaseType,
  instanceClass: PyFileIO,
  alloc: fileioNew,
  slots: {
    tp_new: (t: PyType) => fileioNew(t),
    tp_init: initWith("($self, /, file, mode='r', closefd=True, opener=None)", fileioInit),
    tp_repr: fileioRepr,
  },
  methods: {
    read: { sig: '($self, size=-1, /)', impl: fileioRead, doc: 'Read at most size bytes with one system call; all of the file if size is negative.' },
    readall: { sig: '($self, /)', impl: fileioReadall, doc: 'Read the rest of the file.' },
    readinto: { sig: '($self, buffer, /)', impl: fileioReadinto, doc: 'Read into a writable buffer; return the number of bytes read.' },
    write: { sig: '($self, b, /)', impl: fileioWrite, doc: 'Write bytes with one system call; return the number written.' },
    seek: { sig: '($self, pos, whence=0, /)', impl: fileioSeek, doc: 'Move to a new position and return it.' },
    tell: { sig: '($self, /)', impl: fileioTell, doc: 'The current position.' },
    truncate: { sig: '($self, size=None, /)', impl: fileioTruncate, doc: 'Truncate the file to size bytes (default: the current position).' },
    close: { sig: '($self, /)', impl: fileioClose, doc: 'Close the file; later I/O raises ValueError.' },
    seekable: { sig: '($self, /)', impl: fileioSeekable, doc: 'Whether the file supports random access.' },
    readable: { sig: '($self, /)', impl: (s: V) => { if (self_(s).fd < 0) throw errClosed(); return self_(s).readable; }, doc: 'Whether the file was opened for reading.' },
    writable: { sig: '($self, /)', impl: (s: V) => { if (self_(s).fd < 0) throw errClosed(); return self_(s).writable; }, doc: 'Whether the file was opened for writing.' },
    fileno: { sig: '($self, /)', impl: (s: V) => { if (self_(s).fd < 0) throw errClosed(); return self_(s).fd; }, doc: 'The file descriptor.' },
    isatty: { sig: '($self, /)', impl: fileioIsatty, doc: 'Whether the file is a terminal.' },
    _isatty_open_only: { sig: '($self, /)', impl: fileioIsattyOpenOnly },
    _dealloc_warn: { sig: '($self, source, /)', impl: fileioDeallocWarn },
    __getstate__: { sig: '($self, /)', impl: (s: V): V => cannotPickle(s) },
  },
  getset: {
    closed: { get: (s: PyFileIO) => s.fd < 0, doc: 'True if the file is closed' },
    closefd: { get: (s: PyFileIO) => s.closefd, doc: 'True if the file descriptor will be closed by close().' },
    mode: { get: (s: PyFileIO) => modeString(s), doc: 'String giving the file mode' },
    _blksize: { get: fileioBlksize },
    _finalizing: { get: (s: PyFileIO) => s.finalizing, set: (s: PyFileIO, v: V | null) => void (s.finalizing = v !== null && PyObject_IsTrue(v)) },
  },
});

registerExactIOType(FileIOType);

void closedFileError;

// ---- __init__ through a text signature ----

import { parseSignature, bindArguments } from '../../objects/getargs.ts';
import type { InitFunc } from '../../objects/type.ts';

/** An __init__ slot whose arguments are bound from a text signature (Argument Clinic's __init__). */
export function initWith(sig: string, impl: (self: V, ...args: never[]) => void): InitFunc {
  const parsed = parseSignature(sig);
  return (self: V, args: readonly PyValue[], kwnames: readonly string[] | null): void => {
    const name = typeOf(self).tp_name.split('.').pop()!;
    const bound = bindArguments(parsed, { short: name, funcStr: `${name}()` }, args, kwnames);
    (impl as (self: V, ...a: unknown[]) => void)(self, ...bound);
  };
}
