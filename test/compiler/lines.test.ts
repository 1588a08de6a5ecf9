// The line and position tables as Python reads them: co_lines(), co_positions(), co_lnotab and
// co_branches() of every code object compiled from test/compiler/programs/{lines,codegen}.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGolden } from '../support/known.ts';
import { readCorpus } from './support/corpus.ts';
import { compile } from '../../src/compiler/index.ts';
import { codeBranches, codeLines, codeLnotab, codePositions, PyCode } from '../../src/objects/code.ts';

interface Facts {
  qualname: string;
  lines: [number, number, number | null][];
  positions: (number | null)[][];
  lnotab: string;
  branches: [number, number, number][];
}

const rows = readGolden<{ name: string; codes: Facts[] }[]>('test/compiler/goldens/lines.json');
const sources = new Map(
  [...readCorpus('test/compiler/programs/lines.py'), ...readCorpus('test/compiler/programs/codegen.py')].map((p) => [p.name, p.source]),
);

function facts(co: PyCode, out: Facts[]): Facts[] {
  out.push({
    qualname: co.co_qualname,
    lines: codeLines(co),
    positions: codePositions(co),
    lnotab: Buffer.from(codeLnotab(co)).toString('hex'),
    branches: codeBranches(co),
  });
  for (const c of co.co_consts.items) if (c instanceof PyCode) facts(c, out);
  return out;
}

for (const r of rows) {
  test(`lines: ${r.name}`, () => {
    const res = compile(sources.get(r.name)!, `${r.name}.py`, 'exec');
    assert.ok(res.kind === 'code');
    const got = facts(res.code, []);
    assert.deepEqual(
      got.map((c) => c.qualname),
      r.codes.map((c) => c.qualname),
    );
    got.forEach((g, i) => {
      for (const k of ['lines', 'positions', 'lnotab', 'branches'] as const) assert.deepEqual(g[k], r.codes[i][k], `${g.qualname}: ${k}`);
    });
  });
}
