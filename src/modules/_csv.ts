// The _csv module: CSV dialects, the reader's character state machine and the writer's quoting
// rules, under csv.py.  CPython: Modules/_csv.c
import { PyObject, None, type PyValue } from '../objects/object.ts';
import { TPFLAGS, type PyType, typeOf, PyObject_TypeCheck } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { newHeapInstance } from '../objects/heap.ts';
import { PyList } from '../objects/list.ts';
import { PyDict } from '../objects/dict.ts';
import { PyFloat, PyNumber_Float } from '../objects/float.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import {
  PyObject_GetIter, PyIter_Next, PyObject_IsTrue, PyObject_Str, PyObject_CallOneArg, PyObject_LookupAttr, PyObject_Call,
} from '../objects/abstract.ts';
import { typeFullName } from '../objects/typeobject.ts';
import { PyCFunction, type NativeImpl } from '../objects/descrobject.ts';
import { parseSignature } from '../objects/getargs.ts';
import { typeError, valueError, overflowError, attributeError, newException, exceptionMatches, PyExc_Exception, PyExc_TypeError } from '../objects/exceptions.ts';
import { newExceptionClass } from './hashlib-support.ts';

const QUOTE_MINIMAL = 0;
const QUOTE_ALL = 1;
const QUOTE_NONNUMERIC = 2;
const QUOTE_NONE = 3;
const QUOTE_STRINGS = 4;
const QUOTE_NOTNULL = 5;

/** A character that is not set (CPython: NOT_SET), and the end-of-line marker fed after each line. */
const NOT_SET = -1;
const EOL = -2;
const NL = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

/** What each _csv module object keeps (CPython: _csvstate). */
interface CsvState {
  error: PyType;
  dialects: PyDict;
  fieldLimit: number;
}

const states = new WeakMap<object, CsvState>();
/** The state of the module most recently created, for the types (shared by every module object in pyts). */
let current: CsvState | null = null;

function stateOf(m: PyValue): CsvState {
  return states.get(m as object) ?? current!;
}

function csvError(st: CsvState, msg: string): never {
  throw newException(st.error, [msg]);
}

// ---- Dialect ----

export class PyDialect extends PyObject {
  doublequote = true;
  skipinitialspace = false;
  strict = false;
  quoting = QUOTE_MINIMAL;
  delimiter = 0x2c;
  quotechar = 0x22;
  escapechar = NOT_SET;
  lineterminator = '\r\n';
}

function charOrNone(c: number): PyValue {
  return c === NOT_SET ? None : String.fromCodePoint(c);
}

/** A one-character str's code point, or -1 when it is not one character. */
function singleChar(s: string): number {
  const c = s.codePointAt(0);
  if (c === undefined) return -1;
  return (c > 0xffff ? 2 : 1) === s.length ? c : -1;
}

function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++;
    else {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      n++;
    }
  }
  return n;
}

/** CPython: _set_char */
function setChar(name: string, src: PyValue | undefined, dflt: number): number {
  if (src === undefined) return dflt;
  if (!isStrValue(src)) throw typeError(`"${name}" must be a unicode character, not ${typeFullName(typeOf(src))}`);
  const s = strValue(src);
  const c = singleChar(s);
  if (c < 0) throw typeError(`"${name}" must be a unicode character, not a string of length ${codePointLength(s)}`);
  return c;
}

/** CPython: _set_char_or_none */
function setCharOrNone(name: string, src: PyValue | undefined, dflt: number): number {
  if (src === undefined) return dflt;
  if (src === None) return NOT_SET;
  if (!isStrValue(src)) throw typeError(`"${name}" must be a unicode character or None, not ${typeFullName(typeOf(src))}`);
  const s = strValue(src);
  const c = singleChar(s);
  if (c < 0) throw typeError(`"${name}" must be a unicode character or None, not a string of length ${codePointLength(s)}`);
  return c;
}

/** CPython: _set_int (an exact int only) */
function setInt(name: string, src: PyValue | undefined, dflt: number): number {
  if (src === undefined) return dflt;
  if (typeof src !== 'number' && typeof src !== 'bigint') throw typeError(`"${name}" must be an integer, not ${typeFullName(typeOf(src))}`);
  if (src > 2147483647 || src < -2147483648) throw overflowError('Python int too large to convert to C int');
  return Number(src);
}

