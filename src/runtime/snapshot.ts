// An interpreter kept in a V8 start-up snapshot (the command line's: src/cli/snapshot-main.ts).
//
// While the snapshot is built, the first half of start-up runs (the object layer, builtins, sys,
// importlib's bootstrap), then `import site`; the heap is then saved.  A process started from the
// snapshot resumes there: it forgets the state of the process that built it (working directory,
// descriptors, environment, cached settings), gives sys its own argv and executable, and runs the
// second half (standard streams, __main__).  A command line configured otherwise than the snapshot
// (-S, -I, -X options, PYTHON* variables...) gets a new interpreter instead, as without a snapshot.
//
// site's work depends on the environment and the file system (user and venv directories, .pth files,
// sitecustomize): while it is imported for the snapshot, every question it asks the host is recorded
// with its answer, and the variables it reads are noted.  A restored process asks them again; if
// any answer differs, the state site left is rolled back to the checkpoint taken before it, and site
// is imported anew, in this process.
import type { Interpreter } from '../vm/interpreter.ts';
import { setCurrentInterpreter } from '../vm/interpreter.ts';
import { PyList } from '../objects/list.ts';
import { PyDict } from '../objects/dict.ts';
import { PyBytes } from '../objects/bytes.ts';
import { PyModule } from '../objects/module.ts';
import { PyObject_GetAttr, PyObject_CallMethod } from '../objects/abstract.ts';
import { fsEncode } from '../modules/posix/args.ts';
import { makeFlags } from '../modules/sys.ts';
import { initCore, initMain, importSite, forgetFrozenCodes, frozenModuleCode } from './pylifecycle.ts';
import { HostError, type Host, type StatResult } from './host.ts';
import type { PyValue } from '../objects/object.ts';
import { resetStdlibZip } from './stdlib-zip.ts';
import { importModule } from './import.ts';
import { compileSource } from './exec.ts';
import { configOf, setConfig, defaultConfig, type PyConfig } from './config.ts';
import { initLocale } from './preconfig.ts';
import { deferFinalization, resumeFinalization } from './finalization.ts';
import { resetStartupTrace, traceStartup } from './startup-trace.ts';
import { resetStdlibCacheDir } from './code-cache.ts';
import { astState } from '../modules/_ast/state.ts';
import type { NodeHost } from './node-host.ts';

/** What site imports before it looks at the environment and the file system (Lib/site.py). */
const SITE_IMPORTS = ['os', '_sitebuiltins', 'stat', 'errno'];

/** The environment variables site reads (Lib/site.py; HOME through os.path.expanduser). */
const SITE_ENV = ['PYTHONUSERBASE', 'HOME', 'APPDATA', '__PYVENV_LAUNCHER__'];

/** Host calls that act on descriptors: their answers follow from the files opened, compared by content. */
const FD_CALLS = new Set(['read', 'fstat', 'lseek', 'close', 'isatty', 'terminalSize', 'pollEvents', 'getBlocking']);
/** Host calls that change something: a site that makes them is imported anew in each process. */
const CHANGING_CALLS = new Set(['write', 'mkdir', 'rmdir', 'unlink', 'rename', 'symlink', 'link', 'chmod', 'utime', 'ftruncate', 'fsync', 'chdir', 'umask', 'dup', 'sleep', 'pipe', 'spawn', 'waitpid', 'kill', 'setBlocking', 'processes', 'writeStdout', 'writeStderr', 'flushStdout']);
const O_ACCMODE = 3;

/** A question site asked the host, and its answer (comparable text). */
type Probe = { call: string; args: unknown[]; answer: string };

/** What `import site` in the snapshot depended on, and the state before it. */
interface SiteMemo {
  executable: string;
  env: string;
  probes: Probe[];
  checkpoint: Checkpoint;
}

let siteMemo: SiteMemo | null = null;
/** How many modules sys.modules held before site's were imported. */
let modulesBeforeSite = 0;
/** Whether this process kept the snapshot's site. */
let siteKept = false;

