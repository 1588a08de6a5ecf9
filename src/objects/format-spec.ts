// The format-spec mini-language: parsing `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision
// [grouping]][type]` and laying out padded, signed, grouped results.  CPython: Python/formatter_unicode.c,
// Objects/stringlib/localeutil.h (_PyUnicode_InsertThousandsGrouping)
//
// Used by int/float/complex.__format__ and by str.__format__:
//
//   const spec = parseFormatSpec(text, 'str', 's', '<');   // throws CPython's ValueErrors
//   if (spec.type !== 's') throw unknownPresentationType(spec.type, 'str');
//   return formatStringSpec(value, spec);
//
// Lengths, widths and the fill character are in code points, as Python counts them.

import { valueError, type PyBaseException } from './exceptions.ts';
import { toDecimal } from '../unicode/db.ts';
import { cpLength, cpSlice } from './str/codepoints.ts';

/** A parsed format specification.  CPython: InternalFormatSpec */
export interface FormatSpec {
  /** The fill character (one code point; ' ' by default, '0' after the zero-padding flag). */
  fill: string;
  /** '<', '>', '=' or '^' (the caller's default when not given). */
  align: string;
  /** '', '+', '-' or ' '. */
  sign: string;
  /** 'z': negative zero is shown as zero. */
  noNeg0: boolean;
  /** '#': the alternate form. */
  alternate: boolean;
  /** The minimum width, or -1 when not given. */
  width: number;
  /** The separator between groups of integer digits: '' (none), ',' or '_'. */
  thousands: string;
  /** Digits per group: 3, or 4 for '_' with the types b, o, x, X. */
  groupSize: number;
  /** The precision, or -1 when not given. */
  precision: number;
  /** The separator between groups of fraction digits (3.14): '', ',' or '_'. */
  fracThousands: string;
  /** The presentation type (one code point), or the caller's default ('' for none). */
  type: string;
}

const PY_SSIZE_T_MAX = 9223372036854775807n;

/** Reads decimal digits (any Unicode decimal digit, as CPython's get_integer) from cps at pos. */
function getInteger(cps: number[], pos: number, out: { value: number; pos: number }): number {
  let acc = 0;
  let big: bigint | null = null;
  let n = 0;
  for (; pos < cps.length; pos++, n++) {
    const d = cps[pos] < 128 ? (cps[pos] >= 48 && cps[pos] <= 57 ? cps[pos] - 48 : -1) : toDecimal(cps[pos]);
    if (d < 0) break;
    if (big === null && acc < 1e14) acc = acc * 10 + d;
    else {
      big = (big ?? BigInt(acc)) * 10n + BigInt(d);
      if (big > PY_SSIZE_T_MAX) throw valueError('Too many decimal digits in format string');
    }
  }
  out.value = big === null ? acc : Number(big);
  out.pos = pos;
  return n;
}

function isAlign(c: number | undefined): boolean {
  return c === 0x3c || c === 0x3e || c === 0x3d || c === 0x5e; // < > = ^
}

function invalidThousandsSeparatorType(sep: string, type: string): PyBaseException {
  const c = type.codePointAt(0) ?? 0;
  if (c > 32 && c < 128) return valueError(`Cannot specify '${sep}' with '${type}'.`);
  return valueError(`Cannot specify '${sep}' with '\\x${c.toString(16)}'.`);
}

/** ValueError for a presentation type the object's type does not support.  CPython: unknown_presentation_type */
export function unknownPresentationType(type: string, typeName: string): PyBaseException {
  const c = type.codePointAt(0) ?? 0;
  if (c > 32 && c < 128) return valueError(`Unknown format code '${type}' for object of type '${typeName.slice(0, 200)}'`);
  return valueError(`Unknown format code '\\x${c.toString(16)}' for object of type '${typeName.slice(0, 200)}'`);
}

/**
 * Parses a format spec. `typeName` names the formatted object's type in errors; `defaultType` is the
 * presentation type when none is given ('' for none), `defaultAlign` the alignment ('<' for str,
 * '>' for numbers).  CPython: parse_internal_render_format_spec
 */
export function parseFormatSpec(text: string, typeName: string, defaultType: string, defaultAlign: string): Readonly<FormatSpec> {
  // Programs use few distinct specs, often in loops: parsed specs are kept and shared (no caller
  // modifies one), keyed by the spec's text and then by the two defaults.
  for (let c = specCache.get(text); c !== undefined; c = c.next) {
    if (c.defaultType === defaultType && c.defaultAlign === defaultAlign) return c.spec;
  }
  const spec = parseUncached(text, typeName, defaultType, defaultAlign);
  if (specCache.size >= 512) specCache.clear();
  specCache.set(text, { defaultType, defaultAlign, spec, next: specCache.get(text) });
  return spec;
}

