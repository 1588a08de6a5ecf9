// `pyts --dis FILE` prints what `python3.14 -m dis FILE` prints (addresses as 0x0000), from source:
// parser, compiler and disassembler together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGolden } from '../support/known.ts';
import { disSource } from '../../src/compiler/dis-main.ts';
import { normalizeDis, firstDiff } from './support/code-facts.ts';

test('dis of whole files equals python -m dis', () => {
  const rows = readGolden<[string, string, string][]>('test/compiler/goldens/dis-cli.json');
  assert.ok(rows.length >= 40);
  for (const [name, source, want] of rows) {
    const got = normalizeDis(disSource(new TextEncoder().encode(source), `/tmp/${name}.py`));
    if (got !== normalizeDis(want)) assert.fail(`${name}: ${firstDiff(got, normalizeDis(want))}`);
  }
});
