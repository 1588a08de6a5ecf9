// compile(), exec(), eval(), globals(), locals(), vars() and dir(): the builtins that reach the
// compiler or the caller's frame.  CPython: Python/bltinmodule.c (builtin_compile_impl,
// builtin_eval_impl, builtin_exec_impl, builtin_globals_impl, builtin_locals_impl, builtin_vars),
// Python/pythonrun.c (_Py_SourceAsString), Objects/object.c (_dir_locals, _dir_object)
import { checkUtf8Encodable } from '../../objects/codecs/utf8.ts';
import { None, type PyValue } from '../../objects/object.ts';
import { typeOf } from '../../objects/type.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyList } from '../../objects/list.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyCode } from '../../objects/code.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyCell, PyFunction } from '../../objects/function.ts';
import * as A from '../../objects/abstract.ts';
import * as E from '../../objects/exceptions.ts';
import { isStrValue, strValue, isIntValue } from '../../objects/boxes.ts';
import { getBuffer } from '../../objects/bytes/buffer.ts';
import { fastLocalsSnapshot } from '../../objects/frameobject.ts';
import { compile as compileAny, PyCF_MASK, PyCF_MASK_OBSOLETE, PyCF_COMPILE_MASK, PyCF_ONLY_AST, PyCF_IGNORE_COOKIE, type CompileMode } from '../../compiler/index.ts';
import type { WarningSink } from '../../parser/errors.ts';
import type { CompilerWarningSink } from '../../compiler/errors.ts';
import { translateCompileError, interpreterOptimize } from '../../runtime/exec.ts';
import { stringCodeCacheable, lookupStringCode, storeStringCode } from '../../runtime/string-code-cache.ts';
import { emitCompileWarning } from '../_warnings.ts';
import { Frame } from '../../vm/frame.ts';
import { builtinsFromValue, builtinsObject } from '../../vm/builtins-mapping.ts';
import { evalFrame } from '../../vm/ceval.ts';
import { tstate } from '../../vm/thread-state.ts';
import { interp } from '../../vm/interpreter.ts';
import { sysAudit } from '../sys.ts';
import { fsDecode } from '../posix/args.ts';
import { fspath } from '../posix/index.ts';
import { PyAST_Check, astObjectToMod, modToObject } from '../_ast.ts';
import type * as ast from '../../ast/nodes.generated.ts';

type V = PyValue;

export const parserWarning: WarningSink = (w) => emitCompileWarning(w.category, w.message, w.filename, w.lineno);
const compilerWarning: CompilerWarningSink = (w) => emitCompileWarning(w.category, w.message, w.filename, w.lineno) === 'error';

/** The calling Python frame (the builtins are native: the top frame is their caller's). */
function callerFrame(): Frame | null {
  return tstate.frame;
}

/** The current frame's locals: its mapping, or a snapshot of a function's variables (PEP 667).  CPython: _PyEval_GetFrameLocals */
export function frameLocals(f: Frame): V {
  return f.f_locals ?? fastLocalsSnapshot(f);
}

export function builtinGlobals(): V {
  const f = callerFrame();
  return f === null ? None : f.f_globals;
}

export function builtinLocals(): V {
  const f = callerFrame();
  return f === null ? None : frameLocals(f);
}

