// The builtin exception types and the helpers native code uses to raise them.  CPython: Objects/exceptions.c
//
// A Python exception is thrown as the exception object itself (`throw typeError('...')`), never
// wrapped in a JS Error: throwing a plain object skips V8's stack capture.
// Exception instances carry their own type (many exception types share one JS class). Types that
// add fields (StopIteration.value, OSError.errno, SyntaxError.lineno, ...) have their own JS class.

import { None, PyObject, type PyValue } from './object.ts';
import { PyType, TPFLAGS, typeOf } from './type.ts';
import { PyTuple, EMPTY_TUPLE } from './tuple.ts';
import { PyDict } from './dict.ts';
import { defineBuiltinType, type BuiltinTypeSpec } from './builtin-type.ts';
import { PyList } from './list.ts';
import { PyObject_Str, PyObject_Repr, iterableToArray } from './abstract.ts';
import { isStrValue } from './boxes.ts';
// The UnicodeError subclasses' slots live with the codecs (function declarations, hoisted).
import {
  unicodeEncodeErrorInit,
  unicodeEncodeErrorStr,
  unicodeDecodeErrorInit,
  unicodeDecodeErrorStr,
  unicodeTranslateErrorInit,
  unicodeTranslateErrorStr,
  unicodeErrorGetset,
} from './codecs/unicode-error.ts';

export class PyBaseException extends PyObject {
  override ob_type: PyType;
  ob_dict: PyDict | null = null;
  args: PyTuple = EMPTY_TUPLE;
  /** __traceback__: a traceback object or None. */
  traceback: PyValue = None;
  /** __context__ and __cause__: an exception or None. */
  context: PyValue = None;
  cause: PyValue = None;
  suppressContext = false;
  /** Whether __context__ was already set for the current raise (see vm/ops/exc.ts chainContext). */
  chained = false;

  constructor(type: PyType) {
    super();
    this.ob_type = type;
  }
}

export class PyStopIteration extends PyBaseException {
  value: PyValue = None;
}

export class PySystemExit extends PyBaseException {
  code: PyValue = None;
}

export class PyImportError extends PyBaseException {
  msg: PyValue = None;
  name: PyValue = None;
  path: PyValue = None;
  name_from: PyValue = None;
}

export class PyOSError extends PyBaseException {
  myerrno: PyValue = None;
  strerror: PyValue = None;
  filename: PyValue = None;
  filename2: PyValue = None;
  characters_written = -1;
}

export class PySyntaxErrorObject extends PyBaseException {
  msg: PyValue = None;
  filename: PyValue = None;
  lineno: PyValue = None;
  offset: PyValue = None;
  text: PyValue = None;
  end_lineno: PyValue = None;
  end_offset: PyValue = None;
  print_file_and_line: PyValue = None;
}

export class PyAttributeError extends PyBaseException {
  name: PyValue = None;
  obj: PyValue = None;
}

export class PyNameError extends PyBaseException {
  name: PyValue = None;
}

export class PyUnicodeErrorObject extends PyBaseException {
  encoding: PyValue = None;
  object: PyValue = None;
  start = 0;
  end = 0;
  reason: PyValue = None;
}

export class PyBaseExceptionGroup extends PyBaseException {
  msg: PyValue = None;
  excs: PyTuple = EMPTY_TUPLE;
}

// ---- defining the hierarchy ----

function alloc<T extends PyBaseException>(C: new (t: PyType) => T): (t: PyType) => T {
  return (t) => new C(t);
}

function exceptionType(name: string, base: PyType | undefined, doc: string, extra: Partial<BuiltinTypeSpec> = {}): PyType {
  return defineBuiltinType({
    name,
    base,
    doc,
    flags: TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC | TPFLAGS.BASE_EXC_SUBCLASS,
    instanceHasDict: true,
    weakrefable: true,
    ...extra,
  });
}

