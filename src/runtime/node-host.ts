// The Node.js host: the real file system (synchronous fs calls), the process's standard streams, the
// standard library zip mounted read-only at /lib/python314.zip, and compiled stdlib code cached on disk.
// Nothing is buffered here: Python's _io objects buffer exactly as CPython's do, so the interleaving
// of stdout and stderr matches CPython's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tty from 'node:tty';
import { spawnSync } from 'node:child_process';
import { HostError, UTC_ZONE, type Host, type SpawnRequest, type SpawnResult, type StatResult, type StatVfsResult, type TimeZoneInfo } from './host.ts';
import { NodeProcesses } from './node-processes.ts';
import { FdTable, VFD_BASE, claimNumber, placeholder } from './node-fds.ts';
import { VirtualFS, OpenFile, statOf, pathParts, EBADF, ENOENT, EINVAL, O_ACCMODE, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_DIRECTORY, O_RDONLY, O_WRONLY, O_RDWR } from './vfs.ts';
import { openStdlibZip, stdlibZipPath } from './stdlib-zip.ts';
import { STDLIB_ZIP_PATH } from './stdlib-path.ts';

const STDLIB_PARTS = STDLIB_ZIP_PATH.split('/').filter((x) => x !== '').length;
import { stdlibCacheDir } from './code-cache.ts';
import { ERRNO_TABLE } from '../modules/linux.generated.ts';
import { fsDecode } from './fs-decode.ts';

const encoder = new TextEncoder();
/** Linux: /proc/self/fd/N names what descriptor N is open on (a directory's entries resolve through it). */
const HAVE_PROC_FD = process.platform === 'linux' && fs.existsSync('/proc/self/fd');

function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** getconf(1)'s names of the _PC_ numbers (Linux's, in order). */
const PATHCONF_NAMES = [
  'LINK_MAX', 'MAX_CANON', 'MAX_INPUT', 'NAME_MAX', 'PATH_MAX', 'PIPE_BUF', '_POSIX_CHOWN_RESTRICTED', '_POSIX_NO_TRUNC',
  '_POSIX_VDISABLE', '_POSIX_SYNC_IO', '_POSIX_ASYNC_IO', '_POSIX_PRIO_IO', 'SOCK_MAXBUF', 'FILESIZEBITS',
  'POSIX_REC_INCR_XFER_SIZE', 'POSIX_REC_MAX_XFER_SIZE', 'POSIX_REC_MIN_XFER_SIZE', 'POSIX_REC_XFER_ALIGN',
  'POSIX_ALLOC_SIZE_MIN', 'SYMLINK_MAX', 'POSIX2_SYMLINKS',
];

/**
 * A path for node:fs: the string itself, or its bytes when it holds surrogate-escaped bytes
 * (U+DC80..U+DCFF, from a name that is not UTF-8), which Node would otherwise write as U+FFFD.
 * CPython: Python/fileutils.c _Py_EncodeLocaleEx (UTF-8 mode, surrogateescape)
 */
export function nodePath(p: string): string | Buffer {
  if (!/[\udc80-\udcff]/.test(p)) return p;
  const out: number[] = [];
  for (const ch of p) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xdc80 && c <= 0xdcff) out.push(c - 0xdc00);
    else for (const b of Buffer.from(ch, 'utf8')) out.push(b);
  }
  return Buffer.from(out);
}

/** `f` run with the virtual file's position at `offset`, the position kept (pread, pwrite). */
function atOffset<T>(v: { pos: number }, offset: number, f: () => T): T {
  const keep = v.pos;
  v.pos = offset;
  try {
    return f();
  } finally {
    v.pos = keep;
  }
}

let errnoByCode: Map<string, number> | null = null;

/** A HostError for a Node.js fs exception (its `code` is the errno name). */
export function hostErrorFrom(e: unknown): unknown {
  let code = (e as NodeJS.ErrnoException)?.code;
  // Node's SystemError (os.getPriority and kin) keeps the errno name in `info`.
  if (code === 'ERR_SYSTEM_ERROR') code = (e as { info?: { code?: string } }).info?.code;
  if (typeof code !== 'string') return e;
  if (errnoByCode === null) {
    errnoByCode = new Map();
    for (const [name, num] of ERRNO_TABLE) if (!errnoByCode.has(name)) errnoByCode.set(name, num);
  }
  const n = errnoByCode.get(code);
  return n === undefined ? e : new HostError(n, (e as Error).message);
}

function call<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw hostErrorFrom(e);
  }
}

