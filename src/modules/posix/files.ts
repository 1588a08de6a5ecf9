// The posix calls on descriptors beyond read/write (dup2, pread/pwrite, readv/writev, fchmod,
// fchown, fchdir, fdatasync, fstatvfs), ownership (chown, lchown), statvfs, mkfifo, and the dir_fd
// form of path arguments.  CPython: Modules/posixmodule.c
//
// Differs from CPython: the *at system calls are reached through a path naming the directory
// descriptor (Host.fdPath: Linux's /proc/self/fd/N), not through openat(2) and its kin, which Node
// lacks; the result is the same except that a directory renamed after it was opened is still found.
import { None, type PyValue } from '../../objects/object.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyList } from '../../objects/list.ts';
import { PyDict } from '../../objects/dict.ts';
import { typeOf } from '../../objects/type.ts';
import { isStrValue, strValue } from '../../objects/boxes.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { defineStructSeqType } from '../../objects/structseq.ts';
import { PyObject_Call, PyObject_IsTrue, PyNumber_Index, iterableToArray } from '../../objects/abstract.ts';
import * as E from '../../objects/exceptions.ts';
import { interp } from '../../vm/interpreter.ts';
import { HostError, type Host, type StatVfsResult } from '../../runtime/host.ts';
import { DEFAULT_DIR_FD, dirFdArg, fileDescriptor, idArg, intArg, ssizeArg, pathArg, withOSError, newOSError, osError, bufferOf, type PathArg } from './args.ts';

type V = PyValue;

const ENOSYS = 38;
const EINVAL = 22;

function host(): Host {
  return interp().host;
}

/** One of the host's optional calls, bound; HostError ENOSYS (inside withOSError: OSError) without it. */
function optional<K extends 'fchmod' | 'fchown' | 'chown' | 'pread' | 'pwrite' | 'statvfs' | 'mkfifo' | 'pathconf'>(name: K): NonNullable<Host[K]> {
  const h = host();
  const f = h[name];
  if (f === undefined) throw new HostError(ENOSYS);
  return (f as (...args: never[]) => unknown).bind(h) as NonNullable<Host[K]>;
}

/** Whether the host can resolve paths against a directory descriptor (dir_fd, fd forms). */
export function hostHasFdPaths(): boolean {
  return host().fdPath !== undefined;
}

/**
 * The path a dir_fd call acts on: `p` itself when it is absolute or no dir_fd was given, else `p`
 * under the directory `dirFd` is open on.  Throws HostError (EBADF) for a bad descriptor: call it
 * inside withOSError so that the error names the path, as CPython's path_error does.
 */
export function atPath(p: PathArg, dirFd: number): string {
  if (dirFd === DEFAULT_DIR_FD || p.path.startsWith('/') || p.path === '') return p.path;
  const h = host();
  if (h.fdPath === undefined) throw new HostError(ENOSYS);
  return `${h.fdPath(dirFd)}/${p.path}`;
}

/** A path naming what descriptor `fd` is open on (for the fd forms of path functions). */
export function fdPath(fd: number): string {
  const h = host();
  if (h.fdPath === undefined) throw new HostError(ENOSYS);
  return h.fdPath(fd);
}

/**
 * ValueError for a dir_fd given with an fd path: stat and utime answer with CPython's first check
 * (path_and_dir_fd_invalid), chown with dir_fd_and_fd_invalid.
 */
export function checkDirFdAndFd(func: string, dirFd: number, fd: number, both = false): void {
  if (dirFd === DEFAULT_DIR_FD || fd === -1) return;
  throw E.valueError(both ? `${func}: can't specify both dir_fd and fd` : `${func}: can't specify dir_fd without matching path`);
}

/** CPython: fd_and_follow_symlinks_invalid */
export function checkFdAndFollow(func: string, fd: number, follow: boolean): void {
  if (fd >= 0 && !follow) throw E.valueError(`${func}: cannot use fd and follow_symlinks together`);
}

