// The str methods on every one-character string (and in the contexts that show the cased and
// case-ignorable properties), against CPython's digests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mismatchedBlocks } from './digest.ts';

const PROPS = [
  'isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isspace', 'islower', 'isupper', 'istitle', 'isprintable',
  'isidentifier', 'isidentifier_continue', 'splitlines', 'lower', 'upper', 'title', 'capitalize', 'swapcase', 'casefold',
  'sre_tolower', 'sre_iscased', 'title_next', 'sigma_before', 'sigma_after',
];
for (const prop of PROPS) {
  test(`str ${prop} of every code point`, () => {
    assert.deepEqual(mismatchedBlocks(prop), []);
  });
}