/** Linux open() flags to this platform's. */
function nodeOpenFlags(flags: number): number {
  const C = fs.constants;
  const acc = flags & O_ACCMODE;
  let f = acc === O_WRONLY ? C.O_WRONLY : acc === O_RDWR ? C.O_RDWR : C.O_RDONLY;
  if (flags & O_CREAT) f |= C.O_CREAT;
  if (flags & O_EXCL) f |= C.O_EXCL;
  if (flags & O_TRUNC) f |= C.O_TRUNC;
  if (flags & O_APPEND) f |= C.O_APPEND;
  if (flags & O_DIRECTORY) f |= C.O_DIRECTORY;
  if (flags & 0o400000) f |= C.O_NOFOLLOW ?? 0;
  if (flags & 0o4000) f |= C.O_NONBLOCK ?? 0;
  return f;
}

function statFromNode(s: fs.BigIntStats): StatResult {
  return {
    mode: Number(s.mode),
    ino: s.ino,
    dev: s.dev,
    nlink: Number(s.nlink),
    uid: Number(s.uid),
    gid: Number(s.gid),
    size: Number(s.size),
    atimeNs: s.atimeNs,
    mtimeNs: s.mtimeNs,
    ctimeNs: s.ctimeNs,
    blksize: Number(s.blksize),
    blocks: Number(s.blocks),
    rdev: Number(s.rdev),
  };
}

type Resolved = { vfs: VirtualFS; rel: string[]; slash: boolean } | { real: string };

export class NodeHost implements Host {
  readonly platform: string = process.platform === 'win32' ? 'win32' : process.platform;
  protected cwdPath = process.cwd();
  protected readonly mounts: VirtualFS[] = [];
  private readonly vfds = new Map<number, OpenFile>();
  /** The absolute paths descriptors were opened with (fdPath without /proc), by descriptor. */
  private readonly vfdPaths = new Map<number, string>();
  /** Python's descriptor numbers over the kernel's (dup, dup2). */
  private readonly fds = new FdTable();
  private nextVfd = VFD_BASE;
  private stdlibMounted = false;
  private sleepCell: Int32Array | null = null;
  /** Pipes and child processes, made on first use. */
  private procs: NodeProcesses | null = null;

  /**
   * Forgets what this host knew of the process it was made in: a start-up snapshot restored in a new
   * process (src/cli/snapshot-main.ts) has another working directory and descriptors.  The mounted
   * standard library stays.
   */
  resetProcess(): void {
    this.cwdPath = process.cwd();
    this.vfds.clear();
    this.vfdPaths.clear();
    this.fds.clear();
    this.positions.clear();
    this.appending.clear();
    this.opened.clear();
    this.sleepCell = null;
    this.procs = null;
    this.inheritable.clear();
    for (const fd of [0, 1, 2]) this.inheritable.add(fd);
  }

  /** The path made absolute against the host's working directory. */
  protected abs(p: string): string {
    return p.startsWith('/') ? p : this.cwdPath.endsWith('/') ? this.cwdPath + p : `${this.cwdPath}/${p}`;
  }

  private mountStdlib(): void {
    this.stdlibMounted = true;
    const zip = openStdlibZip();
    let mtimeNs = 0n;
    try {
      mtimeNs = fs.statSync(stdlibZipPath(), { bigint: true }).mtimeNs;
    } catch {
      // keep 0
    }
    this.mounts.push(VirtualFS.fromArchive(STDLIB_ZIP_PATH, zip.names(), (n) => zip.size(n), (n) => zip.read(n)!, mtimeNs));
  }

  stdlibStamp(): [number, number] | null {
    try {
      const st = fs.statSync(stdlibZipPath());
      return [Math.floor(st.mtimeMs / 1000), st.size];
    } catch {
      return null;
    }
  }

  /** Which file system answers for `p`: a mounted one, or the real one. */
  protected resolve(p: string): Resolved {
    if (p === '') throw new HostError(ENOENT);
    const a = this.abs(p);
    if (a.startsWith(STDLIB_ZIP_PATH + '/')) {
      // Compiled code of the standard library lives in the cache directory (no need to open the archive).
      const rel = pathParts(a).slice(STDLIB_PARTS);
      if (rel.includes('__pycache__')) {
        const dir = stdlibCacheDir();
        if (dir === null) throw new HostError(ENOENT);
        return { real: path.join(dir, ...rel) };
      }
    }
    if (!this.stdlibMounted && (a === STDLIB_ZIP_PATH || a.startsWith(STDLIB_ZIP_PATH + '/') || a.includes('python314.zip'))) this.mountStdlib();
    for (const m of this.mounts) {
      const rel = m.relative(a);
      if (rel === null) continue;
      if (m.root === STDLIB_ZIP_PATH) {
        // Compiled code of the standard library lives in the cache directory.
        const k = rel.indexOf('__pycache__');
        if (k >= 0) {
          const dir = stdlibCacheDir();
          if (dir === null) throw new HostError(ENOENT);
          return { real: path.join(dir, ...rel) };
        }
      }
      return { vfs: m, rel, slash: a.endsWith('/') };
    }
    return { real: a };
  }

