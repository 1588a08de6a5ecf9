// Child processes and pipes for the Node host: what posix's pipe/waitpid/kill and _posixsubprocess's
// fork_exec stand on.  See docs/internals/processes.md.
//
// Node's synchronous API has neither pipe(2) nor fork/waitpid, and the Python code runs on the main
// thread, whose event loop does not turn while it runs.  So:
//  - A pipe is a named FIFO: made (a few at a time) by the mkfifo command in a private directory,
//    opened at both ends and unlinked at once.  Its two descriptors are real ones: a child started
//    with one of them as stdin or stdout uses it directly, and reads and writes block as a pipe's do.
//    Readiness (select, poll) comes from a third, non-blocking descriptor on the read end: what it
//    reads is kept and handed out first by the next read of the pipe.  Python's writes to a write end
//    go through a fourth, non-blocking one: while the pipe is full, the write waits and meanwhile
//    empties the read ends of the pipes made here (into what they keep), so that a child blocked
//    writing to one of them (its stdout while Python feeds its stdin) can go on, as it could with
//    CPython's communicate(), whose select() reports such a write end not writable.
//  - A worker thread (started on first use, unref'd, so it never keeps the process alive) owns the
//    children: it starts them with child_process.spawn, whose stdio are the descriptors fork_exec
//    was given, and records how they end.  The main thread posts a request on a MessagePort and
//    blocks in Atomics.wait until the worker answers (receiveMessageOnPort reads the answer).
//    node:worker_threads is loaded only then: loaded while the start-up snapshot is built
//    (src/cli/snapshot-main.ts), its state would not survive the snapshot and workers would fail.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Worker, MessagePort } from 'node:worker_threads';
import { HostError, type SpawnRequest, type SpawnResult } from './host.ts';

const EAGAIN = 11;
const ECHILD = 10;
const ENOSYS = 38;
const ENOENT = 2;
const ENOTDIR = 20;
const EACCES = 13;
const EBADF = 9;
const ESRCH = 3;
const WNOHANG = 1;
const POLLIN = 1 | 64; // POLLIN | POLLRDNORM
const POLLOUT = 4 | 256; // POLLOUT | POLLWRNORM
const POLLHUP = 16;
/** Pids the kernel never hands out (above Linux's PID_MAX_LIMIT): children that could not be started. */
const FAILED_PID_BASE = 1 << 22;
/** Status of a child that failed to exec: CPython's child exits with 255. */
const FAILED_STATUS = 255 << 8;

/** The read end of a pipe made here. */
interface ReadEnd {
  /** A non-blocking descriptor on the same pipe, for readiness. */
  probe: number;
  /** Bytes the probe read, not yet read by Python. */
  kept: Uint8Array[];
  /** os.set_blocking(fd, False). */
  nonblocking: boolean;
}

/** The write end of a pipe made here. */
interface WriteEnd {
  /** A non-blocking descriptor on the same pipe, which Python's writes use. */
  probe: number;
  /** os.set_blocking(fd, False). */
  nonblocking: boolean;
}

