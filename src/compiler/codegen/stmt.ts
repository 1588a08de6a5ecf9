// Code generation for statements: control flow, exceptions, with, imports, assert, assignments.
// CPython: Python/codegen.c (codegen_if, codegen_for, codegen_try_*, codegen_with, ...)
import type * as ast from '../../ast/nodes.generated.ts';
import { None } from '../../objects/object.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { CO_FUTURE_ANNOTATIONS } from '../../objects/code.ts';
import {
  Op,
  INTRINSIC_IMPORT_STAR,
  INTRINSIC_PREP_RERAISE_STAR,
  NB_SUBSCR,
} from '../../bytecode/opcodes.generated.ts';
import { Compiler, FBlockType, ScopeType } from '../compile.ts';
import { NO_LOCATION, type Location } from '../errors.ts';
import {
  LOC,
  visitExpr,
  visitStmt,
  nameop,
  addopName,
  NameOpKind,
  addYieldFrom,
  callExitWithNones,
  popExceptAndReraise,
  unwindFBlock,
  unwindFBlockStack,
  CONSTANT_ASSERTIONERROR,
} from './index.ts';
import { annotationString } from './function.ts';
import { jumpIf, binopOparg, updateStartLocationToMatchAttr, sliceTwoParts, shouldApplyTwoElementSliceOptimization } from './expr.ts';