function bigintText(_k: string, v: unknown): unknown {
  return typeof v === 'bigint' ? v.toString() : v;
}

/** An answer as text; stat results without the access time (reading a file changes it). */
function answerText(call: string, result: unknown): string {
  if (call === 'stat' && result !== null && typeof result === 'object') {
    const st = result as StatResult;
    return JSON.stringify([st.mode, st.ino, st.dev, st.size, st.mtimeNs, st.ctimeNs, st.uid, st.gid], bigintText);
  }
  if (result instanceof Uint8Array) return `bytes ${result.length} ${fnv1a(result)}`;
  return JSON.stringify(result === undefined ? null : result, bigintText);
}

/** A 32-bit FNV-1a hash of bytes (to compare a file's content with what it was). */
function fnv1a(b: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i], 0x01000193);
  return (h >>> 0).toString(16);
}

function errorText(e: unknown): string {
  if (e instanceof HostError) return `errno ${e.errno}`;
  throw e;
}

function ask(host: Host, call: string, args: unknown[]): string {
  try {
    return answerText(call, (host as unknown as Record<string, (...a: unknown[]) => unknown>)[call](...args));
  } catch (e) {
    return errorText(e);
  }
}

/**
 * Runs `f` with every call of `host` recorded; returns the probes, or null when `f` changed
 * something through the host.  Files opened for reading are recorded by their content.
 */
function recordHost(host: NodeHost, f: () => void): Probe[] | null {
  const h = host as unknown as Record<string, unknown>;
  const probes: Probe[] = [];
  const seen = new Set<string>();
  let changed = false;
  const names: string[] = [];
  for (let proto = Object.getPrototypeOf(host); proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) if (name !== 'constructor' && typeof h[name] === 'function' && !names.includes(name)) names.push(name);
  }
  const publicCalls = names.filter((n) => n !== 'resolve' && n !== 'abs' && !n.startsWith('mount') && n !== 'positionOf' && n !== 'kernelOffset' && n !== 'resetProcess');
  for (const name of publicCalls) {
    const original = h[name] as (...a: unknown[]) => unknown;
    h[name] = (...args: unknown[]): unknown => {
      if (CHANGING_CALLS.has(name)) changed = true;
      const record = !FD_CALLS.has(name) && !CHANGING_CALLS.has(name);
      let result: unknown;
      try {
        result = original.apply(host, args);
      } catch (e) {
        if (record) add({ call: name, args, answer: errorText(e) });
        throw e;
      }
      if (name === 'open') {
        if (((args[1] as number) & O_ACCMODE) !== 0) changed = true;
        else add({ call: 'readFile', args: [args[0]], answer: ask(host, 'readFile', [args[0]]) });
      } else if (record) add({ call: name, args, answer: answerText(name, result) });
      return result;
    };
  }
  function add(p: Probe): void {
    const key = JSON.stringify([p.call, p.args]);
    if (seen.has(key)) return;
    seen.add(key);
    probes.push(p);
  }
  try {
    f();
  } finally {
    for (const name of publicCalls) delete h[name];
  }
  return changed ? null : probes;
}

function siteEnv(host: Host): string {
  const env = host.env();
  return JSON.stringify(SITE_ENV.map((k) => env[k] ?? null));
}

// ---- the checkpoint before site ----

interface Checkpoint {
  sys: [PyValue, PyValue][];
  builtins: [PyValue, PyValue][];
  modules: [PyValue, PyValue][];
  importerCache: [PyValue, PyValue][] | null;
  path: PyValue[] | null;
}

function entries(d: PyDict): [PyValue, PyValue][] {
  const out: [PyValue, PyValue][] = [];
  for (let i = d.next(0); i >= 0; i = d.next(i + 1)) out.push([d.keys[i], d.values[i]]);
  return out;
}

