// The _json module: the json package's accelerators (string scanning and escaping, the scanner that
// decodes a whole document, the one-shot encoder).  CPython: Modules/_json.c
//
// json works without it (json/scanner.py and json/encoder.py have pure-Python fallbacks), but CPython
// uses these: tracebacks through json show no scanner frames, nesting is bounded by the native
// recursion guard rather than the Python recursion limit, and both directions are much faster.
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { PyType, typeOf, TPFLAGS } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyList, ListType } from '../objects/list.ts';
import { PyDict } from '../objects/dict.ts';
import { DictType } from '../objects/dict-type.ts';
import { PyFloat, FloatType, floatRepr, PyFloat_FromString } from '../objects/float.ts';
import { IntType } from '../objects/int.ts';
import { parseIntText } from '../objects/int/parse.ts';
import { intToDecimalString } from '../objects/int/format.ts';
import { PyCFunction } from '../objects/descrobject.ts';
import { bindArguments, parseSignature } from '../objects/getargs.ts';
import { isIntValue, intValue, isStrValue, strValue } from '../objects/boxes.ts';
import { hasSurrogates, codePointValues } from '../objects/str/codepoints.ts';
import { PyObject_Id } from '../objects/id.ts';
import { typeQualname, typeModule } from '../objects/typeobject.ts';
import {
  PyObject_Call,
  PyObject_CallOneArg,
  PyObject_CallMethod,
  PyObject_GetAttr,
  PyObject_IsTrue,
  PyObject_Repr,
  PyObject_SetItem,
  PySequence_Contains,
  PyNumber_Index,
  iterableToArray,
} from '../objects/abstract.ts';
import { typeError, valueError, overflowError, addNote, newException, PyExc_StopIteration } from '../objects/exceptions.ts';
import { enterRecursiveCall, leaveRecursiveCall } from '../objects/recursion.ts';
import { importModule } from '../runtime/import.ts';

type V = PyValue;

// ---- helpers ----

/** A Py_ssize_t argument ('n').  CPython: PyArg_Parse's n converter */
function ssizeArg(v: V): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'number') return i;
  if (i >= -(2n ** 63n) && i < 2n ** 63n) return Number(i);
  throw overflowError('Python int too large to convert to C ssize_t');
}

function firstArgMustBeStr(v: V): never {
  throw typeError(`first argument must be a string, not ${typeOf(v).tp_name}`);
}

/** %T: a type's name with its module, except for builtins and __main__.  CPython: _PyType_GetFullyQualifiedName */
function typeFullyQualified(type: PyType): string {
  const qual = typeQualname(type);
  const mod = type.tp_flags & TPFLAGS.HEAPTYPE ? type.tp_dict.getStr('__module__') : typeModule(type);
  return typeof mod === 'string' && mod !== 'builtins' && mod !== '__main__' ? `${mod}.${qual}` : qual;
}

/** Adds a note to an exception on its way out.  CPython: _PyErr_FormatNote */
function noted(e: unknown, note: () => string): unknown {
  if (e instanceof PyObject) addNote(e, note());
  return e;
}

/** A text read by code point: the JS string itself when it has no surrogates, else its code points. */
class Text {
  readonly s: string;
  readonly cps: number[] | null;
  readonly length: number;
  constructor(s: string) {
    this.s = s;
    this.cps = hasSurrogates(s) ? codePointValues(s) : null;
    this.length = this.cps === null ? s.length : this.cps.length;
  }
  at(i: number): number {
    return this.cps === null ? this.s.charCodeAt(i) : this.cps[i];
  }
  slice(a: number, b: number): string {
    if (this.cps === null) return this.s.slice(a, b);
    let out = '';
    for (let i = a; i < b; i++) out += String.fromCodePoint(this.cps[i]);
    return out;
  }
}

