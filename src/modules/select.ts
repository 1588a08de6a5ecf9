// The select module: waiting until descriptors are ready.  CPython: Modules/selectmodule.c
//
// Readiness comes from what pyts knows without asking the kernel (Node cannot wait on descriptors
// synchronously): an in-process socket (./_socket/ends.ts) is readable with bytes waiting or at end
// of file and writable while connected; a listening one is readable with connections waiting.
// The pipes os.pipe() made are asked of the host (Host.pollEvents: readable with bytes waiting or at
// end of file).  Regular files, directories and block devices are always ready to read and write, as
// select(2) reports them.  Differs from CPython: another pipe, a terminal or a character device is
// reported ready to read and write, since pyts cannot learn whether it is (a read then blocks until
// data comes), and a pipe's write end is always reported writable.
// A wait with nothing ready checks again after short sleeps (a child process may write to a pipe
// meanwhile) until its timeout.
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { newHeapInstance } from '../objects/heap.ts';
import { PyList } from '../objects/list.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyFloat } from '../objects/float.ts';
import { type PyType, TPFLAGS, typeOf } from '../objects/type.ts';
import { PyNumber_Index, PyObject_Call, iterableToArray } from '../objects/abstract.ts';
import { PyExc_OSError, keyError, overflowError, typeError, valueError } from '../objects/exceptions.ts';
import { isIntValue } from '../objects/boxes.ts';
import { typeName } from '../objects/typeobject.ts';
import { interp } from '../vm/interpreter.ts';
import { newOSError } from './posix/args.ts';
import { fileDescriptor } from './posix/index.ts';
import { FD_SETSIZE, SocketEnd, allocateFd, fdObject, releaseFd } from './_socket/ends.ts';

type V = PyValue;

/** The first descriptor of the host's in-memory files (VFD_BASE of src/runtime/node-host.ts). */
const VIRTUAL_FDS = 1 << 24;
const EBADF = 9;
const ENOENT = 2;
const EEXIST = 17;
const EMFILE = 24;
const S_IFMT = 0o170000;
const ALWAYS_READY = new Set([0o100000, 0o040000, 0o060000]); // regular file, directory, block device
/** Linux's PIPE_BUF (<linux/limits.h>): writes up to this size to a pipe are atomic. */
const PIPE_BUF = 4096;

const POLLIN = 1;
const POLLPRI = 2;
const POLLOUT = 4;
const POLLERR = 8;
const POLLHUP = 16;
const POLLNVAL = 32;
const POLLRDNORM = 64;
const POLLWRNORM = 256;
const EPOLLONESHOT = 1 << 30;

const POLL_CONSTANTS: Record<string, number> = {
  POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL, POLLRDNORM, POLLRDBAND: 128, POLLWRNORM, POLLWRBAND: 512, POLLMSG: 1024, POLLRDHUP: 8192,
  EPOLLIN: 1, EPOLLPRI: 2, EPOLLOUT: 4, EPOLLERR: 8, EPOLLHUP: 16, EPOLLRDNORM: 64, EPOLLRDBAND: 128, EPOLLWRNORM: 256, EPOLLWRBAND: 512,
  EPOLLMSG: 1024, EPOLLRDHUP: 8192, EPOLLEXCLUSIVE: 1 << 28, EPOLLONESHOT, EPOLLET: 2 ** 31, EPOLL_CLOEXEC: 0o2000000,
};

function host() {
  return interp().host;
}

/**
 * The poll(2) events of a descriptor (POLLIN|POLLRDNORM, POLLOUT|POLLWRNORM, POLLHUP), or POLLNVAL
 * when it is not open.
 */
function eventsOf(fd: number): number {
  const o = fdObject(fd);
  if (o instanceof SocketEnd) {
    if (o.listener !== null) return o.listener.backlog.length > 0 ? POLLIN | POLLRDNORM : 0;
    let ev = 0;
    if (o.readable()) ev |= POLLIN | POLLRDNORM;
    if (o.peer !== null || o.peerGone || o.writeShut) ev |= POLLOUT | POLLWRNORM;
    if (o.peerGone || (o.eof && o.writeShut)) ev |= POLLHUP;
    if (o.peer === null && !o.peerGone && !o.eof) ev |= POLLOUT | POLLHUP; // unconnected: Linux reports these
    return ev;
  }
  if (o !== undefined) return 0; // an epoll instance: never ready
  const known = host().pollEvents?.(fd) ?? null;
  if (known !== null) return known;
  let mode: number;
  try {
    mode = host().fstat(fd).mode;
  } catch {
    return POLLNVAL;
  }
  if (!ALWAYS_READY.has(mode & S_IFMT)) return POLLIN | POLLRDNORM | POLLOUT | POLLWRNORM; // see the note at the top
  return POLLIN | POLLRDNORM | POLLOUT | POLLWRNORM;
}

