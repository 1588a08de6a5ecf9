// The Unicode character database as CPython 3.14.2 sees it (unicodedata 16.0.0 and the str methods).
// Asks the oracle about every code point and writes the data behind the generated tables:
//   tools/cpython/unicode-props.json   per-property runs, decompositions, canonical compositions
//   tools/cpython/unicode-names.json   names, algorithmic name ranges, Hangul jamo, aliases, named sequences
// then renders src/unicode/*.generated.ts (tools/gen/unicode-render.ts).
import { registerGolden } from './registry.ts';
import { readJson, writeText } from './io.ts';
import { renderUnicode } from './unicode-render.ts';
import type { Oracle } from '../oracle/client.ts';

export const PROPS_DATA = 'tools/cpython/unicode-props.json';
export const NAMES_DATA = 'tools/cpython/unicode-names.json';
export const INPUTS_DATA = 'tools/cpython/unicode-inputs.json';
export const UCD32_DATA = 'tools/cpython/unicode-3.2.0.json';

/** A property as runs: [first code point, value], each run lasting until the next one starts. */
export type Runs<T> = [number, T][];
/** A case mapping: the delta to a single code point, or the code points of a longer mapping. */
export type CaseValue = number | number[];

export interface PropsData {
  version: string;
  props: {
    category: Runs<string>;
    bidirectional: Runs<string>;
    combining: Runs<number>;
    east_asian_width: Runs<string>;
    mirrored: Runs<number>;
    decimal: Runs<number>;
    digit: Runs<number>;
    numeric: Runs<number | null>;
    isalpha: Runs<boolean>;
    isdecimal: Runs<boolean>;
    isdigit: Runs<boolean>;
    isnumeric: Runs<boolean>;
    isalnum: Runs<boolean>;
    isspace: Runs<boolean>;
    islower: Runs<boolean>;
    isupper: Runs<boolean>;
    istitle: Runs<boolean>;
    isprintable: Runs<boolean>;
    xid_start: Runs<boolean>;
    xid_continue: Runs<boolean>;
    cased: Runs<boolean>;
    case_ignorable: Runs<boolean>;
    linebreak: Runs<boolean>;
    lower: Runs<CaseValue>;
    upper: Runs<CaseValue>;
    title: Runs<CaseValue>;
    casefold: Runs<CaseValue>;
    nfd_same: Runs<boolean>;
    nfc_same: Runs<boolean>;
    nfkd_same: Runs<boolean>;
    nfkc_same: Runs<boolean>;
  };
  decomposition: [number, string][];
  composition: [number, number, number][];
}

/**
 * unicodedata.ucd_3_2_0 where it differs from unicodedata: per property, runs of the 3.2 answer,
 * or null where it is the current one. `name` runs say whether the 3.2 name is the current one
 * (where not, there is none). `NFD` and `NFKD` are the normal forms of one character.
 */
export interface Ucd32Data {
  category: Runs<string | null>;
  bidirectional: Runs<string | null>;
  combining: Runs<number | null>;
  east_asian_width: Runs<string | null>;
  mirrored: Runs<number | null>;
  decomposition: Runs<string | null>;
  decimal: Runs<number | null>;
  digit: Runs<number | null>;
  numeric: Runs<number | false | null>;
  name: Runs<boolean>;
  NFD: Runs<number[] | null>;
  NFKD: Runs<number[] | null>;
}

export interface NamesData {
  /** Names of the form PREFIX-HEX (code point in hex): [first, last, prefix]. */
  ranges: [number, number, string][];
  /** Short names of the leading consonants, vowels and trailing consonants of Hangul syllables. */
  hangul: { L: string[]; V: string[]; T: string[] };
  names: [number, string][];
  /** Names lookup() derives from a prefix and the code point in hex: [first, last, prefix]. */
  lookupRanges: [number, number, string][];
  aliases: [string, number][];
  namedSequences: [string, number[]][];
}

