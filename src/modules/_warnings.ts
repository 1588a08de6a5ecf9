// The _warnings module: the filters, the registries and warn()/warn_explicit(), and the entry points
// native code uses to issue warnings (the compiler's and parser's SyntaxWarnings among them).
// CPython: Python/_warnings.c
//
// As in CPython, warnings.py takes filters, _defaultaction, _onceregistry, warn and warn_explicit
// from here; this module reads warnings.filters/defaultaction/onceregistry back from the Python
// module when it is loaded (so code that assigns them works), and hands the display to
// warnings._showwarnmsg (importing `warnings` for it), which formats with linecache.
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyDict } from '../objects/dict.ts';
import { PyList } from '../objects/list.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyType, typeOf } from '../objects/type.ts';
import * as A from '../objects/abstract.ts';
import * as E from '../objects/exceptions.ts';
import { isIntValue, intValue, isStrValue, strValue } from '../objects/boxes.ts';
import { interp, type Interpreter } from '../vm/interpreter.ts';
import { tstate } from '../vm/thread-state.ts';
import type { Frame } from '../vm/frame.ts';
import { frameLineno } from '../objects/frameobject.ts';
import { importModule } from '../runtime/import.ts';
import { PyContextVar, currentContext } from './_contextvars.ts';
import { getLine } from '../runtime/linecache.ts';
import { gcRootProviders } from '../vm/gc-state.ts';

type V = PyValue;

/** The warnings state of an interpreter.  CPython: WarningsState */
interface WarningsState {
  filters: V;
  onceRegistry: V;
  defaultAction: V;
  context: PyContextVar;
  filtersVersion: number;
  lockCount: number;
}

const states = new WeakMap<Interpreter, WarningsState>();
gcRootProviders.push(() => [states.get(interp())]);

function filter(category: PyType, action: string, module: string | null): PyTuple {
  return new PyTuple([action, None, category, module ?? None, 0]);
}

/** The state, with the default filters of a release build.  CPython: _PyWarnings_InitState, init_filters */
function stateOf(ip: Interpreter = interp()): WarningsState {
  let st = states.get(ip);
  if (st === undefined) {
    st = {
      filters: new PyList([
        filter(E.PyExc_DeprecationWarning, 'default', '__main__'),
        filter(E.PyExc_DeprecationWarning, 'ignore', null),
        filter(E.PyExc_PendingDeprecationWarning, 'ignore', null),
        filter(E.PyExc_ImportWarning, 'ignore', null),
        filter(E.PyExc_ResourceWarning, 'ignore', null),
      ]),
      onceRegistry: new PyDict(),
      defaultAction: 'default',
      context: new PyContextVar('_warnings_context', undefined),
      filtersVersion: 0,
      lockCount: 0,
    };
    states.set(ip, st);
  }
  return st;
}

// ---- the Python warnings module's attributes

/** getattr(warnings, name) when `warnings` is loaded (or imported, with tryImport).  CPython: get_warnings_attr */
export function warningsAttr(name: string, tryImport: boolean): V | undefined {
  let mod: V | undefined;
  if (tryImport) {
    try {
      mod = importModule('warnings');
    } catch (e) {
      // Without the Python module, the native display is used.
      if (e instanceof PyObject && E.exceptionMatches(e, E.PyExc_ImportError)) return undefined;
      throw e;
    }
  } else {
    mod = interp().modules.getStr('warnings');
    if (mod === undefined) return undefined;
  }
  return A.PyObject_LookupAttr(mod, name);
}

function getFilters(st: WarningsState): PyList {
  const f = warningsAttr('filters', false);
  if (f !== undefined) st.filters = f;
  if (!(st.filters instanceof PyList)) throw E.valueError('_warnings.filters must be a list');
  return st.filters;
}

function getOnceRegistry(st: WarningsState): PyDict {
  const r = warningsAttr('onceregistry', false);
  if (r !== undefined) {
    if (!(r instanceof PyDict)) throw E.typeError(`_warnings.onceregistry must be a dict, not '${typeOf(r).tp_name}'`);
    st.onceRegistry = r;
  }
  return st.onceRegistry as PyDict;
}

