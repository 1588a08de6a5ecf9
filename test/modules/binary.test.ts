// The binary-data modules (_md5, _sha1, _sha2, _sha3, _blake2, _hmac, _hashlib, binascii, zlib, _csv)
// against CPython 3.14.2: each program of test/modules/binary/ prints what it computes, and pyts must
// print exactly what CPython printed (goldens from tools/gen/modules-binary.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/known.ts';
import { runProgram } from '../support/run-program.ts';
import { BINARY_CASES_DIR, listBinaryCases, virtualPathOf, type CaseGolden } from './binary-cases.ts';

for (const name of listBinaryCases()) {
  test(`modules/binary/${name}`, () => {
    const source = fs.readFileSync(path.join(ROOT, BINARY_CASES_DIR, name + '.py'));
    const want = JSON.parse(fs.readFileSync(path.join(ROOT, BINARY_CASES_DIR, 'goldens', name + '.json'), 'utf8')) as CaseGolden;
    const got = runProgram(virtualPathOf(name), source, '');
    assert.equal(got.stdout, want.stdout, 'stdout');
    assert.equal(got.stderr, want.stderr, 'stderr');
    assert.equal(got.status, want.status, 'exit status');
  });
}
