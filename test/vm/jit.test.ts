// The compiled tier (src/vm/jit.ts) against the oracle: corpus programs of the areas where compiled
// code does most (calls, loops, exceptions, classes, scoping, tracing), run with PYTS_JIT=eager, in
// which every code object running at a (very frequent) eval-breaker check is compiled at once, must
// still print exactly what CPython printed (the corpus goldens).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { listPrograms } from '../support/programs.ts';
import { knownFailures } from '../support/known.ts';
import { checkProgram } from '../support/run-program.ts';

const AREAS = ['functions/', 'exceptions/', 'classes/', 'scoping/', 'tracing/', 'recursion/', 'opcodes/', 'algorithms/', 'generators/', 'numbers/'];
const known = knownFailures('programs');
const cases = listPrograms().filter((c) => AREAS.some((a) => c.id.startsWith(a)) && !known.has(c.id));

let saved: string | undefined;
before(() => {
  saved = process.env.PYTS_JIT;
  process.env.PYTS_JIT = 'eager';
});
after(() => {
  if (saved === undefined) delete process.env.PYTS_JIT;
  else process.env.PYTS_JIT = saved;
});

for (const c of cases) {
  test(`compiled: ${c.id}`, () => {
    if (!fs.existsSync(c.goldenFile)) assert.fail(`no golden: run PROGRAMS=${c.id} npm run goldens -- programs`);
    const { golden, got } = checkProgram(c);
    assert.equal(got.stdout, golden.stdout, 'stdout');
    assert.equal(got.stderr, golden.stderr, 'stderr');
    assert.equal(got.status, golden.status, 'exit status');
  });
}
