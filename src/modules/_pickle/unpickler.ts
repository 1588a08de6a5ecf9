// _pickle.Unpickler: pickle bytes back to objects, the opcode loop and its input (a bytes-like
// object, or a file read in frames).  CPython: Modules/_pickle.c (load and its load_* helpers,
// _Unpickler_Read*, find_class)
import { None, PyObject, type PyValue } from '../../objects/object.ts';
import { typeOf, PyType, PyType_IsSubtype } from '../../objects/type.ts';
import { PyFloat } from '../../objects/float.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyByteArray } from '../../objects/bytearray.ts';
import { PyTuple, EMPTY_TUPLE } from '../../objects/tuple.ts';
import { PyList } from '../../objects/list.ts';
import { PyDict } from '../../objects/dict.ts';
import { newSet, setUpdateFromIterable, makeNewSet, FrozenSetType, SetType } from '../../objects/set-type.ts';
import { PySetObject } from '../../objects/set.ts';
import { ListType } from '../../objects/list.ts';
import { DictType } from '../../objects/dict-type.ts';
import { isStrValue, strValue } from '../../objects/boxes.ts';
import {
  PyObject_GetAttr, PyObject_LookupAttr, PyObject_CallOneArg, PyObject_Call, PyObject_CallMethod, PyObject_SetItem,
  PyObject_SetAttr, PyIter_Next, PyObject_Repr,
} from '../../objects/abstract.ts';
import { typeError, valueError, overflowError, runtimeError, attributeError, newException, exceptionMatches, PyExc_EOFError } from '../../objects/exceptions.ts';
import { memoryviewFromObject } from '../../objects/memoryview.ts';
import { intFromByteArray } from '../../objects/int/bytes.ts';
import { parseIntText } from '../../objects/int/parse.ts';
import { parseAsciiFloat } from '../../objects/float/strtod.ts';
import { escapeDecode, rawUnicodeEscapeDecode } from '../../objects/codecs/escape.ts';
import { utf8Decode } from '../../objects/codecs/utf8.ts';
import { asciiDecode, latin1Decode } from '../../objects/codecs/latin1.ts';
import { decodeText } from '../../objects/codecs/registry.ts';
import { sysAudit } from '../sys.ts';
import { badReadline, endFrame, skipConsumed, read, readInto, readline } from './input.ts';
import * as O from './state.ts';
import { type PickleState, pickleState, unpicklingError, chained, importImport, pair } from './state.ts';

const EMPTY = new Uint8Array(0);

export class PyUnpickler extends PyObject {
  /** The input: the bytes given to loads(), or the last chunk read from the file. */
  input: Uint8Array = EMPTY;
  inputLen = 0;
  nextReadIdx = 0;
  prefetchedIdx = 0;
  /** Where the current frame ends in `input` (input_len is capped there meanwhile), or -1. */
  frameEnd = -1;
  savedInputLen = 0;
  read: PyValue | null = null;
  readinto: PyValue | null = null;
  readline: PyValue | null = null;
  peek: PyValue | null = null;
  buffers: PyValue | null = null;
  encoding = 'ASCII';
  errors = 'strict';
  fixImports = true;
  proto = 0;
  stack: PyValue[] = [];
  /** Stack depth below which pops fail (the last mark). */
  fence = 0;
  marks: number[] = [];
  memo: (PyValue | undefined)[] = [];
  memoLen = 0;
  persistentLoad: PyValue | null = null;
  persistentLoadAttr: PyValue | null = null;
  running = false;
}

function latin1(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i++) s += String.fromCharCode(d[i]);
  return s;
}

// ---- the stack and marks ----

function stackUnderflow(self: PyUnpickler): never {
  throw unpicklingError(self.marks.length > 0 ? 'unexpected MARK found' : 'unpickling stack underflow');
}

function pop(self: PyUnpickler): PyValue {
  if (self.stack.length <= self.fence) stackUnderflow(self);
  return self.stack.pop()!;
}

function top(self: PyUnpickler): PyValue {
  if (self.stack.length <= self.fence) stackUnderflow(self);
  return self.stack[self.stack.length - 1];
}

// CPython: marker
function marker(self: PyUnpickler): number {
  if (self.marks.length < 1) throw unpicklingError('could not find MARK');
  const mark = self.marks.pop()!;
  self.fence = self.marks.length ? self.marks[self.marks.length - 1] : 0;
  return mark;
}

