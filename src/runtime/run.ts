// Starting an interpreter and running a program, as `python FILE` does.  CPython: Python/pylifecycle.c,
// Modules/main.c pymain_run_file, Python/pythonrun.c _PyRun_SimpleFileObject, _Py_HandleSystemExit
// The object layer first: its modules must be evaluated in index.ts's order (import cycles).
import '../objects/index.ts';
import { None, type PyValue } from '../objects/object.ts';
import { PyModule } from '../objects/module.ts';
import type { PyDict } from '../objects/dict.ts';
import type { Interpreter } from '../vm/interpreter.ts';
import { setCurrentInterpreter } from '../vm/interpreter.ts';
import type { Host } from './host.ts';
import { compileSource, compileAstToCode, runCode } from './exec.ts';
import type * as ast from '../ast/nodes.generated.ts';
import { displayException, writeSysStderr } from './traceback-display.ts';
import { PyBaseException, exceptionMatches, PyExc_SystemExit } from '../objects/exceptions.ts';
import { PyObject_Str, PyObject_GetAttr, PyObject_LookupAttr, PyObject_CallMethod, PyObject_Call, PyNumber_Index } from '../objects/abstract.ts';
import { isIntValue } from '../objects/boxes.ts';
import { typeOf } from '../objects/type.ts';
import { toPyException } from '../vm/ops/exc.ts';
import { HostInterrupt } from '../vm/eval-breaker.ts';
import { initInterpreter, finalizeInterpreter, flushStdFiles } from './pylifecycle.ts';
import type { PyConfig } from './config.ts';
import { importModule } from './import.ts';
import { adoptLinecache } from './snapshot.ts';
import { ProcessExit } from './process-exit.ts';
import { traceStartup, traceStartupTotal } from './startup-trace.ts';

export { ProcessExit };

/** Creates an interpreter (builtins, sys, the standard streams, importlib, site) and makes it current. */
export function createInterpreter(host: Host, argv: string[], path0: string | null, config: Partial<PyConfig> = {}): Interpreter {
  return initInterpreter(host, { argv, path0, ...config });
}

function writeStderr(ip: Interpreter, s: string): void {
  const err = ip.sys.ob_dict.getStr('stderr');
  if (err === undefined || err === None) {
    ip.host.writeStderr(s);
    return;
  }
  PyObject_CallMethod(err, 'write', [s]);
}

/** The exit status for an uncaught SystemExit, printing its code when it is not an int.  CPython: _Py_HandleSystemExit */
function handleSystemExit(ip: Interpreter, e: PyBaseException): number {
  let value: PyValue = e;
  const code = PyObject_LookupAttr(e, 'code');
  if (code !== undefined) value = code;
  if (value === None) return 0;
  if (isIntValue(value)) {
    const n = PyNumber_Index(value);
    if (typeof n === 'bigint') return n >= -(2n ** 63n) && n < 2n ** 63n ? Number(BigInt.asUintN(8, n)) : 255;
    return n & 0xff;
  }
  try {
    writeStderr(ip, PyObject_Str(value));
  } catch {
    // ignore
  }
  try {
    writeStderr(ip, '\n');
  } catch {
    // ignore
  }
  return 1;
}

/** Prints an uncaught exception (through sys.excepthook) and returns the process status.  CPython: PyErr_Print */
export function reportUncaught(ip: Interpreter, err: unknown): number {
  if (err instanceof ProcessExit) return err.status & 0xff;
  if (err instanceof HostInterrupt) {
    flushStdFiles(ip);
    ip.host.writeStderr(`pyts: ${err.reason}\n`);
    return 124;
  }
  const e = toPyException(err);
  if (exceptionMatches(e, PyExc_SystemExit)) return handleSystemExit(ip, e);
  const d = ip.sys.ob_dict;
  d.setStr('last_exc', e);
  d.setStr('last_type', typeOf(e));
  d.setStr('last_value', e);
  d.setStr('last_traceback', e.traceback);
  const hook = d.getStr('excepthook');
  if (hook !== undefined && hook !== None) {
    try {
      PyObject_Call(hook, [typeOf(e), e, e.traceback]);
      return 1;
    } catch (e2) {
      const x = toPyException(e2);
      if (exceptionMatches(x, PyExc_SystemExit)) return handleSystemExit(ip, x);
      writeSysStderr('Error in sys.excepthook:\n');
      displayException(x);
      writeSysStderr('\nOriginal exception was:\n');
    }
  } else writeSysStderr('sys.excepthook is missing\n');
  displayException(e);
  return 1;
}

/** The __main__ module initInterpreter made. */
function mainModule(ip: Interpreter): PyModule {
  const m = ip.modules.getStr('__main__');
  if (m instanceof PyModule) return m;
  const main = new PyModule('__main__');
  main.ob_dict.setStr('__builtins__', ip.builtins);
  ip.modules.setStr('__main__', main);
  return main;
}

