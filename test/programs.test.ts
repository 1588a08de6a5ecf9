// The differential corpus: every test/programs/**.py prints, byte for byte, what CPython 3.14.2
// printed (stdout, stderr, exit status), with goldens from tools/gen/programs.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { listPrograms, stdinOf, type Golden } from './support/programs.ts';
import { knownFailures } from './support/known.ts';
import { runProgram } from './support/run-program.ts';

const filter = process.env.PROGRAMS;

const known = knownFailures('programs');
const cases = listPrograms().filter((c) => !filter || c.id.includes(filter));

for (const c of cases) {
  test(`program ${c.id}`, () => {
    if (!fs.existsSync(c.goldenFile)) assert.fail(`no golden: run PROGRAMS=${c.id} npm run goldens -- programs`);
    const golden = JSON.parse(fs.readFileSync(c.goldenFile, 'utf8')) as Golden;
    const source = fs.readFileSync(c.file);
    let got: Golden;
    try {
      got = runProgram(c.virtualPath, source, stdinOf(source.toString('utf8')));
    } catch (e) {
      got = { stdout: '', stderr: `JS exception escaped: ${(e as Error).stack}`, status: -1, by: 'pyts' };
    }
    const same = got.stdout === golden.stdout && got.stderr === golden.stderr && got.status === golden.status;
    if (known.has(c.id)) {
      assert.ok(!same, `${c.id} now passes: remove it from test/programs/known-failures.txt`);
      return;
    }
    assert.equal(got.stdout, golden.stdout, 'stdout');
    assert.equal(got.stderr, golden.stderr, 'stderr');
    assert.equal(got.status, golden.status, 'exit status');
  });
}
