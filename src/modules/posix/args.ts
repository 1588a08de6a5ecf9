// Argument conversion for the os functions (path_t, fd arguments) and raising OSError from the host's
// errors.  CPython: Modules/posixmodule.c (path_converter, _fd_converter, path_error, posix_error),
// Python/fileutils.c (the file system encoding: UTF-8 with surrogateescape).
import { simpleBuffer, simpleBufferOrNull } from '../../objects/bytes/buffer.ts';
import { None, type PyValue } from '../../objects/object.ts';
import { typeOf, type PyType } from '../../objects/type.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyObject_Call, PyNumber_Index, PyObject_LookupAttr, lookupSpecial } from '../../objects/abstract.ts';
import { isStrValue, strValue, isIntValue } from '../../objects/boxes.ts';
import * as E from '../../objects/exceptions.ts';
import { typeName } from '../../objects/typeobject.ts';
import { HostError } from '../../runtime/host.ts';
import { ERRNO_TABLE } from '../linux.generated.ts';
import { warnEx } from '../_warnings.ts';
import { fsDecode } from '../../runtime/fs-decode.ts';

export { fsDecode };

// ---- the file system encoding: UTF-8, undecodable bytes as U+DC80..U+DCFF (surrogateescape; decoding in runtime/fs-decode.ts) ----


const utf8Encoder = new TextEncoder();

/** str -> bytes as os.fsencode does; lone surrogates other than U+DC80..U+DCFF are errors. */
export function fsEncode(s: string): Uint8Array {
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      plain = false;
      break;
    }
  }
  if (plain) return utf8Encoder.encode(s);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        for (const x of utf8Encoder.encode(s.slice(i, i + 2))) out.push(x);
        i++;
        continue;
      }
    }
    if (c >= 0xdc80 && c <= 0xdcff) out.push(c - 0xdc00);
    else if (c >= 0xd800 && c <= 0xdfff) {
      const exc = PyObject_Call(E.PyExc_UnicodeEncodeError, ['utf-8', s, i, i + 1, 'surrogates not allowed']);
      throw exc;
    } else for (const x of utf8Encoder.encode(s[i])) out.push(x);
  }
  return Uint8Array.from(out);
}

// ---- path_t ----

export interface PathArg {
  /** The path as a string (bytes paths decoded); '' for a descriptor or None. */
  readonly path: string;
  /** The object the caller passed (OSError.filename). */
  readonly object: PyValue;
  /** Whether the caller gave bytes (results are bytes then). */
  readonly isBytes: boolean;
  /** A file descriptor given instead of a path, or -1. */
  readonly fd: number;
  /** A descriptor was given (fd may then be -1, which CPython's path_t cannot tell from "none"). */
  readonly isFd: boolean;
  /** None was given (nullable paths). */
  readonly isNone: boolean;
}

/**
 * Converts a path argument: str, bytes, os.PathLike, and (when allowed) an int descriptor or None.
 * CPython: path_converter
 */
export function pathArg(o: PyValue | undefined, func: string, argName = 'path', allowFd = false, nullable = false): PathArg {
  if (o === undefined) o = None;
  if (o === None && nullable) return { path: '', object: None, isBytes: false, fd: -1, isFd: false, isNone: true };
  const isIndex = allowFd && typeOf(o).nb_index !== null;
  let v = o;
  if (!isIndex && !isStrValue(v) && !(v instanceof PyBytes)) {
    const f = lookupSpecial(o, '__fspath__');
    if (f === null || f === None) throw badPathType(o, func, argName, allowFd, nullable);
    v = PyObject_Call(f, []);
    if (!isStrValue(v) && !(v instanceof PyBytes)) {
      throw E.typeError(`expected ${typeName(typeOf(o))}.__fspath__() to return str or bytes, not ${typeName(typeOf(v))}`);
    }
  }
  if (isIndex && !isStrValue(v) && !(v instanceof PyBytes)) return { path: '', object: o, isBytes: false, fd: fdArg(o), isFd: true, isNone: false };
  const prefix = func ? `${func}: ` : '';
  if (isStrValue(v)) {
    const s = strValue(v);
    if (s.includes('\0')) throw E.valueError(`${prefix}embedded null character in ${argName}`);
    fsEncode(s);
    return { path: s, object: o, isBytes: false, fd: -1, isFd: false, isNone: false };
  }
  const data = (v as PyBytes).data;
  if (data.includes(0)) throw E.valueError(`${prefix}embedded null character in ${argName}`);
  return { path: fsDecode(data), object: o, isBytes: true, fd: -1, isFd: false, isNone: false };
}