/** vars([object]).  CPython: builtin_vars */
export function builtinVars(_m: V, args: V[]): V {
  if (args.length > 1) throw E.typeError(`vars expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return builtinLocals();
  const d = A.PyObject_LookupAttr(args[0], '__dict__');
  if (d === undefined) throw E.typeError('vars() argument must have __dict__ attribute');
  return d;
}

/** list(mapping.keys()).  CPython: PyMapping_Keys */
function mappingKeys(m: V): V {
  if (m instanceof PyDict && typeOf(m) === typeOf(new PyDict())) {
    const out: V[] = [];
    for (let i = m.next(0); i >= 0; i = m.next(i + 1)) out.push(m.keys[i]);
    return new PyList(out);
  }
  const keys = A.PyObject_CallMethod(m, 'keys', []);
  if (keys instanceof PyList) return keys;
  let items: V[];
  try {
    items = A.iterableToArray(keys);
  } catch (e) {
    if (E.exceptionMatches(e as V, E.PyExc_TypeError)) throw E.typeError(`${typeOf(m).tp_name}.keys() returned a non-iterable (type ${typeOf(keys).tp_name})`);
    throw e;
  }
  return new PyList(items);
}

/** dir([object]).  CPython: builtin_dir, PyObject_Dir */
export function builtinDir(_m: V, args: V[]): V {
  if (args.length > 1) throw E.typeError(`dir expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) {
    const names = mappingKeys(builtinLocals());
    if (!(names instanceof PyList)) throw E.typeError(`dir(): expected keys() of locals to be a list, not '${typeOf(names).tp_name}'`);
    A.PyObject_CallMethod(names, 'sort', []);
    return names;
  }
  const meth = A.lookupSpecial(args[0], '__dir__');
  if (meth === null) throw E.typeError('object does not provide __dir__');
  const result = A.PyObject_Call(meth, [], null);
  const sorted = new PyList(A.iterableToArray(result));
  A.PyObject_CallMethod(sorted, 'sort', []);
  return sorted;
}

/** The caller's __future__ flags merged into cf_flags.  CPython: PyEval_MergeCompilerFlags */
function mergeCompilerFlags(flags: number): number {
  const f = callerFrame();
  if (f !== null) flags |= f.f_code.co_flags & PyCF_MASK;
  return flags;
}

/**
 * The text of a source argument: str (its coding cookie ignored), or any bytes-like object.
 * CPython: _Py_SourceAsString
 */
export function sourceAsString(source: V, funcname: string, what: string): { text: string | Uint8Array; ignoreCookie: boolean } {
  let text: string | Uint8Array;
  let ignoreCookie = false;
  if (isStrValue(source)) {
    text = strValue(source);
    ignoreCookie = true;
    // PyUnicode_AsUTF8AndSize: lone surrogates cannot be encoded.
    checkUtf8Encodable(text);
    if (text.includes('\0')) throw E.newException(E.PyExc_SyntaxError, ['source code string cannot contain null bytes']);
  } else {
    const b = source instanceof PyBytes ? source.data : getBuffer(source);
    if (b === null) throw E.typeError(`${funcname}() arg 1 must be a ${what} object`);
    if (b.includes(0)) throw E.newException(E.PyExc_SyntaxError, ['source code string cannot contain null bytes']);
    text = b;
  }
  return { text, ignoreCookie };
}

/**
 * Compiles the source text of exec() or eval() to code, with the warnings machinery and Python
 * exceptions.  What the standard library compiles while a module is imported (namedtuple's and
 * dataclasses' methods) comes from the code cache when it was compiled before without a warning
 * (runtime/string-code-cache.ts).
 */
function compileText(text: string | Uint8Array, filename: string, mode: CompileMode, flags: number, optimize: number): PyCode {
  const cacheable = typeof text === 'string' && filename === '<string>' && stringCodeCacheable();
  const opt = optimize === -1 ? interpreterOptimize() : optimize;
  if (cacheable) {
    const cached = lookupStringCode(text, mode, flags, opt);
    if (cached !== null) return cached;
  }
  let warned = false;
  const onWarning: CompilerWarningSink = (w) => {
    warned = true;
    return compilerWarning(w);
  };
  const onParseWarning: WarningSink = (w) => {
    warned = true;
    parserWarning(w);
  };
  let code: PyCode;
  try {
    const r = compileAny(text, filename, mode, { flags, optimize, defaultOptimize: interpreterOptimize(), onWarning, onParseWarning });
    if (r.kind !== 'code') throw E.systemError('pyts: compile() to an AST needs the _ast module, which pyts does not have yet');
    code = r.code;
  } catch (e) {
    throw translateCompileError(e, text);
  }
  if (cacheable && !warned) storeStringCode(text as string, mode, flags, opt, code);
  return code;
}