  // ---- descriptors ----

  open(p: string, flags: number, mode: number): number {
    const r = this.resolve(p);
    if ('real' in r) {
      if (flags & O_CREAT) {
        // The stdlib cache directory is created on demand.
        const dir = stdlibCacheDir();
        if (dir !== null && r.real.startsWith(dir)) fs.mkdirSync(path.dirname(r.real), { recursive: true });
      }
      const fd = call(() => fs.openSync(nodePath(r.real), nodeOpenFlags(flags), mode));
      this.positions.delete(fd);
      this.opened.add(fd);
      if (flags & O_APPEND) this.appending.add(fd);
      else this.appending.delete(fd);
      if (!HAVE_PROC_FD) this.vfdPaths.set(fd, r.real);
      return fd;
    }
    const f = r.vfs.open(r.rel, flags, mode);
    const fd = this.nextVfd++;
    this.vfds.set(fd, f);
    this.vfdPaths.set(fd, this.abs(p));
    return fd;
  }

  close(fd: number): void {
    if (fd < 0) throw new HostError(EBADF);
    for (const n of this.fds.close(fd)) this.closeDescriptor(n);
    this.inheritable.delete(fd);
  }

  /** Closes a kernel (or memory) descriptor for real. */
  private closeDescriptor(fd: number): void {
    if (fd >= VFD_BASE) {
      if (!this.vfds.delete(fd)) throw new HostError(EBADF);
      this.vfdPaths.delete(fd);
      return;
    }
    call(() => fs.closeSync(fd));
    this.procs?.closed(fd);
    this.positions.delete(fd);
    this.opened.delete(fd);
    this.appending.delete(fd);
    this.vfdPaths.delete(fd);
  }

  /** What Python's descriptor refers to, checked open (EBADF otherwise). */
  private openDescriptor(fd: number): number {
    if (fd < 0) throw new HostError(EBADF);
    const k = this.fds.resolve(fd);
    if (k >= VFD_BASE) {
      if (!this.vfds.has(k)) throw new HostError(EBADF);
    } else call(() => fs.fstatSync(k));
    return k;
  }

  private isOpen(fd: number): boolean {
    try {
      this.openDescriptor(fd);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Node's synchronous fs API has no lseek(): reads and writes of regular files go through explicit
   * positions tracked here (from 0 when a descriptor is first used, which is where a newly opened or
   * inherited file is); pipes and terminals use the kernel's position (null).
   */
  private readonly positions = new Map<number, number | null>();
  private readonly appending = new Set<number>();

  /** Descriptors this host opened (the others, such as 0, 1 and 2, are shared with other processes). */
  private readonly opened = new Set<number>();

  private positionOf(fd: number): number | null {
    let p = this.positions.get(fd);
    if (p === undefined) {
      let regular = false;
      try {
        regular = fs.fstatSync(fd).isFile();
      } catch (e) {
        throw hostErrorFrom(e);
      }
      // An inherited descriptor keeps using the kernel's offset, which its other users share
      // (`(pyts a.py; echo done) > out` must append after what pyts wrote).
      p = regular && this.opened.has(fd) ? 0 : null;
      this.positions.set(fd, p);
    }
    return p;
  }

  /** The kernel's offset of an inherited descriptor (Linux: /proc/self/fdinfo), or null. */
  private kernelOffset(fd: number): number | null {
    try {
      const m = /^pos:\s*(\d+)/m.exec(fs.readFileSync(`/proc/self/fdinfo/${fd}`, 'latin1'));
      return m ? Number(m[1]) : null;
    } catch {
      return null;
    }
  }

  read(fd: number, n: number): Uint8Array {
    fd = this.fds.resolve(fd);
    const v = this.vfds.get(fd);
    if (v !== undefined) return v.read(n);
    if (fd >= VFD_BASE) throw new HostError(EBADF);
    if (this.procs !== null) {
      const kept = this.procs.read(fd, n);
      if (kept !== null) return kept;
    }
    const pos = this.positionOf(fd);
    const buf = Buffer.allocUnsafe(Math.max(0, Math.min(n, 1 << 30)));
    for (;;) {
      try {
        const got = fs.readSync(fd, buf, 0, buf.length, pos);
        if (pos !== null) this.positions.set(fd, pos + got);
        return new Uint8Array(buf.buffer, buf.byteOffset, got);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          this.sleep(0.001);
          continue;
        }
        if (code === 'EOF') return new Uint8Array(0);
        throw hostErrorFrom(e);
      }
    }
  }

  write(fd: number, data: Uint8Array): number {
    fd = this.fds.resolve(fd);
    const v = this.vfds.get(fd);
    if (v !== undefined) return v.write(data);
    if (fd >= VFD_BASE) throw new HostError(EBADF);
    if (this.procs !== null) {
      const n = this.procs.write(fd, data);
      if (n !== null) return n;
    }
    const append = this.appending.has(fd);
    const pos = append ? null : this.positionOf(fd);
    for (;;) {
      try {
        const n = fs.writeSync(fd, data, 0, data.length, pos);
        if (pos !== null) this.positions.set(fd, pos + n);
        else if (append) this.positions.set(fd, fs.fstatSync(fd).size);
        return n;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
          this.sleep(0.001);
          continue;
        }
        throw hostErrorFrom(e);
      }
    }
  }

