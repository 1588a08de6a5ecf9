// Renders src/unicode/*.generated.ts from the stored CPython answers (tools/gen/unicode.ts).
// Each table is packed into little-endian arrays, compressed with raw DEFLATE and written as base64,
// which the lookups in src/unicode/ decode on first use.
import { generatedHeader, readJson } from './io.ts';
import { BlobWriter, deflateRaw, encodeBase64, VarintWriter } from './unicode-encode.ts';
import * as L from '../../src/unicode/layout.ts';
import type { CaseValue, NamesData, PropsData, Runs, Ucd32Data } from './unicode.ts';

const PROPS_DATA = 'tools/cpython/unicode-props.json';
const NAMES_DATA = 'tools/cpython/unicode-names.json';
const UCD32_DATA = 'tools/cpython/unicode-3.2.0.json';
const HEADER = generatedHeader('tools/gen/unicode.ts');
const N = 0x110000;

/** Text that needs no escapes as string literals joined by '+', 120 characters a line. */
function literalLines(text: string, indent: string): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 120) lines.push(`${indent}'${text.slice(i, i + 120)}'`);
  return lines.length ? lines.join(' +\n') : `${indent}''`;
}

/** A string literal of text that needs no escapes, 120 characters a line. */
function textLiteral(name: string, text: string): string {
  return `export const ${name} =\n${literalLines(text, '  ')};\n`;
}

/** Bytes compressed with DEFLATE, as base64 in a string literal. */
function blobLiteral(name: string, bytes: Uint8Array): string {
  return textLiteral(name, encodeBase64(deflateRaw(bytes)));
}

function list(values: readonly (string | number)[]): string {
  return '[' + values.map((v) => JSON.stringify(v)).join(', ') + ']';
}

/** Expands runs into one value per code point. */
function expand<T>(runs: Runs<T>): T[] {
  const out = new Array<T>(N);
  for (let i = 0; i < runs.length; i++) {
    const end = i + 1 < runs.length ? runs[i + 1][0] : N;
    out.fill(runs[i][1], runs[i][0], end);
  }
  return out;
}

// ---- character records ----

interface Records {
  index1: number[];
  index2: number[];
  shift: number;
  flags: number[];
  db: number[];
  numeric: number[];
  lower: number[];
  upper: number[];
  title: number[];
  fold: number[];
  special: number[];
  numericValues: number[];
  categories: string[];
  bidis: string[];
  eaws: string[];
}

