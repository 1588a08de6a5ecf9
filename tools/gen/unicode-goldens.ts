// Goldens for src/unicode: CPython 3.14.2's answers about every code point, as digests per property
// and per block of 4096 code points (so that a failure names the block), and spot checks of names,
// lookups, normalization and case mappings of tricky strings. Writes test/unicode/goldens/*.json.
//
// A digest is the first 8 hex digits of the SHA-256 of the block's values, one a line, each written
// as test/unicode/digest.ts writes it: strings as they are, numbers in decimal, booleans as 1 or 0,
// floats as the hex of their 8 little-endian bytes, and strings of code points as upper-case hex
// code points joined by spaces.
import { registerGolden } from './registry.ts';
import { readJson, writeText } from './io.ts';
import { formatData, INPUTS_DATA } from './unicode.ts';
import type { Oracle } from '../oracle/client.ts';

export const DIGESTS_GOLDEN = 'test/unicode/goldens/digests.json';
export const SPOT_GOLDEN = 'test/unicode/goldens/spot.json';
export const BLOCK = 4096;

/** The per-code-point facts, in order; test/unicode/digest.ts computes the same from pyts. */
export const DIGEST_PROPERTIES = [
  'category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition',
  'decimal', 'digit', 'numeric', 'name',
  'isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isspace', 'islower', 'isupper', 'istitle',
  'isprintable', 'isidentifier', 'isidentifier_continue', 'splitlines',
  'lower', 'upper', 'title', 'capitalize', 'swapcase', 'casefold',
  'sre_tolower', 'sre_iscased', 'title_next', 'sigma_before', 'sigma_after',
  'NFC', 'NFD', 'NFKC', 'NFKD', 'is_NFC', 'is_NFD', 'is_NFKC', 'is_NFKD',
  ...(['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition', 'decimal', 'digit',
    'numeric', 'name', 'NFC', 'NFD', 'NFKC', 'NFKD', 'is_NFC', 'is_NFD', 'is_NFKC', 'is_NFKD'] as const).map((p) => `ucd_3_2_0.${p}` as const),
] as const;

