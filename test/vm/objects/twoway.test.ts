// The two-way search used for long needles (src/objects/twoway.ts) against a naive search, on random
// haystacks and needles over 1-3 letter alphabets (where periodic needles and near-misses abound),
// forwards and backwards, over str and bytes. CPython's results for whole str/bytes methods with
// long needles are in the corpus (test/programs/strings/long_needle_search.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { longBytesIndexOf, longBytesLastIndexOf, longStrIndexOf, longStrLastIndexOf } from '../../../src/objects/twoway.ts';

let seed = 987654321;
function rand(n: number): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
}

function randomString(len: number, alphabet: string, blocky: boolean): string {
  let s = '';
  while (s.length < len) {
    const c = alphabet[rand(alphabet.length)];
    s += blocky ? c.repeat(1 + rand(40)) : c;
  }
  return s.slice(0, len);
}

function naiveFirst(s: string, sub: string, from: number, to: number): number {
  for (let p = from; p + sub.length <= to; p++) if (s.startsWith(sub, p)) return p;
  return -1;
}

function naiveLast(s: string, sub: string, from: number, to: number): number {
  for (let p = to - sub.length; p >= from; p--) if (s.startsWith(sub, p)) return p;
  return -1;
}

const bytesOf = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

test('two-way search finds what a naive search finds, forwards and backwards', () => {
  for (let trial = 0; trial < 3000; trial++) {
    const alphabet = ['a', 'ab', 'abc'][rand(3)];
    const blocky = rand(2) === 0;
    const m = 1 + rand(150);
    const sub = randomString(m, alphabet, blocky);
    // Haystacks built from pieces of the needle make matches and long partial matches likely.
    let s = '';
    while (s.length < 400 + rand(400)) s += rand(3) === 0 ? sub.slice(rand(m)) : randomString(1 + rand(60), alphabet, blocky);
    const from = rand(50);
    const to = s.length - rand(50);
    const f = longStrIndexOf(s, sub, from, to);
    const l = longStrLastIndexOf(s, sub, from, to);
    assert.equal(f, naiveFirst(s, sub, from, to), `first ${JSON.stringify([s, sub, from, to])}`);
    assert.equal(l, naiveLast(s, sub, from, to), `last ${JSON.stringify([s, sub, from, to])}`);
    assert.equal(longBytesIndexOf(bytesOf(s), bytesOf(sub), from, to), f);
    assert.equal(longBytesLastIndexOf(bytesOf(s), bytesOf(sub), from, to), l);
  }
});

test('two-way search answers on the inputs that make indexOf quadratic', () => {
  // test_adaptive_find's input: indexOf needs about 24 s for this N, the two-way search milliseconds.
  const N = 100000;
  const A = 'a'.repeat(N);
  const B = 'b'.repeat(N);
  const hay = A + A + B + A + A;
  const needle = A + B + B + A;
  assert.equal(longStrIndexOf(hay, needle, 0, hay.length), -1);
  assert.equal(longStrIndexOf(hay + needle, needle, 0, hay.length + needle.length), hay.length);
  assert.equal(longStrLastIndexOf(hay + needle, needle, 0, hay.length + needle.length), hay.length);
  assert.equal(longStrLastIndexOf(needle + hay, needle, 0, hay.length + needle.length), 0);
});
