// Seeded mutations of standard-library code (test/parser/mutation-cases.ts): parse() gives exactly
// CPython's AST (dump hash) or its SyntaxError (class, msg, lineno, offset, end_lineno, end_offset).
// Goldens: tools/gen/parser-mutations.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parse } from '../../src/parser/index.ts';
import { FrontEndError, ParseError } from '../../src/parser/errors.ts';
import { dump } from '../../src/ast/dump.ts';
import type { Node } from '../../src/ast/nodes.generated.ts';
import { knownFailures, readGolden } from '../support/known.ts';
import { mutationCases } from './mutation-cases.ts';
import { sourceHash, type MutationResult } from '../../tools/gen/parser-mutations.ts';

function result(src: string): MutationResult | string {
  try {
    const d = dump(parse(src, { filename: '<mutation>' }) as Node, true);
    return ['ok', createHash('sha256').update(d, 'utf8').digest('hex').slice(0, 16)];
  } catch (e) {
    if (e instanceof ParseError) return [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
    if (e instanceof FrontEndError) return [e.kind, e.msg, null, null, null, null];
    return `JS ${e instanceof Error ? e.stack : String(e)}`;
  }
}

test('mutated stdlib code: the same AST or SyntaxError as CPython', () => {
  const rows = readGolden<[string, MutationResult][]>('test/parser/goldens/mutations.json');
  const cases = mutationCases();
  assert.equal(cases.length, rows.length, 'the cases changed: run `npm run goldens -- parser-mutations`');
  const known = knownFailures('parser');
  const misses: string[] = [];
  let errors = 0;
  for (let i = 0; i < cases.length; i++) {
    const [hash, want] = rows[i];
    assert.equal(sourceHash(cases[i]), hash, `case ${i}: not the program the golden was made from (run \`npm run goldens -- parser-mutations\`)`);
    if (want[0] !== 'ok') errors++;
    const got = result(cases[i]);
    if (JSON.stringify(got) !== JSON.stringify(want) && !known.has(`mutations/${i}`)) {
      misses.push(`case ${i}:\n${cases[i]}\n    got:  ${JSON.stringify(got)}\n    want: ${JSON.stringify(want)}`);
    }
  }
  console.log(`mutations: ${cases.length - misses.length}/${cases.length} identical (${errors} are errors in CPython)`);
  assert.equal(misses.length, 0, misses.slice(0, 10).join('\n'));
});
