// The posix module: the operating-system calls a host can provide (files by path and by descriptor,
// directories, the environment, process ids, random bytes, the terminal size).  os.py builds `os`
// on it.  CPython: Modules/posixmodule.c
//
// Pipes, waitpid, kill and system use the host's child processes (Host.pipe/spawn/waitpid/kill; on
// Node, src/runtime/node-processes.ts, docs/internals/processes.md); kill of the process itself runs
// the signal's handler before it returns.
//
// Differs from CPython: no fork, exec or posix_spawn (children start only through
// _posixsubprocess.fork_exec and system()); waitpid knows only those children; a host without
// processes (a browser) has no pipes (ENOSYS) and no children (ECHILD).  dir_fd and the descriptor
// forms of path functions go through Host.fdPath (files.ts); dup and dup2 are the host's numbers
// over the kernel's (src/runtime/node-fds.ts).  set_blocking changes only the host's pipes.
import { None, type PyValue } from '../../objects/object.ts';
import { defineModule } from '../../objects/module-def.ts';
import { PyList } from '../../objects/list.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyFloat } from '../../objects/float.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { typeOf } from '../../objects/type.ts';
import { PyObject_Call, PyObject_IsTrue, PyNumber_Index, PyObject_LookupAttr, lookupSpecial, iterableToArray } from '../../objects/abstract.ts';
import { isStrValue, strValue, isIntValue } from '../../objects/boxes.ts';
import { normInt } from '../../objects/int.ts';
import * as E from '../../objects/exceptions.ts';
import { typeName } from '../../objects/typeobject.ts';
import { interp } from '../../vm/interpreter.ts';
import { HostError } from '../../runtime/host.ts';
import { ProcessExit } from '../../runtime/process-exit.ts';
import { POSIX_CONSTANTS } from '../linux.generated.ts';
import { fileDescriptor } from './args.ts';
export { fileDescriptor };
import { dirFdArg, pathArg, fdArg, intArg, ssizeArg, pathResult, withOSError, newOSError, strerror, fsEncode, fsDecode, bufferOf } from './args.ts';
import { statResult, scandir, StatResultType, TerminalSizeType, UnameResultType, TimesResultType, DirEntryType } from './stat.ts';
import { withDocs, moduleDoc } from '../docs.ts';
import { EXEC_FUNCTIONS } from './exec.ts';
import { FILE_FUNCTIONS, StatvfsResultType, pathconfNames, haveFileFunctions, atPath, fdPath, followArg, checkDirFdAndFd, checkFdAndFollow } from './files.ts';
import { deliverSignal } from '../_signal.ts';

type V = PyValue;

function host() {
  return interp().host;
}

// ---- stat ----

/** stat(path, *, dir_fd=None, follow_symlinks=True); path may be a descriptor.  CPython: posix_do_stat */
function posixStat(_m: V, path: V, dirFd: V, follow: V): V {
  const p = pathArg(path, 'stat', 'path', true);
  const d = dirFdArg(dirFd);
  const fl = followArg(follow);
  checkDirFdAndFd('stat', d, p.fd);
  checkFdAndFollow('stat', p.fd, fl);
  if (p.fd >= 0) return statResult(withOSError(() => host().fstat(p.fd)));
  return statResult(withOSError(() => host().stat(atPath(p, d), fl), p.object));
}

function posixLstat(_m: V, path: V, dirFd: V): V {
  const p = pathArg(path, 'lstat');
  const d = dirFdArg(dirFd);
  return statResult(withOSError(() => host().stat(atPath(p, d), false), p.object));
}

function posixFstat(_m: V, fd: V): V {
  const n = intArg(fd);
  return statResult(withOSError(() => host().fstat(n)));
}

function isDirMode(mode: number): boolean {
  return (mode & 0o170000) === 0o040000;
}

function tryStat(path: V, follow: boolean): { mode: number } | null {
  let p;
  try {
    p = pathArg(path, '', 'path', true);
  } catch {
    return null;
  }
  try {
    return p.fd >= 0 ? host().fstat(p.fd) : host().stat(p.path, follow);
  } catch (e) {
    if (e instanceof HostError) return null;
    throw e;
  }
}