/** The follow_symlinks keyword (a bool, default True). */
export function followArg(v: V | undefined): boolean {
  return v === undefined || PyObject_IsTrue(v);
}

// ---- descriptors ----

/** dup2(fd, fd2, inheritable=True) -> fd2.  CPython: os_dup2_impl */
function posixDup2(_m: V, fd: V, fd2: V, inheritable: V): V {
  const a = intArg(fd);
  const b = intArg(fd2);
  const inh = inheritable === undefined || PyObject_IsTrue(inheritable);
  const h = host();
  return withOSError(() => {
    if (h.dup2 === undefined) throw new HostError(ENOSYS);
    return h.dup2(a, b, inh);
  });
}

/** fchmod(fd, mode).  CPython: os_fchmod_impl */
function posixFchmod(_m: V, fd: V, mode: V): void {
  const n = intArg(fd);
  const md = intArg(mode);
  withOSError(() => optional('fchmod')(n, md));
}

/** fchown(fd, uid, gid).  CPython: os_fchown_impl */
function posixFchown(_m: V, fd: V, uid: V, gid: V): void {
  const n = intArg(fd);
  const u = idArg(uid, 'uid');
  const g = idArg(gid, 'gid');
  withOSError(() => optional('fchown')(n, u, g));
}

/** chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True).  CPython: os_chown_impl */
function posixChown(_m: V, path: V, uid: V, gid: V, dirFd: V, follow: V): void {
  const p = pathArg(path, 'chown', 'path', true);
  const u = idArg(uid, 'uid');
  const g = idArg(gid, 'gid');
  const d = dirFdArg(dirFd);
  const fl = followArg(follow);
  checkDirFdAndFd('chown', d, p.fd, true);
  checkFdAndFollow('chown', p.fd, fl);
  if (p.fd >= 0) return withOSError(() => optional('fchown')(p.fd, u, g));
  withOSError(() => optional('chown')(atPath(p, d), u, g, fl), p.object);
}

/** lchown(path, uid, gid).  CPython: os_lchown_impl */
function posixLchown(_m: V, path: V, uid: V, gid: V): void {
  const p = pathArg(path, 'lchown');
  const u = idArg(uid, 'uid');
  const g = idArg(gid, 'gid');
  withOSError(() => optional('chown')(p.path, u, g, false), p.object);
}

/** fchdir(fd): fd is an int or has fileno().  CPython: os_fchdir_impl */
function posixFchdir(_m: V, fd: V): void {
  const n = fileDescriptor(fd);
  withOSError(() => host().chdir(fdPath(n)));
}

/** fdatasync(fd).  Differs from CPython: a full fsync (Node's fdatasync is not synchronous-only). */
function posixFdatasync(_m: V, fd: V): void {
  const n = fileDescriptor(fd);
  withOSError(() => host().fsync(n));
}

/** pread(fd, length, offset) -> bytes.  CPython: os_pread_impl */
function posixPread(_m: V, fd: V, length: V, offset: V): V {
  const n = intArg(fd);
  const len = ssizeArg(length);
  const off = offsetArg(offset);
  if (len < 0) throw newOSError(EINVAL);
  return new PyBytes(withOSError(() => optional('pread')(n, len, off)));
}

/** pwrite(fd, buffer, offset) -> bytes written.  CPython: os_pwrite_impl */
function posixPwrite(_m: V, fd: V, buffer: V, offset: V): V {
  const n = intArg(fd);
  const data = bufferOf(buffer, false);
  const off = offsetArg(offset);
  return withOSError(() => optional('pwrite')(n, data, off));
}

/** An off_t argument.  CPython: Py_off_t_converter */
function offsetArg(v: V): number {
  const n = PyNumber_Index(v);
  if (typeof n === 'bigint') throw E.overflowError('Python int too large to convert to C long');
  if (n < 0) throw newOSError(EINVAL);
  return n;
}