function buildRecords(d: PropsData): Records {
  const p = d.props;
  const categories = [...new Set(p.category.map(([, v]) => v))].sort();
  const bidis = [...new Set(p.bidirectional.map(([, v]) => v))].sort();
  const eaws = [...new Set(p.east_asian_width.map(([, v]) => v))].sort();
  const numericValues = [...new Set(p.numeric.map(([, v]) => v).filter((v): v is number => v !== null))].sort((a, b) => a - b);

  // Code points that canonical composition may merge with what precedes them: the second
  // character of a composition pair, and Hangul vowel and trailing-consonant jamo.
  const second = new Set(d.composition.map(([, b]) => b));
  for (let c = 0x1161; c < 0x1161 + 21; c++) second.add(c);
  for (let c = 0x11a8; c < 0x11a7 + 28; c++) second.add(c);
  // A character whose (canonical, or compatibility) decomposition starts with such a code point,
  // or with a non-starter, may change what precedes it even when it is stable alone (U+16D68
  // KIRAT RAI VOWEL SIGN AI is U+16D67 twice, and U+16D63 U+16D67 composes).
  const decomp = new Map(d.decomposition.map(([cp, text]) => [cp, text.split(' ')]));
  const leading = (cp: number, compat: boolean): number => {
    for (;;) {
      if (cp >= 0xac00 && cp < 0xac00 + 11172) return 0x1100 + (((cp - 0xac00) / 588) | 0);
      const parts = decomp.get(cp);
      if (!parts || (parts[0].startsWith('<') && !compat)) return cp;
      cp = parseInt(parts[0].startsWith('<') ? parts[1] : parts[0], 16);
    }
  };
  const combiningOf = expand(p.combining);
  const interacts = (cp: number, compat: boolean): boolean => {
    const lead = leading(cp, compat);
    return second.has(lead) || combiningOf[lead] !== 0;
  };

  const special: number[] = [];
  const specialIndex = new Map<string, number>();
  const caseValue = (v: CaseValue): number => {
    if (typeof v === 'number') return v;
    const cps = v;
    const key = cps.join(',');
    let i = specialIndex.get(key);
    if (i === undefined) {
      i = special.length;
      specialIndex.set(key, i);
      special.push(cps.length, ...cps);
    }
    return L.SPECIAL_BASE + i;
  };

  const cols = Object.fromEntries(Object.entries(p).map(([k, runs]) => [k, expand(runs as Runs<unknown>)])) as {
    [K in keyof PropsData['props']]: PropsData['props'][K][number][1][];
  };
  const records = new Map<string, number>();
  const rec: number[][] = [];
  const perCp = new Uint16Array(N);
  // Every property is constant between two run starts, and so is the record, except around
  // characters that decompose or compose (the quick checks look at those): visit each stretch once.
  const starts = new Set<number>([N]);
  for (const runs of Object.values(p)) for (const [start] of runs as Runs<unknown>) starts.add(start);
  for (const [cp] of d.decomposition) starts.add(cp).add(cp + 1);
  for (const cp of second) starts.add(cp).add(cp + 1);
  const bounds = [...starts].sort((a, b) => a - b);
  for (let s = 0; s + 1 < bounds.length; s++) {
    const cp = bounds[s];
    const bit = (b: boolean, mask: number) => (b ? mask : 0);
    const ccc = cols.combining[cp];
    const starter = ccc === 0;
    const flags =
      bit(cols.isalpha[cp], L.ALPHA) |
      bit(cols.isdecimal[cp], L.DECIMAL) |
      bit(cols.isdigit[cp], L.DIGIT) |
      bit(cols.isnumeric[cp], L.NUMERIC) |
      bit(cols.isspace[cp], L.SPACE) |
      bit(cols.islower[cp], L.LOWER) |
      bit(cols.isupper[cp], L.UPPER) |
      bit(cols.istitle[cp], L.TITLE) |
      bit(cols.isprintable[cp], L.PRINTABLE) |
      bit(cols.xid_start[cp], L.XID_START) |
      bit(cols.xid_continue[cp], L.XID_CONTINUE) |
      bit(cols.cased[cp], L.CASED) |
      bit(cols.case_ignorable[cp], L.CASE_IGNORABLE) |
      bit(cols.linebreak[cp], L.LINEBREAK) |
      bit(cols.mirrored[cp] === 1, L.MIRRORED) |
      bit(cols.nfd_same[cp] && starter, L.NFD_QUICK) |
      bit(cols.nfc_same[cp] && starter && !interacts(cp, false), L.NFC_QUICK) |
      bit(cols.nfkd_same[cp] && starter, L.NFKD_QUICK) |
      bit(cols.nfkc_same[cp] && starter && !interacts(cp, true), L.NFKC_QUICK);
    if (cols.isalnum[cp] !== ((flags & (L.ALPHA | L.DECIMAL | L.DIGIT | L.NUMERIC)) !== 0)) {
      throw new Error(`isalnum of U+${cp.toString(16)} is not alpha|decimal|digit|numeric`);
    }
    const db =
      (categories.indexOf(cols.category[cp]) << L.CATEGORY_SHIFT) |
      (bidis.indexOf(cols.bidirectional[cp]) << L.BIDI_SHIFT) |
      (eaws.indexOf(cols.east_asian_width[cp]) << L.EAW_SHIFT) |
      (ccc << L.COMBINING_SHIFT) |
      ((cols.decimal[cp] + 1) << L.DECIMAL_SHIFT) |
      ((cols.digit[cp] + 1) << L.DIGIT_SHIFT);
    const num = cols.numeric[cp];
    const fields = [
      flags,
      db,
      num === null ? 0 : numericValues.indexOf(num) + 1,
      caseValue(cols.lower[cp]),
      caseValue(cols.upper[cp]),
      caseValue(cols.title[cp]),
      caseValue(cols.casefold[cp]),
    ];
    const key = fields.join(',');
    let id = records.get(key);
    if (id === undefined) {
      id = rec.length;
      records.set(key, id);
      rec.push(fields);
    }
    perCp.fill(id, cp, bounds[s + 1]);
  }

  // Two-level index, as CPython's makeunicodedata.py splitbins: the shift that needs fewest bytes.
  let best: { shift: number; index1: number[]; index2: number[] } | null = null;
  for (let shift = 4; shift <= 9; shift++) {
    const size = 1 << shift;
    const blocks = new Map<string, number>();
    const index1: number[] = [];
    const index2: number[] = [];
    for (let b = 0; b < N >> shift; b++) {
      const block = perCp.subarray(b << shift, (b + 1) << shift);
      const key = String.fromCharCode(...block);
      let id = blocks.get(key);
      if (id === undefined) {
        id = blocks.size;
        blocks.set(key, id);
        index2.push(...block);
      }
      index1.push(id);
    }
    if (!best || index1.length + index2.length < best.index1.length + best.index2.length) best = { shift, index1, index2 };
  }
  return {
    ...best!,
    flags: rec.map((r) => r[0]),
    db: rec.map((r) => r[1]),
    numeric: rec.map((r) => r[2]),
    lower: rec.map((r) => r[3]),
    upper: rec.map((r) => r[4]),
    title: rec.map((r) => r[5]),
    fold: rec.map((r) => r[6]),
    special,
    numericValues,
    categories,
    bidis,
    eaws,
  };
}

