// Reading source bytes as CPython does in its two modes: string mode (compile(), ast.parse) and
// file mode (`python FILE`, read line by line): encodings, BOMs, null bytes, newlines, and the
// exact errors with their positions.  Goldens: tools/gen/tokenizer-source.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/parser/index.ts';
import { FrontEndError, ParseError } from '../../src/parser/errors.ts';
import { readGolden } from '../support/known.ts';

type Result = 'ok' | [string, string, number | null, number | null, number | null, number | null, string | null];

function run(source: Uint8Array, input: 'string' | 'file'): Result | string {
  try {
    parse(source, { filename: input === 'file' ? '<FILE>' : 'src.py', mode: 'exec', input });
    return 'ok';
  } catch (e) {
    if (e instanceof ParseError) return [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text];
    if (e instanceof FrontEndError) return [e.kind, e.msg, null, null, null, null, null];
    return `JS ${String(e)}`;
  }
}

test('source decoding: string mode and file mode, as CPython reads source bytes', () => {
  const rows = readGolden<[string, string, Result, Result][]>('test/parser/goldens/tokenizer-source.json');
  const misses: string[] = [];
  for (const [name, b64, wantString, wantFile] of rows) {
    const src = Buffer.from(b64, 'base64');
    for (const [input, want] of [['string', wantString], ['file', wantFile]] as const) {
      const got = run(src, input);
      if (JSON.stringify(got) !== JSON.stringify(want)) misses.push(`${name} (${input} mode)\n  got:  ${JSON.stringify(got)}\n  want: ${JSON.stringify(want)}`);
    }
  }
  console.log(`source decoding: ${rows.length * 2 - misses.length}/${rows.length * 2} identical`);
  assert.deepEqual(misses, []);
});
