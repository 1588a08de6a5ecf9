// The _socket module, which socket.py builds on.  CPython: Modules/socketmodule.c
//
// Differs from CPython: Node has no synchronous sockets, so pyts's sockets live in the process
// (./ends.ts).  socketpair() gives two connected AF_UNIX ends whose send/recv/sendall/recv_into,
// blocking modes, timeouts, shutdown and close behave as a Linux socketpair's; select, poll and epoll
// see their readiness.  A socket from socket() can bind and listen on a loopback address, and a
// connect() to that address from the same process is accepted through the listener; a connect()
// elsewhere fails with ENETUNREACH (to another host) or ECONNREFUSED (to a loopback port with no
// listener), as on a Linux machine without a network.  Name resolution knows numeric addresses,
// '' and None, 'localhost' and '<broadcast>'; other names fail with EAI_NONAME.
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { defineModule } from '../../objects/module-def.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyFloat } from '../../objects/float.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyList } from '../../objects/list.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { type PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { PyNumber_Index, PyObject_Call, PyObject_Str } from '../../objects/abstract.ts';
import { PyExc_OSError, PyExc_TimeoutError, overflowError, typeError, valueError } from '../../objects/exceptions.ts';
import { isIntValue, isStrValue, strValue } from '../../objects/boxes.ts';
import { typeName } from '../../objects/typeobject.ts';
import { interp } from '../../vm/interpreter.ts';
import { bufferOf, newOSError } from '../posix/args.ts';
import { newExceptionClass } from '../hashlib-support.ts';
import { SOCKET_CONSTANTS } from './constants.generated.ts';
import { SocketEnd, allocateFd, duplicateFd, fdObject, releaseFd } from './ends.ts';
import { inetAton, inetNtop4, inetNtop6, inetPton4, inetPton6 } from './inet.ts';

type V = PyValue;

const AF_UNSPEC = 0;
const AF_UNIX = 1;
const AF_INET = 2;
const AF_INET6 = 10;
const SOCK_STREAM = 1;
const SOCK_DGRAM = 2;
const SOCK_RAW = 3;
const SOCK_SEQPACKET = 5;
const SOCK_NONBLOCK = 0o4000;
const SOCK_CLOEXEC = 0o2000000;
const SOL_SOCKET = 1;
const SO_TYPE = 3;
const SO_ERROR = 4;
const SO_PROTOCOL = 38;
const SO_DOMAIN = 39;
const IPPROTO_TCP = 6;
const IPPROTO_UDP = 17;
const AI_PASSIVE = 1;
const AI_CANONNAME = 2;
const AI_NUMERICHOST = 4;
const AI_NUMERICSERV = 0x400;
const NI_NUMERICHOST = 1;
const NI_NUMERICSERV = 2;
const NI_NAMEREQD = 8;
const EAI_NONAME = -2;
const EAI_FAMILY = -6;
const EAI_SERVICE = -8;
const EAI_BADFLAGS = -1;
const EAI_ADDRFAMILY = -9;

const EPERM = 1;
const EBADF = 9;
const EAGAIN = 11;
const EMFILE = 24;
const EINVAL = 22;
const EPIPE = 32;
const ENOTSOCK = 88;
const EPROTONOSUPPORT = 93;
const ESOCKTNOSUPPORT = 94;
const EOPNOTSUPP = 95;
const EAFNOSUPPORT = 97;
const EADDRINUSE = 98;
const EADDRNOTAVAIL = 99;
const ENETUNREACH = 101;
const EISCONN = 106;
const ENOTCONN = 107;
const ECONNREFUSED = 111;

// glibc's gai_strerror texts.
const GAI_MESSAGES: Record<number, string> = {
  [EAI_BADFLAGS]: 'Bad value for ai_flags',
  [EAI_NONAME]: 'Name or service not known',
  [EAI_FAMILY]: 'ai_family not supported',
  [EAI_SERVICE]: 'Servname not supported for ai_socktype',
  [EAI_ADDRFAMILY]: 'Address family for hostname not supported',
};

function host() {
  return interp().host;
}

// ---- exceptions ----

let herror: PyType | null = null;
let gaierror: PyType | null = null;

function gaiError(code: number): V {
  return PyObject_Call(gaierror!, [code, GAI_MESSAGES[code] ?? 'Unknown error']);
}

function timeoutError(): V {
  return PyObject_Call(PyExc_TimeoutError, ['timed out']);
}

// ---- the socket object ----

/** A bound or listening address of an in-process socket, and the connections waiting on a listener. */
interface Listener {
  readonly backlog: SocketEnd[];
  owner: SocketEnd;
}

/** Listening sockets by "family host port". */
const listeners = new Map<string, Listener>();
/** Addresses sockets are bound to, by the end. */
const bound = new Map<SocketEnd, { key: string; addr: V; listening: boolean }>();
let nextEphemeralPort = 40000;

export class PySocketObject extends PyObject {
  fd = -1;
  family = AF_INET;
  type = SOCK_STREAM;
  proto = 0;
  /** Seconds; null blocks without limit, 0 never blocks. */
  timeout: number | null = null;
}

function S(v: V): PySocketObject {
  return v as PySocketObject;
}

function socketNew(type: PyType): V {
  const s = type === SocketType ? new PySocketObject() : newHeapInstance(PySocketObject, type);
  s.timeout = defaultTimeout;
  return s;
}

/** The end behind an open socket; EBADF when closed. */
function endOf(s: PySocketObject): SocketEnd {
  const o = s.fd < 0 ? undefined : fdObject(s.fd);
  if (!(o instanceof SocketEnd)) throw newOSError(EBADF);
  return o;
}

function newEnd(family: number, type: number, proto: number): SocketEnd {
  const e = allocateFd((fd) => new SocketEnd(fd, family, type, proto));
  if (e === null) throw newOSError(EMFILE);
  return e;
}

