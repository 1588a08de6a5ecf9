// The _sre module against CPython 3.14.2: the test/modules/sre/*.py programs (every Pattern and Match
// method over many patterns and subjects, compile errors, templates, scanners, case-insensitive
// matching, long subjects) and the engine's character tables for every code point.
// Goldens: tools/gen/sre.ts (`npm run goldens -- sre`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { ROOT, readGolden } from '../support/known.ts';
import { runProgram } from '../support/run-program.ts';
import { CLASS_PATTERNS, BYTES_CLASS_PATTERNS, VIRTUAL_DIR, sreProgram, sreProgramNames, toRanges, type SreTables } from './sre/programs.ts';
import { isDigitUni, isSpaceUni, isWordUni, isDigitAscii, isSpaceAscii, isWordAscii, isWordLocale, lowerUnicode, upperUnicode } from '../../src/modules/_sre/chars.ts';

interface Golden {
  stdout: string;
  stderr: string;
  status: number;
}

/** The differing lines of two outputs, at most `max` of them, each with its line number. */
function differences(want: string, got: string, max: number): string[] {
  const a = want.split('\n');
  const b = got.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < max; i++) {
    if (a[i] !== b[i]) out.push(`line ${i + 1}:\n  want ${a[i] ?? '<end>'}\n  got  ${b[i] ?? '<end>'}`);
  }
  return out;
}

for (const name of sreProgramNames(ROOT)) {
  test(`_sre: ${name}.py`, () => {
    const p = sreProgram(ROOT, name);
    const want = JSON.parse(fs.readFileSync(p.goldenFile, 'utf8')) as Golden;
    const got = runProgram(`${VIRTUAL_DIR}/${name}.py`, new TextEncoder().encode(p.source), '');
    const diffs = differences(want.stdout, got.stdout, 25);
    assert.ok(diffs.length === 0, `stdout differs (first ${diffs.length}):\n${diffs.join('\n')}\nstderr: ${got.stderr.slice(-2000)}`);
    assert.equal(got.stderr, want.stderr);
    assert.equal(got.status, want.status);
  });
}

const tables = readGolden<SreTables>('test/modules/sre/goldens/tables.json');
const MAX = 0x10ffff;

function rangesOf(pred: (c: number) => boolean, max = MAX): [number, number][] {
  const cps: number[] = [];
  for (let c = 0; c <= max; c++) if (pred(c)) cps.push(c);
  return toRanges(cps);
}

test('_sre: unicode_tolower and unicode_iscased for every code point', () => {
  const tolower: [number, number][] = [];
  for (let c = 0; c <= MAX; c++) if (lowerUnicode(c) !== c) tolower.push([c, lowerUnicode(c)]);
  assert.deepEqual(tolower, tables.tolower);
  assert.deepEqual(rangesOf((c) => c !== lowerUnicode(c) || c !== upperUnicode(c)), tables.iscased);
});

test('_sre: the character classes for every code point', () => {
  const preds: Record<string, (c: number) => boolean> = {
    '\\d': isDigitUni,
    '\\s': isSpaceUni,
    '\\w': isWordUni,
    '(?a)\\d': isDigitAscii,
    '(?a)\\s': isSpaceAscii,
    '(?a)\\w': isWordAscii,
    '.': (c) => c !== 10,
    '(?s).': () => true,
    '\\b.': isWordUni,
    '.\\b': (c) => c !== 10 && isWordUni(c),
  };
  assert.deepEqual(Object.keys(preds), CLASS_PATTERNS);
  for (const p of CLASS_PATTERNS) assert.deepEqual(rangesOf(preds[p]!), tables.classes[p], p);
  const bpreds: Record<string, (c: number) => boolean> = {
    '\\d': isDigitAscii,
    '\\s': isSpaceAscii,
    '\\w': isWordAscii,
    '(?L)\\w': isWordLocale,
    '(?i)a': (c) => c === 0x41 || c === 0x61,
    '(?i)[a-z]': (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a),
    '(?iL)[a-z]': (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a),
  };
  assert.deepEqual(Object.keys(bpreds), BYTES_CLASS_PATTERNS);
  for (const p of BYTES_CLASS_PATTERNS) assert.deepEqual(rangesOf(bpreds[p]!, 255), tables.bytesClasses[p], p);
});