/**
 * Waits up to `seconds` (null: without limit) until `check()` finds something ready.  Only the
 * host's pipes (whose other end a child process may use) can become ready while Python waits, so
 * this checks again after sleeps that grow from 1 ms to 20 ms.
 */
function waitUntil<T>(seconds: number | null, check: () => T[]): T[] {
  let r = check();
  if (r.length > 0 || seconds === 0) return r;
  const deadline = seconds === null ? Infinity : Number(host().monotonicNs()) / 1e9 + seconds;
  let step = 0.001;
  for (;;) {
    const left = deadline - Number(host().monotonicNs()) / 1e9;
    if (left <= 0) return r;
    host().sleep(Math.min(step, left));
    step = Math.min(step * 2, 0.02);
    r = check();
    if (r.length > 0) return r;
  }
}

// ---- select() ----

/** The objects of one of select()'s lists with their descriptors.  CPython: seq2set */
function descriptors(seq: V): [V, number][] {
  let items: V[];
  if (seq instanceof PyList || seq instanceof PyTuple) items = seq.items.slice();
  else {
    try {
      items = iterableToArray(seq);
    } catch {
      throw typeError('arguments 1-3 must be sequences');
    }
  }
  return items.map((o) => {
    const fd = fileDescriptor(o);
    // Descriptors from 2**24 up are the host's files in memory (src/runtime/node-host.ts), which
    // stand for small descriptors: only real ones are held to select(2)'s limit.
    if (fd >= FD_SETSIZE && fd < VIRTUAL_FDS) throw valueError('filedescriptor out of range in select()');
    return [o, fd];
  });
}

/** Seconds of a timeout argument; null for None.  CPython: _PyTime_FromSecondsObject */
function secondsArg(t: V | undefined, message: string): number | null {
  if (t === undefined || t === None) return null;
  if (t instanceof PyFloat) {
    if (Number.isNaN(t.value)) throw valueError('Invalid value NaN (not a number)');
    return t.value;
  }
  if (!isIntValue(t)) {
    try {
      return Number(PyNumber_Index(t));
    } catch {
      throw typeError(message);
    }
  }
  return Number(PyNumber_Index(t));
}

/** select(rlist, wlist, xlist, timeout=None).  CPython: select_select_impl */
function select(_m: V, rlist: V, wlist: V, xlist: V, timeoutObj?: V): V {
  const timeout = secondsArg(timeoutObj, 'timeout must be a float or None');
  if (timeout !== null && timeout < 0) throw valueError('timeout must be non-negative');
  const r = descriptors(rlist);
  const w = descriptors(wlist);
  const x = descriptors(xlist);
  const check = (): V[][] => {
    const out: V[][] = [[], [], []];
    let any = false;
    for (const [list, bits, i] of [[r, POLLIN | POLLHUP, 0], [w, POLLOUT, 1], [x, POLLPRI, 2]] as const) {
      for (const [o, fd] of list) {
        const ev = eventsOf(fd);
        if (ev & POLLNVAL) throw newOSError(EBADF);
        if (ev & bits) {
          out[i].push(o);
          any = true;
        }
      }
    }
    return any ? out : [];
  };
  const got = waitUntil(timeout, check);
  const lists = got.length === 0 ? [[], [], []] : got;
  return new PyTuple(lists.map((l) => new PyList(l)));
}

// ---- poll objects ----

export class PyPollObject extends PyObject {
  readonly fds = new Map<number, number>();
  polling = false;
}

function eventmaskArg(v: V | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (!isIntValue(v)) throw typeError(`'${typeName(typeOf(v))}' object cannot be interpreted as an integer`);
  const n = PyNumber_Index(v);
  if (typeof n === 'bigint' || n < 0 || n > 0xffff) throw overflowError(n < 0 ? "Python int too small to convert to C unsigned short" : 'Python int too large to convert to C unsigned short');
  return n;
}

