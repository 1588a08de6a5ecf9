// Character classes and case mappings as the regular expression engine sees them: ASCII, locale and
// Unicode variants of digit/space/word/line break, lower/upper case, and the tests of a character
// against a character set or a position against an AT code.
// CPython: Modules/_sre/sre.c (SRE_IS_*, sre_lower_*, sre_category) and sre_lib.h SRE(at), SRE(charset)
import { isAlnum, isDecimal, isLinebreak, isSpace } from '../../unicode/db.ts';
import { toLowerSimple, toUpperSimple } from '../../unicode/case.ts';
import * as C from './constants.ts';

/** The characters of a subject: bytes, UTF-16 units of a str without surrogates, or code points. */
export type SreText = Uint8Array | Uint16Array | Int32Array;

const A_DIGIT = 1;
const A_SPACE = 2;
const A_WORD = 4;
const A_ALPHA = 8;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let f = 0;
  if (c >= 0x30 && c <= 0x39) f |= A_DIGIT | A_WORD;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) f |= A_ALPHA | A_WORD;
  if (c === 0x5f) f |= A_WORD;
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) f |= A_SPACE;
  ASCII[c] = f;
}

// ---- ASCII (the default for bytes patterns, and re.ASCII) ----

export function isDigitAscii(ch: number): boolean {
  return ch < 128 && (ASCII[ch] & A_DIGIT) !== 0;
}
export function isSpaceAscii(ch: number): boolean {
  return ch < 128 && (ASCII[ch] & A_SPACE) !== 0;
}
export function isWordAscii(ch: number): boolean {
  return ch < 128 && (ASCII[ch] & A_WORD) !== 0;
}
export function isAlphaAscii(ch: number): boolean {
  return ch < 128 && ch >= 0 && (ASCII[ch] & A_ALPHA) !== 0;
}

/** CPython: sre_lower_ascii */
export function lowerAscii(ch: number): number {
  return ch >= 0x41 && ch <= 0x5a ? ch + 32 : ch;
}

function upperAscii(ch: number): number {
  return ch >= 0x61 && ch <= 0x7a ? ch - 32 : ch;
}

// ---- locale (re.LOCALE, bytes only) ----
// Differs from CPython: CPython asks the C library for the current LC_CTYPE; pyts always answers as
// the C and C.UTF-8 locales do (ASCII letters and digits only), which is what CPython's default is.

export function isWordLocale(ch: number): boolean {
  return isWordAscii(ch);
}
/** CPython: sre_lower_locale */
export function lowerLocale(ch: number): number {
  return lowerAscii(ch);
}
/** CPython: sre_upper_locale */
export function upperLocale(ch: number): number {
  return upperAscii(ch);
}

/** CPython: char_loc_ignore */
export function charLocIgnore(pattern: number, ch: number): boolean {
  return ch === pattern || lowerLocale(ch) === pattern || upperLocale(ch) === pattern;
}

// ---- Unicode (the default for str patterns) ----

export function isDigitUni(ch: number): boolean {
  return ch < 128 ? (ASCII[ch] & A_DIGIT) !== 0 : isDecimal(ch);
}
export function isSpaceUni(ch: number): boolean {
  // 0x1c..0x1f are whitespace to str.isspace (and to the engine) though not to C's isspace.
  return ch < 128 ? (ASCII[ch] & A_SPACE) !== 0 || (ch >= 0x1c && ch <= 0x1f) : isSpace(ch);
}
export function isLinebreakUni(ch: number): boolean {
  return ch < 128 ? ch === 10 || ch === 13 || (ch >= 0x0b && ch <= 0x0c) || (ch >= 0x1c && ch <= 0x1e) : isLinebreak(ch);
}
export function isWordUni(ch: number): boolean {
  return ch < 128 ? (ASCII[ch] & A_WORD) !== 0 : isAlnum(ch);
}

/** CPython: sre_lower_unicode (Py_UNICODE_TOLOWER, the first code point of the full mapping). */
export function lowerUnicode(ch: number): number {
  if (ch < 128) return ch >= 0x41 && ch <= 0x5a ? ch + 32 : ch;
  if (ch > 0x10ffff) return ch;
  return toLowerSimple(ch);
}
/** CPython: sre_upper_unicode */
export function upperUnicode(ch: number): number {
  if (ch < 128) return ch >= 0x61 && ch <= 0x7a ? ch - 32 : ch;
  if (ch > 0x10ffff) return ch;
  return toUpperSimple(ch);
}

