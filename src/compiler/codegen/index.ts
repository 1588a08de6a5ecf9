// Code generation: AST to a sequence of pseudo-instructions, one compilation unit at a time.
// This file holds the entry points, the statement and expression dispatch, name operations,
// closures and frame-block unwinding; the node kinds live in the sibling files.
// CPython: Python/codegen.c
import type * as ast from '../../ast/nodes.generated.ts';
import { None } from '../../objects/object.ts';
import type { PyCode } from '../../objects/code.ts';
import { Op, INTRINSIC_PRINT, INTRINSIC_ASYNC_GEN_WRAP } from '../../bytecode/opcodes.generated.ts';
import { Compiler, FBlockType, OpType, ScopeType, type FBlock, type UnitArgs } from '../compile.ts';
import { NO_LOCATION, loc as mkloc, type Location } from '../errors.ts';
import { BlockType, GLOBAL_IMPLICIT, getDocString, type SymtableEntry } from '../symtable.ts';
import { CO_FUTURE_ANNOTATIONS } from '../../objects/code.ts';
import * as S from './stmt.ts';
import * as E from './expr.ts';
import * as F from './function.ts';
import { codegenComprehension } from './comprehension.ts';
import { codegenMatch } from './pattern.ts';

// Flags of MAKE_FUNCTION / SET_FUNCTION_ATTRIBUTE.  CPython: pycore_opcode_utils.h
export const MAKE_FUNCTION_DEFAULTS = 0x01;
export const MAKE_FUNCTION_KWDEFAULTS = 0x02;
export const MAKE_FUNCTION_ANNOTATIONS = 0x04;
export const MAKE_FUNCTION_CLOSURE = 0x08;
export const MAKE_FUNCTION_ANNOTATE = 0x10;

// RESUME opargs.
export const RESUME_AT_FUNC_START = 0;
export const RESUME_AFTER_YIELD = 1;
export const RESUME_AFTER_YIELD_FROM = 2;
export const RESUME_AFTER_AWAIT = 3;

// LOAD_COMMON_CONSTANT opargs.
export const CONSTANT_ASSERTIONERROR = 0;
export const CONSTANT_NOTIMPLEMENTEDERROR = 1;
export const CONSTANT_BUILTIN_TUPLE = 2;
export const CONSTANT_BUILTIN_ALL = 3;
export const CONSTANT_BUILTIN_ANY = 4;

/** The location of a node (nodes carry the four position fields themselves). */
export function LOC(n: Location): Location {
  return n;
}

/** Compiles a module body: the whole module's code unit.  CPython: compiler_codegen + _PyCodegen_Module */
export function codegenMod(c: Compiler, mod: ast.mod): void {
  enterScope(c, '<module>', ScopeType.Module, c.st.lookup(mod), 1, null, null);
  switch (mod._kind) {
    case 'Module':
    case 'Interactive': {
      const stmts = mod.body;
      if (mod._kind === 'Interactive') c.interactive = true;
      const l = stmts.length ? LOC(stmts[0]) : mkloc(1, 1, 0, 0);
      if (c.ste.hasConditionalAnnotations) {
        c.addopI(Op.BUILD_SET, 0, l);
        c.addopI(Op.STORE_NAME, Compiler.dictAdd(c.u.metadata.names, '__conditional_annotations__'), l);
      }
      codegenBody(c, l, stmts, mod._kind === 'Interactive');
      break;
    }
    case 'Expression':
      visitExpr(c, mod.body);
      break;
    case 'FunctionType':
      throw new Error(`module kind ${mod._kind} should not be possible`);
  }
}

/** Enters a scope and emits its RESUME (and the module's annotation placeholder).  CPython: codegen_enter_scope */
export function enterScope(
  c: Compiler,
  name: string,
  scopeType: ScopeType,
  ste: SymtableEntry,
  lineno: number,
  privateName: string | null,
  args: UnitArgs | null,
): void {
  c.enterScope(name, scopeType, ste, lineno, privateName, args);
  const l = mkloc(scopeType === ScopeType.Module ? 0 : lineno, lineno, 0, 0);
  c.addopI(Op.RESUME, RESUME_AT_FUNC_START, l);
  if (scopeType === ScopeType.Module) c.addop(Op.ANNOTATIONS_PLACEHOLDER, l);
}