// The worker's code (a plain script: the bundles are single files).  It answers each request by
// posting the reply and bumping ctl[0]; each child's end bumps ctl[1].
const WORKER_SOURCE = `
'use strict';
const { workerData } = require('node:worker_threads');
const { spawn } = require('node:child_process');
const signals = require('node:os').constants.signals;
const { port, ctl } = workerData;
const children = new Map();
let waiter = null;
function reply(m) {
  port.postMessage(m);
  Atomics.add(ctl, 0, 1);
  Atomics.notify(ctl, 0);
}
function reap(pid) {
  if (pid > 0) {
    const c = children.get(pid);
    if (c === undefined) return { error: 'ECHILD' };
    if (c.status === null) return null;
    children.delete(pid);
    return { pid, status: c.status };
  }
  if (children.size === 0) return { error: 'ECHILD' };
  for (const [p, c] of children) {
    if (c.status !== null) {
      children.delete(p);
      return { pid: p, status: c.status };
    }
  }
  return null;
}
function start(m) {
  let child;
  try {
    child = spawn(m.file, m.args, { argv0: m.argv0, cwd: m.cwd, env: m.env, stdio: m.stdio, detached: m.detached, uid: m.uid, gid: m.gid });
  } catch (e) {
    reply({ error: e.code || 'ENOSYS' });
    return;
  }
  let answered = false;
  const entry = { status: null };
  if (child.pid !== undefined) children.set(child.pid, entry);
  child.on('error', (e) => {
    if (answered) return;
    answered = true;
    if (child.pid !== undefined) children.delete(child.pid);
    reply({ error: e.code || 'ENOSYS' });
  });
  child.once('spawn', () => {
    if (answered) return;
    answered = true;
    reply({ pid: child.pid });
  });
  child.once('exit', (code, signal) => {
    entry.status = signal ? (signals[signal] || 0) & 0x7f : ((code || 0) & 0xff) << 8;
    Atomics.add(ctl, 1, 1);
    Atomics.notify(ctl, 1);
    if (waiter !== null) {
      const r = reap(waiter);
      if (r !== null) {
        waiter = null;
        reply(r);
      }
    }
  });
}
port.on('message', (m) => {
  try {
    if (m.op === 'spawn') start(m);
    else if (m.op === 'wait') {
      const r = reap(m.pid);
      if (r !== null) reply(r);
      else if (m.nohang) reply({ pid: 0, status: 0 });
      else waiter = m.pid;
    } else reply({ error: 'ENOSYS' });
  } catch (e) {
    reply({ error: 'ENOSYS' });
  }
});
`;

/** The errno number of a Node error code (the ones spawning can give). */
function errnoOf(code: string): number {
  const n = (os.constants.errno as Record<string, number>)[code];
  return typeof n === 'number' ? n : ENOSYS;
}

export class NodeProcesses {
  /** Read ends of the pipes made here, by descriptor. */
  private readonly readEnds = new Map<number, ReadEnd>();
  /** Write ends of the pipes made here, with their non-blocking descriptor. */
  private readonly writeEnds = new Map<number, WriteEnd>();
  private waitCell: Int32Array | null = null;
  private fifoDir: string | null = null;
  private fifos: string[] = [];
  private fifoCount = 0;
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  private ctl: Int32Array | null = null;
  /** Children started and not yet waited for. */
  private readonly children = new Set<number>();
  /** Children that could not be started, with their status, until waited for. */
  private readonly failed = new Map<number, number>();
  private nextFailedPid = FAILED_PID_BASE;

  // ---- pipes ----

  /** A FIFO path not yet used (made by mkfifo, a batch at a time). */
  private freshFifo(): string {
    if (this.fifos.length === 0) {
      if (this.fifoDir === null) {
        this.fifoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyts-pipes-'));
        const dir = this.fifoDir;
        process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
      }
      const batch: string[] = [];
      for (let i = 0; i < 8; i++) batch.push(path.join(this.fifoDir, `p${this.fifoCount++}`));
      const r = spawnSync('mkfifo', ['-m', '600', ...batch], { stdio: 'ignore' });
      if (r.status !== 0) throw new HostError(ENOSYS);
      this.fifos = batch;
    }
    return this.fifos.shift()!;
  }

  /** pipe(2): [read end, write end], both blocking and not inheritable. */
  pipe(): [number, number] {
    const fifo = this.freshFifo();
    // Opening a FIFO blocks until the other end is open, except read-write (Linux and macOS): that
    // one first, so that the others open at once.
    const C = fs.constants;
    const fds: number[] = [];
    try {
      fds.push(fs.openSync(fifo, C.O_RDWR));
      fds.push(fs.openSync(fifo, C.O_RDONLY));
      fds.push(fs.openSync(fifo, C.O_RDONLY | C.O_NONBLOCK));
      fds.push(fs.openSync(fifo, C.O_WRONLY));
      fds.push(fs.openSync(fifo, C.O_WRONLY | C.O_NONBLOCK));
    } catch (e) {
      for (const fd of fds) fs.closeSync(fd);
      throw new HostError(errnoOf((e as NodeJS.ErrnoException).code ?? ''));
    } finally {
      fs.rmSync(fifo, { force: true });
    }
    fs.closeSync(fds[0]);
    this.readEnds.set(fds[1], { probe: fds[2], kept: [], nonblocking: false });
    this.writeEnds.set(fds[3], { probe: fds[4], nonblocking: false });
    return [fds[1], fds[3]];
  }