function uintMaskArg(v: V | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (!isIntValue(v)) throw typeError(`'${typeName(typeOf(v))}' object cannot be interpreted as an integer`);
  const n = PyNumber_Index(v);
  if (typeof n === 'bigint' ? n < -(2n ** 31n) || n >= 2n ** 32n : n < -(2 ** 31) || n >= 2 ** 32) throw overflowError('Python int too large to convert to C unsigned int');
  return Number(n) >>> 0;
}

function pollRegister(self: V, fd: V, mask?: V): V {
  const p = self as PyPollObject;
  p.fds.set(fileDescriptor(fd), eventmaskArg(mask, POLLIN | POLLPRI | POLLOUT));
  return None;
}

function pollModify(self: V, fd: V, mask: V): V {
  const p = self as PyPollObject;
  const n = fileDescriptor(fd);
  const m = eventmaskArg(mask, 0);
  if (!p.fds.has(n)) throw newOSError(ENOENT);
  p.fds.set(n, m);
  return None;
}

function pollUnregister(self: V, fd: V): V {
  const p = self as PyPollObject;
  const n = fileDescriptor(fd);
  if (!p.fds.delete(n)) throw keyError(n);
  return None;
}

function pollPoll(self: V, timeoutObj?: V): V {
  const p = self as PyPollObject;
  let ms = secondsArg(timeoutObj, 'timeout must be an integer or None');
  if (ms !== null && ms < 0) ms = null;
  const check = (): V[] => {
    const out: V[] = [];
    for (const [fd, mask] of p.fds) {
      const ev = eventsOf(fd) & (mask | POLLERR | POLLHUP | POLLNVAL);
      if (ev !== 0) out.push(new PyTuple([fd, ev]));
    }
    return out;
  };
  return new PyList(waitUntil(ms === null ? null : Math.ceil(ms) / 1000, check));
}

export const PollType = defineBuiltinType({
  name: 'select.poll',
  doc: null,
  instanceClass: PyPollObject,
  methods: {
    register: { sig: '($self, fd, eventmask=select.POLLIN | select.POLLPRI | select.POLLOUT, /)', impl: pollRegister },
    modify: { sig: '($self, fd, eventmask, /)', impl: pollModify },
    unregister: { sig: '($self, fd, /)', impl: pollUnregister },
    poll: { sig: '($self, timeout=None, /)', impl: pollPoll },
  },
});
PollType.tp_new = null;

// ---- epoll objects ----

export class PyEpollObject extends PyObject {
  /** -1 once closed. */
  epfd = -1;
  readonly fds = new Map<number, number>();
}

function epollNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const names = ['sizehint', 'flags'];
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 2) throw typeError(`epoll() takes at most 2 arguments (${args.length} given)`);
  const got: (V | undefined)[] = args.slice(0, npos);
  for (let i = 0; i < nkw; i++) {
    const at = names.indexOf(kwnames![i]);
    if (at < 0) throw typeError(`epoll() got an unexpected keyword argument '${kwnames![i]}'`);
    got[at] = args[npos + i];
  }
  const sizehint = got[0] === undefined ? -1 : Number(PyNumber_Index(got[0]));
  const flags = got[1] === undefined ? 0 : Number(PyNumber_Index(got[1]));
  if (sizehint !== -1 && sizehint <= 0) throw valueError('negative sizehint');
  if (flags && flags !== POLL_CONSTANTS.EPOLL_CLOEXEC) throw PyObject_Call(PyExc_OSError, ['invalid flags']);
  const e = type === EpollType ? new PyEpollObject() : newHeapInstance(PyEpollObject, type);
  const o = allocateFd((fd) => ({ fd, kind: 'epoll' as const }));
  if (o === null) throw newOSError(EMFILE);
  e.epfd = o.fd;
  return e;
}

function open(self: V): PyEpollObject {
  const e = self as PyEpollObject;
  if (e.epfd < 0) throw valueError('I/O operation on closed epoll object');
  return e;
}

function epollClose(self: V): V {
  const e = self as PyEpollObject;
  if (e.epfd >= 0) {
    releaseFd(e.epfd);
    e.epfd = -1;
  }
  return None;
}

