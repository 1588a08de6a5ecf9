// The exception types with fields of their own (StopIteration, SystemExit, ImportError, OSError,
// SyntaxError, NameError, AttributeError) and KeyError's str: their __new__/__init__, __str__,
// pickling and attributes.  CPython: Objects/exceptions.c
// The types are declared in exceptions.ts, which takes its slots from here. This module only defines
// functions at load time (function declarations are hoisted, so exceptions.ts may use them first).
import { None, type PyValue } from './object.ts';
import { PyType, typeOf } from './type.ts';
import { PyTuple, EMPTY_TUPLE } from './tuple.ts';
import { PyDict } from './dict.ts';
import { isStrValue, strValue, isIntValue, intValue } from './boxes.ts';
import { PyObject_Str, PyObject_Repr, PyNumber_Index, iterableToArray } from './abstract.ts';
import type { GetSetSpec, MethodSpec } from './builtin-type.ts';
import { calculateSuggestion } from './suggestions.ts';
import {
  PyBaseException,
  PyStopIteration,
  PySystemExit,
  PyImportError,
  PyOSError,
  PySyntaxErrorObject,
  PyNameError,
  PyAttributeError,
  PyExc_OSError,
  PyExc_BlockingIOError,
  PyExc_BrokenPipeError,
  PyExc_ChildProcessError,
  PyExc_ConnectionAbortedError,
  PyExc_ConnectionRefusedError,
  PyExc_ConnectionResetError,
  PyExc_FileExistsError,
  PyExc_FileNotFoundError,
  PyExc_IsADirectoryError,
  PyExc_NotADirectoryError,
  PyExc_InterruptedError,
  PyExc_PermissionError,
  PyExc_ProcessLookupError,
  PyExc_TimeoutError,
  PyExc_ValueError,
  PyExc_OverflowError,
  typeError,
  attributeError,
  newException,
  exceptionMatches,
  baseExceptionInit,
  baseExceptionStr,
  baseExceptionNew,
  exceptionAlloc,
} from './exceptions.ts';

type V = PyValue;

/** A T_OBJECT member: reads None when unset (NULL), deletes back to unset. */
export function member(field: string, doc?: string): GetSetSpec {
  return {
    get: (e: Record<string, V | undefined>) => e[field] ?? None,
    set: (e: Record<string, V | undefined>, v: V | null) => void (e[field] = v === null ? undefined : v),
    doc,
  };
}

/** Keyword-only arguments of an exception's __init__ (PyArg_ParseTupleAndKeywords "|$O..."). */
function keywordOnly(fname: string, names: readonly string[], args: readonly V[], kwnames: readonly string[] | null): (V | undefined)[] {
  const out: (V | undefined)[] = names.map(() => undefined);
  if (kwnames === null || kwnames.length === 0) return out;
  if (kwnames.length > names.length) {
    throw typeError(`${fname}() takes at most ${names.length} keyword argument${names.length === 1 ? '' : 's'} (${kwnames.length} given)`);
  }
  const base = args.length - kwnames.length;
  for (let i = 0; i < kwnames.length; i++) {
    const k = names.indexOf(kwnames[i]);
    if (k < 0) {
      const suggestion = calculateSuggestion(names, kwnames[i]);
      throw typeError(`${fname}() got an unexpected keyword argument '${kwnames[i]}'${suggestion !== null ? `. Did you mean '${suggestion}'?` : ''}`);
    }
    out[k] = args[base + i];
  }
  return out;
}

function positional(args: readonly V[], kwnames: readonly string[] | null): V[] {
  return args.slice(0, args.length - (kwnames?.length ?? 0));
}

function copyDict(d: PyDict | null): PyDict {
  const c = new PyDict();
  if (d !== null) c.cloneFrom(d);
  return c;
}

// ---- StopIteration, SystemExit

export function stopIterationInit(self: V, args: readonly V[], kwnames: readonly string[] | null): void {
  baseExceptionInit(self, args, kwnames);
  (self as PyStopIteration).value = args.length > 0 ? args[0] : None;
}

export function systemExitInit(self: V, args: readonly V[], kwnames: readonly string[] | null): void {
  baseExceptionInit(self, args, kwnames);
  const e = self as PySystemExit;
  if (args.length === 1) e.code = args[0];
  else if (args.length > 1) e.code = e.args;
}

// ---- ImportError

