// Command-line handling: `pyts [options] FILE [args]`.  CPython: Modules/main.c pymain_run_python,
// pymain_run_file
import fs from 'node:fs';
import path from 'node:path';
import { parse } from '../parser/index.ts';
import { ParseError, FrontEndError } from '../parser/errors.ts';
import { dump } from '../ast/dump.ts';
import type { Node } from '../ast/nodes.generated.ts';
import { formatParseError } from '../runtime/syntax-error-display.ts';
import { unicodeRepr } from '../objects/str/repr.ts';
import { disSource } from '../compiler/dis-main.ts';
import { createInterpreter, runMain } from '../runtime/run.ts';
import { NodeHost } from '../runtime/node-host.ts';

const PROGRAM = 'pyts';

const USAGE = `usage: pyts [option] ... [file] [arg] ...
Options:
--ast-dump FILE : print ast.dump(ast.parse(source), include_attributes=True) for FILE
--dis FILE      : print what "python -m dis FILE" prints
-h, --help      : print this help message and exit
`;

/** errno numbers and messages as a Linux CPython reports them.  CPython: Modules/main.c pymain_open_file */
const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, 'No such file or directory'],
  EACCES: [13, 'Permission denied'],
  EPERM: [1, 'Operation not permitted'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  ENAMETOOLONG: [36, 'File name too long'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  EMFILE: [24, 'Too many open files'],
  ENXIO: [6, 'No such device or address'],
};

/** The path made absolute the way CPython does it: joined to the working directory, not normalized.  CPython: _Py_abspath */
function absPath(p: string): string {
  if (path.isAbsolute(p)) return p;
  const cwd = process.cwd();
  return cwd.endsWith(path.sep) ? cwd + p : cwd + path.sep + p;
}

function cantOpen(file: string, err: NodeJS.ErrnoException): string {
  const known = ERRNO[err.code ?? ''];
  const [no, text] = known ?? [err.errno !== undefined ? -err.errno : 0, err.message];
  return `${PROGRAM}: can't open file ${unicodeRepr(absPath(file))}: [Errno ${no}] ${text}\n`;
}

/** open(filename).read(): UTF-8, universal newlines; null when it fails. */
function readTextFile(filename: string): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(fs.readFileSync(filename));
    return text.replace(/\r\n?/g, '\n');
  } catch {
    return null;
  }
}

/** Runs the command line; returns the process exit status. */
export function main(argv: string[]): number {
  let astDump = false;
  let disMode = false;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--ast-dump') astDump = true;
    else if (a === '--dis') disMode = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else if (a.startsWith('-') && a !== '-') {
      process.stderr.write(`Unknown option: ${a}\n${USAGE}`);
      return 2;
    } else break;
  }
  let file = argv[i];
  if (file === undefined) {
    process.stderr.write(USAGE);
    return 2;
  }
  // A directory (or zip file) runs its __main__.py.  CPython: pymain_run_python, runpy._run_module_as_main
  try {
    if (fs.statSync(file).isDirectory()) {
      const main = path.join(file, '__main__.py');
      if (!fs.existsSync(main)) {
        // The directory as sys.path[0] holds it: absolute and normalized.
        process.stderr.write(`${PROGRAM}: can't find '__main__' module in ${unicodeRepr(path.resolve(file))}\n`);
        return 1;
      }
      file = main;
    }
  } catch {
    // Reported when the file is opened.
  }
  let source: Uint8Array;
  try {
    source = fs.readFileSync(file);
  } catch (e) {
    process.stderr.write(cantOpen(file, e as NodeJS.ErrnoException));
    return 2;
  }
  try {
    if (disMode) {
      process.stdout.write(disSource(source, file));
      return 0;
    }
    const tree = parse(source, { filename: file, input: 'file' });
    if (astDump) {
      process.stdout.write(dump(tree as Node, true) + '\n');
      return 0;
    }
    const absFile = absPath(file);
    const ip = createInterpreter(new NodeHost(), [file, ...argv.slice(i + 1)], path.dirname(absFile));
    return runMain(ip, tree, absFile);
  } catch (e) {
    if (e instanceof ParseError) {
      process.stderr.write(formatParseError(e, readTextFile));
      return 1;
    }
    if (e instanceof FrontEndError) {
      process.stderr.write(`${e.kind}: ${e.msg}\n`);
      return 1;
    }
    throw e;
  }
}
