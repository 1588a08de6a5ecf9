// The instruction table: every stack-effect formula of src/bytecode/instructions.ts gives what
// CPython 3.14.2's `_opcode.stack_effect` gives, for every opcode, sampled oparg and jump direction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGolden } from '../support/known.ts';
import { INSTRUCTIONS, stackEffect } from '../../src/bytecode/instructions.ts';
import { OPMAP, OPNAME, OP_FLAGS, HAS_ARG, type OpName } from '../../src/bytecode/opcodes.generated.ts';

interface StackEffectGolden {
  samples: number[];
  rows: [string, (number | null)[], (number | null)[], (number | null)[]][];
}

test('stack effects equal _opcode.stack_effect', () => {
  const g = readGolden<StackEffectGolden>('test/compiler/goldens/stack-effect.json');
  const misses: string[] = [];
  for (const [name, ...byJump] of g.rows) {
    const op = OPMAP[name as OpName];
    assert.ok(op !== undefined, `unknown opcode ${name}`);
    const args = byJump[0].length === 1 && !(OP_FLAGS[op] & HAS_ARG) ? [0] : g.samples;
    [null, true, false].forEach((jump, j) => {
      args.forEach((oparg, k) => {
        const want = byJump[j][k];
        if (want === null) return;
        const got = stackEffect(op, oparg, jump as boolean | null);
        if (got !== want) misses.push(`${name}(${oparg}, jump=${jump}): ${got} != ${want}`);
      });
    });
  }
  assert.deepEqual(misses, []);
  assert.ok(g.rows.length > 120);
});

test('every opcode name has an instruction entry and a number', () => {
  for (const name of Object.keys(INSTRUCTIONS)) assert.equal(OPNAME[OPMAP[name as OpName]], name);
});