function refill(d: PyDict, items: [PyValue, PyValue][]): void {
  d.clear();
  for (const [k, v] of items) d.set(k, v);
}

function takeCheckpoint(ip: Interpreter): Checkpoint {
  const cache = ip.sys.ob_dict.getStr('path_importer_cache');
  const path = ip.sys.ob_dict.getStr('path');
  return {
    sys: entries(ip.sys.ob_dict),
    builtins: entries(ip.builtinsDict),
    modules: entries(ip.modules),
    importerCache: cache instanceof PyDict ? entries(cache) : null,
    path: path instanceof PyList ? path.items.slice() : null,
  };
}

function rollBack(ip: Interpreter, c: Checkpoint): void {
  refill(ip.sys.ob_dict, c.sys);
  refill(ip.builtinsDict, c.builtins);
  refill(ip.modules, c.modules);
  const cache = ip.sys.ob_dict.getStr('path_importer_cache');
  if (cache instanceof PyDict && c.importerCache !== null) refill(cache, c.importerCache);
  const path = ip.sys.ob_dict.getStr('path');
  if (path instanceof PyList && c.path !== null) path.items.splice(0, path.items.length, ...c.path);
}

/** What the snapshot's site depends on (PYTS_DEBUG_SNAPSHOT=1 while it is built). */
export function describeSnapshot(): string {
  if (siteMemo === null) return 'site: imported in each process';
  return [`site: kept for executable ${siteMemo.executable}, ${SITE_ENV.join(', ')} = ${siteMemo.env}, and these answers:`, ...siteMemo.probes.map((p) => `  ${p.call}(${JSON.stringify(p.args).slice(1, -1)}) -> ${p.answer.slice(0, 100)}`)].join('\n');
}

/** Whether site, imported in the snapshot, found what it would find in this process. */
function siteStillHolds(host: NodeHost, memo: SiteMemo, executable: string): boolean {
  const debug = process.env.PYTS_DEBUG_SNAPSHOT === '1';
  if (executable !== memo.executable || siteEnv(host) !== memo.env) {
    if (debug) host.writeStderr(`pyts snapshot: site imported anew (executable ${executable}, ${SITE_ENV.join(', ')} = ${siteEnv(host)})\n`);
    return false;
  }
  for (const p of memo.probes) {
    const answer = ask(host, p.call, p.args);
    if (answer === p.answer) continue;
    if (debug) host.writeStderr(`pyts snapshot: site imported anew: ${p.call}(${JSON.stringify(p.args).slice(1, -1)}) -> ${answer.slice(0, 200)}, was ${p.answer.slice(0, 200)}\n`);
    return false;
  }
  return true;
}

/** The standard library's archive when the snapshot was made (its directory and frozen code come from it). */
let preparedStdlib = '';

/** The interpreter a snapshot holds: started as far as it can be without the process that will run it. */
export function prepareSnapshotInterpreter(host: NodeHost, config: Partial<PyConfig>): Interpreter {
  deferFinalization();
  preparedStdlib = JSON.stringify(host.stdlibStamp());
  const ip = initCore(host, config);
  const cfg = configOf(ip);
  if (!cfg.siteImport) return ip;
  modulesBeforeSite = ip.modules.size;
  for (const name of SITE_IMPORTS) importModule(name);
  // site's code first: its compilation may write the code cache, which is no business of site's.
  frozenModuleCode(host, 'site');
  const checkpoint = takeCheckpoint(ip);
  const probes = recordHost(host, () => importSite(ip));
  if (probes !== null && ip.modules.findStr('site') >= 0) siteMemo = { executable: cfg.executable, env: siteEnv(host), probes, checkpoint };
  else rollBack(ip, checkpoint);
  warmUp(ip);
  return ip;
}

