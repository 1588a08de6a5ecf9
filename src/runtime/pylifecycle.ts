// Starting and finishing an interpreter: builtins and sys, the standard streams, importlib's
// bootstrap (CPython's own _bootstrap and _bootstrap_external, as frozen modules), site; and at exit,
// atexit functions and flushing.  CPython: Python/pylifecycle.c (pyinit_core, init_interp_main,
// init_importlib, init_sys_streams, Py_FinalizeEx), Python/import.c (_PyImport_InitCore)
// The object layer first: its modules must be evaluated in index.ts's order (import cycles).
import '../objects/index.ts';
import { None, type PyValue } from '../objects/object.ts';
import { initObjects } from '../objects/index.ts';
import { PyModule } from '../objects/module.ts';
import { PyCode } from '../objects/code.ts';
import { jitWarmUp } from './jit-warmup.ts';
import { jitMode } from '../vm/jit.ts';
import { PyObject_Call, PyObject_CallMethod, PyObject_GetAttr } from '../objects/abstract.ts';
import * as E from '../objects/exceptions.ts';
import { Interpreter, setCurrentInterpreter } from '../vm/interpreter.ts';
import type { Host } from './host.ts';
import { HostError } from './host.ts';
import { builtinsModule } from '../modules/builtins/index.ts';
import { sysModule, sysState } from '../modules/sys.ts';
import { nativeModuleTable } from '../modules/core.ts';
import { registerFrozen, setRunModuleCode, createBuiltinModule } from '../modules/_imp.ts';
import { createStdio } from '../modules/_io/index.ts';
import { flushPendingWriters } from '../modules/_io/iobase.ts';
import { runExitFuncs } from '../modules/atexit.ts';
import { finalizeAtExit } from '../vm/finalize.ts';
import { compileSource, runCode } from './exec.ts';
import { setImportlib, builtinImport } from './import.ts';
import { configOf, setConfig, defaultConfig, type PyConfig } from './config.ts';
import { STDLIB_ZIP_PATH } from './stdlib-path.ts';
import { codeFromJson, codeToJson, CodeJsonError } from './code-json.ts';
import { setMaxStrDigits } from '../objects/int.ts';
import { PyList } from '../objects/list.ts';
import { formatException } from './traceback-display.ts';
import { toPyException } from '../vm/ops/exc.ts';
import { installSourceLoader } from './source-loader.ts';
import { traceStartup } from './startup-trace.ts';
import { initLocale, stdioEncoding, stdioErrors } from './preconfig.ts';

/**
 * The modules frozen into pyts, as CPython freezes them (Python/frozen.c): importlib's bootstrap and
 * the modules start-up needs, compiled from the stdlib zip on first use and cached.  They load
 * through FrozenImporter (no path search), with '<frozen NAME>' as their code's file name.
 *   [name, origname (null: frozen-only), path in the zip, is a package]
 */
const FROZEN: readonly [name: string, origname: string | null, relpath: string, isPackage: boolean][] = [
  ['_frozen_importlib', 'importlib._bootstrap', 'importlib/_bootstrap.py', false],
  ['_frozen_importlib_external', 'importlib._bootstrap_external', 'importlib/_bootstrap_external.py', false],
  ['zipimport', 'zipimport', 'zipimport.py', false],
  ['abc', 'abc', 'abc.py', false],
  ['codecs', 'codecs', 'codecs.py', false],
  ['io', 'io', 'io.py', false],
  ['_collections_abc', '_collections_abc', '_collections_abc.py', false],
  ['_sitebuiltins', '_sitebuiltins', '_sitebuiltins.py', false],
  ['genericpath', 'genericpath', 'genericpath.py', false],
  ['ntpath', 'ntpath', 'ntpath.py', false],
  ['posixpath', 'posixpath', 'posixpath.py', false],
  ['os', 'os', 'os.py', false],
  ['site', 'site', 'site.py', false],
  ['stat', 'stat', 'stat.py', false],
  ['importlib.util', 'importlib.util', 'importlib/util.py', false],
  ['importlib.machinery', 'importlib.machinery', 'importlib/machinery.py', false],
  ['runpy', 'runpy', 'runpy.py', false],
  ['__hello__', '__hello__', '__hello__.py', false],
  ['__hello_alias__', '__hello__', '__hello__.py', false],
  ['__phello_alias__', '__hello__', '__hello__.py', true],
  ['__phello_alias__.spam', '__hello__', '__hello__.py', false],
  ['__phello__', '__phello__', '__phello__/__init__.py', true],
  ['__phello__.__init__', '<__phello__', '__phello__/__init__.py', false],
  ['__phello__.spam', '__phello__.spam', '__phello__/spam.py', false],
];