function getDefaultAction(st: WarningsState): V {
  const a = warningsAttr('defaultaction', false);
  if (a !== undefined) {
    if (!isStrValue(a)) throw E.typeError(`_warnings.defaultaction must be a string, not '${typeOf(a).tp_name}'`);
    st.defaultAction = a;
  }
  return st.defaultAction;
}

/** The filters of warnings._warnings_context's current value, or null when it has none. */
function getContextFilters(st: WarningsState): PyList | null {
  const ctx = currentContext().vars.get(st.context);
  if (ctx === undefined || ctx === None) return null;
  const filters = A.PyObject_GetAttr(ctx, '_filters');
  if (!(filters instanceof PyList)) throw E.valueError('_filters of warnings._warnings_context must be a list');
  return filters;
}

// ---- matching

/** None matches anything; a str must be equal; anything else is a regex: .match(arg).  CPython: check_matched */
function checkMatched(obj: V, arg: V): boolean {
  if (obj === None) return true;
  if (typeof obj === 'string') return isStrValue(arg) && strValue(arg) === obj;
  return A.PyObject_IsTrue(A.PyObject_CallMethod(obj, 'match', [arg]));
}

/** The first filter that applies: [action, filter], or null.  CPython: filter_search */
function filterSearch(category: V, text: V, lineno: number, module: V, listName: string, filters: PyList): [V, V] | null {
  for (let i = 0; i < filters.items.length; i++) {
    const item = filters.items[i];
    if (!(item instanceof PyTuple) || item.items.length !== 5) throw E.valueError(`warnings.${listName} item ${i} isn't a 5-tuple`);
    const [action, msg, cat, mod, ln] = item.items;
    if (!isStrValue(action)) throw E.typeError(`action must be a string, not '${typeOf(action).tp_name}'`);
    const goodMsg = checkMatched(msg, text);
    const goodMod = checkMatched(mod, module);
    const isSubclass = A.PyObject_IsSubclass(category, cat);
    const n = A.PyNumber_AsSsize_t(ln, false);
    if (goodMsg && isSubclass && goodMod && (n === 0 || lineno === n)) return [action, item];
  }
  return null;
}

/** CPython: get_filter */
function getFilter(st: WarningsState, category: V, text: V, lineno: number, module: V): [V, V] {
  const contextFilters = getContextFilters(st);
  if (contextFilters !== null) {
    const hit = filterSearch(category, text, lineno, module, '_warnings_context _filters', contextFilters);
    if (hit !== null) return hit;
  } else {
    const hit = filterSearch(category, text, lineno, module, 'filters', getFilters(st));
    if (hit !== null) return hit;
  }
  return [getDefaultAction(st), None];
}

/**
 * Whether `key` is in the registry, the registry being cleared first when the filters changed
 * since it was filled; with `shouldSet`, the key is added.  CPython: already_warned
 */
function alreadyWarned(st: WarningsState, registry: PyDict, key: V, shouldSet: boolean): boolean {
  const version = registry.getStr('version');
  if (version === undefined || typeof version !== 'number' || version !== st.filtersVersion) {
    registry.clear();
    registry.setStr('version', st.filtersVersion);
  } else {
    const seen = registry.get(key);
    if (seen !== undefined && A.PyObject_IsTrue(seen)) return true;
  }
  if (shouldSet) registry.set(key, true);
  return false;
}

/** The module name of a file name: without its ".py".  CPython: normalize_module */
function normalizeModule(filename: string): string {
  if (filename.length === 0) return '<unknown>';
  return filename.endsWith('.py') ? filename.slice(0, -3) : filename;
}

// ---- showing

/** The native display, used when the Python module cannot be imported.  CPython: show_warning */
function showWarningNative(filename: V, lineno: number, text: V, category: V, sourceline: V | null): void {
  const name = A.PyObject_GetAttr(category, '__name__');
  const err = interp().sys.ob_dict.getStr('stderr');
  if (err === undefined || err === None) {
    interp().host.writeStderr('lost sys.stderr\n');
    return;
  }
  try {
    const write = (s: string): void => void A.PyObject_CallMethod(err, 'write', [s]);
    write(`${A.PyObject_Str(filename)}:${lineno}: ${A.PyObject_Str(name)}: ${A.PyObject_Str(text)}\n`);
    if (sourceline !== null) write(`${A.PyObject_Str(sourceline)}\n`);
    else if (isStrValue(filename)) {
      const line = getLine(strValue(filename), lineno).replace(/^[ \t\f]+/, '');
      if (line) write(`    ${line}\n`);
    }
  } catch {
    // PyErr_Clear: the display never raises.
  }
}