/** A body of statements with its docstring and deferred annotations.  CPython: codegen_body */
export function codegenBody(c: Compiler, l: Location, stmts: ast.stmt[], isInteractive: boolean): void {
  const ste = c.ste;
  if (c.futureFeatures & CO_FUTURE_ANNOTATIONS && ste.annotationsUsed) c.addop(Op.SETUP_ANNOTATIONS, l);
  if (!stmts.length) return;
  let first = 0;
  // A string literal at the REPL prompt is not a docstring.
  if (!isInteractive && ste.hasDocstring) {
    first = 1;
    const st = stmts[0] as ast.Expr;
    c.loadConst(cleanDoc(getDocString(stmts)!), LOC(st.value));
    nameop(c, NO_LOCATION, '__doc__', 'Store');
  }
  for (let i = first; i < stmts.length; i++) visitStmt(c, stmts[i]);
  // Without the future import, annotations are collected into an __annotate__ function (PEP 649).
  if (!(c.futureFeatures & CO_FUTURE_ANNOTATIONS)) F.processDeferredAnnotations(c, l);
}

/**
 * inspect.cleandoc() without removing leading and trailing blank lines: tabs expanded, the first
 * line's leading spaces dropped, and the common indentation of the other lines removed.
 * CPython: _PyCompile_CleanDoc
 */
export function cleanDoc(doc: string): string {
  doc = expandTabs(doc);
  const lines = doc.split('\n');
  let margin = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    let j = 0;
    while (line.charCodeAt(j) === 32) j++;
    if (j < line.length) margin = Math.min(margin, j);
  }
  if (margin === Infinity) margin = 0;
  let k = 0;
  while (doc.charCodeAt(k) === 32) k++;
  if (k === 0 && margin === 0) return doc;
  const out = [lines[0].slice(k)];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    let j = 0;
    while (j < margin && line.charCodeAt(j) === 32) j++;
    out.push(line.slice(j));
  }
  return out.join('\n');
}

/** str.expandtabs(8). */
function expandTabs(s: string): string {
  if (!s.includes('\t')) return s;
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      const n = 8 - (col % 8);
      out += ' '.repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

// ----- dispatch ---------------------------------------------------------------------------------

/** CPython: codegen_visit_stmt */
export function visitStmt(c: Compiler, s: ast.stmt): void {
  switch (s._kind) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return F.codegenFunction(c, s);
    case 'ClassDef':
      return F.codegenClass(c, s);
    case 'TypeAlias':
      return F.codegenTypeAlias(c, s);
    case 'Return':
      return S.codegenReturn(c, s);
    case 'Delete':
      for (const t of s.targets) visitExpr(c, t);
      return;
    case 'Assign': {
      const n = s.targets.length;
      visitExpr(c, s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addopI(Op.COPY, 1, LOC(s));
        visitExpr(c, s.targets[i]);
      }
      return;
    }
    case 'AugAssign':
      return S.codegenAugAssign(c, s);
    case 'AnnAssign':
      return S.codegenAnnAssign(c, s);
    case 'For':
      return inConditionalBlock(c, () => S.codegenFor(c, s));
    case 'While':
      return inConditionalBlock(c, () => S.codegenWhile(c, s));
    case 'If':
      return inConditionalBlock(c, () => S.codegenIf(c, s));
    case 'Match':
      return inConditionalBlock(c, () => codegenMatch(c, s));
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.addopI(Op.RAISE_VARARGS, n, LOC(s));
      return;
    }
    case 'Try':
      return inConditionalBlock(c, () => (s.finalbody.length ? S.codegenTryFinally(c, s) : S.codegenTryExcept(c, s)));
    case 'TryStar':
      return inConditionalBlock(c, () => (s.finalbody.length ? S.codegenTryStarFinally(c, s) : S.codegenTryStarExcept(c, s)));
    case 'Assert':
      return S.codegenAssert(c, s);
    case 'Import':
      return S.codegenImport(c, s);
    case 'ImportFrom':
      return S.codegenFromImport(c, s);
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Expr':
      return codegenStmtExpr(c, LOC(s), s.value);
    case 'Pass':
      c.addop(Op.NOP, LOC(s));
      return;
    case 'Break':
      return S.codegenBreak(c, LOC(s));
    case 'Continue':
      return S.codegenContinue(c, LOC(s));
    case 'With':
      return inConditionalBlock(c, () => S.codegenWith(c, s, 0));
    case 'AsyncWith':
      return inConditionalBlock(c, () => S.codegenAsyncWith(c, s, 0));
    case 'AsyncFor':
      return inConditionalBlock(c, () => S.codegenAsyncFor(c, s));
  }
}