// ---- files by descriptor ----

function posixOpen(_m: V, path: V, flags: V, mode: V, dirFd: V): V {
  const p = pathArg(path, 'open');
  const f = intArg(flags);
  const md = mode === undefined ? 0o777 : intArg(mode);
  const d = dirFdArg(dirFd);
  return withOSError(() => host().open(atPath(p, d), f, md), p.object);
}

function posixClose(_m: V, fd: V): void {
  const n = intArg(fd);
  withOSError(() => host().close(n));
}

function posixCloserange(_m: V, lo: V, hi: V): void {
  const a = intArg(lo);
  const b = intArg(hi);
  for (let fd = Math.max(a, 0); fd < b && fd < 65536; fd++) {
    try {
      host().close(fd);
    } catch {
      // closerange ignores errors
    }
  }
}

function posixRead(_m: V, fd: V, length: V): V {
  const n = intArg(fd);
  const len = ssizeArg(length);
  if (len < 0) throw newOSError(22);
  return new PyBytes(withOSError(() => host().read(n, len)));
}

function posixReadinto(_m: V, fd: V, buffer: V): V {
  const n = intArg(fd);
  const buf = bufferOf(buffer, true);
  const data = withOSError(() => host().read(n, buf.length));
  buf.set(data);
  return data.length;
}

function posixWrite(_m: V, fd: V, data: V): V {
  const n = intArg(fd);
  const b = bufferOf(data, false);
  return withOSError(() => host().write(n, b));
}

function posixLseek(_m: V, fd: V, position: V, whence: V): V {
  const n = intArg(fd);
  const pos = Number(PyNumber_Index(position));
  const w = intArg(whence);
  return withOSError(() => host().lseek(n, pos, w));
}

function posixFtruncate(_m: V, fd: V, length: V): void {
  const n = intArg(fd);
  const len = Number(PyNumber_Index(length));
  withOSError(() => host().ftruncate(n, len));
}

function posixTruncate(_m: V, path: V, length: V): void {
  const p = pathArg(path, 'truncate', 'path', true);
  const len = Number(PyNumber_Index(length));
  if (p.fd >= 0) return withOSError(() => host().ftruncate(p.fd, len));
  withOSError(() => {
    const fd = host().open(p.path, 1, 0);
    try {
      host().ftruncate(fd, len);
    } finally {
      host().close(fd);
    }
  }, p.object);
}

function posixFsync(_m: V, fd: V): void {
  const n = fileDescriptor(fd);
  withOSError(() => host().fsync(n));
}

function posixIsatty(_m: V, fd: V): V {
  try {
    return host().isatty(intArg(fd));
  } catch (e) {
    if (e instanceof HostError) return false;
    throw e;
  }
}

function posixDup(_m: V, fd: V): V {
  const n = intArg(fd);
  return withOSError(() => host().dup(n));
}

function posixGetInheritable(_m: V, fd: V): V {
  const n = intArg(fd);
  withOSError(() => host().fstat(n));
  return host().getInheritable?.(n) ?? false;
}

function posixSetInheritable(_m: V, fd: V, inheritable: V): void {
  const n = intArg(fd);
  const on = PyObject_IsTrue(inheritable);
  withOSError(() => host().fstat(n));
  host().setInheritable?.(n, on);
}

function posixGetBlocking(_m: V, fd: V): V {
  const n = intArg(fd);
  withOSError(() => host().fstat(n));
  return host().getBlocking?.(n) ?? true;
}

/** set_blocking(fd, blocking): only the host's pipes can become non-blocking (see the header). */
function posixSetBlocking(_m: V, fd: V, blocking: V): void {
  const n = intArg(fd);
  const on = PyObject_IsTrue(blocking);
  withOSError(() => host().fstat(n));
  host().setBlocking?.(n, on);
}

// ---- pipes ----

/** pipe(): (read end, write end), neither inheritable.  CPython: os_pipe_impl */
function posixPipe(): V {
  const h = host();
  if (h.pipe === undefined) throw newOSError(ENOSYS);
  const [r, w] = withOSError(() => h.pipe!());
  return new PyTuple([r, w]);
}