const DIGEST_QUERY = String.raw`
import unicodedata as U, hashlib, struct, _sre

def cps(s):
    return ' '.join('%X' % ord(c) for c in s)

def b(v):
    return '1' if v else '0'

def num(v):
    return '' if v is None else struct.pack('<d', v).hex()

FUNCS = {
    'category': U.category, 'bidirectional': U.bidirectional,
    'combining': lambda ch: str(U.combining(ch)), 'east_asian_width': U.east_asian_width,
    'mirrored': lambda ch: str(U.mirrored(ch)), 'decomposition': U.decomposition,
    'decimal': lambda ch: str(U.decimal(ch, -1)), 'digit': lambda ch: str(U.digit(ch, -1)),
    'numeric': lambda ch: num(U.numeric(ch, None)), 'name': lambda ch: U.name(ch, ''),
    'isalpha': lambda ch: b(ch.isalpha()), 'isdecimal': lambda ch: b(ch.isdecimal()),
    'isdigit': lambda ch: b(ch.isdigit()), 'isnumeric': lambda ch: b(ch.isnumeric()),
    'isalnum': lambda ch: b(ch.isalnum()), 'isspace': lambda ch: b(ch.isspace()),
    'islower': lambda ch: b(ch.islower()), 'isupper': lambda ch: b(ch.isupper()),
    'istitle': lambda ch: b(ch.istitle()), 'isprintable': lambda ch: b(ch.isprintable()),
    'isidentifier': lambda ch: b(ch.isidentifier()),
    'isidentifier_continue': lambda ch: b(('a' + ch).isidentifier()),
    'splitlines': lambda ch: str(len(('a' + ch + 'b').splitlines())),
    'lower': lambda ch: cps(ch.lower()), 'upper': lambda ch: cps(ch.upper()),
    'title': lambda ch: cps(ch.title()), 'capitalize': lambda ch: cps(ch.capitalize()),
    'swapcase': lambda ch: cps(ch.swapcase()), 'casefold': lambda ch: cps(ch.casefold()),
    'sre_tolower': lambda ch: '%X' % _sre.unicode_tolower(ord(ch)),
    'sre_iscased': lambda ch: b(_sre.unicode_iscased(ord(ch))),
    'title_next': lambda ch: cps((ch + 'A').title()),
    'sigma_before': lambda ch: cps(('A' + ch + '\u03a3').lower()),
    'sigma_after': lambda ch: cps(('A\u03a3' + ch).lower()),
    'NFC': lambda ch: cps(U.normalize('NFC', ch)), 'NFD': lambda ch: cps(U.normalize('NFD', ch)),
    'NFKC': lambda ch: cps(U.normalize('NFKC', ch)), 'NFKD': lambda ch: cps(U.normalize('NFKD', ch)),
    'is_NFC': lambda ch: b(U.is_normalized('NFC', ch)), 'is_NFD': lambda ch: b(U.is_normalized('NFD', ch)),
    'is_NFKC': lambda ch: b(U.is_normalized('NFKC', ch)), 'is_NFKD': lambda ch: b(U.is_normalized('NFKD', ch)),
}

O = U.ucd_3_2_0
OLD = {
    'category': O.category, 'bidirectional': O.bidirectional,
    'combining': lambda ch: str(O.combining(ch)), 'east_asian_width': O.east_asian_width,
    'mirrored': lambda ch: str(O.mirrored(ch)), 'decomposition': O.decomposition,
    'decimal': lambda ch: str(O.decimal(ch, -1)), 'digit': lambda ch: str(O.digit(ch, -1)),
    'numeric': lambda ch: num(O.numeric(ch, None)), 'name': lambda ch: O.name(ch, ''),
    'NFC': lambda ch: cps(O.normalize('NFC', ch)), 'NFD': lambda ch: cps(O.normalize('NFD', ch)),
    'NFKC': lambda ch: cps(O.normalize('NFKC', ch)), 'NFKD': lambda ch: cps(O.normalize('NFKD', ch)),
    'is_NFC': lambda ch: b(O.is_normalized('NFC', ch)), 'is_NFD': lambda ch: b(O.is_normalized('NFD', ch)),
    'is_NFKC': lambda ch: b(O.is_normalized('NFKC', ch)), 'is_NFKD': lambda ch: b(O.is_normalized('NFKD', ch)),
}
for k, v in OLD.items():
    FUNCS['ucd_3_2_0.' + k] = v

def main(arg):
    prop, lo, hi, block = arg
    f = FUNCS[prop]
    out = []
    for start in range(lo, hi, block):
        text = '\n'.join(f(chr(c)) for c in range(start, start + block))
        out.append(hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:8])
    return ''.join(out)
`;

