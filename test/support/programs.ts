// The differential corpus: Python programs under test/programs/<area>/<name>.py, each with the
// output CPython 3.14.2 gives, stored in <name>.golden.json by tools/gen/programs.ts.
// Programs run under a virtual path so tracebacks print the same file names in both.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './known.ts';

export const VIRTUAL_ROOT = '/pyts-test';

export interface ProgramCase {
  /** 'basics/hello' */
  id: string;
  file: string;
  virtualPath: string;
  goldenFile: string;
}

export interface Golden {
  stdout: string;
  stderr: string;
  status: number;
  /** Which CPython produced it: 'oracle' (3.14.2) or 'python3' (64-bit 3.11, for hash-dependent output). */
  by: string;
}

export function listPrograms(): ProgramCase[] {
  const dir = path.join(ROOT, 'test', 'programs');
  const out: ProgramCase[] = [];
  for (const f of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (!f.endsWith('.py')) continue;
    const id = f.slice(0, -3);
    out.push({
      id,
      file: path.join(dir, f),
      virtualPath: `${VIRTUAL_ROOT}/${f}`,
      goldenFile: path.join(dir, id + '.golden.json'),
    });
  }
  return out;
}

/** The directive in a program's first lines: `# oracle: python3` selects the 64-bit CPython 3.11. */
export function oracleOf(source: string): 'oracle' | 'python3' {
  return /^# oracle: python3\b/m.test(source.split('\n').slice(0, 5).join('\n')) ? 'python3' : 'oracle';
}

/** stdin for the program: the text after `# stdin:` lines at the top, if any. */
export function stdinOf(source: string): string {
  const lines = source.split('\n').filter((l) => l.startsWith('# stdin: '));
  return lines.map((l) => l.slice(9) + '\n').join('');
}