function visitStmts(c: Compiler, stmts: ast.stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

// CPython: codegen_if
export function codegenIf(c: Compiler, s: ast.If): void {
  const end = c.newLabel();
  const next = s.orelse.length ? c.newLabel() : end;
  jumpIf(c, LOC(s), s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
    c.useLabel(next);
    visitStmts(c, s.orelse);
  }
  c.useLabel(end);
}

// CPython: codegen_for
export function codegenFor(c: Compiler, s: ast.For): void {
  let l: Location = LOC(s);
  const start = c.newLabel();
  const body = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFBlock(l, FBlockType.ForLoop, start, end, null);
  visitExpr(c, s.iter);
  l = LOC(s.iter);
  c.addop(Op.GET_ITER, l);
  c.useLabel(start);
  c.addopJ(Op.FOR_ITER, cleanup, l);
  // Keeps the line of a multi-line target for tracing; removed later if redundant.
  c.addop(Op.NOP, LOC(s.target));
  c.useLabel(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJ(Op.JUMP, start, NO_LOCATION);
  c.useLabel(cleanup);
  // END_FOR first: iteration over a generator jumps to it, other iterators to the POP_ITER.
  c.addop(Op.END_FOR, NO_LOCATION);
  c.addop(Op.POP_ITER, NO_LOCATION);
  c.popFBlock(FBlockType.ForLoop);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

// CPython: codegen_async_for
export function codegenAsyncFor(c: Compiler, s: ast.AsyncFor): void {
  let l: Location = LOC(s);
  const start = c.newLabel();
  const send = c.newLabel();
  const except = c.newLabel();
  const end = c.newLabel();
  visitExpr(c, s.iter);
  c.addop(Op.GET_AITER, LOC(s.iter));
  c.useLabel(start);
  c.pushFBlock(l, FBlockType.ForLoop, start, end, null);
  // SETUP_FINALLY guards the __anext__ call.
  c.addopJ(Op.SETUP_FINALLY, except, l);
  c.addop(Op.GET_ANEXT, l);
  c.loadConst(None, l);
  c.useLabel(send);
  addYieldFrom(c, l, true);
  c.addop(Op.POP_BLOCK, l);
  c.addop(Op.NOT_TAKEN, l);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJ(Op.JUMP, start, NO_LOCATION);
  c.popFBlock(FBlockType.ForLoop);
  c.useLabel(except);
  // The line of the iterator: END_ASYNC_FOR follows the `for`, not the body.
  l = LOC(s.iter);
  c.addopJ(Op.END_ASYNC_FOR, send, l);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

// CPython: codegen_while
export function codegenWhile(c: Compiler, s: ast.While): void {
  const loop = c.newLabel();
  const end = c.newLabel();
  const anchor = c.newLabel();
  c.useLabel(loop);
  c.pushFBlock(LOC(s), FBlockType.WhileLoop, loop, end, null);
  jumpIf(c, LOC(s), s.test, anchor, false);
  visitStmts(c, s.body);
  c.addopJ(Op.JUMP, loop, NO_LOCATION);
  c.popFBlock(FBlockType.WhileLoop);
  c.useLabel(anchor);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

// CPython: codegen_return
export function codegenReturn(c: Compiler, s: ast.Return): void {
  let l: Location = LOC(s);
  const value = s.value;
  const preserveTos = value !== null && value._kind !== 'Constant';
  const ste = c.ste;
  if (!ste.isFunctionLike) c.error(l, "'return' outside function");
  if (value !== null && ste.coroutine && ste.generator) c.error(l, "'return' with value in async generator");
  if (preserveTos) {
    visitExpr(c, value);
  } else if (value !== null) {
    // An instruction with the line of the returned value.
    l = LOC(value);
    c.addop(Op.NOP, l);
  }
  if (value === null || value.lineno !== s.lineno) {
    l = LOC(s);
    c.addop(Op.NOP, l);
  }
  l = unwindFBlockStack(c, l, preserveTos, false).loc;
  if (value === null) c.loadConst(None, l);
  else if (!preserveTos) c.loadConst((value as ast.Constant).value, l);
  c.addop(Op.RETURN_VALUE, l);
}

// CPython: codegen_break
export function codegenBreak(c: Compiler, l: Location): void {
  const origin = l;
  c.addop(Op.NOP, l);
  const r = unwindFBlockStack(c, l, false, true);
  if (r.loop === null) c.error(origin, "'break' outside loop");
  l = unwindFBlock(c, r.loc, r.loop, false);
  c.addopJ(Op.JUMP, r.loop.exit, l);
}

// CPython: codegen_continue
export function codegenContinue(c: Compiler, l: Location): void {
  const origin = l;
  c.addop(Op.NOP, l);
  const r = unwindFBlockStack(c, l, false, true);
  if (r.loop === null) c.error(origin, "'continue' not properly in loop");
  c.addopJ(Op.JUMP, r.loop.block, r.loc);
}

// ----- try ----------------------------------------------------------------------------------------

/**
 * try: <body> finally: <finalbody>   becomes
 *     SETUP_FINALLY L; <body>; POP_BLOCK; <finalbody>; JUMP E
 *  L: <finalbody> (with the exception on the stack, re-raised after)
 *  E:
 * CPython: codegen_try_finally
 */
export function codegenTryFinally(c: Compiler, s: ast.Try | ast.TryStar): void {
  let l: Location = LOC(s);
  const body = c.newLabel();
  const end = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.addopJ(Op.SETUP_FINALLY, end, l);
  c.useLabel(body);
  c.pushFBlock(l, FBlockType.FinallyTry, body, end, s.finalbody);
  if (s.handlers.length) {
    if (s._kind === 'Try') codegenTryExcept(c, s);
    else codegenTryStarExcept(c, s);
  } else {
    visitStmts(c, s.body);
  }
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.popFBlock(FBlockType.FinallyTry);
  visitStmts(c, s.finalbody);
  c.addopJ(Op.JUMP_NO_INTERRUPT, exit, NO_LOCATION);
  // The finally block run on an exception.
  c.useLabel(end);
  l = NO_LOCATION;
  c.addopJ(Op.SETUP_CLEANUP, cleanup, l);
  c.addop(Op.PUSH_EXC_INFO, l);
  c.pushFBlock(l, FBlockType.FinallyEnd, end, -1, null);
  visitStmts(c, s.finalbody);
  c.popFBlock(FBlockType.FinallyEnd);
  c.addopI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

export const codegenTryStarFinally = codegenTryFinally;

/** try/except: see the layout comment of codegen_try_except in CPython.  CPython: codegen_try_except */
export function codegenTryExcept(c: Compiler, s: ast.Try): void {
  const l = LOC(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  c.addopJ(Op.SETUP_FINALLY, except, l);
  c.useLabel(body);
  c.pushFBlock(l, FBlockType.TryExcept, body, -1, null);
  visitStmts(c, s.body);
  c.popFBlock(FBlockType.TryExcept);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  visitStmts(c, s.orelse);
  c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.addopJ(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  // The runtime pushes a block here.
  c.pushFBlock(l, FBlockType.ExceptionHandler, -1, -1, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i];
    const hl = LOC(handler);
    if (!handler.type && i < n - 1) c.error(hl, "default 'except:' must be last");
    except = c.newLabel();
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EXC_MATCH, hl);
      c.addopJ(Op.POP_JUMP_IF_FALSE, except, hl);
    }
    if (handler.name) {
      const cleanupEnd = c.newLabel();
      const cleanupBody = c.newLabel();
      nameop(c, hl, handler.name, 'Store');
      // The body runs in an implicit try/finally that unbinds the name (name = None; del name).
      c.addopJ(Op.SETUP_CLEANUP, cleanupEnd, hl);
      c.useLabel(cleanupBody);
      c.pushFBlock(hl, FBlockType.HandlerCleanup, cleanupBody, -1, handler.name);
      visitStmts(c, handler.body);
      c.popFBlock(FBlockType.HandlerCleanup);
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_EXCEPT, NO_LOCATION);
      c.loadConst(None, NO_LOCATION);
      nameop(c, NO_LOCATION, handler.name, 'Store');
      nameop(c, NO_LOCATION, handler.name, 'Del');
      c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
      c.useLabel(cleanupEnd);
      c.loadConst(None, NO_LOCATION);
      nameop(c, NO_LOCATION, handler.name, 'Store');
      nameop(c, NO_LOCATION, handler.name, 'Del');
      c.addopI(Op.RERAISE, 1, NO_LOCATION);
    } else {
      const cleanupBody = c.newLabel();
      c.addop(Op.POP_TOP, hl); // exc_value
      c.useLabel(cleanupBody);
      c.pushFBlock(hl, FBlockType.HandlerCleanup, cleanupBody, -1, null);
      visitStmts(c, handler.body);
      c.popFBlock(FBlockType.HandlerCleanup);
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_EXCEPT, NO_LOCATION);
      c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
    }
    c.useLabel(except);
  }
  c.popFBlock(FBlockType.ExceptionHandler);
  c.addopI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(end);
}

/** try/except*: see the layout comment of codegen_try_star_except in CPython.  CPython: codegen_try_star_except */
export function codegenTryStarExcept(c: Compiler, s: ast.TryStar): void {
  const l = LOC(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  c.addopJ(Op.SETUP_FINALLY, except, l);
  c.useLabel(body);
  c.pushFBlock(l, FBlockType.TryExcept, body, -1, null);
  visitStmts(c, s.body);
  c.popFBlock(FBlockType.TryExcept);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopJ(Op.JUMP_NO_INTERRUPT, orelse, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.addopJ(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFBlock(l, FBlockType.ExceptionGroupHandler, -1, -1, 'except handler');
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i];
    const hl = LOC(handler);
    except = c.newLabel();
    const exceptWithError = c.newLabel();
    const noMatch = c.newLabel();
    if (i === 0) {
      // The list of exceptions raised or re-raised by the handlers, then a copy of the group.
      c.addopI(Op.BUILD_LIST, 0, hl);
      c.addopI(Op.COPY, 2, hl);
    }
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EG_MATCH, hl);
      c.addopI(Op.COPY, 1, hl);
      c.addopJ(Op.POP_JUMP_IF_NONE, noMatch, hl);
    }
    const cleanupEnd = c.newLabel();
    const cleanupBody = c.newLabel();
    if (handler.name) nameop(c, hl, handler.name, 'Store');
    else c.addop(Op.POP_TOP, hl); // match
    c.addopJ(Op.SETUP_CLEANUP, cleanupEnd, hl);
    c.useLabel(cleanupBody);
    c.pushFBlock(hl, FBlockType.HandlerCleanup, cleanupBody, -1, handler.name);
    visitStmts(c, handler.body);
    c.popFBlock(FBlockType.HandlerCleanup);
    c.addop(Op.POP_BLOCK, NO_LOCATION);
    if (handler.name) {
      c.loadConst(None, NO_LOCATION);
      nameop(c, NO_LOCATION, handler.name, 'Store');
      nameop(c, NO_LOCATION, handler.name, 'Del');
    }
    c.addopJ(Op.JUMP_NO_INTERRUPT, except, NO_LOCATION);
    c.useLabel(cleanupEnd);
    if (handler.name) {
      c.loadConst(None, NO_LOCATION);
      nameop(c, NO_LOCATION, handler.name, 'Store');
      nameop(c, NO_LOCATION, handler.name, 'Del');
    }
    // An exception raised in the handler is added to the list.
    c.addopI(Op.LIST_APPEND, 3, NO_LOCATION); // exc
    c.addop(Op.POP_TOP, NO_LOCATION); // lasti
    c.addopJ(Op.JUMP_NO_INTERRUPT, exceptWithError, NO_LOCATION);
    c.useLabel(except);
    c.addop(Op.NOP, NO_LOCATION); // holds a propagated location
    c.addopJ(Op.JUMP_NO_INTERRUPT, exceptWithError, NO_LOCATION);
    c.useLabel(noMatch);
    c.addop(Op.POP_TOP, hl); // match (None)
    c.useLabel(exceptWithError);
    if (i === n - 1) {
      // The unhandled rest of the group (or None) goes into the list too.
      c.addopI(Op.LIST_APPEND, 1, NO_LOCATION);
      c.addopJ(Op.JUMP_NO_INTERRUPT, reraiseStar, NO_LOCATION);
    }
  }
  c.popFBlock(FBlockType.ExceptionGroupHandler);
  const reraise = c.newLabel();
  c.useLabel(reraiseStar);
  c.addopI(Op.CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR, NO_LOCATION);
  c.addopI(Op.COPY, 1, NO_LOCATION);
  c.addopJ(Op.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
  // Nothing to re-raise.
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  c.useLabel(reraise);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopI(Op.SWAP, 2, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addopI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(orelse);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

// ----- with -------------------------------------------------------------------------------------

// CPython: codegen_with_except_finish
function withExceptFinish(c: Compiler, cleanup: number): void {
  const suppress = c.newLabel();
  c.addop(Op.TO_BOOL, NO_LOCATION);
  c.addopJ(Op.POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
  c.addopI(Op.RERAISE, 2, NO_LOCATION);
  c.useLabel(suppress);
  c.addop(Op.POP_TOP, NO_LOCATION); // exc_value
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  const exit = c.newLabel();
  c.addopJ(Op.JUMP_NO_INTERRUPT, exit, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

/** with EXPR as VAR: BLOCK, one item at a time.  CPython: codegen_with_inner */
export function codegenWith(c: Compiler, s: ast.With, pos: number): void {
  const item = s.items[pos];
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  const l = LOC(item.context_expr);
  c.addopI(Op.COPY, 1, l);
  c.addopI(Op.LOAD_SPECIAL, 1 /* __exit__ */, l);
  c.addopI(Op.SWAP, 2, l);
  c.addopI(Op.SWAP, 3, l);
  c.addopI(Op.LOAD_SPECIAL, 0 /* __enter__ */, l);
  c.addopI(Op.CALL, 0, l);
  c.addopJ(Op.SETUP_WITH, final, l);
  c.useLabel(block);
  c.pushFBlock(l, FBlockType.With, block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP, l); // the result of __enter__()
  if (pos + 1 === s.items.length) visitStmts(c, s.body);
  else codegenWith(c, s, pos + 1);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.popFBlock(FBlockType.With);
  // Success: __exit__(None, None, None).
  callExitWithNones(c, l);
  c.addop(Op.POP_TOP, l);
  c.addopJ(Op.JUMP, exit, l);
  // Exception: __exit__ with it.
  c.useLabel(final);
  c.addopJ(Op.SETUP_CLEANUP, cleanup, l);
  c.addop(Op.PUSH_EXC_INFO, l);
  c.addop(Op.WITH_EXCEPT_START, l);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

/** async with.  CPython: codegen_async_with_inner */
export function codegenAsyncWith(c: Compiler, s: ast.AsyncWith, pos: number): void {
  const item = s.items[pos];
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  const l = LOC(item.context_expr);
  c.addopI(Op.COPY, 1, l);
  c.addopI(Op.LOAD_SPECIAL, 3 /* __aexit__ */, l);
  c.addopI(Op.SWAP, 2, l);
  c.addopI(Op.SWAP, 3, l);
  c.addopI(Op.LOAD_SPECIAL, 2 /* __aenter__ */, l);
  c.addopI(Op.CALL, 0, l);
  c.addopI(Op.GET_AWAITABLE, 1, l);
  c.loadConst(None, l);
  addYieldFrom(c, l, true);
  c.addopJ(Op.SETUP_WITH, final, l);
  c.useLabel(block);
  c.pushFBlock(l, FBlockType.AsyncWith, block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP, l);
  if (pos + 1 === s.items.length) visitStmts(c, s.body);
  else codegenAsyncWith(c, s, pos + 1);
  c.popFBlock(FBlockType.AsyncWith);
  c.addop(Op.POP_BLOCK, l);
  callExitWithNones(c, l);
  c.addopI(Op.GET_AWAITABLE, 2, l);
  c.loadConst(None, l);
  addYieldFrom(c, l, true);
  c.addop(Op.POP_TOP, l);
  c.addopJ(Op.JUMP, exit, l);
  c.useLabel(final);
  c.addopJ(Op.SETUP_CLEANUP, cleanup, l);
  c.addop(Op.PUSH_EXC_INFO, l);
  c.addop(Op.WITH_EXCEPT_START, l);
  c.addopI(Op.GET_AWAITABLE, 2, l);
  c.loadConst(None, l);
  addYieldFrom(c, l, true);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

// ----- imports, assert --------------------------------------------------------------------------

/** Binds `import a.b.c as d`: IMPORT_FROM for each attribute.  CPython: codegen_import_as */
function importAs(c: Compiler, l: Location, name: string, asname: string): void {
  const parts = name.split('.');
  if (parts.length > 1) {
    for (let i = 1; i < parts.length; i++) {
      addopName(c, l, Op.IMPORT_FROM, parts[i], 'names');
      if (i === parts.length - 1) break;
      c.addopI(Op.SWAP, 2, l);
      c.addop(Op.POP_TOP, l);
    }
    nameop(c, l, asname, 'Store');
    c.addop(Op.POP_TOP, l);
    return;
  }
  nameop(c, l, asname, 'Store');
}

// CPython: codegen_import
export function codegenImport(c: Compiler, s: ast.Import): void {
  const l = LOC(s);
  for (const alias of s.names) {
    c.loadConst(0, l);
    c.loadConst(None, l);
    addopName(c, l, Op.IMPORT_NAME, alias.name, 'names');
    if (alias.asname) {
      importAs(c, l, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf('.');
      nameop(c, l, dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store');
    }
  }
}

// CPython: codegen_from_import
export function codegenFromImport(c: Compiler, s: ast.ImportFrom): void {
  const l = LOC(s);
  c.loadConst(s.level ?? 0, l);
  c.loadConst(new PyTuple(s.names.map((a) => a.name)), l);
  addopName(c, l, Op.IMPORT_NAME, s.module ?? '', 'names');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name[0] === '*') {
      c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, l);
      c.addop(Op.POP_TOP, NO_LOCATION);
      return;
    }
    addopName(c, l, Op.IMPORT_FROM, alias.name, 'names');
    nameop(c, l, alias.asname ?? alias.name, 'Store');
  }
  c.addop(Op.POP_TOP, l); // the module
}

// CPython: codegen_assert
export function codegenAssert(c: Compiler, s: ast.Assert): void {
  const test = s.test;
  // Always warn about a non-empty tuple: it is always true.
  if (
    (test._kind === 'Tuple' && test.elts.length > 0) ||
    (test._kind === 'Constant' && test.value instanceof PyTuple && test.value.items.length > 0)
  ) {
    c.warn(LOC(s), 'assertion is always true, perhaps remove parentheses?');
  }
  if (c.optimize) return;
  const end = c.newLabel();
  jumpIf(c, LOC(s), test, end, true);
  c.addopI(Op.LOAD_COMMON_CONSTANT, CONSTANT_ASSERTIONERROR, LOC(s));
  if (s.msg) {
    visitExpr(c, s.msg);
    c.addopI(Op.CALL, 0, LOC(s));
  }
  c.addopI(Op.RAISE_VARARGS, 1, LOC(test));
  c.useLabel(end);
}

// ----- augmented and annotated assignment -------------------------------------------------------

// CPython: codegen_augassign
export function codegenAugAssign(c: Compiler, s: ast.AugAssign): void {
  const e = s.target;
  let l: Location = LOC(e);
  switch (e._kind) {
    case 'Attribute':
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1, l);
      l = updateStartLocationToMatchAttr(l, e);
      addopName(c, l, Op.LOAD_ATTR, e.attr, 'names', NameOpKind.Attr);
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      if (shouldApplyTwoElementSliceOptimization(e.slice)) {
        sliceTwoParts(c, e.slice as ast.Slice);
        c.addopI(Op.COPY, 3, l);
        c.addopI(Op.COPY, 3, l);
        c.addopI(Op.COPY, 3, l);
        c.addop(Op.BINARY_SLICE, l);
      } else {
        visitExpr(c, e.slice);
        c.addopI(Op.COPY, 2, l);
        c.addopI(Op.COPY, 2, l);
        c.addopI(Op.BINARY_OP, NB_SUBSCR, l);
      }
      break;
    case 'Name':
      nameop(c, l, e.id, 'Load');
      break;
    default:
      throw new Error(`invalid node type (${e._kind}) for augmented assignment`);
  }
  visitExpr(c, s.value);
  c.addopI(Op.BINARY_OP, binopOparg(s.op, true), LOC(s));
  l = LOC(e);
  switch (e._kind) {
    case 'Attribute':
      l = updateStartLocationToMatchAttr(l, e);
      c.addopI(Op.SWAP, 2, l);
      addopName(c, l, Op.STORE_ATTR, e.attr, 'names');
      break;
    case 'Subscript':
      if (shouldApplyTwoElementSliceOptimization(e.slice)) {
        c.addopI(Op.SWAP, 4, l);
        c.addopI(Op.SWAP, 3, l);
        c.addopI(Op.SWAP, 2, l);
        c.addop(Op.STORE_SLICE, l);
      } else {
        c.addopI(Op.SWAP, 3, l);
        c.addopI(Op.SWAP, 2, l);
        c.addop(Op.STORE_SUBSCR, l);
      }
      break;
    case 'Name':
      nameop(c, l, e.id, 'Store');
      break;
  }
}

// CPython: codegen_check_ann_expr
function checkAnnExpr(c: Compiler, e: ast.expr): void {
  visitExpr(c, e);
  c.addop(Op.POP_TOP, LOC(e));
}

// CPython: codegen_check_ann_subscr
function checkAnnSubscr(c: Compiler, e: ast.expr): void {
  switch (e._kind) {
    case 'Slice':
      if (e.lower) checkAnnExpr(c, e.lower);
      if (e.upper) checkAnnExpr(c, e.upper);
      if (e.step) checkAnnExpr(c, e.step);
      return;
    case 'Tuple':
      for (const x of e.elts) checkAnnSubscr(c, x);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

// CPython: codegen_annassign
export function codegenAnnAssign(c: Compiler, s: ast.AnnAssign): void {
  const l = LOC(s);
  const targ = s.target;
  const futureAnnotations = (c.futureFeatures & CO_FUTURE_ANNOTATIONS) !== 0;
  // The assignment first.
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  switch (targ._kind) {
    case 'Name':
      // A simple name in a module or class: record the annotation.
      if (s.simple && (c.scopeType === ScopeType.Module || c.scopeType === ScopeType.Class)) {
        if (futureAnnotations) {
          c.loadConst(annotationString(s.annotation), LOC(s.annotation));
          addopName(c, l, Op.LOAD_NAME, '__annotations__', 'names');
          c.loadConst(c.maybeMangle(targ.id), l);
          c.addop(Op.STORE_SUBSCR, l);
        } else {
          const index = c.addDeferredAnnotation(s);
          if (index !== null) {
            if (c.scopeType === ScopeType.Class) addopName(c, l, Op.LOAD_DEREF, '__conditional_annotations__', 'cellvars');
            else addopName(c, l, Op.LOAD_NAME, '__conditional_annotations__', 'names');
            c.loadConst(index, l);
            c.addopI(Op.SET_ADD, 1, l);
            c.addop(Op.POP_TOP, l);
          }
        }
      }
      break;
    case 'Attribute':
      if (!s.value) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      throw new Error(`invalid node type (${targ._kind}) for annotated assignment`);
  }
  // CPython 3.14 evaluates nothing more here: codegen_check_annotation returns at once under the
  // future import, and is not called without it.
}