/** The buffers of readv/writev's sequence.  CPython: iov_setup */
function buffersOf(buffers: V, writable: boolean): Uint8Array[] {
  if (typeof buffers !== 'object' || buffers === null || (!(buffers instanceof PyList) && !(buffers instanceof PyTuple) && !hasSequence(buffers))) {
    throw E.typeError(writable ? 'readv() arg 2 must be a sequence' : 'writev() arg 2 must be a sequence');
  }
  return iterableToArray(buffers).map((b) => {
    // PyObject_GetBuffer(PyBUF_WRITABLE) of bytes.
    if (writable && b instanceof PyBytes) throw PyObject_Call(E.PyExc_BufferError, ['Object is not writable.']);
    return bufferOf(b, writable);
  });
}

function hasSequence(v: V): boolean {
  const t = (v as { type?: { sq_item?: unknown } }).type;
  return t !== undefined && t.sq_item !== null && t.sq_item !== undefined;
}

/** readv(fd, buffers) -> bytes read, filling the buffers in turn.  CPython: os_readv_impl */
function posixReadv(_m: V, fd: V, buffers: V): V {
  const n = intArg(fd);
  const bufs = buffersOf(buffers, true);
  let total = 0;
  for (const b of bufs) total += b.length;
  // Differs from CPython: one read of the total, spread over the buffers (Node has no readv on
  // descriptors the host tracks positions for).
  const data = withOSError(() => host().read(n, total));
  let at = 0;
  for (const b of bufs) {
    if (at >= data.length) break;
    const k = Math.min(b.length, data.length - at);
    b.set(data.subarray(at, at + k));
    at += k;
  }
  return data.length;
}

/** writev(fd, buffers) -> bytes written.  CPython: os_writev_impl */
function posixWritev(_m: V, fd: V, buffers: V): V {
  const n = intArg(fd);
  const bufs = buffersOf(buffers, false);
  let total = 0;
  for (const b of bufs) total += b.length;
  const all = new Uint8Array(total);
  let at = 0;
  for (const b of bufs) {
    all.set(b, at);
    at += b.length;
  }
  return withOSError(() => host().write(n, all));
}

/**
 * copy_file_range(src, dst, count, offset_src=None, offset_dst=None) -> bytes copied.
 * Differs from CPython: a read and a write through the host (no in-kernel copy), at most 1 MiB a
 * call (the kernel may also copy less than asked; callers loop until 0).
 * CPython: os_copy_file_range_impl
 */
function posixCopyFileRange(_m: V, src: V, dst: V, count: V, offsetSrc: V, offsetDst: V): V {
  const s = intArg(src);
  const d = intArg(dst);
  const n = ssizeArg(count);
  if (n < 0) throw E.valueError("negative value for 'count' not allowed");
  const offS = offsetSrc === undefined || offsetSrc === None ? null : offArg(offsetSrc);
  const offD = offsetDst === undefined || offsetDst === None ? null : offArg(offsetDst);
  return withOSError(() => copyRange(s, d, n, offS, offD));
}

