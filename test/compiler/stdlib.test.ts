// Every code object of every .py file of CPython 3.14.2's standard library, parsed and compiled by
// pyts, equals CPython's on every measure: dis listing, bytecode, location and exception tables,
// co_stacksize, co_flags, co_varnames, co_names, co_cellvars, co_freevars, co_consts (recursively),
// argument counts, co_nlocals, co_firstlineno. Frozenset constants are compared with sorted items:
// their order follows string hashes, which differ between the 32-bit oracle and 64-bit CPython.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStdlibZip } from '../../src/runtime/stdlib-zip.ts';
import { parse } from '../../src/parser/index.ts';
import { compileAst } from '../../src/compiler/index.ts';
import { knownFailures } from '../support/known.ts';
import { MEASURES, factRows, readStdlibGolden } from './support/stdlib-facts.ts';

test('stdlib: every code object identical to CPython', () => {
  const zip = openStdlibZip();
  const known = knownFailures('compiler');
  const misses: string[] = [];
  const fixed: string[] = [];
  let total = 0;
  for (const [name, , rows] of readStdlibGolden()) {
    let ours: Map<string, (string | number)[]>;
    try {
      ours = new Map(factRows(compileAst(parse(zip.read(name)!, { filename: name }), name)).rows.map((r) => [r[0], r]));
    } catch (e) {
      ours = new Map();
      if (!known.has(`stdlib/${name}`)) misses.push(`${name}: ${(e as Error).message}`);
    }
    for (const want of rows) {
      total++;
      const key = `stdlib/${name}:${want[0]}`;
      const got = ours.get(want[0]);
      const bad = MEASURES.filter((_, i) => !got || got[i + 1] !== want[i + 1]);
      if (bad.length && !known.has(key)) misses.push(`${name}:${want[0]}: ${bad.join(', ')}`);
      if (!bad.length && known.has(key)) fixed.push(key);
    }
  }
  assert.ok(total > 18000);
  assert.deepEqual(fixed, [], 'now passing: remove from test/compiler/known-failures.txt');
  assert.deepEqual(misses.slice(0, 50), [], `${misses.length} of ${total} code objects differ`);
});