const O_WRONLY_CREAT_TRUNC = 1 | 0o100 | 0o1000;

/** The archive's stamp when the host has one (no need to open the archive), else the file's. */
function stdlibStamp(host: Host, source: string): [mtime: number, size: number] {
  const stamp = host.stdlibStamp?.() ?? null;
  if (stamp !== null) return stamp;
  try {
    const st = host.stat(source, true);
    return [Number(st.mtimeNs / 1000000000n), st.size];
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
    return [0, 0];
  }
}

/**
 * The code of a frozen module: from the code cache when it holds a copy made from this source,
 * else compiled (as '<frozen NAME>', the file name CPython gives frozen code) and cached.  The
 * cache keeps it as JSON (runtime/code-json.ts: much cheaper to read at start-up than marshal).
 */
function frozenCode(host: Host, origname: string, relpath: string): PyCode {
  const source = `${STDLIB_ZIP_PATH}/${relpath}`;
  const dir = source.slice(0, source.lastIndexOf('/'));
  const base = relpath.slice(relpath.lastIndexOf('/') + 1, -3);
  const cacheFile = `${dir}/__pycache__/${base}.frozen.pyts-314.json`;
  const stamp = stdlibStamp(host, source);
  const cached = host.readFile(cacheFile);
  if (cached !== null) {
    const code = codeFromJson(new TextDecoder().decode(cached), stamp);
    if (code !== null) return code;
  }
  const data = host.readFile(source);
  if (data === null) throw E.newException(E.PyExc_ImportError, [`pyts: cannot read ${source}`]);
  const code = compileSource(data, `<frozen ${origname}>`, 'exec');
  try {
    const text = new TextEncoder().encode(codeToJson(code, stamp));
    const fd = host.open(cacheFile, O_WRONLY_CREAT_TRUNC, 0o644);
    try {
      host.write(fd, text);
    } finally {
      host.close(fd);
    }
  } catch (e) {
    // The cache is optional.
    if (!(e instanceof HostError || e instanceof CodeJsonError)) throw e;
  }
  return code;
}

function runModule(code: PyCode, m: PyModule): void {
  const d = m.ob_dict;
  if (d.findStr('__builtins__') < 0) d.setStr('__builtins__', builtinsOf());
  runCode(code, d, d);
}

let currentBuiltins: PyModule | null = null;
function builtinsOf(): PyModule {
  return currentBuiltins!;
}

/** Creates an interpreter: builtins, sys, the standard streams, importlib, site.  CPython: Py_InitializeFromConfig */
export function initInterpreter(host: Host, config: Partial<PyConfig> = {}): Interpreter {
  const ip = initCore(host, config);
  initMain(ip);
  return ip;
}

/**
 * The first half of start-up: the object layer, builtins, sys and importlib, which the command line's
 * start-up snapshot holds ready (src/cli/snapshot-main.ts).  CPython: pyinit_core, init_importlib
 */