/** Closes one descriptor of an end; the end closes with its last descriptor. */
function closeFd(fd: number): void {
  const e = fdObject(fd);
  if (!(e instanceof SocketEnd)) throw newOSError(EBADF);
  releaseFd(fd);
  e.fds.delete(fd);
  if (e.fds.size > 0) return;
  e.closed = true;
  const b = bound.get(e);
  if (b !== undefined) {
    if (b.listening) listeners.delete(b.key);
    bound.delete(e);
  }
  if (e.peer !== null) {
    e.peer.eof = true;
    e.peer.peerGone = true;
    e.peer.peer = null;
  }
}

function intArgOf(v: V, what: string): number {
  if (!isIntValue(v)) throw typeError(`'${typeName(typeOf(v))}' object cannot be interpreted as an integer`);
  const n = PyNumber_Index(v);
  if (typeof n === 'bigint') throw overflowError(`${what}: Python int too large to convert to C int`);
  return Number(n);
}

/** socket(family=-1, type=-1, proto=-1, fileno=None).  CPython: sock_initobj_impl */
function socketInit(self: V, args: readonly V[], kwnames: readonly string[] | null): void {
  const names = ['family', 'type', 'proto', 'fileno'];
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 4) throw typeError(`socket() takes at most 4 arguments (${args.length} given)`);
  const got: (V | undefined)[] = args.slice(0, npos);
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    const at = names.indexOf(k);
    if (at < 0) throw typeError(`socket() got an unexpected keyword argument '${k}'`);
    if (at < npos) throw typeError(`argument for socket() given by name ('${k}') and position (${at + 1})`);
    got[at] = args[npos + i];
  }
  let family = got[0] === undefined ? -1 : intArgOf(got[0], 'socket');
  let type = got[1] === undefined ? -1 : intArgOf(got[1], 'socket');
  let proto = got[2] === undefined ? -1 : intArgOf(got[2], 'socket');
  const fileno = got[3] === undefined ? None : got[3];
  const s = S(self);
  if (fileno !== None) {
    if (typeof fileno === 'object' && fileno instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
    const fd = intArgOf(fileno, 'socket');
    if (fd < 0) throw valueError('negative file descriptor');
    const e = fdObject(fd);
    if (!(e instanceof SocketEnd)) {
      // A real descriptor (not a socket pyts can use) or none.
      try {
        host().fstat(fd);
      } catch {
        throw newOSError(EBADF);
      }
      throw newOSError(ENOTSOCK);
    }
    if (family === -1) family = e.family;
    if (type === -1) type = e.type;
    if (proto === -1) proto = e.proto;
    s.fd = fd;
  } else {
    if (family === -1) family = AF_INET;
    if (type === -1) type = SOCK_STREAM;
    if (proto === -1) proto = 0;
    const kind = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (family !== AF_UNIX && family !== AF_INET && family !== AF_INET6) throw newOSError(EAFNOSUPPORT);
    // Linux takes SOCK_RAW for AF_UNIX as SOCK_DGRAM; raw IP sockets need privileges.
    if (kind === SOCK_RAW && family !== AF_UNIX) throw newOSError(EPERM);
    if (kind !== SOCK_STREAM && kind !== SOCK_DGRAM && kind !== SOCK_SEQPACKET && kind !== SOCK_RAW) throw newOSError(EINVAL);
    if (kind === SOCK_SEQPACKET && family !== AF_UNIX) throw newOSError(EPROTONOSUPPORT);
    if (family !== AF_UNIX && proto !== 0 && proto !== (kind === SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP)) throw newOSError(EPROTONOSUPPORT);
    // getsockopt(SO_PROTOCOL) reports the IP protocol chosen; the proto attribute stays as given.
    s.fd = newEnd(family, kind, family !== AF_UNIX && proto === 0 ? (kind === SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP) : proto).fd;
    if (type & SOCK_NONBLOCK) s.timeout = 0;
  }
  s.family = family;
  s.type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  s.proto = proto;
}

// ---- timeouts ----

/** None (blocking) or seconds; per process, as CPython's defaulttimeout. */
let defaultTimeout: number | null = null;

/** A timeout argument.  CPython: socket_parse_timeout */
function parseTimeout(v: V): number | null {
  if (v === None) return null;
  let s: number;
  if (v instanceof PyFloat) {
    if (Number.isNaN(v.value)) throw valueError('Invalid value NaN (not a number)');
    s = v.value;
  } else {
    // Not an int: PyNumber_Index's TypeError, as _PyTime_FromSecondsObject's.
    s = Number(PyNumber_Index(v));
  }
  if (s < 0) throw valueError('Timeout value out of range');
  return s;
}

/**
 * Waits until `ready()` or the socket's timeout.  Python runs on one thread in pyts and the other end
 * of an in-process socket is in this process, so a socket that is not ready now stays so: a timeout
 * is slept through and fails, and no timeout waits forever, as a single-threaded CPython program
 * blocked on its own socketpair does.  CPython: sock_call_ex
 */
function waitFor(s: PySocketObject, ready: () => boolean): void {
  if (ready()) return;
  if (s.timeout === 0) throw newOSError(EAGAIN);
  for (;;) {
    host().sleep(s.timeout === null ? 1 : s.timeout);
    if (ready()) return;
    if (s.timeout !== null) throw timeoutError();
  }
}

// ---- addresses ----

/** The 4 or 16 bytes of a host name given to bind/connect/sendto.  CPython: setipaddr */
function hostAddress(name: string, family: number): Uint8Array {
  if (name === '') return new Uint8Array(family === AF_INET6 ? 16 : 4);
  if (name === '<broadcast>') {
    if (family !== AF_INET) throw newOSError(EAFNOSUPPORT);
    return new Uint8Array([255, 255, 255, 255]);
  }
  const r = resolve(name, family, 0);
  if (r.length === 0) throw gaiError(EAI_NONAME);
  return r[0][1];
}