function badPathType(o: PyValue, func: string, argName: string, allowFd: boolean, nullable: boolean): PyValue {
  const what =
    allowFd && nullable
      ? 'string, bytes, os.PathLike, integer or None'
      : allowFd
        ? 'string, bytes, os.PathLike or integer'
        : nullable
          ? 'string, bytes, os.PathLike or None'
          : 'string, bytes or os.PathLike';
  return E.typeError(`${func ? func + ': ' : ''}${argName} should be ${what}, not ${typeName(typeOf(o))}`);
}

/** A file descriptor argument.  CPython: _fd_converter */
export function fdArg(o: PyValue): number {
  if (typeof o === 'boolean') warnEx(E.PyExc_RuntimeWarning, 'bool is used as a file descriptor', 1);
  const v = PyNumber_Index(o);
  if (v > 2147483647) throw E.overflowError('fd is greater than maximum');
  if (v < -2147483648) throw E.overflowError('fd is less than minimum');
  return Number(v);
}

/** dir_fd's "not given" value (AT_FDCWD). */
export const DEFAULT_DIR_FD = -100;

/** A dir_fd argument: None (DEFAULT_DIR_FD) or a descriptor.  CPython: dir_fd_converter */
export function dirFdArg(o: PyValue | undefined): number {
  if (o === undefined || o === None) return DEFAULT_DIR_FD;
  if (typeOf(o).nb_index === null) throw E.typeError(`argument should be integer or None, not ${typeName(typeOf(o))}`);
  return fdArg(o);
}

/** uid_t/gid_t: an index, -1 meaning "unchanged".  CPython: _Py_Uid_Converter, _Py_Gid_Converter */
export function idArg(o: PyValue, what: 'uid' | 'gid'): number {
  let v: number | bigint;
  try {
    v = PyNumber_Index(o);
  } catch (e) {
    if (e instanceof E.PyBaseException) throw E.typeError(`${what} should be integer, not ${typeName(typeOf(o))}`);
    throw e;
  }
  if (v === -1 || v === 0xffffffff) return -1;
  // As CPython on a 64-bit Linux: a value that fits a C long but not uid_t reads as "less than
  // minimum" (its truncation check), one beyond a long as "greater than maximum".
  if (v < 0 || (v > 0xffffffff && v < 2n ** 63n)) throw E.overflowError(`${what} is less than minimum`);
  if (v > 0xffffffff) throw E.overflowError(`${what} is greater than maximum`);
  return Number(v);
}

/** A C int argument (Argument Clinic's `int`): index conversion with CPython's overflow messages. */
export function intArg(o: PyValue): number {
  const v = PyNumber_Index(o);
  if (v > 2147483647) throw E.overflowError('signed integer is greater than maximum');
  if (v < -2147483648) throw E.overflowError('signed integer is less than minimum');
  return Number(v);
}

/** A Py_ssize_t argument. */
export function ssizeArg(o: PyValue): number {
  const v = PyNumber_Index(o);
  if (typeof v === 'bigint') throw E.overflowError('Python int too large to convert to C ssize_t');
  return v;
}

/** The result path in the caller's type (bytes when bytes were given). */
export function pathResult(s: string, asBytes: boolean): PyValue {
  return asBytes ? new PyBytes(fsEncode(s)) : s;
}

/** An int descriptor or an object with fileno().  CPython: PyObject_AsFileDescriptor */
export function fileDescriptor(o: PyValue): number {
  let v: PyValue = o;
  if (!isIntValue(o)) {
    const meth = PyObject_LookupAttr(o, 'fileno');
    if (meth === undefined) throw E.typeError('argument must be an int, or have a fileno() method.');
    v = PyObject_Call(meth, []);
    if (!isIntValue(v)) throw E.typeError('fileno() returned a non-integer');
  }
  const n = fdArg(v);
  if (n < 0) throw E.valueError(`file descriptor cannot be a negative integer (${n})`);
  return n;
}