  lseek(fd: number, offset: number, whence: number): number {
    fd = this.fds.resolve(fd);
    const v = this.vfds.get(fd);
    if (v !== undefined) return v.lseek(offset, whence);
    if (fd >= VFD_BASE) throw new HostError(EBADF);
    let cur = this.appending.has(fd) ? (this.positions.get(fd) ?? call(() => fs.fstatSync(fd).size)) : this.positionOf(fd);
    if (cur === null) {
      // An inherited regular file: its kernel offset.  Moving it switches to positions tracked here
      // (Node cannot move the kernel's), which its other users then do not see.
      const st = call(() => fs.fstatSync(fd));
      // Memory devices (/dev/null, /dev/zero) accept any seek and stay at 0; terminals, pipes and
      // sockets cannot seek.
      if (st.isCharacterDevice() && !tty.isatty(fd)) return 0;
      const k = st.isFile() ? this.kernelOffset(fd) : null;
      if (k === null) throw new HostError(29); // ESPIPE
      if (whence === 1 && offset === 0) return k;
      cur = k;
    }
    let base: number;
    if (whence === 0) base = 0;
    else if (whence === 1) base = cur;
    else if (whence === 2) base = call(() => fs.fstatSync(fd).size);
    else throw new HostError(EINVAL);
    const p = base + offset;
    if (p < 0) throw new HostError(EINVAL);
    this.positions.set(fd, p);
    return p;
  }

  fstat(fd: number): StatResult {
    fd = this.fds.resolve(fd);
    const v = this.vfds.get(fd);
    if (v !== undefined) return statOf(v.node);
    if (fd >= VFD_BASE) throw new HostError(EBADF);
    return call(() => statFromNode(fs.fstatSync(fd, { bigint: true })));
  }

  ftruncate(fd: number, length: number): void {
    fd = this.fds.resolve(fd);
    const v = this.vfds.get(fd);
    if (v !== undefined) {
      if (!v.writable || !('truncate' in v.node)) throw new HostError(EINVAL);
      v.node.truncate(length);
      return;
    }
    call(() => fs.ftruncateSync(fd, length));
  }

  fsync(fd: number): void {
    fd = this.fds.resolve(fd);
    if (this.vfds.has(fd)) return;
    if (fd >= VFD_BASE) throw new HostError(EBADF);
    call(() => fs.fsyncSync(fd));
  }

  isatty(fd: number): boolean {
    fd = this.fds.resolve(fd);
    if (fd >= VFD_BASE) return false;
    return tty.isatty(fd);
  }

  terminalSize(fd: number): [number, number] {
    fd = this.fds.resolve(fd);
    const stream = fd === 0 ? process.stdin : fd === 1 ? process.stdout : fd === 2 ? process.stderr : null;
    if (stream === null || !tty.isatty(fd)) throw new HostError(25); // ENOTTY
    const s = stream as tty.WriteStream;
    if (typeof s.columns === 'number') return [s.columns, s.rows];
    const w = process.stdout as tty.WriteStream;
    return [w.columns ?? 80, w.rows ?? 24];
  }

  dup(fd: number): number {
    const k = this.openDescriptor(fd);
    let n = placeholder();
    if (n < 0) n = this.nextVfd++;
    this.fds.bind(n, k);
    this.inheritable.delete(n);
    return n;
  }

  dup2(fd: number, fd2: number, inheritable: boolean): number {
    if (fd2 < 0) throw new HostError(EBADF);
    const k = this.openDescriptor(fd);
    if (fd2 >= this.fds.maxFd()) throw new HostError(EBADF);
    if (fd === fd2) return fd2;
    // dup2 first closes what fd2 was (errors are ignored, as the kernel ignores them).
    if (this.fds.inUse(fd2, (n) => this.isOpen(n))) {
      for (const n of this.fds.close(fd2)) {
        try {
          this.closeDescriptor(n);
        } catch {
          // as close() in dup2
        }
      }
    }
    if (!this.fds.isHidden(fd2) && !claimNumber(fd2)) throw new HostError(EBADF);
    this.fds.bind(fd2, k);
    if (inheritable) this.inheritable.add(fd2);
    else this.inheritable.delete(fd2);
    return fd2;
  }

