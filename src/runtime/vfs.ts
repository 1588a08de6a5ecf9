// In-memory file systems mounted into a host's name space: a read-only view of the standard library
// zip (so that CPython's importlib finds and loads modules from it as from a directory), and a
// writable memory file system (test programs, embedding, browsers).  They answer the Host's file
// operations for paths under their mount point with POSIX semantics and Linux errno values.
import { HostError, type StatResult } from './host.ts';

/** Linux errno values used here. */
export const ENOENT = 2;
export const EBADF = 9;
export const EACCES = 13;
export const EEXIST = 17;
export const EXDEV = 18;
export const ENOTDIR = 20;
export const EISDIR = 21;
export const EINVAL = 22;
export const ESPIPE = 29;
export const EROFS = 30;
export const ENOTEMPTY = 39;

/** Linux open() flags. */
export const O_ACCMODE = 3;
export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_CREAT = 0o100;
export const O_EXCL = 0o200;
export const O_TRUNC = 0o1000;
export const O_APPEND = 0o2000;
export const O_DIRECTORY = 0o200000;

export const S_IFDIR = 0o040000;
export const S_IFREG = 0o100000;

let nextIno = 1;

abstract class VNode {
  readonly ino = nextIno++;
  constructor(
    public mode: number,
    public mtimeNs: bigint,
  ) {}
  atimeNs = 0n;
  ctimeNs = 0n;
}

export class VFile extends VNode {
  private buf: Uint8Array | null;
  size: number;
  constructor(
    mode: number,
    mtimeNs: bigint,
    data: Uint8Array | null,
    size: number,
    /** Produces the contents on first read (zip members are inflated lazily). */
    private loader: (() => Uint8Array) | null = null,
  ) {
    super(S_IFREG | (mode & 0o7777), mtimeNs);
    this.buf = data;
    this.size = size;
  }

  get data(): Uint8Array {
    if (this.buf === null) {
      this.buf = this.loader!();
      this.loader = null;
    }
    return this.buf;
  }

  /** Makes room for `n` bytes (memory files only). */
  reserve(n: number): void {
    const d = this.data;
    if (n <= d.length) return;
    const grown = new Uint8Array(Math.max(n, d.length * 2, 64));
    grown.set(d.subarray(0, this.size));
    this.buf = grown;
  }

  truncate(n: number): void {
    this.reserve(n);
    if (n > this.size) this.data.fill(0, this.size, n);
    this.size = n;
  }
}

export class VDir extends VNode {
  readonly children = new Map<string, VNode>();
  constructor(mode: number, mtimeNs: bigint) {
    super(S_IFDIR | (mode & 0o7777), mtimeNs);
  }
}

/** An open file or directory of a virtual file system. */
export class OpenFile {
  pos = 0;
  constructor(
    readonly node: VFile | VDir,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly append: boolean,
  ) {}

  read(n: number): Uint8Array {
    if (!this.readable) throw new HostError(EBADF);
    if (this.node instanceof VDir) throw new HostError(EISDIR);
    const f = this.node;
    const end = Math.min(f.size, this.pos + Math.max(0, n));
    if (end <= this.pos) return new Uint8Array(0);
    const out = f.data.slice(this.pos, end);
    this.pos = end;
    return out;
  }

  write(data: Uint8Array): number {
    if (!this.writable || this.node instanceof VDir) throw new HostError(EBADF);
    const f = this.node;
    if (this.append) this.pos = f.size;
    const end = this.pos + data.length;
    f.reserve(end);
    if (this.pos > f.size) f.data.fill(0, f.size, this.pos);
    f.data.set(data, this.pos);
    if (end > f.size) f.size = end;
    this.pos = end;
    f.mtimeNs = BigInt(Date.now()) * 1000000n;
    return data.length;
  }

  lseek(offset: number, whence: number): number {
    const size = this.node instanceof VFile ? this.node.size : 0;
    const base = whence === 0 ? 0 : whence === 1 ? this.pos : whence === 2 ? size : NaN;
    if (Number.isNaN(base)) throw new HostError(EINVAL);
    const p = base + offset;
    if (p < 0) throw new HostError(EINVAL);
    this.pos = p;
    return p;
  }
}

