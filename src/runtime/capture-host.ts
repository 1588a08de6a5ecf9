// A host that captures stdout/stderr in memory, reads stdin from a string and serves some files from
// a writable memory file system: for running programs in tests and in embedding, without touching
// the process's streams.  Everything else (the stdlib, other paths) is the Node host's.
import type { Host, StatResult } from './host.ts';
import { HostError } from './host.ts';
import { NodeHost } from './node-host.ts';
import { VirtualFS, pathParts } from './vfs.ts';

const decoder = new TextDecoder();

export class CaptureHost extends NodeHost implements Host {
  private readonly outChunks: Uint8Array[] = [];
  private readonly errChunks: Uint8Array[] = [];
  private readonly stdinBytes: Uint8Array;
  private stdinPos = 0;

  constructor(
    /** Files served from memory by absolute path (e.g. the program under a virtual path). */
    files: Map<string, Uint8Array>,
    stdin = '',
    cwdPath = '/',
    /** Where the memory file system is mounted (defaults to the common directory of `files`). */
    memoryRoot?: string,
  ) {
    super();
    this.cwdPath = cwdPath;
    this.stdinBytes = new TextEncoder().encode(stdin);
    const root = memoryRoot ?? commonRoot([...files.keys()]);
    if (root !== null) {
      const mem = new VirtualFS(root, true, BigInt(Date.now()) * 1000000n);
      for (const [p, data] of files) {
        const rel = mem.relative(p);
        if (rel !== null && rel.length > 0) mem.addFile(rel, data);
      }
      this.mounts.push(mem);
    }
  }

  get stdout(): string {
    return decoder.decode(concat(this.outChunks));
  }

  get stderr(): string {
    return decoder.decode(concat(this.errChunks));
  }

  override read(fd: number, n: number): Uint8Array {
    if (fd === 0) {
      const end = Math.min(this.stdinBytes.length, this.stdinPos + n);
      const out = this.stdinBytes.slice(this.stdinPos, end);
      this.stdinPos = end;
      return out;
    }
    if (fd === 1 || fd === 2) throw new HostError(9);
    return super.read(fd, n);
  }

  override write(fd: number, data: Uint8Array): number {
    if (fd === 1 || fd === 2) {
      (fd === 1 ? this.outChunks : this.errChunks).push(data.slice());
      return data.length;
    }
    if (fd === 0) throw new HostError(9);
    return super.write(fd, data);
  }

  override lseek(fd: number, offset: number, whence: number): number {
    if (fd <= 2) throw new HostError(29); // ESPIPE: the streams are pipes
    return super.lseek(fd, offset, whence);
  }

  override fstat(fd: number): StatResult {
    if (fd > 2) return super.fstat(fd);
    const now = BigInt(Date.now()) * 1000000n;
    return { mode: 0o010600, ino: 0, dev: 0, nlink: 1, uid: 0, gid: 0, size: 0, atimeNs: now, mtimeNs: now, ctimeNs: now, blksize: 4096, blocks: 0, rdev: 0 };
  }

  override isatty(fd: number): boolean {
    return fd <= 2 ? false : super.isatty(fd);
  }

  override close(fd: number): void {
    if (fd <= 2) return;
    super.close(fd);
  }

  /**
   * The program's environment, changed by putenv/unsetenv: at start only LANG=C.UTF-8, which the
   * oracle's environment has too (it decides the locale, and so open()'s default encoding).
   */
  private readonly vars: Record<string, string> = { LANG: 'C.UTF-8' };

  override env(): Record<string, string> {
    return { ...this.vars };
  }

  override setEnv(name: string, value: string | null): void {
    if (value === null) delete this.vars[name];
    else this.vars[name] = value;
  }
}

/** The directory that holds every path (the first component below the root), or null. */
function commonRoot(paths: string[]): string | null {
  if (paths.length === 0) return null;
  const first = pathParts(paths[0]);
  if (first.length < 2) return null;
  const top = first[0];
  for (const p of paths) if (pathParts(p)[0] !== top) return null;
  return '/' + top;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}