// CPython: Pdata_poptuple
function popTuple(self: PyUnpickler, start: number): PyTuple {
  if (start < self.fence) stackUnderflow(self);
  const items = self.stack.splice(start);
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

function popList(self: PyUnpickler, start: number): PyValue[] {
  return self.stack.splice(start);
}

// ---- the memo ----

function memoGet(self: PyUnpickler, idx: number): PyValue {
  const v = idx >= 0 ? self.memo[idx] : undefined;
  if (v === undefined) throw unpicklingError(`Memo value not found at index ${idx}`);
  return v;
}

// CPython: _Unpickler_MemoPut
export function memoPut(self: PyUnpickler, idx: number, value: PyValue): void {
  if (self.memo[idx] === undefined) self.memoLen++;
  self.memo[idx] = value;
}

// ---- numbers and strings ----

/** Little-endian unsigned size; -1 past 2**63-1.  CPython: calc_binsize */
function calcBinsize(d: Uint8Array, at: number, n: number): number {
  let x = 0;
  for (let i = n - 1; i >= 0; i--) x = x * 256 + d[at + i];
  if (n === 8 && d[at + 7] >= 0x80) return -1;
  return x;
}

/** BININT1/2 are unsigned, BININT (4 bytes) is signed.  CPython: calc_binint */
function calcBinint(d: Uint8Array, at: number, n: number): number {
  if (n === 1) return d[at];
  if (n === 2) return d[at] | (d[at + 1] << 8);
  return d[at] | (d[at + 1] << 8) | (d[at + 2] << 16) | (d[at + 3] << 24);
}

const STRTOL = /^[ \t\n\v\f\r]*([+-]?[0-9]+)(\n|\0|$)/;

// CPython: load_int
function loadInt(self: PyUnpickler): void {
  const line = readline(self);
  if (line.length < 2) badReadline();
  const s = latin1(line);
  const m = STRTOL.exec(s);
  let value: PyValue | null = null;
  if (m !== null) {
    const big = BigInt(m[1]);
    if (big <= 0x7fffffffffffffffn && big >= -0x8000000000000000n) {
      const x = Number(big) === Number(big) && (big <= BigInt(Number.MAX_SAFE_INTEGER) && big >= -BigInt(Number.MAX_SAFE_INTEGER)) ? Number(big) : big;
      value = line.length === 3 && (x === 0 || x === 1) ? x === 1 : x;
    }
  }
  if (value === null) {
    const v = parseIntText(cString(s), 10);
    if (v === null) throw valueError('could not convert string to int');
    value = v;
  }
  self.stack.push(value);
}

/** The text up to a NUL, as C string functions see it. */
function cString(s: string): string {
  const z = s.indexOf('\0');
  return z < 0 ? s : s.slice(0, z);
}

/** PyLong_FromString(s, NULL, 10), with its error message. */
function longFromString(s: string): PyValue {
  const t = cString(s);
  const v = parseIntText(t, 10);
  if (v === null) throw valueError(`invalid literal for int() with base 10: ${reprAscii(t.slice(0, 200))}`);
  return v;
}

function reprAscii(s: string): string {
  let out = "'";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === "'" || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + "'";
}

// CPython: load_long
function loadLong(self: PyUnpickler): void {
  const line = readline(self);
  if (line.length < 2) badReadline();
  let s = latin1(line);
  if (s[s.length - 2] === 'L') s = s.slice(0, s.length - 2);
  self.stack.push(longFromString(s));
}

// CPython: load_counted_long
function loadCountedLong(self: PyUnpickler, size: number): void {
  let at = read(self, size);
  const n = calcBinint(self.input, at, size);
  if (n < 0) throw unpicklingError('LONG pickle has negative byte count');
  if (n === 0) {
    self.stack.push(0);
    return;
  }
  at = read(self, n);
  self.stack.push(intFromByteArray(self.input.subarray(at, at + n), true, true));
}

const FLOAT_PREFIX = /^[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf(?:inity)?|nan)/i;

// CPython: load_float (PyOS_string_to_double: the longest float prefix, then a newline)
function loadFloat(self: PyUnpickler): void {
  const line = readline(self);
  if (line.length < 2) badReadline();
  const s = cString(latin1(line));
  const m = FLOAT_PREFIX.exec(s);
  if (m === null) throw valueError(`could not convert string to float: '${s.slice(0, 200)}'`);
  const d = parseAsciiFloat(m[0].replace(/^([+-]?)\./, '$10.'))!;
  if (!isFinite(d) && !/inf|nan/i.test(m[0])) throw overflowError(`value too large to convert to float: '${s.slice(0, 200)}'`);
  const rest = s.charCodeAt(m[0].length);
  if (rest !== 0x0a && !Number.isNaN(rest)) throw valueError('could not convert string to float');
  self.stack.push(new PyFloat(d));
}

// CPython: load_binfloat
function loadBinfloat(self: PyUnpickler): void {
  const at = read(self, 8);
  const d = self.input;
  // Big-endian IEEE 754 (PyFloat_Unpack8 with le=0).
  for (let i = 0; i < 8; i++) FLOAT_BYTES[LITTLE_ENDIAN_HOST ? 7 - i : i] = d[at + i];
  self.stack.push(new PyFloat(FLOAT64[0]));
}

const FLOAT64 = new Float64Array(1);
const FLOAT_BYTES = new Uint8Array(FLOAT64.buffer);
const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A Python 2 str: bytes with encoding 'bytes', else text in the Unpickler's encoding. */
function py2String(self: PyUnpickler, d: Uint8Array): PyValue {
  if (self.encoding === 'bytes') return new PyBytes(d);
  const enc = self.encoding.toLowerCase();
  if ((enc === 'ascii') && self.errors === 'strict') return asciiDecode(d, 'strict');
  if ((enc === 'latin1' || enc === 'latin-1') && self.errors === 'strict') return latin1Decode(d);
  return decodeText(d, self.encoding, self.errors);
}

// CPython: load_string
function loadString(self: PyUnpickler): void {
  const line = readline(self);
  const len = line.length - 1;
  const q = line[0];
  if (!(len >= 2 && line[0] === line[len - 1] && (q === 0x27 || q === 0x22))) throw unpicklingError('the STRING opcode argument must be quoted');
  const bytes = escapeDecode(line.subarray(1, len - 1), null);
  self.stack.push(py2String(self, bytes));
}

// CPython: load_counted_binstring
function loadCountedBinstring(self: PyUnpickler, nbytes: number): void {
  let at = read(self, nbytes);
  const size = calcBinint(self.input, at, nbytes);
  if (size < 0) throw unpicklingError('BINSTRING pickle has negative byte count');
  at = read(self, size);
  self.stack.push(py2String(self, self.input.slice(at, at + size)));
}

const SSIZE_MAX = '9223372036854775807';

// CPython: load_counted_binbytes
function loadCountedBinbytes(self: PyUnpickler, nbytes: number): void {
  const at = read(self, nbytes);
  const size = calcBinsize(self.input, at, nbytes);
  if (size < 0) throw overflowError(`BINBYTES exceeds system's maximum size of ${SSIZE_MAX} bytes`);
  self.stack.push(new PyBytes(readInto(self, size)));
}

// CPython: load_counted_bytearray
function loadCountedBytearray(self: PyUnpickler): void {
  const at = read(self, 8);
  const size = calcBinsize(self.input, at, 8);
  if (size < 0) throw overflowError(`BYTEARRAY8 exceeds system's maximum size of ${SSIZE_MAX} bytes`);
  self.stack.push(new PyByteArray(readInto(self, size)));
}

// CPython: load_next_buffer
function loadNextBuffer(self: PyUnpickler): void {
  if (self.buffers === null) throw unpicklingError('pickle stream refers to out-of-band data but no *buffers* argument was given');
  const buf = PyIter_Next(self.buffers);
  if (buf === undefined) throw unpicklingError('not enough out-of-band buffers');
  self.stack.push(buf);
}

// CPython: load_readonly_buffer
function loadReadonlyBuffer(self: PyUnpickler): void {
  const len = self.stack.length;
  if (len <= self.fence) stackUnderflow(self);
  const view = memoryviewFromObject(self.stack[len - 1]);
  if (!view.readonly) {
    view.readonly = true;
    self.stack[len - 1] = view;
  }
}

// CPython: load_unicode
function loadUnicode(self: PyUnpickler): void {
  const line = readline(self);
  if (line.length < 1) badReadline();
  self.stack.push(rawUnicodeEscapeDecode(line.subarray(0, line.length - 1), null, true)[0]);
}

// CPython: load_counted_binunicode
function loadCountedBinunicode(self: PyUnpickler, nbytes: number): void {
  let at = read(self, nbytes);
  const size = calcBinsize(self.input, at, nbytes);
  if (size < 0) throw overflowError(`BINUNICODE exceeds system's maximum size of ${SSIZE_MAX} bytes`);
  at = read(self, size);
  const d = self.input;
  let ascii = true;
  for (let i = at; i < at + size; i++) {
    if (d[i] > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii && size < 4096) {
    self.stack.push(String.fromCharCode.apply(null, d.subarray(at, at + size) as unknown as number[]));
    return;
  }
  self.stack.push(utf8Decode(d.subarray(at, at + size), 'surrogatepass', true)[0]);
}

// ---- containers ----

// CPython: load_counted_tuple
function loadCountedTuple(self: PyUnpickler, len: number): void {
  if (self.stack.length < len) stackUnderflow(self);
  self.stack.push(popTuple(self, self.stack.length - len));
}

// CPython: load_dict
function loadDict(self: PyUnpickler): void {
  const i = marker(self);
  const j = self.stack.length;
  const dict = new PyDict();
  if ((j - i) % 2 !== 0) throw unpicklingError('odd number of items for DICT');
  for (let k = i + 1; k < j; k += 2) dict.set(self.stack[k - 1], self.stack[k]);
  self.stack.length = i;
  self.stack.push(dict);
}

// CPython: instantiate
function instantiate(cls: PyValue, args: PyTuple): PyValue {
  if (args.items.length === 0 && cls instanceof PyType && PyObject_LookupAttr(cls, '__getinitargs__') === undefined) {
    return PyObject_CallMethod(cls, '__new__', [cls]);
  }
  return PyObject_Call(cls, args.items, null);
}

// CPython: load_obj
function loadObj(self: PyUnpickler): void {
  const i = marker(self);
  if (self.stack.length - i < 1) stackUnderflow(self);
  const args = popTuple(self, i + 1);
  const cls = pop(self);
  self.stack.push(instantiate(cls, args));
}

function asciiLine(line: Uint8Array): string {
  return asciiDecode(line.subarray(0, line.length - 1), 'strict');
}

// CPython: load_inst
function loadInst(self: PyUnpickler): void {
  const i = marker(self);
  let line = readline(self);
  if (line.length < 2) badReadline();
  const moduleName = asciiLine(line);
  line = readline(self);
  if (line.length < 2) badReadline();
  const className = asciiLine(line);
  const cls = findClass(self, moduleName, className);
  const args = popTuple(self, i);
  self.stack.push(instantiate(cls, args));
}

// CPython: load_newobj
function loadNewobj(self: PyUnpickler, useKwargs: boolean): void {
  const kwargs = useKwargs ? pop(self) : null;
  const args = pop(self);
  const cls = pop(self);
  const op = useKwargs ? 'NEWOBJ_EX' : 'NEWOBJ';
  if (!(cls instanceof PyType)) throw unpicklingError(`${op} class argument must be a type, not ${typeOf(cls).tp_name.slice(0, 200)}`);
  if (cls.tp_new === null) throw unpicklingError(`${op} class argument '${typeOf(cls).tp_name.slice(0, 200)}' doesn't have __new__`);
  if (!(args instanceof PyTuple)) throw unpicklingError(`${op} args argument must be a tuple, not ${typeOf(args).tp_name.slice(0, 200)}`);
  if (useKwargs && !(kwargs instanceof PyDict)) throw unpicklingError(`${op} kwargs argument must be a dict, not ${typeOf(kwargs!).tp_name.slice(0, 200)}`);
  let obj: PyValue;
  if (kwargs instanceof PyDict && kwargs.used > 0) {
    const all = args.items.slice();
    const names: string[] = [];
    for (let k = kwargs.next(0); k >= 0; k = kwargs.next(k + 1)) {
      const key = kwargs.keys[k];
      if (!isStrValue(key)) throw typeError('keywords must be strings');
      names.push(strValue(key));
      all.push(kwargs.values[k]);
    }
    obj = cls.tp_new(cls, all, names);
  } else {
    obj = cls.tp_new(cls, args.items, null);
  }
  self.stack.push(obj);
}

function utf8Line(line: Uint8Array): string {
  return utf8Decode(line.subarray(0, line.length - 1), 'strict', true)[0];
}

// CPython: load_global
function loadGlobal(self: PyUnpickler): void {
  let line = readline(self);
  if (line.length < 2) badReadline();
  const moduleName = utf8Line(line);
  line = readline(self);
  if (line.length < 2) badReadline();
  const globalName = utf8Line(line);
  self.stack.push(findClass(self, moduleName, globalName));
}

// CPython: load_stack_global
function loadStackGlobal(self: PyUnpickler): void {
  const globalName = pop(self);
  const moduleName = pop(self);
  if (typeof globalName !== 'string' || typeof moduleName !== 'string') throw unpicklingError('STACK_GLOBAL requires str');
  self.stack.push(findClass(self, moduleName, globalName));
}

// CPython: load_persid
function loadPersid(self: PyUnpickler): void {
  const line = readline(self);
  if (line.length < 1) badReadline();
  let pid: string;
  try {
    pid = asciiDecode(line.subarray(0, line.length - 1), 'strict');
  } catch (e) {
    if (e instanceof PyObject && typeOf(e).tp_name === 'UnicodeDecodeError') throw unpicklingError('persistent IDs in protocol 0 must be ASCII strings');
    throw e;
  }
  self.stack.push(PyObject_CallOneArg(self.persistentLoad!, pid));
}

// CPython: load_binpersid
function loadBinpersid(self: PyUnpickler): void {
  const pid = pop(self);
  self.stack.push(PyObject_CallOneArg(self.persistentLoad!, pid));
}

// CPython: load_pop
function loadPop(self: PyUnpickler): void {
  const len = self.stack.length;
  // The mark stack is separate from the object stack: POP right after MARK pops the mark.
  if (self.marks.length > 0 && self.marks[self.marks.length - 1] === len) {
    self.marks.pop();
    self.fence = self.marks.length ? self.marks[self.marks.length - 1] : 0;
  } else if (len <= self.fence) stackUnderflow(self);
  else self.stack.length = len - 1;
}

// CPython: load_get
function loadGet(self: PyUnpickler): void {
  const line = readline(self);
  if (line.length < 2) badReadline();
  const key = longFromString(latin1(line));
  if (typeof key !== 'number') throw overflowError('Python int too large to convert to C ssize_t');
  self.stack.push(memoGet(self, key));
}

// CPython: load_extension
function loadExtension(self: PyUnpickler, st: PickleState, nbytes: number): void {
  const at = read(self, nbytes);
  const code = calcBinint(self.input, at, nbytes);
  if (code <= 0) throw unpicklingError('EXT specifies code <= 0');
  const cached = st.extensionCache.get(code);
  if (cached !== undefined) {
    self.stack.push(cached);
    return;
  }
  const p = st.invertedRegistry.get(code);
  if (p === undefined) throw valueError(`unregistered extension code ${code}`);
  if (!(p instanceof PyTuple) || p.items.length !== 2 || !isStrValue(p.items[0]) || !isStrValue(p.items[1])) {
    throw valueError(`_inverted_registry[${code}] isn't a 2-tuple of strings`);
  }
  const obj = findClass(self, p.items[0], p.items[1]);
  st.extensionCache.set(code, obj);
  self.stack.push(obj);
}

// CPython: load_put
function loadPut(self: PyUnpickler): void {
  const line = readline(self);
  if (line.length < 2) badReadline();
  const value = top(self);
  const key = longFromString(latin1(line));
  if (typeof key !== 'number') throw overflowError('Python int too large to convert to C ssize_t');
  if (key < 0) throw valueError('negative PUT argument');
  memoPut(self, key, value);
}

// CPython: do_append
function doAppend(self: PyUnpickler, x: number): void {
  const len = self.stack.length;
  if (x > len || x <= self.fence) stackUnderflow(self);
  if (len === x) return;
  const list = self.stack[x - 1];
  if (list instanceof PyList && typeOf(list) === ListType) {
    const items = popList(self, x);
    for (let i = 0; i < items.length; i++) list.items.push(items[i]);
    return;
  }
  const extend = PyObject_LookupAttr(list, 'extend');
  if (extend !== undefined) {
    const slice = new PyList(popList(self, x));
    PyObject_CallOneArg(extend, slice);
    return;
  }
  // PEP 307 asks for extend(); append() is still accepted.
  const append = PyObject_GetAttr(list, 'append');
  try {
    for (let i = x; i < len; i++) PyObject_CallOneArg(append, self.stack[i]);
  } finally {
    self.stack.length = x;
  }
}

// CPython: do_setitems
function doSetitems(self: PyUnpickler, x: number): void {
  const len = self.stack.length;
  if (x > len || x <= self.fence) stackUnderflow(self);
  if (len === x) return;
  if ((len - x) % 2 !== 0) throw unpicklingError('odd number of items for SETITEMS');
  const dict = self.stack[x - 1];
  try {
    if (dict instanceof PyDict && typeOf(dict) === DictType) {
      for (let i = x + 1; i < len; i += 2) dict.set(self.stack[i - 1], self.stack[i]);
    } else {
      for (let i = x + 1; i < len; i += 2) PyObject_SetItem(dict, self.stack[i - 1], self.stack[i]);
    }
  } finally {
    self.stack.length = x;
  }
}

/** set or a subclass of set (not frozenset). */
function isSetOrSubclass(v: PyValue): v is PySetObject {
  return v instanceof PySetObject && (typeOf(v) === SetType || PyType_IsSubtype(typeOf(v), SetType));
}

// CPython: load_additems
function loadAdditems(self: PyUnpickler): void {
  const mark = marker(self);
  const len = self.stack.length;
  if (mark > len || mark <= self.fence) stackUnderflow(self);
  if (len === mark) return;
  const set = self.stack[mark - 1];
  if (isSetOrSubclass(set)) {
    const items = popTuple(self, mark);
    setUpdateFromIterable(set, items);
    return;
  }
  const add = PyObject_GetAttr(set, 'add');
  try {
    for (let i = mark; i < len; i++) PyObject_CallOneArg(add, self.stack[i]);
  } finally {
    self.stack.length = mark;
  }
}

// CPython: load_build
function loadBuild(self: PyUnpickler): void {
  if (self.stack.length - 2 < self.fence) stackUnderflow(self);
  let state = pop(self);
  const inst = self.stack[self.stack.length - 1];
  const setstate = PyObject_LookupAttr(inst, '__setstate__');
  if (setstate !== undefined) {
    PyObject_CallOneArg(setstate, state);
    return;
  }
  // The default __setstate__: state, or (state, slotstate) from protocol 2.
  let slotstate: PyValue | null = null;
  if (state instanceof PyTuple && state.items.length === 2) {
    slotstate = state.items[1];
    state = state.items[0];
  }
  if (state !== None) {
    if (!(state instanceof PyDict)) throw unpicklingError('state is not a dictionary');
    const dict = PyObject_GetAttr(inst, '__dict__');
    for (let i = state.next(0); i >= 0; i = state.next(i + 1)) PyObject_SetItem(dict, state.keys[i], state.values[i]);
  }
  if (slotstate !== null) {
    if (!(slotstate instanceof PyDict)) throw unpicklingError('slot state is not a dictionary');
    for (let i = slotstate.next(0); i >= 0; i = slotstate.next(i + 1)) {
      const k = slotstate.keys[i];
      if (!isStrValue(k)) throw typeError(`attribute name must be string, not '${typeOf(k).tp_name}'`);
      PyObject_SetAttr(inst, strValue(k), slotstate.values[i]);
    }
  }
}

// CPython: load_mark
function loadMark(self: PyUnpickler): void {
  self.fence = self.stack.length;
  self.marks.push(self.fence);
}

// CPython: load_reduce
function loadReduce(self: PyUnpickler): void {
  const argtup = pop(self);
  const callable = pop(self);
  if (!(argtup instanceof PyTuple)) throw typeError('argument list must be a tuple');
  self.stack.push(PyObject_Call(callable, argtup.items, null));
}

// CPython: load_proto
function loadProto(self: PyUnpickler): void {
  const at = read(self, 1);
  const i = self.input[at];
  if (i > O.HIGHEST_PROTOCOL) throw valueError(`unsupported pickle protocol: ${i}`);
  self.proto = i;
}

// CPython: load_frame
function loadFrame(self: PyUnpickler): void {
  const at = read(self, 8);
  if (self.frameEnd >= 0) {
    if (self.nextReadIdx < self.frameEnd) throw unpicklingError('beginning of a new frame before end of current frame');
    endFrame(self);
  }
  const frameLen = calcBinsize(self.input, at, 8);
  if (frameLen < 0) throw overflowError(`FRAME length exceeds system's maximum of ${SSIZE_MAX} bytes`);
  read(self, frameLen);
  self.nextReadIdx -= frameLen;
  // input_len is capped at the frame's end so that no read crosses it (PEP 3154).
  self.frameEnd = self.nextReadIdx + frameLen;
  self.savedInputLen = self.inputLen;
  self.inputLen = self.frameEnd;
}

function invalidLoadKey(c: number): never {
  if (c >= 0x20 && c <= 0x7e && c !== 0x27 && c !== 0x5c) throw unpicklingError(`invalid load key, '${String.fromCharCode(c)}'.`);
  throw unpicklingError(`invalid load key, '\\x${c.toString(16).padStart(2, '0')}'.`);
}

/** One opcode.  Returns false at STOP. */
function step(self: PyUnpickler, st: PickleState, op: number): boolean {
  const stack = self.stack;
  switch (op) {
    case O.NONE:
      stack.push(None);
      break;
    case O.BININT: {
      const at = read(self, 4);
      stack.push(calcBinint(self.input, at, 4));
      break;
    }
    case O.BININT1: {
      const at = read(self, 1);
      stack.push(self.input[at]);
      break;
    }
    case O.BININT2: {
      const at = read(self, 2);
      stack.push(calcBinint(self.input, at, 2));
      break;
    }
    case O.INT:
      loadInt(self);
      break;
    case O.LONG:
      loadLong(self);
      break;
    case O.LONG1:
      loadCountedLong(self, 1);
      break;
    case O.LONG4:
      loadCountedLong(self, 4);
      break;
    case O.FLOAT:
      loadFloat(self);
      break;
    case O.BINFLOAT:
      loadBinfloat(self);
      break;
    case O.SHORT_BINBYTES:
      loadCountedBinbytes(self, 1);
      break;
    case O.BINBYTES:
      loadCountedBinbytes(self, 4);
      break;
    case O.BINBYTES8:
      loadCountedBinbytes(self, 8);
      break;
    case O.BYTEARRAY8:
      loadCountedBytearray(self);
      break;
    case O.NEXT_BUFFER:
      loadNextBuffer(self);
      break;
    case O.READONLY_BUFFER:
      loadReadonlyBuffer(self);
      break;
    case O.SHORT_BINSTRING:
      loadCountedBinstring(self, 1);
      break;
    case O.BINSTRING:
      loadCountedBinstring(self, 4);
      break;
    case O.STRING:
      loadString(self);
      break;
    case O.UNICODE:
      loadUnicode(self);
      break;
    case O.SHORT_BINUNICODE:
      loadCountedBinunicode(self, 1);
      break;
    case O.BINUNICODE:
      loadCountedBinunicode(self, 4);
      break;
    case O.BINUNICODE8:
      loadCountedBinunicode(self, 8);
      break;
    case O.EMPTY_TUPLE:
      stack.push(EMPTY_TUPLE);
      break;
    case O.TUPLE1:
      loadCountedTuple(self, 1);
      break;
    case O.TUPLE2:
      loadCountedTuple(self, 2);
      break;
    case O.TUPLE3:
      loadCountedTuple(self, 3);
      break;
    case O.TUPLE:
      loadCountedTuple(self, stack.length - marker(self));
      break;
    case O.EMPTY_LIST:
      stack.push(new PyList([]));
      break;
    case O.LIST:
      stack.push(new PyList(popList(self, marker(self))));
      break;
    case O.EMPTY_DICT:
      stack.push(new PyDict());
      break;
    case O.DICT:
      loadDict(self);
      break;
    case O.EMPTY_SET:
      stack.push(newSet());
      break;
    case O.ADDITEMS:
      loadAdditems(self);
      break;
    case O.FROZENSET:
      stack.push(makeNewSet(FrozenSetType, popTuple(self, marker(self))));
      break;
    case O.OBJ:
      loadObj(self);
      break;
    case O.INST:
      loadInst(self);
      break;
    case O.NEWOBJ:
      loadNewobj(self, false);
      break;
    case O.NEWOBJ_EX:
      loadNewobj(self, true);
      break;
    case O.GLOBAL:
      loadGlobal(self);
      break;
    case O.STACK_GLOBAL:
      loadStackGlobal(self);
      break;
    case O.APPEND:
      if (stack.length - 1 <= self.fence) stackUnderflow(self);
      doAppend(self, stack.length - 1);
      break;
    case O.APPENDS:
      doAppend(self, marker(self));
      break;
    case O.BUILD:
      loadBuild(self);
      break;
    case O.DUP:
      stack.push(top(self));
      break;
    case O.BINGET: {
      const at = read(self, 1);
      stack.push(memoGet(self, self.input[at]));
      break;
    }
    case O.LONG_BINGET: {
      const at = read(self, 4);
      stack.push(memoGet(self, calcBinsize(self.input, at, 4)));
      break;
    }
    case O.GET:
      loadGet(self);
      break;
    case O.MARK:
      loadMark(self);
      break;
    case O.BINPUT: {
      const at = read(self, 1);
      memoPut(self, self.input[at], top(self));
      break;
    }
    case O.LONG_BINPUT: {
      const at = read(self, 4);
      const value = top(self);
      memoPut(self, calcBinsize(self.input, at, 4), value);
      break;
    }
    case O.PUT:
      loadPut(self);
      break;
    case O.MEMOIZE:
      memoPut(self, self.memoLen, top(self));
      break;
    case O.POP:
      loadPop(self);
      break;
    case O.POP_MARK:
      stack.length = marker(self);
      break;
    case O.SETITEM:
      doSetitems(self, stack.length - 2);
      break;
    case O.SETITEMS:
      doSetitems(self, marker(self));
      break;
    case O.PERSID:
      loadPersid(self);
      break;
    case O.BINPERSID:
      loadBinpersid(self);
      break;
    case O.REDUCE:
      loadReduce(self);
      break;
    case O.PROTO:
      loadProto(self);
      break;
    case O.FRAME:
      loadFrame(self);
      break;
    case O.EXT1:
      loadExtension(self, st, 1);
      break;
    case O.EXT2:
      loadExtension(self, st, 2);
      break;
    case O.EXT4:
      loadExtension(self, st, 4);
      break;
    case O.NEWTRUE:
      stack.push(true);
      break;
    case O.NEWFALSE:
      stack.push(false);
      break;
    case O.STOP:
      return false;
    default:
      invalidLoadKey(op);
  }
  return true;
}

// CPython: load
export function load(self: PyUnpickler): PyValue {
  const st = pickleState();
  self.marks.length = 0;
  self.fence = 0;
  self.proto = 0;
  self.stack.length = 0;
  self.persistentLoad = PyObject_GetAttr(self, 'persistent_load');
  try {
    for (;;) {
      let at: number;
      try {
        at = read(self, 1);
      } catch (e) {
        if (e instanceof PyObject && exceptionMatches(e, st.UnpicklingError)) throw newException(PyExc_EOFError, ['Ran out of input']);
        throw e;
      }
      if (!step(self, st, self.input[at])) break;
    }
    skipConsumed(self);
    return pop(self);
  } finally {
    self.persistentLoad = null;
  }
}

// ---- find_class ----

function mappedName(st: PickleState, moduleName: PyValue, globalName: PyValue): [PyValue, PyValue] {
  const item = st.nameMapping2to3.get(pair(moduleName, globalName));
  if (item !== undefined) {
    if (!(item instanceof PyTuple) || item.items.length !== 2) {
      throw runtimeError(`_compat_pickle.NAME_MAPPING values should be 2-tuples, not ${typeOf(item).tp_name.slice(0, 200)}`);
    }
    const [m, g] = item.items;
    if (!isStrValue(m) || !isStrValue(g)) {
      throw runtimeError(`_compat_pickle.NAME_MAPPING values should be pairs of str, not (${typeOf(m).tp_name.slice(0, 200)}, ${typeOf(g).tp_name.slice(0, 200)})`);
    }
    return [m, g];
  }
  const mod = st.importMapping2to3.get(moduleName);
  if (mod !== undefined) {
    if (!isStrValue(mod)) throw runtimeError(`_compat_pickle.IMPORT_MAPPING values should be strings, not ${typeOf(mod).tp_name.slice(0, 200)}`);
    return [mod, globalName];
  }
  return [moduleName, globalName];
}

/** Unpickler.find_class as the opcodes call it (a subclass may override it). */
function findClass(self: PyUnpickler, moduleName: PyValue, globalName: PyValue): PyValue {
  return PyObject_CallMethod(self, 'find_class', [moduleName, globalName]);
}

// CPython: _pickle_Unpickler_find_class_impl
export function findClassDefault(self: PyUnpickler, moduleName: PyValue, globalName: PyValue): PyValue {
  sysAudit('pickle.find_class', [moduleName, globalName]);
  const st = pickleState();
  if (self.proto < 3 && self.fixImports) [moduleName, globalName] = mappedName(st, moduleName, globalName);
  const module = importImport(moduleName);
  if (self.proto >= 4) {
    if (!isStrValue(globalName)) throw typeError(`descriptor 'split' for 'str' objects doesn't apply to a '${typeOf(globalName).tp_name}' object`);
    const dotted = strValue(globalName).split('.');
    let obj: PyValue = module;
    try {
      for (const name of dotted) obj = PyObject_GetAttr(obj, name);
    } catch (e) {
      if (dotted.length > 1 && e instanceof PyObject) {
        throw chained(attributeError(`Can't resolve path ${PyObject_Repr(globalName)} on module ${PyObject_Repr(moduleName)}`), e);
      }
      throw e;
    }
    return obj;
  }
  if (!isStrValue(globalName)) throw typeError(`attribute name must be string, not '${typeOf(globalName).tp_name}'`);
  return PyObject_GetAttr(module, strValue(globalName));
}