/** pipe2(flags): pipe() with O_NONBLOCK and O_CLOEXEC.  CPython: os_pipe2_impl */
function posixPipe2(_m: V, flags: V): V {
  const f = intArg(flags);
  const h = host();
  if (h.pipe === undefined) throw newOSError(ENOSYS);
  if (f & ~(O_NONBLOCK | O_CLOEXEC)) throw newOSError(22);
  const [r, w] = withOSError(() => h.pipe!());
  if (f & O_NONBLOCK) h.setBlocking?.(r, false);
  if (!(f & O_CLOEXEC)) {
    h.setInheritable?.(r, true);
    h.setInheritable?.(w, true);
  }
  return new PyTuple([r, w]);
}

function posixDeviceEncoding(_m: V, fd: V): V {
  return host().isatty(intArg(fd)) ? 'UTF-8' : None;
}

// ---- paths ----

/**
 * access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True).  Differs from
 * CPython: effective_ids is accepted and ignored (the host's real and effective ids are the same).
 * CPython: os_access_impl
 */
function posixAccess(_m: V, path: V, mode: V, dirFd: V, _effectiveIds: V, follow: V): V {
  const p = pathArg(path, 'access', 'path');
  const md = intArg(mode);
  const d = dirFdArg(dirFd);
  const fl = followArg(follow);
  try {
    const a = atPath(p, d);
    if (!fl) {
      // faccessat(AT_SYMLINK_NOFOLLOW) on a link asks about the link itself: it exists.
      const st = host().stat(a, false);
      if ((st.mode & 0o170000) === 0o120000) return md === 0 || host().access(a, md) || (md & 2) === 0;
    }
    return host().access(a, md);
  } catch (e) {
    if (e instanceof HostError) return false;
    throw e;
  }
}

function posixChdir(_m: V, path: V): void {
  const p = pathArg(path, 'chdir', 'path', true);
  if (p.fd >= 0) return withOSError(() => host().chdir(fdPath(p.fd)));
  withOSError(() => host().chdir(p.path), p.object);
}

/** chmod(path, mode, *, dir_fd=None, follow_symlinks=True).  CPython: os_chmod_impl */
function posixChmod(_m: V, path: V, mode: V, dirFd: V, follow: V): void {
  const p = pathArg(path, 'chmod', 'path', true);
  const md = intArg(mode);
  const d = dirFdArg(dirFd);
  const fl = followArg(follow);
  const h = host();
  // With a descriptor, fchmod (dir_fd goes unused, as in CPython).
  if (p.fd >= 0) {
    return withOSError(() => {
      if (h.fchmod === undefined) throw new HostError(ENOSYS);
      h.fchmod(p.fd, md);
    });
  }
  withOSError(() => {
    const a = atPath(p, d);
    // Linux cannot change a symbolic link's own mode (fchmodat answers EOPNOTSUPP).
    if (!fl && (h.stat(a, false).mode & 0o170000) === 0o120000) throw E.notImplementedError('chmod: follow_symlinks unavailable on this platform');
    h.chmod(a, md);
  }, p.object);
}

function posixGetcwd(): V {
  return withOSError(() => host().getcwd());
}

function posixGetcwdb(): V {
  return new PyBytes(fsEncode(withOSError(() => host().getcwd())));
}

function posixListdir(_m: V, path: V): V {
  const p = pathArg(path, 'listdir', 'path', true, true);
  if (p.fd >= 0) return new PyList(withOSError(() => host().listdir(fdPath(p.fd))));
  const dir = p.isNone ? '.' : p.path;
  const names = withOSError(() => host().listdir(dir), p.isNone ? '.' : p.object);
  return new PyList(names.map((n) => pathResult(n, p.isBytes)));
}

function posixMkdir(_m: V, path: V, mode: V, dirFd: V): void {
  const p = pathArg(path, 'mkdir');
  const md = mode === undefined ? 0o777 : intArg(mode);
  const d = dirFdArg(dirFd);
  withOSError(() => host().mkdir(atPath(p, d), md), p.object);
}

function posixRmdir(_m: V, path: V, dirFd: V): void {
  const p = pathArg(path, 'rmdir');
  const d = dirFdArg(dirFd);
  withOSError(() => host().rmdir(atPath(p, d)), p.object);
}

