// The sys module.  CPython: Python/sysmodule.c
//
// pyts presents itself as CPython 3.14.2 on 64-bit Linux (sys.version, version_info, maxsize,
// hash_info, int_info, platform), with sys.implementation.name 'pyts' and cache_tag 'pyts-314':
// code that asks which language version runs sees 3.14, code that asks for CPython's internals
// (reference counts, ctypes) learns that they are absent, as it does on PyPy.
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { defineStructSeqType, PyStructSeq } from '../objects/structseq.ts';
import { PyList } from '../objects/list.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyDict } from '../objects/dict.ts';
import { PyFloat } from '../objects/float.ts';
import { PyModule } from '../objects/module.ts';
import { TPFLAGS, typeOf, PyType } from '../objects/type.ts';
import * as E from '../objects/exceptions.ts';
import {
  PyNumber_Index,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_GetAttr,
  PyObject_LookupAttr,
  PyObject_Repr,
  PyObject_SetAttr,
  PyObject_Str,
  lookupSpecial,
  iterableToArray,
} from '../objects/abstract.ts';
import { isStrValue, strValue, isIntValue } from '../objects/boxes.ts';
import { newNamespace } from '../objects/namespaceobject.ts';
import { PyStrBox } from '../objects/boxes.ts';
import { typeModule, typeQualname, typeName, clearTypeDescriptors } from '../objects/typeobject.ts';
import { tstate, currentException } from '../vm/thread-state.ts';
import { PyTraceback } from '../objects/traceback.ts';
import { interp, type Interpreter } from '../vm/interpreter.ts';
import { maxStrDigits, setMaxStrDigits } from '../objects/int.ts';
import { setNativeRecursionLimit } from '../objects/recursion.ts';
import { STDLIB_ZIP_PATH } from '../runtime/stdlib-path.ts';
import { configOf } from '../runtime/config.ts';
import { displayException, formatTracebackC } from '../runtime/traceback-display.ts';
import { importModule } from '../runtime/import.ts';
import { nativeModuleTable } from './core.ts';
import { STDLIB_MODULE_NAMES, COPYRIGHT } from './sys-data.generated.ts';
import { withDocs, moduleDoc } from './docs.ts';
import { setTrace, getTrace, setProfile, getProfile } from '../vm/trace.ts';
import { createMonitoringModule } from './sys-monitoring.ts';
import { createJitModule } from './sys-jit.ts';
import { gcRootProviders } from '../vm/gc-state.ts';

type V = PyValue;

// ---- struct sequences ----

export const VersionInfoType = defineStructSeqType({
  name: 'sys.version_info',
  doc: 'sys.version_info\n\nVersion information as a named tuple.',
  fields: ['major', 'minor', 'micro', 'releaselevel', 'serial'],
  constructible: false,
});

export const FlagsType = defineStructSeqType({
  name: 'sys.flags',
  doc: 'sys.flags\n\nFlags provided through command line arguments or environment vars.',
  fields: [
    'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
    'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated',
    'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits',
    'gil', 'thread_inherit_context', 'context_aware_warnings',
  ],
  nSequence: 18,
  constructible: false,
});

export const FloatInfoType = defineStructSeqType({
  name: 'sys.float_info',
  doc: "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\ninformation about the precision and internal representation. Please study\nyour system's :file:`float.h` for more information.",
  fields: ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
});

export const IntInfoType = defineStructSeqType({
  name: 'sys.int_info',
  doc: "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.  The attributes are read only.",
  fields: ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'],
});

export const HashInfoType = defineStructSeqType({
  name: 'sys.hash_info',
  doc: 'hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.',
  fields: ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'],
});

export const ThreadInfoType = defineStructSeqType({
  name: 'sys.thread_info',
  doc: 'sys.thread_info\n\nA named tuple holding information about the thread implementation.',
  fields: ['name', 'lock', 'version'],
});