function setBool(src: PyValue | undefined, dflt: boolean): boolean {
  return src === undefined ? dflt : PyObject_IsTrue(src);
}

/** CPython: dialect_check_char */
function checkChar(name: string, c: number, d: PyDialect, allowSpace: boolean): void {
  if (c === CR || c === NL || (c === SPACE && !allowSpace)) throw valueError(`bad ${name} value`);
  if (c !== NOT_SET && d.lineterminator.includes(String.fromCodePoint(c))) throw valueError(`bad ${name} or lineterminator value`);
}

/** CPython: dialect_check_chars */
function checkChars(name1: string, name2: string, c1: number, c2: number): void {
  if (c1 === c2 && c1 !== NOT_SET) throw valueError(`bad ${name1} or ${name2} value`);
}

const DIALECT_KWS = ['dialect', 'delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting', 'skipinitialspace', 'strict'];

/** PyArg_ParseTupleAndKeywords("|OOOOOOOOO") over Dialect's keywords. */
function parseDialectArgs(args: readonly PyValue[], kwnames: readonly string[] | null): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const total = npos + nkw;
  if (total > DIALECT_KWS.length) {
    throw typeError(`function takes at most ${DIALECT_KWS.length} arguments (${total} given)`);
  }
  const out: (PyValue | undefined)[] = new Array(DIALECT_KWS.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const i = DIALECT_KWS.indexOf(name);
    if (i < 0) throw typeError(`this function got an unexpected keyword argument '${name}'`);
    if (i < npos) throw typeError(`argument for function given by name ('${name}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  return out;
}

function dictLookup(d: PyDict, key: PyValue): PyValue | undefined {
  return d.get(key);
}

// CPython: dialect_new
function dialectNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const parsed = parseDialectArgs(args, kwnames);
  let dialect = parsed[0];
  let [, delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict] = parsed;
  const st = current!;
  if (dialect !== undefined) {
    if (isStrValue(dialect)) {
      const found = dictLookup(st.dialects, dialect);
      if (found === undefined) csvError(st, 'unknown dialect');
      dialect = found;
    }
    // An instance of Dialect with no overrides is used as it is.
    if (
      PyObject_TypeCheck(dialect, DialectType) &&
      [delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict].every((v) => v === undefined)
    ) {
      return dialect;
    }
  }
  const self = type === DialectType ? new PyDialect() : newHeapInstance(PyDialect, type);
  if (dialect !== undefined) {
    const d = dialect;
    const attr = (v: PyValue | undefined, n: string): PyValue | undefined => {
      if (v !== undefined) return v;
      try {
        return PyObject_LookupAttr(d, n);
      } catch {
        return undefined;
      }
    };
    delimiter = attr(delimiter, 'delimiter');
    doublequote = attr(doublequote, 'doublequote');
    escapechar = attr(escapechar, 'escapechar');
    lineterminator = attr(lineterminator, 'lineterminator');
    quotechar = attr(quotechar, 'quotechar');
    quoting = attr(quoting, 'quoting');
    skipinitialspace = attr(skipinitialspace, 'skipinitialspace');
    strict = attr(strict, 'strict');
  }
  self.delimiter = setChar('delimiter', delimiter, 0x2c);
  self.doublequote = setBool(doublequote, true);
  self.escapechar = setCharOrNone('escapechar', escapechar, NOT_SET);
  if (lineterminator !== undefined) {
    if (!isStrValue(lineterminator)) throw typeError(`"lineterminator" must be a string, not ${typeFullName(typeOf(lineterminator))}`);
    self.lineterminator = strValue(lineterminator);
  }
  self.quotechar = setCharOrNone('quotechar', quotechar, 0x22);
  self.quoting = setInt('quoting', quoting, QUOTE_MINIMAL);
  self.skipinitialspace = setBool(skipinitialspace, false);
  self.strict = setBool(strict, false);

  if (self.quoting < QUOTE_MINIMAL || self.quoting > QUOTE_NOTNULL) throw typeError('bad "quoting" value');
  if (quotechar === None && quoting === undefined) self.quoting = QUOTE_NONE;
  if (self.quoting !== QUOTE_NONE && self.quotechar === NOT_SET) throw typeError('quotechar must be set if quoting enabled');
  checkChar('delimiter', self.delimiter, self, true);
  checkChar('escapechar', self.escapechar, self, !self.skipinitialspace);
  checkChar('quotechar', self.quotechar, self, !self.skipinitialspace);
  checkChars('delimiter', 'escapechar', self.delimiter, self.escapechar);
  checkChars('delimiter', 'quotechar', self.delimiter, self.quotechar);
  checkChars('escapechar', 'quotechar', self.escapechar, self.quotechar);
  return self;
}

function DI(self: PyValue): PyDialect {
  return self as PyDialect;
}

function readonlyAttribute(): never {
  throw attributeError('readonly attribute');
}

function dialectReduce(self: PyValue): never {
  throw typeError(`cannot pickle '${typeOf(self).name}' instances`);
}

export const DialectType = defineBuiltinType({
  name: '_csv.Dialect',
  doc: 'CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n',
  flags: TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC,
  instanceClass: PyDialect,
  alloc: (t) => (t === DialectType ? new PyDialect() : newHeapInstance(PyDialect, t)),
  slots: { tp_new: dialectNew },
  methods: {
    __reduce__: { sig: '($self, /, *args)', impl: dialectReduce, doc: 'raises an exception to avoid pickling' },
    __reduce_ex__: { sig: '($self, /, *args)', impl: dialectReduce, doc: 'raises an exception to avoid pickling' },
  },
  getset: {
    skipinitialspace: { get: (s: PyValue) => DI(s).skipinitialspace, set: readonlyAttribute },
    doublequote: { get: (s: PyValue) => DI(s).doublequote, set: readonlyAttribute },
    strict: { get: (s: PyValue) => DI(s).strict, set: readonlyAttribute },
    delimiter: { get: (s: PyValue) => charOrNone(DI(s).delimiter) },
    escapechar: { get: (s: PyValue) => charOrNone(DI(s).escapechar) },
    lineterminator: { get: (s: PyValue) => DI(s).lineterminator },
    quotechar: { get: (s: PyValue) => charOrNone(DI(s).quotechar) },
    quoting: { get: (s: PyValue) => DI(s).quoting },
  },
});

/** Dialect(dialect, **kwargs), or Dialect(**kwargs) without one.  CPython: _call_dialect */
function callDialect(dialect: PyValue | undefined, kwargs: PyDict | null): PyDialect {
  const args: PyValue[] = dialect === undefined ? [] : [dialect];
  const names: string[] = [];
  if (kwargs !== null) {
    for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
      names.push(strValue(kwargs.keys[i]));
      args.push(kwargs.values[i]);
    }
  }
  return PyObject_Call(DialectType, args, names.length ? names : null) as PyDialect;
}

// ---- reader ----

const enum ParserState {
  START_RECORD,
  START_FIELD,
  ESCAPED_CHAR,
  IN_FIELD,
  IN_QUOTED_FIELD,
  ESCAPE_IN_QUOTED_FIELD,
  QUOTE_IN_QUOTED_FIELD,
  EAT_CRNL,
  AFTER_ESCAPED_CRNL,
}

export class PyReader extends PyObject {
  /** The record being built; null while a line is being fetched (CPython: fields). */
  fields: PyValue[] | null = [];
  state = ParserState.START_RECORD;
  field: string[] = [];
  fieldLen = 0;
  unquotedField = false;
  lineNum = 0;

  constructor(
    readonly st: CsvState,
    readonly inputIter: PyValue,
    readonly dialect: PyDialect,
  ) {
    super();
  }
}

/** CPython: parse_save_field */
function saveField(r: PyReader): void {
  const quoting = r.dialect.quoting;
  let field: PyValue;
  if (r.unquotedField && r.fieldLen === 0 && (quoting === QUOTE_NOTNULL || quoting === QUOTE_STRINGS)) {
    field = None;
  } else {
    field = r.field.join('');
    if (r.unquotedField && r.fieldLen !== 0 && (quoting === QUOTE_NONNUMERIC || quoting === QUOTE_STRINGS)) {
      field = new PyFloat(PyNumber_Float(field));
    }
    r.field = [];
    r.fieldLen = 0;
  }
  r.fields!.push(field);
}

/** CPython: parse_add_char */
function addChar(r: PyReader, c: number): void {
  const limit = r.st.fieldLimit;
  if (r.fieldLen >= limit) csvError(r.st, `field larger than field limit (${limit})`);
  r.field.push(String.fromCodePoint(c));
  r.fieldLen++;
}

/** One step of the parser: c is a code point, or EOL after each line.  CPython: parse_process_char */
function processChar(r: PyReader, c: number): void {
  const d = r.dialect;
  switch (r.state) {
    case ParserState.START_RECORD:
      if (c === EOL) return; // an empty line gives []
      if (c === NL || c === CR) {
        r.state = ParserState.EAT_CRNL;
        return;
      }
      r.state = ParserState.START_FIELD;
      return startField(r, d, c);
    case ParserState.START_FIELD:
      return startField(r, d, c);
    case ParserState.ESCAPED_CHAR:
      if (c === NL || c === CR) {
        addChar(r, c);
        r.state = ParserState.AFTER_ESCAPED_CRNL;
        return;
      }
      addChar(r, c === EOL ? NL : c);
      r.state = ParserState.IN_FIELD;
      return;
    case ParserState.AFTER_ESCAPED_CRNL:
      if (c === EOL) return;
      return inField(r, d, c);
    case ParserState.IN_FIELD:
      return inField(r, d, c);
    case ParserState.IN_QUOTED_FIELD:
      if (c === EOL) return;
      if (c === d.escapechar) r.state = ParserState.ESCAPE_IN_QUOTED_FIELD;
      else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
        r.state = d.doublequote ? ParserState.QUOTE_IN_QUOTED_FIELD : ParserState.IN_FIELD;
      } else addChar(r, c);
      return;
    case ParserState.ESCAPE_IN_QUOTED_FIELD:
      addChar(r, c === EOL ? NL : c);
      r.state = ParserState.IN_QUOTED_FIELD;
      return;
    case ParserState.QUOTE_IN_QUOTED_FIELD:
      // A quote seen inside a quoted field: "" stands for ", anything else ends the quoted part.
      if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
        addChar(r, c);
        r.state = ParserState.IN_QUOTED_FIELD;
      } else if (c === d.delimiter) {
        saveField(r);
        r.state = ParserState.START_FIELD;
      } else if (c === NL || c === CR || c === EOL) {
        saveField(r);
        r.state = c === EOL ? ParserState.START_RECORD : ParserState.EAT_CRNL;
      } else if (!d.strict) {
        addChar(r, c);
        r.state = ParserState.IN_FIELD;
      } else {
        csvError(r.st, `'${charText(d.delimiter)}' expected after '${charText(d.quotechar)}'`);
      }
      return;
    case ParserState.EAT_CRNL:
      if (c === NL || c === CR) return;
      if (c === EOL) {
        r.state = ParserState.START_RECORD;
        return;
      }
      csvError(r.st, "new-line character seen in unquoted field - do you need to open the file with newline=''?");
  }
}

/**
 * The character as %c prints it: the low byte of the code point (CPython formats the Py_UCS4 with
 * %c, which takes an int and prints one byte).
 */
function charText(c: number): string {
  return String.fromCharCode(c & 0xff);
}

function startField(r: PyReader, d: PyDialect, c: number): void {
  r.unquotedField = true;
  if (c === NL || c === CR || c === EOL) {
    saveField(r);
    r.state = c === EOL ? ParserState.START_RECORD : ParserState.EAT_CRNL;
  } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
    r.unquotedField = false;
    r.state = ParserState.IN_QUOTED_FIELD;
  } else if (c === d.escapechar) {
    r.state = ParserState.ESCAPED_CHAR;
  } else if (c === SPACE && d.skipinitialspace) {
    // spaces at the start of a field are skipped
  } else if (c === d.delimiter) {
    saveField(r);
  } else {
    addChar(r, c);
    r.state = ParserState.IN_FIELD;
  }
}

function inField(r: PyReader, d: PyDialect, c: number): void {
  if (c === NL || c === CR || c === EOL) {
    saveField(r);
    r.state = c === EOL ? ParserState.START_RECORD : ParserState.EAT_CRNL;
  } else if (c === d.escapechar) {
    r.state = ParserState.ESCAPED_CHAR;
  } else if (c === d.delimiter) {
    saveField(r);
    r.state = ParserState.START_FIELD;
  } else {
    addChar(r, c);
  }
}

/** CPython: parse_reset */
function parseReset(r: PyReader): void {
  r.fields = [];
  r.field = [];
  r.fieldLen = 0;
  r.state = ParserState.START_RECORD;
  r.unquotedField = false;
}

// CPython: Reader_iternext_lock_held
function readerNext(self: PyValue): PyValue | undefined {
  const r = self as PyReader;
  const st = r.st;
  parseReset(r);
  do {
    const line = PyIter_Next(r.inputIter);
    if (line === undefined) {
      if (r.fieldLen !== 0 || r.state === ParserState.IN_QUOTED_FIELD) {
        if (r.dialect.strict) csvError(st, 'unexpected end of data');
        saveField(r);
        break;
      }
      return undefined;
    }
    if (!isStrValue(line)) {
      csvError(st, `iterator should return strings, not ${typeOf(line).tp_name.slice(0, 200)} (the file should be opened in text mode)`);
    }
    // A next() on this reader from inside the iterator finished a record of its own.
    if (r.fields === null) csvError(st, 'iterator has already advanced the reader');
    r.lineNum++;
    const s = strValue(line);
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const lo = s.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
          i++;
        }
      }
      processChar(r, c);
    }
    processChar(r, EOL);
  } while (r.state !== ParserState.START_RECORD);
  const fields = r.fields!;
  r.fields = null;
  return new PyList(fields);
}

export const ReaderType = defineBuiltinType({
  name: '_csv.reader',
  doc: 'CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n',
  flags: TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC | TPFLAGS.DISALLOW_INSTANTIATION,
  instanceClass: PyReader,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: readerNext },
  getset: {
    dialect: { get: (s: PyValue) => (s as PyReader).dialect, set: readonlyAttribute },
    line_num: { get: (s: PyValue) => (s as PyReader).lineNum, set: readonlyAttribute },
  },
});

/** PyArg_UnpackTuple(args, name, 1, 2): the two positional arguments (the second may be missing). */
function unpackTuple(name: string, args: readonly PyValue[]): [PyValue, PyValue | undefined] {
  if (args.length < 1) throw typeError(`${name} expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) throw typeError(`${name} expected at most 2 arguments, got ${args.length}`);
  return [args[0], args[1]];
}

