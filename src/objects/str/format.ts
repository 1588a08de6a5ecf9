// str.format(), str.format_map(), str.__format__, and the parsers string.Formatter uses through
// _string.  CPython: Objects/stringlib/unicode_format.h (MarkupIterator, FieldNameIterator,
// field_name_split, build_string), Python/formatter_unicode.c (format_string_internal).
//
// The parsers walk UTF-16 units: every character with a meaning in the syntax is ASCII, so
// surrogate pairs pass through untouched; numbers and the conversion are read by code point.
import { None, type PyValue } from '../object.ts';
import { typeOf } from '../type.ts';
import { isStrValue, strValue } from '../boxes.ts';
import { PyTuple } from '../tuple.ts';
import { PyDict } from '../dict.ts';
import {
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_Repr,
  PyObject_Str,
  PySequence_GetItem,
} from '../abstract.ts';
import { typeError, valueError, indexError, keyError } from '../exceptions.ts';
import { PyObject_Format, PyObject_ASCII } from '../format.ts';
import { parseFormatSpec, unknownPresentationType, formatStringSpec } from '../format-spec.ts';
import { toDecimal } from '../../unicode/db.ts';

/** A substring of the text being parsed: [start, end) in UTF-16 units. */
interface Sub {
  start: number;
  end: number;
}

const enum AutoState {
  INIT,
  AUTO,
  MANUAL,
}

/** The auto-numbering state of one format() call.  CPython: AutoNumber */
class AutoNumber {
  state = AutoState.INIT;
  next = 0;
}

const SSIZE_MAX = 2 ** 63 - 1;

/** The integer a field name or index denotes (Unicode decimal digits), or -1.  CPython: get_integer */
function getInteger(s: string, sub: Sub): number {
  if (sub.start >= sub.end) return -1;
  let acc = 0;
  for (let i = sub.start; i < sub.end; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const d = toDecimal(cp);
    if (d < 0) return -1;
    if (acc > (SSIZE_MAX - d) / 10) throw valueError('Too many decimal digits in format string');
    acc = acc * 10 + d;
  }
  return acc;
}

// ---- field names: first, then .attr and [item] parts ----

/** The parts of a field name after the first.  CPython: FieldNameIterator */
export class FieldNameIterator {
  index: number;
  constructor(
    readonly s: string,
    start: number,
    readonly end: number,
  ) {
    this.index = start;
  }

  /** The next part as [isAttribute, int index or -1, name], or null at the end. */
  next(): [boolean, number, Sub] | null {
    const s = this.s;
    if (this.index >= this.end) return null;
    const c = s[this.index++];
    let isAttr: boolean;
    const name: Sub = { start: this.index, end: this.index };
    let idx = -1;
    if (c === '.') {
      isAttr = true;
      while (this.index < this.end && s[this.index] !== '[' && s[this.index] !== '.') this.index++;
      name.end = this.index;
    } else if (c === '[') {
      isAttr = false;
      let seen = false;
      while (this.index < this.end) {
        if (s[this.index++] === ']') {
          seen = true;
          break;
        }
      }
      if (!seen) throw valueError("Missing ']' in format string");
      name.end = this.index - 1;
      idx = getInteger(s, name);
    } else throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    if (name.start === name.end) throw valueError('Empty attribute in format string');
    return [isAttr, idx, name];
  }
}

/**
 * Splits a field name into its first part (an int index or a name) and an iterator over the rest,
 * applying automatic numbering when `auto` is given.  CPython: field_name_split
 */
export function fieldNameSplit(s: string, start: number, end: number, auto: AutoNumber | null): [Sub, number, FieldNameIterator] {
  let i = start;
  while (i < end && s[i] !== '[' && s[i] !== '.') i++;
  const first: Sub = { start, end: i };
  const rest = new FieldNameIterator(s, i, end);
  let idx = getInteger(s, first);
  const empty = first.start >= first.end;
  const numeric = empty || idx !== -1;
  if (auto !== null) {
    if (auto.state === AutoState.INIT && numeric) auto.state = empty ? AutoState.AUTO : AutoState.MANUAL;
    if (numeric) {
      if (auto.state === AutoState.MANUAL) {
        if (empty) throw valueError('cannot switch from manual field specification to automatic field numbering');
      } else if (!empty) throw valueError('cannot switch from automatic field numbering to manual field specification');
    }
    if (empty) idx = auto.next++;
  }
  return [first, idx, rest];
}

// ---- the markup iterator ----