// Names: unicodedata.lookup() of tricky spellings, and what a \N{...} escape makes of each.
const NAME_CASES = [
  'LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A', 'LATIN SMALL LETTER  A', ' LATIN SMALL LETTER A',
  'LATIN SMALL LETTER A ', 'LATIN SMALL LETTER', 'LATIN', '', 'A', 'SPACE', 'space', 'NO-BREAK SPACE', 'NO BREAK SPACE',
  'HANGUL SYLLABLE GA', 'hangul syllable ga', 'HANGUL SYLLABLE gag', 'HANGUL SYLLABLE GGWAELH', 'HANGUL SYLLABLE A',
  'HANGUL SYLLABLE', 'HANGUL SYLLABLE ', 'HANGUL SYLLABLE G', 'HANGUL SYLLABLE GAX', 'HANGUL SYLLABLE YI', 'HANGUL SYLLABLE I',
  'HANGUL SYLLABLE SSANG', 'HANGUL SYLLABLE SSYEOSS',
  'CJK UNIFIED IDEOGRAPH-4E00', 'cjk unified ideograph-4e00', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4E0',
  'CJK UNIFIED IDEOGRAPH-20000', 'CJK UNIFIED IDEOGRAPH-2A6DF', 'CJK UNIFIED IDEOGRAPH-2A6E0', 'CJK UNIFIED IDEOGRAPH-3400',
  'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-A000', 'CJK UNIFIED IDEOGRAPH-323AF', 'CJK UNIFIED IDEOGRAPH-110000',
  'CJK UNIFIED IDEOGRAPH-', 'CJK UNIFIED IDEOGRAPH-4E00 ', 'CJK UNIFIED IDEOGRAPH-+4E00',
  'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900', 'CJK COMPATIBILITY IDEOGRAPH-0F900',
  'CJK COMPATIBILITY IDEOGRAPH-FA6E', 'CJK COMPATIBILITY IDEOGRAPH-2F800',
  'TANGUT IDEOGRAPH-17000', 'TANGUT IDEOGRAPH-187F7', 'TANGUT IDEOGRAPH-18D00', 'TANGUT COMPONENT-001',
  'KHITAN SMALL SCRIPT CHARACTER-18B00', 'khitan small script character-18b00', 'NUSHU CHARACTER-1B170',
  'EGYPTIAN HIEROGLYPH-13460', 'EGYPTIAN HIEROGLYPH A001',
  'LINE FEED', 'line feed', 'LF', 'lf', 'NEW LINE', 'EOL', 'NULL', 'NUL', 'BOM', 'BYTE ORDER MARK', 'ZWJ', 'VS1', 'VS256',
  'LATIN CAPITAL LETTER GHA', 'LATIN CAPITAL LETTER OI', 'WEIERSTRASS ELLIPTIC FUNCTION', 'SCRIPT CAPITAL P',
  'TIBETAN MARK BKA- SHOG GI MGO RGYAN', 'TIBETAN MARK BKA- SHOG GI MGO RGYAN ', 'HANGUL JUNGSEONG O-E', 'HANGUL JUNGSEONG OE',
  'KEYCAP NUMBER SIGN', 'keycap number sign', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'TAMIL SYLLABLE KSSA',
  'GRINNING FACE', 'BELL', 'ALERT', 'BEL', 'SNOWMAN', 'EURO SIGN', 'DIGIT ZERO', 'CARRIAGE RETURN', 'CHARACTER TABULATION',
  'LATIN SMALL LETTER DOTLESS I', 'latın small letter a', 'LATIN SMALL LETTER \u017f', 'x'.repeat(256), 'x'.repeat(257),
  'SPACE\u0000', 'SP', 'sp', 'HANGUL SYLLABLE GA\u0000', 'hangul syllable GA', 'HANGUL SYLLABLE Ga', 'Hangul Syllable GAG',
  'cjk unified ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-004E00', 'CJK UNIFIED IDEOGRAPH-0004E00',
  'CJK UNIFIED IDEOGRAPH-03400', 'CJK UNIFIED IDEOGRAPH-0F900',
];

