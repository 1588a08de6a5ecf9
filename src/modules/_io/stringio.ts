// _io.StringIO: a text stream in memory.  CPython: Modules/_io/stringio.c
//
// As CPython's, it accumulates: while every write appends at the end and nothing is read, the
// written strings are only collected, and joined when the contents are first needed.  Positions are
// in code points; the contents are one JS string (UTF-16), so positions are converted only when the
// text has characters outside the BMP.
import { None, type PyValue } from '../../objects/object.ts';
import { PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyList } from '../../objects/list.ts';
import { PyObject_CallMethod, PyNumber_AsSsize_t, PyNumber_Index, PyObject_Repr } from '../../objects/abstract.ts';
import { isStrValue, strValue, isIntValue } from '../../objects/boxes.ts';
import * as E from '../../objects/exceptions.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyIOBase, TextIOBaseType, optSize, registerExactIOType } from './iobase.ts';
import { exactTell } from './bytesio.ts';
import { initWith } from './fileio.ts';
import { NewlineTranslator, findLineEnding, newlinesValue } from './newlines.ts';

type V = PyValue;

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** Code points of s (surrogate pairs count once). */
function cpLen(s: string): number {
  if (!HIGH_SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The UTF-16 index of code point `cp` of s (cp may be at most the length). */
function cpIndex(s: string, cp: number, astral: boolean): number {
  if (!astral) return cp;
  let i = 0;
  for (let n = 0; n < cp && i < s.length; n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else i++;
  }
  return i;
}

export class PyStringIO extends PyIOBase {
  ok = false;
  closed = false;
  /** The strings written while accumulating, or null once realized. */
  chunks: string[] | null = null;
  buf = '';
  /** Whether buf may contain surrogate pairs. */
  astral = false;
  size = 0;
  pos = 0;
  /** The exact position set by seek() when it is beyond 2**53 (pos is then its nearest double). */
  posExact: V | null = null;
  readnl: string | null = '\n';
  writenl: string | null = null;
  readuniversal = false;
  readtranslate = false;
  decoder: NewlineTranslator | null = null;
}

function S(s: V): PyStringIO {
  const o = s as PyStringIO;
  if (!o.ok) throw E.valueError('I/O operation on uninitialized object');
  return o;
}

function C(s: V): PyStringIO {
  const o = S(s);
  if (o.closed) throw E.valueError('I/O operation on closed file');
  return o;
}

function realize(self: PyStringIO): void {
  if (self.chunks !== null) {
    self.buf = self.chunks.length === 1 ? self.chunks[0] : self.chunks.join('');
    self.chunks = null;
  }
}

function contents(self: PyStringIO): string {
  if (self.chunks !== null) {
    const s = self.chunks.length === 1 ? self.chunks[0] : self.chunks.join('');
    // Keep accumulating, with the joined text as the only chunk.
    self.chunks = [s];
    return s;
  }
  return self.buf;
}

/** Writes at the position (newline handling first).  CPython: write_str */
function writeStr(self: PyStringIO, obj: string): void {
  let decoded = obj;
  if (self.decoder !== null) decoded = self.decoder.process(decoded, true);
  if (self.writenl !== null) decoded = decoded.split('\n').join(self.writenl);
  const len = cpLen(decoded);
  if (len !== decoded.length) self.astral = true;
  if (self.chunks !== null && self.pos === self.size) {
    self.chunks.push(decoded);
    self.pos += len;
    self.size = self.pos;
    return;
  }
  realize(self);
  let buf = self.buf;
  // Past PY_SSIZE_T_MAX CPython's position overflows; below, it cannot allocate so much.
  if (self.pos + len >= 2 ** 63) throw E.overflowError('new position too large');
  if (self.pos + len > 0x3fffffff) throw E.memoryError();
  if (self.pos > self.size) {
    buf += '\0'.repeat(self.pos - self.size);
    self.size = self.pos;
  }
  const start = cpIndex(buf, self.pos, self.astral);
  const end = cpIndex(buf, self.pos + len, self.astral);
  self.buf = buf.slice(0, start) + decoded + buf.slice(end);
  self.pos += len;
  if (self.size < self.pos) self.size = self.pos;
}

function stringioInit(s: V, value: V, newlineObj: V): void {
  const self = s as PyStringIO;
  let newline: string | null = '\n';
  if (newlineObj === None) newline = null;
  else if (newlineObj !== undefined) {
    if (!isStrValue(newlineObj)) throw E.typeError(`newline must be str or None, not ${typeOf(newlineObj).tp_name}`);
    newline = strValue(newlineObj);
  }
  if (newline !== null && newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n') {
    throw E.valueError(`illegal newline value: ${PyObject_Repr(newlineObj!)}`);
  }
  if (value !== undefined && value !== None && !isStrValue(value)) {
    throw E.typeError(`initial_value must be str or None, not ${typeOf(value).tp_name}`);
  }
  self.ok = false;
  self.readnl = newline;
  self.readuniversal = newline === null || newline === '';
  self.readtranslate = newline === null;
  self.writenl = newline !== null && newline[0] === '\r' ? newline : null;
  self.decoder = self.readuniversal ? new NewlineTranslator(self.readtranslate) : null;
  self.size = 0;
  self.pos = 0;
  self.buf = '';
  self.astral = false;
  const v = value !== undefined && value !== None ? strValue(value) : '';
  if (v.length > 0) {
    self.chunks = null;
    writeStr(self, v);
  } else self.chunks = [];
  self.pos = 0;
  self.closed = false;
  self.ok = true;
}

/** The text of code points [from, from + n) and the position after it. */
function take(self: PyStringIO, n: number): string {
  realize(self);
  const start = cpIndex(self.buf, self.pos, self.astral);
  const end = self.astral ? cpIndex(self.buf, self.pos + n, true) : start + n;
  self.pos += n;
  return self.buf.slice(start, end);
}

function stringioRead(s: V, sizeArg: V): V {
  const self = C(s);
  let size = optSize(sizeArg);
  const n = self.size - self.pos;
  if (size < 0 || size > n) {
    size = n;
    if (size < 0) size = 0;
  }
  if (self.chunks !== null && self.pos === 0 && size === n) {
    const all = contents(self);
    self.pos = self.size;
    return all;
  }
  return take(self, size);
}

const scratch = { consumed: 0 };

/** CPython: _stringio_readline */
function readlineImpl(self: PyStringIO, limit: number): string {
  realize(self);
  if (self.pos >= self.size) return '';
  if (limit < 0 || limit > self.size - self.pos) limit = self.size - self.pos;
  const buf = self.buf;
  const start = cpIndex(buf, self.pos, self.astral);
  const end = self.astral ? cpIndex(buf, self.pos + limit, true) : start + limit;
  const e = findLineEnding(buf, start, end, self.readtranslate, self.readuniversal, self.readnl, scratch);
  const stop = e < 0 ? end : e;
  const line = buf.slice(start, stop);
  self.pos += self.astral ? cpLen(line) : stop - start;
  return line;
}

function stringioReadline(s: V, size: V): V {
  const self = C(s);
  return readlineImpl(self, optSize(size));
}

function stringioIternext(s: V): V | undefined {
  const self = C(s);
  let line: V;
  if (typeOf(s) === StringIOType) line = readlineImpl(self, -1);
  else {
    line = PyObject_CallMethod(s, 'readline', []);
    if (!isStrValue(line)) throw E.newException(E.PyExc_OSError, [`readline() should have returned a str object, not '${typeOf(line).tp_name}'`]);
  }
  if (strValue(line).length === 0) return undefined;
  return line;
}

function stringioTruncate(s: V, sizeArg: V): V {
  const self = C(s);
  const size = sizeArg === undefined || sizeArg === None ? self.pos : optSize(sizeArg);
  if (size < 0) throw E.valueError(`Negative size value ${size}`);
  if (size < self.size) {
    realize(self);
    self.buf = self.buf.slice(0, cpIndex(self.buf, size, self.astral));
    self.size = size;
  }
  return size;
}

function stringioSeek(s: V, posArg: V, whenceArg: V): V {
  let pos = PyNumber_AsSsize_t(posArg, true, false);
  const whence = whenceArg === undefined ? 0 : Number(PyNumber_Index(whenceArg));
  const self = C(s);
  if (whence !== 0 && whence !== 1 && whence !== 2) throw E.valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
  if (pos < 0 && whence === 0) throw E.valueError(`Negative seek position ${pos}`);
  if (whence !== 0 && pos !== 0) throw E.newException(E.PyExc_OSError, ["Can't do nonzero cur-relative seeks"]);
  if (whence === 1) pos = self.pos;
  else if (whence === 2) pos = self.size;
  self.pos = pos;
  if (whence === 0 && !Number.isSafeInteger(pos)) {
    self.posExact = PyNumber_Index(posArg);
    return self.posExact;
  }
  return pos;
}

export function stringioWrite(s: V, obj: V): V {
  const self = S(s);
  if (!isStrValue(obj)) throw E.typeError(`string argument expected, got '${typeOf(obj).tp_name}'`);
  if (self.closed) throw E.valueError('I/O operation on closed file');
  const t = strValue(obj);
  if (t.length === 0) return 0;
  writeStr(self, t);
  return HIGH_SURROGATE.test(t) ? cpLen(t) : t.length;
}

function stringioGetvalue(s: V): V {
  const self = C(s);
  return contents(self);
}

function stringioClose(s: V): V {
  const self = s as PyStringIO;
  self.closed = true;
  self.chunks = null;
  self.buf = '';
  return None;
}

function stringioGetstate(s: V): V {
  const self = C(s);
  const value = contents(self);
  return new PyTuple([value, self.readnl === null ? None : self.readnl, self.pos, self.ob_dict === null || self.ob_dict.size === 0 ? None : dictCopy(self.ob_dict)]);
}

function dictCopy(d: PyDict): PyDict {
  const c = new PyDict();
  for (let i = d.next(0); i >= 0; i = d.next(i + 1)) c.set(d.keys[i], d.values[i]);
  return c;
}

function stringioSetstate(s: V, state: V): V {
  const self = s as PyStringIO;
  if (self.closed) throw E.valueError('I/O operation on closed file');
  if (!(state instanceof PyTuple) || state.items.length < 4) {
    throw E.typeError(`${typeOf(s).tp_name}.__setstate__ argument should be 4-tuple, got ${typeOf(state).tp_name}`);
  }
  const [initarg, newline, position, dict] = state.items;
  stringioInit(s, None, newline);
  // The value is restored as is, without newline translation.
  const v = isStrValue(initarg) ? strValue(initarg) : '';
  if (!isStrValue(initarg) && initarg !== None) throw E.typeError(`initial_value must be str or None, not ${typeOf(initarg).tp_name}`);
  self.chunks = null;
  self.buf = v;
  self.size = cpLen(v);
  self.astral = self.size !== v.length;
  if (!isIntValue(position)) throw E.typeError(`third item of state must be an integer, got ${typeOf(position).tp_name}`);
  const pos = PyNumber_AsSsize_t(position, true, false);
  if (pos < 0) throw E.valueError('position value cannot be negative');
  self.pos = pos;
  if (dict !== None) {
    if (!(dict instanceof PyDict)) throw E.typeError(`fourth item of state should be a dict, got a ${typeOf(dict).tp_name}`);
    self.ob_dict ??= new PyDict();
    for (let i = dict.next(0); i >= 0; i = dict.next(i + 1)) self.ob_dict.set(dict.keys[i], dict.values[i]);
  }
  return None;
}

function stringioNew(type: PyType): PyStringIO {
  return type === StringIOType ? new PyStringIO() : newHeapInstance(PyStringIO, type);
}

function checkedTrue(s: V): V {
  C(s);
  return true;
}

export const StringIOType = defineBuiltinType({
  name: '_io.StringIO',
  doc: "A text stream in memory: StringIO(initial_value='', newline='\\n').",
  flags: TPFLAGS.BASETYPE,
  base: () => TextIOBaseType,
  instanceClass: PyStringIO,
  alloc: stringioNew,
  slots: {
    tp_new: (t: PyType) => stringioNew(t),
    tp_init: initWith("($self, /, initial_value='', newline='\\n')", stringioInit),
    tp_iternext: stringioIternext,
  },
  methods: {
    close: { sig: '($self, /)', impl: stringioClose, doc: 'Discard the contents; later I/O raises ValueError.' },
    getvalue: { sig: '($self, /)', impl: stringioGetvalue, doc: 'The whole contents.' },
    read: { sig: '($self, size=-1, /)', impl: stringioRead, doc: 'Read at most size characters (all if negative).' },
    readline: { sig: '($self, size=-1, /)', impl: stringioReadline, doc: 'Read until a newline or the end.' },
    tell: { sig: '($self, /)', impl: (s: V) => exactTell(C(s)), doc: 'The current position.' },
    truncate: { sig: '($self, pos=None, /)', impl: stringioTruncate, doc: 'Truncate to pos characters (default: the position); the position is unchanged.' },
    seek: { sig: '($self, pos, whence=0, /)', impl: stringioSeek, doc: 'Move to a new position and return it.' },
    write: { sig: '($self, s, /)', impl: stringioWrite, doc: 'Write a string; return its length.' },
    seekable: { sig: '($self, /)', impl: checkedTrue, doc: 'True unless closed.' },
    readable: { sig: '($self, /)', impl: checkedTrue, doc: 'True unless closed.' },
    writable: { sig: '($self, /)', impl: checkedTrue, doc: 'True unless closed.' },
    __getstate__: { sig: '($self, /)', impl: stringioGetstate },
    __setstate__: { sig: '($self, state, /)', impl: stringioSetstate },
  },
  getset: {
    closed: { get: (s: V) => S(s).closed },
    line_buffering: { get: (s: V) => (C(s), false) },
    newlines: { get: (s: V) => { const self = C(s); return self.decoder === null ? None : newlinesValue(self.decoder.seennl); } },
  },
});

void PyList;

registerExactIOType(StringIOType);