/** Flushes sys.stderr then sys.stdout, ignoring errors.  CPython: flush_io */
function flushIo(ip: Interpreter): void {
  for (const name of ['stderr', 'stdout']) {
    const f = ip.sys.ob_dict.getStr(name);
    if (f === undefined || f === None) continue;
    try {
      PyObject_CallMethod(f, 'flush', []);
    } catch {
      // ignored
    }
  }
}

/**
 * Runs code in the __main__ module, then finishes the interpreter; returns the exit status.
 * `fileName` is set as __file__ (with __cached__ None) while the code runs when __main__ has none;
 * programs run from a file or stdin flush the standard streams before their error is reported.
 * CPython: _PyRun_SimpleFileObject, _PyRun_SimpleString
 */
function runAsMain(ip: Interpreter, fileName: string | null, prepare: (d: PyDict) => void, makeCode: () => ReturnType<typeof compileSource>): number {
  setCurrentInterpreter(ip);
  let status = 0;
  const d: PyDict = mainModule(ip).ob_dict;
  const setFileName = fileName !== null && d.findStr('__file__') < 0;
  try {
    if (setFileName) {
      d.setStr('__file__', fileName);
      d.setStr('__cached__', None);
    }
    prepare(d);
    runCode(makeCode(), d, d);
    if (fileName !== null) flushIo(ip);
  } catch (e) {
    if (e instanceof ProcessExit) return e.status & 0xff;
    if (fileName !== null) flushIo(ip);
    status = reportUncaught(ip, e);
  }
  if (setFileName) {
    d.delete('__file__');
    d.delete('__cached__');
  }
  traceStartup(ip.host, 'program');
  const fin = finalizeInterpreter(ip);
  traceStartup(ip.host, 'finalize');
  traceStartupTotal(ip.host, 'total');
  return status === 0 ? fin : status;
}

/** The loader of a __main__ run from a file.  CPython: set_main_loader */
function mainLoader(ip: Interpreter, filename: string): PyValue {
  const external = ip.modules.getStr('_frozen_importlib_external');
  if (external === undefined) return None;
  return PyObject_Call(PyObject_GetAttr(external, 'SourceFileLoader'), ['__main__', filename]);
}

/**
 * Runs a program as the __main__ module of `ip`: source text, or an AST already parsed from it.
 * Returns the exit status.  CPython: pymain_run_file
 */
export function runMain(ip: Interpreter, source: Uint8Array | string | ast.mod, filename: string): number {
  return runAsMain(
    ip,
    filename,
    (d) => d.setStr('__loader__', mainLoader(ip, filename)),
    () => (typeof source === 'string' || source instanceof Uint8Array ? compileSource(source, filename, 'exec') : compileAstToCode(source, filename)),
  );
}

/** A program read from standard input (`python -` or `python < file`).  CPython: pymain_run_stdin */
export function runStdin(ip: Interpreter, source: Uint8Array): number {
  return runAsMain(ip, '<stdin>', () => {}, () => compileSource(source, '<stdin>', 'exec'));
}

/** The text with the longest common leading run of spaces and tabs removed from each line.  CPython: _PyUnicode_Dedent */
export function dedent(text: string): string {
  let common: string | null = null;
  for (const line of text.split('\n')) {
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent.length === line.length) continue;
    if (indent.length === 0) return text;
    if (common === null) common = indent;
    else {
      let n = 0;
      while (n < common.length && n < indent.length && common[n] === indent[n]) n++;
      if (n === 0) return text;
      common = common.slice(0, n);
    }
  }
  if (common === null) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const last = i === lines.length - 1;
    if (/^[ \t]*$/.test(line) && !last) out.push('');
    else out.push(line.slice(common.length));
  }
  return out.join('\n');
}

/** python -c COMMAND (the option's text with a newline appended).  CPython: pymain_run_command */
export function runCommand(ip: Interpreter, command: string): number {
  return runAsMain(
    ip,
    null,
    () => {},
    () => {
      const source = dedent(command);
      const code = compileSource(source, '<string>', 'exec');
      adoptLinecache(ip);
      // Tracebacks show the command's lines.  CPython: run_mod with interactive_src
      PyObject_CallMethod(importModule('linecache'), '_register_code', [code, source, '<string>']);
      return code;
    },
  );
}

/** python -m MODULE: runpy._run_module_as_main.  CPython: pymain_run_module */
export function runModule(ip: Interpreter, modname: string, setArgv0: boolean): number {
  setCurrentInterpreter(ip);
  let status = 0;
  try {
    const runpy = importModule('runpy');
    PyObject_Call(PyObject_GetAttr(runpy, '_run_module_as_main'), [modname, setArgv0]);
  } catch (e) {
    status = reportUncaught(ip, e);
    if (e instanceof ProcessExit) return status;
  }
  traceStartup(ip.host, 'program');
  const fin = finalizeInterpreter(ip);
  traceStartup(ip.host, 'finalize');
  traceStartupTotal(ip.host, 'total');
  return status === 0 ? fin : status;
}
