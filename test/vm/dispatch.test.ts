// The evaluation loop's dispatch stays a jump table in V8's interpreter and baseline tiers, where the
// loop runs (src/cli/loader.ts keeps it out of TurboFan).  V8 compiles a switch on small-integer
// labels to a jump table only when the labels' span is at most 3 times their number
// (--switch-table-spread-threshold); past that, every instruction is dispatched by a chain of
// comparisons, one per case before its own (Node 20: the whole loop ran 1.5-2x slower).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { OPMAP } from '../../src/bytecode/opcodes.generated.ts';
import { ROOT } from '../support/known.ts';

const source = fs.readFileSync(path.join(ROOT, 'src/vm/ceval.ts'), 'utf8');

/** The opcodes labelling the cases of the first `switch (op)` after `marker`, at that switch's own level. */
function caseLabels(marker: string): number[] {
  const start = source.indexOf('switch (op) {', source.indexOf(marker));
  assert.ok(start > 0, marker);
  const labels: number[] = [];
  let depth = 0;
  let k = start + 'switch (op) '.length;
  do {
    const c = source[k];
    if (c === '/' && source[k + 1] === '/') k = source.indexOf('\n', k);
    else if (c === "'" || c === '"' || c === '`') {
      k++;
      while (source[k] !== c) k += source[k] === '\\' ? 2 : 1;
    } else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 1 && source.startsWith('case Op.', k)) {
      const name = /^case Op\.(\w+):/.exec(source.slice(k))![1];
      const value = (OPMAP as Readonly<Record<string, number>>)[name];
      assert.equal(typeof value, 'number', name);
      labels.push(value);
    }
    k++;
  } while (depth > 0);
  return labels;
}

for (const fn of ['function runFrames(', 'function runFramesSlow(']) {
  test(`${fn.slice(9, -1)}'s switch compiles to a jump table`, () => {
    const labels = caseLabels(fn);
    const span = Math.max(...labels) - Math.min(...labels) + 1;
    assert.ok(labels.length >= 6);
    assert.ok(span <= 3 * labels.length, `${labels.length} cases span ${span} opcodes (at most ${3 * labels.length})`);
  });
}
