// Digests of per-code-object facts, comparable with the stdlib golden (tools/gen/compiler-stdlib.ts).
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import type { PyCode } from '../../../src/objects/code.ts';
import { codeFacts, type CodeFacts } from './code-facts.ts';

const ROOT = process.env.PYTS_ROOT ?? process.cwd();

/** The measures, in golden row order after the key. */
export const MEASURES = [
  'dis', 'stacksize', 'flags', 'varnames', 'names', 'cellvars', 'freevars', 'consts', 'code', 'linetable',
  'exceptiontable', 'argcount', 'posonlyargcount', 'kwonlyargcount', 'nlocals', 'firstlineno',
] as const;
export type Measure = (typeof MEASURES)[number];

/** [key, ...one value per measure] */
export type FactRow = [string, ...(string | number)[]];
/** [file name, error or null, rows] */
export type FileRow = [string, string | null, FactRow[]];

export function readStdlibGolden(): FileRow[] {
  const gz = fs.readFileSync(path.join(ROOT, 'test/compiler/goldens/stdlib-code.json.gz'));
  return JSON.parse(zlib.gunzipSync(gz).toString('utf8')) as FileRow[];
}

/** json.dumps(list_of_str, ensure_ascii=False) */
function pyJsonList(items: string[]): string {
  return '[' + items.map((s) => JSON.stringify(s)).join(', ') + ']';
}

function h(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex').slice(0, 8);
}

export function factRows(co: PyCode): { rows: FactRow[]; facts: CodeFacts[] } {
  const facts = codeFacts(co);
  const seen = new Map<string, number>();
  const rows = facts.map((f): FactRow => {
    const n = (seen.get(f.qualname) ?? 0) + 1;
    seen.set(f.qualname, n);
    const key = n === 1 ? f.qualname : `${f.qualname}#${n}`;
    return [
      key,
      h(f.dis),
      f.stacksize,
      f.flags,
      h(pyJsonList(f.varnames)),
      h(pyJsonList(f.names)),
      h(pyJsonList(f.cellvars)),
      h(pyJsonList(f.freevars)),
      h(pyJsonList(f.consts)),
      h(f.code),
      h(f.linetable),
      h(f.exceptiontable),
      f.argcount,
      f.posonlyargcount,
      f.kwonlyargcount,
      f.nlocals,
      f.firstlineno,
    ];
  });
  return { rows, facts };
}
