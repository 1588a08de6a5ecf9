// The command line of `pyts [option] ... [-c cmd | -m mod | file | -] [arg] ...`: options and
// PYTHON* environment variables turned into the interpreter's configuration, as CPython's
// getopt and initconfig do.  CPython: Python/getopt.c, Python/initconfig.c (config_parse_cmdline,
// config_read_env_vars, config_init_warnoptions), Python/preconfig.c (-E, -I, -X dev/utf8)
import type { PyConfig } from './config.ts';
import { sysVersion } from '../modules/sys.ts';

/** What the command line asks for. */
export type CommandLine =
  | { kind: 'exit'; status: number; stdout: string; stderr: string }
  | {
      kind: 'run';
      /** file: `target` is the script; command: -c's code; module: -m's name; stdin: the program is read from descriptor 0. */
      mode: 'file' | 'command' | 'module' | 'stdin';
      target: string;
      config: Partial<PyConfig>;
      /** -x: the script's first line is skipped. */
      skipFirstLine: boolean;
      /** What to print on stderr before running. */
      stderr: string;
    };

const SHORT_OPTS = 'bBc:dEhiIm:OPqRsStuvVW:xX:?';
const LONG_OPTS: ReadonlyMap<string, boolean> = new Map([
  ['check-hash-based-pycs', true],
  ['help-all', false],
  ['help-env', false],
  ['help-xoptions', false],
]);

const USAGE_LINE = (program: string) => `usage: ${program} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n`;

const USAGE_HELP = `Options (and corresponding environment variables):
-b     : issue warnings about converting bytes/bytearray to str and comparing
         bytes/bytearray with str or bytes with int. (-bb: issue errors)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (for experts only, only works on
         debug builds); also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path; also
         PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE=x
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option
--check-hash-based-pycs always|default|never:
         control how Python invalidates hash-based .pyc files
--help-env: print help about Python environment variables and exit
--help-xoptions: print help about implementation-specific -X options and exit
--help-all: print complete help information and exit

Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`;

const USAGE_XOPTIONS = `The following implementation-specific options are available:
-X dev : enable Python Development Mode; also PYTHONDEVMODE
-X int_max_str_digits=N: limit the size of int<->str conversions;
         0 disables the limit; also PYTHONINTMAXSTRDIGITS
-X utf8[=0|1]: enable (1) or disable (0) UTF-8 mode; also PYTHONUTF8
-X warn_default_encoding: enable opt-in EncodingWarning for 'encoding=None';
         also PYTHONWARNDEFAULTENCODING
pyts accepts the other -X options CPython documents and records them in sys._xoptions.
`;

const USAGE_ENVVARS = `Environment variables that change behavior:
PYTHONDONTWRITEBYTECODE: don't write .pyc files (-B)
PYTHONINTMAXSTRDIGITS: limit the size of int<->str conversions (-X int_max_str_digits)
PYTHONNOUSERSITE: disable user site directory (-s)
PYTHONOPTIMIZE: enable level 1 optimizations (-O)
PYTHONPATH     : ':'-separated list of directories prefixed to the
                 default module search path.  The result is sys.path.
PYTHONSAFEPATH : don't prepend a potentially unsafe path to sys.path (-P)
PYTHONUNBUFFERED: disable stdout/stderr buffering (-u)
PYTHONVERBOSE  : trace import statements (-v)
PYTHONWARNINGS : warning control (-W)
PYTHONWARNDEFAULTENCODING: enable opt-in EncodingWarning for 'encoding=None'
PYTHONDEVMODE  : enable the development mode (-X dev)
PYTHONBREAKPOINT: if this variable is set to 0, it disables the default
                 debugger; it can be set to the callable of your debugger of choice
`;

/** A PYTHON* variable's value when the environment is used and the variable is set and non-empty. */
function envVar(env: Record<string, string>, useEnv: boolean, name: string): string | undefined {
  if (!useEnv) return undefined;
  const v = env[name];
  return v === undefined || v === '' ? undefined : v;
}

