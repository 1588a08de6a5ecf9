// The _pickle module's state: the opcodes, the exceptions, and the tables it borrows from copyreg,
// _compat_pickle, codecs and functools.  CPython: Modules/_pickle.c (enum opcode, PickleState,
// _Pickle_InitState)
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { typeOf, type PyType } from '../../objects/type.ts';
import { PyDict } from '../../objects/dict.ts';
import { DictType } from '../../objects/dict-type.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyList } from '../../objects/list.ts';
import { PyObject_GetAttr, PyObject_Call, PyObject_GetItem } from '../../objects/abstract.ts';
import { newException, runtimeError, keyError, addNote, PyExc_Exception, PyBaseException } from '../../objects/exceptions.ts';
import { builtinsDict, interp } from '../../vm/interpreter.ts';
import { importModule } from '../../runtime/import.ts';
import { newExceptionClass } from '../hashlib-support.ts';

// ---- opcodes (pickletools documents each) ----
export const MARK = 0x28; // (
export const STOP = 0x2e; // .
export const POP = 0x30; // 0
export const POP_MARK = 0x31; // 1
export const DUP = 0x32; // 2
export const FLOAT = 0x46; // F
export const INT = 0x49; // I
export const BININT = 0x4a; // J
export const BININT1 = 0x4b; // K
export const LONG = 0x4c; // L
export const BININT2 = 0x4d; // M
export const NONE = 0x4e; // N
export const PERSID = 0x50; // P
export const BINPERSID = 0x51; // Q
export const REDUCE = 0x52; // R
export const STRING = 0x53; // S
export const BINSTRING = 0x54; // T
export const SHORT_BINSTRING = 0x55; // U
export const UNICODE = 0x56; // V
export const BINUNICODE = 0x58; // X
export const APPEND = 0x61; // a
export const BUILD = 0x62; // b
export const GLOBAL = 0x63; // c
export const DICT = 0x64; // d
export const EMPTY_DICT = 0x7d; // }
export const APPENDS = 0x65; // e
export const GET = 0x67; // g
export const BINGET = 0x68; // h
export const INST = 0x69; // i
export const LONG_BINGET = 0x6a; // j
export const LIST = 0x6c; // l
export const EMPTY_LIST = 0x5d; // ]
export const OBJ = 0x6f; // o
export const PUT = 0x70; // p
export const BINPUT = 0x71; // q
export const LONG_BINPUT = 0x72; // r
export const SETITEM = 0x73; // s
export const TUPLE = 0x74; // t
export const EMPTY_TUPLE = 0x29; // )
export const SETITEMS = 0x75; // u
export const BINFLOAT = 0x47; // G
// Protocol 2
export const PROTO = 0x80;
export const NEWOBJ = 0x81;
export const EXT1 = 0x82;
export const EXT2 = 0x83;
export const EXT4 = 0x84;
export const TUPLE1 = 0x85;
export const TUPLE2 = 0x86;
export const TUPLE3 = 0x87;
export const NEWTRUE = 0x88;
export const NEWFALSE = 0x89;
export const LONG1 = 0x8a;
export const LONG4 = 0x8b;
// Protocol 3
export const BINBYTES = 0x42; // B
export const SHORT_BINBYTES = 0x43; // C
// Protocol 4
export const SHORT_BINUNICODE = 0x8c;
export const BINUNICODE8 = 0x8d;
export const BINBYTES8 = 0x8e;
export const EMPTY_SET = 0x8f;
export const ADDITEMS = 0x90;
export const FROZENSET = 0x91;
export const NEWOBJ_EX = 0x92;
export const STACK_GLOBAL = 0x93;
export const MEMOIZE = 0x94;
export const FRAME = 0x95;
// Protocol 5
export const BYTEARRAY8 = 0x96;
export const NEXT_BUFFER = 0x97;
export const READONLY_BUFFER = 0x98;

export const HIGHEST_PROTOCOL = 5;
export const DEFAULT_PROTOCOL = 5;
/** How many items batch_list/batch_dict write between APPENDS/SETITEMS (pickle.Pickler._BATCHSIZE). */
export const BATCHSIZE = 1000;
/** Nesting depth past which fast mode starts looking for cycles. */
export const FAST_NESTING_LIMIT = 50;
export const FRAME_SIZE_MIN = 4;
export const FRAME_SIZE_TARGET = 64 * 1024;
export const FRAME_HEADER_SIZE = 9;

