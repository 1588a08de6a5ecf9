// What pyts says about each code point, written as tools/gen/unicode-goldens.ts has CPython write it,
// and compared block by block with the stored digests.
import { createHash } from 'node:crypto';
import * as db from '../../src/unicode/db.ts';
import * as cs from '../../src/unicode/case.ts';
import * as sp from '../../src/unicode/str-predicates.ts';
import { characterName } from '../../src/unicode/names.ts';
import { decomposition, isNormalized, normalize } from '../../src/unicode/normalize.ts';
import { UCD_3_2_0 } from '../../src/unicode/ucd.ts';
import { readGolden } from '../support/known.ts';

interface Digests {
  block: number;
  digests: Record<string, string>;
}

const golden = readGolden<Digests>('test/unicode/goldens/digests.json');

function hexCps(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    out += (out ? ' ' : '') + c.toString(16).toUpperCase();
  }
  return out;
}

const b = (v: boolean) => (v ? '1' : '0');
const f64 = new DataView(new ArrayBuffer(8));
function num(v: number): string {
  if (v === -1) return '';
  f64.setFloat64(0, v, true);
  let s = '';
  for (let i = 0; i < 8; i++) s += f64.getUint8(i).toString(16).padStart(2, '0');
  return s;
}

type Render = (cp: number, ch: string) => string;

export const RENDER: Record<string, Render> = {
  category: (cp) => db.category(cp),
  bidirectional: (cp) => db.bidirectional(cp),
  combining: (cp) => String(db.combining(cp)),
  east_asian_width: (cp) => db.eastAsianWidth(cp),
  mirrored: (cp) => String(db.mirrored(cp)),
  decomposition: (cp) => decomposition(cp),
  decimal: (cp) => String(db.toDecimal(cp)),
  digit: (cp) => String(db.toDigit(cp)),
  numeric: (cp) => num(db.toNumeric(cp)),
  name: (cp) => characterName(cp) ?? '',
  isalpha: (_, ch) => b(sp.strIsAlpha(ch)),
  isdecimal: (_, ch) => b(sp.strIsDecimal(ch)),
  isdigit: (_, ch) => b(sp.strIsDigit(ch)),
  isnumeric: (_, ch) => b(sp.strIsNumeric(ch)),
  isalnum: (_, ch) => b(sp.strIsAlnum(ch)),
  isspace: (_, ch) => b(sp.strIsSpace(ch)),
  islower: (_, ch) => b(sp.strIsLower(ch)),
  isupper: (_, ch) => b(sp.strIsUpper(ch)),
  istitle: (_, ch) => b(sp.strIsTitle(ch)),
  isprintable: (_, ch) => b(sp.strIsPrintable(ch)),
  isidentifier: (_, ch) => b(sp.strIsIdentifier(ch)),
  isidentifier_continue: (_, ch) => b(sp.strIsIdentifier('a' + ch)),
  splitlines: (cp) => (db.isLinebreak(cp) ? '2' : '1'),
  lower: (_, ch) => hexCps(cs.lower(ch)),
  upper: (_, ch) => hexCps(cs.upper(ch)),
  title: (_, ch) => hexCps(cs.title(ch)),
  capitalize: (_, ch) => hexCps(cs.capitalize(ch)),
  swapcase: (_, ch) => hexCps(cs.swapcase(ch)),
  casefold: (_, ch) => hexCps(cs.casefold(ch)),
  sre_tolower: (cp) => cs.toLowerSimple(cp).toString(16).toUpperCase(),
  sre_iscased: (cp) => b(cs.toLowerSimple(cp) !== cp || cs.toUpperSimple(cp) !== cp),
  title_next: (_, ch) => hexCps(cs.title(ch + 'A')),
  sigma_before: (_, ch) => hexCps(cs.lower('A' + ch + '\u03a3')),
  sigma_after: (_, ch) => hexCps(cs.lower('A\u03a3' + ch)),
  NFC: (_, ch) => hexCps(normalize('NFC', ch)),
  NFD: (_, ch) => hexCps(normalize('NFD', ch)),
  NFKC: (_, ch) => hexCps(normalize('NFKC', ch)),
  NFKD: (_, ch) => hexCps(normalize('NFKD', ch)),
  is_NFC: (_, ch) => b(isNormalized('NFC', ch)),
  is_NFD: (_, ch) => b(isNormalized('NFD', ch)),
  is_NFKC: (_, ch) => b(isNormalized('NFKC', ch)),
  is_NFKD: (_, ch) => b(isNormalized('NFKD', ch)),
};

const U32 = UCD_3_2_0;
Object.assign(RENDER, {
  'ucd_3_2_0.category': (cp: number) => U32.category(cp),
  'ucd_3_2_0.bidirectional': (cp: number) => U32.bidirectional(cp),
  'ucd_3_2_0.combining': (cp: number) => String(U32.combining(cp)),
  'ucd_3_2_0.east_asian_width': (cp: number) => U32.eastAsianWidth(cp),
  'ucd_3_2_0.mirrored': (cp: number) => String(U32.mirrored(cp)),
  'ucd_3_2_0.decomposition': (cp: number) => U32.decomposition(cp),
  'ucd_3_2_0.decimal': (cp: number) => String(U32.decimal(cp)),
  'ucd_3_2_0.digit': (cp: number) => String(U32.digit(cp)),
  'ucd_3_2_0.numeric': (cp: number) => num(U32.numeric(cp)),
  'ucd_3_2_0.name': (cp: number) => U32.name(cp) ?? '',
  'ucd_3_2_0.NFC': (_: number, ch: string) => hexCps(U32.normalize('NFC', ch)),
  'ucd_3_2_0.NFD': (_: number, ch: string) => hexCps(U32.normalize('NFD', ch)),
  'ucd_3_2_0.NFKC': (_: number, ch: string) => hexCps(U32.normalize('NFKC', ch)),
  'ucd_3_2_0.NFKD': (_: number, ch: string) => hexCps(U32.normalize('NFKD', ch)),
  'ucd_3_2_0.is_NFC': (_: number, ch: string) => b(U32.isNormalized('NFC', ch)),
  'ucd_3_2_0.is_NFD': (_: number, ch: string) => b(U32.isNormalized('NFD', ch)),
  'ucd_3_2_0.is_NFKC': (_: number, ch: string) => b(U32.isNormalized('NFKC', ch)),
  'ucd_3_2_0.is_NFKD': (_: number, ch: string) => b(U32.isNormalized('NFKD', ch)),
});

export const PROPERTIES = Object.keys(golden.digests);

/** Blocks whose digest differs from CPython's, as 'U+XXXX..U+YYYY' strings. */
export function mismatchedBlocks(prop: string): string[] {
  const render = RENDER[prop];
  if (!render) return [`no renderer for ${prop}`];
  const want = golden.digests[prop];
  const block = golden.block;
  const bad: string[] = [];
  const lines = new Array<string>(block);
  for (let start = 0, k = 0; start < 0x110000; start += block, k++) {
    for (let i = 0; i < block; i++) {
      const cp = start + i;
      lines[i] = render(cp, String.fromCodePoint(cp));
    }
    const d = createHash('sha256').update(lines.join('\n'), 'utf8').digest('hex').slice(0, 8);
    if (d !== want.slice(8 * k, 8 * k + 8)) {
      const hex = (v: number) => v.toString(16).toUpperCase().padStart(4, '0');
      bad.push(`U+${hex(start)}..U+${hex(start + block - 1)}`);
    }
  }
  return bad;
}