export const AsyncgenHooksType = defineStructSeqType({
  name: 'asyncgen_hooks',
  doc: 'asyncgen_hooks\n\nA named tuple providing information about asynchronous\ngenerators hooks.  The attributes are read only.',
  fields: ['firstiter', 'finalizer'],
});

export const UnraisableHookArgsType = defineStructSeqType({
  name: 'UnraisableHookArgs',
  doc: 'The argument of sys.unraisablehook: exc_type, exc_value, exc_traceback, err_msg and object.',
  fields: ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object'],
});

const VERSION = [3, 14, 2, 'final', 0] as const;
const HEXVERSION = 0x030e02f0;
export const PYTS_VERSION = '0.1.0';

// ---- per-interpreter state the VM and other modules consult ----

export interface SysState {
  auditHooks: V[];
  switchInterval: number;
  dlopenFlags: number;
  finalizing: boolean;
}

const states = new WeakMap<Interpreter, SysState>();
gcRootProviders.push(() => [states.get(interp())]);

export function sysState(ip: Interpreter = interp()): SysState {
  let s = states.get(ip);
  if (s === undefined) {
    s = {
      auditHooks: [],
      switchInterval: 0.005,
      dlopenFlags: 2,
      finalizing: false,
    };
    states.set(ip, s);
  }
  return s;
}

/** sys.audit from native code: calls the audit hooks, if any.  CPython: PySys_Audit */
export function sysAudit(event: string, args: readonly V[]): void {
  const ip = interp();
  if (ip === null || ip === undefined) return;
  const st = states.get(ip);
  if (st === undefined || st.auditHooks.length === 0) return;
  const tuple = new PyTuple(args);
  for (const hook of st.auditHooks) PyObject_Call(hook, [event, tuple]);
}

/** A sys attribute (None if missing).  CPython: _PySys_GetOptionalAttr */
export function sysAttr(name: string): V | undefined {
  return interp().sys.ob_dict.getStr(name);
}

// ---- functions ----

function sysExit(_m: V, status: V): never {
  // As PyErr_SetObject: a tuple gives the exception's arguments.
  if (status === undefined || status === None) throw E.newException(E.PyExc_SystemExit, []);
  if (status instanceof PyTuple && typeOf(status).tp_name === 'tuple') throw E.newException(E.PyExc_SystemExit, status.items);
  throw E.newException(E.PyExc_SystemExit, [status]);
}

function getframe(_m: V, depth: V): V {
  let f = tstate.frame;
  let d = depth === undefined ? 0 : Number(PyNumber_Index(depth));
  while (d > 0 && f !== null) {
    f = f.f_back;
    d--;
  }
  if (f === null) throw E.valueError('call stack is not deep enough');
  sysAudit('sys._getframe', [f]);
  return f;
}

/** The module of the function running `depth` frames up.  CPython: sys__getframemodulename_impl */
function getframemodulename(_m: V, depth: V): V {
  let d = depth === undefined ? 0 : Number(PyNumber_Index(depth));
  sysAudit('sys._getframemodulename', [d]);
  let f = tstate.frame;
  while (f !== null && d-- > 0) f = f.f_back;
  if (f === null) return None;
  // Module and class bodies run without a function object here; CPython's frames have one whose
  // __module__ is the globals' __name__.
  if (f.f_func === null) return f.f_globals.getStr('__name__') ?? None;
  return PyObject_LookupAttr(f.f_func, '__module__') ?? None;
}

function excInfo(): V {
  const e = currentException();
  if (e === None) return new PyTuple([None, None, None]);
  return new PyTuple([typeOf(e), e, (e as E.PyBaseException).traceback]);
}

