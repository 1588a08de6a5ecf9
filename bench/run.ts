// Benchmark suite: each program of bench/programs/ timed for pyts, python3 (the machine's native
// CPython) and the oracle (CPython 3.14 in WebAssembly, Pyodide) in the same run, with ratios.
//   npm run bench [-- [--runs N] [NAME...]]
//
// Times are CPU time (user + system) of running the program (compile included), the best of N runs:
// CPU time rather than wall time because the machine is shared; best-of because noise only adds.
// pyts runs each program in a fresh Node process (as python3 does), so the JIT starts cold every time,
// as a user's program would.  The oracle keeps one Pyodide instance (start-up ~2 s is not timed).
// Start-up is measured apart: the wall and CPU time of `pyts -c pass` and `python3 -c pass` processes.
// All three must print the same stdout, else the row says so.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { createInterpreter, runMain } from '../src/runtime/run.ts';
import { CaptureHost } from '../src/runtime/capture-host.ts';

const DIR = path.resolve('bench/programs');

interface Timing {
  cpu: number; // seconds
  stdout: string;
  error?: string;
}

/** In the child: runs one program in pyts and prints a Timing as JSON. */
function child(file: string): void {
  const source = fs.readFileSync(file);
  const host = new CaptureHost(new Map([[file, source]]));
  const ip = createInterpreter(host, [file], path.dirname(file));
  const t0 = process.cpuUsage();
  const status = runMain(ip, source, file);
  const t = process.cpuUsage(t0);
  const out: Timing = { cpu: (t.user + t.system) / 1e6, stdout: host.stdout };
  if (status !== 0) out.error = host.stderr.trim().split('\n').pop() ?? `status ${status}`;
  process.stdout.write(JSON.stringify(out));
}

const PY_HARNESS = String.raw`
import io, json, sys, time
f = sys.argv[1]
src = open(f, 'rb').read()
out = io.StringIO()
old = sys.stdout
sys.stdout = out
t = time.process_time()
err = None
try:
    exec(compile(src, f, 'exec'), {'__name__': '__main__', '__file__': f})
except BaseException as e:
    err = type(e).__name__ + ': ' + str(e)
t = time.process_time() - t
sys.stdout = old
r = {'cpu': t, 'stdout': out.getvalue()}
if err: r['error'] = err
print(json.dumps(r))
`;