/** JSONDecodeError(msg, doc, pos), raised.  CPython: raise_errmsg */
function decodeError(msg: string, text: Text, pos: number): never {
  const cls = PyObject_GetAttr(importModule('json.decoder'), 'JSONDecodeError');
  throw PyObject_Call(cls, [msg, text.s, pos], null);
}

function stopIteration(idx: number): never {
  throw newException(PyExc_StopIteration, [idx]);
}

// ---- strings ----

const isWhitespace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/**
 * The JSON string whose opening quote is just before `end`: its value and the index after its
 * closing quote.  CPython: scanstring_unicode
 */
function scanString(text: Text, end: number, strict: boolean): [string, number] {
  const len = text.length;
  const begin = end - 1;
  if (end < 0 || len < end) throw valueError('end is out of bounds');
  let out = '';
  for (;;) {
    // Find the end of the string or the next escape.
    let next = end;
    let c = 0;
    for (; next < len; next++) {
      c = text.at(next);
      if (c === 0x22 || c === 0x5c) break;
      if (c <= 0x1f && strict) decodeError('Invalid control character at', text, next);
    }
    if (c !== 0x22 && c !== 0x5c) decodeError('Unterminated string starting at', text, begin);
    if (next !== end) out += text.slice(end, next);
    next++;
    if (c === 0x22) return [out, next];
    if (next === len) decodeError('Unterminated string starting at', text, begin);
    c = text.at(next);
    if (c !== 0x75 /* u */) {
      end = next + 1;
      switch (c) {
        case 0x22:
        case 0x5c:
        case 0x2f:
          break;
        case 0x62:
          c = 0x08;
          break;
        case 0x66:
          c = 0x0c;
          break;
        case 0x6e:
          c = 0x0a;
          break;
        case 0x72:
          c = 0x0d;
          break;
        case 0x74:
          c = 0x09;
          break;
        default:
          c = 0;
      }
      if (c === 0) decodeError('Invalid \\escape', text, end - 2);
    } else {
      c = 0;
      next++;
      end = next + 4;
      if (end > len) decodeError('Invalid \\uXXXX escape', text, next - 1);
      for (; next < end; next++) {
        const d = hexValue(text.at(next));
        if (d < 0) decodeError('Invalid \\uXXXX escape', text, end - 5);
        c = (c << 4) | d;
      }
      // A high surrogate followed by \u and a low surrogate is one character.
      if (c >= 0xd800 && c <= 0xdbff && end + 6 < len && text.at(next++) === 0x5c && text.at(next++) === 0x75) {
        let c2 = 0;
        end += 6;
        for (; next < end; next++) {
          const d = hexValue(text.at(next));
          if (d < 0) decodeError('Invalid \\uXXXX escape', text, end - 5);
          c2 = (c2 << 4) | d;
        }
        if (c2 >= 0xdc00 && c2 <= 0xdfff) c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
        else end -= 6;
      }
    }
    out += String.fromCodePoint(c);
  }
}

/** scanstring(string, end, strict=True) -> (string, end).  CPython: py_scanstring */
function scanstring(_m: V, a: V[]): V {
  // PyArg_ParseTuple("On|p:scanstring") and its messages.
  if (a.length < 2) throw typeError(`scanstring() takes at least 2 arguments (${a.length} given)`);
  if (a.length > 3) throw typeError(`scanstring() takes at most 3 arguments (${a.length} given)`);
  const [s, endObj, strictObj] = a;
  const end = ssizeArg(endObj);
  const strict = strictObj === undefined ? true : PyObject_IsTrue(strictObj);
  if (!isStrValue(s)) firstArgMustBeStr(s);
  const [value, next] = scanString(new Text(strValue(s)), end, strict);
  return new PyTuple([value, next]);
}

const HEX = '0123456789abcdef';

function u4(c: number): string {
  return '\\u' + HEX[(c >> 12) & 0xf] + HEX[(c >> 8) & 0xf] + HEX[(c >> 4) & 0xf] + HEX[c & 0xf];
}