export const PyExc_BaseException = exceptionType('BaseException', undefined, 'Common base class for all exceptions.', {
  alloc: alloc(PyBaseException),
  slots: {
    tp_new: baseExceptionNew,
    tp_init: baseExceptionInit,
    tp_str: baseExceptionStr,
    tp_repr: baseExceptionRepr,
  },
  methods: {
    with_traceback: { sig: '($self, tb, /)', impl: withTraceback },
    add_note: { sig: '($self, note, /)', impl: addNoteMethod },
    __reduce__: { sig: '($self, /)', impl: (e: PyBaseException) => new PyTuple(e.ob_dict && e.ob_dict.size ? [e.ob_type, e.args, e.ob_dict] : [e.ob_type, e.args]) },
  },
  getset: {
    args: { get: (e: PyBaseException) => e.args, set: setArgs },
    __traceback__: { get: (e: PyBaseException) => e.traceback, set: setTraceback },
    __context__: { get: (e: PyBaseException) => e.context, set: (e: PyBaseException, v: PyValue | null) => void (e.context = checkCauseOrContext(v, 'context')) },
    __cause__: {
      get: (e: PyBaseException) => e.cause,
      set: (e: PyBaseException, v: PyValue | null) => {
        e.cause = checkCauseOrContext(v, 'cause');
        e.suppressContext = true;
      },
    },
    __suppress_context__: { get: (e: PyBaseException) => e.suppressContext, set: (e: PyBaseException, v: PyValue | null) => void (e.suppressContext = v === true) },
    __dict__: { get: (e: PyBaseException) => (e.ob_dict ??= new PyDict()) },
  },
});
export const PyExc_Exception = exceptionType('Exception', PyExc_BaseException, 'Base class for exceptions that are not about exiting.');
export const PyExc_TypeError = exceptionType('TypeError', PyExc_Exception, 'An operation or function got an argument of the wrong type.');
export const PyExc_StopAsyncIteration = exceptionType('StopAsyncIteration', PyExc_Exception, 'Ends an asynchronous iteration.');
export const PyExc_StopIteration = exceptionType('StopIteration', PyExc_Exception, 'Ends an iteration.', {
  alloc: alloc(PyStopIteration),
  getset: { value: { get: (e: PyStopIteration) => e.value, set: (e: PyStopIteration, v: PyValue | null) => void (e.value = v ?? None) } },
});
export const PyExc_GeneratorExit = exceptionType('GeneratorExit', PyExc_BaseException, 'Asks a generator or coroutine to exit.');
export const PyExc_SystemExit = exceptionType('SystemExit', PyExc_BaseException, 'Asks the interpreter to exit.', {
  alloc: alloc(PySystemExit),
  getset: { code: { get: (e: PySystemExit) => e.code, set: (e: PySystemExit, v: PyValue | null) => void (e.code = v ?? None) } },
});
export const PyExc_KeyboardInterrupt = exceptionType('KeyboardInterrupt', PyExc_BaseException, 'The program was interrupted by the user.');
export const PyExc_BaseExceptionGroup = exceptionType('BaseExceptionGroup', PyExc_BaseException, 'A group of exceptions raised together.', {
  alloc: alloc(PyBaseExceptionGroup),
});
export const PyExc_ImportError = exceptionType('ImportError', PyExc_Exception, 'A module could not be imported.', {
  alloc: alloc(PyImportError),
  slots: { tp_init: importErrorInit, tp_str: importErrorStr },
  methods: { __reduce__: { sig: '($self, /)', impl: importErrorReduce } },
  getset: {
    msg: { get: (e: PyImportError) => e.msg, set: (e: PyImportError, v: PyValue | null) => void (e.msg = v ?? None), doc: 'exception message' },
    name: { get: (e: PyImportError) => e.name, set: (e: PyImportError, v: PyValue | null) => void (e.name = v ?? None), doc: 'module name' },
    path: { get: (e: PyImportError) => e.path, set: (e: PyImportError, v: PyValue | null) => void (e.path = v ?? None), doc: 'module path' },
    name_from: { get: (e: PyImportError) => e.name_from, set: (e: PyImportError, v: PyValue | null) => void (e.name_from = v ?? None), doc: 'name imported from module' },
  },
});
export const PyExc_ModuleNotFoundError = exceptionType('ModuleNotFoundError', PyExc_ImportError, 'No module with that name was found.');
export const PyExc_OSError = exceptionType('OSError', PyExc_Exception, 'An operating system call failed.', { alloc: alloc(PyOSError) });
export const PyExc_BlockingIOError = exceptionType('BlockingIOError', PyExc_OSError, 'An operation would block a non-blocking object.');
export const PyExc_ConnectionError = exceptionType('ConnectionError', PyExc_OSError, 'A connection failed.');
export const PyExc_ChildProcessError = exceptionType('ChildProcessError', PyExc_OSError, 'An operation on a child process failed.');
export const PyExc_BrokenPipeError = exceptionType('BrokenPipeError', PyExc_ConnectionError, 'Wrote to a pipe whose other end is closed.');
export const PyExc_ConnectionAbortedError = exceptionType('ConnectionAbortedError', PyExc_ConnectionError, 'The peer aborted the connection.');
export const PyExc_ConnectionRefusedError = exceptionType('ConnectionRefusedError', PyExc_ConnectionError, 'The peer refused the connection.');
export const PyExc_ConnectionResetError = exceptionType('ConnectionResetError', PyExc_ConnectionError, 'The peer reset the connection.');
export const PyExc_FileExistsError = exceptionType('FileExistsError', PyExc_OSError, 'The file already exists.');
export const PyExc_FileNotFoundError = exceptionType('FileNotFoundError', PyExc_OSError, 'The file or directory does not exist.');
export const PyExc_IsADirectoryError = exceptionType('IsADirectoryError', PyExc_OSError, 'A file operation was attempted on a directory.');
export const PyExc_NotADirectoryError = exceptionType('NotADirectoryError', PyExc_OSError, 'A directory operation was attempted on something else.');
export const PyExc_InterruptedError = exceptionType('InterruptedError', PyExc_OSError, 'A system call was interrupted.');
export const PyExc_PermissionError = exceptionType('PermissionError', PyExc_OSError, 'The operation is not permitted.');
export const PyExc_ProcessLookupError = exceptionType('ProcessLookupError', PyExc_OSError, 'No such process.');
export const PyExc_TimeoutError = exceptionType('TimeoutError', PyExc_OSError, 'The operation timed out.');
export const PyExc_EOFError = exceptionType('EOFError', PyExc_Exception, 'Input ended before the expected data was read.');
export const PyExc_RuntimeError = exceptionType('RuntimeError', PyExc_Exception, 'An error that fits no other category.');
export const PyExc_RecursionError = exceptionType('RecursionError', PyExc_RuntimeError, 'The recursion limit was exceeded.');
export const PyExc_PythonFinalizationError = exceptionType('PythonFinalizationError', PyExc_RuntimeError, 'The operation is not allowed while the interpreter shuts down.');
export const PyExc_NotImplementedError = exceptionType('NotImplementedError', PyExc_RuntimeError, 'The method or function is not implemented.');
export const PyExc_NameError = exceptionType('NameError', PyExc_Exception, 'A name is not defined.', {
  alloc: alloc(PyNameError),
  getset: { name: { get: (e: PyNameError) => e.name, set: (e: PyNameError, v: PyValue | null) => void (e.name = v ?? None) } },
});
export const PyExc_UnboundLocalError = exceptionType('UnboundLocalError', PyExc_NameError, 'A local variable was used before being assigned.');
export const PyExc_AttributeError = exceptionType('AttributeError', PyExc_Exception, 'The object has no such attribute.', {
  alloc: alloc(PyAttributeError),
  getset: {
    name: { get: (e: PyAttributeError) => e.name, set: (e: PyAttributeError, v: PyValue | null) => void (e.name = v ?? None) },
    obj: { get: (e: PyAttributeError) => e.obj, set: (e: PyAttributeError, v: PyValue | null) => void (e.obj = v ?? None) },
  },
});
export const PyExc_SyntaxError = exceptionType('SyntaxError', PyExc_Exception, 'The source is not valid Python.', { alloc: alloc(PySyntaxErrorObject) });
export const PyExc_IndentationError = exceptionType('IndentationError', PyExc_SyntaxError, 'The indentation is wrong.');
export const PyExc_TabError = exceptionType('TabError', PyExc_IndentationError, 'Tabs and spaces are mixed inconsistently.');
export const PyExc_IncompleteInputError = exceptionType('_IncompleteInputError', PyExc_SyntaxError, 'The input ended before the statement was complete.');
export const PyExc_LookupError = exceptionType('LookupError', PyExc_Exception, 'A key or index is not valid.');
export const PyExc_IndexError = exceptionType('IndexError', PyExc_LookupError, 'The sequence index is out of range.');
export const PyExc_KeyError = exceptionType('KeyError', PyExc_LookupError, 'The mapping has no such key.');
export const PyExc_ValueError = exceptionType('ValueError', PyExc_Exception, 'The argument has the right type but an unsuitable value.');
export const PyExc_UnicodeError = exceptionType('UnicodeError', PyExc_ValueError, 'Unicode encoding or decoding failed.', {
  alloc: alloc(PyUnicodeErrorObject),
});
export const PyExc_UnicodeEncodeError = exceptionType('UnicodeEncodeError', PyExc_UnicodeError, 'Unicode encoding failed.', {
  slots: { tp_init: unicodeEncodeErrorInit, tp_str: unicodeEncodeErrorStr },
  getset: unicodeErrorGetset(),
});
export const PyExc_UnicodeDecodeError = exceptionType('UnicodeDecodeError', PyExc_UnicodeError, 'Unicode decoding failed.', {
  slots: { tp_init: unicodeDecodeErrorInit, tp_str: unicodeDecodeErrorStr },
  getset: unicodeErrorGetset(),
});
export const PyExc_UnicodeTranslateError = exceptionType('UnicodeTranslateError', PyExc_UnicodeError, 'Unicode translation failed.', {
  slots: { tp_init: unicodeTranslateErrorInit, tp_str: unicodeTranslateErrorStr },
  getset: unicodeErrorGetset(),
});
export const PyExc_AssertionError = exceptionType('AssertionError', PyExc_Exception, 'An assert statement failed.');
export const PyExc_ArithmeticError = exceptionType('ArithmeticError', PyExc_Exception, 'An arithmetic operation failed.');
export const PyExc_FloatingPointError = exceptionType('FloatingPointError', PyExc_ArithmeticError, 'A floating-point operation failed.');
export const PyExc_OverflowError = exceptionType('OverflowError', PyExc_ArithmeticError, 'The result is too large to be represented.');
export const PyExc_ZeroDivisionError = exceptionType('ZeroDivisionError', PyExc_ArithmeticError, 'The divisor is zero.');
export const PyExc_SystemError = exceptionType('SystemError', PyExc_Exception, 'An internal error of the interpreter.');
export const PyExc_ReferenceError = exceptionType('ReferenceError', PyExc_Exception, 'A weak reference was used after its object was collected.');
export const PyExc_MemoryError = exceptionType('MemoryError', PyExc_Exception, 'Memory ran out.');
export const PyExc_BufferError = exceptionType('BufferError', PyExc_Exception, 'A buffer operation failed.');
export const PyExc_Warning = exceptionType('Warning', PyExc_Exception, 'Base class for warning categories.');
export const PyExc_UserWarning = exceptionType('UserWarning', PyExc_Warning, 'A warning issued by user code.');
export const PyExc_DeprecationWarning = exceptionType('DeprecationWarning', PyExc_Warning, 'A feature is deprecated.');
export const PyExc_PendingDeprecationWarning = exceptionType('PendingDeprecationWarning', PyExc_Warning, 'A feature will be deprecated.');
export const PyExc_SyntaxWarning = exceptionType('SyntaxWarning', PyExc_Warning, 'Dubious syntax.');
export const PyExc_RuntimeWarning = exceptionType('RuntimeWarning', PyExc_Warning, 'Dubious runtime behaviour.');
export const PyExc_FutureWarning = exceptionType('FutureWarning', PyExc_Warning, 'Behaviour will change in a future version.');
export const PyExc_ImportWarning = exceptionType('ImportWarning', PyExc_Warning, 'A problem while importing a module.');
export const PyExc_UnicodeWarning = exceptionType('UnicodeWarning', PyExc_Warning, 'A problem related to Unicode.');
export const PyExc_BytesWarning = exceptionType('BytesWarning', PyExc_Warning, 'A problem related to bytes and bytearray.');
export const PyExc_EncodingWarning = exceptionType('EncodingWarning', PyExc_Warning, 'A problem related to text encodings.');
export const PyExc_ResourceWarning = exceptionType('ResourceWarning', PyExc_Warning, 'A problem related to resource usage.');