function makeUnlink(name: string) {
  return (_m: V, path: V, dirFd: V): void => {
    const p = pathArg(path, name);
    const d = dirFdArg(dirFd);
    withOSError(() => host().unlink(atPath(p, d)), p.object);
  };
}

function makeRename(name: string) {
  return (_m: V, src: V, dst: V, srcDirFd: V, dstDirFd: V): void => {
    const a = pathArg(src, name, 'src');
    const b = pathArg(dst, name, 'dst');
    const da = dirFdArg(srcDirFd);
    const db = dirFdArg(dstDirFd);
    withOSError(() => host().rename(atPath(a, da), atPath(b, db)), a.object, b.object);
  };
}

function posixReadlink(_m: V, path: V, dirFd: V): V {
  const p = pathArg(path, 'readlink');
  const d = dirFdArg(dirFd);
  return pathResult(withOSError(() => host().readlink(atPath(p, d)), p.object), p.isBytes);
}

function posixSymlink(_m: V, src: V, dst: V, _isDir: V, dirFd: V): void {
  const a = pathArg(src, 'symlink', 'src');
  const b = pathArg(dst, 'symlink', 'dst');
  const d = dirFdArg(dirFd);
  withOSError(() => host().symlink(a.path, atPath(b, d)), a.object, b.object);
}

/** link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True).  CPython: os_link_impl */
function posixLink(_m: V, src: V, dst: V, srcDirFd: V, dstDirFd: V, follow: V): void {
  const a = pathArg(src, 'link', 'src');
  const b = pathArg(dst, 'link', 'dst');
  const da = dirFdArg(srcDirFd);
  const db = dirFdArg(dstDirFd);
  const fl = followArg(follow);
  withOSError(() => {
    let from = atPath(a, da);
    // linkat(AT_SYMLINK_FOLLOW) links the file a symbolic link names; Node's link(2) the link itself.
    if (fl && (host().stat(from, false).mode & 0o170000) === 0o120000) from = realTarget(from);
    host().link(from, atPath(b, db));
  }, a.object, b.object);
}

/** The path a chain of symbolic links ends at. */
function realTarget(p: string): string {
  let cur = p;
  for (let i = 0; i < 40; i++) {
    const st = host().stat(cur, false);
    if ((st.mode & 0o170000) !== 0o120000) return cur;
    const t = host().readlink(cur);
    cur = t.startsWith('/') ? t : cur.slice(0, cur.lastIndexOf('/') + 1) + t;
  }
  throw new HostError(40); // ELOOP
}

/** os.utime(path, times=None, *, ns=...).  CPython: os_utime_impl */
function posixUtime(_m: V, path: V, times: V, ns: V, dirFd: V, follow: V): void {
  const p = pathArg(path, 'utime', 'path', true);
  let atime: bigint;
  let mtime: bigint;
  if (times !== undefined && times !== None && ns !== undefined) throw E.valueError('utime: you may specify either \'times\' or \'ns\' but not both');
  if (times !== undefined && times !== None) {
    if (!(times instanceof PyTuple) || times.items.length !== 2) throw E.typeError('utime: \'times\' must be either a tuple of two ints or None');
    atime = secondsToNs(times.items[0]);
    mtime = secondsToNs(times.items[1]);
  } else if (ns !== undefined) {
    if (!(ns instanceof PyTuple) || ns.items.length !== 2) throw E.typeError('utime: \'ns\' must be a tuple of two ints');
    atime = BigInt(PyNumber_Index(ns.items[0]));
    mtime = BigInt(PyNumber_Index(ns.items[1]));
  } else {
    atime = mtime = host().timeNs();
  }
  const d = dirFdArg(dirFd);
  const fl = followArg(follow);
  checkDirFdAndFd('utime', d, p.fd);
  checkFdAndFollow('utime', p.fd, fl);
  const h = host();
  if (p.fd >= 0) {
    return withOSError(() => {
      if (h.futimes === undefined) throw new HostError(ENOSYS);
      h.futimes(p.fd, atime, mtime);
    });
  }
  withOSError(() => h.utime(atPath(p, d), atime, mtime, fl), p.object);
}

