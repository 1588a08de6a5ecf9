// The native modules against CPython, case by case: each suite of test/modules/*-cases.ts runs in
// one pyts interpreter and must print what CPython printed for every case (goldens from
// tools/gen/native-modules.ts). Known differences: test/modules/known-failures.txt (`suite: code`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownFailures, readGolden } from '../support/known.ts';
import { runProgram } from '../support/run-program.ts';
import { suiteCodes, suiteProgram, type SuiteGolden } from './support/cases.ts';
import { SUITES } from './support/suites.ts';

const known = knownFailures('modules');

for (const suite of SUITES) {
  for (const python3 of [false, true]) {
    const codes = suiteCodes(suite, python3);
    if (codes.length === 0) continue;
    const by = python3 ? 'python3' : 'oracle';
    test(`${suite.name} (${by}: ${codes.length} cases)`, () => {
      const golden = readGolden<SuiteGolden>(`test/modules/goldens/${suite.name}.json`)[by];
      assert.equal(golden.length, codes.length, `goldens out of date: npm run goldens -- native-modules`);
      const src = suiteProgram(suite, python3);
      const got = runProgram(`/pyts-test/modules/cases_${suite.name}.py`, new TextEncoder().encode(src), '');
      const lines = got.stdout.split('\n');
      const failures: string[] = [];
      codes.forEach((code, i) => {
        const name = `${suite.name}: ${code}`;
        const same = lines[i] === golden[i];
        if (known.has(name)) {
          if (same) failures.push(`${name}\n  now passes: remove it from test/modules/known-failures.txt`);
        } else if (!same) {
          failures.push(`${name}\n  want ${golden[i]}\n  got  ${lines[i]}`);
        }
      });
      if (got.status !== 0 || lines.length !== codes.length + 1) failures.unshift(`the suite's program failed:\n${got.stderr.slice(-3000)}`);
      assert.ok(failures.length === 0, `${failures.length} of ${codes.length} cases differ:\n${failures.slice(0, 40).join('\n')}`);
    });
  }
}