function setrecursionlimit(_m: V, n: V): void {
  if (!isIntValue(n)) throw E.typeError(`'${typeName(typeOf(n))}' object cannot be interpreted as an integer`);
  const i = PyNumber_Index(n);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) throw E.overflowError('Python int too large to convert to C int');
  const v = i;
  if (v < 1) throw E.valueError('recursion limit must be greater or equal than 1');
  const depth = tstate.pyDepth;
  if (depth >= v) throw E.recursionError(`cannot set the recursion limit to ${v} at the recursion depth ${depth}: the limit is too low`);
  tstate.recursionLimit = v;
  setNativeRecursionLimit(Math.max(1500, v + 500));
}

function setIntMaxStrDigits(_m: V, n: V): void {
  const v = Number(PyNumber_Index(n));
  if (v !== 0 && v < 640) throw E.valueError('maxdigits must be >= 640 or 0 for unlimited');
  setMaxStrDigits(v);
}

function intern(_m: V, s: V): V {
  if (typeof s === 'string') return s;
  if (s instanceof PyStrBox) throw E.typeError(`can't intern ${typeOf(s).tp_name}`);
  throw E.typeError(`intern() argument must be str, not ${typeName(typeOf(s))}`);
}

/** sys.displayhook: print repr(value) and keep it in builtins._.  CPython: sys_displayhook */
function displayhook(_m: V, o: V): V {
  if (o === None) return None;
  const ip = interp();
  const builtins = ip.modules.getStr('builtins');
  if (builtins === undefined) throw E.runtimeError('lost builtins module');
  PyObject_SetAttr(builtins, '_', None);
  const out = sysAttr('stdout');
  if (out === undefined || out === None) throw E.runtimeError('lost sys.stdout');
  const write = PyObject_GetAttr(out, 'write');
  let text: string;
  try {
    text = PyObject_Repr(o);
    PyObject_Call(write, [text]);
  } catch (e) {
    if (!(e instanceof PyObject && E.exceptionMatches(e, E.PyExc_UnicodeEncodeError))) throw e;
    // The repr cannot be encoded: write it backslash-escaped.  CPython: sys_displayhook_unencodable
    const encoding = strValue(PyObject_GetAttr(out, 'encoding'));
    const bytes = PyObject_CallMethod(PyObject_Repr(o), 'encode', [encoding, 'backslashreplace']);
    const buffer = PyObject_LookupAttr(out, 'buffer');
    if (buffer !== undefined) PyObject_CallMethod(buffer, 'write', [bytes]);
    else PyObject_Call(write, [PyObject_CallMethod(bytes, 'decode', [encoding, 'strict'])]);
  }
  PyObject_Call(write, ['\n']);
  PyObject_SetAttr(builtins, '_', o);
  return None;
}

/** sys.excepthook: print the exception and its traceback to sys.stderr.  CPython: PyErr_Display */
function excepthook(_m: V, _type: V, value: V, tb: V): V {
  displayException(value, tb);
  return None;
}

/** The default sys.unraisablehook.  CPython: write_unraisable_exc_file */
function unraisablehook(_m: V, args: V): V {
  if (typeOf(args) !== UnraisableHookArgsType) throw E.typeError('sys.unraisablehook argument type must be UnraisableHookArgs');
  const [excType, excValue, , errMsg, obj] = (args as PyStructSeq).items;
  const file = sysAttr('stderr');
  if (file === undefined || file === None) return None;
  const write = (s: string): void => void PyObject_CallMethod(file, 'write', [s]);
  if (obj !== None) {
    write(errMsg !== None ? `${PyObject_Str(errMsg)}: ` : 'Exception ignored in: ');
    let r: string;
    try {
      r = PyObject_Repr(obj);
    } catch {
      r = '<object repr() failed>';
    }
    write(r + '\n');
  } else if (errMsg !== None) write(`${PyObject_Str(errMsg)}:\n`);
  // The traceback as the C printer writes it, then the exception line.  CPython: write_unraisable_exc_file
  const [, , excTb] = (args as PyStructSeq).items;
  if (excTb !== None) write(formatTracebackC(excTb));
  if (excType === None) return None;
  let mod: V;
  try {
    mod = PyObject_GetAttr(excType, '__module__');
  } catch {
    mod = None;
  }
  let line = !isStrValue(mod) ? '<unknown>' : strValue(mod) !== 'builtins' && strValue(mod) !== '__main__' ? `${strValue(mod)}.` : '';
  line += excType instanceof PyType ? typeQualname(excType) : '<unknown>';
  if (excValue !== None) {
    let text: string;
    try {
      text = PyObject_Str(excValue);
    } catch {
      text = '<exception str() failed>';
    }
    line += `: ${text}`;
  }
  write(line + '\n');
  try {
    PyObject_CallMethod(file, 'flush', []);
  } catch {
    // ignored
  }
  return None;
}