/** ExceptionGroup derives from both BaseExceptionGroup and Exception. */
export const PyExc_ExceptionGroup = exceptionType('ExceptionGroup', PyExc_BaseExceptionGroup, 'A group of exceptions that are all Exceptions.', {
  extraBases: () => [PyExc_Exception],
});

// ---- BaseException's slots and methods ----

function baseExceptionNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const e = exceptionAlloc(type);
  const nkw = kwnames?.length ?? 0;
  e.args = new PyTuple(args.slice(0, args.length - nkw));
  return e;
}

function baseExceptionInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const e = self as PyBaseException;
  if (kwnames !== null && kwnames.length) throw typeError(`${e.ob_type.tp_name}() takes no keyword arguments`);
  e.args = new PyTuple(args);
  initFields(e, args);
}

function baseExceptionStr(self: PyValue): string {
  const items = (self as PyBaseException).args.items;
  if (items.length === 0) return '';
  if (items.length === 1) return PyObject_Str(items[0]);
  return PyObject_Str((self as PyBaseException).args);
}

function baseExceptionRepr(self: PyValue): string {
  const e = self as PyBaseException;
  const name = e.ob_type.name;
  const items = e.args.items;
  if (items.length === 1) return `${name}(${PyObject_Repr(items[0])})`;
  return `${name}${items.length === 0 ? '()' : PyObject_Repr(e.args)}`;
}