function renderProps(d: PropsData): string {
  const r = buildRecords(d);
  const text = new VarintWriter()
    .runs(r.index1)
    .runs(r.index2)
    .uints(r.flags)
    .uints(r.db)
    .uints(r.numeric)
    .ints(r.lower)
    .ints(r.upper)
    .ints(r.title)
    .ints(r.fold)
    .uints(r.special)
    .text();
  return [
    HEADER,
    `// Character records of Unicode ${d.version}: a two-level index from code point to record, and the`,
    '// records as columns (layout in src/unicode/layout.ts), as varints in text (VarintWriter in',
    '// tools/gen/unicode-encode.ts). Decoded by src/unicode/db.ts.\n',
    `export const UNIDATA_VERSION = '${d.version}';`,
    `export const CATEGORY_NAMES: readonly string[] = ${list(r.categories)};`,
    `export const BIDI_NAMES: readonly string[] = ${list(r.bidis)};`,
    `export const EAW_NAMES: readonly string[] = ${list(r.eaws)};`,
    `/** Numeric values; a record's numeric field is an index here plus one (0: none). */`,
    `export const NUMERIC_VALUES: readonly number[] = ${list(r.numericValues)};\n`,
    `export const INDEX_SHIFT = ${r.shift};`,
    `export const INDEX1_SIZE = ${r.index1.length};`,
    `export const INDEX2_SIZE = ${r.index2.length};`,
    `export const RECORD_COUNT = ${r.flags.length};`,
    `export const SPECIAL_SIZE = ${r.special.length};\n`,
    textLiteral('PROPS_DATA', text),
  ].join('\n');
}

// ---- decomposition and composition ----

function renderNormalization(d: PropsData): string {
  const tags: string[] = [];
  const cps: number[] = [];
  const tagOf: number[] = [];
  const offsets: number[] = [0];
  const data: number[] = [];
  for (const [cp, text] of d.decomposition) {
    const parts = text.split(' ');
    let tag = 0;
    if (parts[0].startsWith('<')) {
      const t = parts.shift()!;
      if (!tags.includes(t)) tags.push(t);
      tag = tags.indexOf(t) + 1;
    }
    cps.push(cp);
    tagOf.push(tag);
    for (const h of parts) data.push(parseInt(h, 16));
    offsets.push(data.length);
  }
  // A composition pair is the canonical decomposition of its composite: keep the composites.
  const composites = d.composition.map(([, , c]) => c).sort((x, y) => x - y);
  for (const [a, b, c] of d.composition) {
    const i = cps.indexOf(c);
    if (i < 0 || tagOf[i] !== 0 || offsets[i + 1] - offsets[i] !== 2 || data[offsets[i]] !== a || data[offsets[i] + 1] !== b) {
      throw new Error(`composition ${a} ${b} -> ${c} is not a canonical decomposition`);
    }
  }
  const lengths = cps.map((_, i) => offsets[i + 1] - offsets[i]);
  const text = new VarintWriter()
    .uints(cps.map((c, i) => (i === 0 ? c : c - cps[i - 1])))
    .uints(tagOf)
    .uints(lengths)
    .ints(data.map((v, i) => (i === 0 ? v : v - data[i - 1])))
    .uints(composites.map((c, i) => (i === 0 ? c : c - composites[i - 1])))
    .text();
  return [
    HEADER,
    '// Decomposition mappings (unicodedata.decomposition) and the canonical composition pairs that NFC',
    '// and NFKC use (composition exclusions already left out; a pair is given by its composite), as',
    '// varints in text (VarintWriter in tools/gen/unicode-encode.ts), code points as differences from',
    '// the previous one. Decoded by src/unicode/normalize.ts.\n',
    `/** Tags of compatibility decompositions; a decomposition's tag number is its index here plus one. */`,
    `export const DECOMPOSITION_TAGS: readonly string[] = ${list(tags)};`,
    `export const DECOMPOSITION_COUNT = ${cps.length};`,
    `export const DECOMPOSITION_DATA_SIZE = ${data.length};`,
    `export const COMPOSITION_COUNT = ${composites.length};\n`,
    textLiteral('NORMALIZATION_DATA', text),
  ].join('\n');
}

