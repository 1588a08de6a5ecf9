// Every .py file of CPython 3.14.2's standard library parses to exactly CPython's AST:
// the SHA-256 of ast.dump(..., include_attributes=True) equals the golden's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { openStdlibZip } from '../../src/runtime/stdlib-zip.ts';
import { parse } from '../../src/parser/index.ts';
import { dump } from '../../src/ast/dump.ts';
import type { Node } from '../../src/ast/nodes.generated.ts';
import { knownFailures, readGolden } from '../support/known.ts';

type Row = [name: string, hash: string | null, length: number, error: string | null];

test('stdlib: identical ast.dump for every file', () => {
  const zip = openStdlibZip();
  const known = knownFailures('parser');
  const misses: string[] = [];
  const fixed: string[] = [];
  const rows = readGolden<Row[]>('test/parser/goldens/stdlib-ast.json');
  for (const [name, hash] of rows) {
    let got: string;
    try {
      const d = dump(parse(zip.read(name)!, { filename: name }) as Node, true);
      got = createHash('sha256').update(d, 'utf8').digest('hex').slice(0, 16);
    } catch (e) {
      got = `error: ${(e as Error).message}`;
    }
    const ok = got === hash;
    if (!ok && !known.has(`stdlib/${name}`)) misses.push(`${name}: ${got.startsWith('error') ? got : 'dump differs'}`);
    if (ok && known.has(`stdlib/${name}`)) fixed.push(name);
  }
  assert.deepEqual(fixed, [], 'now passing: remove from test/parser/known-failures.txt');
  assert.deepEqual(misses.slice(0, 50), [], `${misses.length} of ${rows.length} files differ`);
});
