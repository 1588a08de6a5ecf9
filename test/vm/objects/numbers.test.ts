// Properties of the number machinery that hold by construction, checked on many random doubles:
// the fast digit paths (JS toFixed/toExponential with tie detection) agree with exact BigInt
// arithmetic, repr is the shortest round-tripping form, and the fast exp/log/pow paths (Ziv's first
// step) agree with the always-double-double ones. Expected CPython results live in the corpus
// (test/programs/numbers); these tests guard the internal shortcuts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dtoaFixed, dtoaFixedExact, dtoaPrecision, dtoaPrecisionExact, dtoaShortest, doubleToString } from '../../../src/objects/float/dtoa.ts';
import * as D from '../../../src/objects/float/dtoa.ts';
import { crExp, crLog, crPow, slowExp, slowLog, slowPow } from '../../../src/objects/float/libm.ts';
import { floatFromHexString, floatToHexString, scaleToDouble } from '../../../src/objects/float/strtod.ts';

// A deterministic generator of doubles spread over the whole range, with many small-mantissa values
// (those are where exact ties occur).
let seed = 12345;
function next32(): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed;
}
function randomDouble(): number {
  const kind = next32() % 4;
  if (kind === 0) return (next32() % 100000) / 2 ** (next32() % 20); // dyadic, short
  if (kind === 1) return (next32() % 1000) * 10 ** ((next32() % 40) - 20);
  const hi = next32() & 0x7fefffff;
  const lo = next32();
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  u[0] = lo;
  u[1] = hi;
  return f[0];
}

function digitsOf(run: () => void): [string, number] {
  run();
  return [D.dtoaDigits, D.dtoaDecpt];
}

test('dtoa: the fast fixed and precision paths equal exact arithmetic', () => {
  for (let i = 0; i < 20000; i++) {
    const x = randomDouble();
    if (x === 0 || !Number.isFinite(x)) continue;
    const nd = next32() % 25;
    assert.deepEqual(digitsOf(() => dtoaFixed(x, nd)), digitsOf(() => dtoaFixedExact(x, nd)), `fixed ${x} ${nd}`);
    const sig = 1 + (next32() % 25);
    assert.deepEqual(digitsOf(() => dtoaPrecision(x, sig)), digitsOf(() => dtoaPrecisionExact(x, sig)), `precision ${x} ${sig}`);
  }
});

test('dtoa: exact ties round half to even', () => {
  // x * 10**nd is exactly halfway between two integers for these.
  const cases: [number, number, string][] = [
    [0.5, 0, ''], [1.5, 0, '2'], [2.5, 0, '2'], [0.125, 2, '12'], [0.375, 2, '38'], [2.5e-5 * 2 ** 0, 8, '25'],
  ];
  for (const [x, nd, digits] of cases) {
    dtoaFixed(x, nd);
    if (digits === '') assert.equal(D.dtoaDigits, '', `${x}`);
    else assert.equal(D.dtoaDigits, digits.replace(/0+$/, ''), `${x}`);
  }
});

test('repr is the shortest string that round-trips', () => {
  for (let i = 0; i < 20000; i++) {
    const x = randomDouble();
    if (x === 0 || !Number.isFinite(x)) continue;
    const r = doubleToString(x, 'r', 0, 0);
    assert.equal(Number(r), x, r);
    dtoaShortest(x);
    const n = D.dtoaDigits.length;
    if (n > 1) {
      // One digit fewer, correctly rounded, never round-trips.
      dtoaPrecisionExact(x, n - 1);
      const shorter = Number(`${x < 0 ? '-' : ''}0.${D.dtoaDigits}e${D.dtoaDecpt}`);
      assert.notEqual(shorter, x, `${r} is not shortest`);
    }
  }
});

test('float.hex and float.fromhex are inverses', () => {
  for (let i = 0; i < 20000; i++) {
    const x = randomDouble();
    assert.equal(floatFromHexString(floatToHexString(x)), x);
  }
  assert.equal(scaleToDouble(1n, -1075), 0); // the smallest tie rounds to even zero
  assert.equal(scaleToDouble(3n, -1076), 2 ** -1074 * 1); // 0.75 of the smallest subnormal rounds up
});

test('exp, log and pow: the fast paths agree with double-double throughout', () => {
  for (let i = 0; i < 20000; i++) {
    const x = ((next32() / 2 ** 32) * 2 - 1) * 700;
    assert.equal(crExp(x), slowExp(x), `exp ${x}`);
    const y = Math.exp(((next32() / 2 ** 32) * 2 - 1) * 700);
    assert.equal(crLog(y), slowLog(y), `log ${y}`);
    const b = (next32() / 2 ** 32) * 20;
    const e = ((next32() / 2 ** 32) * 2 - 1) * 50;
    if (b > 0 && !Number.isInteger(e)) assert.equal(crPow(b, e), slowPow(b, e), `pow ${b} ${e}`);
  }
});

test("repr's String() shortcut agrees with the general formatting", async () => {
  const { floatRepr } = await import('../../../src/objects/float.ts');
  const { DTSF_ADD_DOT_0 } = await import('../../../src/objects/float/dtoa.ts');
  for (let i = 0; i < 20000; i++) {
    const x = randomDouble() * (i % 2 ? 1e-10 : 1);
    assert.equal(floatRepr(x), doubleToString(x, 'r', 0, DTSF_ADD_DOT_0), `${x}`);
    assert.equal(floatRepr(x, false), doubleToString(x, 'r', 0, 0), `${x}`);
  }
  for (const x of [1e-4, 0.0001 * (1 - 2 ** -52), 1e16, 9999999999999998, -1e-4, 123, -0.5]) {
    assert.equal(floatRepr(x), doubleToString(x, 'r', 0, DTSF_ADD_DOT_0), `${x}`);
  }
});