  fdPath(fd: number): string {
    const k = this.openDescriptor(fd);
    if (k < VFD_BASE && HAVE_PROC_FD) return `/proc/self/fd/${k}`;
    const p = this.vfdPaths.get(k);
    if (p === undefined) throw new HostError(38); // ENOSYS
    return p;
  }

  fchmod(fd: number, mode: number): void {
    const k = this.openDescriptor(fd);
    const v = this.vfds.get(k);
    if (v !== undefined) return void (v.node.mode = (v.node.mode & ~0o7777) | (mode & 0o7777));
    call(() => fs.fchmodSync(k, mode));
  }

  fchown(fd: number, uid: number, gid: number): void {
    const k = this.openDescriptor(fd);
    if (k >= VFD_BASE) throw new HostError(1); // EPERM
    call(() => fs.fchownSync(k, uid, gid));
  }

  chown(p: string, uid: number, gid: number, followSymlinks: boolean): void {
    const r = this.resolve(p);
    if ('vfs' in r) {
      r.vfs.lookup(r.rel);
      throw new HostError(1); // EPERM
    }
    call(() => (followSymlinks ? fs.chownSync(nodePath(r.real), uid, gid) : fs.lchownSync(nodePath(r.real), uid, gid)));
  }

  futimes(fd: number, atimeNs: bigint, mtimeNs: bigint): void {
    const k = this.openDescriptor(fd);
    const v = this.vfds.get(k);
    if (v !== undefined) {
      v.node.atimeNs = atimeNs;
      v.node.mtimeNs = mtimeNs;
      return;
    }
    call(() => fs.futimesSync(k, utimeSeconds(atimeNs), utimeSeconds(mtimeNs)));
  }

  pread(fd: number, n: number, offset: number): Uint8Array {
    const k = this.openDescriptor(fd);
    const v = this.vfds.get(k);
    if (v !== undefined) return atOffset(v, offset, () => v.read(n));
    const buf = Buffer.allocUnsafe(Math.max(0, Math.min(n, 1 << 30)));
    const got = call(() => fs.readSync(k, buf, 0, buf.length, offset));
    return new Uint8Array(buf.buffer, buf.byteOffset, got);
  }

  pwrite(fd: number, data: Uint8Array, offset: number): number {
    const k = this.openDescriptor(fd);
    const v = this.vfds.get(k);
    if (v !== undefined) return atOffset(v, offset, () => v.write(data));
    return call(() => fs.writeSync(k, data, 0, data.length, offset));
  }

  statvfs(p: string): StatVfsResult {
    const r = this.resolve(p);
    if ('vfs' in r) {
      r.vfs.lookup(r.rel);
      return { bsize: 4096, frsize: 4096, blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0, favail: 0, flag: r.vfs.writable ? 0 : 1, namemax: 255, fsid: 0 };
    }
    const s = call(() => fs.statfsSync(nodePath(r.real), { bigint: false }));
    // Node's statfs has no fragment size, flags or name length: those are Linux's usual values.
    return { bsize: s.bsize, frsize: s.bsize, blocks: s.blocks, bfree: s.bfree, bavail: s.bavail, files: s.files, ffree: s.ffree, favail: s.ffree, flag: 0, namemax: 255, fsid: 0 };
  }

  pathconf(p: string, name: number): number {
    const r = this.resolve(p);
    let real = '/';
    if ('vfs' in r) r.vfs.lookup(r.rel);
    else {
      call(() => fs.statSync(nodePath(r.real)));
      // The child asks about this process's descriptors (fpathconf) by this process's /proc entry.
      real = r.real.startsWith('/proc/self/') ? `/proc/${process.pid}/${r.real.slice(11)}` : r.real;
    }
    const v = PATHCONF_NAMES[name];
    if (v === undefined) throw new HostError(EINVAL);
    // Node has no pathconf: getconf(1) asks the C library for this path.
    const res = spawnSync('getconf', [v, real], { encoding: 'latin1', stdio: ['ignore', 'pipe', 'ignore'] });
    if (res.status !== 0) throw new HostError(EINVAL);
    const out = res.stdout.trim();
    return out === 'undefined' ? -1 : Number(out);
  }

  mkfifo(p: string, mode: number): void {
    const r = this.resolve(p);
    if ('vfs' in r) throw new HostError(30); // EROFS
    if (fs.existsSync(nodePath(r.real)) || isLink(r.real)) throw new HostError(17); // EEXIST
    const res = spawnSync('mkfifo', ['-m', (mode & ~process.umask() & 0o7777).toString(8), r.real], { stdio: 'ignore' });
    if (res.status !== 0) {
      call(() => fs.statSync(path.dirname(r.real)));
      throw new HostError(13); // EACCES
    }
  }

