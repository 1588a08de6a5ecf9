// What the tokenizer hands the parser beyond plain tokens, checked through parse() against
// CPython 3.14.2: type comments (TYPE_COMMENT, TYPE_IGNORE), the SyntaxWarnings it issues and the
// SyntaxErrors they become when warnings are errors, and the expression text of f-string `=` and
// t-string fields.  Goldens: tools/gen/tokenizer-extras.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/parser/index.ts';
import { ParseError, type ParseWarning } from '../../src/parser/errors.ts';
import { dump } from '../../src/ast/dump.ts';
import type { Node } from '../../src/ast/nodes.generated.ts';
import { readGolden } from '../support/known.ts';

type Err = [string, string, number | null, number | null, number | null, number | null, string | null];
interface Extras {
  type: [string, string | Err][];
  warning: [string, [[string, string, number][], Err | null, Err | null]][];
  debug: [string, string | Err][];
}

function errOf(e: unknown): Err | string {
  if (e instanceof ParseError) return [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text];
  return `JS ${String(e)}`;
}

function dumpOf(src: string, typeComments: boolean): string | Err {
  try {
    return dump(parse(src, { filename: '<unknown>', typeComments }) as Node, true);
  } catch (e) {
    return errOf(e) as Err;
  }
}

const golden = readGolden<Extras>('test/parser/goldens/tokenizer-extras.json');

test('type comments reach the AST as in CPython', () => {
  const misses = golden.type.filter(([src, want]) => JSON.stringify(dumpOf(src, true)) !== JSON.stringify(want)).map(([src]) => src);
  assert.deepEqual(misses, []);
});

test('tokenizer warnings, and the errors they become', () => {
  const misses: string[] = [];
  for (const [src, [wantWarnings, wantErr, wantAsError]] of golden.warning) {
    const seen: ParseWarning[] = [];
    let err: Err | string | null = null;
    try {
      parse(src, { filename: 'w.py', onWarning: (w) => void seen.push(w) });
    } catch (e) {
      err = errOf(e);
    }
    const warnings = seen.map((w) => [w.category, w.message, w.lineno]);
    let asError: Err | string | null = null;
    try {
      parse(src, { filename: 'w.py', onWarning: () => 'error' });
    } catch (e) {
      asError = errOf(e);
    }
    const got = JSON.stringify([warnings, err, asError]);
    const want = JSON.stringify([wantWarnings, wantErr, wantAsError]);
    if (got !== want) misses.push(`${JSON.stringify(src)}\n  got:  ${got}\n  want: ${want}`);
  }
  assert.deepEqual(misses, []);
});

test('f-string debug text and t-string expression text', () => {
  const misses = golden.debug.filter(([src, want]) => JSON.stringify(dumpOf(src, false)) !== JSON.stringify(want)).map(([src]) => src);
  assert.deepEqual(misses, []);
});