function shortEscape(c: number): string | null {
  switch (c) {
    case 0x5c:
      return '\\\\';
    case 0x22:
      return '\\"';
    case 0x08:
      return '\\b';
    case 0x0c:
      return '\\f';
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    case 0x09:
      return '\\t';
  }
  return null;
}

/** The ASCII-only JSON form of a str.  CPython: ascii_escape_unicode */
function asciiEscape(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && c !== 0x5c && c !== 0x22) continue;
    out += s.slice(run, i);
    run = i + 1;
    // UTF-16 code units: an astral character's two units become its surrogate pair escape.
    out += shortEscape(c) ?? u4(c);
  }
  return out + s.slice(run) + '"';
}

/** The JSON form of a str (non-ASCII kept).  CPython: escape_unicode */
function escape(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x1f && c !== 0x5c && c !== 0x22) continue;
    out += s.slice(run, i);
    run = i + 1;
    out += shortEscape(c) ?? u4(c);
  }
  return out + s.slice(run) + '"';
}

/** encode_basestring_ascii(string) -> string.  CPython: py_encode_basestring_ascii */
function encodeBasestringAscii(_m: V, s: V): V {
  if (!isStrValue(s)) firstArgMustBeStr(s);
  return asciiEscape(strValue(s));
}

/** encode_basestring(string) -> string.  CPython: py_encode_basestring */
function encodeBasestring(_m: V, s: V): V {
  if (!isStrValue(s)) firstArgMustBeStr(s);
  return escape(strValue(s));
}

// ---- the scanner ----

class PyScanner extends PyObject {
  constructor(
    readonly strict: boolean,
    readonly objectHook: V,
    readonly objectPairsHook: V,
    readonly parseFloat: V,
    readonly parseInt: V,
    readonly parseConstant: V,
  ) {
    super();
  }
}

const SCANNER_NEW_SIG = parseSignature('(context)');

/** make_scanner(context): reads its hooks and options from the decoder.  CPython: scanner_new */
function scannerNew(_type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const [ctx] = bindArguments(SCANNER_NEW_SIG, { short: 'make_scanner', funcStr: 'make_scanner()' }, args, kwnames) as V[];
  const strict = PyObject_IsTrue(PyObject_GetAttr(ctx, 'strict'));
  const objectHook = PyObject_GetAttr(ctx, 'object_hook');
  const objectPairsHook = PyObject_GetAttr(ctx, 'object_pairs_hook');
  const parseFloat = PyObject_GetAttr(ctx, 'parse_float');
  const parseInt = PyObject_GetAttr(ctx, 'parse_int');
  const parseConstant = PyObject_GetAttr(ctx, 'parse_constant');
  return new PyScanner(strict, objectHook, objectPairsHook, parseFloat, parseInt, parseConstant);
}

/** One decoding: the scanner's options, the text, and where the last term ended. */
class Scan {
  next = 0;
  constructor(
    readonly s: PyScanner,
    readonly text: Text,
  ) {}

  skipWhitespace(idx: number): number {
    const t = this.text;
    const end = t.length;
    while (idx < end && isWhitespace(t.at(idx))) idx++;
    return idx;
  }