interface CachedSpec {
  readonly defaultType: string;
  readonly defaultAlign: string;
  readonly spec: Readonly<FormatSpec>;
  readonly next: CachedSpec | undefined;
}

const specCache = new Map<string, CachedSpec>();

function parseUncached(text: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec {
  const spec: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    sign: '',
    noNeg0: false,
    alternate: false,
    width: -1,
    thousands: '',
    groupSize: 3,
    precision: -1,
    fracThousands: '',
    type: defaultType,
  };
  const cps: number[] = [];
  for (const ch of text) cps.push(ch.codePointAt(0)!);
  const end = cps.length;
  let pos = 0;
  let alignSpecified = false;
  let fillSpecified = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    spec.align = String.fromCharCode(cps[pos + 1]);
    spec.fill = String.fromCodePoint(cps[pos]);
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    spec.align = String.fromCharCode(cps[pos]);
    alignSpecified = true;
    pos++;
  }
  if (pos < end && (cps[pos] === 0x20 || cps[pos] === 0x2b || cps[pos] === 0x2d)) spec.sign = String.fromCharCode(cps[pos++]);
  if (pos < end && cps[pos] === 0x7a) {
    spec.noNeg0 = true;
    pos++;
  }
  if (pos < end && cps[pos] === 0x23) {
    spec.alternate = true;
    pos++;
  }
  if (!fillSpecified && pos < end && cps[pos] === 0x30) {
    spec.fill = '0';
    if (!alignSpecified && defaultAlign === '>') spec.align = '=';
    pos++;
  }
  const r = { value: 0, pos: 0 };
  if (getInteger(cps, pos, r) > 0) spec.width = r.value;
  pos = r.pos;
  if (pos < end && cps[pos] === 0x2c) {
    spec.thousands = ',';
    pos++;
  }
  if (pos < end && cps[pos] === 0x5f) {
    if (spec.thousands !== '') throw valueError("Cannot specify both ',' and '_'.");
    spec.thousands = '_';
    pos++;
  }
  if (pos < end && cps[pos] === 0x2c && spec.thousands === '_') throw valueError("Cannot specify both ',' and '_'.");
  if (pos < end && cps[pos] === 0x2e) {
    pos++;
    let consumed = getInteger(cps, pos, r);
    pos = r.pos;
    spec.precision = consumed > 0 ? r.value : -1;
    if (pos < end && cps[pos] === 0x2c) {
      spec.fracThousands = ',';
      pos++;
      consumed++;
    }
    if (pos < end && cps[pos] === 0x5f) {
      if (spec.fracThousands !== '') throw valueError("Cannot specify both ',' and '_'.");
      spec.fracThousands = '_';
      pos++;
      consumed++;
    }
    if (pos < end && cps[pos] === 0x2c && spec.fracThousands === '_') throw valueError("Cannot specify both ',' and '_'.");
    if (consumed === 0) throw valueError('Format specifier missing precision');
  }
  if (end - pos > 1) {
    throw valueError(`Invalid format specifier '${text}' for object of type '${typeName.slice(0, 200)}'`);
  }
  if (end - pos === 1) spec.type = String.fromCodePoint(cps[pos]);
  if (spec.thousands !== '') {
    switch (spec.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (spec.thousands === '_') {
          spec.groupSize = 4;
          break;
        }
        throw invalidThousandsSeparatorType(spec.thousands, spec.type);
      default:
        throw invalidThousandsSeparatorType(spec.thousands, spec.type);
    }
  }
  if (spec.type === 'n' && spec.fracThousands !== '') throw invalidThousandsSeparatorType(spec.fracThousands, spec.type);
  return spec;
}

/**
 * Pads `s` (of `len` code points) to spec.width with spec.fill, by spec.align ('=' acts as '<').
 * CPython: calc_padding + fill_padding
 */
export function padToWidth(s: string, len: number, spec: FormatSpec): string {
  const total = spec.width > len ? spec.width : len;
  if (total === len) return s;
  let left: number;
  if (spec.align === '>') left = total - len;
  else if (spec.align === '^') left = (total - len) >> 1;
  else left = 0;
  const right = total - len - left;
  return spec.fill.repeat(left) + s + spec.fill.repeat(right);
}