/** Seconds (int or float) as ns, a float's fraction floored.  CPython: _PyTime_ObjectToTimespec (ROUND_FLOOR) */
function secondsToNs(v: V): bigint {
  if (v instanceof PyFloat) {
    const d = v.value;
    if (Number.isNaN(d)) throw E.valueError('Invalid value NaN (not a number)');
    let sec = Math.trunc(d);
    // The fraction alone is scaled (d * 1e9 would round away the last nanoseconds).
    let frac = Math.floor((d - sec) * 1e9);
    if (frac >= 1e9) {
      frac -= 1e9;
      sec += 1;
    } else if (frac < 0) {
      frac += 1e9;
      sec -= 1;
    }
    if (!Number.isFinite(sec) || Math.abs(sec) > 9.2e18) throw E.overflowError('timestamp out of range for platform time_t');
    return BigInt(sec) * 1000000000n + BigInt(frac);
  }
  return BigInt(PyNumber_Index(v)) * 1000000000n;
}

// ---- the process and its environment ----

function buildEnviron(): PyDict {
  const d = new PyDict();
  const env = host().env();
  for (const k of Object.keys(env)) d.set(new PyBytes(fsEncode(k)), new PyBytes(fsEncode(env[k])));
  return d;
}

/** The name or value of putenv()/unsetenv() as bytes (str is encoded).  CPython: PyUnicode_FSConverter */
function envBytes(v: V, what: string): Uint8Array {
  if (isStrValue(v)) return fsEncode(strValue(v));
  if (v instanceof PyBytes) return v.data;
  const f = lookupSpecial(v, '__fspath__');
  if (f !== null) return envBytes(PyObject_Call(f, []), what);
  throw E.typeError(`expected str, bytes or os.PathLike object, not ${typeName(typeOf(v))}`);
}

function posixPutenv(_m: V, name: V, value: V): void {
  const n = envBytes(name, 'name');
  const v = envBytes(value, 'value');
  if (n.length === 0 || n.includes(0x3d)) throw E.valueError('illegal environment variable name');
  if (n.includes(0) || v.includes(0)) throw E.valueError('embedded null byte');
  host().setEnv?.(fsDecode(n), fsDecode(v));
}

function posixUnsetenv(_m: V, name: V): void {
  const n = envBytes(name, 'name');
  if (n.length === 0 || n.includes(0x3d)) throw E.valueError('illegal environment variable name');
  if (n.includes(0)) throw E.valueError('embedded null byte');
  host().setEnv?.(fsDecode(n), null);
}

function posixStrerror(_m: V, code: V): V {
  return strerror(intArg(code));
}

function posixUrandom(_m: V, size: V): V {
  const n = ssizeArg(size);
  if (n < 0) throw E.valueError('negative argument not allowed');
  return new PyBytes(host().urandom(n));
}

function posixGetTerminalSize(_m: V, fd: V): V {
  const n = fd === undefined ? 1 : intArg(fd);
  const [cols, lines] = withOSError(() => host().terminalSize(n));
  return TerminalSizeType.make([cols, lines]);
}

/** os.fspath(path).  CPython: PyOS_FSPath */
export function fspath(_m: V, path: V): V {
  if (isStrValue(path) || path instanceof PyBytes) return path;
  const f = lookupSpecial(path, '__fspath__');
  if (f === null || f === None) throw E.typeError(`expected str, bytes or os.PathLike object, not ${typeName(typeOf(path))}`);
  const r = PyObject_Call(f, []);
  if (!isStrValue(r) && !(r instanceof PyBytes)) {
    throw E.typeError(`expected ${typeName(typeOf(path))}.__fspath__() to return str or bytes, not ${typeName(typeOf(r))}`);
  }
  return r;
}

function posixUname(): V {
  const u = host().uname();
  return UnameResultType.make([u.sysname, u.nodename, u.release, u.version, u.machine]);
}

function posixTimes(): V {
  const cpu = Number(host().processTimeNs()) / 1e9;
  const elapsed = Number(host().monotonicNs()) / 1e9;
  return TimesResultType.make([new PyFloat(cpu), new PyFloat(0), new PyFloat(0), new PyFloat(0), new PyFloat(elapsed)]);
}