/** Hands the warning to warnings._showwarnmsg, or shows it natively.  CPython: call_show_warning */
function callShowWarning(category: V, text: V, message: V, filename: V, lineno: number, sourceline: V | null, source: V | null): void {
  const show = warningsAttr('_showwarnmsg', true);
  if (show === undefined) {
    showWarningNative(filename, lineno, text, category, sourceline);
    return;
  }
  if (typeOf(show).tp_call === null) throw E.typeError('warnings._showwarnmsg() must be set to a callable');
  const cls = warningsAttr('WarningMessage', false);
  if (cls === undefined) throw E.runtimeError('unable to get warnings.WarningMessage');
  const msg = A.PyObject_Call(cls, [message, category, filename, lineno, None, None, source ?? None]);
  A.PyObject_Call(show, [msg]);
}

/**
 * Applies the filters to one warning and shows it, raises it, or records it in the registries.
 * `module` undefined means "from the file name"; None means the warning is ignored (late at
 * shutdown).  CPython: warn_explicit
 */
function warnExplicitImpl(
  category: V,
  message: V,
  filename: V,
  lineno: number,
  module: V | undefined,
  registry: V | undefined,
  sourceline: V | null,
  source: V | null,
): void {
  const st = stateOf();
  if (module === None) return;
  if (registry !== undefined && registry !== None && !(registry instanceof PyDict)) throw E.typeError("'registry' must be a dict or None");
  const mod = module ?? normalizeModule(isStrValue(filename) ? strValue(filename) : A.PyObject_Str(filename));
  let text: V;
  if (A.PyObject_IsInstance(message, E.PyExc_Warning)) {
    text = A.PyObject_Str(message);
    category = typeOf(message);
  } else {
    text = message;
    message = A.PyObject_Call(category, [message]);
  }
  if (source === None) source = null;
  const key = new PyTuple([text, category, lineno]);
  const reg = registry instanceof PyDict ? registry : null;
  if (reg !== null && alreadyWarned(st, reg, key, false)) return;

  const [action, item] = getFilter(st, category, text, lineno, mod);
  const a = isStrValue(action) ? strValue(action) : '';
  if (a === 'error') throw message;
  if (a === 'ignore') return;
  let warned = false;
  if (a !== 'always' && a !== 'all') {
    if (reg !== null) reg.set(key, true);
    if (a === 'once') {
      const once = reg ?? getOnceRegistry(st);
      warned = alreadyWarned(st, once, new PyTuple([text, category]), true);
    } else if (a === 'module') {
      if (reg !== null) warned = alreadyWarned(st, reg, new PyTuple([text, category]), true);
    } else if (a !== 'default') {
      throw E.runtimeError(`Unrecognized action (${A.PyObject_Repr(action)}) in warnings.filters:\n ${A.PyObject_Repr(item)}`);
    }
  }
  if (warned) return;
  callShowWarning(category, text, message, filename, lineno, sourceline, source);
}

// ---- where a warning comes from

function isInternalFilename(filename: string): boolean {
  return filename.includes('importlib') && filename.includes('_bootstrap');
}

function isFilenameToSkip(filename: string, prefixes: readonly string[] | null): boolean {
  return prefixes !== null && prefixes.some((p) => filename.startsWith(p));
}

function nextExternalFrame(f: Frame | null, prefixes: readonly string[] | null): Frame | null {
  do {
    f = f!.f_back;
  } while (f !== null && (isInternalFilename(f.f_code.co_filename) || isFilenameToSkip(f.f_code.co_filename, prefixes)));
  return f;
}

/**
 * The file, line, module and registry of the frame `stackLevel` levels up (importlib's frames and
 * frames of `skipFilePrefixes` not counted, unless the warning comes from importlib itself).
 * CPython: setup_context
 */