/** A flag variable: its integer value (at least 1) when set.  CPython: _Py_get_env_flag */
function envFlag(env: Record<string, string>, useEnv: boolean, name: string): number {
  const v = envVar(env, useEnv, name);
  if (v === undefined) return 0;
  const n = /^\s*[+-]?\d+\s*$/.test(v) ? parseInt(v, 10) : 1;
  return n < 0 ? 1 : Math.max(n, 1);
}

/** A C int in base 10 (leading spaces and a sign allowed, nothing after), or null.  CPython: _Py_str_to_int */
function strToInt(s: string): number | null {
  if (s === '') return 0;
  if (!/^\s*[+-]?\d+$/.test(s)) return null;
  const n = parseInt(s, 10);
  return n >= -2147483648 && n <= 2147483647 ? n : null;
}

function pushUnique(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/**
 * Parses a command line (without the program name).  `program` is the name usage lines show;
 * `env` the process environment.
 */
export function parseCommandLine(args: readonly string[], program: string, env: Record<string, string>): CommandLine {
  const argv = [program, ...args];
  const exit = (status: number, stdout = '', stderr = ''): CommandLine => ({ kind: 'exit', status, stdout, stderr });
  const usageError = (msg: string) => exit(2, '', msg + USAGE_LINE(program) + "Try `python -h' for more information.\n");

  // ---- getopt ----
  let optind = 1;
  let optPtr = '';
  let optarg = '';
  let bytesWarning = 0;
  let parserDebug = 0;
  let inspect = 0;
  let interactive = 0;
  let optimize = 0;
  let safePath = false;
  let writeBytecode = true;
  let userSite = true;
  let siteImport = true;
  let buffered = true;
  let verbose = 0;
  let quiet = 0;
  let skipFirstLine = false;
  let printVersion = 0;
  let isolated = false;
  let ignoreEnv = false;
  let command: string | null = null;
  let module: string | null = null;
  const cmdWarn: string[] = [];
  const xoptions = new Map<string, string | true>();

  /** The next option character, or null at the end of the options; '_' for an error (message in err). */
  let err = '';
  /** What getopt prints without failing ("Expected long option"). */
  let notes = '';
  const getopt = (): string | null => {
    if (optPtr === '') {
      if (optind >= argv.length) return null;
      const a = argv[optind];
      if (a[0] !== '-' || a.length === 1) return null;
      if (a === '--') {
        optind++;
        return null;
      }
      if (a === '--help') {
        optind++;
        return 'h';
      }
      if (a === '--version') {
        optind++;
        return 'V';
      }
      optPtr = a.slice(1);
      optind++;
    }
    const option = [...optPtr][0];
    if (option === undefined) return null;
    optPtr = optPtr.slice(option.length);
    if (option === '-') {
      if (optPtr === '') {
        notes += 'Expected long option\n';
        return null;
      }
      const hasArg = LONG_OPTS.get(optPtr);
      const name = optPtr;
      optPtr = '';
      if (hasArg === undefined) {
        err = `Unknown option: ${argv[optind - 1]}\n`;
        return '_';
      }
      if (!hasArg) return `--${name}`;
      if (optind >= argv.length) {
        err = `Argument expected for the ${argv[optind - 1]} options\n`;
        return '_';
      }
      optarg = argv[optind++];
      return `--${name}`;
    }
    const at = SHORT_OPTS.indexOf(option);
    if (at < 0 || option === ':') {
      err = `Unknown option: -${option}\n`;
      return '_';
    }
    if (SHORT_OPTS[at + 1] === ':') {
      if (optPtr !== '') {
        optarg = optPtr;
        optPtr = '';
      } else {
        if (optind >= argv.length) {
          err = `Argument expected for the -${option} option\n`;
          return '_';
        }
        optarg = argv[optind++];
      }
    }
    return option;
  };

  for (;;) {
    const c = getopt();
    if (c === null) break;
    if (c === 'c') {
      command = optarg + '\n';
      break;
    }
    if (c === 'm') {
      module = optarg;
      break;
    }
    switch (c) {
      case '--check-hash-based-pycs':
        if (optarg !== 'always' && optarg !== 'never' && optarg !== 'default') {
          return usageError("--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n");
        }
        break;
      case '--help-all':
        return exit(0, USAGE_LINE(program) + USAGE_HELP + '\n' + USAGE_ENVVARS + '\n' + USAGE_XOPTIONS + '\n');
      case '--help-env':
        return exit(0, USAGE_ENVVARS);
      case '--help-xoptions':
        return exit(0, USAGE_XOPTIONS + '\n');
      case 'b':
        bytesWarning++;
        break;
      case 'd':
        parserDebug++;
        break;
      case 'i':
        inspect++;
        interactive++;
        break;
      case 'E':
        ignoreEnv = true;
        break;
      case 'I':
        isolated = true;
        break;
      case 'X': {
        const eq = optarg.indexOf('=');
        if (eq < 0) xoptions.set(optarg, true);
        else xoptions.set(optarg.slice(0, eq), optarg.slice(eq + 1));
        break;
      }
      case 'O':
        optimize++;
        break;
      case 'P':
        safePath = true;
        break;
      case 'B':
        writeBytecode = false;
        break;
      case 's':
        userSite = false;
        break;
      case 'S':
        siteImport = false;
        break;
      case 't':
      case 'R':
        break;
      case 'u':
        buffered = false;
        break;
      case 'v':
        verbose++;
        break;
      case 'x':
        skipFirstLine = true;
        break;
      case 'h':
      case '?':
        return exit(0, USAGE_LINE(program) + USAGE_HELP);
      case 'V':
        printVersion++;
        break;
      case 'W':
        cmdWarn.push(optarg);
        break;
      case 'q':
        quiet++;
        break;
      default:
        return usageError(notes + err);
    }
  }
  if (printVersion) return exit(0, printVersion >= 2 ? `Python ${sysVersion()}\n` : 'Python 3.14.2\n', notes);

  // ---- the program ----
  let mode: 'file' | 'command' | 'module' | 'stdin';
  let target = '';
  let argvStart: number;
  if (command !== null) {
    mode = 'command';
    target = command;
    argvStart = optind - 1;
  } else if (module !== null) {
    mode = 'module';
    target = module;
    argvStart = optind - 1;
  } else if (optind < argv.length && argv[optind] !== '-') {
    mode = 'file';
    target = argv[optind];
    argvStart = optind;
  } else {
    mode = 'stdin';
    argvStart = optind;
  }
  const pyArgv = argv.slice(argvStart);
  if (pyArgv.length === 0) pyArgv.push('');
  if (mode === 'command') pyArgv[0] = '-c';
  else if (mode === 'module') pyArgv[0] = '-m';

  // ---- the environment ----
  if (isolated) {
    ignoreEnv = true;
    safePath = true;
    userSite = false;
  }
  const useEnv = !ignoreEnv;
  optimize = Math.max(optimize, envFlag(env, useEnv, 'PYTHONOPTIMIZE'));
  verbose = Math.max(verbose, envFlag(env, useEnv, 'PYTHONVERBOSE'));
  parserDebug = Math.max(parserDebug, envFlag(env, useEnv, 'PYTHONDEBUG'));
  inspect = Math.max(inspect, envFlag(env, useEnv, 'PYTHONINSPECT'));
  if (envFlag(env, useEnv, 'PYTHONDONTWRITEBYTECODE')) writeBytecode = false;
  if (envFlag(env, useEnv, 'PYTHONNOUSERSITE')) userSite = false;
  if (envFlag(env, useEnv, 'PYTHONUNBUFFERED')) buffered = false;
  if (envVar(env, useEnv, 'PYTHONSAFEPATH') !== undefined) safePath = true;
  const devMode = xoptions.has('dev') || envVar(env, useEnv, 'PYTHONDEVMODE') !== undefined;
  const warnDefaultEncoding = xoptions.has('warn_default_encoding') || envFlag(env, useEnv, 'PYTHONWARNDEFAULTENCODING') > 0;
  // CPython: config_read_complex_options (code_debug_ranges)
  const codeDebugRanges = !(xoptions.has('no_debug_ranges') || envVar(env, useEnv, 'PYTHONNODEBUGRANGES') !== undefined);

  // -X utf8[=0|1], PYTHONUTF8; -1 leaves it to the locale (runtime/preconfig.ts).  CPython: preconfig_init_utf8_mode
  let utf8Mode = -1;
  const xUtf8 = xoptions.get('utf8');
  const envUtf8 = envVar(env, useEnv, 'PYTHONUTF8');
  if (xUtf8 !== undefined) {
    utf8Mode = xUtf8 === true ? 1 : xUtf8 === '1' ? 1 : xUtf8 === '0' ? 0 : -2;
    if (utf8Mode === -2) {
      return exit(1, '', 'Fatal Python error: preconfig_init_utf8_mode: invalid -X utf8 option value\nPython runtime state: preinitializing\n\n');
    }
  } else if (envUtf8 !== undefined) {
    utf8Mode = envUtf8 === '1' ? 1 : envUtf8 === '0' ? 0 : -2;
    if (utf8Mode === -2) {
      return exit(1, '', 'Fatal Python error: preconfig_init_utf8_mode: invalid PYTHONUTF8 environment variable value\nPython runtime state: preinitializing\n\n');
    }
  }

  let intMaxStrDigits = 4300;
  const xDigits = xoptions.get('int_max_str_digits');
  const envDigits = envVar(env, useEnv, 'PYTHONINTMAXSTRDIGITS');
  if (xDigits !== undefined) {
    const n = typeof xDigits === 'string' && /^\d+$/.test(xDigits) ? Number(xDigits) : NaN;
    if (!(n === 0 || n >= 640)) {
      return exit(
        1,
        '',
        'Fatal Python error: config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n',
      );
    }
    intMaxStrDigits = n;
  } else if (envDigits !== undefined) {
    const n = /^\d+$/.test(envDigits) ? Number(envDigits) : NaN;
    if (!(n === 0 || n >= 640)) {
      return exit(
        1,
        '',
        'Fatal Python error: config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n',
      );
    }
    intMaxStrDigits = n;
  }

  // -X importtime[=N], PYTHONPROFILEIMPORTTIME.  CPython: config_init_import_time
  let importTime = 0;
  const envImportTime = envVar(env, useEnv, 'PYTHONPROFILEIMPORTTIME');
  if (envImportTime !== undefined) {
    importTime = strToInt(envImportTime) ?? 1;
    if (importTime < 0 || importTime > 2) {
      return exit(1, '', 'Fatal Python error: config_init_import_time: PYTHONPROFILEIMPORTTIME: numeric values other than 1 and 2 are reserved for future use.\nPython runtime state: preinitialized\n\n');
    }
  }
  const xImportTime = xoptions.get('importtime');
  if (xImportTime !== undefined) {
    importTime = xImportTime === true || xImportTime === '' ? 1 : (strToInt(xImportTime) ?? 1);
    if (importTime < 0 || importTime > 2) {
      return exit(1, '', 'Fatal Python error: config_init_import_time: -X importtime: values other than 1 and 2 are reserved for future use.\nPython runtime state: preinitialized\n\n');
    }
  }

  const pythonPath: string[] = [];
  const envPath = envVar(env, useEnv, 'PYTHONPATH');
  if (envPath !== undefined) for (const p of envPath.split(':')) pythonPath.push(p);

  // sys.warnoptions, lowest priority first.  CPython: config_init_warnoptions
  const warnoptions: string[] = [];
  if (devMode) pushUnique(warnoptions, 'default');
  const envWarn = envVar(env, useEnv, 'PYTHONWARNINGS');
  if (envWarn !== undefined) for (const w of envWarn.split(',')) if (w !== '') pushUnique(warnoptions, w);
  for (const w of cmdWarn) pushUnique(warnoptions, w);
  if (bytesWarning) pushUnique(warnoptions, bytesWarning > 1 ? 'error::BytesWarning' : 'default::BytesWarning');

  const config: Partial<PyConfig> = {
    argv: pyArgv,
    origArgv: argv.slice(),
    optimize,
    inspect,
    interactive,
    verbose,
    quiet,
    parserDebug,
    bytesWarning,
    isolated,
    useEnvironment: useEnv,
    siteImport,
    userSite,
    writeBytecode,
    bufferedStdio: buffered,
    devMode,
    safePath,
    warnDefaultEncoding,
    codeDebugRanges,
    utf8Mode,
    intMaxStrDigits,
    importTime,
    warnoptions,
    xoptions,
    pythonPath,
  };
  return { kind: 'run', mode, target, config, skipFirstLine, stderr: notes };
}

