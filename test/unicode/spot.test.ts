// Names, lookups, normalization of tricky strings and case mappings, against CPython 3.14.2's
// answers (tools/gen/unicode-goldens.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { characterName, lookupCodePoint, lookupName } from '../../src/unicode/names.ts';
import { isNormalized, normalize, type NormalizationForm } from '../../src/unicode/normalize.ts';
import * as cs from '../../src/unicode/case.ts';
import * as sp from '../../src/unicode/str-predicates.ts';
import { UCD_3_2_0 } from '../../src/unicode/ucd.ts';
import { readGolden } from '../support/known.ts';

type Lookup = number[] | string;
interface Spot {
  names: [string, Lookup, Lookup | null][];
  names32: [string, Lookup][];
  normalization32: [string, number[], number[], number[], number[], boolean, boolean, boolean, boolean][];
  aliases: [string, Lookup, Lookup | null, Lookup][];
  namedSequences: [string, Lookup, Lookup | null, Lookup][];
  nameRoundTripFailures: [number, number][];
  lowerNameRoundTripFailures: [number, number][];
  normalizationTest: [string, string][];
  normalization: [string, number[], number[], number[], number[], boolean, boolean, boolean, boolean][];
  case: [string, string, string, string, string, string, string][];
  predicates: [string, ...boolean[]][];
}

const spot = readGolden<Spot>('test/unicode/goldens/spot.json');
const FORMS: NormalizationForm[] = ['NFC', 'NFD', 'NFKC', 'NFKD'];

/** unicodedata.lookup() as pyts would answer it: code points or the KeyError text's first word. */
function lookup(name: string): number[] | 'KeyError' {
  return lookupName(name, true) ?? 'KeyError';
}

function escape(name: string): number[] | 'SyntaxError' {
  const cp = lookupCodePoint(name);
  const viaName = lookupName(name);
  assert.deepEqual(viaName, cp < 0 ? undefined : [cp], `lookupName and lookupCodePoint disagree on ${name}`);
  return cp < 0 ? 'SyntaxError' : [cp];
}

const kind = (v: Lookup): Lookup => (typeof v === 'string' ? v.split(':')[0] : v);

test('unicodedata.lookup and \\N{...} of tricky names', () => {
  for (const [name, want, wantEscape] of spot.names) {
    assert.deepEqual(lookup(name), kind(want), `lookup(${JSON.stringify(name)})`);
    if (wantEscape !== null) assert.deepEqual(escape(name), kind(wantEscape), `\\N{${name}}`);
  }
});

test('aliases and named sequences: lookup, \\N{...}, lower case', () => {
  for (const [name, want, wantEscape, wantLower] of [...spot.aliases, ...spot.namedSequences]) {
    assert.deepEqual(lookup(name), kind(want), `lookup(${JSON.stringify(name)})`);
    assert.deepEqual(lookup(name.toLowerCase()), kind(wantLower), `lookup(${JSON.stringify(name.toLowerCase())})`);
    if (wantEscape !== null) assert.deepEqual(escape(name), kind(wantEscape), `\\N{${name}}`);
  }
});

function ranges(cps: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of cps) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

test('lookup(name(c)) gives c back, and lookup(name(c).lower()) where CPython does', () => {
  const bad: number[] = [];
  const badLower: number[] = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    const name = characterName(cp);
    if (name === undefined) continue;
    const r = lookupName(name, true);
    if (!r || r.length !== 1 || r[0] !== cp) bad.push(cp);
    const l = lookupName(name.toLowerCase(), true);
    if (!l || l.length !== 1 || l[0] !== cp) badLower.push(cp);
  }
  assert.deepEqual(ranges(bad), spot.nameRoundTripFailures);
  assert.deepEqual(ranges(badLower), spot.lowerNameRoundTripFailures);
});

const hexCps = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).toUpperCase()).join(' ');
const cps = (s: string) => [...s].map((c) => c.codePointAt(0)!);

test('normalization conformance strings (UCD NormalizationTest parts 0, 2-5)', () => {
  const bad: string[] = [];
  for (const [input, want] of spot.normalizationTest) {
    const s = String.fromCodePoint(...input.split(' ').map((h) => parseInt(h, 16)));
    const text = [...FORMS.map((f) => hexCps(normalize(f, s))), ...FORMS.map((f) => (isNormalized(f, s) ? '1' : '0'))].join('|');
    if (createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8) !== want) bad.push(input);
  }
  assert.deepEqual(bad.slice(0, 20), [], `${bad.length} of ${spot.normalizationTest.length} differ`);
});

test('normalize and is_normalized of tricky strings', () => {
  for (const [s, ...want] of spot.normalization) {
    const got = [...FORMS.map((f) => cps(normalize(f, s))), ...FORMS.map((f) => isNormalized(f, s))];
    assert.deepEqual(got, want, JSON.stringify(s));
  }
});

test('lower, upper, title, capitalize, swapcase, casefold of tricky strings', () => {
  for (const [s, ...want] of spot.case) {
    const got = [cs.lower(s), cs.upper(s), cs.title(s), cs.capitalize(s), cs.swapcase(s), cs.casefold(s)];
    assert.deepEqual(got, want, JSON.stringify(s));
  }
});

test('str.is*() of tricky strings', () => {
  for (const [s, ...want] of spot.predicates) {
    const got = [
      sp.strIsAlpha(s), sp.strIsDecimal(s), sp.strIsDigit(s), sp.strIsNumeric(s), sp.strIsAlnum(s), sp.strIsSpace(s),
      sp.strIsLower(s), sp.strIsUpper(s), sp.strIsTitle(s), sp.strIsPrintable(s), sp.strIsIdentifier(s),
    ];
    assert.deepEqual(got, want, JSON.stringify(s));
  }
});

test('ucd_3_2_0.lookup of tricky names, aliases and named sequences', () => {
  for (const [name, want] of spot.names32) {
    assert.deepEqual(UCD_3_2_0.lookup(name) ?? 'KeyError', kind(want), `ucd_3_2_0.lookup(${JSON.stringify(name)})`);
  }
});

test('ucd_3_2_0.normalize and is_normalized of tricky strings', () => {
  for (const [s, ...want] of spot.normalization32) {
    const got = [...FORMS.map((f) => cps(UCD_3_2_0.normalize(f, s))), ...FORMS.map((f) => UCD_3_2_0.isNormalized(f, s))];
    assert.deepEqual(got, want, JSON.stringify(s));
  }
});