// CPython: csv_reader
function csvReader(m: PyValue, args: PyValue[], kwargs: PyDict | null): PyReader {
  const st = stateOf(m);
  const [iterable, dialect] = unpackTuple('reader', args);
  const it = PyObject_GetIter(iterable);
  return new PyReader(st, it, callDialect(dialect, kwargs));
}

// ---- writer ----

export class PyWriter extends PyObject {
  constructor(
    readonly st: CsvState,
    readonly write: PyValue,
    readonly dialect: PyDialect,
  ) {
    super();
  }
}

/**
 * Appends a field to the record: quoted when `quoted` or when it holds a special character (a
 * delimiter, quote, escape, CR/LF or lineterminator character); with QUOTE_NONE those are escaped
 * instead. Returns false on error. CPython: join_append, join_append_data
 */
function joinAppend(w: PyWriter, rec: string[], numFields: number, field: string | null, quoted: boolean): void {
  const d = w.dialect;
  const st = w.st;
  const text = field ?? '';
  if (text.length === 0 && d.delimiter === SPACE && d.skipinitialspace) {
    if (d.quoting === QUOTE_NONE || (field === null && (d.quoting === QUOTE_STRINGS || d.quoting === QUOTE_NOTNULL))) {
      csvError(st, 'empty field must be quoted if delimiter is a space and skipinitialspace is true');
    }
    quoted = true;
  }
  const out: string[] = [];
  const quoteChar = d.quotechar === NOT_SET ? '' : String.fromCodePoint(d.quotechar);
  const escChar = d.escapechar === NOT_SET ? '' : String.fromCodePoint(d.escapechar);
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    let wantEscape = false;
    if (c === d.delimiter || c === d.escapechar || c === d.quotechar || c === NL || c === CR || d.lineterminator.includes(ch)) {
      if (d.quoting === QUOTE_NONE) wantEscape = true;
      else {
        if (c === d.quotechar) {
          if (d.doublequote) out.push(quoteChar);
          else wantEscape = true;
        } else if (c === d.escapechar) {
          wantEscape = true;
        }
        if (!wantEscape) quoted = true;
      }
      if (wantEscape) {
        if (d.escapechar === NOT_SET) csvError(st, 'need to escape, but no escapechar set');
        out.push(escChar);
      }
    }
    out.push(ch);
  }
  if (numFields > 0) rec.push(String.fromCodePoint(d.delimiter));
  if (quoted) rec.push(quoteChar, ...out, quoteChar);
  else rec.push(...out);
}