/** Reports an exception that cannot be raised (finalizers, callbacks).  CPython: PyErr_FormatUnraisable */
export function writeUnraisable(exc: unknown, obj: V, errMsg: string | null = null): void {
  const e = exc instanceof E.PyBaseException ? exc : E.systemError(`pyts internal error: ${String(exc)}`);
  // Raised where no frame added itself (by native code): the running frame is its traceback.  CPython: format_unraisable_v
  if (e instanceof E.PyBaseException && e.traceback === None && tstate.frame !== null) e.traceback = new PyTraceback(null, tstate.frame, tstate.frame.lasti);
  const args = UnraisableHookArgsType.make([typeOf(e), e, (e as E.PyBaseException).traceback, errMsg ?? None, obj]);
  try {
    const hook = sysAttr('unraisablehook');
    if (hook === undefined || hook === None) unraisablehook(None, args);
    else PyObject_Call(hook, [args]);
  } catch (e2) {
    try {
      unraisablehook(None, UnraisableHookArgsType.make([typeOf(e2 as V), e2 as V, None, 'Exception ignored in sys.unraisablehook', None]));
    } catch {
      // nothing more can be done
    }
  }
}

/** sys.breakpointhook: $PYTHONBREAKPOINT, else pdb.set_trace.  CPython: sys_breakpointhook */
function breakpointhook(_m: V, args: V[], kwargs: PyDict | null): V {
  const ip = interp();
  const cfg = configOf(ip);
  let hook = cfg.useEnvironment ? ip.host.env().PYTHONBREAKPOINT : undefined;
  if (hook === undefined || hook === '') hook = 'pdb.set_trace';
  else if (hook === '0') return None;
  const dot = hook.lastIndexOf('.');
  const modulepath = dot < 0 ? 'builtins' : hook.slice(0, dot);
  const attrname = dot < 0 ? hook : hook.slice(dot + 1);
  let fn: V;
  try {
    // A dot at the start names no module: straight to the warning, as sys_breakpointhook.
    if (dot === 0) throw E.newException(E.PyExc_ImportError, []);
    fn = PyObject_GetAttr(importModule(modulepath), attrname);
  } catch (e) {
    if (!(e instanceof PyObject && (E.exceptionMatches(e, E.PyExc_ImportError) || E.exceptionMatches(e, E.PyExc_AttributeError)))) throw e;
    const warnings = importModule('warnings');
    PyObject_CallMethod(warnings, 'warn', [`Ignoring unimportable $PYTHONBREAKPOINT: "${hook}"`, E.PyExc_RuntimeWarning]);
    return None;
  }
  const names: string[] = [];
  const all = [...args];
  if (kwargs !== null) {
    for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
      names.push(strValue(kwargs.keys[i]));
      all.push(kwargs.values[i]);
    }
  }
  return PyObject_Call(fn, all, names.length ? names : null);
}

function audit(_m: V, event: V, args: V[]): V {
  if (!isStrValue(event)) throw E.typeError(`audit() argument 1 must be str, not ${typeName(typeOf(event))}`);
  const st = sysState();
  if (st.auditHooks.length === 0) return None;
  const tuple = new PyTuple(args);
  for (const hook of [...st.auditHooks]) PyObject_Call(hook, [strValue(event), tuple]);
  return None;
}