export function initCore(host: Host, config: Partial<PyConfig> = {}): Interpreter {
  const t = (phase: string) => traceStartup(host, phase);
  t('node + load pyts');
  initObjects();
  t('objects');
  const ip = new Interpreter(host);
  setCurrentInterpreter(ip);
  const cfg: PyConfig = { ...defaultConfig(), ...config };
  // sys.orig_argv always names the program, as the command line that started it would.
  if (cfg.origArgv.length === 0) cfg.origArgv = [cfg.executable || 'pyts', ...cfg.argv];
  setConfig(ip, cfg);
  initLocale(ip, cfg);
  if (cfg.intMaxStrDigits !== 4300) setMaxStrDigits(cfg.intMaxStrDigits);

  const builtins = builtinsModule.create();
  ip.builtins = builtins;
  ip.builtinsDict = builtins.ob_dict;
  currentBuiltins = builtins;
  ip.builtinImportFunc = builtins.ob_dict.getStr('__import__')!;
  ip.modules.setStr('builtins', builtins);
  const sys = sysModule.create();
  ip.sys = sys;
  ip.modules.setStr('sys', sys);
  t('builtins+sys');
  for (const [name, def] of nativeModuleTable()) ip.nativeModules.set(name, () => createBuiltinModule(ip, name) ?? def.create());
  setRunModuleCode(runModule);

  initImportlib(ip, host);
  // In the command line's start-up snapshot, the type feedback it leaves is restored with the heap.
  if (jitMode() !== '0') jitWarmUp(ip);
  return ip;
}

/**
 * The second half: the standard streams, __main__, warnings (-W), site (unless `siteImported`: the
 * start-up snapshot may hold it imported), and sys.path[0].  CPython: init_interp_main
 */
export function initMain(ip: Interpreter, siteImported = false): void {
  const cfg = configOf(ip);
  setCurrentInterpreter(ip);
  currentBuiltins = ip.builtins;
  initStdio(ip, cfg);
  traceStartup(ip.host, 'stdio');
  addMainModule(ip);
  if (cfg.warnoptions.length > 0) importWarnings(ip);
  if (cfg.siteImport && !siteImported) importSite(ip);
  traceStartup(ip.host, siteImported ? 'site (from snapshot)' : 'site');
  // sys.path[0] comes after site, which would make '' absolute.  CPython: pymain_run_python
  if (cfg.path0 !== null && !cfg.safePath) {
    const path = ip.sys.ob_dict.getStr('path');
    if (path instanceof PyList) path.items.unshift(cfg.path0);
  }
}

/** The __main__ module, with __builtins__ and BuiltinImporter as its loader.  CPython: add_main_module */
function addMainModule(ip: Interpreter): void {
  const main = new PyModule('__main__');
  const d = main.ob_dict;
  d.setStr('__builtins__', ip.builtins);
  d.setStr('__loader__', PyObject_GetAttr(ip.modules.getStr('_frozen_importlib')!, 'BuiltinImporter'));
  ip.modules.setStr('__main__', main);
}

function importWarnings(ip: Interpreter): void {
  try {
    builtinImport('warnings', None, None, None, 0);
  } catch (e) {
    ip.host.writeStderr("'import warnings' failed; traceback:\n");
    ip.host.writeStderr(formatException(toPyException(e)));
  }
}

/** sys.stdin, sys.stdout, sys.stderr.  CPython: init_sys_streams */
function initStdio(ip: Interpreter, cfg: PyConfig): void {
  const d = ip.sys.ob_dict;
  const encoding = stdioEncoding(ip, cfg);
  const errors = stdioErrors(ip, cfg);
  const stdin = createStdio(0, false, '<stdin>', encoding, errors, cfg.bufferedStdio);
  const stdout = createStdio(1, true, '<stdout>', encoding, errors, cfg.bufferedStdio);
  const stderr = createStdio(2, true, '<stderr>', encoding, 'backslashreplace', cfg.bufferedStdio);
  d.setStr('stdin', stdin);
  d.setStr('__stdin__', stdin);
  d.setStr('stdout', stdout);
  d.setStr('__stdout__', stdout);
  d.setStr('stderr', stderr);
  d.setStr('__stderr__', stderr);
}

/** Frozen code objects, shared by the interpreters of this process (code objects are immutable). */
const frozenCodes = new Map<string, PyCode>();

/** The code of the frozen module `name` (read or compiled now, if not yet). */
export function frozenModuleCode(host: Host, name: string): PyCode | null {
  const entry = FROZEN.find((f) => f[0] === name);
  if (entry === undefined) return null;
  const [, origname, relpath] = entry;
  return frozenCodeOnce(host, origname === null || origname.startsWith('<') ? name : origname, relpath);
}