/** A host argument: str (IDNA) or bytes.  CPython: idna_converter */
function hostName(v: V): string {
  if (isStrValue(v)) return strValue(v);
  if (v instanceof PyBytes) return new TextDecoder('latin1').decode(v.data);
  throw typeError(`str, bytes or bytearray expected, not ${typeName(typeOf(v))}`);
}

interface SockAddr {
  bytes: Uint8Array;
  port: number;
  text: string;
}

/** An address tuple for this socket's family.  CPython: getsockaddrarg */
function sockAddrArg(s: PySocketObject, a: V, caller: string): SockAddr {
  if (s.family === AF_UNIX) {
    const p = isStrValue(a) ? strValue(a) : a instanceof PyBytes ? new TextDecoder('latin1').decode(a.data) : null;
    if (p === null) throw typeError(`${caller}(): AF_UNIX address must be str or bytes, not ${typeName(typeOf(a))}`);
    return { bytes: new Uint8Array(0), port: 0, text: p };
  }
  const fam = s.family === AF_INET6 ? 'AF_INET6' : 'AF_INET';
  if (!(a instanceof PyTuple)) throw typeError(`${caller}(): ${fam} address must be tuple, not ${typeName(typeOf(a))}`);
  const n = a.items.length;
  if (s.family === AF_INET ? n !== 2 : n < 2 || n > 4) {
    throw typeError(s.family === AF_INET ? `AF_INET address must be a pair (host, port)` : `AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])`);
  }
  const name = hostName(a.items[0]);
  if (!isIntValue(a.items[1])) throw typeError(`'${typeName(typeOf(a.items[1]))}' object cannot be interpreted as an integer`);
  const bytes = hostAddress(name, s.family);
  const port = PyNumber_Index(a.items[1]);
  if (typeof port === 'bigint' || port < 0 || port > 0xffff) throw overflowError(`${caller}(): port must be 0-65535.`);
  return { bytes, port: Number(port), text: s.family === AF_INET ? inetNtop4(bytes) : inetNtop6(bytes) };
}

function addrValue(family: number, text: string, port: number): V {
  if (family === AF_UNIX) return text;
  if (family === AF_INET6) return new PyTuple([text, port, 0, 0]);
  return new PyTuple([text, port]);
}

function isLoopback(family: number, b: Uint8Array): boolean {
  if (family === AF_INET) return b[0] === 127;
  return b.every((x, i) => (i === 15 ? x === 1 : x === 0));
}

function isAny(b: Uint8Array): boolean {
  return b.every((x) => x === 0);
}

// ---- methods ----

function sockFileno(self: V): V {
  return S(self).fd;
}

function sockClose(self: V): V {
  const s = S(self);
  if (s.fd >= 0) {
    const fd = s.fd;
    s.fd = -1;
    if (fdObject(fd) instanceof SocketEnd) closeFd(fd);
  }
  return None;
}

function sockDetach(self: V): V {
  const s = S(self);
  const fd = s.fd;
  s.fd = -1;
  return fd;
}

function sockGettimeout(self: V): V {
  const t = S(self).timeout;
  return t === null ? None : new PyFloat(t);
}

function sockSettimeout(self: V, t: V): V {
  S(self).timeout = parseTimeout(t);
  return None;
}

function sockSetblocking(self: V, flag: V): V {
  const b = isIntValue(flag) ? Number(PyNumber_Index(flag)) !== 0 : flag === true;
  if (!isIntValue(flag) && typeof flag !== 'boolean') throw typeError(`'${typeName(typeOf(flag))}' object cannot be interpreted as an integer`);
  S(self).timeout = b ? null : 0;
  endOf(S(self));
  return None;
}

function sockGetblocking(self: V): V {
  const s = S(self);
  endOf(s);
  return s.timeout !== 0;
}

function flagsArg(f: V | undefined): number {
  return f === undefined ? 0 : intArgOf(f, 'flags');
}

const MSG_PEEK = 2;
const MSG_DONTWAIT = 0x40;

/** Sends what fits at once (all of it: the peer's buffer is unbounded).  CPython: sock_send */
function sendBytes(s: PySocketObject, data: Uint8Array, flags: number): number {
  const e = endOf(s);
  if (e.writeShut || e.peerGone) throw newOSError(EPIPE);
  if (e.peer === null) throw newOSError(s.type === SOCK_DGRAM ? 89 /* EDESTADDRREQ */ : ENOTCONN);
  void flags;
  if (data.length > 0 || s.type !== SOCK_STREAM) {
    e.peer.inbox.push(data.slice());
    e.peer.inboxSize += data.length;
  }
  return data.length;
}

function sockSend(self: V, data: V, flags?: V): V {
  return sendBytes(S(self), bufferOf(data, false), flagsArg(flags));
}

function sockSendall(self: V, data: V, flags?: V): V {
  sendBytes(S(self), bufferOf(data, false), flagsArg(flags));
  return None;
}

function sockSendto(self: V, data: V, flagsOrAddr: V, addr?: V): V {
  const s = S(self);
  const a = addr === undefined ? flagsOrAddr : addr;
  endOf(s);
  sockAddrArg(s, a, 'sendto');
  if (s.type === SOCK_STREAM && endOf(s).peer !== null) throw newOSError(EISCONN);
  throw newOSError(s.family === AF_UNIX ? 2 /* ENOENT */ : ENETUNREACH);
}

