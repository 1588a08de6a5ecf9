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
import { createInterpreter as createNewInterpreter, runMain, runCommand, runModule, runStdin, ProcessExit } from '../runtime/run.ts';
import { parseCommandLine } from '../runtime/cmdline.ts';
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

/**
 * Writes text to standard output (1) or error (2) at once.  Node's process.stdout writes to pipes
 * asynchronously; the command line ends the process as soon as main() returns (main.ts), so it
 * writes synchronously, as the interpreter's own streams do.  A closed pipe (EPIPE) drops the text.
 */
function writeStd(fd: 1 | 2, text: string): void {
  const data = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(fd, data, off, data.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

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

/** The script's directory, symbolic links to the script resolved (sys.path[0]).  CPython: _PyPathConfig_ComputeSysPath0 */
function scriptDir(file: string): string {
  let p = absPath(file);
  for (let i = 0; i < 40; i++) {
    let link: string;
    try {
      link = fs.readlinkSync(p);
    } catch {
      break;
    }
    p = path.isAbsolute(link) ? link : path.join(path.dirname(p), link);
  }
  const slash = p.lastIndexOf('/');
  return slash <= 0 ? '/' : p.slice(0, slash);
}

/** Runs --ast-dump FILE or --dis FILE. */
function frontEndTool(argv: string[]): number {
  const file = argv[1];
  if (file === undefined) {
    writeStd(2, USAGE);
    return 2;
  }
  let source: Uint8Array;
  try {
    source = fs.readFileSync(file);
  } catch (e) {
    writeStd(2, cantOpen(file, e as NodeJS.ErrnoException));
    return 2;
  }
  try {
    if (argv[0] === '--dis') {
      writeStd(1, disSource(source, file));
      return 0;
    }
    writeStd(1, dump(parse(source, { filename: file, input: 'file' }) as Node, true) + '\n');
    return 0;
  } catch (e) {
    return reportFrontEndError(e);
  }
}

function reportFrontEndError(e: unknown): number {
  if (e instanceof ParseError) {
    writeStd(2, formatParseError(e, readTextFile));
    return 1;
  }
  if (e instanceof FrontEndError) {
    writeStd(2, `${e.kind}: ${e.msg}\n`);
    return 1;
  }
  throw e;
}

/** How main() makes its interpreter and names sys.executable (the start-up snapshot's differ: snapshot-main.ts). */
export interface MainOptions {
  createInterpreter?: typeof createNewInterpreter;
  /** The script that started pyts (process.argv[1] when not given). */
  script?: string;
}

/** Runs the command line; returns the process exit status.  CPython: Py_BytesMain, pymain_run_python */
export function main(argv: string[], options: MainOptions = {}): number {
  try {
    return mainOf(argv, options);
  } catch (e) {
    // A fatal error of start-up (it has said so on stderr).
    if (e instanceof ProcessExit) return e.status & 0xff;
    throw e;
  }
}

function mainOf(argv: string[], options: MainOptions): number {
  const createInterpreter = options.createInterpreter ?? createNewInterpreter;
  if (argv[0] === '--ast-dump' || argv[0] === '--dis') return frontEndTool(argv);
  const cl = parseCommandLine(argv, PROGRAM, process.env as Record<string, string>);
  if (cl.kind === 'exit') {
    writeStd(1, cl.stdout);
    writeStd(2, cl.stderr);
    return cl.status;
  }
  writeStd(2, cl.stderr);
  // sys.orig_argv[0] is the program as the process was started: the pyts script it ran.
  const executable = executablePath(options.script ?? process.argv[1]);
  const origArgv = cl.config.origArgv ?? [];
  const config = { ...cl.config, executable, origArgv: executable !== '' ? [executable, ...origArgv.slice(1)] : origArgv };
  if (cl.mode === 'command') return runCommand(createInterpreter(new NodeHost(), cl.config.argv!, '', config), cl.target);
  if (cl.mode === 'module') return runModule(createInterpreter(new NodeHost(), cl.config.argv!, process.cwd(), config), cl.target, true);
  if (cl.mode === 'stdin') {
    const host = new NodeHost();
    let source: Uint8Array;
    try {
      source = fs.readFileSync(0);
    } catch {
      source = new Uint8Array(0);
    }
    return runStdin(createInterpreter(host, cl.config.argv!, '', config), cl.skipFirstLine ? skipFirstLine(source) : source);
  }
  let file = cl.target;
  // A directory (or zip file) runs its __main__.py.  CPython: pymain_run_python, runpy._run_module_as_main
  try {
    if (fs.statSync(file).isDirectory()) {
      const main = path.join(file, '__main__.py');
      if (!fs.existsSync(main)) {
        // The directory as sys.path[0] holds it: absolute and normalized.
        writeStd(2, `${PROGRAM}: can't find '__main__' module in ${unicodeRepr(path.resolve(file))}\n`);
        return 1;
      }
      return runModule(createInterpreter(new NodeHost(), cl.config.argv!, absPath(file), config), '__main__', false);
    }
  } catch {
    // Reported when the file is opened.
  }
  let source: Uint8Array;
  try {
    source = fs.readFileSync(file);
  } catch (e) {
    writeStd(2, cantOpen(file, e as NodeJS.ErrnoException));
    return 2;
  }
  if (cl.skipFirstLine) source = skipFirstLine(source);
  try {
    // Parsed before the interpreter exists (a syntax error costs no start-up); a program the parser
    // warns about is compiled again from source once it does, so the warnings go through `warnings`.
    let warned = false;
    const tree = parse(source, { filename: file, input: 'file', onWarning: () => void (warned = true) });
    const absFile = absPath(file);
    const ip = createInterpreter(new NodeHost(), cl.config.argv!, scriptDir(file), config);
    return runMain(ip, warned ? source : tree, absFile);
  } catch (e) {
    return reportFrontEndError(e);
  }
}

/** -x: the first line dropped, its newline kept so that line numbers stay.  CPython: pymain_run_file_obj */
function skipFirstLine(source: Uint8Array): Uint8Array {
  const nl = source.indexOf(10);
  return nl < 0 ? new Uint8Array(0) : source.subarray(nl);
}

/** sys.executable: the pyts command's script. */
function executablePath(script: string | undefined): string {
  if (script === undefined) return '';
  try {
    return fs.realpathSync(script);
  } catch {
    return path.resolve(script);
  }
}