/** CPython: sre_category */
export function category(cat: number, ch: number): boolean {
  switch (cat) {
    case C.CATEGORY_DIGIT:
      return isDigitAscii(ch);
    case C.CATEGORY_NOT_DIGIT:
      return !isDigitAscii(ch);
    case C.CATEGORY_SPACE:
      return isSpaceAscii(ch);
    case C.CATEGORY_NOT_SPACE:
      return !isSpaceAscii(ch);
    case C.CATEGORY_WORD:
      return isWordAscii(ch);
    case C.CATEGORY_NOT_WORD:
      return !isWordAscii(ch);
    case C.CATEGORY_LINEBREAK:
      return ch === 10;
    case C.CATEGORY_NOT_LINEBREAK:
      return ch !== 10;
    case C.CATEGORY_LOC_WORD:
      return isWordLocale(ch);
    case C.CATEGORY_LOC_NOT_WORD:
      return !isWordLocale(ch);
    case C.CATEGORY_UNI_DIGIT:
      return isDigitUni(ch);
    case C.CATEGORY_UNI_NOT_DIGIT:
      return !isDigitUni(ch);
    case C.CATEGORY_UNI_SPACE:
      return isSpaceUni(ch);
    case C.CATEGORY_UNI_NOT_SPACE:
      return !isSpaceUni(ch);
    case C.CATEGORY_UNI_WORD:
      return isWordUni(ch);
    case C.CATEGORY_UNI_NOT_WORD:
      return !isWordUni(ch);
    case C.CATEGORY_UNI_LINEBREAK:
      return isLinebreakUni(ch);
    case C.CATEGORY_UNI_NOT_LINEBREAK:
      return !isLinebreakUni(ch);
  }
  return false;
}

/**
 * Whether ch is a member of the set that starts at code[set] (a list of set items ended by FAILURE).
 * CPython: sre_lib.h SRE(charset)
 */
export function inCharset(code: Uint32Array, set: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[set++]) {
      case C.OP_FAILURE:
        return !ok;
      case C.OP_LITERAL:
        if (ch === code[set]) return ok;
        set++;
        break;
      case C.OP_CATEGORY:
        if (category(code[set], ch)) return ok;
        set++;
        break;
      case C.OP_CHARSET:
        // A 256-bit bitmap in 8 words.
        if (ch < 256 && (code[set + (ch >> 5)] & (1 << (ch & 31))) !== 0) return ok;
        set += 8;
        break;
      case C.OP_RANGE:
        if (code[set] <= ch && ch <= code[set + 1]) return ok;
        set += 2;
        break;
      case C.OP_RANGE_UNI_IGNORE: {
        // ch is already lower case
        if (code[set] <= ch && ch <= code[set + 1]) return ok;
        const uch = upperUnicode(ch);
        if (code[set] <= uch && uch <= code[set + 1]) return ok;
        set += 2;
        break;
      }
      case C.OP_NEGATE:
        ok = !ok;
        break;
      case C.OP_BIGCHARSET: {
        // <BIGCHARSET> <block count> <256 block indices, as bytes in 64 words> <blocks of 8 words>
        const count = code[set++];
        let block = -1;
        if (ch < 0x10000) {
          const k = ch >> 8;
          block = (code[set + (k >> 2)] >>> ((k & 3) * 8)) & 0xff;
        }
        set += 64;
        if (block >= 0 && (code[set + block * 8 + ((ch & 255) >> 5)] & (1 << (ch & 31))) !== 0) return ok;
        set += count * 8;
        break;
      }
      default:
        // Cannot happen with validated code: treat as no match, as CPython does.
        return false;
    }
  }
}

/** CPython: SRE(charset_loc_ignore) */
export function inCharsetLocIgnore(code: Uint32Array, set: number, ch: number): boolean {
  const lo = lowerLocale(ch);
  if (inCharset(code, set, lo)) return true;
  const up = upperLocale(ch);
  return up !== lo && inCharset(code, set, up);
}

/**
 * Whether position ptr of text (whose slice ends at `end`) satisfies the AT code `at`.
 * CPython: sre_lib.h SRE(at)
 */
export function atPosition(text: SreText, ptr: number, end: number, at: number): boolean {
  let thisp: boolean;
  let thatp: boolean;
  switch (at) {
    case C.AT_BEGINNING:
    case C.AT_BEGINNING_STRING:
      return ptr === 0;
    case C.AT_BEGINNING_LINE:
      return ptr === 0 || text[ptr - 1] === 10;
    case C.AT_END:
      return (end - ptr === 1 && text[ptr] === 10) || ptr === end;
    case C.AT_END_LINE:
      return ptr === end || text[ptr] === 10;
    case C.AT_END_STRING:
      return ptr === end;
    case C.AT_BOUNDARY:
    case C.AT_NON_BOUNDARY:
      thatp = ptr > 0 ? isWordAscii(text[ptr - 1]) : false;
      thisp = ptr < end ? isWordAscii(text[ptr]) : false;
      return at === C.AT_BOUNDARY ? thisp !== thatp : thisp === thatp;
    case C.AT_LOC_BOUNDARY:
    case C.AT_LOC_NON_BOUNDARY:
      thatp = ptr > 0 ? isWordLocale(text[ptr - 1]) : false;
      thisp = ptr < end ? isWordLocale(text[ptr]) : false;
      return at === C.AT_LOC_BOUNDARY ? thisp !== thatp : thisp === thatp;
    case C.AT_UNI_BOUNDARY:
    case C.AT_UNI_NON_BOUNDARY:
      thatp = ptr > 0 ? isWordUni(text[ptr - 1]) : false;
      thisp = ptr < end ? isWordUni(text[ptr]) : false;
      return at === C.AT_UNI_BOUNDARY ? thisp !== thatp : thisp === thatp;
  }
  return false;
}
