// Code generation for comprehensions. List, set and dict comprehensions are inlined where they
// appear (PEP 709): their iteration variables are isolated by saving clashing locals on the stack.
// Generator expressions (and comprehensions in annotation scopes inside classes) become nested
// functions called at once.  CPython: Python/codegen.c codegen_comprehension and helpers
import type * as ast from '../../ast/nodes.generated.ts';
import { None } from '../../objects/object.ts';
import { Op } from '../../bytecode/opcodes.generated.ts';
import { Compiler, FBlockType, ScopeType, type InlinedComprehensionState } from '../compile.ts';
import { NO_LOCATION, loc as mkloc, type Location } from '../errors.ts';
import { BlockType, CELL, DEF_LOCAL, DEF_NONLOCAL, FREE, symbolToScope, type SymtableEntry } from '../symtable.ts';
import { LOC, visitExpr, addopName, addopYield, addYieldFrom, enterScope, makeClosure } from './index.ts';
import { jumpIf } from './expr.ts';
import { wrapInStopIterationHandler } from './function.ts';

const enum CompType {
  GenExp,
  ListComp,
  SetComp,
  DictComp,
}

function compType(e: ast.expr): CompType {
  switch (e._kind) {
    case 'ListComp':
      return CompType.ListComp;
    case 'SetComp':
      return CompType.SetComp;
    case 'DictComp':
      return CompType.DictComp;
    default:
      return CompType.GenExp;
  }
}

function generator(c: Compiler, l: Location, gens: ast.comprehension[], i: number, depth: number, elt: ast.expr, val: ast.expr | null, type: CompType, iterOnStack: boolean): void {
  if (gens[i].is_async) asyncGenerator(c, l, gens, i, depth, elt, val, type, iterOnStack);
  else syncGenerator(c, l, gens, i, depth, elt, val, type, iterOnStack);
}

/** Appends the element (or yields it) after the innermost loop; returns the element's location. */
function emitElement(c: Compiler, elt: ast.expr, val: ast.expr | null, type: CompType, depth: number): Location {
  let eltLoc: Location = LOC(elt);
  switch (type) {
    case CompType.GenExp:
      visitExpr(c, elt);
      addopYield(c, eltLoc);
      c.addop(Op.POP_TOP, eltLoc);
      break;
    case CompType.ListComp:
      visitExpr(c, elt);
      c.addopI(Op.LIST_APPEND, depth + 1, eltLoc);
      break;
    case CompType.SetComp:
      visitExpr(c, elt);
      c.addopI(Op.SET_ADD, depth + 1, eltLoc);
      break;
    case CompType.DictComp:
      // {k: v}: k is evaluated before v.
      visitExpr(c, elt);
      visitExpr(c, val!);
      eltLoc = mkloc(elt.lineno, val!.end_lineno, elt.col_offset, val!.end_col_offset);
      c.addopI(Op.MAP_ADD, depth + 1, eltLoc);
      break;
  }
  return eltLoc;
}

// CPython: codegen_sync_comprehension_generator
function syncGenerator(c: Compiler, l: Location, gens: ast.comprehension[], i: number, depth: number, elt: ast.expr, val: ast.expr | null, type: CompType, iterOnStack: boolean): void {
  let start = c.newLabel();
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  const gen = gens[i];
  if (!iterOnStack) {
    if (i === 0) {
      c.addopI(Op.LOAD_FAST, 0, l);
    } else {
      // `for y in [f(x)]` binds y without iterating.
      const it = gen.iter;
      const elts = it._kind === 'List' || it._kind === 'Tuple' ? it.elts : null;
      if (elts && elts.length === 1 && elts[0]._kind !== 'Starred') {
        visitExpr(c, elts[0]);
        start = -1;
      }
      if (start !== -1) {
        visitExpr(c, gen.iter);
        c.addop(Op.GET_ITER, LOC(gen.iter));
      }
    }
  }
  if (start !== -1) {
    depth++;
    c.useLabel(start);
    c.addopJ(Op.FOR_ITER, anchor, LOC(gen.iter));
  }
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, l, e, ifCleanup, false);
  if (i + 1 < gens.length) generator(c, l, gens, i + 1, depth, elt, val, type, false);
  let eltLoc: Location = LOC(elt);
  if (i + 1 >= gens.length) eltLoc = emitElement(c, elt, val, type, depth);
  c.useLabel(ifCleanup);
  if (start !== -1) {
    c.addopJ(Op.JUMP, start, eltLoc);
    c.useLabel(anchor);
    // END_FOR first: iteration over a generator jumps to it, other iterators to the POP_ITER.
    c.addop(Op.END_FOR, NO_LOCATION);
    c.addop(Op.POP_ITER, NO_LOCATION);
  }
}

// CPython: codegen_async_comprehension_generator
function asyncGenerator(c: Compiler, l: Location, gens: ast.comprehension[], i: number, depth: number, elt: ast.expr, val: ast.expr | null, type: CompType, iterOnStack: boolean): void {
  const start = c.newLabel();
  const send = c.newLabel();
  const except = c.newLabel();
  const ifCleanup = c.newLabel();
  const gen = gens[i];
  if (!iterOnStack) {
    if (i === 0) {
      c.addopI(Op.LOAD_FAST, 0, l);
    } else {
      visitExpr(c, gen.iter);
      c.addop(Op.GET_AITER, LOC(gen.iter));
    }
  }
  c.useLabel(start);
  // The runtime pushes a block here.
  c.pushFBlock(l, FBlockType.AsyncComprehensionGenerator, start, -1, null);
  c.addopJ(Op.SETUP_FINALLY, except, l);
  c.addop(Op.GET_ANEXT, l);
  c.loadConst(None, l);
  c.useLabel(send);
  addYieldFrom(c, l, true);
  c.addop(Op.POP_BLOCK, l);
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, l, e, ifCleanup, false);
  depth++;
  if (i + 1 < gens.length) generator(c, l, gens, i + 1, depth, elt, val, type, false);
  let eltLoc: Location = LOC(elt);
  if (i + 1 >= gens.length) eltLoc = emitElement(c, elt, val, type, depth);
  c.useLabel(ifCleanup);
  c.addopJ(Op.JUMP, start, eltLoc);
  c.popFBlock(FBlockType.AsyncComprehensionGenerator);
  c.useLabel(except);
  c.addopJ(Op.END_ASYNC_FOR, send, l);
}