/** Receives up to n bytes, waiting as the socket's mode says.  CPython: sock_recv_guts */
function recvBytes(s: PySocketObject, n: number, flags: number): Uint8Array {
  if (n < 0) throw valueError('negative buffersize in recv');
  const e = endOf(s);
  if (e.peer === null && !e.eof && !e.peerGone) {
    // Linux: an unconnected AF_UNIX stream socket reads end of file; others are not connected.
    if (s.family === AF_UNIX && s.type === SOCK_STREAM) return new Uint8Array(0);
    throw newOSError(ENOTCONN);
  }
  if (flags & MSG_DONTWAIT) {
    if (!e.readable()) throw newOSError(EAGAIN);
  } else waitFor(s, () => e.readable());
  if (flags & MSG_PEEK) {
    const all = e.take(e.inboxSize);
    e.inbox.unshift(all);
    e.inboxSize += all.length;
    return all.slice(0, n);
  }
  if (s.type !== SOCK_STREAM && e.inbox.length > 0) {
    // Datagrams and packets: one message at a time, the rest of it dropped.
    const m = e.inbox.shift()!;
    e.inboxSize -= m.length;
    return m.slice(0, n);
  }
  return e.take(n);
}

function sockRecv(self: V, n: V, flags?: V): V {
  return new PyBytes(recvBytes(S(self), intArgOf(n, 'recv'), flagsArg(flags)));
}

function sockRecvInto(self: V, buffer: V, nbytes?: V, flags?: V): V {
  const buf = bufferOf(buffer, true);
  let n = nbytes === undefined ? 0 : intArgOf(nbytes, 'recv_into');
  if (n < 0) throw valueError('negative buffersize in recv_into');
  if (n === 0) n = buf.length;
  if (n > buf.length) throw valueError('buffer too small for requested bytes');
  const got = recvBytes(S(self), n, flagsArg(flags));
  buf.set(got);
  return got.length;
}

function peerAddress(s: PySocketObject): V {
  return s.family === AF_UNIX ? None : None;
}

function sockRecvfrom(self: V, n: V, flags?: V): V {
  const s = S(self);
  const data = recvBytes(s, intArgOf(n, 'recvfrom'), flagsArg(flags));
  return new PyTuple([new PyBytes(data), peerAddress(s)]);
}

function sockRecvfromInto(self: V, buffer: V, nbytes?: V, flags?: V): V {
  const n = sockRecvInto(self, buffer, nbytes, flags);
  return new PyTuple([n, peerAddress(S(self))]);
}

function sockShutdown(self: V, how: V): V {
  const s = S(self);
  const h = intArgOf(how, 'shutdown');
  const e = endOf(s);
  if (h < 0 || h > 2) throw newOSError(EINVAL);
  if (e.peer === null && !e.peerGone) throw newOSError(ENOTCONN);
  if (h === 0 || h === 2) e.eof = true;
  if (h === 1 || h === 2) {
    e.writeShut = true;
    if (e.peer !== null) e.peer.eof = true;
  }
  return None;
}

function sockGetsockname(self: V): V {
  const s = S(self);
  const e = endOf(s);
  const b = bound.get(e);
  if (b !== undefined) return b.addr;
  if (s.family === AF_UNIX) return '';
  if (e.localAddr !== null) return e.localAddr;
  return s.family === AF_INET6 ? new PyTuple(['::', 0, 0, 0]) : new PyTuple(['0.0.0.0', 0]);
}

function sockGetpeername(self: V): V {
  const s = S(self);
  const e = endOf(s);
  if (e.peer === null && !e.peerGone) throw newOSError(ENOTCONN);
  if (s.family === AF_UNIX) return '';
  return e.peerAddr ?? None;
}

function sockSetsockopt(self: V, level: V, opt: V, value: V, optlen?: V): V {
  const e = endOf(S(self));
  const l = intArgOf(level, 'setsockopt');
  const o = intArgOf(opt, 'setsockopt');
  void optlen;
  if (value === None) {
    e.options.set(`${l}:${o}`, 0);
    return None;
  }
  e.options.set(`${l}:${o}`, isIntValue(value) ? intArgOf(value, 'setsockopt') : new PyBytes(bufferOf(value, false).slice()));
  return None;
}

function sockGetsockopt(self: V, level: V, opt: V, buflen?: V): V {
  const s = S(self);
  const e = endOf(s);
  const l = intArgOf(level, 'getsockopt');
  const o = intArgOf(opt, 'getsockopt');
  let v: V = 0;
  if (l === SOL_SOCKET && o === SO_TYPE) v = s.type;
  else if (l === SOL_SOCKET && o === SO_DOMAIN) v = s.family;
  else if (l === SOL_SOCKET && o === SO_PROTOCOL) v = e.proto;
  else if (l === SOL_SOCKET && o === SO_ERROR) v = 0;
  else v = e.options.get(`${l}:${o}`) ?? 0;
  if (buflen === undefined || buflen === None) return isIntValue(v) ? v : 0;
  const n = intArgOf(buflen, 'getsockopt');
  if (n <= 0 || n > 1024) throw newOSError(EINVAL);
  if (v instanceof PyBytes) return new PyBytes(v.data.slice(0, n));
  const out = new Uint8Array(Math.min(n, 4));
  const x = v as number;
  for (let i = 0; i < out.length; i++) out[i] = (x >>> (8 * i)) & 0xff;
  return new PyBytes(out);
}

function listenerKey(family: number, text: string, port: number): string {
  return `${family} ${text} ${port}`;
}

function sockBind(self: V, addr: V): V {
  const s = S(self);
  const e = endOf(s);
  const a = sockAddrArg(s, addr, 'bind');
  if (bound.has(e)) throw newOSError(EINVAL);
  if (s.family === AF_UNIX) {
    // Differs from CPython: no file appears at the path.
    const key = listenerKey(AF_UNIX, a.text, 0);
    for (const b of bound.values()) if (b.key === key) throw newOSError(EADDRINUSE);
    bound.set(e, { key, addr: a.text, listening: false });
    return None;
  }
  if (!isLoopback(s.family, a.bytes) && !isAny(a.bytes)) throw newOSError(EADDRNOTAVAIL);
  let port = a.port;
  if (port === 0) {
    do port = nextEphemeralPort++;
    while ([...bound.values()].some((b) => b.key === listenerKey(s.family, a.text, port)));
  }
  const key = listenerKey(s.family, a.text, port);
  for (const b of bound.values()) if (b.key === key) throw newOSError(EADDRINUSE);
  bound.set(e, { key, addr: addrValue(s.family, a.text, port), listening: false });
  return None;
}

