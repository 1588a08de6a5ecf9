// Character names: unicodedata.name() and lookup(), and the \N{...} escapes of string literals.
// CPython: Modules/unicodedata.c _getucname, _getcode, capi_getcode (its names live in a packed
// DAWG; ours are front-coded text in chunks of 512, each decoded on first use: names.generated.ts).
import { decodeBase64, inflateRaw } from './decode.ts';
import {
  ALIASES,
  ALIASES_SIZE,
  DERIVED_NAME_RANGES,
  FIRST_WORDS,
  FIRST_WORDS_SIZE,
  JAMO_L,
  JAMO_T,
  JAMO_V,
  NAME_CHUNKS,
  NAME_RANGES,
} from './names.generated.ts';

const S_BASE = 0xac00;
const S_COUNT = 11172;
const HANGUL_PREFIX = 'HANGUL SYLLABLE ';
/** Added to the code point of an alias in the alias map. */
const ALIAS = 0x200000;

/** A decoded chunk of names: code points in order, their names, and name -> code point. */
interface Chunk {
  cps: Int32Array;
  names: string[];
  byName: Map<string, number>;
}

const chunks: (Chunk | undefined)[] = new Array(NAME_CHUNKS.length);
/** First word -> the chunks with names that start with it ('1,a,b': numbers in base 36). */
let firstWords: Map<string, string> | null = null;
/** Upper-case alias or named sequence -> code point plus ALIAS, or -1 - i for named sequence i. */
let aliases: Map<string, number> | null = null;
let sequences: number[][] = [];

function deflated(base64: string, size: number): string {
  return new TextDecoder().decode(inflateRaw(decodeBase64(base64), size)); // the names are ASCII
}

/** Decodes chunk i: front-coded lines (see tools/gen/unicode-render.ts frontCoded). */
function chunk(i: number): Chunk {
  const done = chunks[i];
  if (done) return done;
  const [before, count, size, data] = NAME_CHUNKS[i];
  const text = deflated(data, size);
  const cps = new Int32Array(count);
  const names = new Array<string>(count);
  const byName = new Map<string, number>();
  // Each line: [gap ':'] letter rest, the letter ('a' + k) saying that the first k words of the
  // previous name come first.
  let cp = before;
  let prev = '';
  let n = 0;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let p = pos;
    let gap = 0;
    let c = text.charCodeAt(p);
    if (c < 0x3a) {
      while (c !== 0x3a) {
        gap = gap * 10 + (c - 0x30);
        c = text.charCodeAt(++p);
      }
      c = text.charCodeAt(++p);
    }
    const k = c - 0x61;
    let name = text.slice(p + 1, end);
    if (k > 0) {
      let cut = -1;
      for (let w = 0; w < k; w++) cut = prev.indexOf(' ', cut + 1);
      name = (cut < 0 ? prev : prev.slice(0, cut)) + ' ' + name;
    }
    cp += gap + 1;
    cps[n] = cp;
    names[n++] = name;
    byName.set(name, cp);
    prev = name;
    pos = end + 1;
  }
  return (chunks[i] = { cps, names, byName });
}

function loadFirstWords(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of deflated(FIRST_WORDS, FIRST_WORDS_SIZE).split('\n')) {
    const sp = line.indexOf(' ');
    map.set(line.slice(0, sp), line.slice(sp + 1));
  }
  return (firstWords = map);
}

function loadAliases(): Map<string, number> {
  const [aliasText, seqText] = deflated(ALIASES, ALIASES_SIZE).split('\0');
  const map = new Map<string, number>();
  for (const line of aliasText.split('\n')) {
    const sp = line.indexOf(' ');
    map.set(line.slice(sp + 1), ALIAS + parseInt(line.slice(0, sp), 16));
  }
  const seqLines = seqText.split('\n');
  sequences = seqLines.map((line) =>
    line
      .slice(0, line.indexOf(';'))
      .split(' ')
      .map((h) => parseInt(h, 16)),
  );
  seqLines.forEach((line, i) => map.set(line.slice(line.indexOf(';') + 1), -1 - i));
  return (aliases = map);
}

function hex(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

/** unicodedata.name(chr(cp)): undefined when the code point has no name.  CPython: _getucname */
export function characterName(cp: number): string | undefined {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    return HANGUL_PREFIX + JAMO_L[(s / 588) | 0] + JAMO_V[((s % 588) / 28) | 0] + JAMO_T[s % 28];
  }
  for (const [first, last, prefix] of NAME_RANGES) {
    if (cp < first) break;
    if (cp <= last) return `${prefix}-${hex(cp)}`;
  }
  // The last chunk that starts at or before cp.
  let lo = 0;
  let hi = NAME_CHUNKS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (NAME_CHUNKS[mid][0] < cp) lo = mid;
    else hi = mid - 1;
  }
  const { cps, names } = chunk(lo);
  let a = 0;
  let b = cps.length - 1;
  while (a <= b) {
    const mid = (a + b) >> 1;
    const c = cps[mid];
    if (c === cp) return names[mid];
    if (c < cp) a = mid + 1;
    else b = mid - 1;
  }
  return undefined;
}