  /** Whether `fd` is an end of a pipe made here. */
  isPipe(fd: number): boolean {
    return this.readEnds.has(fd) || this.writeEnds.has(fd);
  }

  /**
   * A read of a pipe's read end that must not block, or that has kept bytes: the bytes (an empty
   * array at end of file); null when the caller should read the descriptor itself.
   */
  read(fd: number, n: number): Uint8Array | null {
    const end = this.readEnds.get(fd);
    if (end === undefined) return null;
    if (end.kept.length === 0) {
      if (!end.nonblocking) return null;
      if (!this.probe(end)) throw new HostError(EAGAIN);
      if (end.kept.length === 0) return new Uint8Array(0);
    }
    const head = end.kept[0];
    if (head.length <= n) {
      end.kept.shift();
      return head;
    }
    end.kept[0] = head.subarray(n);
    return head.subarray(0, n);
  }

  /**
   * A write to a pipe's write end: all of `data` (waiting while the pipe is full, and meanwhile
   * emptying the read ends), or what fits when non-blocking; null for other descriptors.
   */
  write(fd: number, data: Uint8Array): number | null {
    const end = this.writeEnds.get(fd);
    if (end === undefined) return null;
    let done = 0;
    let step = 0.0005;
    while (done < data.length) {
      let n = 0;
      try {
        n = fs.writeSync(end.probe, data, done, data.length - done, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== 'EAGAIN') throw new HostError(errnoOf(code ?? 'EIO'));
      }
      done += n;
      if (done === data.length) break;
      if (end.nonblocking) {
        if (done > 0) break;
        throw new HostError(EAGAIN);
      }
      if (n === 0) {
        for (const r of this.readEnds.values()) this.probe(r);
        this.waitCell ??= new Int32Array(new SharedArrayBuffer(4));
        Atomics.wait(this.waitCell, 0, 0, step * 1000);
        step = Math.min(step * 2, 0.01);
      } else step = 0.0005;
    }
    return done;
  }