/** Splits an absolute path into its components, resolving '.' and '..' lexically. */
export function pathParts(p: string): string[] {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

export class VirtualFS {
  private readonly rootParts: string[];
  private readonly top: VDir;

  constructor(
    /** The mount point, an absolute path. */
    readonly root: string,
    readonly writable: boolean,
    mtimeNs: bigint,
  ) {
    this.rootParts = pathParts(root);
    this.top = new VDir(0o755, mtimeNs);
  }

  /** A read-only tree of a zip archive's members (`names`, read with `read`). */
  static fromArchive(root: string, names: readonly string[], size: (name: string) => number, read: (name: string) => Uint8Array, mtimeNs: bigint): VirtualFS {
    const fs = new VirtualFS(root, false, mtimeNs);
    for (const name of names) {
      const parts = name.split('/').filter((p) => p !== '');
      if (parts.length === 0) continue;
      const isDir = name.endsWith('/');
      let dir = fs.top;
      for (let i = 0; i < parts.length - (isDir ? 0 : 1); i++) {
        const found = dir.children.get(parts[i]);
        let next: VDir;
        if (found instanceof VDir) next = found;
        else {
          next = new VDir(0o755, mtimeNs);
          dir.children.set(parts[i], next);
        }
        dir = next;
      }
      if (!isDir) dir.children.set(parts[parts.length - 1], new VFile(0o644, mtimeNs, null, size(name), () => read(name)));
    }
    return fs;
  }

  /** The components of `path` below the mount point, or null if the path is outside it. */
  relative(path: string): string[] | null {
    const parts = pathParts(path);
    const r = this.rootParts;
    if (parts.length < r.length) return null;
    for (let i = 0; i < r.length; i++) if (parts[i] !== r[i]) return null;
    return parts.slice(r.length);
  }

  private walk(rel: string[], upTo = rel.length): VNode {
    let node: VNode = this.top;
    for (let i = 0; i < upTo; i++) {
      if (!(node instanceof VDir)) throw new HostError(ENOTDIR);
      const next = node.children.get(rel[i]);
      if (next === undefined) throw new HostError(ENOENT);
      node = next;
    }
    return node;
  }

  private parentOf(rel: string[]): VDir {
    if (rel.length === 0) throw new HostError(EEXIST);
    const p = this.walk(rel, rel.length - 1);
    if (!(p instanceof VDir)) throw new HostError(ENOTDIR);
    return p;
  }

  private checkWritable(): void {
    if (!this.writable) throw new HostError(EROFS);
  }

  lookup(rel: string[], trailingSlash = false): VNode {
    const n = this.walk(rel);
    if (trailingSlash && !(n instanceof VDir)) throw new HostError(ENOTDIR);
    return n;
  }

  stat(rel: string[], trailingSlash = false): StatResult {
    return statOf(this.lookup(rel, trailingSlash));
  }

  listdir(rel: string[]): string[] {
    const n = this.walk(rel);
    if (!(n instanceof VDir)) throw new HostError(ENOTDIR);
    return [...n.children.keys()];
  }

  open(rel: string[], flags: number, mode: number): OpenFile {
    const acc = flags & O_ACCMODE;
    const wantsWrite = acc !== O_RDONLY || (flags & (O_CREAT | O_TRUNC)) !== 0;
    let node: VNode | undefined;
    try {
      node = this.walk(rel);
    } catch (e) {
      if (!(e instanceof HostError) || e.errno !== ENOENT || !(flags & O_CREAT)) throw e;
    }
    if (node !== undefined && flags & O_CREAT && flags & O_EXCL) throw new HostError(EEXIST);
    if (node === undefined) {
      this.checkWritable();
      const parent = this.parentOf(rel);
      node = new VFile(mode & 0o777, BigInt(Date.now()) * 1000000n, new Uint8Array(0), 0);
      parent.children.set(rel[rel.length - 1], node);
    }
    if (node instanceof VDir) {
      if (acc !== O_RDONLY) throw new HostError(EISDIR);
      return new OpenFile(node, true, false, false);
    }
    if (flags & O_DIRECTORY) throw new HostError(ENOTDIR);
    if (wantsWrite) this.checkWritable();
    const f = node as VFile;
    if (flags & O_TRUNC && acc !== O_RDONLY) f.truncate(0);
    return new OpenFile(f, acc !== O_WRONLY, acc !== O_RDONLY, (flags & O_APPEND) !== 0);
  }

  // The path is looked up before the file system's writability is checked, as the kernel does: a
  // missing file is ENOENT (EEXIST for mkdir of an existing one) on a read-only file system too.
  mkdir(rel: string[], mode: number): void {
    const parent = this.parentOf(rel);
    const name = rel[rel.length - 1];
    if (parent.children.has(name)) throw new HostError(EEXIST);
    this.checkWritable();
    parent.children.set(name, new VDir(mode, BigInt(Date.now()) * 1000000n));
  }

  rmdir(rel: string[]): void {
    const n = this.walk(rel);
    this.checkWritable();
    if (!(n instanceof VDir)) throw new HostError(ENOTDIR);
    if (n.children.size > 0) throw new HostError(ENOTEMPTY);
    if (rel.length === 0) throw new HostError(EACCES);
    this.parentOf(rel).children.delete(rel[rel.length - 1]);
  }

  unlink(rel: string[]): void {
    const n = this.walk(rel);
    this.checkWritable();
    if (n instanceof VDir) throw new HostError(EISDIR);
    this.parentOf(rel).children.delete(rel[rel.length - 1]);
  }

  rename(src: string[], dst: string[]): void {
    const n = this.walk(src);
    this.checkWritable();
    const dparent = this.parentOf(dst);
    const name = dst[dst.length - 1];
    const existing = dparent.children.get(name);
    if (existing !== undefined && existing !== n) {
      if (existing instanceof VDir) {
        if (!(n instanceof VDir)) throw new HostError(EISDIR);
        if (existing.children.size > 0) throw new HostError(ENOTEMPTY);
      } else if (n instanceof VDir) throw new HostError(ENOTDIR);
    }
    this.parentOf(src).children.delete(src[src.length - 1]);
    dparent.children.set(name, n);
  }

  chmod(rel: string[], mode: number): void {
    const n = this.walk(rel);
    this.checkWritable();
    n.mode = (n.mode & ~0o7777) | (mode & 0o7777);
  }

  utime(rel: string[], atimeNs: bigint, mtimeNs: bigint): void {
    const n = this.walk(rel);
    this.checkWritable();
    n.atimeNs = atimeNs;
    n.mtimeNs = mtimeNs;
  }

  /** Adds a file (creating its directories); for hosts that serve files from memory. */
  addFile(rel: string[], data: Uint8Array): void {
    let dir = this.top;
    for (let i = 0; i < rel.length - 1; i++) {
      const found = dir.children.get(rel[i]);
      let next: VDir;
      if (found instanceof VDir) next = found;
      else {
        next = new VDir(0o755, dir.mtimeNs);
        dir.children.set(rel[i], next);
      }
      dir = next;
    }
    dir.children.set(rel[rel.length - 1], new VFile(0o644, dir.mtimeNs, data, data.length));
  }
}

export function statOf(n: VNode): StatResult {
  const size = n instanceof VFile ? n.size : 4096;
  return {
    mode: n.mode,
    ino: n.ino,
    dev: 0xfade,
    nlink: n instanceof VDir ? 2 : 1,
    uid: 0,
    gid: 0,
    size,
    atimeNs: n.atimeNs || n.mtimeNs,
    mtimeNs: n.mtimeNs,
    ctimeNs: n.ctimeNs || n.mtimeNs,
    blksize: 4096,
    blocks: Math.ceil(size / 512),
    rdev: 0,
  };
}