/** Upper-cases ASCII letters only, as CPython's Py_TOUPPER does to the bytes of a name. */
function asciiUpper(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
  }
  return s;
}

/** The longest jamo short name at s[pos...]: [length, index].  CPython: find_syllable */
function findSyllable(s: string, pos: number, table: readonly string[]): [number, number] {
  let len = -1;
  let index = -1;
  for (let i = 0; i < table.length; i++) {
    const t = table[i];
    if (t.length <= len) continue;
    if (s.startsWith(t, pos)) {
      len = t.length;
      index = i;
    }
  }
  return [len < 0 ? 0 : len, index];
}

const CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-';

/**
 * The code point a name, alias or named sequence stands for: a code point (plus ALIAS for an
 * alias), -1 for no such name, or -2 - i for named sequence i.  CPython: _getcode
 * Names are looked up without regard to case, except that the names of Hangul syllables and CJK
 * unified ideographs are parsed, and only in upper case with upper-case hex (CPython 3.14.2).
 */
function findName(name: string): number {
  if (name.startsWith(HANGUL_PREFIX)) {
    let pos = HANGUL_PREFIX.length;
    const [ll, l] = findSyllable(name, pos, JAMO_L);
    pos += ll;
    const [vl, v] = findSyllable(name, pos, JAMO_V);
    pos += vl;
    const [tl, t] = findSyllable(name, pos, JAMO_T);
    pos += tl;
    if (l >= 0 && v >= 0 && t >= 0 && pos === name.length) return S_BASE + (l * 21 + v) * 28 + t;
    return -1;
  }
  if (name.startsWith(CJK_PREFIX)) {
    // Four or five upper-case hex digits.
    const digits = name.slice(CJK_PREFIX.length);
    if (!/^[0-9A-F]{4,5}$/.test(digits)) return -1;
    const v = parseInt(digits, 16);
    for (const [first, last] of DERIVED_NAME_RANGES) if (v >= first && v <= last) return v;
    return -1;
  }
  const key = asciiUpper(name);
  // Other names made of a prefix and the code point are ordinary names to CPython: the hex must
  // be exactly as name() writes it.
  const dash = key.lastIndexOf('-');
  if (dash > 0) {
    const prefix = key.slice(0, dash);
    const digits = key.slice(dash + 1);
    for (const [first, last, p] of NAME_RANGES) {
      if (p !== prefix || p === 'CJK UNIFIED IDEOGRAPH' || !/^[0-9A-F]{4,6}$/.test(digits)) continue;
      const v = parseInt(digits, 16);
      if (v >= first && v <= last && hex(v) === digits) return v;
    }
  }
  // Names: only the chunks that have names starting with the key's first word.
  const sp = key.indexOf(' ');
  const ids = (firstWords ?? loadFirstWords()).get(sp < 0 ? key : key.slice(0, sp));
  if (ids !== undefined) {
    for (const id of ids.split(',')) {
      const v = chunk(parseInt(id, 36)).byName.get(key);
      if (v !== undefined) return v;
    }
  }
  const v = (aliases ?? loadAliases()).get(key);
  return v === undefined ? -1 : v < 0 ? -1 + v : v;
}

/**
 * The code point of a name or alias, for \N{...} in a string literal, or -1 (named sequences are
 * not accepted there).  CPython: capi_getcode(name, namelen, &code, 0)
 */
export function lookupCodePoint(name: string): number {
  const v = findName(name);
  return v >= ALIAS ? v - ALIAS : v >= 0 ? v : -1;
}

/**
 * The code points of a name, alias (unless `aliases` is false) or named sequence (when
 * `namedSequences`), or undefined. With the defaults this is what \N{...} accepts;
 * unicodedata.lookup() passes namedSequences true (and raises KeyError 'name too long' itself for
 * names of more than 256 UTF-8 bytes), ucd_3_2_0.lookup() aliases false as well.
 */
export function lookupName(name: string, namedSequences = false, aliases = true): number[] | undefined {
  const v = findName(name);
  if (v >= ALIAS) return aliases ? [v - ALIAS] : undefined;
  if (v >= 0) return [v];
  if (v <= -2 && namedSequences) return sequences[-2 - v].slice();
  return undefined;
}