/** Forgets the frozen code objects (made from a standard library that has since changed). */
export function forgetFrozenCodes(): void {
  frozenCodes.clear();
}

function frozenCodeOnce(host: Host, name: string, relpath: string): PyCode {
  const key = `${name}\0${relpath}`;
  let code = frozenCodes.get(key);
  if (code === undefined) {
    code = frozenCode(host, name, relpath);
    frozenCodes.set(key, code);
  }
  return code;
}

/** Runs importlib's bootstrap and installs its finders.  CPython: init_importlib, init_importlib_external */
function initImportlib(ip: Interpreter, host: Host): void {
  for (const [name, origname, relpath, isPackage] of FROZEN) {
    const codeName = origname === null || origname.startsWith('<') ? name : origname;
    registerFrozen(name, {
      isPackage,
      origname: origname === null ? None : origname,
      code: () => frozenCodeOnce(host, codeName, relpath),
    });
  }
  const imp = createBuiltinModule(ip, '_imp')!;
  ip.modules.setStr('_imp', imp);
  const bootstrap = new PyModule('_frozen_importlib');
  ip.modules.setStr('_frozen_importlib', bootstrap);
  const code = frozenCodeOnce(host, 'importlib._bootstrap', 'importlib/_bootstrap.py');
  traceStartup(host, '_bootstrap code');
  runModule(code, bootstrap);
  bootstrap.ob_dict.setStr('__origname__', 'importlib._bootstrap');
  setImportlib(ip, bootstrap);
  PyObject_CallMethod(bootstrap, '_install', [ip.sys, imp]);
  traceStartup(host, '_bootstrap run');
  PyObject_CallMethod(bootstrap, '_install_external_importers', []);
  installSourceLoader(ip, ip.modules.getStr('_frozen_importlib_external')!);
  traceStartup(host, '_bootstrap_external');
}

/**
 * import site.  CPython stops with "Fatal Python error: init_import_site: Failed to import the site
 * module"; TODO(#4): so should pyts once the object layer it needs (types.GenericAlias) is in every
 * build: until then a failed site import leaves the interpreter without site, as -S would.
 */
export function importSite(ip: Interpreter): void {
  const before = new Set<string>();
  for (let i = ip.modules.next(0); i >= 0; i = ip.modules.next(i + 1)) before.add(ip.modules.keys[i] as string);
  try {
    builtinImport('site', None, None, None, 0);
  } catch (e) {
    void e;
    for (let i = ip.modules.next(0); i >= 0; i = ip.modules.next(i + 1)) {
      const k = ip.modules.keys[i];
      if (typeof k === 'string' && !before.has(k)) ip.modules.delete(k);
    }
  }
}

/** Flushes sys.stdout and sys.stderr, ignoring errors.  CPython: flush_std_files */
export function flushStdFiles(ip: Interpreter): boolean {
  let ok = true;
  for (const name of ['stdout', 'stderr']) {
    const f = ip.sys.ob_dict.getStr(name);
    if (f === undefined || f === None) continue;
    try {
      const closed = PyObject_GetAttr(f, 'closed');
      if (closed === true) continue;
      PyObject_CallMethod(f, 'flush', []);
    } catch {
      if (name === 'stdout') ok = false;
    }
  }
  return ok;
}

/** The end of the interpreter: threading shutdown, atexit functions, flushing.  CPython: Py_FinalizeEx */
export function finalizeInterpreter(ip: Interpreter): number {
  setCurrentInterpreter(ip);
  let status = 0;
  const threading = ip.modules.getStr('threading');
  if (threading !== undefined && threading !== None) {
    try {
      PyObject_CallMethod(threading, '_shutdown', []);
    } catch (e) {
      void e;
    }
  }
  runExitFuncs(ip);
  sysState(ip).finalizing = true;
  flushPendingWriters();
  if (!flushStdFiles(ip)) status = 120;
  // What the program alone held is finalized (__del__, suspended generators), then flushed again.
  finalizeAtExit(ip);
  flushPendingWriters();
  if (!flushStdFiles(ip)) status = 120;
  ip.host.flushStdout();
  return status;
}

void PyObject_Call;