function epollRegister(self: V, fd: V, mask?: V): V {
  const e = open(self);
  const n = fileDescriptor(fd);
  const m = uintMaskArg(mask, POLLIN | POLLPRI | POLLOUT);
  if (eventsOf(n) & POLLNVAL) throw newOSError(EBADF);
  if (e.fds.has(n)) throw newOSError(EEXIST);
  e.fds.set(n, m);
  return None;
}

function epollModify(self: V, fd: V, mask: V): V {
  const e = open(self);
  const n = fileDescriptor(fd);
  const m = uintMaskArg(mask, 0);
  if (eventsOf(n) & POLLNVAL) throw newOSError(EBADF);
  if (!e.fds.has(n)) throw newOSError(ENOENT);
  e.fds.set(n, m);
  return None;
}

function epollUnregister(self: V, fd: V): V {
  const e = open(self);
  const n = fileDescriptor(fd);
  if (eventsOf(n) & POLLNVAL) throw newOSError(EBADF);
  if (!e.fds.delete(n)) throw newOSError(ENOENT);
  return None;
}

function epollPoll(self: V, timeoutObj?: V, maxeventsObj?: V): V {
  const e = open(self);
  const t = secondsArg(timeoutObj, 'timeout must be an integer or None');
  const timeout = t === null || t < 0 ? null : Math.ceil(t * 1000) / 1000;
  let maxevents = maxeventsObj === undefined ? -1 : Number(PyNumber_Index(maxeventsObj));
  if (maxevents === -1) maxevents = FD_SETSIZE - 1;
  else if (maxevents < 1) throw valueError(`maxevents must be greater than 0, got ${maxevents}`);
  const check = (): V[] => {
    const out: V[] = [];
    for (const [fd, mask] of e.fds) {
      if (out.length >= maxevents) break;
      // A descriptor closed since it was registered leaves the set, as the kernel drops it.
      const raw = eventsOf(fd);
      if (raw & POLLNVAL) {
        e.fds.delete(fd);
        continue;
      }
      const ev = raw & (mask | POLLERR | POLLHUP);
      if (ev === 0 || (mask & ~(POLLERR | POLLHUP | EPOLLONESHOT | 2 ** 31 | (1 << 28))) === 0) continue;
      out.push(new PyTuple([fd, ev]));
      if (mask & EPOLLONESHOT) e.fds.set(fd, 0);
    }
    return out;
  };
  return new PyList(waitUntil(timeout, check));
}

export const EpollType: PyType = defineBuiltinType({
  name: 'select.epoll',
  doc: 'select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object\n\n  sizehint\n    The expected number of events to be registered.  It must be positive,\n    or -1 to use the default.  It is only used on older systems where\n    epoll_create1() is not available; otherwise it has no effect (though its\n    value is still checked).\n  flags\n    Deprecated and completely ignored.  However, when supplied, its value\n    must be 0 or select.EPOLL_CLOEXEC, otherwise OSError is raised.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyEpollObject,
  slots: { tp_new: epollNew },
  methods: {
    close: { sig: '($self, /)', impl: epollClose },
    fileno: { sig: '($self, /)', impl: (self: V) => open(self).epfd },
    register: { sig: '($self, /, fd, eventmask=select.EPOLLIN | select.EPOLLPRI | select.EPOLLOUT)', impl: epollRegister },
    modify: { sig: '($self, /, fd, eventmask)', impl: epollModify },
    unregister: { sig: '($self, /, fd)', impl: epollUnregister },
    poll: { sig: '($self, /, timeout=None, maxevents=-1)', impl: epollPoll },
    fromfd: { sig: '($type, fd, /)', kind: 'classmethod', impl: (type: PyType, _fd: V) => epollNew(type, [], null) },
    __enter__: { sig: '($self, /)', impl: (self: V) => (open(self), self) },
    __exit__: { sig: '($self, exc_type=None, exc_value=None, exc_tb=None, /)', impl: (self: V) => epollClose(self) },
  },
  getset: {
    closed: { get: (e: PyEpollObject) => e.epfd < 0, doc: 'True if the epoll handler is closed' },
  },
});

export const selectModule = defineModule({
  name: 'select',
  doc: 'This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors.',
  functions: {
    select: {
      sig: '($module, rlist, wlist, xlist, timeout=None, /)',
      impl: select,
    },
    poll: { sig: '($module, /)', impl: () => new PyPollObject() },
  },
  constants: () => ({ error: PyExc_OSError, PIPE_BUF, epoll: EpollType, ...POLL_CONSTANTS }),
});
