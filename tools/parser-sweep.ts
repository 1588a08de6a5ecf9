// Parses every .py file under a directory with pyts and with CPython 3.14.2 (the oracle), and
// reports the files whose ast.dump(include_attributes=True) or SyntaxError differ.
//   node tools/run.mjs tools/parser-sweep.ts DIR [--limit=N] [--only=PATH-SUFFIX...]
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

/** UTF-8, with lone surrogates encoded as CPython's 'surrogatepass' does (Buffer would replace them). */
function surrogatepass(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}

function ours(source: Uint8Array, name: string): string {
  try {
    const d = dump(parse(source, { filename: name }) as Node, true);
    return createHash('sha256').update(surrogatepass(d)).digest('hex').slice(0, 16);
  } catch (e) {
    if (e instanceof ParseError) return `${e.kind}: ${e.msg} (${e.lineno}, ${e.offset}, ${e.end_lineno ?? 'None'}, ${e.end_offset ?? 'None'})`;
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
const only = args.filter((a) => a.startsWith('--only=')).map((a) => a.slice(7));
if (!dir) {
  console.error('usage: node tools/run.mjs tools/parser-sweep.ts DIR [--limit=N]');
  process.exit(2);
}
const limit = Number(args.find((a) => a.startsWith('--limit='))?.slice(8) ?? Infinity);
const files: string[] = [];
walk(dir, files);
files.sort();
const chosen = files.filter((f) => only.length === 0 || only.some((o) => f.endsWith(o))).slice(0, limit);
// A program that overflows the oracle's WebAssembly stack kills its process: the client restarts it
// after a timeout, and writing to the dead one fails with EPIPE meanwhile.
process.on('uncaughtException', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});
const oracle = new Oracle();
let same = 0;
let skipped = 0;
const misses: string[] = [];
try {
  const wants: string[] = [];
  for (let i = 0; i < chosen.length; i += 16) {
    const batch = chosen.slice(i, i + 16).map((f) => {
      const name = path.relative(dir, f);
      return oracle.call<string>(QUERY, [name, fs.readFileSync(f).toString('base64')], 60_000).catch((e: Error) => `oracle: ${e.message}`);
    });
    wants.push(...(await Promise.all(batch)));
  }
  chosen.forEach((f, i) => {
    const name = path.relative(dir, f);
    if (wants[i].startsWith('oracle:')) {
      skipped++;
      return;
    }
    const got = ours(new Uint8Array(fs.readFileSync(f)), name);
    if (got === wants[i]) same++;
    else misses.push(`${name}\n    pyts:    ${got.split('\n')[0]}\n    CPython: ${wants[i]}`);
  });
} finally {
  oracle.close();
}
console.log(`${same}/${chosen.length - skipped} files identical (${skipped} skipped: the oracle failed on them)`);
for (const m of misses) console.log(m);
