// The str.is*() methods over whole strings, with CPython's rules for empty and one-character
// strings.  CPython: Objects/unicodeobject.c unicode_isalpha_impl ... unicode_isidentifier_impl.
// Strings are JS strings: a surrogate pair is one code point.
import * as L from './layout.ts';
import { flagsOf } from './db.ts';

/** True when every code point has one of the flags in `mask`; false for ''.  */
function all(s: string, mask: number): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if ((flagsOf(c) & mask) === 0) return false;
  }
  return true;
}

/** str.isalpha() */
export function strIsAlpha(s: string): boolean {
  return all(s, L.ALPHA);
}

/** str.isdecimal() */
export function strIsDecimal(s: string): boolean {
  return all(s, L.DECIMAL);
}

/** str.isdigit() */
export function strIsDigit(s: string): boolean {
  return all(s, L.DIGIT);
}

/** str.isnumeric() */
export function strIsNumeric(s: string): boolean {
  return all(s, L.NUMERIC);
}

/** str.isalnum() */
export function strIsAlnum(s: string): boolean {
  return all(s, L.ALPHA | L.DECIMAL | L.DIGIT | L.NUMERIC);
}

/** str.isspace() */
export function strIsSpace(s: string): boolean {
  return all(s, L.SPACE);
}

/** str.isprintable(): true for ''. */
export function strIsPrintable(s: string): boolean {
  return s.length === 0 || all(s, L.PRINTABLE);
}

/** The code point of a one-code-point string, else -1. */
function single(s: string): number {
  if (s.length === 1) return s.charCodeAt(0);
  if (s.length === 2) {
    const c = s.charCodeAt(0);
    const d = s.charCodeAt(1);
    if (c >= 0xd800 && c < 0xdc00 && d >= 0xdc00 && d < 0xe000) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return -1;
}

/** str.islower (kind 0), isupper (1) and istitle (2) over two or more code points. */
function caseCheck(s: string, kind: number): boolean {
  let cased = false;
  let previousIsCased = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    const f = flagsOf(c);
    if (kind === 0) {
      if (f & (L.UPPER | L.TITLE)) return false;
      if (f & L.LOWER) cased = true;
    } else if (kind === 1) {
      if (f & (L.LOWER | L.TITLE)) return false;
      if (f & L.UPPER) cased = true;
    } else if (f & (L.UPPER | L.TITLE)) {
      if (previousIsCased) return false;
      previousIsCased = cased = true;
    } else if (f & L.LOWER) {
      if (!previousIsCased) return false;
      previousIsCased = cased = true;
    } else {
      previousIsCased = false;
    }
  }
  return cased;
}

/** str.islower() */
export function strIsLower(s: string): boolean {
  const c = single(s);
  return c >= 0 ? (flagsOf(c) & L.LOWER) !== 0 : caseCheck(s, 0);
}

/** str.isupper() */
export function strIsUpper(s: string): boolean {
  const c = single(s);
  return c >= 0 ? (flagsOf(c) & L.UPPER) !== 0 : caseCheck(s, 1);
}

/** str.istitle() */
export function strIsTitle(s: string): boolean {
  const c = single(s);
  return c >= 0 ? (flagsOf(c) & (L.UPPER | L.TITLE)) !== 0 : caseCheck(s, 2);
}

/** str.isidentifier(): XID_Start or '_', then XID_Continue.  CPython: _PyUnicode_ScanIdentifier */
export function strIsIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  let first = true;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (first) {
      if (c !== 0x5f && (flagsOf(c) & L.XID_START) === 0) return false;
      first = false;
    } else if ((flagsOf(c) & L.XID_CONTINUE) === 0) {
      return false;
    }
  }
  return true;
}
