// The builtin exception types and the helpers native code uses to raise them.  CPython: Objects/exceptions.c
//
// A Python exception is thrown as the exception object itself (`throw typeError('...')`), never
// wrapped in a JS Error: throwing a plain object skips V8's stack capture.
// Exception instances carry their own type (many exception types share one JS class). Types that
// add fields (StopIteration.value, OSError.errno, SyntaxError.lineno, ...) have their own JS class;
// their __init__, __str__ and pickling are in exception-fields.ts. A field CPython keeps as a C
// NULL (unset, shown as None) is `undefined` where the two differ observably.

import { trackObject } from '../vm/gc-state.ts';
import { None, PyObject, type PyValue } from './object.ts';
import { PyType, TPFLAGS, typeOf } from './type.ts';
import { PyTuple, EMPTY_TUPLE } from './tuple.ts';
import { PyDict } from './dict.ts';
import { defineBuiltinType, type BuiltinTypeSpec } from './builtin-type.ts';
import { PyList } from './list.ts';
import { PyObject_Str, PyObject_Repr, PyObject_LookupAttr, PyObject_SetAttr, iterableToArray, attrName } from './abstract.ts';
import { isStrValue } from './boxes.ts';
import { genericAliasClassMethod } from './genericalias.ts';
import {
  member,
  stopIterationInit,
  systemExitInit,
  importErrorInit,
  importErrorStr,
  importErrorMethods,
  importErrorGetset,
  osErrorNew,
  osErrorInit,
  osErrorStr,
  osErrorMethods,
  osErrorGetset,
  osErrorMembers,
  syntaxErrorInit,
  syntaxErrorStr,
  syntaxErrorGetset,
  nameErrorInit,
  attributeErrorInit,
  attributeErrorMethods,
  keyErrorStr,
  initNativeFields,
} from './exception-fields.ts';
import {
  baseExceptionGroupNew,
  baseExceptionGroupInit,
  baseExceptionGroupStr,
  exceptionGroupMethods,
  exceptionGroupGetset,
} from './exception-group.ts';
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
  msg: PyValue | undefined;
  name: PyValue | undefined;
  path: PyValue | undefined;
  name_from: PyValue | undefined;
}

export class PyOSError extends PyBaseException {
  myerrno: PyValue | undefined;
  strerror: PyValue | undefined;
  filename: PyValue | undefined;
  filename2: PyValue | undefined;
  /** BlockingIOError's characters_written; -1 when unset. */
  characters_written = -1;
}

export class PySyntaxErrorObject extends PyBaseException {
  msg: PyValue | undefined;
  filename: PyValue | undefined;
  lineno: PyValue | undefined;
  offset: PyValue | undefined;
  text: PyValue | undefined;
  end_lineno: PyValue | undefined;
  end_offset: PyValue | undefined;
  print_file_and_line: PyValue | undefined;
  /** _metadata: (line, column, source) for traceback's keyword-typo search. */
  metadata: PyValue | undefined;
}

export class PyAttributeError extends PyBaseException {
  name: PyValue | undefined;
  obj: PyValue | undefined;
}