function posixUmask(_m: V, mask: V): V {
  return host().umask(intArg(mask));
}

function posixCpuCount(): V {
  return host().cpuCount() ?? None;
}

function posixExit(_m: V, status: V): never {
  throw new ProcessExit(intArg(status));
}

function posixKill(_m: V, pid: V, sig: V): void {
  const p = intArg(pid);
  const s = intArg(sig);
  if (p !== host().pid() && p !== 0) {
    const h = host();
    if (h.kill === undefined) throw newOSError(3); // ESRCH: no other processes are visible
    withOSError(() => h.kill!(p, s));
    return;
  }
  if (s === 0) return;
  if (s < 0 || s >= 65) throw newOSError(22); // EINVAL
  deliverSignal(s);
}

function posixWaitstatusToExitcode(_m: V, status: V): V {
  const s = intArg(status);
  if ((s & 0x7f) === 0) return (s >> 8) & 0xff;
  if (((s & 0x7f) + 1) >> 1 > 0) return -(s & 0x7f);
  throw E.valueError(`invalid wait status: ${s}`);
}

// ---- child processes (started by _posixsubprocess.fork_exec and system()) ----

const ECHILD = 10;
const ENOSYS = 38;
const O_NONBLOCK = 0o4000;
const O_CLOEXEC = 0o2000000;

/** waitpid(pid, options) -> (pid, status).  CPython: os_waitpid_impl */
function posixWaitpid(_m: V, pid: V, options: V): V {
  const p = intArg(pid);
  const o = intArg(options);
  const h = host();
  if (h.waitpid === undefined) throw newOSError(ECHILD);
  const [got, status] = withOSError(() => h.waitpid!(p, o));
  return new PyTuple([got, status]);
}

/** wait(): as waitpid(-1, 0).  CPython: os_wait_impl */
function posixWait(): V {
  const h = host();
  if (h.waitpid === undefined) throw newOSError(ECHILD);
  const [got, status] = withOSError(() => h.waitpid!(-1, 0));
  return new PyTuple([got, status]);
}

/** The process group or session of `pid` (0: this process).  CPython: os_getpgid_impl, os_getsid_impl */
function processGroup(pid: number): { pgid: number; sid: number } {
  const h = host();
  if (h.processGroup === undefined) throw newOSError(ENOSYS);
  return withOSError(() => {
    try {
      return h.processGroup!(pid);
    } catch (e) {
      // No /proc entry: no such process.
      if (e instanceof HostError && e.errno === 2) throw new HostError(3);
      throw e;
    }
  });
}

function posixAbort(): never {
  const h = host();
  if (h.abort !== undefined) h.abort();
  throw new ProcessExit(134);
}

/** system(command): runs /bin/sh -c command and returns its wait status.  CPython: os_system_impl */
function posixSystem(_m: V, command: V): V {
  const cmd = fsDecode(envBytes(command, 'command'));
  const h = host();
  if (h.spawn === undefined || h.waitpid === undefined) return -1;
  const r = h.spawn({
    executables: ['/bin/sh'], argv: ['sh', '-c', cmd], cwd: null, env: h.env(), stdio: [0, 1, 2],
    closeFds: true, newSession: false, uid: null, gid: null,
  });
  const [, status] = withOSError(() => h.waitpid!(r.pid, 0));
  return r.errno === 0 ? status : 127 << 8;
}

// The wait status macros of <sys/wait.h> (Linux's encoding: exit code in bits 8-15, signal in 0-6,
// 0x80 for a core dump, 0x7f in the low byte for a stopped child, 0xffff for a continued one).
const waitStatusMacros: Record<string, (s: number) => V> = {
  WIFEXITED: (s) => (s & 0x7f) === 0,
  WEXITSTATUS: (s) => (s >> 8) & 0xff,
  WIFSIGNALED: (s) => ((s & 0x7f) + 1) << 24 >> 25 > 0,
  WTERMSIG: (s) => s & 0x7f,
  WIFSTOPPED: (s) => (s & 0xff) === 0x7f,
  WSTOPSIG: (s) => (s >> 8) & 0xff,
  WIFCONTINUED: (s) => s === 0xffff,
  WCOREDUMP: (s) => (s & 0x80) !== 0,
};