function addaudithook(_m: V, hook: V): V {
  // Existing hooks may veto the new one (by raising RuntimeError).
  try {
    sysAudit('sys.addaudithook', []);
  } catch (e) {
    if (e instanceof PyObject && E.exceptionMatches(e, E.PyExc_RuntimeError)) return None;
    throw e;
  }
  sysState().auditHooks.push(hook);
  return None;
}

/** sys.settrace(function): the trace function of this thread.  CPython: sys_settrace */
function settrace(_m: V, fn: V): V {
  sysAudit('sys.settrace', []);
  setTrace(fn === None ? null : fn);
  return None;
}

/** sys.setprofile(function).  CPython: sys_setprofile */
function setprofile(_m: V, fn: V): V {
  sysAudit('sys.setprofile', []);
  setProfile(fn === None ? null : fn);
  return None;
}

/** sys.getsizeof(object, default): __sizeof__ plus the GC header.  CPython: _PySys_GetSizeOf */
function getsizeof(_m: V, o: V, dflt: V): V {
  const meth = lookupSpecial(o, '__sizeof__');
  let size: number;
  try {
    if (meth === null) {
      if (typeOf(o).tp_dict === undefined) throw E.typeError(`Type ${typeOf(o).tp_name} doesn't define __sizeof__`);
      throw E.typeError(`Type ${typeName(typeOf(o))} doesn't define __sizeof__`);
    }
    const r = PyObject_Call(meth, []);
    if (!isIntValue(r)) throw E.typeError("an integer is required");
    size = Number(PyNumber_Index(r));
    if (size < 0) throw E.valueError('__sizeof__() should return >= 0');
  } catch (e) {
    if (dflt !== undefined && e instanceof PyObject && E.exceptionMatches(e, E.PyExc_TypeError)) return dflt;
    throw e;
  }
  const t = typeOf(o);
  let presize = 0;
  if (!(o instanceof PyType) || (o.tp_flags & TPFLAGS.HEAPTYPE) !== 0) {
    if (t.tp_flags & TPFLAGS.HAVE_GC) presize += 16;
    if (t.tp_flags & (TPFLAGS.MANAGED_DICT | TPFLAGS.MANAGED_WEAKREF)) presize += 16;
  }
  return size + presize;
}

function setswitchinterval(_m: V, interval: V): V {
  const v = interval instanceof PyFloat ? interval.value : Number(PyNumber_Index(interval));
  if (!(v > 0)) throw E.valueError('switch interval must be strictly positive');
  sysState().switchInterval = v;
  return None;
}

function getAsyncgenHooks(): V {
  return AsyncgenHooksType.make([tstate.asyncgenFirstiter, tstate.asyncgenFinalizer]);
}

function setAsyncgenHooks(_m: V, firstiter: V, finalizer: V): V {
  const st = tstate;
  const check = (v: V | undefined, name: string): void => {
    if (v !== undefined && v !== None && typeOf(v).tp_call === null) throw E.typeError(`callable ${name} expected, got ${typeName(typeOf(v))}`);
  };
  check(finalizer, 'finalizer');
  check(firstiter, 'firstiter');
  if (finalizer !== undefined) st.asyncgenFinalizer = finalizer;
  if (firstiter !== undefined) st.asyncgenFirstiter = firstiter;
  return None;
}

function setCoroutineOriginTrackingDepth(_m: V, depth: V): V {
  const d = Number(PyNumber_Index(depth));
  if (d < 0) throw E.valueError('depth must be >= 0');
  tstate.coroutineOriginTrackingDepth = d;
  return None;
}

function callTracing(_m: V, func: V, args: V): V {
  if (!(args instanceof PyTuple)) throw E.typeError(`call_tracing() argument 2 must be tuple, not ${typeName(typeOf(args))}`);
  return PyObject_Call(func, args.items);
}

