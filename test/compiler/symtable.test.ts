// The symbol table of each program of test/compiler/programs/symtable.py equals CPython's
// `_symtable` entries: block types, names, lines, nesting, every name's flags and scope, parameters,
// children. Built from CPython's own AST, so this tests the symbol table alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGolden } from '../support/known.ts';
import { astFromJson } from './support/ast-json.ts';
import { buildSymtable, type SymtableEntry } from '../../src/compiler/symtable.ts';
import { futureFromAst } from '../../src/compiler/future.ts';
import type * as ast from '../../src/ast/nodes.generated.ts';

interface Row {
  name: string;
  ast: unknown;
  table: unknown;
}

function dump(t: SymtableEntry): unknown {
  const symbols = [...t.symbols].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [t.type, t.name, t.loc.lineno, t.nested ? 1 : 0, symbols, t.varnames, t.children.map(dump)];
}

test('symbol tables equal CPython _symtable', () => {
  const rows = readGolden<Row[]>('test/compiler/goldens/symtable.json');
  assert.ok(rows.length >= 35);
  for (const r of rows) {
    const mod = astFromJson(r.ast) as ast.mod;
    const st = buildSymtable(mod, `${r.name}.py`, futureFromAst(mod, `${r.name}.py`));
    assert.deepEqual(dump(st.top), r.table, r.name);
  }
});
