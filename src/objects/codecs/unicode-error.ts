// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their __init__, __str__ and
// attributes, and the helpers codecs use to create them.  CPython: Objects/exceptions.c
// (UnicodeEncodeError_init/_str, UnicodeDecodeError_init/_str, UnicodeTranslateError_init/_str,
// _PyUnicodeError_GetParams).
// The types are declared in exceptions.ts, which takes its slots from here. This module only
// defines functions at load time (they are hoisted, so exceptions.ts may use them first).
import { None, type PyValue } from '../object.ts';
import { typeOf } from '../type.ts';
import { isStrValue, strValue } from '../boxes.ts';
import { PyTuple } from '../tuple.ts';
import { PyObject_Str, PyNumber_Index } from '../abstract.ts';
import { PyBytes } from '../bytes.ts';
import {
  PyUnicodeErrorObject,
  PyBaseException,
  typeError,
  newException,
  PyExc_UnicodeEncodeError,
  PyExc_UnicodeDecodeError,
  PyExc_UnicodeTranslateError,
} from '../exceptions.ts';
import { cpLength, codePointValues } from '../str/codepoints.ts';
import { bytesLikeData } from '../bytes/buffer.ts';

const HEX = '0123456789abcdef';

function hexPad(n: number, width: number): string {
  let s = '';
  for (let i = (width - 1) * 4; i >= 0; i -= 4) s += HEX[(n >>> i) & 15];
  return s;
}

function ssize(v: PyValue): number {
  const i = PyNumber_Index(v);
  return typeof i === 'number' ? i : Number(i);
}

// ---- __init__ ----

function parseArgs(name: string, args: readonly PyValue[], kwnames: readonly string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length !== n) throw typeError(`function takes exactly ${n} arguments (${args.length} given)`);
}

function strParam(v: PyValue, pos: number): string {
  if (!isStrValue(v)) throw typeError(`argument ${pos} must be str, not ${typeOf(v).tp_name}`);
  return strValue(v);
}

function intParam(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && typeOf(v).nb_index === null) throw typeError(`'${typeOf(v).tp_name}' object cannot be interpreted as an integer`);
  return ssize(v);
}

export function unicodeEncodeErrorInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const e = self as PyUnicodeErrorObject;
  e.args = new PyTuple(args.slice(0, args.length - (kwnames?.length ?? 0)));
  parseArgs('UnicodeEncodeError', args, kwnames, 5);
  strParam(args[0], 1);
  strParam(args[1], 2);
  const start = intParam(args[2]);
  const end = intParam(args[3]);
  strParam(args[4], 5);
  e.encoding = args[0];
  e.object = args[1];
  e.start = start;
  e.end = end;
  e.reason = args[4];
}

export function unicodeDecodeErrorInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const e = self as PyUnicodeErrorObject;
  e.args = new PyTuple(args.slice(0, args.length - (kwnames?.length ?? 0)));
  parseArgs('UnicodeDecodeError', args, kwnames, 5);
  strParam(args[0], 1);
  const start = intParam(args[2]);
  const end = intParam(args[3]);
  strParam(args[4], 5);
  const obj = args[1];
  e.encoding = args[0];
  e.object = obj instanceof PyBytes && typeOf(obj).tp_name === 'bytes' ? obj : new PyBytes(bytesLikeData(obj).slice());
  e.start = start;
  e.end = end;
  e.reason = args[4];
}

export function unicodeTranslateErrorInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const e = self as PyUnicodeErrorObject;
  e.args = new PyTuple(args.slice(0, args.length - (kwnames?.length ?? 0)));
  parseArgs('UnicodeTranslateError', args, kwnames, 4);
  strParam(args[0], 1);
  const start = intParam(args[1]);
  const end = intParam(args[2]);
  strParam(args[3], 4);
  e.object = args[0];
  e.start = start;
  e.end = end;
  e.reason = args[3];
}

// ---- __str__ ----

function checkObject(e: PyUnicodeErrorObject, asBytes: boolean): void {
  const o = e.object;
  if (asBytes ? !(o instanceof PyBytes) : !isStrValue(o)) {
    throw typeError(`UnicodeError 'object' attribute must be a ${asBytes ? 'bytes' : 'string'}`);
  }
}

function charDescription(cp: number): string {
  if (cp <= 0xff) return `'\\x${hexPad(cp, 2)}'`;
  if (cp <= 0xffff) return `'\\u${hexPad(cp, 4)}'`;
  return `'\\U${hexPad(cp, 8)}'`;
}

