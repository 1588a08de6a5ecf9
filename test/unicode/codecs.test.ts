// The table codecs: our DEFLATE decoder reads what zlib writes (stored, fixed and dynamic Huffman
// blocks), zlib reads what our encoder writes, and varints and base64 survive a round trip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { decodeBase64, inflateRaw, VarintReader } from '../../src/unicode/decode.ts';
import { deflateRaw, encodeBase64, VarintWriter } from '../../tools/gen/unicode-encode.ts';

function sample(n: number, seed: number): Uint8Array {
  // Text-like bytes with repeats, from a small linear congruential generator.
  const words = ['LATIN', 'SMALL', 'LETTER', 'WITH', 'CAPITAL', 'SIGN', 'A', 'B', '\n', ' '];
  const out: number[] = [];
  let x = seed;
  while (out.length < n) {
    x = (x * 1103515245 + 12345) >>> 0;
    const w = x % 7 === 0 ? String.fromCharCode(x & 0xff) : words[(x >>> 8) % words.length];
    for (let i = 0; i < w.length; i++) out.push(w.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(out.slice(0, n));
}

test('inflateRaw reads zlib output: stored, fixed and dynamic blocks', () => {
  for (const n of [0, 1, 100, 70_000, 300_000]) {
    const data = sample(n, n + 1);
    const variants = [
      zlib.deflateRawSync(data, { level: 0 }),
      zlib.deflateRawSync(data, { level: 9 }),
      zlib.deflateRawSync(data, { level: 6, strategy: zlib.constants.Z_FIXED }),
      zlib.deflateRawSync(data, { level: 1, strategy: zlib.constants.Z_HUFFMAN_ONLY }),
    ];
    for (const z of variants) assert.deepEqual(inflateRaw(new Uint8Array(z)), data, `n=${n}`);
  }
});

test('deflateRaw output is valid DEFLATE', () => {
  for (const n of [0, 1, 100, 70_000, 300_000]) {
    const data = sample(n, 7 * n + 3);
    const z = deflateRaw(data);
    assert.deepEqual(new Uint8Array(zlib.inflateRawSync(z)), data, `n=${n}`);
    assert.deepEqual(inflateRaw(decodeBase64(encodeBase64(z))), data, `n=${n}`);
  }
});

test('varints round-trip', () => {
  const values = [0, 1, 31, 32, 33, 1023, 1024, 0x10ffff, 0x7fffffff, 123456789];
  const signed = [0, -1, 1, -32, 32, -0x10ffff, 0x10ffff];
  const text = new VarintWriter().uints(values).ints(signed).runs([5, 5, 5, 7, 0, 0]).text();
  assert.doesNotMatch(text, /['\\]/);
  const r = new VarintReader(text);
  assert.deepEqual(Array.from({ length: values.length }, () => r.uint()), values);
  assert.deepEqual(Array.from(r.ints(new Int32Array(signed.length))), signed);
  assert.deepEqual(Array.from(r.runs(new Int32Array(6))), [5, 5, 5, 7, 0, 0]);
  assert.ok(r.done);
});