export class PyNameError extends PyBaseException {
  name: PyValue | undefined;
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

/** The exception type whose instance layout each exception type has (its own alloc's, else its base's). */
const LAYOUT = new Map<PyType, PyType>();

function exceptionType(name: string, base: PyType | undefined, doc: string, extra: Partial<BuiltinTypeSpec> = {}): PyType {
  // An exception that only names itself on BaseException's layout has __new__ of its own, as CPython's
  // SimpleExtendsException types do (tp_new BaseException_new); its other static types set their own.
  const simple = base !== undefined && Object.keys(extra).length === 0 && LAYOUT.get(base) === LAYOUT.get(PyExc_BaseException);
  const t = defineBuiltinType({
    name,
    base,
    doc,
    flags: TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC | TPFLAGS.BASE_EXC_SUBCLASS,
    instanceHasDict: true,
    ...(simple ? { slots: { tp_new: baseExceptionNew } } : extra),
  });
  LAYOUT.set(t, extra.alloc !== undefined || base === undefined ? t : LAYOUT.get(base)!);
  return t;
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
    __reduce__: { sig: '($self, /)', impl: baseExceptionReduce },
    __setstate__: { sig: '($self, state, /)', impl: baseExceptionSetstate },
    with_traceback: { sig: '($self, tb, /)', impl: withTraceback, doc: 'Set self.__traceback__ to tb and return self.' },
    add_note: { sig: '($self, note, /)', impl: addNoteMethod, doc: 'Add a note to the exception' },
  },
  getset: {
    __dict__: { get: (e: PyBaseException) => (e.ob_dict ??= new PyDict()), set: setDict },
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
  },
  members: {
    __suppress_context__: { get: (e: PyBaseException) => e.suppressContext, set: setSuppressContext },
  },
});
export const PyExc_Exception = exceptionType('Exception', PyExc_BaseException, 'Common base class for all exceptions that are not about exiting.');
export const PyExc_TypeError = exceptionType('TypeError', PyExc_Exception, 'An operation or function got an argument of the wrong type.');
export const PyExc_StopAsyncIteration = exceptionType('StopAsyncIteration', PyExc_Exception, 'Ends an asynchronous iteration.');
export const PyExc_StopIteration = exceptionType('StopIteration', PyExc_Exception, 'Ends an iteration.', {
  alloc: alloc(PyStopIteration),
  slots: { tp_init: stopIterationInit },
  members: { value: member('value', 'generator return value') },
});
export const PyExc_GeneratorExit = exceptionType('GeneratorExit', PyExc_BaseException, 'Asks a generator or coroutine to exit.');
export const PyExc_SystemExit = exceptionType('SystemExit', PyExc_BaseException, 'Asks the interpreter to exit.', {
  alloc: alloc(PySystemExit),
  slots: { tp_init: systemExitInit },
  members: { code: member('code', 'exception code') },
});
export const PyExc_KeyboardInterrupt = exceptionType('KeyboardInterrupt', PyExc_BaseException, 'The program was interrupted by the user.');
export const PyExc_BaseExceptionGroup = exceptionType('BaseExceptionGroup', PyExc_BaseException, 'A group of exceptions raised together.', {
  alloc: alloc(PyBaseExceptionGroup),
  slots: { tp_new: baseExceptionGroupNew, tp_init: baseExceptionGroupInit, tp_str: baseExceptionGroupStr },
  methods: { ...exceptionGroupMethods(), __class_getitem__: genericAliasClassMethod('See PEP 585') },
  members: exceptionGroupGetset(),
});
export const PyExc_ImportError = exceptionType('ImportError', PyExc_Exception, 'A module could not be imported, or a name could not be imported from it.', {
  alloc: alloc(PyImportError),
  slots: { tp_init: importErrorInit, tp_str: importErrorStr },
  methods: importErrorMethods(),
  members: importErrorGetset(),
});
export const PyExc_ModuleNotFoundError = exceptionType('ModuleNotFoundError', PyExc_ImportError, 'No module with that name was found.');
export const PyExc_OSError = exceptionType('OSError', PyExc_Exception, 'An operating system call failed.', {
  alloc: alloc(PyOSError),
  slots: { tp_new: osErrorNew, tp_init: osErrorInit, tp_str: osErrorStr },
  methods: osErrorMethods(),
  members: osErrorMembers(),
  getset: osErrorGetset(),
});
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
  slots: { tp_init: nameErrorInit },
  members: { name: member('name', 'name') },
});
export const PyExc_UnboundLocalError = exceptionType('UnboundLocalError', PyExc_NameError, 'A local variable was used before being assigned.');
export const PyExc_AttributeError = exceptionType('AttributeError', PyExc_Exception, 'The object has no such attribute.', {
  alloc: alloc(PyAttributeError),
  slots: { tp_init: attributeErrorInit },
  methods: attributeErrorMethods(),
  members: { name: member('name', 'attribute name'), obj: member('obj', 'object') },
});
export const PyExc_SyntaxError = exceptionType('SyntaxError', PyExc_Exception, 'The source is not valid Python.', {
  alloc: alloc(PySyntaxErrorObject),
  slots: { tp_init: syntaxErrorInit, tp_str: syntaxErrorStr },
  members: syntaxErrorGetset(),
});
export const PyExc_IndentationError = exceptionType('IndentationError', PyExc_SyntaxError, 'The indentation is wrong.');
export const PyExc_TabError = exceptionType('TabError', PyExc_IndentationError, 'Tabs and spaces are mixed inconsistently.');
export const PyExc_IncompleteInputError = exceptionType('_IncompleteInputError', PyExc_SyntaxError, 'The input ended before the statement was complete.');
export const PyExc_LookupError = exceptionType('LookupError', PyExc_Exception, 'A key or index is not valid.');
export const PyExc_IndexError = exceptionType('IndexError', PyExc_LookupError, 'The sequence index is out of range.');
export const PyExc_KeyError = exceptionType('KeyError', PyExc_LookupError, 'The mapping has no such key.', { slots: { tp_str: keyErrorStr } });
export const PyExc_ValueError = exceptionType('ValueError', PyExc_Exception, 'The argument has the right type but an unsuitable value.');
export const PyExc_UnicodeError = exceptionType('UnicodeError', PyExc_ValueError, 'Unicode encoding or decoding failed.', {
  alloc: alloc(PyUnicodeErrorObject),
  slots: { tp_new: baseExceptionNew },
});
export const PyExc_UnicodeEncodeError = exceptionType('UnicodeEncodeError', PyExc_UnicodeError, 'Unicode encoding failed.', {
  slots: { tp_new: baseExceptionNew, tp_init: unicodeEncodeErrorInit, tp_str: unicodeEncodeErrorStr },
  members: unicodeErrorGetset(),
});
export const PyExc_UnicodeDecodeError = exceptionType('UnicodeDecodeError', PyExc_UnicodeError, 'Unicode decoding failed.', {
  slots: { tp_new: baseExceptionNew, tp_init: unicodeDecodeErrorInit, tp_str: unicodeDecodeErrorStr },
  members: unicodeErrorGetset(),
});
export const PyExc_UnicodeTranslateError = exceptionType('UnicodeTranslateError', PyExc_UnicodeError, 'Unicode translation failed.', {
  slots: { tp_new: baseExceptionNew, tp_init: unicodeTranslateErrorInit, tp_str: unicodeTranslateErrorStr },
  members: unicodeErrorGetset(),
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

/** BaseException.__new__: the positional arguments become args (keywords are __init__'s business). */
export function baseExceptionNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const e = exceptionAlloc(type);
  const nkw = kwnames?.length ?? 0;
  e.args = nkw === 0 ? new PyTuple(args) : new PyTuple(args.slice(0, args.length - nkw));
  return e;
}

export function baseExceptionInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const e = self as PyBaseException;
  if (kwnames !== null && kwnames.length) throw typeError(`${e.ob_type.tp_name}() takes no keyword arguments`);
  // type_call passes __new__ and __init__ the same arguments: args is then already that tuple.
  if (e.args.items !== args) e.args = new PyTuple(args);
}

