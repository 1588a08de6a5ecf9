// The finalization machinery's promises about its own cost (vm/finalize.ts, vm/gc-state.ts): the
// loop's hooks are off (gcLive.count === 0) unless an observable object is alive, generators that
// closing cannot observe are never tracked, and nothing stays tracked after a program ends. What
// programs print when objects die is checked against CPython in test/programs/finalize/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runProgram } from '../support/run-program.ts';
import { gcLive, tracked } from '../../src/vm/gc-state.ts';

const enc = new TextEncoder();

/** Runs `source` as a program; returns what it printed. */
function run(source: string): string {
  return runProgram('/pyts-test/vm/finalize_probe.py', enc.encode(source), '').stdout;
}

test('generators whose yields lie outside any try are not tracked', () => {
  const before = gcLive.count;
  const out = run(
    [
      'def plain():',
      '    for i in range(3):',
      '        yield i',
      'def genexp_user():',
      '    return sum(x for x in range(10))',
      'def delegating():',
      '    yield from plain()',
      'gs = [plain(), plain(), delegating()]',
      'for g in gs: next(g)',
      'print(genexp_user(), [next(g) for g in gs])',
    ].join('\n'),
  );
  assert.equal(out, '45 [1, 1, 1]\n');
  assert.equal(before, 0);
  assert.equal(gcLive.count, 0);
});

test('a generator suspended in try/finally is tracked until it finishes', () => {
  const out = run(
    [
      'import gc',
      'def guarded():',
      '    try:',
      '        yield 1',
      '        yield 2',
      '    finally:',
      '        print("finally")',
      'g = guarded()',
      'next(g)',
      'print(list(g))',
      'for x in guarded():',
      '    break',
      'print("end")',
    ].join('\n'),
  );
  assert.equal(out, 'finally\n[2]\nfinally\nend\n');
  assert.equal(gcLive.count, 0);
  assert.equal(tracked.size, 0);
});

test('instances of classes with __del__ are tracked only while alive, and none outlive the program', () => {
  const out = run(
    [
      'class D:',
      '    def __del__(self):',
      '        print("del")',
      'keep = [D() for _ in range(3)]',
      'import sys',
      'sys.keep_alive = D()',
      'del keep',
      'print("end")',
    ].join('\n'),
  );
  assert.equal(out, 'del\ndel\ndel\nend\n');
  assert.equal(gcLive.count, 0);
  assert.equal(tracked.size, 0);
});