function setupContext(stackLevel: number, prefixes: readonly string[] | null): { filename: V; lineno: number; module: V; registry: PyDict } {
  let f: Frame | null = tstate.frame;
  if (stackLevel <= 0 || (f !== null && isInternalFilename(f.f_code.co_filename))) {
    while (--stackLevel > 0 && f !== null) f = f.f_back;
  } else {
    while (--stackLevel > 0 && f !== null) f = nextExternalFrame(f, prefixes);
  }
  let globals: PyDict;
  let filename: V;
  let lineno: number;
  if (f === null) {
    globals = interp().sys.ob_dict;
    filename = '<sys>';
    lineno = 0;
  } else {
    globals = f.f_globals;
    filename = f.f_code.co_filename;
    lineno = frameLineno(f);
  }
  let registry = globals.getStr('__warningregistry__');
  if (!(registry instanceof PyDict)) {
    // A registry that is not a dict is replaced, as PyDict_GetItemRef + a type check would not;
    // CPython fails later instead ("'registry' must be a dict or None").
    if (registry === undefined) {
      registry = new PyDict();
      globals.setStr('__warningregistry__', registry);
    }
  }
  let module = globals.getStr('__name__');
  if (module === undefined || !(module === None || isStrValue(module))) module = '<string>';
  return { filename, lineno, module, registry: registry as PyDict };
}

/** The category of a warning: the message's class, or the given category checked.  CPython: get_category */
function getCategory(message: V, category: V | undefined): V {
  if (A.PyObject_IsInstance(message, E.PyExc_Warning)) return typeOf(message);
  const c = category === undefined || category === None ? E.PyExc_UserWarning : category;
  let ok = false;
  try {
    ok = A.PyObject_IsSubclass(c, E.PyExc_Warning);
  } catch {
    ok = false;
  }
  if (!ok) throw E.typeError(`category must be a Warning subclass, not '${typeOf(c).tp_name}'`);
  return c;
}

function doWarn(message: V, category: V, stackLevel: number, source: V | null, prefixes: readonly string[] | null): void {
  const ctx = setupContext(stackLevel, prefixes);
  const st = stateOf();
  st.lockCount++;
  try {
    warnExplicitImpl(category, message, ctx.filename, ctx.lineno, ctx.module, ctx.registry, null, source);
  } finally {
    st.lockCount--;
  }
}

// ---- entry points for native code

/**
 * Issues a warning attributed to the Python frame `stacklevel` levels up (1: the innermost).
 * Throws the warning when a filter makes it an error.  CPython: PyErr_WarnEx
 */
export function warnEx(category: V, message: string, stacklevel = 1, source: V | null = null): void {
  doWarn(message, category ?? E.PyExc_RuntimeWarning, stacklevel, source, null);
}

/** warnEx under the name of the brief's interface: warn(category, message, stacklevel). */
export function warn(category: V, message: string, stacklevel = 1): void {
  warnEx(category, message, stacklevel);
}

/**
 * A warning with an explicit origin (no frame): module null means "from the file name", registry
 * null means none (the warning is shown every time).  CPython: PyErr_WarnExplicitObject
 */
export function warnExplicit(category: V, message: V, filename: string, lineno: number, module: string | null = null, registry: V | null = null): void {
  const st = stateOf();
  st.lockCount++;
  try {
    warnExplicitImpl(category, message, filename, lineno, module ?? undefined, registry ?? undefined, null, null);
  } finally {
    st.lockCount--;
  }
}

/**
 * Issues a SyntaxWarning (or DeprecationWarning) of the compiler or the parser; returns 'error' when
 * a filter turned it into an exception of its own category (the front end then raises the
 * SyntaxError CPython raises instead). Other exceptions propagate.  CPython: _PyErr_EmitSyntaxWarning
 */
export function emitCompileWarning(category: 'SyntaxWarning' | 'DeprecationWarning', message: string, filename: string, lineno: number): 'error' | undefined {
  const cat = category === 'SyntaxWarning' ? E.PyExc_SyntaxWarning : E.PyExc_DeprecationWarning;
  try {
    warnExplicit(cat, message, filename, lineno);
  } catch (e) {
    if (e instanceof PyObject && E.exceptionMatches(e, cat)) return 'error';
    throw e;
  }
  return undefined;
}

// ---- the module's functions