/**
 * Saves the outer values of names the inlined comprehension binds (LOAD_FAST_AND_CLEAR) and
 * installs a handler that restores them if it raises.  CPython: codegen_push_inlined_comprehension_locals
 */
function pushInlinedComprehensionLocals(c: Compiler, l: Location, comp: SymtableEntry, state: InlinedComprehensionState): void {
  const outer = c.ste;
  const inClassBlock = outer.type === BlockType.Class && !c.u.inInlinedComp;
  for (const [k, symbol] of comp.symbols) {
    const scope = symbolToScope(symbol);
    const outsc = symbolToScope(outer.getSymbol(k));
    if ((symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL)) || inClassBlock) {
      state.pushedLocals ??= [];
      // For a cell this pushes the cell itself; a fresh one is made for the comprehension.
      addopName(c, l, Op.LOAD_FAST_AND_CLEAR, k, 'varnames');
      if (scope === CELL) addopName(c, l, Op.MAKE_CELL, k, outsc === FREE ? 'freevars' : 'cellvars');
      state.pushedLocals.push(k);
    }
  }
  if (state.pushedLocals) {
    // The outermost iterable, already evaluated, goes back on top.
    c.addopI(Op.SWAP, state.pushedLocals.length + 1, l);
    state.cleanup = c.newLabel();
    // A virtual try/finally (no fblock: a comprehension cannot break, continue or return).
    c.addopJ(Op.SETUP_FINALLY, state.cleanup, l);
  }
}

// CPython: restore_inlined_comprehension_locals
function restoreInlinedComprehensionLocals(c: Compiler, l: Location, state: InlinedComprehensionState): void {
  const pushed = state.pushedLocals!;
  // Keep the result (or exception) on top; reverses the SWAP of the push.
  c.addopI(Op.SWAP, pushed.length + 1, l);
  for (let i = pushed.length - 1; i >= 0; i--) addopName(c, l, Op.STORE_FAST_MAYBE_NULL, pushed[i], 'varnames');
}

// CPython: codegen_pop_inlined_comprehension_locals
function popInlinedComprehensionLocals(c: Compiler, l: Location, state: InlinedComprehensionState): void {
  if (!state.pushedLocals) return;
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  const end = c.newLabel();
  c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  // An exception in the comprehension: drop the partial result, restore, re-raise.
  c.useLabel(state.cleanup);
  c.addopI(Op.SWAP, 2, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  restoreInlinedComprehensionLocals(c, l, state);
  c.addopI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(end);
  restoreInlinedComprehensionLocals(c, l, state);
  state.pushedLocals = null;
}

// CPython: codegen_comprehension_iter
function comprehensionIter(c: Compiler, comp: ast.comprehension): void {
  visitExpr(c, comp.iter);
  c.addop(comp.is_async ? Op.GET_AITER : Op.GET_ITER, LOC(comp.iter));
}

// CPython: codegen_comprehension
export function codegenComprehension(c: Compiler, e: ast.expr, name: string, generators: ast.comprehension[], elt: ast.expr, val: ast.expr | null): void {
  const type = compType(e);
  const entry = c.st.lookup(e);
  const isInlined = entry.compInlined;
  const isAsyncComprehension = entry.coroutine;
  let l: Location = LOC(e);
  const outermost = generators[0];
  const state: InlinedComprehensionState = { pushedLocals: null, tempSymbols: null, fastHidden: null, cleanup: -1 };
  if (isInlined) {
    comprehensionIter(c, outermost);
    c.tweakInlinedComprehensionScopes(entry, state);
    pushInlinedComprehensionLocals(c, l, entry, state);
  } else {
    // The outermost iterator is the implicit argument.
    enterScope(c, name, ScopeType.Comprehension, entry, e.lineno, null, { argcount: 1 });
  }
  if (type !== CompType.GenExp) {
    c.addopI(type === CompType.ListComp ? Op.BUILD_LIST : type === CompType.SetComp ? Op.BUILD_SET : Op.BUILD_MAP, 0, l);
    if (isInlined) c.addopI(Op.SWAP, 2, l);
  }
  generator(c, l, generators, 0, 0, elt, val, type, isInlined);
  if (isInlined) {
    popInlinedComprehensionLocals(c, l, state);
    c.revertInlinedComprehensionScopes(state);
    return;
  }
  if (type !== CompType.GenExp) c.addop(Op.RETURN_VALUE, LOC(e));
  else wrapInStopIterationHandler(c);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  l = LOC(e);
  makeClosure(c, l, co, 0);
  comprehensionIter(c, outermost);
  c.addopI(Op.CALL, 0, l);
  if (isAsyncComprehension && type !== CompType.GenExp) {
    c.addopI(Op.GET_AWAITABLE, 0, l);
    c.loadConst(None, l);
    addYieldFrom(c, l, true);
  }
}