  /** Reads what the pipe holds into `kept`; false when nothing is there (reading would block). */
  private probe(end: ReadEnd): boolean {
    const buf = Buffer.allocUnsafe(65536);
    let any = false;
    for (;;) {
      let got: number;
      try {
        got = fs.readSync(end.probe, buf, 0, buf.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') return any || end.kept.length > 0;
        throw e;
      }
      if (got === 0) return true; // end of file: no writer is left
      end.kept.push(Uint8Array.prototype.slice.call(buf, 0, got));
      any = true;
    }
  }

  /** poll(2)'s events for a pipe made here; null for other descriptors. */
  pollEvents(fd: number): number | null {
    const end = this.readEnds.get(fd);
    if (end !== undefined) {
      if (end.kept.length > 0) return POLLIN;
      if (!this.probe(end)) return 0;
      return end.kept.length > 0 ? POLLIN : POLLHUP;
    }
    // Differs from CPython: a write end is always reported writable (Node cannot ask how full it is).
    if (this.writeEnds.has(fd)) return POLLOUT;
    return null;
  }

  /** os.set_blocking on a pipe's end; false for descriptors this cannot change. */
  setBlocking(fd: number, blocking: boolean): boolean {
    const end = this.readEnds.get(fd) ?? this.writeEnds.get(fd);
    if (end === undefined) return false;
    end.nonblocking = !blocking;
    return true;
  }

  getBlocking(fd: number): boolean | null {
    const end = this.readEnds.get(fd) ?? this.writeEnds.get(fd);
    return end === undefined ? null : !end.nonblocking;
  }

  /** Forgets a descriptor being closed (and closes a read end's probe). */
  closed(fd: number): void {
    const end = this.readEnds.get(fd) ?? this.writeEnds.get(fd);
    if (end === undefined) return;
    this.readEnds.delete(fd);
    this.writeEnds.delete(fd);
    try {
      fs.closeSync(end.probe);
    } catch {
      // already gone
    }
  }

  // ---- the worker ----

  private request(msg: Record<string, unknown>): { pid?: number; status?: number; error?: string } {
    const { MessageChannel, Worker, receiveMessageOnPort } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    if (this.worker === null) {
      const { port1, port2 } = new MessageChannel();
      this.ctl = new Int32Array(new SharedArrayBuffer(8));
      this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { port: port2, ctl: this.ctl }, transferList: [port2], execArgv: [], stdout: true, stderr: true });
      this.worker.unref();
      this.port = port1;
    }
    const ctl = this.ctl!;
    let seen = Atomics.load(ctl, 0);
    this.port!.postMessage(msg);
    for (;;) {
      const got = receiveMessageOnPort(this.port!);
      if (got !== undefined) return got.message;
      Atomics.wait(ctl, 0, seen, 1000);
      seen = Atomics.load(ctl, 0);
    }
  }

  /**
   * Starts a child as fork_exec would: the first of `executables` that execve would run, in `cwd`,
   * with descriptors `stdio`.  When it cannot, the result names the errno and the step that failed.
   */
  spawn(req: SpawnRequest): SpawnResult {
    for (const fd of req.stdio) {
      if (fd < 0) continue;
      try {
        fs.fstatSync(fd);
      } catch {
        return this.failure(EBADF, 'noexec');
      }
    }
    const cwd = req.cwd ?? process.cwd();
    try {
      if (!fs.statSync(cwd).isDirectory()) return this.failure(ENOTDIR, 'chdir');
    } catch (e) {
      return this.failure(errnoOf((e as NodeJS.ErrnoException).code ?? 'ENOENT'), 'chdir');
    }
    // execve on each candidate: the first error other than ENOENT and ENOTDIR is the one reported.
    let file: string | null = null;
    let firstErr = 0;
    let lastErr = ENOENT;
    for (const exe of req.executables) {
      const abs = path.resolve(cwd, exe);
      let err = 0;
      try {
        const st = fs.statSync(abs);
        if (!st.isFile()) err = EACCES;
        else fs.accessSync(abs, fs.constants.X_OK);
      } catch (e) {
        err = errnoOf((e as NodeJS.ErrnoException).code ?? 'ENOENT');
      }
      if (err === 0) {
        file = abs;
        break;
      }
      lastErr = err;
      if (err !== ENOENT && err !== ENOTDIR && firstErr === 0) firstErr = err;
    }
    if (file === null) return this.failure(firstErr || lastErr, 'exec');
    const stdio = req.stdio.map((fd) => (fd < 0 ? 'ignore' : fd));
    const r = this.request({
      op: 'spawn', file, args: req.argv.slice(1), argv0: req.argv[0] ?? file, cwd, env: req.env, stdio,
      detached: req.newSession, uid: req.uid ?? undefined, gid: req.gid ?? undefined,
    });
    if (r.pid === undefined) return this.failure(errnoOf(r.error ?? 'ENOSYS'), 'exec');
    this.children.add(r.pid);
    return { pid: r.pid, errno: 0, step: 'exec' };
  }

  /** A child that could not start: a pid no process has, already ended with status 255. */
  private failure(errno: number, step: SpawnResult['step']): SpawnResult {
    const pid = this.nextFailedPid++;
    this.failed.set(pid, FAILED_STATUS);
    return { pid, errno, step };
  }

  /** waitpid(pid, options): [pid, status], [0, 0] with WNOHANG while the child runs. */
  waitpid(pid: number, options: number): [number, number] {
    for (const [p, status] of this.failed) {
      if (pid === p || pid === -1) {
        this.failed.delete(p);
        return [p, status];
      }
    }
    if (pid > 0 ? !this.children.has(pid) : this.children.size === 0) throw new HostError(ECHILD);
    if (pid <= 0 && pid !== -1) throw new HostError(ECHILD); // process groups: not tracked
    const r = this.request({ op: 'wait', pid, nohang: (options & WNOHANG) !== 0 });
    if (r.error !== undefined) throw new HostError(errnoOf(r.error));
    if (r.pid! > 0) this.children.delete(r.pid!);
    return [r.pid!, r.status!];
  }

  /** kill(pid, sig) of another process.  A child that ended but was not waited for takes it silently, as a zombie does. */
  kill(pid: number, sig: number): void {
    if (this.failed.has(pid)) return;
    try {
      process.kill(pid, sig);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ESRCH' && this.children.has(pid)) return;
      if (code === 'ERR_UNKNOWN_SIGNAL' || code === 'EINVAL') throw new HostError(22);
      throw new HostError(code === undefined ? ESRCH : errnoOf(code));
    }
  }
}
