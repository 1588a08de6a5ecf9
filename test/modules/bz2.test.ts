// The bzip2 engines of _bz2 (src/modules/_bz2/) on their own: round trips, and the invariances CPython's
// users rely on — the encoder's output does not depend on how its input is cut, the decoder's output
// does not depend on how its input or its output space is cut, every prefix of a stream is "more input
// needed", and corrupt input gives an error code, never a JavaScript exception or a hang.  What the
// bytes must be (libbzip2's) is checked against CPython by the corpus, test/programs/bz2/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Bz2Encoder } from '../../src/modules/_bz2/compress.ts';
import { Bz2Decoder, BZ_OK, BZ_STREAM_END, BZ_DATA_ERROR, BZ_DATA_ERROR_MAGIC } from '../../src/modules/_bz2/decompress.ts';

/** A small deterministic generator (xorshift32). */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function encode(data: Uint8Array, level: number, cuts: number[] = []): Uint8Array {
  const enc = new Bz2Encoder(level);
  const out: Uint8Array[] = [];
  const buf = new Uint8Array(1 << 16);
  let start = 0;
  for (const end of [...cuts, data.length]) {
    enc.setInput(data.subarray(start, end));
    while (enc.availIn > 0) out.push(buf.slice(0, enc.compress(buf, 0)));
    start = end;
  }
  while (!enc.finished) out.push(buf.slice(0, enc.finish(buf, 0)));
  return concat(out);
}

interface Decoded {
  code: number;
  data: Uint8Array;
  unused: Uint8Array;
}

/** Decodes with input pieces of inSize bytes and output windows of outSize bytes. */
function decode(stream: Uint8Array, inSize = stream.length || 1, outSize = 1 << 16): Decoded {
  const dec = new Bz2Decoder();
  const out: Uint8Array[] = [];
  const buf = new Uint8Array(outSize);
  for (let i = 0; i < Math.max(stream.length, 1); i += inSize) {
    dec.feed(stream.subarray(i, i + inSize));
    for (let guard = 0; ; guard++) {
      assert.ok(guard < 1e7, 'the decoder does not progress');
      const code = dec.run(buf, 0, buf.length);
      out.push(buf.slice(0, dec.outPos));
      if (code !== BZ_OK) return { code, data: concat(out), unused: dec.unconsumedBytes() };
      if (dec.unconsumed() === 0 && dec.outPos < buf.length) break;
    }
    dec.detach();
  }
  return { code: BZ_OK, data: concat(out), unused: new Uint8Array(0) };
}

function samples(): [string, Uint8Array][] {
  const r = rng(12345);
  const random = (n: number) => Uint8Array.from({ length: n }, () => r() & 0xff);
  const words = ['tree', 'leaf', 'root', ' ', '\n', 'branch', 'bark'].map((w) => new TextEncoder().encode(w));
  const text = concat(Array.from({ length: 20000 }, () => words[r() % words.length]));
  const runs = concat(Array.from({ length: 2000 }, () => new Uint8Array(1 + (r() % 400)).fill(r() % 3)));
  return [
    ['empty', new Uint8Array(0)],
    ['one byte', Uint8Array.of(7)],
    ['run of 4', new Uint8Array(4).fill(1)],
    ['run of 255', new Uint8Array(255).fill(2)],
    ['run of 256', new Uint8Array(256).fill(2)],
    ['zeros', new Uint8Array(250000)],
    ['periodic', concat(Array.from({ length: 5000 }, () => Uint8Array.of(1, 2, 3)))],
    ['random', random(30000)],
    ['text', text],
    ['runs', runs],
    ['all byte values', Uint8Array.from({ length: 4096 }, (_, i) => i & 0xff)],
  ];
}

test('round trips at every level, several blocks at level 1', () => {
  for (const [name, data] of samples()) {
    for (const level of [1, 5, 9]) {
      const stream = encode(data, level);
      const back = decode(stream);
      assert.equal(back.code, BZ_STREAM_END, `${name} level ${level}`);
      assert.deepEqual(back.data, data, `${name} level ${level}`);
      assert.equal(back.unused.length, 0);
    }
  }
});

test('the encoder output does not depend on how the input is cut', () => {
  const r = rng(99);
  for (const [name, data] of samples()) {
    const whole = encode(data, 1);
    const cuts: number[] = [];
    for (let i = r() % 5000; i < data.length; i += 1 + (r() % 70000)) cuts.push(i);
    assert.deepEqual(encode(data, 1, cuts), whole, name);
  }
});

test('the decoder output does not depend on how input and output are cut', () => {
  for (const [name, data] of samples()) {
    const stream = encode(data, 1);
    const tail = Uint8Array.of(1, 2, 3, 4, 5);
    const withTail = concat([stream, tail]);
    for (const [inSize, outSize] of [[1, 1 << 16], [7, 3], [1000, 1], [333, 100000]]) {
      const got = decode(withTail, inSize, outSize);
      assert.equal(got.code, BZ_STREAM_END, `${name} ${inSize}/${outSize}`);
      assert.deepEqual(got.data, data, `${name} ${inSize}/${outSize}`);
      // What follows the stream is not consumed: the part of the tail given so far.
      const given = Math.min(withTail.length, Math.ceil(stream.length / inSize) * inSize);
      assert.deepEqual(got.unused, withTail.subarray(stream.length, given), `${name} ${inSize}/${outSize}`);
    }
  }
});

test('every prefix of a stream asks for more input', () => {
  const data = samples()[8][1].subarray(0, 3000);
  const stream = encode(data, 9);
  for (let n = 0; n < stream.length; n++) {
    const dec = new Bz2Decoder();
    dec.feed(stream.subarray(0, n));
    const buf = new Uint8Array(1 << 16);
    assert.equal(dec.run(buf, 0, buf.length), BZ_OK, `prefix ${n}`);
    assert.equal(dec.unconsumed(), 0, `prefix ${n}`);
  }
});

test('corrupt input gives an error code', () => {
  const data = samples()[8][1].subarray(0, 5000);
  const stream = encode(data, 9);
  assert.equal(decode(Uint8Array.of(0x42, 0x5a, 0x68, 0x30)).code, BZ_DATA_ERROR_MAGIC);
  assert.equal(decode(new TextEncoder().encode('not a bzip2 stream')).code, BZ_DATA_ERROR_MAGIC);
  const r = rng(4242);
  let errors = 0;
  for (let k = 0; k < 400; k++) {
    const bad = stream.slice();
    bad[4 + (r() % (bad.length - 4))] ^= 1 << (r() % 8);
    const got = decode(bad, 1 + (r() % 200), 1 + (r() % 9000));
    assert.ok([BZ_OK, BZ_STREAM_END, BZ_DATA_ERROR].includes(got.code));
    if (got.code === BZ_DATA_ERROR) errors++;
  }
  assert.ok(errors > 300, `${errors} of 400 bit flips detected`);
  for (let k = 0; k < 200; k++) {
    const junk = Uint8Array.from({ length: 50 + (r() % 2000) }, () => r() & 0xff);
    junk.set([0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59]);
    const got = decode(junk, 1 + (r() % 100));
    assert.ok([BZ_OK, BZ_DATA_ERROR].includes(got.code));
  }
});
