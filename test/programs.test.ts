// The differential corpus: every test/programs/**.py prints, byte for byte, what CPython 3.14.2
// printed (stdout, stderr, exit status), with goldens from tools/gen/programs.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { listPrograms } from './support/programs.ts';
import { knownFailures } from './support/known.ts';
import { checkProgram } from './support/run-program.ts';

const filter = process.env.PROGRAMS;

const known = knownFailures('programs');
const cases = listPrograms().filter((c) => !filter || c.id.includes(filter));

for (const c of cases) {
  test(`program ${c.id}`, () => {
    if (!fs.existsSync(c.goldenFile)) assert.fail(`no golden: run PROGRAMS=${c.id} npm run goldens -- programs`);
    const { golden, got, same } = checkProgram(c);
    if (known.has(c.id)) {
      assert.ok(!same, `${c.id} now passes: remove it from test/programs/known-failures.txt`);
      return;
    }
    assert.equal(got.stdout, golden.stdout, 'stdout');
    assert.equal(got.stderr, golden.stderr, 'stderr');
    assert.equal(got.status, golden.status, 'exit status');
  });
}
