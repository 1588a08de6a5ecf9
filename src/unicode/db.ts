// Unicode character properties, one code point at a time, as CPython 3.14 sees them (Unicode 16.0):
// what the str methods ask (CPython: Objects/unicodectype.c) and what unicodedata answers
// (CPython: Modules/unicodedata.c). Every function takes a code point 0..0x10FFFF.
// The tables (props.generated.ts) are decoded on the first call (a few milliseconds, once).
import * as L from './layout.ts';
import { VarintReader } from './decode.ts';
import {
  BIDI_NAMES,
  CATEGORY_NAMES,
  EAW_NAMES,
  INDEX1_SIZE,
  INDEX2_SIZE,
  INDEX_SHIFT,
  NUMERIC_VALUES,
  PROPS_DATA,
  RECORD_COUNT,
  SPECIAL_SIZE,
} from './props.generated.ts';

export { UNIDATA_VERSION } from './props.generated.ts';

const MASK = (1 << INDEX_SHIFT) - 1;

// The tables, allocated (about 150 KB, zeroed: no work) at import and filled on the first lookup.
// Constant bindings let V8 fold the arrays into the optimized lookups.
const index1 = new Uint16Array(INDEX1_SIZE);
const index2 = new Uint16Array(INDEX2_SIZE);
const recFlags = new Int32Array(RECORD_COUNT);
const recDb = new Int32Array(RECORD_COUNT);
const recNumeric = new Uint16Array(RECORD_COUNT);
const recLower = new Int32Array(RECORD_COUNT);
const recUpper = new Int32Array(RECORD_COUNT);
const recTitle = new Int32Array(RECORD_COUNT);
const recFold = new Int32Array(RECORD_COUNT);
const special = new Int32Array(SPECIAL_SIZE);
const numericValues = Float64Array.from(NUMERIC_VALUES);
let loaded = false;

function load(): void {
  const r = new VarintReader(PROPS_DATA);
  r.runs(index1);
  r.runs(index2);
  r.uints(recFlags);
  r.uints(recDb);
  r.uints(recNumeric);
  r.ints(recLower);
  r.ints(recUpper);
  r.ints(recTitle);
  r.ints(recFold);
  r.uints(special);
  loaded = true;
}

/** The record number of a code point (an index into the record columns). */
export function recordOf(cp: number): number {
  if (!loaded) load();
  return index2[(index1[cp >> INDEX_SHIFT] << INDEX_SHIFT) + (cp & MASK)];
}

function flags(cp: number): number {
  const r = recordOf(cp);
  return recFlags[r];
}

function dbField(cp: number, shift: number, bits: number): number {
  const r = recordOf(cp);
  return (recDb[r] >> shift) & ((1 << bits) - 1);
}

// ---- what str needs (Objects/unicodectype.c) ----

/** str.isalpha(): categories Lm, Lt, Lu, Ll, Lo.  CPython: _PyUnicode_IsAlpha */
export function isAlpha(cp: number): boolean {
  return (flags(cp) & L.ALPHA) !== 0;
}

/** str.isdecimal().  CPython: _PyUnicode_IsDecimalDigit */
export function isDecimal(cp: number): boolean {
  return (flags(cp) & L.DECIMAL) !== 0;
}

/** str.isdigit().  CPython: _PyUnicode_IsDigit */
export function isDigit(cp: number): boolean {
  return (flags(cp) & L.DIGIT) !== 0;
}

/** str.isnumeric().  CPython: _PyUnicode_IsNumeric */
export function isNumeric(cp: number): boolean {
  return (flags(cp) & L.NUMERIC) !== 0;
}

/** str.isalnum(): alpha, decimal, digit or numeric.  CPython: Py_UNICODE_ISALNUM */
export function isAlnum(cp: number): boolean {
  return (flags(cp) & (L.ALPHA | L.DECIMAL | L.DIGIT | L.NUMERIC)) !== 0;
}

/** str.isspace() and str.split(): bidirectional WS, B or S, or category Zs.  CPython: _PyUnicode_IsWhitespace */
export function isSpace(cp: number): boolean {
  return (flags(cp) & L.SPACE) !== 0;
}

/** Line boundaries of str.splitlines().  CPython: Py_UNICODE_ISLINEBREAK */
export function isLinebreak(cp: number): boolean {
  return (flags(cp) & L.LINEBREAK) !== 0;
}

/** The Lowercase property (str.islower() of one character).  CPython: _PyUnicode_IsLowercase */
export function isLower(cp: number): boolean {
  return (flags(cp) & L.LOWER) !== 0;
}

/** The Uppercase property (str.isupper() of one character).  CPython: _PyUnicode_IsUppercase */
export function isUpper(cp: number): boolean {
  return (flags(cp) & L.UPPER) !== 0;
}

