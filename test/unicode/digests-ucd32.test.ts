// unicodedata.ucd_3_2_0's per-character answers for all 0x110000 code points, against CPython's digests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mismatchedBlocks, PROPERTIES } from './digest.ts';

for (const prop of PROPERTIES.filter((p) => p.startsWith('ucd_3_2_0.'))) {
  test(`${prop} of every code point`, () => {
    assert.deepEqual(mismatchedBlocks(prop), []);
  });
}
