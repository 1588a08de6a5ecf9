// The interpreter's configuration: what the command line and the environment decide (sys.flags,
// sys.argv, sys.path, buffering).  CPython: Include/cpython/initconfig.h (PyConfig), Python/initconfig.c
import type { Interpreter } from '../vm/interpreter.ts';

import { codeDefaults } from '../objects/code.ts';

export interface PyConfig {
  /** sys.argv */
  argv: string[];
  /** sys.orig_argv */
  origArgv: string[];
  /** sys.executable */
  executable: string;
  /** sys.path[0]: the script's directory, '' for -c/-m/stdin, null to add nothing (-P, -I). */
  path0: string | null;
  /** Directories from PYTHONPATH. */
  pythonPath: string[];
  optimize: number;
  inspect: number;
  interactive: number;
  verbose: number;
  quiet: number;
  parserDebug: number;
  bytesWarning: number;
  isolated: boolean;
  /** False with -E or -I: PYTHON* variables are ignored. */
  useEnvironment: boolean;
  /** False with -S. */
  siteImport: boolean;
  /** False with -s or -I. */
  userSite: boolean;
  /** False with -B or PYTHONDONTWRITEBYTECODE. */
  writeBytecode: boolean;
  /** False with -u or PYTHONUNBUFFERED. */
  bufferedStdio: boolean;
  devMode: boolean;
  safePath: boolean;
  warnDefaultEncoding: boolean;
  /** False with -X no_debug_ranges or PYTHONNODEBUGRANGES: code objects keep lines, not columns. */
  codeDebugRanges: boolean;
  /** UTF-8 Mode (PEP 540): 1 or 0 as -X utf8 or PYTHONUTF8 set it, -1 to let the LC_CTYPE locale decide at start. */
  utf8Mode: number;
  intMaxStrDigits: number;
  /** -X importtime: 1 prints each import's time on stderr, 2 also the imports sys.modules answered. */
  importTime: number;
  /** -W options, then PYTHONWARNINGS entries. */
  warnoptions: string[];
  /** -X options: name -> value (true when given without a value). */
  xoptions: Map<string, string | true>;
}

export function defaultConfig(): PyConfig {
  return {
    argv: [''],
    origArgv: [],
    executable: '',
    path0: '',
    pythonPath: [],
    optimize: 0,
    inspect: 0,
    interactive: 0,
    verbose: 0,
    quiet: 0,
    parserDebug: 0,
    bytesWarning: 0,
    isolated: false,
    useEnvironment: true,
    siteImport: true,
    userSite: true,
    writeBytecode: true,
    bufferedStdio: true,
    devMode: false,
    safePath: false,
    warnDefaultEncoding: false,
    codeDebugRanges: true,
    utf8Mode: -1,
    intMaxStrDigits: 4300,
    importTime: 0,
    warnoptions: [],
    xoptions: new Map(),
  };
}

const configs = new WeakMap<Interpreter, PyConfig>();

export function setConfig(ip: Interpreter, config: PyConfig): void {
  configs.set(ip, config);
  // Read where code objects are made, so for the process (the last interpreter configured wins).
  codeDefaults.debugRanges = config.codeDebugRanges;
}

export function configOf(ip: Interpreter): PyConfig {
  let c = configs.get(ip);
  if (c === undefined) {
    c = defaultConfig();
    configs.set(ip, c);
  }
  return c;
}
