// `pyts ARGS...` prints on stdout and stderr, and exits with, what `python3.14 ARGS...` does, for the
// command lines of run-cases.ts (options, -c, -m, stdin, buffering and output order).
// Goldens: tools/gen/cli-run.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { knownFailures, readGolden, ROOT } from '../support/known.ts';
import { runCase, type RunGolden } from '../support/run-case.ts';
import { RUN_CASES } from './run-cases.ts';

const BIN = path.join(ROOT, 'bin', 'pyts.mjs');

test('cli run: command lines behave as python3.14', () => {
  const goldens = new Map(readGolden<RunGolden[]>('test/cli/goldens/run.json').map((g) => [g.name, g]));
  const known = knownFailures('cli');
  const real = fs.realpathSync(BIN);
  const misses: string[] = [];
  const fixed: string[] = [];
  let same = 0;
  for (const c of RUN_CASES) {
    const g = goldens.get(c.name);
    if (g === undefined) {
      misses.push(`${c.name}: no golden (npm run goldens -- cli-run)`);
      continue;
    }
    const got = runCase(c, [process.execPath, BIN], [real]);
    // The usage line and the can't-open message name the program as invoked.
    const usage = (s: string) => s.replace(/^usage: pyts /m, 'usage: <PROG> ').replace(/^pyts: can't/m, "<PROG>: can't");
    const ok = usage(got.stdout) === g.stdout && usage(got.stderr) === g.stderr && got.status === g.status;
    if (ok) same++;
    const key = `run:${c.name}`;
    if (!ok && !known.has(key)) {
      misses.push(`${c.name}: status ${got.status} (want ${g.status})\n--- pyts stdout\n${got.stdout}--- pyts stderr\n${got.stderr}--- python stdout\n${g.stdout}--- python stderr\n${g.stderr}`);
    }
    if (ok && known.has(key)) fixed.push(key);
  }
  console.log(`cli run: ${same}/${RUN_CASES.length} command lines identical`);
  assert.deepEqual(fixed, [], 'now passing: remove from test/cli/known-failures.txt');
  assert.deepEqual(misses, [], `${misses.length} of ${RUN_CASES.length} command lines differ`);
});