export function importErrorInit(self: V, args: readonly V[], kwnames: readonly string[] | null): void {
  const e = self as PyImportError;
  const pos = positional(args, kwnames);
  e.args = new PyTuple(pos);
  const [name, path, nameFrom] = keywordOnly('ImportError', ['name', 'path', 'name_from'], args, kwnames);
  e.name = name;
  e.path = path;
  e.name_from = nameFrom;
  e.msg = pos.length === 1 ? pos[0] : undefined;
}

export function importErrorStr(self: V): string {
  const e = self as PyImportError;
  if (typeof e.msg === 'string') return e.msg;
  return baseExceptionStr(self);
}

function importErrorReduce(e: PyImportError): V {
  let state: V = e.ob_dict ?? None;
  if (e.name !== undefined || e.path !== undefined || e.name_from !== undefined) {
    const d = copyDict(e.ob_dict);
    if (e.name !== undefined) d.setStr('name', e.name);
    if (e.path !== undefined) d.setStr('path', e.path);
    if (e.name_from !== undefined) d.setStr('name_from', e.name_from);
    state = d;
  }
  return new PyTuple(state === None ? [typeOf(e), e.args] : [typeOf(e), e.args, state]);
}

export function importErrorMethods(): Record<string, MethodSpec> {
  return {
    __reduce__: { sig: '($self, /)', impl: importErrorReduce },
  };
}

export function importErrorGetset(): Record<string, GetSetSpec> {
  return {
    msg: member('msg', 'exception message'),
    name: member('name', 'module name'),
    path: member('path', 'module path'),
    name_from: member('name_from', 'name imported from module'),
  };
}

// ---- OSError

/** errno -> OSError subclass, with Linux's numbers.  CPython: _PyExc_InitState (errnomap) */
function errnoSubclass(errno: number): PyType | undefined {
  switch (errno) {
    case 11: // EAGAIN, EWOULDBLOCK
    case 114: // EALREADY
    case 115: // EINPROGRESS
      return PyExc_BlockingIOError;
    case 32: // EPIPE
    case 108: // ESHUTDOWN
      return PyExc_BrokenPipeError;
    case 10: // ECHILD
      return PyExc_ChildProcessError;
    case 103: // ECONNABORTED
      return PyExc_ConnectionAbortedError;
    case 111: // ECONNREFUSED
      return PyExc_ConnectionRefusedError;
    case 104: // ECONNRESET
      return PyExc_ConnectionResetError;
    case 17: // EEXIST
      return PyExc_FileExistsError;
    case 2: // ENOENT
      return PyExc_FileNotFoundError;
    case 21: // EISDIR
      return PyExc_IsADirectoryError;
    case 20: // ENOTDIR
      return PyExc_NotADirectoryError;
    case 4: // EINTR
      return PyExc_InterruptedError;
    case 13: // EACCES
    case 1: // EPERM
      return PyExc_PermissionError;
    case 3: // ESRCH
      return PyExc_ProcessLookupError;
    case 110: // ETIMEDOUT
      return PyExc_TimeoutError;
  }
  return undefined;
}

/**
 * When a subclass defines __init__ (and not __new__), OSError.__new__ leaves the arguments to
 * __init__, so that extra ones are not an error.  CPython: oserror_use_init
 */
function useInit(type: PyType): boolean {
  return type.tp_init !== osErrorInit && type.tp_new === osErrorNew;
}

/** Fills errno, strerror, filename(s) and args from OSError(errno, strerror[, filename[, winerror[, filename2]]]). */
function osErrorFill(e: PyOSError, args: readonly V[]): void {
  let kept: readonly V[] = args;
  if (args.length >= 2 && args.length <= 5) {
    const [errno, strerror, filename, , filename2] = args;
    if (filename !== undefined && filename !== None) {
      if (typeOf(e) === PyExc_BlockingIOError && isNumber(filename)) {
        // BlockingIOError's third argument is the number of characters written.
        e.characters_written = writtenValue(filename);
      } else {
        e.filename = filename;
        if (filename2 !== undefined && filename2 !== None) e.filename2 = filename2;
        // The file names are kept out of args (test_exceptions relies on it).
        kept = args.slice(0, 2);
      }
    }
    e.myerrno = errno;
    e.strerror = strerror;
  }
  e.args = kept === args ? new PyTuple(args) : new PyTuple(kept);
}

function isNumber(v: V): boolean {
  const t = typeOf(v);
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null || t.tp_name === 'complex';
}

