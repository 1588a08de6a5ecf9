// compile(): source text or an AST to a code object, as the builtin does it.  CPython: Python/compile.c
// _PyAST_Compile, Python/pythonrun.c Py_CompileStringObject, Python/bltinmodule.c builtin_compile_impl
import type * as ast from '../ast/nodes.generated.ts';
import { preprocess } from '../ast/preprocess.ts';
import { parse } from '../parser/index.ts';
import type { WarningSink } from '../parser/errors.ts';
import type { PyCode } from '../objects/code.ts';
import { Compiler } from './compile.ts';
import { futureFromAst } from './future.ts';
import { buildSymtable, type Symtable } from './symtable.ts';
import { codegenMod } from './codegen/index.ts';
import { CompilerException, syntaxError, type CompilerWarningSink } from './errors.ts';
import { PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_MASK, PyCF_ONLY_AST, PyCF_OPTIMIZED_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_INCOMPLETE_INPUT } from './flags.ts';

export * from './flags.ts';
export { CompilerException, type CompilerWarning, type CompilerWarningSink } from './errors.ts';

export type CompileMode = 'exec' | 'eval' | 'single' | 'func_type';

export interface CompileOptions {
  /** PyCF_* and CO_FUTURE_* flags (compile()'s `flags`, plus inherited future flags). */
  flags?: number;
  /** -1: the interpreter's level (0 unless set); 1 drops asserts and sets __debug__ False; 2 also drops docstrings. */
  optimize?: number;
  /** The interpreter's optimisation level, used when `optimize` is -1. */
  defaultOptimize?: number;
  onWarning?: CompilerWarningSink;
  /** Receives the tokenizer's and parser's warnings when compiling source. */
  onParseWarning?: WarningSink;
  /** compile(_feature_version=N) with PyCF_ONLY_AST: parse the grammar of Python 3.N (-1: the current one). */
  featureVersion?: number;
}

/**
 * Compiles a module AST to a code object. The AST is consumed: preprocessing changes it in place.
 * CPython: _PyAST_Compile
 */
export function compileAst(mod: ast.mod, filename: string, opts: CompileOptions = {}): PyCode {
  const optimize = opts.optimize === undefined || opts.optimize === -1 ? (opts.defaultOptimize ?? 0) : opts.optimize;
  try {
    const future = futureFromAst(mod, filename);
    // The module's future features and the compile() flags merge.
    const merged = future.features | (opts.flags ?? 0);
    future.features = merged;
    preprocess(mod, {
      optimize,
      features: merged,
      onWarning: opts.onWarning
        ? (message, n) => {
            const asError = opts.onWarning!({
              category: 'SyntaxWarning',
              message,
              filename,
              lineno: n.lineno,
              offset: n.col_offset + 1,
              end_lineno: n.end_lineno,
              end_offset: n.end_col_offset + 1,
            });
            if (asError) throw new CompilerWarningAsError(message, n);
          }
        : undefined,
    });
    const st = buildSymtable(mod, filename, future);
    const c = new Compiler(st, { filename, flags: merged, optimize, interactive: mod._kind === 'Interactive', onWarning: opts.onWarning });
    codegenMod(c, mod);
    return c.optimizeAndAssemble(mod._kind !== 'Expression');
  } catch (e) {
    if (e instanceof CompilerWarningAsError) throw syntaxError(e.message, filename, e.node);
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new CompilerException('RecursionError', 'maximum recursion depth exceeded during compilation');
    }
    throw e;
  }
}

class CompilerWarningAsError extends Error {
  constructor(
    message: string,
    readonly node: ast.stmt,
  ) {
    super(message);
  }
}

/** The result of compile(): a code object, or the AST with PyCF_ONLY_AST. */
export type CompileResult = { kind: 'code'; code: PyCode } | { kind: 'ast'; ast: ast.mod };

/**
 * compile(source, filename, mode, flags, dont_inherit, optimize) for a str/bytes source or an AST.
 * Inheriting the caller's future flags (dont_inherit=False) is the caller's business: pass them in
 * `flags`.  CPython: builtin_compile_impl
 */
export function compile(source: string | Uint8Array | ast.mod, filename: string, mode: CompileMode, opts: CompileOptions = {}): CompileResult {
  const flags = opts.flags ?? 0;
  if (flags & ~(PyCF_MASK | 0x0100 /* PyCF_SOURCE_IS_UTF8 */ | 0x0200 | PyCF_ONLY_AST | 0x0800 | PyCF_TYPE_COMMENTS | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_OPTIMIZED_AST)) {
    throw new CompilerException('ValueError', 'compile(): unrecognised flags');
  }
  const optimize = opts.optimize ?? -1;
  if (optimize < -1 || optimize > 2) throw new CompilerException('ValueError', 'compile(): invalid optimize value');
  let mod: ast.mod;
  if (typeof source === 'string' || source instanceof Uint8Array) {
    mod = parse(source, {
      filename,
      mode,
      typeComments: (flags & PyCF_TYPE_COMMENTS) !== 0,
      allowIncompleteInput: (flags & PyCF_ALLOW_INCOMPLETE_INPUT) !== 0,
      allowTopLevelAwait: (flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0,
      // CPython: builtin_compile_impl applies the feature version to ASTs only.
      featureVersion: flags & PyCF_ONLY_AST && opts.featureVersion !== undefined && opts.featureVersion >= 0 ? opts.featureVersion : undefined,
      onWarning: opts.onParseWarning,
    });
  } else {
    mod = source;
  }
  if (flags & PyCF_ONLY_AST) {
    if ((flags & PyCF_OPTIMIZED_AST) === PyCF_OPTIMIZED_AST) {
      const future = futureFromAst(mod, filename);
      preprocess(mod, { optimize: optimize === -1 ? (opts.defaultOptimize ?? 0) : optimize, features: future.features | flags });
    }
    return { kind: 'ast', ast: mod };
  }
  if (mode === 'func_type') throw new CompilerException('ValueError', "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  return { kind: 'code', code: compileAst(mod, filename, opts) };
}

/**
 * The symbol table of source text, as the `_symtable` module shows it: parsed, its future features
 * read, no preprocessing.  CPython: _Py_SymtableStringObjectFlags
 */
export function symtableOfSource(source: string | Uint8Array, filename: string, mode: CompileMode, onParseWarning?: WarningSink): Symtable {
  const mod = parse(source, { filename, mode, onWarning: onParseWarning });
  return buildSymtable(mod, filename, futureFromAst(mod, filename));
}