  /** A JSON object after its '{'.  CPython: _parse_object_unicode */
  object(idx: number): V {
    const t = this.text;
    const endIdx = t.length - 1;
    const pairsHook = this.s.objectPairsHook !== None;
    const pairs: V[] = [];
    const dict = pairsHook ? null : new PyDict();
    idx = this.skipWhitespace(idx);
    if (idx > endIdx || t.at(idx) !== 0x7d /* } */) {
      for (;;) {
        if (idx > endIdx || t.at(idx) !== 0x22) decodeError('Expecting property name enclosed in double quotes', t, idx);
        const [key, afterKey] = scanString(t, idx + 1, this.s.strict);
        idx = this.skipWhitespace(afterKey);
        if (idx > endIdx || t.at(idx) !== 0x3a /* : */) decodeError("Expecting ':' delimiter", t, idx);
        idx = this.skipWhitespace(idx + 1);
        const val = this.term(idx);
        if (dict === null) pairs.push(new PyTuple([key, val]));
        else PyObject_SetItem(dict, key, val);
        idx = this.skipWhitespace(this.next);
        if (idx <= endIdx && t.at(idx) === 0x7d) break;
        if (idx > endIdx || t.at(idx) !== 0x2c /* , */) decodeError("Expecting ',' delimiter", t, idx);
        const comma = idx;
        idx = this.skipWhitespace(idx + 1);
        if (idx <= endIdx && t.at(idx) === 0x7d) decodeError('Illegal trailing comma before end of object', t, comma);
      }
    }
    this.next = idx + 1;
    if (dict === null) return PyObject_CallOneArg(this.s.objectPairsHook, new PyList(pairs));
    if (this.s.objectHook !== None) return PyObject_CallOneArg(this.s.objectHook, dict);
    return dict;
  }

  /** A JSON array after its '['.  CPython: _parse_array_unicode */
  array(idx: number): V {
    const t = this.text;
    const endIdx = t.length - 1;
    const items: V[] = [];
    idx = this.skipWhitespace(idx);
    if (idx > endIdx || t.at(idx) !== 0x5d /* ] */) {
      for (;;) {
        items.push(this.term(idx));
        idx = this.skipWhitespace(this.next);
        if (idx <= endIdx && t.at(idx) === 0x5d) break;
        if (idx > endIdx || t.at(idx) !== 0x2c) decodeError("Expecting ',' delimiter", t, idx);
        const comma = idx;
        idx = this.skipWhitespace(idx + 1);
        if (idx <= endIdx && t.at(idx) === 0x5d) decodeError('Illegal trailing comma before end of array', t, comma);
      }
    }
    if (idx > endIdx || t.at(idx) !== 0x5d) decodeError('Expecting value', t, endIdx);
    this.next = idx + 1;
    return new PyList(items);
  }

  /** NaN, Infinity, -Infinity through parse_constant.  CPython: _parse_constant */
  constant(name: string, idx: number): V {
    const r = PyObject_CallOneArg(this.s.parseConstant, name);
    this.next = idx + name.length;
    return r;
  }

  /** A JSON number at `start` (StopIteration if there is none).  CPython: _match_number_unicode */
  number(start: number): V {
    const t = this.text;
    const endIdx = t.length - 1;
    const digit = (i: number): boolean => {
      const c = t.at(i);
      return c >= 0x30 && c <= 0x39;
    };
    let idx = start;
    let isFloat = false;
    if (t.at(idx) === 0x2d /* - */) {
      idx++;
      if (idx > endIdx) stopIteration(start);
    }
    const c0 = t.at(idx);
    if (c0 >= 0x31 && c0 <= 0x39) {
      idx++;
      while (idx <= endIdx && digit(idx)) idx++;
    } else if (c0 === 0x30) {
      idx++;
    } else {
      stopIteration(start);
    }
    if (idx < endIdx && t.at(idx) === 0x2e /* . */ && digit(idx + 1)) {
      isFloat = true;
      idx += 2;
      while (idx <= endIdx && digit(idx)) idx++;
    }
    if (idx < endIdx && (t.at(idx) === 0x65 || t.at(idx) === 0x45)) {
      const eStart = idx;
      idx++;
      if (idx < endIdx && (t.at(idx) === 0x2d || t.at(idx) === 0x2b)) idx++;
      while (idx <= endIdx && digit(idx)) idx++;
      if (digit(idx - 1)) isFloat = true;
      else idx = eStart;
    }
    const numstr = t.slice(start, idx);
    let r: V;
    if (isFloat && this.s.parseFloat !== FloatType) r = PyObject_CallOneArg(this.s.parseFloat, numstr);
    else if (!isFloat && this.s.parseInt !== IntType) r = PyObject_CallOneArg(this.s.parseInt, numstr);
    else if (isFloat) r = new PyFloat(PyFloat_FromString(numstr));
    else r = parseIntText(numstr, 10)!;
    this.next = idx;
    return r;
  }