function writtenValue(v: V): number {
  try {
    const i = PyNumber_Index(v);
    if (typeof i === 'bigint') throw newException(PyExc_ValueError, [`cannot fit '${typeOf(v).tp_name}' into an index-sized integer`]);
    return i;
  } catch (err) {
    if (exceptionMatches(err as V, PyExc_OverflowError)) throw newException(PyExc_ValueError, [`cannot fit '${typeOf(v).tp_name}' into an index-sized integer`]);
    throw err;
  }
}

export function osErrorNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  let t = type;
  const init = useInit(type);
  if (!init) {
    if (kwnames !== null && kwnames.length) throw typeError(`${type.tp_name}() takes no keyword arguments`);
    if (type === PyExc_OSError && args.length >= 2 && args.length <= 5 && isIntValue(args[0])) {
      const n = intValue(args[0]);
      const sub = typeof n === 'number' ? errnoSubclass(n) : undefined;
      if (sub !== undefined) t = sub;
    }
  }
  const e = exceptionAlloc(t) as PyOSError;
  if (!init) osErrorFill(e, args);
  return e;
}

export function osErrorInit(self: V, args: readonly V[], kwnames: readonly string[] | null): void {
  const e = self as PyOSError;
  if (!useInit(typeOf(e))) return;
  if (kwnames !== null && kwnames.length) throw typeError(`${typeOf(e).tp_name}() takes no keyword arguments`);
  osErrorFill(e, args);
}

/** OSError(errno, strerror[, filename[, None, filename2]]) raised by native code, as the constructor makes it. */
export function newOSError(args: readonly V[]): PyBaseException {
  return osErrorNew(PyExc_OSError, args, null) as PyBaseException;
}

export function osErrorStr(self: V): string {
  const e = self as PyOSError;
  const s = (v: V | undefined): string => PyObject_Str(v ?? None);
  if (e.filename !== undefined) {
    if (e.filename2 !== undefined) return `[Errno ${s(e.myerrno)}] ${s(e.strerror)}: ${PyObject_Repr(e.filename)} -> ${PyObject_Repr(e.filename2)}`;
    return `[Errno ${s(e.myerrno)}] ${s(e.strerror)}: ${PyObject_Repr(e.filename)}`;
  }
  if (e.myerrno !== undefined && e.strerror !== undefined) return `[Errno ${s(e.myerrno)}] ${s(e.strerror)}`;
  return baseExceptionStr(self);
}

function osErrorReduce(e: PyOSError): V {
  let args: PyTuple = e.args;
  if (args.items.length === 2 && e.filename !== undefined) {
    const items = [args.items[0], args.items[1], e.filename];
    if (e.filename2 !== undefined) items.push(None, e.filename2);
    args = new PyTuple(items);
  }
  return new PyTuple(e.ob_dict !== null ? [typeOf(e), args, e.ob_dict] : [typeOf(e), args]);
}

export function osErrorMethods(): Record<string, MethodSpec> {
  return {
    __reduce__: { sig: '($self, /)', impl: osErrorReduce },
  };
}

export function osErrorMembers(): Record<string, GetSetSpec> {
  return {
    errno: member('myerrno', 'POSIX exception code'),
    strerror: member('strerror', 'exception strerror'),
    filename: member('filename', 'exception filename'),
    filename2: member('filename2', 'second exception filename'),
  };
}

export function osErrorGetset(): Record<string, GetSetSpec> {
  return {
    characters_written: {
      get: (e: PyOSError) => {
        if (e.characters_written === -1) throw attributeError('characters_written');
        return e.characters_written;
      },
      set: (e: PyOSError, v: V | null) => {
        if (v === null) {
          if (e.characters_written === -1) throw attributeError('characters_written');
          e.characters_written = -1;
          return;
        }
        e.characters_written = writtenValue(v);
      },
    },
  };
}

// ---- SyntaxError

export function syntaxErrorInit(self: V, args: readonly V[], kwnames: readonly string[] | null): void {
  baseExceptionInit(self, args, kwnames);
  syntaxErrorFill(self as PySyntaxErrorObject, args);
}

/** msg, and (filename, lineno, offset, text[, end_lineno, end_offset[, metadata]]) when given. */
export function syntaxErrorFill(e: PySyntaxErrorObject, args: readonly V[]): void {
  if (args.length >= 1) e.msg = args[0];
  if (args.length !== 2) return;
  const info = iterableToArray(args[1]);
  if (info.length < 4) throw typeError(`function takes at least 4 arguments (${info.length} given)`);
  if (info.length > 7) throw typeError(`function takes at most 7 arguments (${info.length} given)`);
  [e.filename, e.lineno, e.offset, e.text] = info;
  e.end_lineno = info[4];
  e.end_offset = info[5];
  e.metadata = info[6];
  if (e.end_lineno !== undefined && e.end_offset === undefined) throw typeError('end_offset must be provided when end_lineno is provided');
}

