// Code generation: every code object compiled from each program of test/compiler/programs/codegen.py
// (from CPython's AST) has CPython's bytecode, tables, attributes and `dis` output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGolden } from '../support/known.ts';
import { astFromJson } from './support/ast-json.ts';
import { codeFacts, firstDiff, type CodeFacts } from './support/code-facts.ts';
import { compileAst } from '../../src/compiler/index.ts';
import type * as ast from '../../src/ast/nodes.generated.ts';

interface Row {
  name: string;
  ast: unknown;
  codes: CodeFacts[];
}

const rows = readGolden<Row[]>('test/compiler/goldens/codegen.json');

for (const r of rows) {
  test(`codegen: ${r.name}`, () => {
    const co = compileAst(astFromJson(r.ast) as ast.mod, `${r.name}.py`);
    const got = codeFacts(co);
    assert.equal(got.map((c) => c.qualname).join(' '), r.codes.map((c) => c.qualname).join(' '), 'code objects');
    got.forEach((g, i) => {
      const w = r.codes[i];
      if (g.dis !== w.dis) assert.fail(`${w.qualname}: dis differs at ${firstDiff(g.dis, w.dis)}`);
      for (const k of Object.keys(w) as (keyof CodeFacts)[]) assert.deepEqual(g[k], w[k], `${w.qualname}: ${k}`);
    });
  });
}