  /** Any JSON term at `idx`; this.next is where it ends.  CPython: scan_once_unicode */
  term(idx: number): V {
    const t = this.text;
    const length = t.length;
    if (idx < 0) throw valueError('idx cannot be negative');
    if (idx >= length) stopIteration(idx);
    const matches = (word: string): boolean => {
      if (idx + word.length - 1 >= length) return false;
      for (let k = 1; k < word.length; k++) if (t.at(idx + k) !== word.charCodeAt(k)) return false;
      return true;
    };
    switch (t.at(idx)) {
      case 0x22: {
        const [s, next] = scanString(t, idx + 1, this.s.strict);
        this.next = next;
        return s;
      }
      case 0x7b: {
        enterRecursiveCall(' while decoding a JSON object from a unicode string');
        try {
          return this.object(idx + 1);
        } finally {
          leaveRecursiveCall();
        }
      }
      case 0x5b: {
        enterRecursiveCall(' while decoding a JSON array from a unicode string');
        try {
          return this.array(idx + 1);
        } finally {
          leaveRecursiveCall();
        }
      }
      case 0x6e:
        if (matches('null')) {
          this.next = idx + 4;
          return None;
        }
        break;
      case 0x74:
        if (matches('true')) {
          this.next = idx + 4;
          return true;
        }
        break;
      case 0x66:
        if (matches('false')) {
          this.next = idx + 5;
          return false;
        }
        break;
      case 0x4e:
        if (matches('NaN')) return this.constant('NaN', idx);
        break;
      case 0x49:
        if (matches('Infinity')) return this.constant('Infinity', idx);
        break;
      case 0x2d:
        if (matches('-Infinity')) return this.constant('-Infinity', idx);
        break;
    }
    return this.number(idx);
  }
}

const SCAN_SIG = parseSignature('(string, idx)');

/** scanner(string, idx) -> (value, end), or StopIteration(idx) when no term starts there.  CPython: scanner_call */
function scannerCall(self: V, args: readonly V[], kwnames: readonly string[] | null): V {
  const [s, idxObj] = bindArguments(SCAN_SIG, { short: 'scan_once', funcStr: 'scan_once()' }, args, kwnames) as V[];
  const idx = ssizeArg(idxObj);
  if (!isStrValue(s)) firstArgMustBeStr(s);
  const scan = new Scan(self as PyScanner, new Text(strValue(s)));
  const value = scan.term(idx);
  return new PyTuple([value, scan.next]);
}

// ---- the encoder ----

class PyEncoder extends PyObject {
  constructor(
    readonly markers: V,
    readonly defaultFn: V,
    readonly encoder: V,
    readonly indent: V,
    readonly keySeparator: string,
    readonly itemSeparator: string,
    readonly sortKeys: boolean,
    readonly skipKeys: boolean,
    readonly allowNan: boolean,
  ) {
    super();
  }
  /** encode_basestring(_ascii) when `encoder` is one of them (called directly, as CPython does). */
  fastEncode: ((s: string) => string) | null = null;
}

const ENCODER_NEW_SIG = parseSignature('(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)');