const SPOT_QUERY = String.raw`
import unicodedata as U, hashlib

def lookup(name):
    try:
        return [ord(c) for c in U.lookup(name)]
    except KeyError as e:
        return 'KeyError: ' + str(e)

def escape(name, full=True):
    if '}' in name or '\\' in name or '\n' in name or '"' in name or '\0' in name:
        return None
    try:
        return [ord(c) for c in eval('"\\N{' + name + '}"')]
    except SyntaxError as e:
        return 'SyntaxError: ' + e.msg if full else 'SyntaxError'

def ranges(cps):
    out = []
    for c in cps:
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out

def digest(text):
    return hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:8]

def cps(s):
    return [ord(c) for c in s]

def main(arg):
    names, aliases, seqs, norm_inputs, norm_strings, case_strings, pred_strings = arg
    out = {}
    out['names'] = [[n, lookup(n), escape(n)] for n in names]
    def lookup32(name):
        try:
            return [ord(c) for c in U.ucd_3_2_0.lookup(name)]
        except KeyError as e:
            return 'KeyError: ' + str(e)
    out['names32'] = [[n, lookup32(n)] for n in names + aliases[:40] + seqs[:10]]
    out['aliases'] = [[n, lookup(n), escape(n, False), lookup(n.lower())] for n in aliases]
    out['namedSequences'] = [[n, lookup(n), escape(n, False), lookup(n.lower())] for n in seqs]
    bad = []
    bad_lower = []
    for c in range(0x110000):
        n = U.name(chr(c), None)
        if n is None:
            continue
        if lookup(n) != [c]:
            bad.append(c)
        if lookup(n.lower()) != [c]:
            bad_lower.append(c)
    # code points whose name (or the name in lower case) lookup() does not give back
    out['nameRoundTripFailures'] = ranges(bad)
    out['lowerNameRoundTripFailures'] = ranges(bad_lower)
    def forms(s):
        return [cps(U.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')] + \
               [U.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    def forms_digest(s):
        # the four forms as hex code points, then the four is_normalized answers as 1 or 0, '|' between
        text = '|'.join([' '.join('%X' % ord(c) for c in U.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')] +
                        ['1' if U.is_normalized(f, s) else '0' for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
        return digest(text)
    out['normalizationTest'] = [[s, forms_digest(''.join(chr(int(h, 16)) for h in s.split()))] for s in norm_inputs]
    def forms32(s):
        O = U.ucd_3_2_0
        return [cps(O.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')] + \
               [O.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    out['normalization32'] = [[s] + forms32(s) for s in norm_strings]
    out['normalization'] = [[s] + forms(s) for s in norm_strings]
    out['case'] = [[s, s.lower(), s.upper(), s.title(), s.capitalize(), s.swapcase(), s.casefold()] for s in case_strings]
    out['predicates'] = [[s, s.isalpha(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isspace(),
                          s.islower(), s.isupper(), s.istitle(), s.isprintable(), s.isidentifier()] for s in pred_strings]
    return out
`;

const NORM_STRINGS = [
  '', 'abc', '\u00c5', 'A\u030a', '\u212b', '\u1e9b\u0323', '\u0071\u0307\u0323', 'e\u0301\u0301', 'e\u0301\u0300',
  'a\u0328\u0301', 'a\u0301\u0328', '\u1100\u1161', '\u1100\u1161\u11a8', '\uac00\u11a8', '\u1100\u1161\u11a7',
  '\u1100\u1100\u1161', '\u1112\u1175\u11c2', '\u1113\u1161', '\ud55c\uae00', '\u0308\u0301', '\u0344', '\u0f73', '\u0f71\u0f72',
  '\u0958', '\u0915\u093c', '\ufb01', '\u2460', '\u00bd', '\u1e0a\u0323', '\u0041\u0300\u0316', 'x\u0300\u0301\u0302\u0303\u0304\u0305',
  '\ufdfa', '\u3300', '\u1f82', 'Ω', '\u2126', 'ﬃ', '\u0b47\u0b3e', '\u0b4b', '\u09c7\u09be\u0301', 'a' + '\u0301'.repeat(30),
  '\ud800', '\udc00x', 'a\ud800\u0301', '\u00a0', 'ℌ', 'ＡＢＣ', '\u0627\u0653', '\u05d0\u05b7\u05bc', '\u1100\u0301\u1161',
  'e' + '\u0301\u0327'.repeat(12), '\uac00\u0301\u11a8', '\u0cc6\u0cc2\u0cd5', '\u1025\u102e', '\u0dd9\u0dcf\u0dca',
  '\u{1d15e}', '\u{1d160}', '\u{2f800}', '\u{11099}\u{110ba}', '\u{1133b}\u{1133e}', 'ǅ', '\u0345\u0301', 'i\u0307',
];