  // ---- paths ----

  stat(p: string, followSymlinks: boolean): StatResult {
    const r = this.resolve(p);
    if ('vfs' in r) return r.vfs.stat(r.rel, r.slash);
    return call(() => statFromNode(followSymlinks ? fs.statSync(nodePath(r.real), { bigint: true }) : fs.lstatSync(nodePath(r.real), { bigint: true })));
  }

  listdir(p: string): string[] {
    const r = this.resolve(p);
    if ('vfs' in r) return r.vfs.listdir(r.rel);
    return call(() => fs.readdirSync(nodePath(r.real), { encoding: 'buffer' })).map(fsDecode);
  }

  readdirTypes(p: string): { names: string[]; types: Uint8Array } {
    const r = this.resolve(p);
    if ('vfs' in r) {
      const names = r.vfs.listdir(r.rel);
      return { names, types: new Uint8Array(names.length) };
    }
    const ents = call(() => fs.readdirSync(nodePath(r.real), { withFileTypes: true, encoding: 'buffer' }));
    const names = new Array<string>(ents.length);
    const types = new Uint8Array(ents.length);
    for (let i = 0; i < ents.length; i++) {
      const e = ents[i];
      names[i] = fsDecode(e.name);
      types[i] = e.isDirectory() ? 4 : e.isFile() ? 8 : e.isSymbolicLink() ? 10 : e.isFIFO() ? 1 : e.isCharacterDevice() ? 2 : e.isBlockDevice() ? 6 : e.isSocket() ? 12 : 0;
    }
    return { names, types };
  }

  mkdir(p: string, mode: number): void {
    const r = this.resolve(p);
    if ('vfs' in r) return r.vfs.mkdir(r.rel, mode);
    const dir = stdlibCacheDir();
    if (dir !== null && r.real.startsWith(dir)) fs.mkdirSync(path.dirname(r.real), { recursive: true });
    call(() => fs.mkdirSync(nodePath(r.real), { mode }));
  }

  rmdir(p: string): void {
    const r = this.resolve(p);
    if ('vfs' in r) return r.vfs.rmdir(r.rel);
    call(() => fs.rmdirSync(nodePath(r.real)));
  }

  unlink(p: string): void {
    const r = this.resolve(p);
    if ('vfs' in r) return r.vfs.unlink(r.rel);
    call(() => fs.unlinkSync(nodePath(r.real)));
  }

  rename(src: string, dst: string): void {
    const a = this.resolve(src);
    const b = this.resolve(dst);
    if ('vfs' in a && 'vfs' in b && a.vfs === b.vfs) return a.vfs.rename(a.rel, b.rel);
    if ('real' in a && 'real' in b) return call(() => fs.renameSync(nodePath(a.real), nodePath(b.real)));
    throw new HostError(18); // EXDEV
  }

  readlink(p: string): string {
    const r = this.resolve(p);
    if ('vfs' in r) {
      r.vfs.lookup(r.rel);
      throw new HostError(EINVAL);
    }
    return fsDecode(call(() => fs.readlinkSync(nodePath(r.real), { encoding: 'buffer' })));
  }

  symlink(target: string, p: string): void {
    const r = this.resolve(p);
    if ('vfs' in r) throw new HostError(30); // EROFS
    call(() => fs.symlinkSync(nodePath(target), nodePath(r.real)));
  }

  link(src: string, dst: string): void {
    const a = this.resolve(src);
    const b = this.resolve(dst);
    if ('real' in a && 'real' in b) return call(() => fs.linkSync(nodePath(a.real), nodePath(b.real)));
    throw new HostError(18); // EXDEV
  }

  chmod(p: string, mode: number): void {
    const r = this.resolve(p);
    if ('vfs' in r) return r.vfs.chmod(r.rel, mode);
    call(() => fs.chmodSync(nodePath(r.real), mode));
  }

  utime(p: string, atimeNs: bigint, mtimeNs: bigint, followSymlinks = true): void {
    const r = this.resolve(p);
    if ('vfs' in r) return r.vfs.utime(r.rel, atimeNs, mtimeNs);
    const a = utimeSeconds(atimeNs);
    const m = utimeSeconds(mtimeNs);
    call(() => (followSymlinks ? fs.utimesSync(nodePath(r.real), a, m) : fs.lutimesSync(nodePath(r.real), a, m)));
  }

  access(p: string, mode: number): boolean {
    try {
      const r = this.resolve(p);
      if ('vfs' in r) {
        r.vfs.lookup(r.rel);
        return (mode & 2) === 0 || r.vfs.writable;
      }
      fs.accessSync(nodePath(r.real), mode);
      return true;
    } catch {
      return false;
    }
  }