/** One piece of a format string: literal text, then possibly a replacement field. */
export interface MarkupPiece {
  literal: Sub;
  fieldPresent: boolean;
  fieldName: Sub;
  /** null when there is no ':' part. */
  formatSpec: Sub | null;
  specNeedsExpanding: boolean;
  /** The conversion character, or '' for none. */
  conversion: string;
}

/** Splits a format string into literal text and replacement fields.  CPython: MarkupIterator */
export class MarkupIterator {
  pos: number;
  constructor(
    readonly s: string,
    start: number,
    readonly end: number,
  ) {
    this.pos = start;
  }

  next(): MarkupPiece | null {
    const s = this.s;
    if (this.pos >= this.end) return null;
    const start = this.pos;
    let c = '';
    let markup = false;
    while (this.pos < this.end) {
      c = s[this.pos++];
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = this.pos >= this.end;
    let len = this.pos - start;
    if (c === '}' && markup && (atEnd || s[this.pos] !== '}')) throw valueError("Single '}' encountered in format string");
    if (atEnd && c === '{' && markup) throw valueError("Single '{' encountered in format string");
    if (!atEnd && markup) {
      if (s[this.pos] === c) {
        this.pos++;
        markup = false;
      } else len--;
    }
    const piece: MarkupPiece = {
      literal: { start, end: start + len },
      fieldPresent: false,
      fieldName: { start: 0, end: 0 },
      formatSpec: null,
      specNeedsExpanding: false,
      conversion: '',
    };
    if (!markup) return piece;
    piece.fieldPresent = true;
    this.parseField(piece);
    return piece;
  }

  /** Reads `name[!conv][:spec]}` after a '{'.  CPython: parse_field */
  private parseField(piece: MarkupPiece): void {
    const s = this.s;
    let c = '';
    piece.fieldName.start = this.pos;
    while (this.pos < this.end) {
      c = s[this.pos++];
      if (c === '{') throw valueError("unexpected '{' in field name");
      if (c === '[') {
        while (this.pos < this.end && s[this.pos] !== ']') this.pos++;
        continue;
      }
      if (c === '}' || c === ':' || c === '!') break;
    }
    piece.fieldName.end = this.pos - 1;
    if (c === '!' || c === ':') {
      if (c === '!') {
        if (this.pos >= this.end) throw valueError('end of string while looking for conversion specifier');
        const cp = s.codePointAt(this.pos)!;
        piece.conversion = String.fromCodePoint(cp);
        this.pos += cp > 0xffff ? 2 : 1;
        if (this.pos < this.end) {
          const d = s[this.pos++];
          if (d === '}') return;
          if (d !== ':') throw valueError("expected ':' after conversion specifier");
        }
      }
      const spec: Sub = { start: this.pos, end: this.pos };
      piece.formatSpec = spec;
      let count = 1;
      while (this.pos < this.end) {
        const d = s[this.pos++];
        if (d === '{') {
          piece.specNeedsExpanding = true;
          count++;
        } else if (d === '}') {
          if (--count === 0) {
            spec.end = this.pos - 1;
            return;
          }
        }
      }
      throw valueError("unmatched '{' in format spec");
    } else if (c !== '}') throw valueError("expected '}' before end of string");
  }
}

// ---- str.format ----

function fieldObject(s: string, name: Sub, args: readonly PyValue[] | null, kwargs: PyValue | null, auto: AutoNumber): PyValue {
  const [first, index, rest] = fieldNameSplit(s, name.start, name.end, auto);
  let obj: PyValue;
  if (index === -1) {
    const key = s.slice(first.start, first.end);
    if (kwargs === null) throw keyError(key);
    obj = PyObject_GetItem(kwargs, key);
  } else {
    if (args === null) throw valueError('Format string contains positional fields');
    if (index >= args.length) throw indexError(`Replacement index ${index} out of range for positional args tuple`);
    obj = args[index];
  }
  for (let part = rest.next(); part !== null; part = rest.next()) {
    const [isAttr, idx, sub] = part;
    const text = s.slice(sub.start, sub.end);
    if (isAttr) obj = PyObject_GetAttr(obj, text);
    else if (idx === -1) obj = PyObject_GetItem(obj, text);
    else if (typeOf(obj).sq_item !== null && !(obj instanceof PyDict)) obj = PySequence_GetItem(obj, idx);
    else obj = PyObject_GetItem(obj, idx);
  }
  return obj;
}

function convert(obj: PyValue, conversion: string): PyValue {
  switch (conversion) {
    case 'r':
      return PyObject_Repr(obj);
    case 's':
      return PyObject_Str(obj);
    case 'a':
      return PyObject_ASCII(obj);
  }
  const cp = conversion.codePointAt(0)!;
  if (cp > 32 && cp < 127) throw valueError(`Unknown conversion specifier ${conversion}`);
  throw valueError(`Unknown conversion specifier \\x${cp.toString(16)}`);
}

/** build_string: the formatted text of s[start:end].  CPython: build_string + do_markup */
function buildString(s: string, start: number, end: number, args: readonly PyValue[] | null, kwargs: PyValue | null, depth: number, auto: AutoNumber): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  const it = new MarkupIterator(s, start, end);
  let out = '';
  for (let p = it.next(); p !== null; p = it.next()) {
    if (p.literal.end !== p.literal.start) out += s.slice(p.literal.start, p.literal.end);
    if (!p.fieldPresent) continue;
    let obj = fieldObject(s, p.fieldName, args, kwargs, auto);
    if (p.conversion !== '') obj = convert(obj, p.conversion);
    let spec = '';
    if (p.formatSpec !== null) {
      spec = p.specNeedsExpanding
        ? buildString(s, p.formatSpec.start, p.formatSpec.end, args, kwargs, depth - 1, auto)
        : s.slice(p.formatSpec.start, p.formatSpec.end);
    }
    out += PyObject_Format(obj, spec);
  }
  return out;
}