/** PyNumber_Check: int, float, complex, or anything with __index__, __int__ or __float__. */
function isNumber(v: PyValue): boolean {
  const t = typeof v;
  if (t === 'number' || t === 'bigint' || t === 'boolean' || v instanceof PyFloat) return true;
  const tp = typeOf(v);
  return tp.nb_index !== null || tp.nb_int !== null || tp.nb_float !== null || tp.tp_name === 'complex';
}

// CPython: csv_writerow_lock_held
function writerow(self: PyValue, seq: PyValue): PyValue {
  const w = self as PyWriter;
  const d = w.dialect;
  let it: PyValue;
  try {
    it = PyObject_GetIter(seq);
  } catch (e) {
    if (e instanceof PyObject && exceptionMatches(e, PyExc_TypeError)) csvError(w.st, `iterable expected, not ${typeOf(seq).tp_name.slice(0, 200)}`);
    throw e;
  }
  const rec: string[] = [];
  let numFields = 0;
  let nullField = false;
  for (let field = PyIter_Next(it); field !== undefined; field = PyIter_Next(it)) {
    let quoted: boolean;
    switch (d.quoting) {
      case QUOTE_NONNUMERIC:
        quoted = !isNumber(field);
        break;
      case QUOTE_ALL:
        quoted = true;
        break;
      case QUOTE_STRINGS:
        quoted = isStrValue(field);
        break;
      case QUOTE_NOTNULL:
        quoted = field !== None;
        break;
      default:
        quoted = false;
    }
    nullField = field === None;
    if (isStrValue(field)) joinAppend(w, rec, numFields, strValue(field), quoted);
    else if (nullField) joinAppend(w, rec, numFields, null, quoted);
    else joinAppend(w, rec, numFields, PyObject_Str(field), quoted);
    numFields++;
  }
  if (numFields > 0 && rec.every((s) => s.length === 0)) {
    // A record of one empty field must be quoted, or it would read back as no field at all.
    if (d.quoting === QUOTE_NONE || (nullField && (d.quoting === QUOTE_STRINGS || d.quoting === QUOTE_NOTNULL))) {
      csvError(w.st, 'single empty field record must be quoted');
    }
    rec.length = 0;
    joinAppend(w, rec, numFields - 1, null, true);
  }
  rec.push(d.lineterminator);
  return PyObject_CallOneArg(w.write, rec.join(''));
}

