// The unicodedata module's database objects: UCD (Unicode 16.0, the module's own functions) and
// UCD_3_2_0 (unicodedata.ucd_3_2_0, which stringprep and the idna codec use).
// CPython: Modules/unicodedata.c, whose functions consult a change record when self is the 3.2
// database; pyts keeps the 3.2 answers that differ as ranges (ucd32.generated.ts).
import * as db from './db.ts';
import { characterName, lookupName } from './names.ts';
import { codePointsOf, stringFromCodePoints } from './case.ts';
import { decomposition, isNormalized, normalize, normalizeCodePoints, quickYes, type NormalizationForm } from './normalize.ts';
import { VarintReader } from './decode.ts';
import { BIDIRECTIONAL_32, CATEGORY_32, DECOMPOSITION_32, EAST_ASIAN_WIDTH_32, NUMERIC_32, UCD32_DATA } from './ucd32.generated.ts';

export interface UnicodeDatabase {
  /** unidata_version */
  readonly version: string;
  category(cp: number): string;
  bidirectional(cp: number): string;
  combining(cp: number): number;
  eastAsianWidth(cp: number): string;
  mirrored(cp: number): number;
  decomposition(cp: number): string;
  /** 0..9, or -1 when there is none. */
  decimal(cp: number): number;
  digit(cp: number): number;
  /** The numeric value, or -1 when there is none. */
  numeric(cp: number): number;
  name(cp: number): string | undefined;
  /** unicodedata.lookup: code points, or undefined (the 'name too long' check is the caller's). */
  lookup(name: string): number[] | undefined;
  normalize(form: NormalizationForm, s: string): string;
  isNormalized(form: NormalizationForm, s: string): boolean;
}

/** unicodedata's own functions. */
export const UCD: UnicodeDatabase = {
  version: db.UNIDATA_VERSION,
  category: db.category,
  bidirectional: db.bidirectional,
  combining: db.combining,
  eastAsianWidth: db.eastAsianWidth,
  mirrored: db.mirrored,
  decomposition,
  decimal: db.toDecimal,
  digit: db.toDigit,
  numeric: db.toNumeric,
  name: characterName,
  lookup: (name) => lookupName(name, true),
  normalize,
  isNormalized,
};

/** Sorted, disjoint ranges of code points with a value number each. */
class Ranges {
  constructor(
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly values: Int32Array,
  ) {}

  static read(r: VarintReader): Ranges {
    const n = r.uint();
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const values = new Int32Array(n);
    let prevEnd = 0;
    for (let i = 0; i < n; i++) {
      starts[i] = prevEnd + r.uint();
      ends[i] = prevEnd = starts[i] + r.uint();
      values[i] = r.uint();
    }
    return new Ranges(starts, ends, values);
  }

  /** The value number of the range holding cp, or -1. */
  find(cp: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < this.starts[mid]) hi = mid - 1;
      else if (cp >= this.ends[mid]) lo = mid + 1;
      else return this.values[mid];
    }
    return -1;
  }
}

interface Tables32 {
  category: Ranges;
  bidirectional: Ranges;
  eastAsianWidth: Ranges;
  decomposition: Ranges;
  combining: Ranges;
  mirrored: Ranges;
  decimal: Ranges;
  digit: Ranges;
  numeric: Ranges;
  noName: Ranges;
  nfd: Ranges;
  nfdSeqs: number[][];
  nfkd: Ranges;
  nfkdSeqs: number[][];
}

let tables32: Tables32 | null = null;

function load32(): Tables32 {
  const r = new VarintReader(UCD32_DATA);
  const seqs = (): number[][] => {
    const out: number[][] = [];
    for (let n = r.uint(); n > 0; n--) {
      const cps: number[] = [];
      for (let k = r.uint(); k > 0; k--) cps.push(r.uint());
      out.push(cps);
    }
    return out;
  };
  const category = Ranges.read(r);
  const bidirectional = Ranges.read(r);
  const eastAsianWidth = Ranges.read(r);
  const decomposition = Ranges.read(r);
  const combining = Ranges.read(r);
  const mirrored = Ranges.read(r);
  const decimal = Ranges.read(r);
  const digit = Ranges.read(r);
  const numeric = Ranges.read(r);
  const noName = Ranges.read(r);
  const nfd = Ranges.read(r);
  const nfdSeqs = seqs();
  const nfkd = Ranges.read(r);
  const nfkdSeqs = seqs();
  tables32 = { category, bidirectional, eastAsianWidth, decomposition, combining, mirrored, decimal, digit, numeric, noName, nfd, nfdSeqs, nfkd, nfkdSeqs };
  return tables32;
}

function t32(): Tables32 {
  return tables32 ?? load32();
}

/** A character's own decomposition in 3.2 where it differs (unassigned then, or corrected since). */
function override32(cp: number, compat: boolean): ArrayLike<number> | undefined {
  const t = t32();
  const n = (compat ? t.nfkd : t.nfd).find(cp);
  if (n < 0) return undefined;
  return n === 0 ? [cp] : (compat ? t.nfkdSeqs : t.nfdSeqs)[n - 1];
}

function normalize32(form: NormalizationForm, s: string): string {
  const cps = codePointsOf(s);
  // CPython skips the quick check for the 3.2 database; it still holds where no character
  // decomposes differently in 3.2 (what is the same in both databases normalizes the same).
  if (quickYes(s, form)) {
    const compat = form === 'NFKC' || form === 'NFKD';
    let same = true;
    for (let i = 0; i < cps.length && same; i++) if (cps[i] >= 0x80 && override32(cps[i], compat)) same = false;
    if (same) return s;
  }
  return stringFromCodePoints(normalizeCodePoints(form, cps, override32));
}

function name32(cp: number): string | undefined {
  return t32().noName.find(cp) >= 0 ? undefined : characterName(cp);
}

/** unicodedata.ucd_3_2_0 */
export const UCD_3_2_0: UnicodeDatabase = {
  version: '3.2.0',
  category(cp) {
    const n = t32().category.find(cp);
    return n < 0 ? db.category(cp) : CATEGORY_32[n];
  },
  bidirectional(cp) {
    const n = t32().bidirectional.find(cp);
    return n < 0 ? db.bidirectional(cp) : BIDIRECTIONAL_32[n];
  },
  combining(cp) {
    const n = t32().combining.find(cp);
    return n < 0 ? db.combining(cp) : n - 1;
  },
  eastAsianWidth(cp) {
    const n = t32().eastAsianWidth.find(cp);
    return n < 0 ? db.eastAsianWidth(cp) : EAST_ASIAN_WIDTH_32[n];
  },
  mirrored(cp) {
    const n = t32().mirrored.find(cp);
    return n < 0 ? db.mirrored(cp) : n - 1;
  },
  decomposition(cp) {
    const n = t32().decomposition.find(cp);
    return n < 0 ? decomposition(cp) : DECOMPOSITION_32[n];
  },
  decimal(cp) {
    const n = t32().decimal.find(cp);
    return n < 0 ? db.toDecimal(cp) : n - 1;
  },
  digit(cp) {
    const n = t32().digit.find(cp);
    return n < 0 ? db.toDigit(cp) : n - 1;
  },
  numeric(cp) {
    const n = t32().numeric.find(cp);
    return n < 0 ? db.toNumeric(cp) : n === 0 ? -1 : NUMERIC_32[n - 1];
  },
  name: name32,
  // Any current name, even of a character unassigned in 3.2; but no aliases or named sequences.
  lookup: (name) => lookupName(name, false, false),
  normalize: normalize32,
  isNormalized(form, s) {
    return normalize32(form, s) === s;
  },
};