/** "msg (file.py, line N)" with the file's base name.  CPython: SyntaxError_str */
export function syntaxErrorStr(self: V): string {
  const e = self as PySyntaxErrorObject;
  let filename: string | null = null;
  if (e.filename !== undefined && isStrValue(e.filename)) {
    const f = strValue(e.filename);
    filename = f.slice(f.lastIndexOf('/') + 1);
  }
  const haveLineno = e.lineno !== undefined && (typeof e.lineno === 'number' || typeof e.lineno === 'bigint');
  const msg = PyObject_Str(e.msg ?? None);
  if (filename === null && !haveLineno) return msg;
  const lineno = haveLineno ? clampLong(e.lineno as number | bigint) : 0;
  if (filename !== null && haveLineno) return `${msg} (${filename}, line ${lineno})`;
  if (filename !== null) return `${msg} (${filename})`;
  return `${msg} (line ${lineno})`;
}

/** PyLong_AsLongAndOverflow: -1 on overflow. */
function clampLong(v: number | bigint): number | bigint {
  if (typeof v === 'number') return v;
  return v >= -(2n ** 63n) && v < 2n ** 63n ? v : -1;
}

export function syntaxErrorGetset(): Record<string, GetSetSpec> {
  return {
    msg: member('msg', 'exception msg'),
    filename: member('filename', 'exception filename'),
    lineno: member('lineno', 'exception lineno'),
    offset: member('offset', 'exception offset'),
    text: member('text', 'exception text'),
    end_lineno: member('end_lineno', 'exception end lineno'),
    end_offset: member('end_offset', 'exception end offset'),
    print_file_and_line: member('print_file_and_line', 'exception print_file_and_line'),
    _metadata: member('metadata', 'exception private metadata'),
  };
}

// ---- NameError, AttributeError

export function nameErrorInit(self: V, args: readonly V[], kwnames: readonly string[] | null): void {
  const e = self as PyNameError;
  e.args = new PyTuple(positional(args, kwnames));
  [e.name] = keywordOnly('NameError', ['name'], args, kwnames);
}

export function attributeErrorInit(self: V, args: readonly V[], kwnames: readonly string[] | null): void {
  const e = self as PyAttributeError;
  e.args = new PyTuple(positional(args, kwnames));
  [e.name, e.obj] = keywordOnly('AttributeError', ['name', 'obj'], args, kwnames);
}

/** The state pickling keeps: the instance dict with name and args (obj is left out: GH-103352). */
function attributeErrorGetstate(e: PyAttributeError): V {
  const d = copyDict(e.ob_dict);
  if (e.name !== undefined) d.setStr('name', e.name);
  d.setStr('args', e.args);
  return d;
}

export function attributeErrorMethods(): Record<string, MethodSpec> {
  return {
    __getstate__: { sig: '($self, /)', impl: attributeErrorGetstate },
    __reduce__: { sig: '($self, /)', impl: (e: PyAttributeError) => new PyTuple([typeOf(e), e.args, attributeErrorGetstate(e)]) },
  };
}

// ---- KeyError

/** A lone argument shows as its repr, so that {}[''] reports KeyError: ''.  CPython: KeyError_str */
export function keyErrorStr(self: V): string {
  const items = (self as PyBaseException).args.items;
  if (items.length === 1) return PyObject_Repr(items[0]);
  return baseExceptionStr(self);
}

/** The fields __init__ derives from args, for exceptions that native code creates without calling it. */
export function initNativeFields(e: PyBaseException, args: readonly V[]): void {
  if (e instanceof PyStopIteration) e.value = args.length > 0 ? args[0] : None;
  else if (e instanceof PySystemExit) {
    if (args.length === 1) e.code = args[0];
    else if (args.length > 1) e.code = e.args;
  } else if (e instanceof PyImportError) e.msg = args.length === 1 ? args[0] : undefined;
  else if (e instanceof PyOSError) osErrorFill(e, args);
  else if (e instanceof PySyntaxErrorObject) syntaxErrorFill(e, args);
}

void EMPTY_TUPLE;
void baseExceptionNew;