// Per code point, what CPython says. Cased and case-ignorable have no Python API; they show through
// str.title() (a cased character makes the next one lowercase) and the final-sigma rule of
// str.lower() (Objects/unicodeobject.c handle_capital_sigma):
//   ('A' + c + 'Σ').lower() ends in 'ς'  iff  c is case-ignorable or cased
//   ('AΣ' + c).lower()[1] == 'ς'         iff  c is case-ignorable or not cased
const PROPS_QUERY = String.raw`
import unicodedata as U

NAMES = ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored',
         'decimal', 'digit', 'numeric',
         'isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isspace', 'islower', 'isupper',
         'istitle', 'isprintable', 'xid_start', 'xid_continue', 'cased', 'case_ignorable', 'linebreak',
         'lower', 'upper', 'title', 'casefold', 'nfd_same', 'nfc_same', 'nfkd_same', 'nfkc_same']

def mapping(c, s):
    if len(s) == 1:
        return ord(s) - c
    return [ord(x) for x in s]

def props(c):
    ch = chr(c)
    cased = (ch + 'A').title()[-1] == 'a'
    t1 = ('A' + ch + '\u03a3').lower()[-1] == '\u03c2'
    t2 = ('A\u03a3' + ch).lower()[1] == '\u03c2'
    ignorable = t2 if cased else t1
    return [U.category(ch), U.bidirectional(ch), U.combining(ch), U.east_asian_width(ch), U.mirrored(ch),
            U.decimal(ch, -1), U.digit(ch, -1), U.numeric(ch, None),
            ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isalnum(), ch.isspace(),
            ch.islower(), ch.isupper(), ch.istitle() and not ch.isupper(), ch.isprintable(),
            ch.isidentifier() and c != 0x5F, ('a' + ch).isidentifier(), cased, ignorable,
            len(('a' + ch + 'b').splitlines()) == 2,
            mapping(c, ch.lower()), mapping(c, ch.upper()), mapping(c, ch.title()), mapping(c, ch.casefold()),
            U.normalize('NFD', ch) == ch, U.normalize('NFC', ch) == ch,
            U.normalize('NFKD', ch) == ch, U.normalize('NFKC', ch) == ch]

def main(arg):
    lo, hi = arg
    out = {n: [] for n in NAMES}
    lists = [out[n] for n in NAMES]
    last = [None] * len(NAMES)
    decomp = []
    for c in range(lo, hi):
        for i, v in enumerate(props(c)):
            if c == lo or v != last[i] or type(v) is not type(last[i]):
                lists[i].append([c, v])
                last[i] = v
        d = U.decomposition(chr(c))
        if d:
            decomp.append([c, d])
    return {'version': U.unidata_version, 'props': out, 'decomposition': decomp}
`;

// Which canonical pairs compose: a two-character canonical decomposition a b of c is a pair of the
// composition table unless c is excluded, which shows as NFC(a + b) != c.
const COMPOSITION_QUERY = String.raw`
import unicodedata as U
def main(decomp):
    out = []
    for c, d in decomp:
        parts = d.split()
        if parts[0].startswith('<') or len(parts) != 2:
            continue
        a, b = int(parts[0], 16), int(parts[1], 16)
        if U.normalize('NFC', chr(a) + chr(b)) == chr(c):
            out.append([a, b, c])
    return out
`;

const NAMES_QUERY = String.raw`
import unicodedata as U
def main(arg):
    lo, hi = arg
    names = []
    ranges = []
    for c in range(lo, hi):
        nm = U.name(chr(c), None)
        if nm is None:
            continue
        if 0xAC00 <= c <= 0xD7A3 and nm.startswith('HANGUL SYLLABLE '):
            continue  # algorithmic: checked against the jamo tables by HANGUL_QUERY
        h = '-%04X' % c
        if nm.endswith(h):
            p = nm[:-len(h)]
            if ranges and ranges[-1][2] == p and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c, p])
        else:
            names.append([c, nm])
    return {'names': names, 'ranges': ranges}
`;

