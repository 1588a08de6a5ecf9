// Client for the oracle (server.mjs): a pool of long-lived CPython 3.14.2 processes.
// Used only by tools that (re)generate goldens; tests read goldens and never start the oracle.
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

export interface RunRequest {
  /** Path the program is written to inside the oracle and run as (`python3.14 PATH`). */
  path: string;
  /** Program text; or `sourceBytes` for exact bytes (invalid UTF-8, NUL bytes, BOM...). */
  source?: string;
  sourceBytes?: Uint8Array;
  argv?: string[];
  stdin?: string;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

interface Pending {
  resolve: (v: Record<string, unknown>) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

const CRASHED = 'oracle process exited';

const SERVER = path.resolve(process.env.PYTS_ROOT ?? process.cwd(), 'tools/oracle/server.mjs');

class Worker {
  private proc!: ChildProcess;
  private ready!: Promise<void>;
  private pending!: Map<number, Pending>;
  private nextId = 1;
  private closed = false;
  busy = 0;

  constructor(private readonly serverPath: string) {
    this.start();
  }

  private start(): void {
    // A larger stack than V8's default: CPython (WebAssembly) deallocates long chains recursively.
    const proc = spawn(process.execPath, ['--stack-size=4000', this.serverPath], { stdio: ['pipe', 'pipe', 'inherit'] });
    const pending = new Map<number, Pending>();
    this.proc = proc;
    this.pending = pending;
    const rl = readline.createInterface({ input: proc.stdout! });
    let markReady!: () => void;
    this.ready = new Promise((r) => (markReady = r));
    rl.on('line', (line) => {
      const msg = JSON.parse(line) as Record<string, unknown>;
      if (msg.ready) return markReady();
      const p = pending.get(msg.id as number);
      if (!p) return;
      clearTimeout(p.timer);
      pending.delete(msg.id as number);
      p.resolve(msg);
    });
    proc.on('exit', () => {
      for (const p of pending.values()) {
        clearTimeout(p.timer);
        p.reject(new Error(CRASHED));
      }
      pending.clear();
      // A crashed process (Pyodide exits after a fatal error) is replaced by a fresh one.
      if (!this.closed && this.proc === proc) this.start();
    });
  }

  async request(req: Record<string, unknown>, timeoutMs: number): Promise<Record<string, unknown>> {
    await this.ready;
    const id = this.nextId++;
    const pending = this.pending;
    this.busy++;
    try {
      return await new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          // A program that hangs takes the process with it: restart a fresh one.
          if (pending === this.pending) {
            this.proc.kill('SIGKILL');
            this.start();
          }
          reject(new Error(`oracle timed out after ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, { resolve, reject, timer });
        this.proc.stdin!.write(JSON.stringify({ id, ...req }) + '\n');
      });
    } finally {
      this.busy--;
    }
  }

  close(): void {
    this.closed = true;
    this.proc.stdin!.end();
  }
}

export class Oracle {
  private workers: Worker[];

  constructor(size = Math.max(1, Math.min(4, os.cpus().length))) {
    this.workers = Array.from({ length: size }, () => new Worker(SERVER));
  }

  private pick(): Worker {
    return this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  /** Runs a program as `python3.14 PATH`: stdout, stderr and exit status. */
  async run(req: RunRequest, timeoutMs = 60_000): Promise<RunResult> {
    const msg: Record<string, unknown> = { op: 'run', path: req.path, argv: req.argv ?? [], stdin: req.stdin ?? '' };
    if (req.sourceBytes) msg.sourceB64 = Buffer.from(req.sourceBytes).toString('base64');
    else msg.source = req.source ?? '';
    let r: Record<string, unknown>;
    try {
      r = await this.pick().request(msg, timeoutMs);
    } catch (e) {
      // Pyodide can fail fatally after many programs (state left by earlier ones): once more
      // on a fresh process.
      if ((e as Error).message !== CRASHED) throw e;
      r = await this.pick().request(msg, timeoutMs);
    }
    if (typeof r.error === 'string') throw new Error(r.error);
    return { stdout: r.stdout as string, stderr: r.stderr as string, status: r.status as number };
  }

  /** Runs `code` (which defines `main(arg)`) in CPython and returns main(arg), JSON round-tripped. */
  async call<T>(code: string, arg: unknown, timeoutMs = 60_000): Promise<T> {
    const r = await this.pick().request({ op: 'call', code, arg }, timeoutMs);
    if (typeof r.error === 'string') throw new Error(r.error);
    return r.result as T;
  }

  close(): void {
    for (const w of this.workers) w.close();
  }
}