  getcwd(): string {
    return this.cwdPath;
  }

  chdir(p: string): void {
    let a = path.posix.normalize(this.abs(p));
    // fchdir: a descriptor's /proc name becomes the directory's own path.
    if (HAVE_PROC_FD && a.startsWith('/proc/self/fd/')) a = call(() => fs.realpathSync(a));
    const st = this.stat(a, true);
    if ((st.mode & 0o170000) !== 0o040000) throw new HostError(20); // ENOTDIR
    this.cwdPath = a.length > 1 && a.endsWith('/') ? a.slice(0, -1) : a;
  }

  readFile(p: string): Uint8Array | null {
    try {
      const r = this.resolve(p);
      if ('vfs' in r) {
        const f = r.vfs.open(r.rel, O_RDONLY, 0);
        return f.read(Number.MAX_SAFE_INTEGER);
      }
      return fs.readFileSync(nodePath(r.real));
    } catch {
      return null;
    }
  }

  // ---- process ----

  env(): Record<string, string> {
    return { ...(process.env as Record<string, string>) };
  }

  groups(): number[] {
    // Node's process.getgroups() adds the effective group; getgroups(2) (and /proc) do not.
    try {
      const m = /^Groups:[ \t]*(.*)$/m.exec(fs.readFileSync('/proc/self/status', 'latin1'));
      if (m !== null) return m[1].trim() === '' ? [] : m[1].trim().split(/\s+/).map(Number);
    } catch {
      // no /proc: Node's list
    }
    if (process.getgroups === undefined) throw new HostError(38); // ENOSYS
    return call(() => process.getgroups!());
  }

  resIds(kind: 'uid' | 'gid'): [number, number, number] {
    // Linux's /proc/self/status lists the real, effective, saved and file system ids.
    const status = call(() => fs.readFileSync('/proc/self/status', 'latin1'));
    const m = new RegExp(`^${kind === 'uid' ? 'Uid' : 'Gid'}:\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)`, 'm').exec(status);
    if (m === null) throw new HostError(38); // ENOSYS
    return [Number(m[1]), Number(m[2]), Number(m[3])];
  }

  getPriority(which: number, who: number): number {
    // Node reaches only processes (PRIO_PROCESS); the process group and user forms are refused.
    if (which !== 0) throw new HostError(38); // ENOSYS
    return call(() => os.getPriority(who));
  }

  setPriority(which: number, who: number, prio: number): void {
    if (which !== 0) throw new HostError(38); // ENOSYS
    // setpriority clamps to Linux's range; Node refuses values outside it.
    call(() => os.setPriority(who, Math.max(-20, Math.min(19, prio))));
  }

  setId(kind: 'uid' | 'gid' | 'euid' | 'egid', id: number): void {
    const f = kind === 'uid' ? process.setuid : kind === 'gid' ? process.setgid : kind === 'euid' ? process.seteuid : process.setegid;
    if (f === undefined) throw new HostError(38); // ENOSYS
    call(() => f.call(process, id));
  }

  setEnv(name: string, value: string | null): void {
    // Node's process.env calls setenv/unsetenv: child processes and getenv() see the change.
    if (value === null) delete process.env[name];
    else process.env[name] = value;
  }

  pid(): number {
    return process.pid;
  }

  ppid(): number {
    return process.ppid;
  }

  uid(): number {
    return process.getuid?.() ?? 0;
  }

  gid(): number {
    return process.getgid?.() ?? 0;
  }

  urandom(n: number): Uint8Array {
    const b = new Uint8Array(n);
    for (let off = 0; off < n; off += 65536) globalThis.crypto.getRandomValues(b.subarray(off, Math.min(n, off + 65536)));
    return b;
  }

  uname(): { sysname: string; nodename: string; release: string; version: string; machine: string } {
    return { sysname: os.type(), nodename: os.hostname(), release: os.release(), version: os.version(), machine: os.machine() };
  }

  cpuCount(): number | null {
    return os.availableParallelism?.() ?? os.cpus().length;
  }

  umask(mask: number): number {
    return process.umask(mask);
  }

  // ---- child processes and pipes (src/runtime/node-processes.ts) ----

  /** Descriptors made inheritable by os.set_inheritable (Node opens every descriptor close-on-exec). */
  private readonly inheritable = new Set<number>([0, 1, 2]);

  private processes(): NodeProcesses {
    return (this.procs ??= new NodeProcesses());
  }

  pipe(): [number, number] {
    return this.processes().pipe();
  }

