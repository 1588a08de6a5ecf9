// The native _datetime module (src/modules/_datetime): each case against CPython's C _datetime (goldens
// from tools/gen/datetime-native.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGolden } from '../support/known.ts';
import { runProgram } from '../support/run-program.ts';
import { suiteCodes, suiteProgram, type SuiteGolden } from './support/cases.ts';
import { DATETIME_NATIVE_SUITE } from './datetime-native-cases.ts';

test(`datetime-native (oracle: ${suiteCodes(DATETIME_NATIVE_SUITE, false).length} cases)`, () => {
  const suite = DATETIME_NATIVE_SUITE;
  const codes = suiteCodes(suite, false);
  const golden = readGolden<SuiteGolden>('test/modules/goldens/datetime-native.json').oracle;
  assert.equal(golden.length, codes.length, 'goldens out of date: npm run goldens -- datetime-native');
  const got = runProgram('/pyts-test/modules/cases_datetime_native.py', new TextEncoder().encode(suiteProgram(suite, false)), '');
  const lines = got.stdout.split('\n');
  const failures: string[] = [];
  codes.forEach((code, i) => {
    if (lines[i] !== golden[i]) failures.push(`${code}\n  want ${golden[i]}\n  got  ${lines[i]}`);
  });
  if (got.status !== 0 || lines.length !== codes.length + 1) failures.unshift(`the suite's program failed:\n${got.stderr.slice(-3000)}`);
  assert.ok(failures.length === 0, `${failures.length} of ${codes.length} cases differ:\n${failures.join('\n')}`);
});