/** Python source that exercises the common parts of the parser and compiler. */
const WARM_UP_SOURCE = `import sys
from os import path as p, sep
@staticmethod
def f(a, /, b=1, *args, c, d=None, **kw) -> int:
    """doc"""
    global g
    x = [i * 2 for i in range(a) if i % 2]
    y = {k: v for k, v in kw.items()}
    z = {1, 2.5, 'three', b'four', -5j, ...}
    w = lambda q: q ** 2 if q else not q
    for i, (j, k) in enumerate(zip(x, y)):
        if i < j <= k and i is not None or j in y:
            continue
        elif i:
            break
        else:
            pass
    while a > 0:
        a -= 1
    try:
        with open(p) as fh, open(sep) as fh2:
            yield from fh
    except (OSError, ValueError) as e:
        raise RuntimeError(f"{e!r:>10} {a=}") from e
    finally:
        del x[0], y['a']
    return a[1:2, ::3], (yield b)
class C(object, metaclass=type):
    attr: int = 0
    def m(self, *a, **k):
        v = super().m(*a, **k)
        match self:
            case {'k': [1, *rest]} if rest:
                return rest
            case C(attr=0) | [_, _]:
                return 0
            case _:
                return None
async def af():
    async with a as b:
        async for i in b:
            await i
print(f(1, c=2), C().m(), sys.argv, -1 + 2 * 3 / 4 // 5 % 6 @ 7 << 8 >> 9 & 10 | 11 ^ ~12)
`;

/** linecache, imported while the snapshot was built and kept out of sys.modules (see adoptLinecache). */
let keptLinecache: PyValue | null = null;

/**
 * Compiles a program, from text as -c gives it and from bytes as a file does, so that the snapshot
 * holds the compiled JavaScript of what every run needs after start-up; and imports linecache, which
 * `-c` imports to register the command's source, keeping it aside.
 */
function warmUp(ip: Interpreter): void {
  compileSource(WARM_UP_SOURCE, '<string>', 'exec');
  compileSource(new TextEncoder().encode(WARM_UP_SOURCE), '/warm-up.py', 'exec');
  // The interpreter's AST node classes (about 120 classes, 20-40 ms to make in a fresh process),
  // made now as `import _ast` would make them: inspect, dataclasses and asyncio import ast.  The
  // module itself is not imported (sys.modules is as CPython's at start).
  astState();
  if (ip.modules.findStr('linecache') >= 0) return;
  try {
    keptLinecache = importModule('linecache');
  } finally {
    ip.modules.delete('linecache');
  }
}

/**
 * For `-c`, which imports linecache first thing: puts the linecache imported while the snapshot was
 * built into sys.modules, which is what importing it now would give, unless the working directory
 * (sys.path[0]) has a module of that name to shadow it.  Only the first time, in a process restored
 * with the snapshot's site (same sys.path, meta path and path hooks).
 */
export function adoptLinecache(ip: Interpreter): void {
  const m = keptLinecache;
  keptLinecache = null;
  if (m === null || !siteKept || ip.modules.findStr('linecache') >= 0) return;
  const path = ip.sys.ob_dict.getStr('path');
  if (!(path instanceof PyList) || path.items[0] !== '') return;
  const external = ip.modules.getStr('_frozen_importlib_external');
  if (external === undefined) return;
  const suffixes: string[] = [];
  for (const name of ['EXTENSION_SUFFIXES', 'SOURCE_SUFFIXES', 'BYTECODE_SUFFIXES']) {
    const list = PyObject_GetAttr(external, name);
    if (!(list instanceof PyList)) return;
    for (const x of list.items) if (typeof x === 'string') suffixes.push(x);
  }
  // FileFinder's candidates: a package directory, a namespace portion (which a module found later
  // on sys.path outranks), a module file.
  const host = ip.host;
  const cwd = host.getcwd();
  for (const suffix of suffixes) {
    for (const candidate of [`${cwd}/linecache/__init__${suffix}`, `${cwd}/linecache${suffix}`]) {
      try {
        host.stat(candidate, true);
        return;
      } catch (e) {
        if (!(e instanceof HostError)) throw e;
      }
    }
  }
  // The import would have made the working directory's finder (sys.path_importer_cache).
  PyObject_CallMethod(PyObject_GetAttr(external, 'PathFinder'), '_path_importer_cache', ['']);
  ip.modules.setStr('linecache', m);
}

