// unicodedata's per-character answers for all 0x110000 code points, against CPython's digests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mismatchedBlocks } from './digest.ts';

for (const prop of ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition', 'decimal', 'digit', 'numeric', 'name']) {
  test(`unicodedata.${prop} of every code point`, () => {
    assert.deepEqual(mismatchedBlocks(prop), []);
  });
}
