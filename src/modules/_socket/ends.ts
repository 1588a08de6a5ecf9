// The descriptors of pyts's in-process sockets, which _socket's objects and select's waits share.
//
// Node has no synchronous sockets, so pyts's sockets live in the process: socketpair() makes two
// connected ends whose bytes go through buffers here, and a socket made by socket() is an unconnected
// end that fails network operations.  Each end has a descriptor number from a range real descriptors
// do not reach (Node's, which the kernel hands out lowest first, stay small), below FD_SETSIZE so
// select.select() accepts them.  epoll objects take their descriptors from the same range.

import type { PyValue } from '../../objects/object.ts';

/** select(2)'s limit: descriptors below it. */
export const FD_SETSIZE = 1024;
/** The first descriptor number of in-process objects. */
const FIRST_FD = 700;

export class SocketEnd {
  /** The descriptors referring to this end (dup() adds one); it closes with the last. */
  readonly fds = new Set<number>();
  /** The peer closed: sending fails with EPIPE. */
  peerGone = false;
  /** Addresses getsockname() and getpeername() report once connected (Python values). */
  localAddr: PyValue | null = null;
  peerAddr: PyValue | null = null;
  /** Values set by setsockopt(), by "level:option". */
  readonly options = new Map<string, PyValue>();
  /** The connections waiting for accept() on a listening socket. */
  listener: { readonly backlog: SocketEnd[]; owner: SocketEnd } | null = null;
  /** Received bytes not yet read, oldest first. */
  readonly inbox: Uint8Array[] = [];
  inboxSize = 0;
  peer: SocketEnd | null = null;
  /** No more bytes will arrive (the peer closed or shut down writing, or this end shut down reading). */
  eof = false;
  /** This end shut down writing. */
  writeShut = false;
  closed = false;
  constructor(
    /** The first descriptor. */
    readonly fd: number,
    public family: number,
    public type: number,
    public proto: number,
  ) {}

  /** Bytes available to read, or EOF: recv() would not block. */
  readable(): boolean {
    return this.inboxSize > 0 || this.eof;
  }

  /** Takes up to n bytes from the inbox. */
  take(n: number): Uint8Array {
    const out = new Uint8Array(Math.min(n, this.inboxSize));
    let at = 0;
    while (at < out.length) {
      const head = this.inbox[0];
      const k = Math.min(head.length, out.length - at);
      out.set(head.subarray(0, k), at);
      at += k;
      if (k === head.length) this.inbox.shift();
      else this.inbox[0] = head.subarray(k);
    }
    this.inboxSize -= out.length;
    return out;
  }
}

/** An in-process object with a descriptor: a socket end or an epoll instance. */
export type FdObject = SocketEnd | { readonly fd: number; readonly kind: 'epoll' };

const table = new Map<number, FdObject>();

/** A new descriptor for an in-process object (`make` receives its number), or null when none is free. */
export function allocateFd<T extends FdObject>(make: (fd: number) => T): T | null {
  let fd = FIRST_FD;
  while (table.has(fd)) fd++;
  if (fd >= FD_SETSIZE) return null;
  const o = make(fd);
  table.set(fd, o);
  if (o instanceof SocketEnd) o.fds.add(fd);
  return o;
}

/** Another descriptor for the same object (dup()), or -1 when none is free. */
export function duplicateFd(o: FdObject): number {
  let fd = FIRST_FD;
  while (table.has(fd)) fd++;
  if (fd >= FD_SETSIZE) return -1;
  table.set(fd, o);
  if (o instanceof SocketEnd) o.fds.add(fd);
  return fd;
}

export function fdObject(fd: number): FdObject | undefined {
  return table.get(fd);
}

export function releaseFd(fd: number): void {
  table.delete(fd);
}

/** Readiness of an in-process descriptor: [readable, writable], or null when it is not one. */
export function inProcessReadiness(fd: number): [boolean, boolean] | null {
  const o = table.get(fd);
  if (o === undefined) return null;
  if (!(o instanceof SocketEnd)) return [false, false];
  // A connected end can always be written to (its peer's buffer is unbounded); writing to a closed
  // peer fails at once, so that is "ready" too.  A listener is readable with connections waiting.
  if (o.listener !== null) return [o.listener.backlog.length > 0, false];
  return [o.readable(), o.peer !== null || o.writeShut || o.peerGone];
}
