// compile() modes (exec, eval, single), flags (top-level await, future annotations, PyCF_ONLY_AST,
// PyCF_OPTIMIZED_AST) and optimisation levels, and the SyntaxWarnings compile() emits, against
// CPython 3.14.2 (test/compiler/programs/compile.py). Compiled from CPython's AST of each program,
// and from source through our parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGolden } from '../support/known.ts';
import { astFromJson } from './support/ast-json.ts';
import { codeFacts, firstDiff, type CodeFacts } from './support/code-facts.ts';
import { compile, type CompileMode, type CompilerWarning } from '../../src/compiler/index.ts';
import { dump } from '../../src/ast/dump.ts';
import type * as ast from '../../src/ast/nodes.generated.ts';

interface Row {
  name: string;
  source: string;
  mode: CompileMode;
  flags: number;
  optimize: number;
  ast: unknown;
  warnings: [string, string, number][];
  codes?: CodeFacts[];
  dump?: string;
}

const rows = readGolden<Row[]>('test/compiler/goldens/compile.json');

function check(r: Row, source: ast.mod | Uint8Array): void {
  const warnings: [string, string, number][] = [];
  const onWarning = (w: CompilerWarning) => void warnings.push([w.category, w.message, w.lineno]);
  const res = compile(source, `${r.name}.py`, r.mode, { flags: r.flags, optimize: r.optimize, onWarning });
  if (r.dump !== undefined) {
    assert.equal(res.kind, 'ast');
    if (res.kind === 'ast') assert.equal(dump(res.ast as ast.Node, true), r.dump);
  } else {
    assert.equal(res.kind, 'code');
    if (res.kind !== 'code') return;
    const got = codeFacts(res.code);
    assert.deepEqual(got.map((c) => c.qualname), r.codes!.map((c) => c.qualname));
    got.forEach((g, i) => {
      const w = r.codes![i];
      if (g.dis !== w.dis) assert.fail(`${w.qualname}: ${firstDiff(g.dis, w.dis)}`);
      assert.deepEqual(g, w);
    });
  }
  assert.deepEqual(warnings, r.warnings, 'warnings');
}

for (const r of rows) {
  test(`compile: ${r.name} (from CPython's AST)`, () => check(r, astFromJson(r.ast) as ast.mod));
  test(`compile: ${r.name} (from source)`, () => check(r, new TextEncoder().encode(r.source)));
}