function setArgs(e: PyBaseException, v: PyValue | null): void {
  if (v === null) throw typeError('args may not be deleted');
  e.args = new PyTuple(iterableToArray(v));
}

function setTraceback(e: PyBaseException, v: PyValue | null): void {
  if (v === null) throw typeError('__traceback__ may not be deleted');
  if (v !== None && v.constructor.name !== 'PyTraceback') throw typeError('__traceback__ must be a traceback or None');
  e.traceback = v;
}

function withTraceback(e: PyBaseException, tb: PyValue): PyValue {
  setTraceback(e, tb);
  return e;
}

function checkCauseOrContext(v: PyValue | null, what: 'cause' | 'context'): PyValue {
  if (v === null) throw typeError(`__${what}__ may not be deleted`);
  if (v !== None && !(v instanceof PyBaseException)) throw typeError(`exception ${what} must be None or derive from BaseException`);
  return v;
}

function addNoteMethod(e: PyBaseException, note: PyValue): void {
  if (!isStrValue(note)) throw typeError(`note must be a str, not '${typeOf(note).tp_name}'`);
  const d = (e.ob_dict ??= new PyDict());
  let notes = d.getStr('__notes__');
  if (notes === undefined) {
    notes = new PyList([]);
    d.setStr('__notes__', notes);
  }
  if (!(notes instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list');
  notes.items.push(note);
}

// ---- raising ----

/** A new exception of a builtin type with the given args, bypassing __init__ (native raise sites). */
export function newException(type: PyType, args: readonly PyValue[]): PyBaseException {
  const e = exceptionAlloc(type);
  e.args = new PyTuple(args);
  initFields(e, args);
  return e;
}

function exceptionAlloc(type: PyType): PyBaseException {
  for (let t: PyType | null = type; t !== null; t = t.tp_base) {
    switch (t) {
      case PyExc_StopIteration:
        return new PyStopIteration(type);
      case PyExc_SystemExit:
        return new PySystemExit(type);
      case PyExc_ImportError:
        return new PyImportError(type);
      case PyExc_OSError:
        return new PyOSError(type);
      case PyExc_SyntaxError:
        return new PySyntaxErrorObject(type);
      case PyExc_AttributeError:
        return new PyAttributeError(type);
      case PyExc_NameError:
        return new PyNameError(type);
      case PyExc_UnicodeError:
        return new PyUnicodeErrorObject(type);
      case PyExc_BaseExceptionGroup:
        return new PyBaseExceptionGroup(type);
    }
  }
  return new PyBaseException(type);
}

/** ImportError(*args, name=None, path=None, name_from=None).  CPython: ImportError_init */
function importErrorInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const e = self as PyImportError;
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  e.args = new PyTuple(pos);
  let name: PyValue = None;
  let path: PyValue = None;
  let nameFrom: PyValue = None;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    const v = args[pos.length + i];
    if (k === 'name') name = v;
    else if (k === 'path') path = v;
    else if (k === 'name_from') nameFrom = v;
    else throw typeError(`'${k}' is an invalid keyword argument for ImportError()`);
  }
  e.name = name;
  e.path = path;
  e.name_from = nameFrom;
  e.msg = pos.length === 1 ? pos[0] : None;
}