function writerows(self: PyValue, rows: PyValue): PyValue {
  const it = PyObject_GetIter(rows);
  for (let row = PyIter_Next(it); row !== undefined; row = PyIter_Next(it)) writerow(self, row);
  return None;
}

export const WriterType = defineBuiltinType({
  name: '_csv.writer',
  doc: 'CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n',
  flags: TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC | TPFLAGS.DISALLOW_INSTANTIATION,
  instanceClass: PyWriter,
  methods: {
    writerow: {
      sig: '($self, row, /)',
      impl: writerow,
      doc: 'Construct and write a CSV record from an iterable of fields.\n\nNon-string elements will be converted to string.',
    },
    writerows: {
      sig: '($self, rows, /)',
      impl: writerows,
      doc: 'Construct and write a series of iterables to a csv file.\n\nNon-string elements will be converted to string.',
    },
  },
  getset: {
    dialect: { get: (s: PyValue) => (s as PyWriter).dialect, set: readonlyAttribute },
  },
});

// CPython: csv_writer
function csvWriter(m: PyValue, args: PyValue[], kwargs: PyDict | null): PyWriter {
  const st = stateOf(m);
  const [fileobj, dialect] = unpackTuple('writer', args);
  const write = PyObject_LookupAttr(fileobj, 'write');
  if (write === undefined || typeOf(write).tp_call === null) throw typeError('argument 1 must have a "write" method');
  return new PyWriter(st, write, callDialect(dialect, kwargs));
}