export function baseExceptionStr(self: PyValue): string {
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
  return `${name}${PyObject_Repr(e.args)}`;
}

function baseExceptionReduce(e: PyBaseException): PyValue {
  return new PyTuple(e.ob_dict !== null ? [e.ob_type, e.args, e.ob_dict] : [e.ob_type, e.args]);
}

/** Sets the attributes of a pickled state dict.  CPython: BaseException___setstate___impl */
function baseExceptionSetstate(e: PyBaseException, state: PyValue): void {
  if (state === None) return;
  if (!(state instanceof PyDict)) throw typeError('state is not a dictionary');
  for (let i = state.next(0); i >= 0; i = state.next(i + 1)) PyObject_SetAttr(e, attrName(state.keys[i]), state.values[i]);
}

function setDict(e: PyBaseException, v: PyValue | null): void {
  if (v === null) throw typeError('cannot delete __dict__');
  if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).tp_name}'`);
  e.ob_dict = v;
}

function setArgs(e: PyBaseException, v: PyValue | null): void {
  if (v === null) throw typeError('args may not be deleted');
  e.args = v instanceof PyTuple && typeOf(v) === typeOf(EMPTY_TUPLE) ? v : new PyTuple(iterableToArray(v));
}

function setTraceback(e: PyBaseException, v: PyValue | null): void {
  if (v === null) throw typeError('__traceback__ may not be deleted');
  if (v !== None && !isTraceback(v)) throw typeError('__traceback__ must be a traceback or None');
  e.traceback = v;
}

function isTraceback(v: PyValue): boolean {
  return v instanceof PyObject && typeOf(v).tp_name === 'traceback' && !(typeOf(v).tp_flags & TPFLAGS.HEAPTYPE);
}

function setSuppressContext(e: PyBaseException, v: PyValue | null): void {
  if (v === null) throw typeError("can't delete numeric/char attribute");
  if (typeof v !== 'boolean') throw typeError('attribute value type must be bool');
  e.suppressContext = v;
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

/** BaseException.add_note(note): appends to the __notes__ attribute, a list made on first use. */
function addNoteMethod(e: PyBaseException, note: PyValue): void {
  if (!isStrValue(note)) throw typeError(`add_note() argument must be str, not ${typeOf(note).tp_name}`);
  const notes = PyObject_LookupAttr(e, '__notes__');
  if (notes === undefined) {
    PyObject_SetAttr(e, '__notes__', new PyList([note]));
    return;
  }
  if (!(notes instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list');
  notes.items.push(note);
}

// ---- raising ----

/** A new exception of a builtin type with the given args, bypassing __init__ (native raise sites). */
export function newException(type: PyType, args: readonly PyValue[]): PyBaseException {
  if (type === PyExc_OSError) return osErrorNew(type, args, null) as PyBaseException;
  const e = exceptionAlloc(type);
  e.args = new PyTuple(args);
  initNativeFields(e, args);
  return e;
}

/** An empty instance of an exception type, of the JS class its nearest builtin base uses. */
export function exceptionAlloc(type: PyType): PyBaseException {
  const e = exceptionAllocUntracked(type);
  // An instance of a class with __del__ is observable when it dies (vm/finalize.ts).
  if (type.tp_finalize !== null) trackObject(e);
  return e;
}

function exceptionAllocUntracked(type: PyType): PyBaseException {
  for (let t: PyType | null = type; t !== null; t = t.tp_base) {
    switch (t) {
      case PyExc_BaseException:
        return new PyBaseException(type);
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
  // newException without its searches: KeyError's nearest builtin base with its own JS class is
  // BaseException, and it has no fields beyond args (d[k] misses raise it in loops).
  const e = new PyBaseException(PyExc_KeyError);
  e.args = new PyTuple([key]);
  return e;
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
  // A JS error (a stack overflow caught on its way out) is no Python exception.
  if (et === undefined) return false;
  return et === t || et.tp_mro.includes(t);
}