function importErrorStr(self: PyValue): string {
  const e = self as PyImportError;
  if (typeof e.msg === 'string') return e.msg;
  return baseExceptionStr(self);
}

/** CPython: ImportError_reduce */
function importErrorReduce(e: PyImportError): PyValue {
  if (e.name === None && e.path === None && e.name_from === None) {
    return new PyTuple(e.ob_dict && e.ob_dict.size ? [e.ob_type, e.args, e.ob_dict] : [e.ob_type, e.args]);
  }
  const d = new PyDict();
  if (e.ob_dict) for (let i = e.ob_dict.next(0); i >= 0; i = e.ob_dict.next(i + 1)) d.set(e.ob_dict.keys[i], e.ob_dict.values[i]);
  if (e.name !== None) d.setStr('name', e.name);
  if (e.path !== None) d.setStr('path', e.path);
  if (e.name_from !== None) d.setStr('name_from', e.name_from);
  return new PyTuple([e.ob_type, e.args, d]);
}

/** The fields the per-type __init__ derives from args, for exceptions created natively. */
function initFields(e: PyBaseException, args: readonly PyValue[]): void {
  if (e instanceof PyStopIteration) e.value = args.length > 0 ? args[0] : None;
  else if (e instanceof PySystemExit) e.code = args.length === 0 ? None : args.length === 1 ? args[0] : e.args;
  else if (e instanceof PyImportError) e.msg = args.length === 1 ? args[0] : None;
}