/** str.format(*args, **kwargs). */
// A format string without braces comes back as the very object (a str subclass instance stays
// one), as CPython's _PyUnicodeWriter returns a string written whole.

/** str.format(*args, **kwargs). */
export function strFormat(self: PyValue, args: PyValue[], kwargs: PyDict | null): PyValue {
  const s = strValue(self);
  if (!s.includes('{') && !s.includes('}')) return self;
  return buildString(s, 0, s.length, args, kwargs, 2, new AutoNumber());
}

/** str.format_map(mapping). */
export function strFormatMap(self: PyValue, mapping: PyValue): PyValue {
  const s = strValue(self);
  if (!s.includes('{') && !s.includes('}')) return self;
  return buildString(s, 0, s.length, null, mapping, 2, new AutoNumber());
}

/** str.__format__(format_spec).  CPython: unicode___format___impl, format_string_internal */
export function strDunderFormat(self: PyValue, spec: PyValue): string {
  if (!isStrValue(spec)) throw typeError(`__format__() argument must be str, not ${typeOf(spec).tp_name}`);
  const s = strValue(self);
  const text = strValue(spec);
  // An empty spec gives str(self): a subclass's __str__ is called.  CPython: format_obj
  if (text === '') return typeof self === 'string' ? s : PyObject_Str(self);
  const fs = parseFormatSpec(text, 'str', 's', '<');
  if (fs.type !== 's') throw unknownPresentationType(fs.type, 'str');
  return formatStringSpec(s, fs);
}

// ---- string.Formatter's parsers (the _string module) ----

/** _string.formatter_parser(s) items: (literal, field_name, format_spec, conversion). */
export function formatterParserNext(it: MarkupIterator): PyTuple | undefined {
  const p = it.next();
  if (p === null) return undefined;
  const s = it.s;
  const literal = s.slice(p.literal.start, p.literal.end);
  const fieldName = p.fieldPresent ? s.slice(p.fieldName.start, p.fieldName.end) : None;
  const spec = p.formatSpec !== null ? s.slice(p.formatSpec.start, p.formatSpec.end) : p.fieldPresent ? '' : None;
  const conversion = p.conversion === '' ? None : p.conversion;
  return new PyTuple([literal, fieldName, spec, conversion]);
}

/** _string.formatter_field_name_split(s): (first, iterator over (is_attr, key)). */
export function formatterFieldNameSplit(s: string): [PyValue, FieldNameIterator] {
  const [first, idx, rest] = fieldNameSplit(s, 0, s.length, null);
  return [idx !== -1 ? idx : s.slice(first.start, first.end), rest];
}

/** The next (is_attr, key) of a field name iterator, or undefined at the end. */
export function fieldNameIterNext(it: FieldNameIterator): PyTuple | undefined {
  const part = it.next();
  if (part === null) return undefined;
  const [isAttr, idx, sub] = part;
  return new PyTuple([isAttr, idx !== -1 ? idx : it.s.slice(sub.start, sub.end)]);
}