function sockListen(self: V, _backlog?: V): V {
  const s = S(self);
  const e = endOf(s);
  if (s.type !== SOCK_STREAM && s.type !== SOCK_SEQPACKET) throw newOSError(EOPNOTSUPP);
  let b = bound.get(e);
  if (b === undefined) {
    if (s.family === AF_UNIX) throw newOSError(EINVAL);
    sockBind(self, s.family === AF_INET6 ? new PyTuple(['::', 0]) : new PyTuple(['0.0.0.0', 0]));
    b = bound.get(e)!;
  }
  if (!b.listening) {
    b.listening = true;
    e.listener = { backlog: [], owner: e };
    listeners.set(b.key, e.listener);
  }
  return None;
}

/** The listener a connect() to `a` reaches, if any. */
function findListener(family: number, a: SockAddr): Listener | undefined {
  if (family === AF_UNIX) return listeners.get(listenerKey(AF_UNIX, a.text, 0));
  const exact = listeners.get(listenerKey(family, a.text, a.port));
  if (exact !== undefined) return exact;
  return listeners.get(listenerKey(family, family === AF_INET ? '0.0.0.0' : '::', a.port));
}

/** connect(); the errno it fails with, or 0.  CPython: internal_connect */
function connectErrno(s: PySocketObject, addr: V, caller: string): number {
  const e = endOf(s);
  const a = sockAddrArg(s, addr, caller);
  if (e.peer !== null) return EISCONN;
  if (s.family !== AF_UNIX && !isLoopback(s.family, a.bytes) && !isAny(a.bytes)) return ENETUNREACH;
  const l = findListener(s.family, a);
  if (l === undefined) return s.family === AF_UNIX ? 2 /* ENOENT */ : ECONNREFUSED;
  const server = newEnd(s.family, s.type, e.proto);
  server.peer = e;
  e.peer = server;
  const port = nextEphemeralPort++;
  const loop = s.family === AF_INET ? '127.0.0.1' : s.family === AF_INET6 ? '::1' : '';
  e.localAddr = addrValue(s.family, loop, port);
  e.peerAddr = addrValue(s.family, a.text === '0.0.0.0' ? '127.0.0.1' : a.text === '::' ? '::1' : a.text, a.port);
  server.localAddr = e.peerAddr;
  server.peerAddr = e.localAddr;
  l.backlog.push(server);
  return 0;
}

function sockConnect(self: V, addr: V): V {
  const err = connectErrno(S(self), addr, 'connect');
  if (err !== 0) throw newOSError(err);
  return None;
}

function sockConnectEx(self: V, addr: V): V {
  return connectErrno(S(self), addr, 'connect_ex');
}

/** _accept() -> (fd, address).  CPython: sock_accept */
function sockAccept(self: V): V {
  const s = S(self);
  const e = endOf(s);
  const l = e.listener;
  if (l === null) throw newOSError(EINVAL);
  waitFor(s, () => l.backlog.length > 0);
  const c = l.backlog.shift()!;
  return new PyTuple([c.fd, s.family === AF_UNIX ? '' : c.peerAddr ?? None]);
}

function sockRepr(self: V): string {
  const s = S(self);
  return `<socket object, fd=${s.fd}, family=${s.family}, type=${s.type}, proto=${s.proto}>`;
}

export const SocketType = defineBuiltinType({
  name: '_socket.socket',
  doc: 'socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\nsocket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\nOpen a socket of the given type.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PySocketObject,
  alloc: (t) => socketNew(t) as PySocketObject,
  slots: { tp_new: socketNew, tp_init: socketInit, tp_repr: sockRepr },
  methods: {
    fileno: { sig: '($self, /)', impl: sockFileno, doc: "Return the integer file descriptor of the socket." },
    close: { sig: '($self, /)', impl: sockClose, doc: 'Close the socket.  It cannot be used after this call.' },
    detach: { sig: '($self, /)', impl: sockDetach, doc: 'Close the socket object without closing the underlying file descriptor.' },
    gettimeout: { sig: '($self, /)', impl: sockGettimeout },
    settimeout: { sig: '($self, timeout, /)', impl: sockSettimeout },
    setblocking: { sig: '($self, flag, /)', impl: sockSetblocking },
    getblocking: { sig: '($self, /)', impl: sockGetblocking },
    send: { sig: '($self, data, flags=0, /)', impl: sockSend },
    sendall: { sig: '($self, data, flags=0, /)', impl: sockSendall },
    sendto: { sig: '($self, data, flags_or_address, address=<unrepresentable>, /)', impl: sockSendto, textSignature: null },
    recv: { sig: '($self, bufsize, flags=0, /)', impl: sockRecv },
    recv_into: { sig: '($self, /, buffer, nbytes=0, flags=0)', impl: sockRecvInto },
    recvfrom: { sig: '($self, bufsize, flags=0, /)', impl: sockRecvfrom },
    recvfrom_into: { sig: '($self, /, buffer, nbytes=0, flags=0)', impl: sockRecvfromInto },
    shutdown: { sig: '($self, how, /)', impl: sockShutdown },
    getsockname: { sig: '($self, /)', impl: sockGetsockname },
    getpeername: { sig: '($self, /)', impl: sockGetpeername },
    setsockopt: { sig: '($self, level, option, value, optlen=<unrepresentable>, /)', impl: sockSetsockopt, textSignature: null },
    getsockopt: { sig: '($self, level, option, buflen=None, /)', impl: sockGetsockopt, textSignature: null },
    bind: { sig: '($self, address, /)', impl: sockBind },
    listen: { sig: '($self, backlog=<unrepresentable>, /)', impl: sockListen, textSignature: null },
    connect: { sig: '($self, address, /)', impl: sockConnect },
    connect_ex: { sig: '($self, address, /)', impl: sockConnectEx },
    _accept: { sig: '($self, /)', impl: sockAccept },
  },
  getset: {
    family: { get: (s: PySocketObject) => s.family, doc: 'the socket family' },
    type: { get: (s: PySocketObject) => s.type, doc: 'the socket type' },
    proto: { get: (s: PySocketObject) => s.proto, doc: 'the socket protocol' },
    timeout: { get: (s: PySocketObject) => sockGettimeout(s), doc: 'the socket timeout' },
  },
});