// ---- the dialect registry ----

function registerDialect(m: PyValue, args: PyValue[], kwargs: PyDict | null): PyValue {
  const st = stateOf(m);
  const [name, dialect] = unpackTuple('register_dialect', args);
  if (!isStrValue(name)) throw typeError('dialect name must be a string');
  st.dialects.set(name, callDialect(dialect, kwargs));
  return None;
}

function unregisterDialect(m: PyValue, name: PyValue): PyValue {
  const st = stateOf(m);
  if (!st.dialects.delete(name)) csvError(st, 'unknown dialect');
  return None;
}

function getDialect(m: PyValue, name: PyValue): PyValue {
  const st = stateOf(m);
  const d = dictLookup(st.dialects, name);
  if (d === undefined) csvError(st, 'unknown dialect');
  return d;
}

function listDialects(m: PyValue): PyList {
  const st = stateOf(m);
  const out: PyValue[] = [];
  for (let i = st.dialects.next(0); i >= 0; i = st.dialects.next(i + 1)) out.push(st.dialects.keys[i]);
  return new PyList(out);
}

// CPython: _csv_field_size_limit_impl
function fieldSizeLimit(m: PyValue, newLimit: PyValue | undefined): number {
  const st = stateOf(m);
  const old = st.fieldLimit;
  if (newLimit !== undefined) {
    if (typeof newLimit !== 'number' && typeof newLimit !== 'bigint') throw typeError('limit must be an integer');
    if (newLimit > 9223372036854775807n || newLimit < -9223372036854775808n) throw overflowError('Python int too large to convert to C ssize_t');
    st.fieldLimit = Number(newLimit);
  }
  return old;
}