function inConditionalBlock(c: Compiler, f: () => void): void {
  c.u.inConditionalBlock++;
  try {
    f();
  } finally {
    c.u.inConditionalBlock--;
  }
}

// CPython: codegen_stmt_expr
function codegenStmtExpr(c: Compiler, l: Location, value: ast.expr): void {
  if (c.isInteractiveTopLevel) {
    visitExpr(c, value);
    c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_PRINT, l);
    c.addop(Op.POP_TOP, NO_LOCATION);
    return;
  }
  if (value._kind === 'Constant') {
    // A constant statement does nothing, but keeps its line.
    c.addop(Op.NOP, l);
    return;
  }
  visitExpr(c, value);
  c.addop(Op.POP_TOP, NO_LOCATION);
}

/** CPython: codegen_visit_expr */
export function visitExpr(c: Compiler, e: ast.expr): void {
  const l = LOC(e);
  switch (e._kind) {
    case 'NamedExpr':
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1, l);
      visitExpr(c, e.target);
      return;
    case 'BoolOp':
      return E.codegenBoolOp(c, e);
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.addopI(Op.BINARY_OP, E.binopOparg(e.op, false), l);
      return;
    case 'UnaryOp':
      return E.codegenUnaryOp(c, e);
    case 'Lambda':
      return F.codegenLambda(c, e);
    case 'IfExp':
      return E.codegenIfExp(c, e);
    case 'Dict':
      return E.codegenDict(c, e);
    case 'Set':
      return E.starunpackHelper(c, l, e.elts, null, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case 'GeneratorExp':
      return codegenComprehension(c, e, '<genexpr>', e.generators, e.elt, null);
    case 'ListComp':
      return codegenComprehension(c, e, '<listcomp>', e.generators, e.elt, null);
    case 'SetComp':
      return codegenComprehension(c, e, '<setcomp>', e.generators, e.elt, null);
    case 'DictComp':
      return codegenComprehension(c, e, '<dictcomp>', e.generators, e.key, e.value);
    case 'Yield':
      if (!c.ste.isFunctionLike) c.error(l, "'yield' outside function");
      if (e.value) visitExpr(c, e.value);
      else c.loadConst(None, l);
      addopYield(c, l);
      return;
    case 'YieldFrom':
      if (!c.ste.isFunctionLike) c.error(l, "'yield from' outside function");
      if (c.scopeType === ScopeType.AsyncFunction) c.error(l, "'yield from' inside async function");
      visitExpr(c, e.value);
      c.addop(Op.GET_YIELD_FROM_ITER, l);
      c.loadConst(None, l);
      addYieldFrom(c, l, false);
      return;
    case 'Await':
      visitExpr(c, e.value);
      c.addopI(Op.GET_AWAITABLE, 0, l);
      c.loadConst(None, l);
      addYieldFrom(c, l, true);
      return;
    case 'Compare':
      return E.codegenCompare(c, e);
    case 'Call':
      return E.codegenCall(c, e);
    case 'Constant':
      c.loadConst(e.value, l);
      return;
    case 'JoinedStr':
      return E.codegenJoinedStr(c, e);
    case 'TemplateStr':
      return E.codegenTemplateStr(c, e);
    case 'FormattedValue':
      return E.codegenFormattedValue(c, e);
    case 'Interpolation':
      return E.codegenInterpolation(c, e);
    case 'Attribute':
      return E.codegenAttribute(c, e);
    case 'Subscript':
      return E.codegenSubscript(c, e);
    case 'Starred':
      if (e.ctx === 'Store') c.error(l, 'starred assignment target must be in a list or tuple');
      c.error(l, "can't use starred expression here");
    case 'Slice':
      return E.codegenSlice(c, e);
    case 'Name':
      return nameop(c, l, e.id, e.ctx);
    case 'List':
      if (e.ctx === 'Store') return E.assignmentHelper(c, l, e.elts);
      if (e.ctx === 'Load') return E.starunpackHelper(c, l, e.elts, null, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
      for (const x of e.elts) visitExpr(c, x);
      return;
    case 'Tuple':
      if (e.ctx === 'Store') return E.assignmentHelper(c, l, e.elts);
      if (e.ctx === 'Load') return E.starunpackHelper(c, l, e.elts, null, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
      for (const x of e.elts) visitExpr(c, x);
      return;
  }
}

// ----- yield, closures, names -------------------------------------------------------------------

/** CPython: codegen_addop_yield */
export function addopYield(c: Compiler, l: Location): void {
  const ste = c.ste;
  if (ste.generator && ste.coroutine) c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, l);
  c.addopI(Op.YIELD_VALUE, 0, l);
  c.addopI(Op.RESUME, RESUME_AFTER_YIELD, l);
}

/** The SEND loop of `yield from` and `await`.  CPython: codegen_add_yield_from */
export function addYieldFrom(c: Compiler, l: Location, isAwait: boolean): void {
  const send = c.newLabel();
  const fail = c.newLabel();
  const exit = c.newLabel();
  c.useLabel(send);
  c.addopJ(Op.SEND, exit, l);
  // A virtual try/except for StopIteration raised by close() or throw().
  c.addopJ(Op.SETUP_FINALLY, fail, l);
  c.addopI(Op.YIELD_VALUE, 1, l);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopI(Op.RESUME, isAwait ? RESUME_AFTER_AWAIT : RESUME_AFTER_YIELD_FROM, l);
  c.addopJ(Op.JUMP_NO_INTERRUPT, send, l);
  c.useLabel(fail);
  c.addop(Op.CLEANUP_THROW, l);
  c.useLabel(exit);
  c.addop(Op.END_SEND, l);
}

/** Builds a function object from a code object, with its closure cells.  CPython: codegen_make_closure */
export function makeClosure(c: Compiler, l: Location, co: PyCode, flags: number): void {
  if (co.co_nfreevars) {
    const names = co.co_localsplusnames.items as string[];
    for (let i = co.firstFree; i < co.co_nlocalsplus; i++) c.addopI(Op.LOAD_CLOSURE, c.lookupArg(co, names[i]), l);
    flags |= MAKE_FUNCTION_CLOSURE;
    c.addopI(Op.BUILD_TUPLE, co.co_nfreevars, l);
  }
  c.loadConst(co, l);
  c.addop(Op.MAKE_FUNCTION, l);
  if (flags & MAKE_FUNCTION_CLOSURE) c.addopI(Op.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_CLOSURE, l);
  if (flags & MAKE_FUNCTION_ANNOTATIONS) c.addopI(Op.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_ANNOTATIONS, l);
  if (flags & MAKE_FUNCTION_ANNOTATE) c.addopI(Op.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_ANNOTATE, l);
  if (flags & MAKE_FUNCTION_KWDEFAULTS) c.addopI(Op.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_KWDEFAULTS, l);
  if (flags & MAKE_FUNCTION_DEFAULTS) c.addopI(Op.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_DEFAULTS, l);
}

/** Adds a name to a table (after mangling) and emits `op` with its index.  CPython: codegen_addop_name */
export function addopName(c: Compiler, l: Location, op: number, name: string, table: 'names' | 'varnames' | 'cellvars' | 'freevars', kind: NameOpKind = 0): void {
  const mangled = c.maybeMangle(name);
  let arg = Compiler.dictAdd(c.u.metadata[table], mangled);
  switch (kind) {
    case NameOpKind.Attr:
      arg <<= 1;
      break;
    case NameOpKind.Method:
      arg = (arg << 1) | 1;
      break;
    case NameOpKind.SuperAttr:
      arg = (arg << 2) | 2;
      break;
    case NameOpKind.SuperMethod:
      arg = (arg << 2) | 3;
      break;
    case NameOpKind.ZeroSuperAttr:
      arg <<= 2;
      break;
    case NameOpKind.ZeroSuperMethod:
      arg = (arg << 2) | 1;
      break;
  }
  c.addopI(op, arg, l);
}

/** How addopName encodes the argument of LOAD_ATTR and LOAD_SUPER_ATTR. */
export const enum NameOpKind {
  Plain = 0,
  Attr,
  Method,
  SuperAttr,
  SuperMethod,
  ZeroSuperAttr,
  ZeroSuperMethod,
}

/** Loads, stores or deletes a name with the opcode its scope calls for.  CPython: codegen_nameop */
export function nameop(c: Compiler, l: Location, name: string, ctx: ast.expr_context): void {
  const mangled = c.maybeMangle(name);
  const ste = c.ste;
  const scope = ste.getScope(mangled);
  const { optype, arg } = c.resolveNameop(mangled, scope);
  let op = 0;
  switch (optype) {
    case OpType.Deref:
      if (ctx === 'Load') {
        if (ste.type === BlockType.Class && !c.u.inInlinedComp) {
          op = Op.LOAD_FROM_DICT_OR_DEREF;
          c.addop(Op.LOAD_LOCALS, l);
        } else if (ste.canSeeClassScope) {
          op = Op.LOAD_FROM_DICT_OR_DEREF;
          addopName(c, l, Op.LOAD_DEREF, '__classdict__', 'freevars');
        } else {
          op = Op.LOAD_DEREF;
        }
      } else {
        op = ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
      }
      break;
    case OpType.Fast:
      op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
      addopName(c, l, op, mangled, 'varnames');
      return;
    case OpType.Global:
      if (ctx === 'Load') {
        if (ste.canSeeClassScope && scope === GLOBAL_IMPLICIT) {
          op = Op.LOAD_FROM_DICT_OR_GLOBALS;
          addopName(c, l, Op.LOAD_DEREF, '__classdict__', 'freevars');
        } else {
          op = Op.LOAD_GLOBAL;
        }
      } else {
        op = ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
      }
      break;
    case OpType.Name:
      if (ctx === 'Load') op = ste.type === BlockType.Class && c.u.inInlinedComp ? Op.LOAD_GLOBAL : Op.LOAD_NAME;
      else op = ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
      break;
  }
  c.addopI(op, op === Op.LOAD_GLOBAL ? arg << 1 : arg, l);
}

// ----- frame blocks -----------------------------------------------------------------------------

/** CPython: codegen_call_exit_with_nones */
export function callExitWithNones(c: Compiler, l: Location): void {
  c.loadConst(None, l);
  c.loadConst(None, l);
  c.loadConst(None, l);
  c.addopI(Op.CALL, 3, l);
}

/** CPython: codegen_pop_except_and_reraise */
export function popExceptAndReraise(c: Compiler, l: Location): void {
  c.addopI(Op.COPY, 3, l);
  c.addop(Op.POP_EXCEPT, l);
  c.addopI(Op.RERAISE, 1, l);
}

/**
 * Emits what leaving a frame block needs (popping the iterator, running a finally body, calling
 * __exit__...). With `preserveTos` the value on top of the stack is kept. Returns the location for
 * what follows, which becomes artificial after a finally body or __exit__ call.
 * CPython: codegen_unwind_fblock
 */
export function unwindFBlock(c: Compiler, l: Location, info: FBlock, preserveTos: boolean): Location {
  switch (info.type) {
    case FBlockType.WhileLoop:
    case FBlockType.ExceptionHandler:
    case FBlockType.ExceptionGroupHandler:
    case FBlockType.AsyncComprehensionGenerator:
    case FBlockType.StopIteration:
      return l;
    case FBlockType.ForLoop:
      // Pop the iterator.
      if (preserveTos) c.addopI(Op.SWAP, 2, l);
      c.addop(Op.POP_TOP, l);
      return l;
    case FBlockType.TryExcept:
      c.addop(Op.POP_BLOCK, l);
      return l;
    case FBlockType.FinallyTry:
      // This POP_BLOCK gets the line number of the unwinding statement.
      c.addop(Op.POP_BLOCK, l);
      if (preserveTos) c.pushFBlock(l, FBlockType.PopValue, -1, -1, null);
      for (const s of info.datum as ast.stmt[]) visitStmt(c, s);
      if (preserveTos) c.popFBlock(FBlockType.PopValue);
      // The finally body seems to run after the unwinding statement: make what follows artificial.
      return NO_LOCATION;
    case FBlockType.FinallyEnd:
      if (preserveTos) c.addopI(Op.SWAP, 2, l);
      c.addop(Op.POP_TOP, l); // exc_value
      if (preserveTos) c.addopI(Op.SWAP, 2, l);
      c.addop(Op.POP_BLOCK, l);
      c.addop(Op.POP_EXCEPT, l);
      return l;
    case FBlockType.With:
    case FBlockType.AsyncWith:
      l = info.loc;
      c.addop(Op.POP_BLOCK, l);
      if (preserveTos) {
        c.addopI(Op.SWAP, 3, l);
        c.addopI(Op.SWAP, 2, l);
      }
      callExitWithNones(c, l);
      if (info.type === FBlockType.AsyncWith) {
        c.addopI(Op.GET_AWAITABLE, 2, l);
        c.loadConst(None, l);
        addYieldFrom(c, l, true);
      }
      c.addop(Op.POP_TOP, l);
      return NO_LOCATION;
    case FBlockType.HandlerCleanup: {
      if (info.datum) c.addop(Op.POP_BLOCK, l);
      if (preserveTos) c.addopI(Op.SWAP, 2, l);
      c.addop(Op.POP_BLOCK, l);
      c.addop(Op.POP_EXCEPT, l);
      if (info.datum) {
        c.loadConst(None, l);
        nameop(c, l, info.datum as string, 'Store');
        nameop(c, l, info.datum as string, 'Del');
      }
      return l;
    }
    case FBlockType.PopValue:
      if (preserveTos) c.addopI(Op.SWAP, 2, l);
      c.addop(Op.POP_TOP, l);
      return l;
  }
}

/**
 * Unwinds the frame-block stack; with `wantLoop`, stops at (and returns) the innermost loop.
 * CPython: codegen_unwind_fblock_stack
 */
export function unwindFBlockStack(c: Compiler, l: Location, preserveTos: boolean, wantLoop: boolean): { loc: Location; loop: FBlock | null } {
  const top = c.topFBlock();
  if (top === null) return { loc: l, loop: null };
  if (top.type === FBlockType.ExceptionGroupHandler) c.error(l, "'break', 'continue' and 'return' cannot appear in an except* block");
  if (wantLoop && (top.type === FBlockType.WhileLoop || top.type === FBlockType.ForLoop)) return { loc: l, loop: top };
  const copy = { ...top };
  c.popFBlock(top.type);
  l = unwindFBlock(c, l, copy, preserveTos);
  const r = unwindFBlockStack(c, l, preserveTos, wantLoop);
  c.pushFBlock(copy.loc, copy.type, copy.block, copy.exit, copy.datum);
  return r;
}