function currentFrames(): V {
  const d = new PyDict();
  if (tstate.frame !== null) d.set(threadIdent(), tstate.frame);
  return d;
}

function currentExceptions(): V {
  const d = new PyDict();
  d.set(threadIdent(), currentException());
  return d;
}

/** The main thread's identifier (_thread.get_ident()). */
export function threadIdent(): number {
  return 1;
}

// ---- the module ----

export function makeFlags(ip: Interpreter): V {
  const c = configOf(ip);
  return FlagsType.make([
    c.parserDebug,
    c.inspect,
    c.interactive,
    c.optimize,
    c.writeBytecode ? 0 : 1,
    c.userSite ? 0 : 1,
    c.siteImport ? 0 : 1,
    c.useEnvironment ? 0 : 1,
    c.verbose,
    c.bytesWarning,
    c.quiet,
    0,
    c.isolated ? 1 : 0,
    c.devMode,
    c.utf8Mode > 0 ? 1 : 0,
    c.warnDefaultEncoding ? 1 : 0,
    c.safePath,
    c.intMaxStrDigits,
    1,
    0,
    0,
  ]);
}

function xoptionsDict(c: ReturnType<typeof configOf>): PyDict {
  const d = new PyDict();
  for (const [k, v] of c.xoptions) d.setStr(k, v);
  return d;
}

/** The default sys.path: PYTHONPATH + the standard library (path0 is inserted after site).  CPython: Modules/getpath.py */
function defaultPath(ip: Interpreter): PyList {
  const c = configOf(ip);
  const items: V[] = [];
  for (const p of c.pythonPath) items.push(p);
  items.push(STDLIB_ZIP_PATH);
  return new PyList(items);
}

/** sys.version (Py_GetVersion): CPython's version, then pyts's and the JavaScript engine's in the compiler's place. */
export function sysVersion(): string {
  return `3.14.2 (main, Jan  1 2026, 00:00:00) [pyts ${PYTS_VERSION}, Node.js ${typeof process === 'object' ? process.version : 'unknown'}]`;
}