const VARARGS_FUNCTIONS: [string, string, NativeImpl, string][] = [
  [
    'reader',
    "($module, iterable, /, dialect='excel', **fmtparams)",
    csvReader,
    'Return a reader object that will process lines from the given iterable.\n\nEach iteration returns a row of the CSV data (which can span several input lines); "dialect" and keyword arguments set the format.',
  ],
  [
    'writer',
    "($module, fileobj, /, dialect='excel', **fmtparams)",
    csvWriter,
    'Return a writer object that will write user data on the given file object.\n\n"dialect" and keyword arguments set the format.',
  ],
  ['register_dialect', "($module, name, /, dialect='excel', **fmtparams)", registerDialect, 'Create a mapping from a string name to a CSV dialect.'],
];

export const csvModule = defineModule({
  name: '_csv',
  doc: 'CSV parsing and writing.\n',
  functions: {
    unregister_dialect: { sig: '($module, /, name)', impl: unregisterDialect, doc: 'Delete the name/dialect mapping associated with a string name.' },
    get_dialect: { sig: '($module, /, name)', impl: getDialect, doc: 'Return the dialect instance associated with name.' },
    list_dialects: { sig: '($module, /)', impl: listDialects, doc: 'Return a list of all known dialect names.' },
    field_size_limit: {
      sig: '($module, /, new_limit=<unrepresentable>)',
      impl: fieldSizeLimit,
      doc: 'Sets an upper limit on parsed fields.\n\nReturns old limit. If limit is not given, no new limit is set and\nthe old limit is returned',
    },
  },
  init: (m) => {
    for (const [name, text, impl, doc] of VARARGS_FUNCTIONS) {
      // Bound as (*args, **kwargs) like CPython's METH_VARARGS | METH_KEYWORDS functions, while
      // __text_signature__ shows CPython's.
      const sig = { ...parseSignature('($module, *args, **kwargs)'), text };
      m.ob_dict.setStr(name, new PyCFunction(name, name, sig, { short: name, funcStr: `_csv.${name}()` }, impl, m, '_csv', doc));
    }
  },
  constants: (m) => {
    const error = newExceptionClass('_csv', 'Error', PyExc_Exception);
    const dialects = new PyDict();
    const st: CsvState = { error, dialects, fieldLimit: 128 * 1024 };
    states.set(m, st);
    current = st;
    return {
      Dialect: DialectType,
      Reader: ReaderType,
      Writer: WriterType,
      _dialects: dialects,
      QUOTE_MINIMAL,
      QUOTE_ALL,
      QUOTE_NONNUMERIC,
      QUOTE_NONE,
      QUOTE_STRINGS,
      QUOTE_NOTNULL,
      Error: error,
    };
  },
});