// ---- names ----

/** Names per chunk: a chunk is decoded as a whole, on first use. */
const NAMES_PER_CHUNK = 512;

/**
 * Names in code point order, one a line: the gap to the previous named code point less one
 * (decimal, then ':', only when not zero), then a lowercase letter 'a' + k saying that the name
 * starts with the first k words of the previous name, then the rest of the name. The first line of
 * a chunk shares no words, and its gap counts from the chunk's `before` code point.
 */
function frontCoded(names: [number, string][], before: number): string {
  const lines: string[] = [];
  let prevCp = before;
  let prevWords: string[] = [];
  for (const [cp, name] of names) {
    const words = name.split(' ');
    let k = 0;
    while (k < words.length - 1 && k < prevWords.length && k < 25 && words[k] === prevWords[k]) k++;
    const gap = cp - prevCp - 1;
    lines.push((gap ? `${gap}:` : '') + String.fromCharCode(97 + k) + words.slice(k).join(' '));
    prevCp = cp;
    prevWords = words;
  }
  return lines.join('\n');
}

function renderNames(d: NamesData): string {
  for (const [, name] of d.names) if (!/^[A-Z0-9][A-Z0-9 -]*$/.test(name)) throw new Error(`unexpected name ${name}`);
  const chunks: string[] = [];
  const words = new Map<string, number[]>();
  for (let i = 0, c = 0; i < d.names.length; i += NAMES_PER_CHUNK, c++) {
    const part = d.names.slice(i, i + NAMES_PER_CHUNK);
    const before = i === 0 ? -1 : d.names[i - 1][0];
    const text = frontCoded(part, before);
    chunks.push(`  [${before}, ${part.length}, ${text.length},\n${literalLines(encodeBase64(deflateRaw(new BlobWriter().text(text).bytes())), '   ')}],`);
    for (const [, name] of part) {
      const w = name.split(' ')[0];
      const ids = words.get(w) ?? words.set(w, []).get(w)!;
      if (ids[ids.length - 1] !== c) ids.push(c);
    }
  }
  // Which chunks hold names that start with a given word: 'WORD ids' lines, ids in base 36.
  const index = [...words]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([w, ids]) => `${w} ${ids.map((i) => i.toString(36)).join(',')}`)
    .join('\n');
  const aliases = d.aliases.map(([name, cp]) => `${cp.toString(16)} ${name}`);
  const seqs = d.namedSequences.map(([name, cps]) => `${cps.map((c) => c.toString(16)).join(' ')};${name}`);
  const extra = aliases.join('\n') + '\0' + seqs.join('\n');
  const ranges = d.ranges.map(([a, b, p]) => `  [0x${a.toString(16)}, 0x${b.toString(16)}, '${p}'],`);
  return [
    HEADER,
    '// Character names (unicodedata.name and lookup, \\N{...} escapes). Decoded by src/unicode/names.ts.\n',
    '/** Names made of a prefix, a hyphen and the code point in hex: [first, last, prefix]. */',
    `export const NAME_RANGES: readonly (readonly [number, number, string])[] = [\n${ranges.join('\n')}\n];\n`,
    '/** Names that lookup() parses (CPython: derived_name_prefixes): [first, last, prefix]. */',
    `export const DERIVED_NAME_RANGES: readonly (readonly [number, number, string])[] = [\n${d.lookupRanges
      .map(([a, b, p]) => `  [0x${a.toString(16)}, 0x${b.toString(16)}, '${p}'],`)
      .join('\n')}\n];\n`,
    '/** Short names of the jamo that make up the name of a Hangul syllable. */',
    `export const JAMO_L: readonly string[] = ${list(d.hangul.L)};`,
    `export const JAMO_V: readonly string[] = ${list(d.hangul.V)};`,
    `export const JAMO_T: readonly string[] = ${list(d.hangul.T)};\n`,
    '/**',
    ' * The other names, in chunks of consecutive named code points: [the named code point before the',
    ' * chunk, name count, text length, text]. The text is front-coded lines (tools/gen/unicode-render.ts',
    ' * frontCoded), compressed with DEFLATE, in base64.',
    ' */',
    `export const NAME_CHUNKS: readonly (readonly [number, number, number, string])[] = [\n${chunks.join('\n')}\n];\n`,
    `/** 'WORD ids' lines: the chunks (numbers in base 36, ',' between) with names whose first word is WORD. */`,
    `export const FIRST_WORDS_SIZE = ${index.length};`,
    blobLiteral('FIRST_WORDS', new BlobWriter().text(index).bytes()),
    `/** Aliases ('HEX NAME' lines), a NUL, then named sequences ('HEX HEX...;NAME' lines). */`,
    `export const ALIASES_SIZE = ${extra.length};`,
    blobLiteral('ALIASES', new BlobWriter().text(extra).bytes()),
  ].join('\n');
}