// ---- module functions ----

function socketpair(_m: V, family?: V, type?: V, proto?: V): V {
  const f = family === undefined || family === None ? AF_UNIX : intArgOf(family, 'socketpair');
  const t = type === undefined || type === None ? SOCK_STREAM : intArgOf(type, 'socketpair');
  const p = proto === undefined || proto === None ? 0 : intArgOf(proto, 'socketpair');
  if (f !== AF_UNIX) throw newOSError(f === AF_INET || f === AF_INET6 ? EOPNOTSUPP : EAFNOSUPPORT);
  const kind = t & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  if (kind !== SOCK_STREAM && kind !== SOCK_DGRAM && kind !== SOCK_SEQPACKET) throw newOSError(EINVAL);
  if (p !== 0) throw newOSError(EPROTONOSUPPORT);
  const a = newEnd(f, kind, 0);
  let b: SocketEnd;
  try {
    b = newEnd(f, kind, 0);
  } catch (e) {
    closeFd(a.fd);
    throw e;
  }
  a.peer = b;
  b.peer = a;
  const make = (e: SocketEnd): V => {
    const s = new PySocketObject();
    s.fd = e.fd;
    s.family = f;
    s.type = kind;
    s.proto = 0;
    s.timeout = t & SOCK_NONBLOCK ? 0 : defaultTimeout;
    return s;
  };
  return new PyTuple([make(a), make(b)]);
}

function socketDup(_m: V, fd: V): V {
  const n = intArgOf(fd, 'dup');
  const e = fdObject(n);
  if (!(e instanceof SocketEnd)) throw newOSError(EBADF);
  const d = duplicateFd(e);
  if (d < 0) throw newOSError(EMFILE);
  return d;
}

function socketClose(_m: V, fd: V): V {
  const n = intArgOf(fd, 'close');
  const e = fdObject(n);
  if (!(e instanceof SocketEnd)) {
    try {
      host().close(n);
    } catch {
      throw newOSError(EBADF);
    }
    return None;
  }
  closeFd(n);
  return None;
}

function gethostname(): V {
  return host().uname().nodename;
}

/** A uint16_t or uint32_t argument.  CPython: _PyLong_UInt16_Converter, _PyLong_UInt32_Converter */
function unsignedArg(v: V, bits: 16 | 32): number {
  const i = BigInt(PyNumber_Index(v));
  if (i < 0n) throw valueError('Cannot convert negative int');
  if (i >= 1n << BigInt(bits)) throw overflowError(`Python int too large for C uint${bits}_t`);
  return Number(i);
}

function swap16(x: number): number {
  return ((x & 0xff) << 8) | (x >>> 8);
}

function swap32(x: number): number {
  return (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;
}

function strArg(v: V, func: string, n: number): string {
  if (!isStrValue(v)) throw typeError(`${func}() argument ${n} must be str, not ${typeName(typeOf(v))}`);
  return strValue(v);
}

function socketInetAton(_m: V, s: V): V {
  const b = inetAton(strArg(s, 'inet_aton', 1));
  if (b === null) throw PyObject_Call(PyExc_OSError, ['illegal IP address string passed to inet_aton']);
  return new PyBytes(b);
}

function socketInetNtoa(_m: V, packed: V): V {
  const b = bufferOf(packed, false);
  if (b.length !== 4) throw PyObject_Call(PyExc_OSError, ['packed IP wrong length for inet_ntoa']);
  return inetNtop4(b);
}

function socketInetPton(_m: V, family: V, s: V): V {
  const f = intArgOf(family, 'inet_pton');
  const text = strArg(s, 'inet_pton', 2);
  let b: Uint8Array | null;
  if (f === AF_INET) b = inetPton4(text);
  else if (f === AF_INET6) b = inetPton6(text);
  else throw newOSError(EAFNOSUPPORT);
  if (b === null) throw PyObject_Call(PyExc_OSError, ['illegal IP address string passed to inet_pton']);
  return new PyBytes(b);
}

function socketInetNtop(_m: V, family: V, packed: V): V {
  const f = intArgOf(family, 'inet_ntop');
  const b = bufferOf(packed, false);
  if (f === AF_INET) {
    if (b.length !== 4) throw valueError('invalid length of packed IP address string');
    return inetNtop4(b);
  }
  if (f === AF_INET6) {
    if (b.length !== 16) throw valueError('invalid length of packed IP address string');
    return inetNtop6(b);
  }
  throw valueError(`unknown address family ${f}`);
}

/**
 * The addresses a host name stands for without a network: numeric ones, and localhost as this
 * machine's /etc/hosts usually has it (127.0.0.1; ::1 for AF_INET6).  [family, bytes][]
 */
function resolve(name: string, family: number, flags: number): [number, Uint8Array][] {
  const out: [number, Uint8Array][] = [];
  if (family !== AF_INET6) {
    const v4 = inetAton(name);
    if (v4 !== null && !/\s/.test(name)) return [[AF_INET, v4]];
  }
  if (family !== AF_INET) {
    const v6 = inetPton6(name.replace(/%.*$/, ''));
    if (v6 !== null) return [[AF_INET6, v6]];
  }
  if (flags & AI_NUMERICHOST) return out;
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower === 'localhost' || lower === 'localhost.localdomain' || lower === 'ip6-localhost' || lower === 'ip6-loopback') {
    if (family === AF_INET6 || lower.startsWith('ip6-')) {
      if (family === AF_INET) return out;
      const b = new Uint8Array(16);
      b[15] = 1;
      return [[AF_INET6, b]];
    }
    return [[AF_INET, new Uint8Array([127, 0, 0, 1])]];
  }
  return out;
}