/** make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan).  CPython: encoder_new */
function encoderNew(_type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const a = bindArguments(ENCODER_NEW_SIG, { short: 'make_encoder', funcStr: 'make_encoder()' }, args, kwnames) as V[];
  const [markers, defaultFn, encoder, indent, keySep, itemSep] = a;
  for (const [i, v] of [
    [5, keySep],
    [6, itemSep],
  ] as const) {
    if (!isStrValue(v)) throw typeError(`make_encoder() argument ${i} must be str, not ${typeOf(v).tp_name}`);
  }
  const sortKeys = PyObject_IsTrue(a[6]);
  const skipKeys = PyObject_IsTrue(a[7]);
  const allowNan = PyObject_IsTrue(a[8]);
  if (markers !== None && !(markers instanceof PyDict)) {
    throw typeError(`make_encoder() argument 1 must be dict or None, not ${typeOf(markers).tp_name}`);
  }
  const e = new PyEncoder(markers, defaultFn, encoder, indent, strValue(keySep), strValue(itemSep), sortKeys, skipKeys, allowNan);
  if (encoder instanceof PyCFunction) {
    if (encoder.impl === encodeBasestringAscii) e.fastEncode = asciiEscape;
    else if (encoder.impl === encodeBasestring) e.fastEncode = escape;
  }
  return e;
}

function concatStr(a: string, b: V): string {
  if (!isStrValue(b)) throw typeError(`can only concatenate str (not "${typeOf(b).tp_name}") to str`);
  return a + strValue(b);
}

/** One encoding: the output so far and the newline-and-indent strings by level.  CPython: encoder_call's writer and indent_cache */
class Encoding {
  out: string[] = [];
  /** [2k]: '\n' + indent * (k + initial level); [2k-1]: item separator + the same. */
  indentCache: string[] | null = null;

  constructor(readonly s: PyEncoder) {}

  itemSeparator(level: number): string {
    const cache = this.indentCache!;
    if (level * 2 > cache.length) {
      const newlineIndent = concatStr(cache[(level - 1) * 2], this.s.indent);
      cache.push(this.s.itemSeparator + newlineIndent, newlineIndent);
    }
    return cache[level * 2 - 1];
  }

  newlineIndent(level: number): void {
    this.out.push(this.indentCache![level * 2]);
  }

  string(v: V): string {
    if (this.s.fastEncode !== null) return this.s.fastEncode(strValue(v));
    const encoded = PyObject_CallOneArg(this.s.encoder, v);
    if (!isStrValue(encoded)) throw typeError(`encoder() must return a string, not ${typeOf(encoded).tp_name}`);
    return strValue(encoded);
  }

  /** CPython: encoder_encode_float */
  float(x: number, obj: V): string {
    if (!Number.isFinite(x)) {
      if (!this.s.allowNan) throw valueError(`Out of range float values are not JSON compliant: ${PyObject_Repr(obj)}`);
      return x > 0 ? 'Infinity' : x < 0 ? '-Infinity' : 'NaN';
    }
    return floatRepr(x);
  }

  /** Registers a container in `markers` (by id), or raises on a cycle; returns the key to remove. */
  mark(obj: V): V {
    if (this.s.markers === None) return None;
    const ident = PyObject_Id(obj);
    if (PySequence_Contains(this.s.markers, ident)) throw valueError('Circular reference detected');
    PyObject_SetItem(this.s.markers, ident, obj);
    return ident;
  }

  unmark(ident: V): void {
    if (ident !== None) PyObject_SetItem(this.s.markers, ident, null);
  }

  /** CPython: encoder_listencode_obj */
  obj(obj: V, level: number): void {
    if (obj === None) this.out.push('null');
    else if (obj === true) this.out.push('true');
    else if (obj === false) this.out.push('false');
    else if (isStrValue(obj)) this.out.push(this.string(obj));
    else if (isIntValue(obj)) this.out.push(intToDecimalString(intValue(obj)));
    else if (obj instanceof PyFloat) this.out.push(this.float(obj.value, obj));
    else if (obj instanceof PyList || obj instanceof PyTuple) {
      enterRecursiveCall(' while encoding a JSON object');
      try {
        this.list(obj, level);
      } finally {
        leaveRecursiveCall();
      }
    } else if (obj instanceof PyDict) {
      enterRecursiveCall(' while encoding a JSON object');
      try {
        this.dict(obj, level);
      } finally {
        leaveRecursiveCall();
      }
    } else {
      const ident = this.mark(obj);
      const newobj = PyObject_CallOneArg(this.s.defaultFn, obj);
      enterRecursiveCall(' while encoding a JSON object');
      try {
        this.obj(newobj, level);
      } catch (e) {
        throw noted(e, () => `when serializing ${typeFullyQualified(typeOf(obj))} object`);
      } finally {
        leaveRecursiveCall();
      }
      this.unmark(ident);
    }
  }