// The syllable names are 'HANGUL SYLLABLE ' + L + V + T. The vowel of the first syllable is the
// common suffix of the syllables L*588 (one of the leading consonants has an empty short name), and
// the first consonant the common prefix of the syllables V*28.
const HANGUL_QUERY = String.raw`
import unicodedata as U, os
def main(_):
    S = 0xAC00
    n = lambda c: U.name(chr(c))[len('HANGUL SYLLABLE '):]
    lv0 = [n(S + l * 588) for l in range(19)]
    l0v = [n(S + v * 28) for v in range(21)]
    l0v0t = [n(S + t) for t in range(28)]
    v0 = os.path.commonprefix([x[::-1] for x in lv0])[::-1]
    l0 = os.path.commonprefix(l0v)
    L = [x[:len(x) - len(v0)] for x in lv0]
    V = [x[len(l0):] for x in l0v]
    T = [x[len(l0) + len(v0):] for x in l0v0t]
    for i in range(11172):
        want = 'HANGUL SYLLABLE ' + L[i // 588] + V[(i % 588) // 28] + T[i % 28]
        if U.name(chr(S + i)) != want:
            raise ValueError('hangul name %X' % (S + i))
    return {'L': L, 'V': V, 'T': T}
`;

// unicodedata.lookup() parses the names of CJK unified ideographs rather than looking them up
// (Modules/unicodedata.c _getcode): which code points does that reach?
const DERIVED_PREFIXES = ['CJK UNIFIED IDEOGRAPH-'];
const DERIVED_QUERY = String.raw`
import unicodedata as U
def main(prefixes):
    out = []
    for p in prefixes:
        for c in range(0x110000):
            try:
                ok = U.lookup(p + '%04X' % c) == chr(c)
            except KeyError:
                ok = False
            if ok:
                if out and out[-1][2] == p and out[-1][1] == c - 1:
                    out[-1][1] = c
                else:
                    out.append([c, c, p])
    return sorted(out)
`;

// Candidate aliases and named sequences (from UCD 17.0.0): what unicodedata.lookup() makes of each.
const LOOKUP_QUERY = String.raw`
import unicodedata as U
def main(arg):
    out = []
    for name in arg:
        try:
            out.append([name, [ord(c) for c in U.lookup(name)]])
        except KeyError:
            out.append([name, None])
    return out
`;

// unicodedata.ucd_3_2_0 (stringprep and the idna codec use it) against unicodedata.
const UCD32_QUERY = String.raw`
import unicodedata as U
O = U.ucd_3_2_0
PROPS = ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition']
def main(arg):
    lo, hi = arg
    out = {p: [] for p in PROPS + ['decimal', 'digit', 'numeric', 'name', 'NFD', 'NFKD']}
    last = {}
    def add(p, c, v):
        if c == lo or last[p] != v or type(last[p]) is not type(v):
            out[p].append([c, v])
            last[p] = v
    for c in range(lo, hi):
        ch = chr(c)
        for p in PROPS:
            a = getattr(O, p)(ch)
            add(p, c, None if a == getattr(U, p)(ch) else a)
        a = O.decimal(ch, -1)
        add('decimal', c, None if a == U.decimal(ch, -1) else a)
        a = O.digit(ch, -1)
        add('digit', c, None if a == U.digit(ch, -1) else a)
        a = O.numeric(ch, None)
        add('numeric', c, None if a == U.numeric(ch, None) else (False if a is None else a))
        a = O.name(ch, None)
        if a is not None and a != U.name(ch, None):
            raise ValueError('3.2 name of %X' % c)
        add('name', c, a == U.name(ch, None))
        for f in ('NFD', 'NFKD'):
            a = O.normalize(f, ch)
            add(f, c, None if a == U.normalize(f, ch) else [ord(x) for x in a])
    return out
`;

const CHUNK = 0x10000;

function chunks(): [number, number][] {
  const out: [number, number][] = [];
  for (let lo = 0; lo < 0x110000; lo += CHUNK) out.push([lo, lo + CHUNK]);
  return out;
}

