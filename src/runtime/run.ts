// Starting an interpreter and running a program, as `python FILE` does.  CPython: Python/pylifecycle.c,
// Modules/main.c pymain_run_file, Python/pythonrun.c _PyRun_SimpleFileObject, _Py_HandleSystemExit
import { None, type PyValue } from '../objects/object.ts';
import { initObjects } from '../objects/index.ts';
import { PyModule } from '../objects/module.ts';
import { PyList } from '../objects/list.ts';
import { PyDict } from '../objects/dict.ts';
import { Interpreter, setCurrentInterpreter } from '../vm/interpreter.ts';
import type { Host } from './host.ts';
import { builtinsModule } from '../modules/builtins/index.ts';
import { sysModule } from '../modules/sys.ts';
import { compileSource, compileAstToCode, runCode } from './exec.ts';
import type * as ast from '../ast/nodes.generated.ts';
import { formatException } from './traceback-display.ts';
import { PyBaseException, PySystemExit, exceptionMatches, PyExc_SystemExit } from '../objects/exceptions.ts';
import { PyObject_Str, PyObject_GetAttr, PyObject_CallMethod } from '../objects/abstract.ts';
import { toPyException } from '../vm/ops/exc.ts';
import { HostInterrupt } from '../vm/eval-breaker.ts';
import { nativeModuleTable } from '../modules/core.ts';

/** Creates an interpreter: builtins, sys, sys.modules, and makes it current. */
export function createInterpreter(host: Host, argv: string[], path0: string): Interpreter {
  initObjects();
  const ip = new Interpreter(host);
  setCurrentInterpreter(ip);
  const builtins = builtinsModule.create();
  ip.builtins = builtins;
  ip.builtinsDict = builtins.ob_dict;
  ip.builtinImportFunc = builtins.ob_dict.getStr('__import__')!;
  ip.modules.setStr('builtins', builtins);
  const sys = sysModule.create();
  ip.sys = sys;
  ip.modules.setStr('sys', sys);
  sys.ob_dict.setStr('argv', new PyList(argv));
  const path = sys.ob_dict.getStr('path') as PyList;
  path.items[0] = path0;
  for (const [name, def] of nativeModuleTable()) ip.nativeModules.set(name, () => def.create());
  return ip;
}

/** The exit status for an uncaught SystemExit, printing its message as CPython does. */
function handleSystemExit(ip: Interpreter, e: PySystemExit): number {
  const code = e.code;
  if (code === None) return 0;
  if (typeof code === 'number') return code & 0xff;
  if (typeof code === 'bigint') return Number(BigInt.asUintN(8, code));
  if (typeof code === 'boolean') return code ? 1 : 0;
  try {
    ip.host.writeStderr(PyObject_Str(code) + '\n');
  } catch {
    // ignore
  }
  return 1;
}

/** Prints an uncaught exception and returns the process status.  CPython: PyErr_Print */
export function reportUncaught(ip: Interpreter, err: unknown): number {
  if (err instanceof HostInterrupt) {
    flushStdout(ip);
    ip.host.writeStderr(`pyts: ${err.reason}\n`);
    return 124;
  }
  const e = toPyException(err);
  if (exceptionMatches(e, PyExc_SystemExit)) return handleSystemExit(ip, e as PySystemExit);
  flushStdout(ip);
  ip.host.writeStderr(formatException(e as PyBaseException));
  return 1;
}

function flushStdout(ip: Interpreter): void {
  try {
    const out = PyObject_GetAttr(ip.sys, 'stdout');
    if (out !== None) PyObject_CallMethod(out, 'flush', []);
  } catch {
    // ignore
  }
  ip.host.flushStdout();
}

/**
 * Runs a program as the __main__ module of `ip`: source text, or an AST already parsed from it.
 * Returns the exit status.
 */
export function runMain(ip: Interpreter, source: Uint8Array | string | ast.mod, filename: string): number {
  let status = 0;
  try {
    const main = new PyModule('__main__');
    const d: PyDict = main.ob_dict;
    d.setStr('__file__', filename);
    d.setStr('__cached__', None);
    d.setStr('__builtins__', ip.builtins);
    ip.modules.setStr('__main__', main);
    const code = typeof source === 'string' || source instanceof Uint8Array ? compileSource(source, filename, 'exec') : compileAstToCode(source, filename);
    runCode(code, d, d);
  } catch (e) {
    status = reportUncaught(ip, e);
  }
  flushStdout(ip);
  return status;
}

void PyObject_Str;
void (null as unknown as PyValue);