/** getaddrinfo(host, port, family=0, type=0, proto=0, flags=0).  CPython: socket_getaddrinfo */
function socketGetaddrinfo(_m: V, hostObj: V, portObj: V, familyObj?: V, typeObj?: V, protoObj?: V, flagsObj?: V): V {
  const family = familyObj === undefined ? 0 : intArgOf(familyObj, 'getaddrinfo');
  const socktype = typeObj === undefined ? 0 : intArgOf(typeObj, 'getaddrinfo');
  const proto = protoObj === undefined ? 0 : intArgOf(protoObj, 'getaddrinfo');
  const flags = flagsObj === undefined ? 0 : intArgOf(flagsObj, 'getaddrinfo');
  let name: string | null;
  if (hostObj === None) name = null;
  else if (isStrValue(hostObj)) name = strValue(hostObj);
  else if (hostObj instanceof PyBytes) name = new TextDecoder('latin1').decode(hostObj.data);
  else throw typeError('getaddrinfo() argument 1 must be string or None');
  let service: string | null;
  if (isIntValue(portObj)) service = PyObject_Str(PyNumber_Index(portObj));
  else if (isStrValue(portObj)) service = strValue(portObj);
  else if (portObj instanceof PyBytes) service = new TextDecoder('latin1').decode(portObj.data);
  else if (portObj === None) service = null;
  else throw PyObject_Call(PyExc_OSError, ['Int or String expected']);
  if (name === null && service === null) throw gaiError(EAI_NONAME);
  if (family !== AF_UNSPEC && family !== AF_INET && family !== AF_INET6) throw gaiError(EAI_FAMILY);
  let port = 0;
  if (service !== null) {
    if (/^[0-9]+$/.test(service)) port = Number(service) & 0xffff;
    else {
      const known = SERVICES[service];
      if (flags & AI_NUMERICSERV || known === undefined) throw gaiError(flags & AI_NUMERICSERV ? EAI_NONAME : EAI_SERVICE);
      port = known;
    }
  }
  let addrs: [number, Uint8Array][];
  if (name === null) {
    const any4: [number, Uint8Array] = [AF_INET, flags & AI_PASSIVE ? new Uint8Array(4) : new Uint8Array([127, 0, 0, 1])];
    const l6 = new Uint8Array(16);
    if (!(flags & AI_PASSIVE)) l6[15] = 1;
    const any6: [number, Uint8Array] = [AF_INET6, l6];
    addrs = family === AF_INET ? [any4] : family === AF_INET6 ? [any6] : flags & AI_PASSIVE ? [any4, any6] : [any6, any4];
  } else {
    addrs = resolve(name, family, flags);
    if (addrs.length === 0) throw gaiError(family !== AF_UNSPEC && resolve(name, AF_UNSPEC, AI_NUMERICHOST).length > 0 ? EAI_ADDRFAMILY : EAI_NONAME);
  }
  const kinds: [number, number][] = [];
  for (const [t, p] of [[SOCK_STREAM, IPPROTO_TCP], [SOCK_DGRAM, IPPROTO_UDP], [SOCK_RAW, 0]] as const) {
    if (socktype !== 0 && socktype !== t) continue;
    if (proto !== 0 && (t === SOCK_RAW || proto !== p)) continue;
    kinds.push([t, p]);
  }
  if (kinds.length === 0) throw gaiError(EAI_SERVICE);
  const out: V[] = [];
  for (const [f, b] of addrs) {
    for (const [t, p] of kinds) {
      const text = f === AF_INET ? inetNtop4(b) : inetNtop6(b);
      const canon = flags & AI_CANONNAME && out.length === 0 ? (name ?? '') : '';
      out.push(new PyTuple([f, t, p, canon, addrValue(f, text, port)]));
    }
  }
  return new PyList(out);
}

/** A few well-known services of /etc/services. */
const SERVICES: Record<string, number> = { ftp: 21, ssh: 22, telnet: 23, smtp: 25, domain: 53, http: 80, pop3: 110, imap: 143, https: 443 };
const PROTOCOLS: Record<string, number> = { ip: 0, icmp: 1, tcp: 6, udp: 17, ipv6: 41, 'ipv6-icmp': 58, raw: 255 };

function socketGetnameinfo(_m: V, sa: V, flags: V): V {
  const f = intArgOf(flags, 'getnameinfo');
  if (!(sa instanceof PyTuple)) throw typeError('getnameinfo() argument 1 must be a tuple');
  if (sa.items.length < 2 || sa.items.length > 4 || !isStrValue(sa.items[0]) || !isIntValue(sa.items[1])) {
    throw typeError('getnameinfo(): illegal sockaddr argument');
  }
  const name = strValue(sa.items[0]);
  const port = Number(PyNumber_Index(sa.items[1]));
  const addrs = resolve(name, AF_UNSPEC, AI_NUMERICHOST);
  if (addrs.length === 0) throw gaiError(EAI_NONAME);
  const [fam, b] = addrs[0];
  if (fam === AF_INET && sa.items.length !== 2) throw PyObject_Call(PyExc_OSError, ['IPv4 sockaddr must be 2 tuple']);
  const text = fam === AF_INET ? inetNtop4(b) : inetNtop6(b);
  let hostOut = text;
  if (!(f & NI_NUMERICHOST) && isLoopback(fam, b)) hostOut = 'localhost';
  else if (f & NI_NAMEREQD && !(f & NI_NUMERICHOST)) throw gaiError(EAI_NONAME);
  let serv = String(port & 0xffff);
  if (!(f & NI_NUMERICSERV)) for (const [k, v] of Object.entries(SERVICES)) if (v === port) serv = k;
  return new PyTuple([hostOut, serv]);
}