function runPyts(file: string): Timing {
  // The V8 flags pyts runs with (src/cli/loader.ts): feedback vectors at a function's first call, no
  // on-stack replacement (the loop re-enters itself instead of being OSR-compiled), the evaluation
  // loop never optimized (src/cli/loader.ts says why), and optimizing compilation on the main thread:
  // while a background thread compiles a large function the main thread would crawl through it in
  // the baseline tiers, costing CPU time without saving wall time.
  const r = spawnSync(process.execPath, ['--no-use-osr', '--no-lazy-feedback-allocation', '--no-concurrent-recompilation', '--turbo-filter=-runFrames*', process.argv[1]!, '--child', file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) return { cpu: NaN, stdout: '', error: (r.stderr || `status ${r.status}`).trim().split('\n').slice(-3).join(' | ') };
  return JSON.parse(r.stdout) as Timing;
}

function runPython3(file: string): Timing {
  const r = spawnSync('python3', ['-c', PY_HARNESS, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) return { cpu: NaN, stdout: '', error: r.stderr.trim() };
  return JSON.parse(r.stdout) as Timing;
}

interface Pyodide {
  runPython(code: string, opts?: { globals?: unknown }): unknown;
  globals: { get(name: string): unknown };
  toPy(v: unknown): unknown;
}

async function loadOracle(): Promise<Pyodide> {
  const require = createRequire(import.meta.url);
  const { loadPyodide } = require('pyodide') as { loadPyodide(o: object): Promise<Pyodide> };
  const py = await loadPyodide({ env: { PYTHONHASHSEED: '0' }, stdout: () => {}, stderr: () => {} });
  py.runPython(String.raw`
import io, sys
def _bench_run(src, f):
    out = io.StringIO()
    old = sys.stdout
    sys.stdout = out
    err = ''
    try:
        exec(compile(src, f, 'exec'), {'__name__': '__main__', '__file__': f})
    except BaseException as e:
        err = type(e).__name__ + ': ' + str(e)
    finally:
        sys.stdout = old
    return out.getvalue() + '\0' + err
`);
  return py;
}

function runOracle(py: Pyodide, file: string): Timing {
  const fn = py.globals.get('_bench_run') as (src: string, f: string) => string;
  const src = fs.readFileSync(file, 'utf8');
  const t0 = process.cpuUsage();
  const r = fn(src, file);
  const t = process.cpuUsage(t0);
  const [stdout, err] = r.split('\0') as [string, string];
  const out: Timing = { cpu: (t.user + t.system) / 1e6, stdout };
  if (err) out.error = err;
  return out;
}

function best(runs: number, f: () => Timing): Timing {
  let b: Timing | null = null;
  for (let i = 0; i < runs; i++) {
    const t = f();
    if (t.error) return t;
    if (b === null || t.cpu < b.cpu) b = t;
  }
  return b!;
}

/** Wall and CPU time of a whole process, best of `runs` (for start-up). */
function processTime(runs: number, cmd: string, args: string[]): { wall: number; cpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < runs; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', cmd, ...args], { encoding: 'utf8' });
    const t0 = performance.now();
    spawnSync(cmd, args, { encoding: 'utf8' });
    wall = Math.min(wall, (performance.now() - t0) / 1000);
    const m = /([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
    if (m) cpu = Math.min(cpu, Number(m[1]) + Number(m[2]));
  }
  return { wall, cpu };
}

function fmt(s: number): string {
  return Number.isNaN(s) ? '—' : (s * 1000).toFixed(0).padStart(7) + ' ms';
}

function ratio(a: number, b: number): string {
  return Number.isFinite(a / b) ? (a / b).toFixed(2).padStart(6) + '×' : '     —';
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1]!);
  let runs = 3;
  const only: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--runs') runs = Number(args[++i]);
    else only.push(args[i]!);
  }
  const files = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.py') && f !== 'hello.py')
    .filter((f) => only.length === 0 || only.includes(f.replace(/\.py$/, '')))
    .sort()
    .map((f) => path.join(DIR, f));
  const py3version = spawnSync('python3', ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' }).stdout.trim();
  console.log(`pyts vs CPython ${py3version} (python3, native) vs CPython 3.14 (Pyodide, wasm): CPU seconds, best of ${runs}`);
  const oracle = await loadOracle();
  console.log(`${'program'.padEnd(14)} ${'pyts'.padStart(10)} ${'cpython'.padStart(10)} ${'oracle'.padStart(10)} ${'pyts/cpy'.padStart(8)} ${'pyts/wasm'.padStart(9)}`);
  const logs: number[] = [];
  const logsW: number[] = [];
  let worst = 0;
  for (const file of files) {
    const name = path.basename(file, '.py');
    const p = best(runs, () => runPyts(file));
    const c = best(runs, () => runPython3(file));
    const o = best(runs, () => runOracle(oracle, file));
    let note = '';
    if (p.error) note = `pyts: ${p.error}`;
    else if (c.error) note = `python3: ${c.error}`;
    else if (o.error) note = `oracle: ${o.error}`;
    else if (p.stdout !== o.stdout) note = 'pyts output differs from the oracle';
    const pc = p.error ? NaN : p.cpu;
    console.log(`${name.padEnd(14)} ${fmt(pc)} ${fmt(c.cpu)} ${fmt(o.cpu)} ${ratio(pc, c.cpu)}  ${ratio(pc, o.cpu)}  ${note}`);
    if (!note) {
      logs.push(Math.log(pc / c.cpu));
      logsW.push(Math.log(pc / o.cpu));
      worst = Math.max(worst, pc / c.cpu);
    }
  }
  const gm = (l: number[]) => (l.length ? Math.exp(l.reduce((a, b) => a + b, 0) / l.length).toFixed(2) + '×' : '—');
  console.log(`geometric mean over ${logs.length}/${files.length} programs: ${gm(logs)} CPython ${py3version}, ${gm(logsW)} the oracle; worst ${worst.toFixed(2)}×`);
  // The pyts command (bin/pyts: Node started from pyts's start-up snapshot when the build made one),
  // and `node bin/pyts.mjs`, which loads and starts pyts in an ordinary Node process.
  const cli = path.resolve('bin/pyts');
  const mjs = path.resolve('bin/pyts.mjs');
  const hello = path.join(DIR, 'hello.py');
  if (fs.existsSync(cli)) {
    const ps = processTime(runs, cli, ['-c', 'pass']);
    const ph = processTime(runs, cli, [hello]);
    const pm = processTime(runs, process.execPath, [mjs, '-c', 'pass']);
    const cs = processTime(runs, 'python3', ['-c', 'pass']);
    const ch = processTime(runs, 'python3', [hello]);
    console.log(`start-up (wall / CPU, best of ${runs}):  pyts -c pass ${fmt(ps.wall)} / ${fmt(ps.cpu)}   python3 -c pass ${fmt(cs.wall)} / ${fmt(cs.cpu)}`);
    console.log(`                                 pyts hello.py ${fmt(ph.wall)} / ${fmt(ph.cpu)}   python3 hello.py ${fmt(ch.wall)} / ${fmt(ch.cpu)}`);
    console.log(`                                 node bin/pyts.mjs -c pass ${fmt(pm.wall)} / ${fmt(pm.cpu)}`);
  }
}

await main();
