// Targeted parser cases (test/parser/cases/<group>/*.py) for what the standard library does not
// exercise: every pattern kind, type parameters, t-strings, except*, f-string corners, non-ASCII
// columns, CRLF sources, every mode, type comments, feature_version, literal escapes and warnings.
// Each gives exactly CPython's ast.dump(include_attributes=True) or error, and the same warnings.
// Goldens: tools/gen/parser-cases.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from '../../src/parser/index.ts';
import { FrontEndError, ParseError, type ParseWarning } from '../../src/parser/errors.ts';
import { dump } from '../../src/ast/dump.ts';
import type { Node } from '../../src/ast/nodes.generated.ts';
import { knownFailures, readGolden, ROOT } from '../support/known.ts';
import { caseOptions, type CaseError, type CaseResult } from '../../tools/gen/parser-cases.ts';

function describe(e: unknown): CaseError {
  if (e instanceof ParseError) return [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
  if (e instanceof FrontEndError) return [e.kind, e.msg, null, null, null, null];
  return ['JS', e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e), null, null, null, null];
}

function run(name: string, source: Uint8Array, werror: boolean): CaseResult {
  const o = caseOptions(source);
  const warnings: [string, string, number][] = [];
  const out: CaseResult = { warnings };
  try {
    const tree = parse(source, {
      filename: name,
      mode: o.mode,
      typeComments: o.typeComments,
      featureVersion: o.featureVersion,
      onWarning: (w: ParseWarning) => {
        warnings.push([w.category, w.message, w.lineno]);
        return werror ? 'error' : undefined;
      },
    });
    out.dump = dump(tree as Node, true);
  } catch (e) {
    out.error = describe(e);
  }
  return out;
}

test('parser cases: the same AST, errors and warnings as CPython', () => {
  const rows = readGolden<[string, CaseResult][]>('test/parser/goldens/cases.json');
  const known = knownFailures('parser');
  const misses: string[] = [];
  const fixed: string[] = [];
  for (const [name, want] of rows) {
    const source = fs.readFileSync(path.join(ROOT, 'test/parser/cases', name));
    const got = run(name, source, false);
    const problems: string[] = [];
    if (got.dump !== want.dump) problems.push(`dump\n    got:  ${got.dump}\n    want: ${want.dump}`);
    if (JSON.stringify(got.error) !== JSON.stringify(want.error)) problems.push(`error\n    got:  ${JSON.stringify(got.error)}\n    want: ${JSON.stringify(want.error)}`);
    if (JSON.stringify(got.warnings) !== JSON.stringify(want.warnings)) {
      problems.push(`warnings\n    got:  ${JSON.stringify(got.warnings)}\n    want: ${JSON.stringify(want.warnings)}`);
    }
    if (want.werror !== undefined) {
      const w = run(name, source, true);
      const gotErr = w.error ?? null;
      if (JSON.stringify(gotErr) !== JSON.stringify(want.werror)) {
        problems.push(`error with warnings as errors\n    got:  ${JSON.stringify(gotErr)}\n    want: ${JSON.stringify(want.werror)}`);
      }
    }
    const id = `cases/${name}`;
    if (problems.length > 0 && !known.has(id)) misses.push(`${name}: ${problems.join('\n  ')}`);
    if (problems.length === 0 && known.has(id)) fixed.push(name);
  }
  assert.deepEqual(fixed, [], 'now passing: remove from test/parser/known-failures.txt');
  assert.equal(misses.length, 0, `${misses.length} of ${rows.length} cases differ:\n${misses.slice(0, 20).join('\n')}`);
});