/**
 * The settings of a configuration that shape the first half of start-up: all but the program's name
 * and arguments, sys.path[0], the buffering of the standard streams (made in the second half) and
 * -B (sys.dont_write_bytecode and sys.flags are set anew).
 */
function startupSettings(c: PyConfig): string {
  const { argv, origArgv, executable, path0, bufferedStdio, writeBytecode, utf8Mode, xoptions, ...rest } = c;
  void argv, origArgv, executable, path0, bufferedStdio, writeBytecode, utf8Mode;
  return JSON.stringify([rest, [...xoptions]]);
}

/**
 * Resumes the snapshot's interpreter in this process.  Returns it when it serves `config` (as
 * initInterpreter would have made it), or null when this configuration needs an interpreter of its own.
 */
export function resumeSnapshotInterpreter(ip: Interpreter, host: NodeHost, config: Partial<PyConfig>): Interpreter | null {
  setCurrentInterpreter(ip);
  resetStartupTrace();
  traceStartup(host, 'node + load snapshot');
  resetStdlibCacheDir();
  host.resetProcess();
  resumeFinalization();
  if (JSON.stringify(host.stdlibStamp()) !== preparedStdlib) {
    // The archive changed since the build: nothing read from it can be kept.
    resetStdlibZip();
    forgetFrozenCodes();
    return null;
  }
  const cfg: PyConfig = { ...defaultConfig(), ...config };
  if (cfg.origArgv.length === 0) cfg.origArgv = [cfg.executable || 'pyts', ...cfg.argv];
  if (startupSettings(cfg) !== startupSettings(configOf(ip))) return null;
  setConfig(ip, cfg);
  initLocale(ip, cfg);
  const d = ip.sys.ob_dict;
  d.setStr('argv', new PyList([...cfg.argv]));
  d.setStr('orig_argv', new PyList([...cfg.origArgv]));
  d.setStr('executable', cfg.executable);
  d.setStr('_base_executable', cfg.executable);
  d.setStr('dont_write_bytecode', !cfg.writeBytecode);
  d.setStr('flags', makeFlags(ip));
  refreshEnviron(ip, host);
  let siteImported = false;
  if (siteMemo !== null) {
    siteImported = siteStillHolds(host, siteMemo, cfg.executable);
    if (!siteImported) rollBack(ip, siteMemo.checkpoint);
  }
  siteKept = siteImported;
  initMain(ip, siteImported);
  placeMainModule(ip);
  return ip;
}

/**
 * __main__ where initInterpreter puts it in sys.modules: before the modules of site, which the
 * snapshot imported before there was a __main__.
 */
function placeMainModule(ip: Interpreter): void {
  if (modulesBeforeSite === 0) return;
  const items = entries(ip.modules);
  const i = items.findIndex(([k]) => k === '__main__');
  if (i < 0 || i === modulesBeforeSite) return;
  const [main] = items.splice(i, 1);
  items.splice(modulesBeforeSite, 0, main);
  refill(ip.modules, items);
}

/** posix.environ (which os.environ wraps) as this process's environment.  CPython: convertenviron */
function refreshEnviron(ip: Interpreter, host: NodeHost): void {
  const posix = ip.modules.getStr('posix');
  if (!(posix instanceof PyModule)) return;
  const environ = posix.ob_dict.getStr('environ');
  if (!(environ instanceof PyDict)) return;
  environ.clear();
  const env = host.env();
  for (const k of Object.keys(env)) environ.set(new PyBytes(fsEncode(k)), new PyBytes(fsEncode(env[k])));
}
