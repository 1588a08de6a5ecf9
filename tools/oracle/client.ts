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

const SERVER = path.resolve(process.env.PYTS_ROOT ?? process.cwd(), 'tools/oracle/server.mjs');

class Worker {
  private proc!: ChildProcess;
  private ready!: Promise<void>;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  busy = 0;

  constructor(private readonly serverPath: string) {
    this.start();
  }

  private start(): void {
    this.proc = spawn(process.execPath, [this.serverPath], { stdio: ['pipe', 'pipe', 'inherit'] });
    const rl = readline.createInterface({ input: this.proc.stdout! });
    let markReady!: () => void;
    this.ready = new Promise((r) => (markReady = r));
    rl.on('line', (line) => {
      const msg = JSON.parse(line) as Record<string, unknown>;
      if (msg.ready) return markReady();
      const p = this.pending.get(msg.id as number);
      if (!p) return;
      clearTimeout(p.timer);
      this.pending.delete(msg.id as number);
      p.resolve(msg);
    });
    this.proc.on('exit', () => {
      for (const p of this.pending.values()) {
        clearTimeout(p.timer);
        p.reject(new Error('oracle process exited'));
      }
      this.pending.clear();
    });
  }

  async request(req: Record<string, unknown>, timeoutMs: number): Promise<Record<string, unknown>> {
    await this.ready;
    const id = this.nextId++;
    this.busy++;
    try {
      return await new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          this.pending.delete(id);
          // A program that hangs takes the process with it: restart a fresh one.
          this.proc.kill('SIGKILL');
          this.start();
          reject(new Error(`oracle timed out after ${timeoutMs} ms`));
        }, timeoutMs);
        this.pending.set(id, { resolve, reject, timer });
        this.proc.stdin!.write(JSON.stringify({ id, ...req }) + '\n');
      });
    } finally {
      this.busy--;
    }
  }

  close(): void {
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
    const r = await this.pick().request(msg, timeoutMs);
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
