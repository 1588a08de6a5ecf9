// Compiling source and running code objects: what exec(), import and the command line share.
// CPython: Python/pythonrun.c (run_mod, run_eval_code_obj), Python/bltinmodule.c builtin_exec_impl
import { None, type PyValue } from '../objects/object.ts';
import { PyDict } from '../objects/dict.ts';
import type { PyCode } from '../objects/code.ts';
import { PyTuple } from '../objects/tuple.ts';
import { compile, CompilerException, type CompileMode, type CompilerWarningSink } from '../compiler/index.ts';
import { CompilerSyntaxError } from '../compiler/errors.ts';
import { ParseError, FrontEndError, type WarningSink } from '../parser/errors.ts';
import { emitCompileWarning } from '../modules/_warnings.ts';
import {
  newException,
  PySyntaxErrorObject,
  PyExc_SyntaxError,
  PyExc_IndentationError,
  PyExc_TabError,
  PyExc_IncompleteInputError,
  PyExc_ValueError,
  PyExc_MemoryError,
  PyExc_RecursionError,
  PyExc_OverflowError,
  PyExc_UnicodeDecodeError,
} from '../objects/exceptions.ts';
import type { PyType } from '../objects/type.ts';
import { Frame } from '../vm/frame.ts';
import { builtinsFromValue } from '../vm/builtins-mapping.ts';
import type * as ast from '../ast/nodes.generated.ts';
import { evalFrame } from '../vm/ceval.ts';
import { interp } from '../vm/interpreter.ts';
import { configOf } from './config.ts';

const SYNTAX_KINDS: Record<string, () => PyType> = {
  SyntaxError: () => PyExc_SyntaxError,
  IndentationError: () => PyExc_IndentationError,
  TabError: () => PyExc_TabError,
  IncompleteInputError: () => PyExc_IncompleteInputError,
};

const OTHER_KINDS: Record<string, () => PyType> = {
  ValueError: () => PyExc_ValueError,
  MemoryError: () => PyExc_MemoryError,
  RecursionError: () => PyExc_RecursionError,
  OverflowError: () => PyExc_OverflowError,
  UnicodeDecodeError: () => PyExc_UnicodeDecodeError,
};

/** The source line `lineno` of `source`, with its newline, for SyntaxError.text. */
function lineOf(source: string | Uint8Array, lineno: number): string | null {
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
  const lines = text.split(/(?<=\n)/);
  return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
}

/**
 * Line `lineno` of the file `filename` with its newline, or null when the file cannot be read: the
 * text of SyntaxErrors found after parsing.  CPython: Python/errors.c err_programtext
 */
function programText(filename: string, lineno: number): string | null {
  let data: Uint8Array | null;
  try {
    data = interp().host.readFile(filename);
  } catch {
    data = null;
  }
  if (data === null || lineno < 1) return null;
  const lines = new TextDecoder('utf-8').decode(data).split(/(?<=\r\n|\r(?!\n)|\n)/);
  if (lineno > lines.length) return null;
  return lines[lineno - 1].replace(/\r\n?$/, '\n');
}

/** A Python SyntaxError (or subclass) from the front end's ParseError. */
export function syntaxErrorFrom(e: ParseError, source: string | Uint8Array | null): PyValue {
  const type = SYNTAX_KINDS[e.kind]();
  let text = e.text;
  if (e instanceof CompilerSyntaxError) text = e.filename !== null && e.lineno !== null ? programText(e.filename, e.lineno) : null;
  else if (text === null && source !== null && e.lineno !== null && e.lineno > 0) text = lineOf(source, e.lineno);
  const n = (v: number | null): PyValue => v ?? None;
  const details = new PyTuple([e.filename ?? None, n(e.lineno), n(e.offset), text ?? None, n(e.end_lineno), n(e.end_offset)]);
  const exc = newException(type, [e.msg, details]) as PySyntaxErrorObject;
  exc.msg = e.msg;
  exc.filename = e.filename ?? None;
  exc.lineno = n(e.lineno);
  exc.offset = n(e.offset);
  exc.text = text ?? None;
  exc.end_lineno = n(e.end_lineno);
  exc.end_offset = n(e.end_offset);
  // For traceback's keyword-typo search.  CPython: _PyPegen_set_syntax_error_metadata
  if (e.metadata) exc.metadata = new PyTuple([e.metadata[0], e.metadata[1], e.metadata[2] ?? None]);
  return exc;
}

/** Turns front-end and compiler errors into Python exceptions. */
export function translateCompileError(e: unknown, source: string | Uint8Array | null): unknown {
  if (e instanceof ParseError) return syntaxErrorFrom(e, source);
  if (e instanceof FrontEndError) return newException(OTHER_KINDS[e.kind](), [e.msg]);
  if (e instanceof CompilerException) {
    const k = (e as unknown as { kind: string; msg?: string; message: string }).kind;
    const make = OTHER_KINDS[k] ?? SYNTAX_KINDS[k];
    if (make) return newException(make(), [(e as unknown as { msg?: string }).msg ?? e.message]);
  }
  return e;
}

// The front end's and the compiler's warnings go through the warnings machinery (a filter may make
// them errors: the front end then raises a SyntaxError).  CPython: _PyErr_EmitSyntaxWarning
const parserWarning: WarningSink = (w) => emitCompileWarning(w.category, w.message, w.filename, w.lineno);
const compilerWarning: CompilerWarningSink = (w) => emitCompileWarning(w.category, w.message, w.filename, w.lineno) === 'error';

/** The interpreter's optimisation level (-O, -OO, PYTHONOPTIMIZE): what compile's optimize=-1 means. */
export function interpreterOptimize(): number {
  try {
    return configOf(interp()).optimize;
  } catch {
    return 0;
  }
}

/** compile(source, filename, mode) to a code object, raising Python exceptions. */
export function compileSource(source: string | Uint8Array, filename: string, mode: CompileMode = 'exec', flags = 0): PyCode {
  try {
    const r = compile(source, filename, mode, { flags, optimize: -1, defaultOptimize: interpreterOptimize(), onWarning: compilerWarning, onParseWarning: parserWarning });
    if (r.kind !== 'code') throw new Error('compileSource: expected code');
    return r.code;
  } catch (e) {
    throw translateCompileError(e, source);
  }
}

/** Compiles an already-parsed module to a code object, raising Python exceptions. */
export function compileAstToCode(mod: ast.mod, filename: string): PyCode {
  try {
    const r = compile(mod, filename, 'exec', { optimize: -1, defaultOptimize: interpreterOptimize(), onWarning: compilerWarning });
    if (r.kind !== 'code') throw new Error('compileAstToCode: expected code');
    return r.code;
  } catch (e) {
    throw translateCompileError(e, null);
  }
}

/** Runs a code object with the given globals and locals (module and exec code). */
export function runCode(code: PyCode, globals: PyDict, locals: PyValue): PyValue {
  let builtins = globals.getStr('__builtins__');
  const ip = interp();
  if (builtins === undefined) {
    globals.setStr('__builtins__', ip.builtins);
    builtins = ip.builtins;
  }
  const frame = new Frame(code, globals, builtinsFromValue(builtins), locals, null);
  return evalFrame(frame);
}

/** Compiles and runs a module's source in its dict. */
export function execCodeInModule(source: string | Uint8Array, filename: string, dict: PyDict): void {
  const code = compileSource(source, filename, 'exec');
  runCode(code, dict, dict);
}
