// Command-line handling: `pyts [options] FILE [args]`.  CPython: Modules/main.c pymain_run_python
import fs from 'node:fs';
import { parse } from '../parser/index.ts';
import { ParseError, FrontEndError } from '../parser/errors.ts';
import { dump } from '../ast/dump.ts';
import type { Node } from '../ast/nodes.generated.ts';
import { formatParseError } from '../runtime/syntax-error-display.ts';

const USAGE = `usage: pyts [option] ... [file] [arg] ...
Options:
--ast-dump FILE : print ast.dump(ast.parse(source), include_attributes=True) for FILE
-h, --help      : print this help message and exit
`;

/** Runs the command line; returns the process exit status. */
export function main(argv: string[]): number {
  let astDump = false;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--ast-dump') astDump = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else if (a.startsWith('-') && a !== '-') {
      process.stderr.write(`Unknown option: ${a}\n${USAGE}`);
      return 2;
    } else break;
  }
  const file = argv[i];
  if (file === undefined) {
    process.stderr.write(USAGE);
    return 2;
  }
  let source: Uint8Array;
  try {
    source = fs.readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`pyts: can't open file '${file}': [Errno ${-(err.errno ?? 0)}] ${err.message}\n`);
    return 2;
  }
  try {
    const tree = parse(source, { filename: file });
    if (astDump) process.stdout.write(dump(tree as Node, true) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof ParseError) {
      process.stderr.write(formatParseError(e));
      return 1;
    }
    if (e instanceof FrontEndError) {
      process.stderr.write(`${e.kind}: ${e.msg}\n`);
      return 1;
    }
    throw e;
  }
}
