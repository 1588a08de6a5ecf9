// Compares pyts's ast.dump(..., include_attributes=True) of a file with CPython 3.14.2's (the
// oracle), and prints the first difference with some context.
//   node tools/run.mjs tools/ast-diff.ts FILE [--mode=eval|single|func_type] [--type-comments]
// FILE is a path, or the name of a module of the standard library zip (e.g. `json/decoder.py`).
import fs from 'node:fs';
import { Oracle } from './oracle/client.ts';
import { openStdlibZip } from '../src/runtime/stdlib-zip.ts';
import { parse } from '../src/parser/index.ts';
import { FrontEndError, ParseError } from '../src/parser/errors.ts';
import { dump } from '../src/ast/dump.ts';
import type { Node } from '../src/ast/nodes.generated.ts';

const QUERY = `
import ast, base64
def main(arg):
    name, b64, mode, tc = arg
    flags = ast.PyCF_ONLY_AST | (ast.PyCF_TYPE_COMMENTS if tc else 0)
    try:
        return ast.dump(compile(base64.b64decode(b64), name, mode, flags), include_attributes=True)
    except SyntaxError as e:
        return f'{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})'
`;

function ours(source: Uint8Array, name: string, mode: 'exec' | 'eval' | 'single' | 'func_type', typeComments: boolean): string {
  try {
    return dump(parse(source, { filename: name, mode, typeComments }) as Node, true);
  } catch (e) {
    if (e instanceof ParseError) return `${e.kind}: ${e.msg} (${e.lineno}, ${e.offset}, ${e.end_lineno}, ${e.end_offset})`;
    if (e instanceof FrontEndError) return `${e.kind}: ${e.msg}`;
    throw e;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: node tools/run.mjs tools/ast-diff.ts FILE [--mode=MODE] [--type-comments]');
    process.exit(2);
  }
  const mode = (args.find((a) => a.startsWith('--mode='))?.slice(7) ?? 'exec') as 'exec' | 'eval' | 'single' | 'func_type';
  const typeComments = args.includes('--type-comments');
  const source = fs.existsSync(file) ? new Uint8Array(fs.readFileSync(file)) : openStdlibZip().read(file);
  if (!source) {
    console.error(`no such file: ${file}`);
    process.exit(2);
  }
  const oracle = new Oracle(1);
  try {
    const want = await oracle.call<string>(QUERY, [file, Buffer.from(source).toString('base64'), mode, typeComments]);
    const got = ours(source, file, mode, typeComments);
    if (got === want) {
      console.log(`identical (${want.length} characters)`);
      return;
    }
    let i = 0;
    while (i < got.length && i < want.length && got[i] === want[i]) i++;
    const from = Math.max(0, i - 300);
    console.log(`first difference at character ${i}:`);
    console.log(`  pyts:    ...${got.slice(from, i + 200)}`);
    console.log(`  CPython: ...${want.slice(from, i + 200)}`);
    process.exitCode = 1;
  } finally {
    oracle.close();
  }
}

await main();