function socketGethostbyname(_m: V, name: V): V {
  const n = strArg(name, 'gethostbyname', 1);
  const a = n === '' ? [[AF_INET, new Uint8Array(4)] as [number, Uint8Array]] : resolve(n, AF_INET, 0);
  if (a.length === 0) throw gaiError(EAI_NONAME);
  return inetNtop4(a[0][1]);
}

function socketGethostbynameEx(_m: V, name: V): V {
  const n = strArg(name, 'gethostbyname_ex', 1);
  const ip = socketGethostbyname(_m, name) as string;
  return new PyTuple([n, new PyList([]), new PyList([ip])]);
}

function socketGetprotobyname(_m: V, name: V): V {
  const p = PROTOCOLS[strArg(name, 'getprotobyname', 1)];
  if (p === undefined) throw PyObject_Call(PyExc_OSError, ['protocol not found']);
  return p;
}

function socketGetservbyname(_m: V, name: V, _proto?: V): V {
  const p = SERVICES[strArg(name, 'getservbyname', 1)];
  if (p === undefined) throw PyObject_Call(PyExc_OSError, ['service/proto not found']);
  return p;
}

function socketGetservbyport(_m: V, port: V, _proto?: V): V {
  const n = intArgOf(port, 'getservbyport');
  if (n < 0 || n > 0xffff) throw overflowError('getservbyport: port must be 0-65535.');
  for (const [k, v] of Object.entries(SERVICES)) if (v === n) return k;
  throw PyObject_Call(PyExc_OSError, ['port/proto not found']);
}

/** sizeof(struct cmsghdr) on 64-bit Linux, and the alignment of what follows. */
const CMSG_HDR = 16;

function cmsgArg(v: V, func: string): number {
  const n = PyNumber_Index(v);
  if (typeof n === 'bigint' || n < 0 || n > 0x7fffffff - CMSG_HDR - 8) throw overflowError(`${func}() argument out of range`);
  return n;
}

export const socketModule = defineModule({
  name: '_socket',
  doc: 'Implementation module for socket operations.\n\nSee the socket module for documentation.',
  functions: {
    socketpair: { sig: '($module, family=<unrepresentable>, type=<unrepresentable>, proto=<unrepresentable>, /)', impl: socketpair, textSignature: null },
    dup: { sig: '($module, fd, /)', impl: socketDup },
    close: { sig: '($module, fd, /)', impl: socketClose },
    getdefaulttimeout: { sig: '($module, /)', impl: () => (defaultTimeout === null ? None : new PyFloat(defaultTimeout)) },
    setdefaulttimeout: { sig: '($module, timeout, /)', impl: (_m: V, t: V) => ((defaultTimeout = parseTimeout(t)), None) },
    gethostname: { sig: '($module, /)', impl: gethostname },
    gethostbyname: { sig: '($module, host, /)', impl: socketGethostbyname },
    gethostbyname_ex: { sig: '($module, host, /)', impl: socketGethostbynameEx },
    getprotobyname: { sig: '($module, name, /)', impl: socketGetprotobyname },
    getservbyname: { sig: '($module, servicename, protocolname=<unrepresentable>, /)', impl: socketGetservbyname, textSignature: null },
    getservbyport: { sig: '($module, port, protocolname=<unrepresentable>, /)', impl: socketGetservbyport, textSignature: null },
    getaddrinfo: { sig: '($module, /, host, port, family=0, type=0, proto=0, flags=0)', impl: socketGetaddrinfo, textSignature: null },
    getnameinfo: { sig: '($module, sockaddr, flags, /)', impl: socketGetnameinfo, textSignature: null },
    htons: { sig: '($module, integer, /)', impl: (_m: V, x: V) => swap16(unsignedArg(x, 16)) },
    ntohs: { sig: '($module, integer, /)', impl: (_m: V, x: V) => swap16(unsignedArg(x, 16)) },
    htonl: { sig: '($module, integer, /)', impl: (_m: V, x: V) => swap32(unsignedArg(x, 32)) },
    ntohl: { sig: '($module, integer, /)', impl: (_m: V, x: V) => swap32(unsignedArg(x, 32)) },
    inet_aton: { sig: '($module, string, /)', impl: socketInetAton },
    inet_ntoa: { sig: '($module, packed_ip, /)', impl: socketInetNtoa },
    inet_pton: { sig: '($module, address_family, ip_string, /)', impl: socketInetPton },
    inet_ntop: { sig: '($module, address_family, packed_ip, /)', impl: socketInetNtop },
    CMSG_LEN: { sig: '($module, length, /)', impl: (_m: V, n: V) => CMSG_HDR + cmsgArg(n, 'CMSG_LEN') },
    CMSG_SPACE: { sig: '($module, length, /)', impl: (_m: V, n: V) => CMSG_HDR + ((cmsgArg(n, 'CMSG_SPACE') + 7) & ~7) },
  },
  constants: () => {
    herror ??= newExceptionClass('socket', 'herror', PyExc_OSError);
    gaierror ??= newExceptionClass('socket', 'gaierror', PyExc_OSError);
    const c: Record<string, V> = {
      socket: SocketType,
      SocketType,
      error: PyExc_OSError,
      herror,
      gaierror,
      timeout: PyExc_TimeoutError,
      has_ipv6: true,
    };
    for (const [name, value] of SOCKET_CONSTANTS) c[name] = value;
    return c;
  },
});
