// unicodedata.normalize and is_normalized of every one-character string, against CPython's digests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mismatchedBlocks } from './digest.ts';

for (const prop of ['NFC', 'NFD', 'NFKC', 'NFKD', 'is_NFC', 'is_NFD', 'is_NFKC', 'is_NFKD']) {
  test(`${prop} of every code point`, () => {
    assert.deepEqual(mismatchedBlocks(prop), []);
  });
}