export const sysModule = defineModule({
  name: 'sys',
  doc: moduleDoc('sys'),
  functions: withDocs('sys', {
    exit: { sig: '($module, status=None, /)', impl: sysExit, doc: 'Exit the interpreter by raising SystemExit(status).' },
    _getframe: { sig: '($module, depth=0, /)', impl: getframe, doc: 'The frame depth calls up the stack.' },
    _getframemodulename: { sig: '($module, /, depth=0)', impl: getframemodulename, doc: 'The name of the module of the function depth calls up the stack.' },
    exc_info: { sig: '($module, /)', impl: excInfo, doc: 'The exception being handled, as (type, value, traceback).' },
    exception: { sig: '($module, /)', impl: () => currentException(), doc: 'The exception being handled, or None.' },
    getrecursionlimit: { sig: '($module, /)', impl: () => tstate.recursionLimit, doc: 'The maximum depth of the Python stack.' },
    setrecursionlimit: { sig: '($module, limit, /)', impl: setrecursionlimit, doc: 'Set the maximum depth of the Python stack.' },
    getdefaultencoding: { sig: '($module, /)', impl: () => 'utf-8' },
    // Differs from CPython: always UTF-8, where CPython takes the LC_CTYPE locale's character set
    // outside UTF-8 Mode (ascii in the C locale with PYTHONUTF8=0, the one case pyts's locales differ).
    getfilesystemencoding: { sig: '($module, /)', impl: () => 'utf-8' },
    getfilesystemencodeerrors: { sig: '($module, /)', impl: () => 'surrogateescape' },
    get_int_max_str_digits: { sig: '($module, /)', impl: () => maxStrDigits },
    set_int_max_str_digits: { sig: '($module, /, maxdigits)', impl: setIntMaxStrDigits },
    intern: { sig: '($module, string, /)', impl: intern, doc: 'Intern a string (all strings compare by value here; the string itself is returned).' },
    _is_interned: { sig: '($module, string, /)', impl: (_m: V, s: V) => { if (!isStrValue(s)) throw E.typeError(`_is_interned() argument must be str, not ${typeName(typeOf(s))}`); return false; } },
    displayhook: { sig: '($module, object, /)', impl: displayhook, doc: 'Print an object to sys.stdout and keep it in builtins._.' },
    excepthook: { sig: '($module, exctype, value, traceback, /)', impl: excepthook, doc: 'Print an exception and its traceback to sys.stderr.' },
    unraisablehook: { sig: '($module, unraisable, /)', impl: unraisablehook, doc: 'Report an exception that could not be raised.' },
    breakpointhook: { sig: '($module, /, *args, **kws)', impl: breakpointhook, doc: 'The function breakpoint() calls.' },
    audit: { sig: '($module, event, /, *args)', impl: audit, doc: 'Pass an auditing event to the audit hooks.' },
    addaudithook: { sig: '($module, /, hook)', impl: addaudithook, doc: 'Add an audit hook.' },
    settrace: { sig: '($module, function, /)', impl: settrace },
    gettrace: { sig: '($module, /)', impl: () => getTrace() },
    setprofile: { sig: '($module, function, /)', impl: setprofile },
    getprofile: { sig: '($module, /)', impl: () => getProfile() },
    _settraceallthreads: { sig: '($module, function, /)', impl: settrace },
    _setprofileallthreads: { sig: '($module, function, /)', impl: setprofile },
    getsizeof: { sig: '($module, object, default=<unrepresentable>, /)', impl: getsizeof, doc: 'The size of an object in bytes, as 64-bit CPython counts it.' },
    getswitchinterval: { sig: '($module, /)', impl: () => new PyFloat(sysState().switchInterval) },
    setswitchinterval: { sig: '($module, interval, /)', impl: setswitchinterval },
    get_asyncgen_hooks: { sig: '($module, /)', impl: getAsyncgenHooks },
    set_asyncgen_hooks: { sig: '($module, /, firstiter=<unrepresentable>, finalizer=<unrepresentable>)', impl: setAsyncgenHooks },
    get_coroutine_origin_tracking_depth: { sig: '($module, /)', impl: () => tstate.coroutineOriginTrackingDepth },
    set_coroutine_origin_tracking_depth: { sig: '($module, /, depth)', impl: setCoroutineOriginTrackingDepth },
    is_finalizing: { sig: '($module, /)', impl: () => sysState().finalizing },
    call_tracing: { sig: '($module, func, args, /)', impl: callTracing },
    _current_frames: { sig: '($module, /)', impl: currentFrames },
    _current_exceptions: { sig: '($module, /)', impl: currentExceptions },
    _clear_type_cache: { sig: '($module, /)', impl: () => None },
    _clear_internal_caches: { sig: '($module, /)', impl: () => None },
    // Memory-management introspection: JavaScript's garbage collector keeps no counts to report.
    getrefcount: { sig: '($module, object, /)', impl: () => 2 },
    getallocatedblocks: { sig: '($module, /)', impl: () => 0 },
    getunicodeinternedsize: { sig: '($module, /, *, _only_immortal=False)', impl: () => 0 },
    _is_immortal: { sig: '($module, op, /)', impl: (_m: V, op: V) => op === None || typeof op === 'boolean' },
    _clear_type_descriptors: { sig: '($module, type, /)', impl: (_m: V, t: V) => clearTypeDescriptors(t) },
    _debugmallocstats: { sig: '($module, /)', impl: () => None },
    activate_stack_trampoline: {
      sig: '($module, backend, /)',
      impl: (_m: V, backend: V) => {
        if (!isStrValue(backend)) throw E.typeError(`activate_stack_trampoline() argument must be str, not ${typeName(typeOf(backend))}`);
        if (strValue(backend) !== 'perf') throw E.valueError(`invalid backend: ${strValue(backend)}`);
        throw E.valueError('perf trampoline not available');
      },
    },
    deactivate_stack_trampoline: { sig: '($module, /)', impl: () => None },
    remote_exec: {
      sig: '($module, /, pid, script)',
      impl: () => {
        throw E.runtimeError('Remote debugging is not enabled');
      },
    },
    _is_gil_enabled: { sig: '($module, /)', impl: () => true },
    getdlopenflags: { sig: '($module, /)', impl: () => sysState().dlopenFlags },
    setdlopenflags: { sig: '($module, flags, /)', impl: (_m: V, f: V) => void (sysState().dlopenFlags = Number(PyNumber_Index(f))) },
    is_remote_debug_enabled: { sig: '($module, /)', impl: () => false },
    is_stack_trampoline_active: { sig: '($module, /)', impl: () => false },
    _get_cpu_count_config: { sig: '($module, /)', impl: () => -1 },
  }),
  constants: (m: PyModule) => {
    const ip = interp();
    const c = configOf(ip);
    const version = sysVersion();
    const versionInfo = VersionInfoType.make([...VERSION]);
    const builtinNames = ['builtins', 'sys', ...nativeModuleTable().keys()].sort();
    void m;
    return {
      modules: ip.modules,
      argv: new PyList([...c.argv]),
      orig_argv: new PyList([...c.origArgv]),
      path: defaultPath(ip),
      meta_path: new PyList([]),
      path_hooks: new PyList([]),
      path_importer_cache: new PyDict(),
      stdin: None,
      stdout: None,
      stderr: None,
      __stdin__: None,
      __stdout__: None,
      __stderr__: None,
      version,
      version_info: versionInfo,
      hexversion: HEXVERSION,
      api_version: 1013,
      implementation: newNamespace({
        name: 'pyts',
        cache_tag: 'pyts-314',
        version: versionInfo,
        hexversion: HEXVERSION,
        _multiarch: 'x86_64-linux-gnu',
        supports_isolated_interpreters: false,
      }),
      platform: ip.host.platform,
      byteorder: 'little',
      maxsize: 9223372036854775807n,
      maxunicode: 0x10ffff,
      float_info: FloatInfoType.make([
        new PyFloat(1.7976931348623157e308), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(2.220446049250313e-16), 2, 1,
      ]),
      int_info: IntInfoType.make([30, 4, 4300, 640]),
      hash_info: HashInfoType.make([64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]),
      thread_info: ThreadInfoType.make(['pthread-stubs', 'mutex+cond', None]),
      flags: makeFlags(ip),
      float_repr_style: 'short',
      executable: c.executable,
      _base_executable: c.executable,
      prefix: '/',
      base_prefix: '/',
      exec_prefix: '/',
      base_exec_prefix: '/',
      platlibdir: 'lib',
      pycache_prefix: None,
      dont_write_bytecode: !c.writeBytecode,
      builtin_module_names: new PyTuple(builtinNames),
      stdlib_module_names: PyObject_Call(PyObject_GetAttr(ip.builtins, 'frozenset'), [new PyTuple([...STDLIB_MODULE_NAMES])]),
      warnoptions: new PyList([...c.warnoptions]),
      _xoptions: xoptionsDict(c),
      copyright: COPYRIGHT,
      abiflags: '',
      _git: new PyTuple(['pyts', '', '']),
      _framework: '',
      _stdlib_dir: STDLIB_ZIP_PATH,
      monitoring: createMonitoringModule(),
      _jit: createJitModule(),
    };
  },
  init: (m: PyModule) => {
    const d = m.ob_dict;
    for (const name of ['displayhook', 'excepthook', 'unraisablehook', 'breakpointhook']) d.setStr(`__${name}__`, d.getStr(name)!);
  },
});

void iterableToArray;