/** str.__format__'s layout of a string: precision truncates, then padding.  CPython: format_string_internal */
export function formatStringSpec(value: string, spec: FormatSpec): string {
  if (spec.sign !== '') {
    throw valueError(spec.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (spec.noNeg0) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (spec.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  if (spec.width === -1 && spec.precision === -1) return value;
  let len = cpLength(value);
  if (spec.precision >= 0 && len > spec.precision) {
    value = cpSlice(value, 0, spec.precision);
    len = spec.precision;
  }
  return padToWidth(value, len, spec);
}

/**
 * Groups the integer digits `digits` from the right in groups of `size` joined by `sep`, first
 * left-padding with zeros (counted with their separators) to at least `minWidth` characters.
 * size 0 means no grouping.  CPython: _PyUnicode_InsertThousandsGrouping (backward)
 */
export function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  if (minWidth < 0) minWidth = 0;
  let remaining = digits.length;
  if (size === 0 || (sep === '' && minWidth <= remaining)) {
    const len = Math.max(remaining, minWidth, 1);
    return len > remaining ? '0'.repeat(len - remaining) + digits : digits;
  }
  const groups: string[] = [];
  let pos = digits.length;
  for (;;) {
    const len = Math.min(size, Math.max(remaining, minWidth, 1));
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    groups.push('0'.repeat(nZeros) + digits.slice(pos - nChars, pos));
    pos -= nChars;
    remaining -= nChars;
    minWidth -= len;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  groups.reverse();
  return groups.join(sep);
}

/** Groups fraction digits from the left in threes.  CPython: _PyUnicode_InsertThousandsGrouping (forward) */
function groupFraction(frac: string, sep: string): string {
  if (sep === '' || frac.length <= 3) return frac;
  const groups: string[] = [];
  for (let i = 0; i < frac.length; i += 3) groups.push(frac.slice(i, i + 3));
  return groups.join(sep);
}

/**
 * Lays out a decimal number: `body` is its ASCII text without sign ("1234", "1.5e+10", "12.50%", "inf"),
 * split as CPython's parse_number into integer digits, optional '.', fraction digits and a remainder.
 * `negative` adds '-', and spec.sign may add '+' or ' '; `prefix` ("0x"...) goes between sign and
 * digits; zero padding ('0' fill with '=' alignment) and grouping apply to the integer digits.
 * `upper` upper-cases prefix and digits (for 'X').
 * CPython: parse_number + calc_number_widths + fill_number
 */
export function formatNumberBody(body: string, negative: boolean, prefix: string, spec: FormatSpec, upper = false): string {
  let i = 0;
  const n = body.length;
  while (i < n && isDigit(body.charCodeAt(i))) i++;
  const intEnd = i;
  const hasDecimal = i < n && body.charCodeAt(i) === 0x2e;
  if (hasDecimal) i++;
  const fracStart = i;
  while (i < n && isDigit(body.charCodeAt(i))) i++;
  return layoutNumber(body.slice(0, intEnd), hasDecimal, body.slice(fracStart, i), body.slice(i), negative, prefix, spec, upper, cpLength(body) - n);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The layout of calc_number_widths/fill_number from explicit parts. `remainderAdjust` corrects the
 * remainder's length when it holds astral characters (length in code points = units + adjust).
 */
export function layoutNumber(
  intDigits: string,
  hasDecimal: boolean,
  frac: string,
  remainder: string,
  negative: boolean,
  prefix: string,
  spec: FormatSpec,
  upper = false,
  remainderAdjust = 0,
): string {
  let sign = '';
  if (spec.sign === '+') sign = negative ? '-' : '+';
  else if (spec.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const groupedFrac = frac.length > 0 ? groupFraction(frac, spec.fracThousands) : '';
  const nonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + groupedFrac.length + remainder.length + remainderAdjust;
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nonDigit : 0;
  // Grouping of integer digits: CPython groups by threes whenever a fraction separator is set, even
  // with an empty integer separator (which then changes nothing but zero padding, as here).
  let grouped: string;
  if (intDigits.length === 0) grouped = '';
  else grouped = groupDigits(intDigits, minWidth, spec.thousands, spec.thousands !== '' ? spec.groupSize : 0);
  if (upper) {
    prefix = prefix.toUpperCase();
    grouped = grouped.toUpperCase();
  }
  const padding = spec.width - (nonDigit + grouped.length);
  let lpad = '';
  let spad = '';
  let rpad = '';
  if (padding > 0) {
    switch (spec.align) {
      case '<':
        rpad = spec.fill.repeat(padding);
        break;
      case '^':
        lpad = spec.fill.repeat(padding >> 1);
        rpad = spec.fill.repeat(padding - (padding >> 1));
        break;
      case '=':
        spad = spec.fill.repeat(padding);
        break;
      default:
        lpad = spec.fill.repeat(padding);
    }
  }
  return lpad + sign + prefix + spad + grouped + (hasDecimal ? '.' : '') + groupedFrac + remainder + rpad;
}