/** Concatenates runs from consecutive chunks, merging a run that continues across a boundary. */
function mergeRuns(parts: Runs<unknown>[]): Runs<unknown> {
  const out: Runs<unknown> = [];
  for (const runs of parts) {
    for (const run of runs) {
      const prev = out[out.length - 1];
      if (prev && JSON.stringify(prev[1]) === JSON.stringify(run[1])) continue;
      out.push(run);
    }
  }
  return out;
}

/** JSON with one array element per line inside each top-level member. */
export function formatData(value: Record<string, unknown>): string {
  const members = Object.entries(value).map(([k, v]) => {
    if (Array.isArray(v)) return ` ${JSON.stringify(k)}: [\n${v.map((e) => '  ' + JSON.stringify(e)).join(',\n')}\n ]`;
    if (v && typeof v === 'object' && Object.values(v).every(Array.isArray)) {
      const inner = Object.entries(v).map(
        ([k2, v2]) => `  ${JSON.stringify(k2)}: [\n${(v2 as unknown[]).map((e) => '   ' + JSON.stringify(e)).join(',\n')}\n  ]`,
      );
      return ` ${JSON.stringify(k)}: {\n${inner.join(',\n')}\n }`;
    }
    return ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
  });
  return '{\n' + members.join(',\n') + '\n}\n';
}

async function query(oracle: Oracle): Promise<void> {
  type PropsChunk = { version: string; props: Record<string, Runs<unknown>>; decomposition: [number, string][] };
  const parts = await Promise.all(chunks().map((c) => oracle.call<PropsChunk>(PROPS_QUERY, c, 600_000)));
  const props: Record<string, Runs<unknown>> = {};
  for (const name of Object.keys(parts[0].props)) props[name] = mergeRuns(parts.map((p) => p.props[name]));
  const decomposition = parts.flatMap((p) => p.decomposition);
  const composition = await oracle.call<[number, number, number][]>(COMPOSITION_QUERY, decomposition, 600_000);
  writeText(PROPS_DATA, formatData({ version: parts[0].version, props, decomposition, composition }));

  const parts32 = await Promise.all(chunks().map((c) => oracle.call<Record<string, Runs<unknown>>>(UCD32_QUERY, c, 600_000)));
  const ucd32: Record<string, Runs<unknown>> = {};
  for (const name of Object.keys(parts32[0])) ucd32[name] = mergeRuns(parts32.map((p) => p[name]));
  writeText(UCD32_DATA, formatData(ucd32));

  type NamesChunk = { names: [number, string][]; ranges: [number, number, string][] };
  const nparts = await Promise.all(chunks().map((c) => oracle.call<NamesChunk>(NAMES_QUERY, c, 600_000)));
  const ranges: [number, number, string][] = [];
  for (const r of nparts.flatMap((p) => p.ranges)) {
    const prev = ranges[ranges.length - 1];
    if (prev && prev[2] === r[2] && prev[1] === r[0] - 1) prev[1] = r[1];
    else ranges.push(r);
  }
  const hangul = await oracle.call<NamesData['hangul']>(HANGUL_QUERY, null, 600_000);
  const lookupRanges = await oracle.call<[number, number, string][]>(DERIVED_QUERY, DERIVED_PREFIXES, 600_000);
  const inputs = readJson<{ aliases: string[]; namedSequences: string[] }>(INPUTS_DATA);
  const aliasRows = await oracle.call<[string, number[] | null][]>(LOOKUP_QUERY, inputs.aliases, 600_000);
  const seqRows = await oracle.call<[string, number[] | null][]>(LOOKUP_QUERY, inputs.namedSequences, 600_000);
  const aliases = aliasRows.filter(([, v]) => v !== null).map(([n, v]) => [n, v![0]] as [string, number]);
  const namedSequences = seqRows.filter(([, v]) => v !== null) as [string, number[]][];
  const names: NamesData = { ranges, hangul, lookupRanges, names: nparts.flatMap((p) => p.names), aliases, namedSequences };
  writeText(NAMES_DATA, formatData(names as unknown as Record<string, unknown>));
}

registerGolden({ name: 'unicode', query, render: renderUnicode });