export function unicodeEncodeErrorStr(self: PyValue): string {
  const e = self as PyUnicodeErrorObject;
  if (e.object === None) return '';
  const reason = PyObject_Str(e.reason);
  const encoding = PyObject_Str(e.encoding);
  checkObject(e, false);
  const s = strValue(e.object);
  const len = cpLength(s);
  const { start, end } = e;
  if (start >= 0 && start < len && end >= 0 && end <= len && end === start + 1) {
    const cp = codePointValues(s)[start];
    return `'${encoding}' codec can't encode character ${charDescription(cp)} in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
}

export function unicodeDecodeErrorStr(self: PyValue): string {
  const e = self as PyUnicodeErrorObject;
  if (e.object === None) return '';
  const reason = PyObject_Str(e.reason);
  const encoding = PyObject_Str(e.encoding);
  checkObject(e, true);
  const d = (e.object as PyBytes).data;
  const { start, end } = e;
  if (start >= 0 && start < d.length && end >= 0 && end <= d.length && end === start + 1) {
    return `'${encoding}' codec can't decode byte 0x${hexPad(d[start], 2)} in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}

export function unicodeTranslateErrorStr(self: PyValue): string {
  const e = self as PyUnicodeErrorObject;
  if (e.object === None) return '';
  const reason = PyObject_Str(e.reason);
  checkObject(e, false);
  const s = strValue(e.object);
  const len = cpLength(s);
  const { start, end } = e;
  if (start >= 0 && start < len && end >= 0 && end <= len && end === start + 1) {
    const cp = codePointValues(s)[start];
    return `can't translate character ${charDescription(cp)} in position ${start}: ${reason}`;
  }
  return `can't translate characters in position ${start}-${end - 1}: ${reason}`;
}

// ---- attributes ----

function setIndex(v: PyValue | null): number {
  if (v === null) throw typeError("can't delete numeric/char attribute");
  return intParam(v);
}

/** The members of the three UnicodeError subclasses (CPython: UnicodeError_members). */
export function unicodeErrorGetset(): Record<string, { get: (e: never) => PyValue; set: (e: never, v: PyValue | null) => void; doc: string }> {
  return {
    encoding: {
      get: (e: PyUnicodeErrorObject) => e.encoding,
      set: (e: PyUnicodeErrorObject, v: PyValue | null) => void (e.encoding = v ?? None),
      doc: 'exception encoding',
    },
    object: {
      get: (e: PyUnicodeErrorObject) => e.object,
      set: (e: PyUnicodeErrorObject, v: PyValue | null) => void (e.object = v ?? None),
      doc: 'exception object',
    },
    start: { get: (e: PyUnicodeErrorObject) => e.start, set: (e: PyUnicodeErrorObject, v: PyValue | null) => void (e.start = setIndex(v)), doc: 'exception start' },
    end: { get: (e: PyUnicodeErrorObject) => e.end, set: (e: PyUnicodeErrorObject, v: PyValue | null) => void (e.end = setIndex(v)), doc: 'exception end' },
    reason: {
      get: (e: PyUnicodeErrorObject) => e.reason,
      set: (e: PyUnicodeErrorObject, v: PyValue | null) => void (e.reason = v ?? None),
      doc: 'exception reason',
    },
  };
}

// ---- creating them natively, and reading them as error handlers do ----

export function newUnicodeEncodeError(encoding: string, object: string, start: number, end: number, reason: string): PyUnicodeErrorObject {
  const e = newException(PyExc_UnicodeEncodeError, [encoding, object, start, end, reason]) as PyUnicodeErrorObject;
  e.encoding = encoding;
  e.object = object;
  e.start = start;
  e.end = end;
  e.reason = reason;
  return e;
}

export function newUnicodeDecodeError(encoding: string, object: PyBytes, start: number, end: number, reason: string): PyUnicodeErrorObject {
  const e = newException(PyExc_UnicodeDecodeError, [encoding, object, start, end, reason]) as PyUnicodeErrorObject;
  e.encoding = encoding;
  e.object = object;
  e.start = start;
  e.end = end;
  e.reason = reason;
  return e;
}

export function newUnicodeTranslateError(object: string, start: number, end: number, reason: string): PyUnicodeErrorObject {
  const e = newException(PyExc_UnicodeTranslateError, [object, start, end, reason]) as PyUnicodeErrorObject;
  e.object = object;
  e.start = start;
  e.end = end;
  e.reason = reason;
  return e;
}

/** Updates a reused exception for the next error of the same codec call (CPython: make_*_exception). */
export function updateUnicodeError(e: PyUnicodeErrorObject, start: number, end: number, reason: string): void {
  e.start = start;
  e.end = end;
  e.reason = reason;
}

/**
 * The object, start and end of a UnicodeError as error handlers see them: start clipped to
 * [0, len-1] and end to [1, len].  CPython: _PyUnicodeError_GetParams
 */
export function unicodeErrorParams(e: PyUnicodeErrorObject, asBytes: boolean): { obj: string | Uint8Array; len: number; start: number; end: number } {
  const o = e.object;
  if (o === None) throw typeError(`UnicodeError 'object' attribute is not set`);
  checkObject(e, asBytes);
  const obj = asBytes ? (o as PyBytes).data : strValue(o);
  const len = asBytes ? (obj as Uint8Array).length : cpLength(obj as string);
  let start = e.start;
  if (start < 0) start = 0;
  if (start >= len) start = len === 0 ? 0 : len - 1;
  let end = e.end;
  if (end < 1) end = 1;
  if (end > len) end = len;
  return { obj, len, start, end };
}

/** Whether an exception object is an instance of the given UnicodeError subclass. */
export function isUnicodeErrorOf(exc: PyValue, kind: 'encode' | 'decode' | 'translate'): exc is PyUnicodeErrorObject {
  if (!(exc instanceof PyBaseException)) return false;
  const t = kind === 'encode' ? PyExc_UnicodeEncodeError : kind === 'decode' ? PyExc_UnicodeDecodeError : PyExc_UnicodeTranslateError;
  const et = typeOf(exc);
  return (et === t || et.tp_mro.includes(t)) && exc instanceof PyUnicodeErrorObject;
}