/** A file name: str, bytes (decoded) or os.PathLike.  CPython: PyUnicode_FSDecoder */
export function fsDecodedArg(v: V): string {
  const p = fspath(None, v);
  const s = isStrValue(p) ? strValue(p) : fsDecode((p as PyBytes).data);
  if (s.includes('\0')) throw E.valueError('embedded null character');
  return s;
}

/** An int argument of Argument Clinic's 'int' converter.  CPython: PyLong_AsInt */
function intArg(v: V): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (!isIntValue(v) && A.lookupSpecial(v, '__index__') === null) {
    throw E.typeError(`'${typeOf(v).tp_name}' object cannot be interpreted as an integer`);
  }
  const n = A.PyNumber_Index(v);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) throw E.overflowError(`Python int too large to convert to C int`);
  return n;
}

/** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1).  CPython: builtin_compile_impl */
export function builtinCompile(_m: V, source: V, filename: V, mode: V, flags: V, dontInherit: V, optimize: V, featureVersion: V): V {
  const fname = fsDecodedArg(filename);
  if (!isStrValue(mode)) throw E.typeError(`compile() argument 'mode' must be str, not ${typeOf(mode).tp_name}`);
  const m = strValue(mode);
  if (m.includes('\0')) throw E.valueError('embedded null character');
  let cf = intArg(flags);
  const inherit = !A.PyObject_IsTrue(dontInherit);
  const opt = intArg(optimize);
  const fv = intArg(featureVersion);
  if (cf & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) throw E.valueError('compile(): unrecognised flags');
  if (opt < -1 || opt > 2) throw E.valueError('compile(): invalid optimize value');
  if (inherit) cf = mergeCompilerFlags(cf);
  if (m !== 'exec' && m !== 'eval' && m !== 'single') {
    if (m === 'func_type') {
      if (!(cf & PyCF_ONLY_AST)) throw E.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    } else if (cf & PyCF_ONLY_AST) throw E.valueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
    else throw E.valueError("compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (PyAST_Check(source)) return compileToObject(astObjectToMod(source, m), fname, m as CompileMode, cf, opt, fv);
  const { text, ignoreCookie } = sourceAsString(source, 'compile', 'string, bytes or AST');
  sysAudit('compile', [source, fname]);
  return compileToObject(text, fname, m as CompileMode, cf | (ignoreCookie ? PyCF_IGNORE_COOKIE : 0), opt, fv);
}

/** compile()'s result: a code object, or the AST as `ast` objects with PyCF_ONLY_AST. */
function compileToObject(source: string | Uint8Array | ast.mod, filename: string, mode: CompileMode, flags: number, optimize: number, featureVersion: number): V {
  try {
    const opts = { flags, optimize, defaultOptimize: interpreterOptimize(), onWarning: compilerWarning, onParseWarning: parserWarning, featureVersion };
    const r = compileAny(source, filename, mode, opts);
    return r.kind === 'code' ? r.code : modToObject(r.ast);
  } catch (e) {
    throw translateCompileError(e, typeof source === 'string' || source instanceof Uint8Array ? source : null);
  }
}

/** globals, locals: the caller's, or those given (locals defaulting to globals). */
function resolveNamespaces(globals: V, locals: V): [V, V] {
  const f = callerFrame();
  let g = globals;
  let fromFrame = false;
  if (g === None) {
    if (f === null) throw E.systemError('globals and locals cannot be NULL');
    g = f.f_globals;
    fromFrame = true;
  }
  let l = locals;
  if (l === None) l = fromFrame ? frameLocals(f!) : g;
  return [g, l];
}

/** globals['__builtins__'] set to the caller's builtins when missing.  CPython: _PyEval_EnsureBuiltins */
function ensureBuiltins(globals: PyDict): PyDict {
  const b = globals.getStr('__builtins__');
  if (b !== undefined) return builtinsFromValue(b);
  const f = callerFrame();
  const bd = f !== null ? f.f_builtins : interp().builtinsDict;
  globals.setStr('__builtins__', builtinsObject(bd));
  return bd;
}

/** Runs code in a new frame, with a closure for its free variables.  CPython: PyEval_EvalCodeEx */
function runCode(code: PyCode, globals: PyDict, locals: V, closure: PyTuple | null): V {
  const builtins = ensureBuiltins(globals);
  let func: PyFunction | null = null;
  if (closure !== null) {
    func = new PyFunction(code, globals, builtins, code.co_name, code.co_qualname);
    func.func_closure = closure;
  }
  return evalFrame(new Frame(code, globals, builtins, locals, func));
}

function isMapping(v: V): boolean {
  return typeOf(v).mp_subscript !== null;
}

/** eval(source, /, globals=None, locals=None).  CPython: builtin_eval_impl */
export function builtinEval(_m: V, source: V, globals: V, locals: V): V {
  if (locals !== None && !isMapping(locals)) throw E.typeError('locals must be a mapping');
  if (globals !== None && !(globals instanceof PyDict)) {
    throw E.typeError(isMapping(globals) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
  }
  const [g, l] = resolveNamespaces(globals, locals);
  ensureBuiltins(g as PyDict);
  if (source instanceof PyCode) {
    sysAudit('exec', [source]);
    if (source.co_nfreevars > 0) throw E.typeError('code object passed to eval() may not contain free variables');
    return runCode(source, g as PyDict, l, null);
  }
  const { text, ignoreCookie } = sourceAsString(source, 'eval', 'string, bytes or code');
  let t = text;
  if (typeof t === 'string') t = t.replace(/^[ \t]+/, '');
  else {
    let i = 0;
    while (i < t.length && (t[i] === 0x20 || t[i] === 0x09)) i++;
    t = t.subarray(i);
  }
  const cf = mergeCompilerFlags(ignoreCookie ? PyCF_IGNORE_COOKIE : 0);
  const code = compileText(t, '<string>', 'eval', cf, -1);
  return runCode(code, g as PyDict, l, null);
}

/** exec(source, /, globals=None, locals=None, *, closure=None).  CPython: builtin_exec_impl */
export function builtinExec(_m: V, source: V, globals: V, locals: V, closure: V): V {
  const [g, l] = resolveNamespaces(globals, locals);
  if (!(g instanceof PyDict)) throw E.typeError(`exec() globals must be a dict, not ${typeOf(g).tp_name}`);
  if (!isMapping(l)) throw E.typeError(`locals must be a mapping or None, not ${typeOf(l).tp_name}`);
  ensureBuiltins(g);
  const cl = closure === None ? null : closure;
  if (source instanceof PyCode) {
    const nfree = source.co_nfreevars;
    if (nfree === 0) {
      if (cl !== null) throw E.typeError('cannot use a closure with this code object');
    } else {
      const ok = cl instanceof PyTuple && typeOf(cl) === typeOf(new PyTuple([])) && cl.items.length === nfree && cl.items.every((c) => c instanceof PyCell);
      if (!ok) throw E.typeError(`code object requires a closure of exactly length ${nfree}`);
    }
    sysAudit('exec', [source]);
    runCode(source, g, l, cl as PyTuple | null);
    return None;
  }
  if (cl !== null) throw E.typeError('closure can only be used when source is a code object');
  const { text, ignoreCookie } = sourceAsString(source, 'exec', 'string, bytes or code');
  const cf = mergeCompilerFlags(ignoreCookie ? PyCF_IGNORE_COOKIE : 0);
  const code = compileText(text, '<string>', 'exec', cf, -1);
  runCode(code, g, l, null);
  return None;
}