function waitStatusFunctions(): Record<string, { sig: string; impl: (m: V, status: V) => V }> {
  const out: Record<string, { sig: string; impl: (m: V, status: V) => V }> = {};
  for (const [name, f] of Object.entries(waitStatusMacros)) out[name] = { sig: '($module, /, status)', impl: (_m: V, status: V) => f(intArg(status)) };
  return out;
}

// ---- os.path helpers CPython implements in C ----

function pathExists(_m: V, path: V): V {
  return tryStat(path, true) !== null;
}

function pathLexists(_m: V, path: V): V {
  return tryStat(path, false) !== null;
}

function pathIsdir(_m: V, s: V): V {
  const st = tryStat(s, true);
  return st !== null && isDirMode(st.mode);
}

function pathIsfile(_m: V, path: V): V {
  const st = tryStat(path, true);
  return st !== null && (st.mode & 0o170000) === 0o100000;
}

function pathIslink(_m: V, path: V): V {
  const st = tryStat(path, false);
  return st !== null && (st.mode & 0o170000) === 0o120000;
}

export const posixModule = defineModule({
  name: 'posix',
  doc: moduleDoc('posix'),
  functions: withDocs('posix', {
    stat: { sig: '($module, /, path, *, dir_fd=None, follow_symlinks=True)', impl: posixStat },
    lstat: { sig: '($module, /, path, *, dir_fd=None)', impl: posixLstat },
    fstat: { sig: '($module, /, fd)', impl: posixFstat },
    access: { sig: '($module, /, path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)', impl: posixAccess },
    chdir: { sig: '($module, /, path)', impl: posixChdir },
    chmod: { sig: "($module, /, path, mode, *, dir_fd=None, follow_symlinks=(os.name != 'nt'))", impl: posixChmod },
    getcwd: { sig: '($module, /)', impl: posixGetcwd },
    getcwdb: { sig: '($module, /)', impl: posixGetcwdb },
    link: { sig: '($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=(os.name != \'nt\'))', impl: posixLink },
    listdir: { sig: '($module, /, path=None)', impl: posixListdir },
    scandir: { sig: '($module, /, path=None)', impl: scandir },
    mkdir: { sig: '($module, /, path, mode=511, *, dir_fd=None)', impl: posixMkdir },
    rmdir: { sig: '($module, /, path, *, dir_fd=None)', impl: posixRmdir },
    unlink: { sig: '($module, /, path, *, dir_fd=None)', impl: makeUnlink('unlink') },
    remove: { sig: '($module, /, path, *, dir_fd=None)', impl: makeUnlink('remove') },
    rename: { sig: '($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)', impl: makeRename('rename') },
    replace: { sig: '($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)', impl: makeRename('replace') },
    readlink: { sig: '($module, /, path, *, dir_fd=None)', impl: posixReadlink },
    symlink: { sig: '($module, /, src, dst, target_is_directory=False, *, dir_fd=None)', impl: posixSymlink },
    utime: { sig: '($module, /, path, times=None, *, ns=<unrepresentable>, dir_fd=None, follow_symlinks=True)', impl: posixUtime },
    truncate: { sig: '($module, /, path, length)', impl: posixTruncate },
    open: { sig: '($module, /, path, flags, mode=511, *, dir_fd=None)', impl: posixOpen },
    close: { sig: '($module, /, fd)', impl: posixClose },
    closerange: { sig: '($module, fd_low, fd_high, /)', impl: posixCloserange },
    read: { sig: '($module, fd, length, /)', impl: posixRead },
    readinto: { sig: '($module, fd, buffer, /)', impl: posixReadinto },
    write: { sig: '($module, fd, data, /)', impl: posixWrite },
    lseek: { sig: '($module, fd, position, whence, /)', impl: posixLseek },
    ftruncate: { sig: '($module, fd, length, /)', impl: posixFtruncate },
    fsync: { sig: '($module, /, fd)', impl: posixFsync },
    isatty: { sig: '($module, fd, /)', impl: posixIsatty },
    dup: { sig: '($module, fd, /)', impl: posixDup },
    ...FILE_FUNCTIONS,
    ...EXEC_FUNCTIONS,
    get_inheritable: { sig: '($module, fd, /)', impl: posixGetInheritable },
    set_inheritable: { sig: '($module, fd, inheritable, /)', impl: posixSetInheritable },
    get_blocking: { sig: '($module, fd, /)', impl: posixGetBlocking },
    set_blocking: { sig: '($module, fd, blocking, /)', impl: posixSetBlocking },
    pipe: { sig: '($module, /)', impl: posixPipe },
    pipe2: { sig: '($module, flags, /)', impl: posixPipe2 },
    system: { sig: '($module, /, command)', impl: posixSystem },
    getpgid: { sig: '($module, pid, /)', impl: (_m: V, pid: V) => processGroup(intArg(pid)).pgid },
    getpgrp: { sig: '($module, /)', impl: () => processGroup(0).pgid },
    getsid: { sig: '($module, pid, /)', impl: (_m: V, pid: V) => processGroup(intArg(pid)).sid },
    abort: { sig: '($module, /)', impl: posixAbort },
    device_encoding: { sig: '($module, /, fd)', impl: posixDeviceEncoding },
    putenv: { sig: '($module, name, value, /)', impl: posixPutenv },
    _create_environ: { sig: '($module, /)', impl: () => buildEnviron(), doc: 'A new dict of the environment as it is now (for os.reload_environ()).' },
    unsetenv: { sig: '($module, name, /)', impl: posixUnsetenv },
    strerror: { sig: '($module, code, /)', impl: posixStrerror },
    urandom: { sig: '($module, size, /)', impl: posixUrandom },
    get_terminal_size: { sig: '($module, fd=<unrepresentable>, /)', impl: posixGetTerminalSize },
    fspath: { sig: '($module, /, path)', impl: fspath },
    getpid: { sig: '($module, /)', impl: () => host().pid() },
    getppid: { sig: '($module, /)', impl: () => host().ppid() },
    getuid: { sig: '($module, /)', impl: () => host().uid() },
    geteuid: { sig: '($module, /)', impl: () => host().uid() },
    getgid: { sig: '($module, /)', impl: () => host().gid() },
    getegid: { sig: '($module, /)', impl: () => host().gid() },
    getlogin: { sig: '($module, /)', impl: () => host().env().USER ?? (() => { throw newOSError(6); })() },
    uname: { sig: '($module, /)', impl: posixUname },
    times: { sig: '($module, /)', impl: posixTimes },
    umask: { sig: '($module, mask, /)', impl: posixUmask },
    cpu_count: { sig: '($module, /)', impl: posixCpuCount },
    kill: { sig: '($module, pid, signal, /)', impl: posixKill },
    _exit: { sig: '($module, /, status)', impl: posixExit },
    waitstatus_to_exitcode: { sig: '($module, /, status)', impl: posixWaitstatusToExitcode },
    waitpid: { sig: '($module, pid, options, /)', impl: posixWaitpid },
    wait: { sig: '($module, /)', impl: posixWait },
    ...waitStatusFunctions(),
    _path_exists: { sig: '($module, /, path)', impl: pathExists },
    _path_lexists: { sig: '($module, /, path)', impl: pathLexists },
    _path_isdir: { sig: '($module, /, s)', impl: pathIsdir },
    _path_isfile: { sig: '($module, /, path)', impl: pathIsfile },
    _path_islink: { sig: '($module, /, path)', impl: pathIslink },
  }),
  constants: () => {
    const c: Record<string, PyValue> = {
      environ: buildEnviron(),
      error: E.PyExc_OSError,
      stat_result: StatResultType,
      terminal_size: TerminalSizeType,
      uname_result: UnameResultType,
      times_result: TimesResultType,
      DirEntry: DirEntryType,
      _have_functions: new PyList(['HAVE_FTRUNCATE', 'HAVE_LSTAT', 'HAVE_LUTIMES', ...haveFileFunctions()]),
      statvfs_result: StatvfsResultType,
      pathconf_names: pathconfNames(),
    };
    for (const [name, value] of POSIX_CONSTANTS) c[name] = value;
    return c;
  },
});

void iterableToArray;
void fsDecode;
void normInt;
