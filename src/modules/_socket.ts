// The _socket module, which socket.py builds on.  CPython: Modules/socketmodule.c
//
// Differs from CPython: pyts cannot open sockets (Node's sockets are asynchronous and pyts runs
// Python synchronously), so creating a socket object fails with OSError ENOSYS.  The module has what
// needs no socket: Linux's constants (AF_*, SOCK_*, IPPROTO_*, SO_*, AI_*, EAI_*...), the exception
// types, the default timeout, gethostname() and the byte-order conversions.  It exists because socket
// is imported by asyncio (and so by unittest.mock), and by much of the standard library that only
// uses sockets on request.
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { newHeapInstance } from '../objects/heap.ts';
import { PyFloat } from '../objects/float.ts';
import { type PyType, TPFLAGS } from '../objects/type.ts';
import { PyNumber_Index } from '../objects/abstract.ts';
import { PyExc_OSError, PyExc_TimeoutError, overflowError, typeError, valueError } from '../objects/exceptions.ts';
import { interp } from '../vm/interpreter.ts';
import { newOSError } from './posix/args.ts';
import { newExceptionClass } from './hashlib-support.ts';
import { SOCKET_CONSTANTS } from './socket-linux.generated.ts';

type V = PyValue;

const ENOSYS = 38;

export class PySocketObject extends PyObject {}

function socketNew(type: PyType): V {
  return type === SocketType ? new PySocketObject() : newHeapInstance(PySocketObject, type);
}

/** socket(family=-1, type=-1, proto=-1, fileno=None).  CPython: sock_initobj_impl */
function socketInit(_self: V, args: readonly V[], kwnames: readonly string[] | null): void {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const names = ['family', 'type', 'proto', 'fileno'];
  if (npos > 4) throw typeError(`socket() takes at most 4 arguments (${args.length} given)`);
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    const at = names.indexOf(k);
    if (at < 0) throw typeError(`socket() got an unexpected keyword argument '${k}'`);
    if (at < npos) throw typeError(`argument for socket() given by name ('${k}') and position (${at + 1})`);
  }
  throw newOSError(ENOSYS);
}

export const SocketType = defineBuiltinType({
  name: '_socket.socket',
  doc: 'A network socket: socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None).  pyts cannot open sockets: making one raises OSError.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PySocketObject,
  alloc: (t) => socketNew(t) as PySocketObject,
  slots: { tp_new: socketNew, tp_init: socketInit },
});

// ---- the default timeout ----

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
    s = Number(PyNumber_Index(v));
  }
  if (s < 0) throw valueError('Timeout value out of range');
  return s;
}

function getdefaulttimeout(): V {
  return defaultTimeout === null ? None : new PyFloat(defaultTimeout);
}

function setdefaulttimeout(_m: V, t: V): V {
  defaultTimeout = parseTimeout(t);
  return None;
}

function gethostname(): V {
  return interp().host.uname().nodename;
}

// ---- byte order (network order is big-endian; the machine pyts presents is little-endian) ----

/** Clinic's uint16/uint32 converters.  CPython: _PyLong_UInt16_Converter (PyLong_AsNativeBytes) */
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

export const socketModule = defineModule({
  name: '_socket',
  doc: 'The operating system interface socket.py builds on.  pyts cannot open sockets; the constants and the functions that need no socket work.',
  functions: {
    getdefaulttimeout: { sig: '($module, /)', impl: getdefaulttimeout, doc: 'The timeout new sockets get, in seconds, or None for no timeout.' },
    setdefaulttimeout: { sig: '($module, timeout, /)', impl: setdefaulttimeout, doc: 'Sets the timeout new sockets get (seconds, or None for none).' },
    gethostname: { sig: '($module, /)', impl: gethostname, doc: "This machine's host name." },
    htons: { sig: '($module, x, /)', impl: (_m: V, x: V) => swap16(unsignedArg(x, 16)), doc: 'A 16-bit int from host to network byte order.' },
    ntohs: { sig: '($module, x, /)', impl: (_m: V, x: V) => swap16(unsignedArg(x, 16)), doc: 'A 16-bit int from network to host byte order.' },
    htonl: { sig: '($module, x, /)', impl: (_m: V, x: V) => swap32(unsignedArg(x, 32)), doc: 'A 32-bit int from host to network byte order.' },
    ntohl: { sig: '($module, x, /)', impl: (_m: V, x: V) => swap32(unsignedArg(x, 32)), doc: 'A 32-bit int from network to host byte order.' },
  },
  constants: () => {
    const c: Record<string, V> = {
      socket: SocketType,
      SocketType,
      error: PyExc_OSError,
      herror: newExceptionClass('socket', 'herror', PyExc_OSError),
      gaierror: newExceptionClass('socket', 'gaierror', PyExc_OSError),
      timeout: PyExc_TimeoutError,
      // Whether IPv6 sockets can be made: no socket can be.
      has_ipv6: false,
    };
    for (const [name, value] of SOCKET_CONSTANTS) c[name] = value;
    return c;
  },
});
