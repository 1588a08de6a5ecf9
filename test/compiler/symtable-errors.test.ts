// Compile-time errors (symbol table and code generation): for each program of
// test/compiler/programs/symtable-errors.py, compiling CPython's AST raises CPython's exception with
// the same message and position (lineno, offset, end_lineno, end_offset).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGolden } from '../support/known.ts';
import { astFromJson } from './support/ast-json.ts';
import { compileAst } from '../../src/compiler/index.ts';
import { ParseError } from '../../src/parser/errors.ts';
import type * as ast from '../../src/ast/nodes.generated.ts';

interface Row {
  name: string;
  ast: unknown;
  error: [string, string, number, number, number, number];
}

test('compile errors equal CPython', () => {
  const rows = readGolden<Row[]>('test/compiler/goldens/symtable-errors.json');
  assert.ok(rows.length >= 100);
  const misses: string[] = [];
  for (const r of rows) {
    let got: unknown[] = ['no error'];
    try {
      compileAst(astFromJson(r.ast) as ast.mod, `${r.name}.py`);
    } catch (e) {
      if (e instanceof ParseError) got = [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
      else got = ['exception', String(e)];
    }
    if (JSON.stringify(got) !== JSON.stringify(r.error)) misses.push(`${r.name}: ${JSON.stringify(got)} != ${JSON.stringify(r.error)}`);
  }
  assert.deepEqual(misses, []);
});