// ---- errors ----

let messages: Map<number, string> | null = null;

/** strerror(errno) as glibc words it. */
export function strerror(errno: number): string {
  if (messages === null) {
    messages = new Map();
    for (const [, num, msg] of ERRNO_TABLE) if (!messages.has(num)) messages.set(num, msg);
  }
  return messages.get(errno) ?? `Unknown error ${errno}`;
}

/** errno name -> number (Linux). */
export function errnoNumber(name: string): number {
  for (const [n, num] of ERRNO_TABLE) if (n === name) return num;
  return -1;
}

/** The OSError subclass CPython picks for an errno (its errnomap). */
function osErrorType(errno: number): PyType {
  switch (errno) {
    case 11: // EAGAIN, EWOULDBLOCK
    case 114: // EALREADY
    case 115: // EINPROGRESS
      return E.PyExc_BlockingIOError;
    case 32: // EPIPE
    case 108: // ESHUTDOWN
      return E.PyExc_BrokenPipeError;
    case 10:
      return E.PyExc_ChildProcessError;
    case 103:
      return E.PyExc_ConnectionAbortedError;
    case 111:
      return E.PyExc_ConnectionRefusedError;
    case 104:
      return E.PyExc_ConnectionResetError;
    case 17:
      return E.PyExc_FileExistsError;
    case 2:
      return E.PyExc_FileNotFoundError;
    case 21:
      return E.PyExc_IsADirectoryError;
    case 20:
      return E.PyExc_NotADirectoryError;
    case 4:
      return E.PyExc_InterruptedError;
    case 13: // EACCES
    case 1: // EPERM
      return E.PyExc_PermissionError;
    case 3:
      return E.PyExc_ProcessLookupError;
    case 110:
      return E.PyExc_TimeoutError;
  }
  return E.PyExc_OSError;
}

/** OSError(errno, strerror[, filename[, None, filename2]]).  CPython: PyErr_SetFromErrnoWithFilenameObjects */
export function newOSError(errno: number, filename?: PyValue, filename2?: PyValue): PyValue {
  const args: PyValue[] = [errno, strerror(errno)];
  if (filename !== undefined && filename !== None) {
    args.push(filename);
    if (filename2 !== undefined && filename2 !== None) args.push(None, filename2);
  }
  const e = PyObject_Call(osErrorType(errno), args);
  if (e instanceof E.PyOSError && e.myerrno === None) {
    // Until OSError's constructor fills its fields.
    e.myerrno = errno;
    e.strerror = args[1];
    if (args.length > 2) e.filename = args[2];
    if (args.length > 4) e.filename2 = args[4];
  }
  return e;
}

/** Rethrows a host error as OSError (with the filenames); other errors pass through. */
export function osError(e: unknown, filename?: PyValue, filename2?: PyValue): unknown {
  if (e instanceof HostError) return newOSError(e.errno, filename, filename2);
  return e;
}

/** Runs a host call, turning its errors into OSError. */
export function withOSError<T>(f: () => T, filename?: PyValue, filename2?: PyValue): T {
  try {
    return f();
  } catch (e) {
    throw osError(e, filename, filename2);
  }
}

// ---- buffers ----

/**
 * The bytes of a bytes-like object (the buffer protocol: bf_getbuffer along the MRO). A writable
 * buffer (bytearray, memoryview of one) is a live view of the object's storage.
 */
export function bufferOf(v: PyValue, writable: boolean): Uint8Array {
  if (v instanceof PyBytes && !writable) return v.data;
  if (typeof v === 'object' && !(v instanceof PyBytes)) {
    // A strided memoryview is refused: BufferError for a read-only request (PyBUF_SIMPLE), the
    // TypeError below for a writable one (the "w*" converter).
    const b = writable ? simpleBufferOrNull(v) : simpleBuffer(v);
    if (b !== null) return b;
  }
  if (writable) throw E.typeError(`read-write bytes-like object is required, not '${typeName(typeOf(v))}'`);
  throw E.typeError(`a bytes-like object is required, not '${typeName(typeOf(v))}'`);
}
