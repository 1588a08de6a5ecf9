// Parses every .py file under a directory with pyts and with CPython 3.14.2 (the oracle), and
// reports the files whose ast.dump(include_attributes=True) or SyntaxError differ.
//   node tools/run.mjs tools/parser-sweep.ts DIR [--limit=N]
// E.g. DIR=../cpython-3.14/Lib (its tests hold many deliberately odd programs).
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Oracle } from './oracle/client.ts';
import { parse } from '../src/parser/index.ts';
import { FrontEndError, ParseError } from '../src/parser/errors.ts';
import { dump } from '../src/ast/dump.ts';
import type { Node } from '../src/ast/nodes.generated.ts';

const QUERY = `
import ast, base64, hashlib, warnings
def main(arg):
    name, b64 = arg
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            d = ast.dump(compile(base64.b64decode(b64), name, 'exec', ast.PyCF_ONLY_AST), include_attributes=True)
        except SyntaxError as e:
            return f'{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})'
        except Exception as e:
            return f'{type(e).__name__}: {e}'
    return hashlib.sha256(d.encode('utf-8', 'surrogatepass')).hexdigest()[:16]
`;

function ours(source: Uint8Array, name: string): string {
  try {
    const d = dump(parse(source, { filename: name }) as Node, true);
    return createHash('sha256').update(d, 'utf8').digest('hex').slice(0, 16);
  } catch (e) {
    if (e instanceof ParseError) return `${e.kind}: ${e.msg} (${e.lineno}, ${e.offset}, ${e.end_lineno}, ${e.end_offset})`;
    if (e instanceof FrontEndError) return `${e.kind}: ${e.msg}`;
    return `JS ${e instanceof Error ? e.stack : String(e)}`;
  }
}

function walk(dir: string, out: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.py')) out.push(p);
  }
}

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: node tools/run.mjs tools/parser-sweep.ts DIR [--limit=N]');
  process.exit(2);
}
const limit = Number(args.find((a) => a.startsWith('--limit='))?.slice(8) ?? Infinity);
const files: string[] = [];
walk(dir, files);
files.sort();
const chosen = files.slice(0, limit);
const oracle = new Oracle();
let same = 0;
const misses: string[] = [];
try {
  const wants = await Promise.all(
    chosen.map((f) => {
      const name = path.relative(dir, f);
      return oracle.call<string>(QUERY, [name, fs.readFileSync(f).toString('base64')], 120_000).catch((e: Error) => `oracle: ${e.message}`);
    }),
  );
  chosen.forEach((f, i) => {
    const name = path.relative(dir, f);
    if (wants[i].startsWith('oracle:')) return;
    const got = ours(new Uint8Array(fs.readFileSync(f)), name);
    if (got === wants[i]) same++;
    else misses.push(`${name}\n    pyts:    ${got.split('\n')[0]}\n    CPython: ${wants[i]}`);
  });
} finally {
  oracle.close();
}
console.log(`${same}/${chosen.length} files identical`);
for (const m of misses) console.log(m);