  /** CPython: encoder_encode_key_value */
  keyValue(first: boolean, dct: V, key: V, value: V, level: number, separator: string): boolean {
    let keystr: string;
    if (isStrValue(key)) keystr = strValue(key);
    else if (key instanceof PyFloat) keystr = this.float(key.value, key);
    else if (key === true || key === false || key === None) keystr = key === true ? 'true' : key === false ? 'false' : 'null';
    else if (isIntValue(key)) keystr = intToDecimalString(intValue(key));
    else if (this.s.skipKeys) return first;
    else throw typeError(`keys must be str, int, float, bool or None, not ${typeOf(key).tp_name}`);
    if (first) {
      if (this.s.indent !== None) this.newlineIndent(level);
    } else this.out.push(separator);
    this.out.push(this.string(keystr), this.s.keySeparator);
    try {
      this.obj(value, level);
    } catch (e) {
      throw noted(e, () => `when serializing ${typeFullyQualified(typeOf(dct))} item ${PyObject_Repr(key)}`);
    }
    return false;
  }

  /** CPython: encoder_listencode_dict */
  dict(dct: PyDict, level: number): void {
    if (dct.size === 0) {
      this.out.push('{}');
      return;
    }
    const ident = this.mark(dct);
    this.out.push('{');
    let separator = this.s.itemSeparator;
    if (this.s.indent !== None) {
      level++;
      separator = this.itemSeparator(level);
    }
    let first = true;
    if (this.s.sortKeys || dct.ob_type !== DictType) {
      const items = mappingItems(dct);
      if (this.s.sortKeys) PyObject_CallMethod(items, 'sort', []);
      for (let i = 0; i < items.items.length; i++) {
        const item = items.items[i];
        if (!(item instanceof PyTuple) || item.items.length !== 2) throw valueError('items must return 2-tuples');
        first = this.keyValue(first, dct, item.items[0], item.items[1], level, separator);
      }
    } else {
      for (let i = dct.next(0); i >= 0; i = dct.next(i + 1)) {
        first = this.keyValue(first, dct, dct.keys[i], dct.values[i], level, separator);
      }
    }
    this.unmark(ident);
    if (this.s.indent !== None && !first) this.newlineIndent(level - 1);
    this.out.push('}');
  }

  /** CPython: encoder_listencode_list */
  list(seq: PyList | PyTuple, level: number): void {
    if (seq.items.length === 0) {
      this.out.push('[]');
      return;
    }
    const ident = this.mark(seq);
    this.out.push('[');
    let separator = this.s.itemSeparator;
    if (this.s.indent !== None) {
      level++;
      separator = this.itemSeparator(level);
      this.newlineIndent(level);
    }
    for (let i = 0; i < seq.items.length; i++) {
      if (i) this.out.push(separator);
      try {
        this.obj(seq.items[i], level);
      } catch (e) {
        throw noted(e, () => `when serializing ${typeFullyQualified(typeOf(seq))} item ${i}`);
      }
    }
    this.unmark(ident);
    if (this.s.indent !== None) this.newlineIndent(level - 1);
    this.out.push(']');
  }
}

/** dct.items() as a list (a dict subclass's own items() included).  CPython: PyMapping_Items */
function mappingItems(dct: PyDict): PyList {
  if (dct.ob_type === DictType) {
    const out: V[] = [];
    for (let i = dct.next(0); i >= 0; i = dct.next(i + 1)) out.push(new PyTuple([dct.keys[i], dct.values[i]]));
    return new PyList(out);
  }
  const items = PyObject_CallMethod(dct, 'items', []);
  return new PyList(iterableToArray(items));
}