const CASE_STRINGS = [
  '', 'hello world', 'HELLO', "they're bill's friends from the UK", 'straße', 'ΣΑΣ', 'ΑΣ', 'Σ', 'ΑΣ ', 'ΑΣΑ', 'Α\u0301Σ',
  'ΑΣ\u0301', 'Α.Σ', "Α'Σ", 'Α\u00adΣ', 'ΑΣ\u00ad', 'ΑΣ\u00adΑ', ' Σ', '1Σ', 'ΑΣ1', 'ΑΣΑ Σ ΑΣ', 'σΣ', 'ǅemal', 'ǆEMAL',
  'ﬁnance', 'ŉ', 'İstanbul', 'ıi', 'ǰ', 'ΐ', 'ᾳ', 'ᾼ', 'Ꭰᏸ', 'ꭰ', 'ა', 'Ა', 'ǈ', 'ß', 'ẞ', 'ﬀ', 'Å', '\u0345', 'ΐ\u0301',
  '\ud801\udc00\ud801\udc28', '\u{10400}', '\u{1e900}', '\ud800', 'a\ud800Σ', 'x1y', 'hello_world', 'a.b-c d\te',
  'ǲ ǳ Ǳ', 'ΌΣΟΣ ΤΟΣ', 'ὈΔΥΣΣΕΎΣ', 'ǅǄǆ', 'ʼn', 'ᾈ', 'ﬓ', 'ﬗ', 'Ⅻ', 'ⓐ', 'Ⓐ', '\u0130', 'i\u0307', 'ΑΣ\u0345',
];

const PRED_STRINGS = [
  '', 'a', 'A', 'ǅ', 'Ab', 'AB', 'ab', 'Ab Cd', 'Ab cd', 'ǅa', 'aǅ', 'A1', '1', '١٢', '²', '½', '一', 'Ⅻ', ' ', '\u00a0',
  '\u2028', '\x1c', '\x85', '\u200b', 'a b', 'ª', 'ʰ', 'Σσ', '\ud800', 'ab\ud800', '_', '_a', 'a_', '1a', 'a1', '℘',
  '℮', '·', 'a·', '\u0300', 'a\u0300', '\u{10400}', '\u{10428}', '\u{1d7ce}', '\u{1f600}', 'ǅǅ', 'AǅB', 'A ǅ', '\t\n',
  '\u3000', 'ー', 'ーa', 'a\u200d', '\u00ad', '\u0600', 'x\u0378', '\u0378',
];

async function query(oracle: Oracle): Promise<void> {
  // Digests: one call per property and quarter of the code space, spread over the oracle pool.
  const tasks: Promise<[string, number, string]>[] = [];
  const QUARTER = 0x110000 / 4;
  for (const prop of DIGEST_PROPERTIES) {
    for (let q = 0; q < 4; q++) {
      const lo = q * QUARTER;
      tasks.push(oracle.call<string>(DIGEST_QUERY, [prop, lo, lo + QUARTER, BLOCK], 600_000).then((d) => [prop, q, d]));
    }
  }
  const parts = await Promise.all(tasks);
  const digests: Record<string, string> = {};
  for (const prop of DIGEST_PROPERTIES) {
    digests[prop] = parts
      .filter(([p]) => p === prop)
      .sort((a, b) => a[1] - b[1])
      .map(([, , d]) => d)
      .join('');
  }
  writeText(DIGESTS_GOLDEN, JSON.stringify({ block: BLOCK, digests }, null, 1) + '\n');

  const inputs = readJson<{ aliases: string[]; namedSequences: string[]; normalization: string[] }>(INPUTS_DATA);
  const spot = await oracle.call<Record<string, unknown>>(
    SPOT_QUERY,
    [NAME_CASES, inputs.aliases, inputs.namedSequences, inputs.normalization, NORM_STRINGS, CASE_STRINGS, PRED_STRINGS],
    600_000,
  );
  writeText(SPOT_GOLDEN, formatData(spot));
}

registerGolden({ name: 'unicode-goldens', query });