  spawn(req: SpawnRequest): SpawnResult {
    // The child starts in the host's working directory, or in Node's when that one is not a real
    // directory (a memory file system's).
    const real = (p: string) => {
      try {
        const r = this.resolve(p);
        return 'real' in r ? r.real : null;
      } catch {
        return null;
      }
    };
    const cwd = req.cwd === '' ? '' : req.cwd !== null ? (real(req.cwd) ?? this.abs(req.cwd)) : (real(this.cwdPath) ?? process.cwd());
    req = { ...req, cwd };
    if (!req.closeFds) {
      const stdio = req.stdio.slice();
      for (const fd of this.inheritable) if (fd >= stdio.length || stdio[fd] < 0) stdio[fd] = fd;
      for (let i = 0; i < stdio.length; i++) stdio[i] ??= -1;
      req = { ...req, stdio };
    }
    // The child gets the kernel's descriptors that Python's numbers refer to.
    req = { ...req, stdio: req.stdio.map((fd) => (fd < 0 ? fd : this.fds.resolve(fd))) };
    return this.processes().spawn(req);
  }

  waitpid(pid: number, options: number): [number, number] {
    return this.processes().waitpid(pid, options);
  }

  kill(pid: number, signal: number): void {
    this.processes().kill(pid, signal);
  }

  processGroup(pid: number): { pgid: number; sid: number } {
    // Linux's /proc/<pid>/stat: "pid (comm) state ppid pgrp session ...", comm may hold spaces.
    const text = call(() => fs.readFileSync(`/proc/${pid === 0 ? 'self' : pid}/stat`, 'latin1'));
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { pgid: Number(f[2]), sid: Number(f[3]) };
  }

  abort(): never {
    process.abort();
  }

  pollEvents(fd: number): number | null {
    fd = this.fds.resolve(fd);
    return this.procs?.pollEvents(fd) ?? null;
  }

  setBlocking(fd: number, blocking: boolean): boolean {
    fd = this.fds.resolve(fd);
    return this.procs?.setBlocking(fd, blocking) ?? false;
  }

  getBlocking(fd: number): boolean | null {
    fd = this.fds.resolve(fd);
    return this.procs?.getBlocking(fd) ?? null;
  }

  getInheritable(fd: number): boolean {
    return this.inheritable.has(fd);
  }

  setInheritable(fd: number, inheritable: boolean): void {
    if (inheritable) this.inheritable.add(fd);
    else this.inheritable.delete(fd);
  }

  // ---- time ----

  timeNs(): bigint {
    // Date.now() has millisecond resolution; add the sub-millisecond part of the monotonic clock.
    const ms = Date.now();
    const sub = process.hrtime.bigint() % 1000000n;
    return BigInt(ms) * 1000000n + sub;
  }

  monotonicNs(): bigint {
    return process.hrtime.bigint();
  }

  processTimeNs(): bigint {
    const u = process.cpuUsage();
    return BigInt(u.user + u.system) * 1000n;
  }

  resourceUsage(): readonly number[] {
    const u = process.resourceUsage();
    return [
      u.userCPUTime, u.systemCPUTime, u.maxRSS, u.sharedMemorySize, u.unsharedDataSize, u.unsharedStackSize,
      u.minorPageFault, u.majorPageFault, u.swappedOut, u.fsRead, u.fsWrite, u.ipcSent, u.ipcReceived,
      u.signalsCount, u.voluntaryContextSwitches, u.involuntaryContextSwitches,
    ];
  }

  sleep(seconds: number): void {
    this.sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
    const ms = seconds * 1000;
    if (ms > 0) Atomics.wait(this.sleepCell, 0, 0, ms);
  }

  timeZone(): TimeZoneInfo {
    return UTC_ZONE;
  }

  // ---- conveniences ----

  writeStdout(s: string): void {
    this.write(1, encoder.encode(s));
  }

  writeStderr(s: string): void {
    this.write(2, encoder.encode(s));
  }

  flushStdout(): void {}

  cwd(): string {
    return this.cwdPath;
  }
}

/**
 * A time in ns as the seconds libuv takes: libuv keeps whole microseconds (it truncates), so the time
 * is rounded up to the next microsecond, never earlier than asked (a copy made with shutil.copystat
 * must not look older than its source), with half a microsecond of margin for the double's rounding.
 */
function utimeSeconds(ns: bigint): number | Date {
  // Node takes a negative number of seconds for "now"; a Date before 1970 passes (to the millisecond).
  if (ns < 0n) return new Date(Number(ns / 1000000n));
  const us = ns >= 0n ? (ns + 999n) / 1000n : ns / 1000n;
  const sec = us >= 0n ? us / 1000000n : -((-us + 999999n) / 1000000n);
  const frac = us - sec * 1000000n;
  return Number(sec) + (Number(frac) + 0.5) / 1e6;
}