/** What each _pickle module keeps.  CPython: PickleState */
export interface PickleState {
  PickleError: PyType;
  PicklingError: PyType;
  UnpicklingError: PyType;
  /** The tables below are read from other modules on first use (CPython reads them at import). */
  loaded: boolean;
  dispatchTable: PyDict;
  extensionRegistry: PyDict;
  invertedRegistry: PyDict;
  extensionCache: PyDict;
  nameMapping2to3: PyDict;
  importMapping2to3: PyDict;
  nameMapping3to2: PyDict;
  importMapping3to2: PyDict;
  codecsEncode: PyValue;
  getattr: PyValue;
  partial: PyValue;
}

let current: PickleState | null = null;

// CPython: _pickle_exec (the exceptions)
export function newPickleState(): PickleState {
  const PickleError = newExceptionClass('_pickle', 'PickleError', PyExc_Exception);
  const empty = new PyDict();
  const st: PickleState = {
    PickleError,
    PicklingError: newExceptionClass('_pickle', 'PicklingError', PickleError),
    UnpicklingError: newExceptionClass('_pickle', 'UnpicklingError', PickleError),
    loaded: false,
    dispatchTable: empty,
    extensionRegistry: empty,
    invertedRegistry: empty,
    extensionCache: empty,
    nameMapping2to3: empty,
    importMapping2to3: empty,
    nameMapping3to2: empty,
    importMapping3to2: empty,
    codecsEncode: None,
    getattr: None,
    partial: None,
  };
  current = st;
  return st;
}

function dictAttr(module: PyValue, modName: string, name: string): PyDict {
  const v = PyObject_GetAttr(module, name);
  if (!(v instanceof PyDict) || typeOf(v) !== DictType) {
    throw runtimeError(`${modName}.${name} should be a dict, not ${typeOf(v).tp_name.slice(0, 200)}`);
  }
  return v;
}

/** The state of the _pickle module, with the borrowed tables loaded.  CPython: _Pickle_InitState */
export function pickleState(): PickleState {
  const st = current!;
  if (st.loaded) return st;
  st.getattr = builtinsDict().getStr('getattr')!;
  const copyreg = importModule('copyreg');
  st.dispatchTable = dictAttr(copyreg, 'copyreg', 'dispatch_table');
  st.extensionRegistry = dictAttr(copyreg, 'copyreg', '_extension_registry');
  st.invertedRegistry = dictAttr(copyreg, 'copyreg', '_inverted_registry');
  st.extensionCache = dictAttr(copyreg, 'copyreg', '_extension_cache');
  const compat = importModule('_compat_pickle');
  st.nameMapping2to3 = dictAttr(compat, '_compat_pickle', 'NAME_MAPPING');
  st.importMapping2to3 = dictAttr(compat, '_compat_pickle', 'IMPORT_MAPPING');
  st.nameMapping3to2 = dictAttr(compat, '_compat_pickle', 'REVERSE_NAME_MAPPING');
  st.importMapping3to2 = dictAttr(compat, '_compat_pickle', 'REVERSE_IMPORT_MAPPING');
  st.codecsEncode = PyObject_GetAttr(importModule('codecs'), 'encode');
  st.partial = PyObject_GetAttr(importModule('functools'), 'partial');
  st.loaded = true;
  return st;
}

/** The state without loading the tables (for the exceptions). */
export function pickleStateLight(): PickleState {
  return current!;
}

export function picklingError(msg: string): PyBaseException {
  return newException(pickleStateLight().PicklingError, [msg]);
}

export function unpicklingError(msg: string): PyBaseException {
  return newException(pickleStateLight().UnpicklingError, [msg]);
}

/** Adds a note to a Python exception on its way out.  CPython: _PyErr_FormatNote */
export function noteOn(e: unknown, note: string): void {
  if (e instanceof PyObject) addNote(e, note);
}

/** Sets exc's __context__ to the exception it replaces.  CPython: _PyErr_ChainExceptions1 */
export function chained(exc: PyBaseException, cause: unknown): PyBaseException {
  if (cause instanceof PyBaseException) exc.context = cause;
  return exc;
}

/** __import__(name, fromlist=['__doc__']) then sys.modules[name].  CPython: PyImport_Import */
export function importImport(name: PyValue): PyValue {
  const imp = builtinsDict().getStr('__import__')!;
  PyObject_Call(imp, [name, None, None, new PyList(['__doc__']), 0], null);
  const modules = PyObject_GetAttr(interp().sys, 'modules');
  if (modules instanceof PyDict) {
    const m = modules.get(name);
    if (m === undefined) throw keyError(name);
    return m;
  }
  return PyObject_GetItem(modules, name);
}

/** name.split('.') as a list of str.  CPython: get_dotted_path */
export function dottedPath(name: string): string[] {
  return name.split('.');
}

export function pair(a: PyValue, b: PyValue): PyTuple {
  return new PyTuple([a, b]);
}