const ENCODE_SIG = parseSignature('(obj, _current_indent_level)');

/** encoder(obj, _current_indent_level) -> (text,).  CPython: encoder_call */
function encoderCall(self: V, args: readonly V[], kwnames: readonly string[] | null): V {
  const [obj, levelObj] = bindArguments(ENCODE_SIG, { short: '_iterencode', funcStr: '_iterencode()' }, args, kwnames) as V[];
  const initialLevel = ssizeArg(levelObj);
  const enc = new Encoding(self as PyEncoder);
  const indent = (self as PyEncoder).indent;
  // CPython 3.14.2 fails this way for any starting level but 0 when there is an indent (the json
  // package always starts at 0).
  if (indent !== None && initialLevel !== 0) throw typeError('must be str, not ');
  if (indent !== None) {
    let first = '\n';
    if (initialLevel) first += strValue(PyObject_CallMethod(indent, '__mul__', [initialLevel]) as V);
    enc.indentCache = [first];
  }
  enc.obj(obj, 0);
  return new PyTuple([enc.out.join('')]);
}

// ---- the module ----

function member<T extends PyObject>(get: (o: T) => V, doc?: string): { get: (o: never) => V; doc?: string } {
  return { get: get as (o: never) => V, doc };
}

export const ScannerType = defineBuiltinType({
  name: '_json.Scanner',
  doc: 'Decodes JSON documents with the options of a JSONDecoder.',
  instanceClass: PyScanner,
  slots: { tp_new: scannerNew, tp_call: scannerCall },
  members: {
    strict: member((s: PyScanner) => s.strict, 'strict'),
    object_hook: member((s: PyScanner) => s.objectHook, 'object_hook'),
    object_pairs_hook: member((s: PyScanner) => s.objectPairsHook),
    parse_float: member((s: PyScanner) => s.parseFloat, 'parse_float'),
    parse_int: member((s: PyScanner) => s.parseInt, 'parse_int'),
    parse_constant: member((s: PyScanner) => s.parseConstant, 'parse_constant'),
  },
});

export const EncoderType = defineBuiltinType({
  name: '_json.Encoder',
  doc: 'Encodes Python objects as JSON with the options of a JSONEncoder.',
  instanceClass: PyEncoder,
  slots: { tp_new: encoderNew, tp_call: encoderCall },
  members: {
    markers: member((e: PyEncoder) => e.markers, 'markers'),
    default: member((e: PyEncoder) => e.defaultFn, 'default'),
    encoder: member((e: PyEncoder) => e.encoder, 'encoder'),
    indent: member((e: PyEncoder) => e.indent, 'indent'),
    key_separator: member((e: PyEncoder) => e.keySeparator, 'key_separator'),
    item_separator: member((e: PyEncoder) => e.itemSeparator, 'item_separator'),
    sort_keys: member((e: PyEncoder) => e.sortKeys, 'sort_keys'),
    skipkeys: member((e: PyEncoder) => e.skipKeys, 'skipkeys'),
  },
});

export const jsonModule = defineModule({
  name: '_json',
  doc: 'Native parts of the json package.',
  functions: {
    encode_basestring_ascii: {
      sig: '($module, string, /)',
      impl: encodeBasestringAscii,
      doc: 'The string as a JSON string literal made of ASCII characters only.',
    },
    encode_basestring: {
      sig: '($module, string, /)',
      impl: encodeBasestring,
      doc: 'The string as a JSON string literal (non-ASCII characters kept).',
    },
    scanstring: {
      sig: '($module, *args)',
      impl: scanstring,
      doc: 'The JSON string literal whose opening quote is just before end, unescaped, and the index after its closing quote.',
    },
  },
  constants: () => ({ make_scanner: ScannerType, make_encoder: EncoderType }),
});