/** Py_off_t_converter: the kernel judges the sign. */
function offArg(v: V): number {
  const n = PyNumber_Index(v);
  if (typeof n === 'bigint') throw E.overflowError('Python int too large to convert to C long');
  return n;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

function copyRange(s: number, d: number, count: number, offS: number | null, offD: number | null): number {
  const h = host();
  const stS = h.fstat(s);
  const stD = h.fstat(d);
  // Linux: regular files only (EISDIR for a directory, EINVAL for the rest), offsets not negative.
  if ((stS.mode & S_IFMT) === S_IFDIR || (stD.mode & S_IFMT) === S_IFDIR) throw new HostError(21);
  if ((stS.mode & S_IFMT) !== S_IFREG || (stD.mode & S_IFMT) !== S_IFREG) throw new HostError(EINVAL);
  if ((offS !== null && offS < 0) || (offD !== null && offD < 0)) throw new HostError(EINVAL);
  const pos = offS ?? h.lseek(s, 0, 1);
  const n = Math.min(count, 1 << 20, Math.max(0, stS.size - pos));
  if (n === 0) return 0;
  const data = offS !== null ? optional('pread')(s, n, offS) : h.read(s, n);
  if (data.length === 0) return 0;
  return offD !== null ? optional('pwrite')(d, data, offD) : h.write(d, data);
}

// ---- pathconf ----

/** Linux's _PC_ names, by number (os.pathconf_names). */
const PATHCONF_NAMES = [
  'PC_LINK_MAX', 'PC_MAX_CANON', 'PC_MAX_INPUT', 'PC_NAME_MAX', 'PC_PATH_MAX', 'PC_PIPE_BUF', 'PC_CHOWN_RESTRICTED',
  'PC_NO_TRUNC', 'PC_VDISABLE', 'PC_SYNC_IO', 'PC_ASYNC_IO', 'PC_PRIO_IO', 'PC_SOCK_MAXBUF', 'PC_FILESIZEBITS',
  'PC_REC_INCR_XFER_SIZE', 'PC_REC_MAX_XFER_SIZE', 'PC_REC_MIN_XFER_SIZE', 'PC_REC_XFER_ALIGN', 'PC_ALLOC_SIZE_MIN',
  'PC_SYMLINK_MAX',
];

export function pathconfNames(): PyDict {
  const d = new PyDict();
  PATHCONF_NAMES.forEach((n, i) => d.set(n, i));
  return d;
}

/** A configuration name: an int, or a name of the table.  CPython: conv_confname */
function confName(v: V): number {
  if (isStrValue(v)) {
    const i = PATHCONF_NAMES.indexOf(strValue(v));
    if (i < 0) throw E.valueError('unrecognized configuration name');
    return i;
  }
  if (typeOf(v).nb_index === null) throw E.typeError('configuration names must be strings or integers');
  return intArg(v);
}

/** pathconf(path, name): path may be a descriptor.  CPython: os_pathconf_impl */
function posixPathconf(_m: V, path: V, name: V): V {
  const p = pathArg(path, 'pathconf', 'path', true);
  const n = confName(name);
  // Any descriptor, negative ones included, is asked as fpathconf (EBADF).  CPython: path_t.is_fd
  if (p.isFd) return withOSError(() => optional('pathconf')(fdPath(p.fd), n));
  try {
    return optional('pathconf')(p.path, n);
  } catch (e) {
    // EINVAL (a name the file system does not know) names no file.  CPython: os_pathconf_impl
    throw osError(e, e instanceof HostError && e.errno === EINVAL ? undefined : p.object);
  }
}

/** fpathconf(fd, name): fd is an int or has fileno().  CPython: os_fpathconf_impl */
function posixFpathconf(_m: V, fd: V, name: V): V {
  const n = fileDescriptor(fd);
  const c = confName(name);
  return withOSError(() => optional('pathconf')(fdPath(n), c));
}

// ---- statvfs ----

export const StatvfsResultType = defineStructSeqType({
  name: 'os.statvfs_result',
  doc: 'The result of os.statvfs() and os.fstatvfs(): block sizes, block and inode counts, flags and the longest name.',
  fields: ['f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax', 'f_fsid'],
  nSequence: 10,
});

function statvfsResult(s: StatVfsResult): V {
  return StatvfsResultType.make([s.bsize, s.frsize, s.blocks, s.bfree, s.bavail, s.files, s.ffree, s.favail, s.flag, s.namemax, s.fsid]);
}

/** statvfs(path): path may be a descriptor.  CPython: os_statvfs_impl */
function posixStatvfs(_m: V, path: V): V {
  const p = pathArg(path, 'statvfs', 'path', true);
  if (p.fd >= 0) return statvfsResult(withOSError(() => optional('statvfs')(fdPath(p.fd))));
  return statvfsResult(withOSError(() => optional('statvfs')(p.path), p.object));
}

/** fstatvfs(fd).  CPython: os_fstatvfs_impl */
function posixFstatvfs(_m: V, fd: V): V {
  const n = intArg(fd);
  return statvfsResult(withOSError(() => optional('statvfs')(fdPath(n))));
}

/** mkfifo(path, mode=0o666, *, dir_fd=None).  CPython: os_mkfifo_impl */
function posixMkfifo(_m: V, path: V, mode: V, dirFd: V): void {
  const p = pathArg(path, 'mkfifo');
  const md = mode === undefined ? 0o666 : intArg(mode);
  const d = dirFdArg(dirFd);
  withOSError(() => optional('mkfifo')(atPath(p, d), md), p.object);
}

/** sync(): Node has no sync(2); each file is flushed by its own fsync. */
function posixSync(): void {}

/** The functions of this file (each fails with ENOSYS on a host without the call). */
export const FILE_FUNCTIONS = {
  dup2: { sig: '($module, /, fd, fd2, inheritable=True)', impl: posixDup2 },
  fchmod: { sig: '($module, /, fd, mode)', impl: posixFchmod },
  chown: { sig: '($module, /, path, uid, gid, *, dir_fd=None, follow_symlinks=True)', impl: posixChown },
  lchown: { sig: '($module, /, path, uid, gid)', impl: posixLchown },
  fchown: { sig: '($module, /, fd, uid, gid)', impl: posixFchown },
  fchdir: { sig: '($module, /, fd)', impl: posixFchdir },
  fdatasync: { sig: '($module, /, fd)', impl: posixFdatasync },
  pread: { sig: '($module, fd, length, offset, /)', impl: posixPread },
  pwrite: { sig: '($module, fd, buffer, offset, /)', impl: posixPwrite },
  readv: { sig: '($module, fd, buffers, /)', impl: posixReadv },
  writev: { sig: '($module, fd, buffers, /)', impl: posixWritev },
  statvfs: { sig: '($module, /, path)', impl: posixStatvfs },
  fstatvfs: { sig: '($module, fd, /)', impl: posixFstatvfs },
  mkfifo: { sig: '($module, /, path, mode=438, *, dir_fd=None)', impl: posixMkfifo },
  sync: { sig: '($module, /)', impl: posixSync },
  pathconf: { sig: '($module, /, path, name)', impl: posixPathconf },
  fpathconf: { sig: '($module, fd, name, /)', impl: posixFpathconf },
  copy_file_range: { sig: '($module, /, src, dst, count, offset_src=None, offset_dst=None)', impl: posixCopyFileRange },
};

/** The _have_functions names for this host: they tell os.py which functions take fd and dir_fd. */
export function haveFileFunctions(): string[] {
  const h = host();
  const have: string[] = [];
  if (h.fchmod !== undefined) have.push('HAVE_FCHMOD');
  if (h.chown !== undefined && h.fchown !== undefined) have.push('HAVE_FCHOWN', 'HAVE_LCHOWN');
  if (h.fdPath !== undefined) {
    have.push('HAVE_FCHDIR', 'HAVE_FDOPENDIR', 'HAVE_FCHMODAT', 'HAVE_FSTATAT', 'HAVE_OPENAT', 'HAVE_FACCESSAT', 'HAVE_MKDIRAT', 'HAVE_UNLINKAT', 'HAVE_RENAMEAT', 'HAVE_READLINKAT', 'HAVE_SYMLINKAT', 'HAVE_LINKAT', 'HAVE_UTIMENSAT');
    if (h.chown !== undefined) have.push('HAVE_FCHOWNAT');
    if (h.mkfifo !== undefined) have.push('HAVE_MKFIFOAT');
    if (h.statvfs !== undefined) have.push('HAVE_FSTATVFS');
  }
  if (h.futimes !== undefined) have.push('HAVE_FUTIMENS');
  if (h.pathconf !== undefined && h.fdPath !== undefined) have.push('HAVE_FPATHCONF');
  return have;
}