function warnFunc(_m: V, message: V, category: V, stacklevel: V, source: V, skipFilePrefixes: V | undefined): V {
  const cat = getCategory(message, category);
  let level = A.PyNumber_AsSsize_t(stacklevel, false);
  let prefixes: string[] | null = null;
  if (skipFilePrefixes !== undefined) {
    if (!(skipFilePrefixes instanceof PyTuple)) throw E.typeError(`warn() argument 'skip_file_prefixes' must be tuple, not ${typeOf(skipFilePrefixes).tp_name}`);
    if (skipFilePrefixes.items.length > 0) {
      prefixes = skipFilePrefixes.items.map((p) => {
        if (!isStrValue(p)) throw E.typeError(`Found non-str '${typeOf(p).tp_name}' in skip_file_prefixes.`);
        return strValue(p);
      });
      if (level < 2) level = 2;
    }
  }
  doWarn(message, cat, level, source === undefined ? null : source, prefixes);
  return None;
}

/** The line of a module's source through its loader's get_source().  CPython: get_source_line */
function getSourceLine(moduleGlobals: PyDict, lineno: number): V | null {
  let loader = moduleGlobals.getStr('__loader__');
  const spec = moduleGlobals.getStr('__spec__');
  if (spec !== undefined && spec !== None) {
    const l = A.PyObject_LookupAttr(spec, 'loader');
    if (l !== undefined && l !== None) loader = l;
  }
  if (loader === undefined || loader === None) return null;
  const name = moduleGlobals.getStr('__name__');
  if (name === undefined) return null;
  const getSource = A.PyObject_LookupAttr(loader, 'get_source');
  if (getSource === undefined) return null;
  const source = A.PyObject_Call(getSource, [name]);
  if (source === None) return null;
  const lines = A.PyObject_CallMethod(source, 'splitlines', []) as PyList;
  if (lineno - 1 < 0 || lineno - 1 >= lines.items.length) return null;
  return lines.items[lineno - 1];
}

function warnExplicitFunc(_m: V, message: V, category: V, filename: V, lineno: V, mod: V | undefined, registry: V, moduleGlobals: V, source: V): V {
  if (!isStrValue(filename)) throw E.typeError(`warn_explicit() argument 'filename' must be str, not ${typeOf(filename).tp_name}`);
  if (!isIntValue(lineno)) throw E.typeError(`'${typeOf(lineno).tp_name}' object cannot be interpreted as an integer`);
  const n = Number(intValue(lineno));
  let sourceline: V | null = null;
  if (moduleGlobals !== None) {
    if (!(moduleGlobals instanceof PyDict)) throw E.typeError(`module_globals must be a dict, not '${typeOf(moduleGlobals).tp_name}'`);
    sourceline = getSourceLine(moduleGlobals, n);
  }
  const st = stateOf();
  st.lockCount++;
  try {
    warnExplicitImpl(category, message, filename, n, mod, registry, sourceline, source);
  } finally {
    st.lockCount--;
  }
  return None;
}

function filtersMutatedLockHeld(): V {
  const st = stateOf();
  if (st.lockCount === 0) throw E.runtimeError('warnings lock is not held');
  st.filtersVersion++;
  return None;
}

function acquireLock(): V {
  stateOf().lockCount++;
  return None;
}

function releaseLock(): V {
  const st = stateOf();
  if (st.lockCount === 0) throw E.runtimeError('cannot release un-acquired lock');
  st.lockCount--;
  return None;
}

export const warningsNativeModule = defineModule({
  name: '_warnings',
  doc: '_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.',
  functions: {
    warn: {
      sig: '($module, /, message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=<unrepresentable>)',
      impl: warnFunc,
      doc: 'Issue a warning, or maybe ignore it or raise an exception.',
    },
    warn_explicit: {
      sig: '($module, /, message, category, filename, lineno, module=<unrepresentable>, registry=None, module_globals=None, source=None)',
      impl: warnExplicitFunc,
      doc: 'Issue a warning, or maybe ignore it or raise an exception.',
    },
    _filters_mutated_lock_held: { sig: '($module, /)', impl: filtersMutatedLockHeld },
    _acquire_lock: { sig: '($module, /)', impl: acquireLock },
    _release_lock: { sig: '($module, /)', impl: releaseLock },
  },
  constants: () => {
    const st = stateOf();
    return { filters: st.filters, _onceregistry: st.onceRegistry, _defaultaction: st.defaultAction, _warnings_context: st.context };
  },
});