export function typeError(msg: string): PyBaseException {
  return newException(PyExc_TypeError, [msg]);
}
export function valueError(msg: string): PyBaseException {
  return newException(PyExc_ValueError, [msg]);
}
export function indexError(msg: string): PyBaseException {
  return newException(PyExc_IndexError, [msg]);
}
export function keyError(key: PyValue): PyBaseException {
  return newException(PyExc_KeyError, [key]);
}
export function attributeError(msg: string): PyBaseException {
  return newException(PyExc_AttributeError, [msg]);
}
/** AttributeError with its `name` and `obj` set, as CPython's _PyObject_SetAttributeErrorContext does. */
export function attributeErrorFor(obj: PyValue, name: string, msg: string): PyBaseException {
  const e = newException(PyExc_AttributeError, [msg]) as PyAttributeError;
  e.name = name;
  e.obj = obj;
  return e;
}
export function nameError(name: string, msg: string): PyBaseException {
  const e = newException(PyExc_NameError, [msg]) as PyNameError;
  e.name = name;
  return e;
}
export function overflowError(msg: string): PyBaseException {
  return newException(PyExc_OverflowError, [msg]);
}
export function zeroDivisionError(msg: string): PyBaseException {
  return newException(PyExc_ZeroDivisionError, [msg]);
}
export function runtimeError(msg: string): PyBaseException {
  return newException(PyExc_RuntimeError, [msg]);
}
export function notImplementedError(msg: string): PyBaseException {
  return newException(PyExc_NotImplementedError, [msg]);
}
export function systemError(msg: string): PyBaseException {
  return newException(PyExc_SystemError, [msg]);
}
export function memoryError(): PyBaseException {
  return newException(PyExc_MemoryError, []);
}
export function recursionError(msg: string): PyBaseException {
  return newException(PyExc_RecursionError, [msg]);
}
export function stopIteration(value?: PyValue): PyBaseException {
  return newException(PyExc_StopIteration, value === undefined ? [] : [value]);
}

/** BaseException.add_note(note): appends to __notes__ (a list in the instance dict). */
export function addNote(e: PyObject, note: string): void {
  if (!(e instanceof PyBaseException)) return;
  const d = (e.ob_dict ??= new PyDict());
  let notes = d.getStr('__notes__');
  if (notes === undefined) {
    notes = new PyList([]);
    d.setStr('__notes__', notes);
  }
  if (notes instanceof PyList) notes.items.push(note);
}

/** True if exception `e` is an instance of exception type `t`.  CPython: PyErr_GivenExceptionMatches */
export function exceptionMatches(e: PyValue, t: PyType): boolean {
  const et = typeOf(e);
  return et === t || et.tp_mro.includes(t);
}
