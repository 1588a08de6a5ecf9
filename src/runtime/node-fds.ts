// The descriptor numbers Python sees on the Node host, over the kernel's.  Node has no dup(2) or
// dup2(2), so a duplicate is a number of Python's that refers to another descriptor (a kernel one, or
// one of the host's memory files): the descriptors share everything a dup shares (offset, flags,
// what a pipe keeps), as a dup's do.  CPython: Python/fileutils.c _Py_dup (the kernel does it there)
//
// A duplicate's number is held in the kernel by a placeholder (a descriptor on /dev/null), so that no
// later open() returns it; a descriptor Python closed while duplicates still refer to it stays open
// in the kernel (hidden: its number is Python's EBADF) until the last of them is closed.
import fs from 'node:fs';
import { HostError } from './host.ts';

const EBADF = 9;

export class FdTable {
  /** Python descriptor -> the descriptor it refers to, when that is not itself. */
  private readonly alias = new Map<number, number>();
  /** How many aliases refer to each descriptor. */
  private readonly users = new Map<number, number>();
  /** Descriptors Python closed that aliases still refer to. */
  private readonly hidden = new Set<number>();
  /** The highest descriptor number dup2 may target (RLIMIT_NOFILE, read once). */
  private limit = -1;

  /** What `fd` refers to (itself for most); EBADF for a number Python closed. */
  resolve(fd: number): number {
    if (this.alias.size === 0 && this.hidden.size === 0) return fd;
    const a = this.alias.get(fd);
    if (a !== undefined) return a;
    if (this.hidden.has(fd)) throw new HostError(EBADF);
    return fd;
  }

  /** Whether `fd` is an alias (so closing it must not close what it refers to). */
  isAlias(fd: number): boolean {
    return this.alias.has(fd);
  }

  /**
   * Python closes `fd`: forgets it, and returns the descriptors to close for real now (none while
   * other numbers still refer to them).
   */
  close(fd: number): number[] {
    const out: number[] = [];
    const target = this.alias.get(fd);
    if (target === undefined) {
      if (this.hidden.has(fd)) throw new HostError(EBADF);
      if ((this.users.get(fd) ?? 0) > 0) this.hidden.add(fd);
      else out.push(fd);
      return out;
    }
    this.alias.delete(fd);
    this.release(target, out);
    // The number itself: a placeholder, or a descriptor that aliases still use.
    if ((this.users.get(fd) ?? 0) > 0) this.hidden.add(fd);
    else if (!isVirtual(fd)) out.push(fd);
    return out;
  }

  private release(target: number, out: number[]): void {
    const n = (this.users.get(target) ?? 1) - 1;
    if (n > 0) {
      this.users.set(target, n);
      return;
    }
    this.users.delete(target);
    if (this.hidden.delete(target)) out.push(target);
  }

  /** Makes `fd` (a free number, held by the caller's placeholder or a hidden descriptor) refer to `target`. */
  bind(fd: number, target: number): void {
    if (fd === target) {
      this.hidden.delete(fd);
      return;
    }
    this.hidden.delete(fd);
    this.alias.set(fd, target);
    this.users.set(target, (this.users.get(target) ?? 0) + 1);
  }

  /** Whether the number is in use by Python (open, or an alias). */
  inUse(fd: number, kernelOpen: (fd: number) => boolean): boolean {
    if (this.alias.has(fd)) return true;
    if (this.hidden.has(fd)) return false;
    return kernelOpen(fd);
  }

  /** Whether the kernel number is held (a hidden descriptor still referred to). */
  isHidden(fd: number): boolean {
    return this.hidden.has(fd);
  }

  /** The highest descriptor number plus one that dup2 accepts. */
  maxFd(): number {
    if (this.limit < 0) {
      this.limit = 1024;
      try {
        const m = /^Max open files\s+(\d+)/m.exec(fs.readFileSync('/proc/self/limits', 'latin1'));
        if (m) this.limit = Number(m[1]);
      } catch {
        // keep the usual default
      }
      // Differs from CPython: numbers are claimed by opening placeholders up to them, so very high
      // ones are refused as the kernel refuses those beyond the limit.
      this.limit = Math.min(this.limit, 65536);
    }
    return this.limit;
  }

  clear(): void {
    this.alias.clear();
    this.users.clear();
    this.hidden.clear();
  }
}

/** Descriptors of the host's memory files (numbered far above the kernel's). */
export const VFD_BASE = 1 << 24;

function isVirtual(fd: number): boolean {
  return fd >= VFD_BASE;
}

/**
 * Opens placeholders (on /dev/null) until the kernel hands out `fd`, which must be free; closes the
 * others.  Returns false when it cannot (no /dev/null, or the kernel skipped the number).
 */
export function claimNumber(fd: number): boolean {
  const extra: number[] = [];
  try {
    for (;;) {
      let n: number;
      try {
        n = fs.openSync('/dev/null', 'r');
      } catch {
        return false;
      }
      if (n === fd) return true;
      extra.push(n);
      if (n > fd) return false;
    }
  } finally {
    for (const n of extra) fs.closeSync(n);
  }
}

/** A new placeholder descriptor (the lowest free number), or -1 without /dev/null. */
export function placeholder(): number {
  try {
    return fs.openSync('/dev/null', 'r');
  } catch {
    return -1;
  }
}