// ---- unicodedata.ucd_3_2_0 ----

/**
 * Where ucd_3_2_0 answers differently: per property, the ranges of code points with the same 3.2
 * answer, as (gap from the previous range, length, value number) varints after the range count.
 * Value numbers index a list of values; for NFD and NFKD, 0 means the character itself and n the
 * (n-1)th code point list of the table.
 */
function renderUcd32(): string {
  const d = readJson<Ucd32Data>(UCD32_DATA);
  const w = new VarintWriter();
  const lists: string[] = [];
  const ranges = (runs: Runs<unknown>, valueOf: (v: unknown, start: number) => number | null) => {
    const out: [number, number, number][] = [];
    for (let i = 0; i < runs.length; i++) {
      const [start, v] = runs[i];
      const end = i + 1 < runs.length ? runs[i + 1][0] : N;
      if (v === null) continue;
      for (let cp = start; cp < end; ) {
        // Runs of NFD values are per code point (a list per character): split into equal values.
        const n = valueOf(v, cp);
        if (n === null) {
          cp++;
          continue;
        }
        let e = cp + 1;
        while (e < end && valueOf(v, e) === n) e++;
        const last = out[out.length - 1];
        if (last && last[0] + last[1] === cp && last[2] === n) last[1] += e - cp;
        else out.push([cp, e - cp, n]);
        cp = e;
      }
    }
    w.uint(out.length);
    let prevEnd = 0;
    for (const [start, len, n] of out) {
      w.uint(start - prevEnd).uint(len).uint(n);
      prevEnd = start + len;
    }
  };
  for (const prop of ['category', 'bidirectional', 'east_asian_width', 'decomposition'] as const) {
    const values = [...new Set(d[prop].map(([, v]) => v).filter((v): v is string => v !== null))].sort();
    lists.push(`export const ${prop.toUpperCase()}_32: readonly string[] = ${list(values)};`);
    ranges(d[prop], (v) => values.indexOf(v as string));
  }
  for (const prop of ['combining', 'mirrored', 'decimal', 'digit'] as const) {
    ranges(d[prop], (v) => (v as number) + 1);
  }
  const numerics = [...new Set(d.numeric.map(([, v]) => v).filter((v): v is number => typeof v === 'number'))].sort((a, b) => a - b);
  lists.push(`/** 3.2 numeric values; a range's value number is an index here, or -1 for none. */`);
  lists.push(`export const NUMERIC_32: readonly number[] = ${list(numerics)};`);
  ranges(d.numeric, (v) => (v === false ? 0 : numerics.indexOf(v as number) + 1));
  ranges(d.name, (v) => (v === false ? 0 : null));
  for (const prop of ['NFD', 'NFKD'] as const) {
    const seqs: number[][] = [];
    const keys = new Map<string, number>();
    ranges(d[prop], (v, cp) => {
      const cps = v as number[];
      if (cps.length === 1 && cps[0] === cp) return 0;
      const key = cps.join(',');
      let n = keys.get(key);
      if (n === undefined) {
        n = seqs.length + 1;
        keys.set(key, n);
        seqs.push(cps);
      }
      return n;
    });
    w.uint(seqs.length);
    for (const cps of seqs) w.uint(cps.length).uints(cps);
  }
  return [
    HEADER,
    '// unicodedata.ucd_3_2_0 (Unicode 3.2, for stringprep and the idna codec) where it differs from the',
    '// current database, as ranges in varint text (VarintWriter in tools/gen/unicode-encode.ts):',
    '// category, bidirectional, east_asian_width, decomposition (values: the lists below), combining,',
    '// mirrored, decimal, digit (value + 1), numeric, name (no name), NFD and NFKD of one character.',
    '// Decoded by src/unicode/ucd.ts.\n',
    ...lists,
    '',
    textLiteral('UCD32_DATA', w.text()),
  ].join('\n');
}

export function renderUnicode(): Record<string, string> {
  const props = readJson<PropsData>(PROPS_DATA);
  const names = readJson<NamesData>(NAMES_DATA);
  return {
    'src/unicode/props.generated.ts': renderProps(props),
    'src/unicode/normalization.generated.ts': renderNormalization(props),
    'src/unicode/names.generated.ts': renderNames(names),
    'src/unicode/ucd32.generated.ts': renderUcd32(),
  };
}