/** Category Lt.  CPython: _PyUnicode_IsTitlecase */
export function isTitle(cp: number): boolean {
  return (flags(cp) & L.TITLE) !== 0;
}

/** The Cased property: str.title() lowercases what follows a cased character.  CPython: _PyUnicode_IsCased */
export function isCased(cp: number): boolean {
  return (flags(cp) & L.CASED) !== 0;
}

/** The Case_Ignorable property (final sigma context).  CPython: _PyUnicode_IsCaseIgnorable */
export function isCaseIgnorable(cp: number): boolean {
  return (flags(cp) & L.CASE_IGNORABLE) !== 0;
}

/**
 * str.isprintable() and repr(): false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, except
 * the space.  CPython: _PyUnicode_IsPrintable
 */
export function isPrintable(cp: number): boolean {
  return (flags(cp) & L.PRINTABLE) !== 0;
}

/** XID_Start, as CPython's tables have it ('_' is not, though identifiers may start with it).  CPython: _PyUnicode_IsXidStart */
export function isXidStart(cp: number): boolean {
  return (flags(cp) & L.XID_START) !== 0;
}

/** XID_Continue.  CPython: _PyUnicode_IsXidContinue */
export function isXidContinue(cp: number): boolean {
  return (flags(cp) & L.XID_CONTINUE) !== 0;
}

/** May start an identifier: XID_Start or '_'.  CPython: PyUnicode_IsIdentifier's first test */
export function isIdentifierStart(cp: number): boolean {
  return cp === 0x5f || (flags(cp) & L.XID_START) !== 0;
}

/** The decimal value 0..9, or -1.  CPython: _PyUnicode_ToDecimalDigit (unicodedata.decimal) */
export function toDecimal(cp: number): number {
  return dbField(cp, L.DECIMAL_SHIFT, 4) - 1;
}

/** The digit value 0..9, or -1.  CPython: _PyUnicode_ToDigit (unicodedata.digit) */
export function toDigit(cp: number): number {
  return dbField(cp, L.DIGIT_SHIFT, 4) - 1;
}

/** The numeric value, or -1 when there is none (no character has -1).  CPython: _PyUnicode_ToNumeric (unicodedata.numeric) */
export function toNumeric(cp: number): number {
  const r = recordOf(cp);
  const i = recNumeric[r];
  return i === 0 ? -1 : numericValues[i - 1];
}

// ---- what unicodedata needs (Modules/unicodedata.c) ----

/** General category, e.g. 'Lu'; 'Cn' when unassigned.  unicodedata.category */
export function category(cp: number): string {
  return CATEGORY_NAMES[dbField(cp, L.CATEGORY_SHIFT, 5)];
}

/** Bidirectional class, e.g. 'L'; '' when unassigned.  unicodedata.bidirectional */
export function bidirectional(cp: number): string {
  return BIDI_NAMES[dbField(cp, L.BIDI_SHIFT, 5)];
}

/** Canonical combining class, 0..254.  unicodedata.combining */
export function combining(cp: number): number {
  return dbField(cp, L.COMBINING_SHIFT, 8);
}

/** East Asian width: 'F', 'H', 'W', 'Na', 'A' or 'N'.  unicodedata.east_asian_width */
export function eastAsianWidth(cp: number): string {
  return EAW_NAMES[dbField(cp, L.EAW_SHIFT, 3)];
}

/** 1 if mirrored in bidirectional text, else 0.  unicodedata.mirrored */
export function mirrored(cp: number): number {
  return (flags(cp) & L.MIRRORED) !== 0 ? 1 : 0;
}

// ---- case mappings (decoded by case.ts) ----

/** Lowercase mapping value of a code point: a delta, or SPECIAL_BASE + index (layout.ts). */
export function lowerValue(cp: number): number {
  const r = recordOf(cp);
  return recLower[r];
}

export function upperValue(cp: number): number {
  const r = recordOf(cp);
  return recUpper[r];
}

export function titleValue(cp: number): number {
  const r = recordOf(cp);
  return recTitle[r];
}

export function foldValue(cp: number): number {
  const r = recordOf(cp);
  return recFold[r];
}

/** The record column of a case mapping: 0 lower, 1 upper, 2 title, 3 casefold (loads the tables). */
export function caseColumn(kind: number): Int32Array {
  if (!loaded) load();
  return kind === 0 ? recLower : kind === 1 ? recUpper : kind === 2 ? recTitle : recFold;
}

/** The mappings longer than one code point: length, then the code points. */
export function specialCases(): Int32Array {
  if (!loaded) load();
  return special;
}

/** The record's flags word (layout.ts), for callers that test several properties at once. */
export function flagsOf(cp: number): number {
  return flags(cp);
}
