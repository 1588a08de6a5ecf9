// Peephole optimisation of the flow graph: constant folding (tuples, lists, sets, unary and binary
// operators), constant conditions, jump threading, redundant pairs, SWAP optimisation.
// CPython: Python/flowgraph.c optimize_cfg and the functions it calls.
import { Op, OP_FLAGS, HAS_CONST, INTRINSIC_LIST_TO_TUPLE, INTRINSIC_UNARY_POSITIVE } from '../bytecode/opcodes.generated.ts';
import { None, type PyValue } from '../objects/object.ts';
import { PyTuple } from '../objects/tuple.ts';
import { NO_LOCATION } from './errors.ts';
import { hasTarget } from './instruction-sequence.ts';
import { constIsTrue, makeFrozenSet, type ConstCache } from './consts.ts';
import { evalConstBinop, evalConstUnaryop, UnaryKind } from './const-fold.ts';
import {
  type BasicBlock,
  type CfgBuilder,
  type CfgInstr,
  basicblockRemoveRedundantNops,
  bbHasFallthrough,
  checkCfg,
  inlineSmallOrNoLinenoBlocks,
  isJump,
  removeRedundantNopsAndJumps,
  removeUnreachable,
  resolveLineNumbers,
} from './flowgraph.ts';
import { stackEffect } from '../bytecode/instructions.ts';

const STACK_USE_GUIDELINE = 30;
const MIN_CONST_SEQUENCE_SIZE = 3;

/** The constants list being optimised, and an identity index into it. */
interface Consts {
  list: PyValue[];
  cache: ConstCache;
  index: Map<PyValue, number>;
}

function loadsConst(op: number): boolean {
  return (OP_FLAGS[op] & HAS_CONST) !== 0 || op === Op.LOAD_SMALL_INT;
}

// CPython: get_const_value
function getConstValue(op: number, oparg: number, consts: Consts): PyValue {
  if (op === Op.LOAD_SMALL_INT) return oparg;
  if (oparg < 0 || oparg >= consts.list.length) throw new Error(`LOAD_CONST index ${oparg} is out of range for consts (len=${consts.list.length})`);
  return consts.list[oparg];
}

/** The index of a (new) constant, merged with the compilation's cache.  CPython: add_const */
function addConst(v: PyValue, consts: Consts): number {
  v = consts.cache.mergeOne(v);
  const found = consts.index.get(v);
  if (found !== undefined) return found;
  const index = consts.list.length;
  consts.list.push(v);
  consts.index.set(v, index);
  return index;
}

/** LOAD_SMALL_INT for exact ints 0..255.  CPython: maybe_instr_make_load_smallint */
function maybeMakeLoadSmallInt(instr: CfgInstr, v: PyValue): boolean {
  if (typeof v === 'number' && v >= 0 && v <= 255) {
    instr.setOp1(Op.LOAD_SMALL_INT, v);
    return true;
  }
  return false;
}

// CPython: instr_make_load_const
function makeLoadConst(instr: CfgInstr, v: PyValue, consts: Consts): void {
  if (maybeMakeLoadSmallInt(instr, v)) return;
  instr.setOp1(Op.LOAD_CONST, addConst(v, consts));
}

/**
 * Looks back from `start`, skipping NOPs, for `size` constant loads; returns them in order, or
 * null.  CPython: get_const_loading_instrs
 */
function getConstLoadingInstrs(bb: BasicBlock, start: number, size: number): CfgInstr[] | null {
  const out = new Array<CfgInstr>(size);
  for (; start >= 0 && size > 0; start--) {
    const instr = bb.instrs[start];
    if (instr.opcode === Op.NOP) continue;
    if (!loadsConst(instr.opcode)) return null;
    out[--size] = instr;
  }
  return size === 0 ? out : null;
}

/** CPython: nop_out */
function nopOut(instrs: CfgInstr[]): void {
  for (const instr of instrs) {
    instr.setOp0(Op.NOP);
    instr.loc = NO_LOCATION;
  }
}

/** LOAD_CONST c1 ... LOAD_CONST cn; BUILD_TUPLE n  =>  LOAD_CONST (c1, ..., cn).  CPython: fold_tuple_of_constants */
function foldTupleOfConstants(bb: BasicBlock, i: number, consts: Consts): void {
  const instr = bb.instrs[i];
  const size = instr.oparg;
  if (size > STACK_USE_GUIDELINE) return;
  const loaders = getConstLoadingInstrs(bb, i - 1, size);
  if (!loaders) return;
  const tuple = new PyTuple(loaders.map((l) => getConstValue(l.opcode, l.oparg, consts)));
  nopOut(loaders);
  makeLoadConst(instr, tuple, consts);
}

/**
 * BUILD_LIST 0; (LOAD_CONST c; LIST_APPEND 1)*; CALL_INTRINSIC_1 LIST_TO_TUPLE  =>  LOAD_CONST tuple.
 * CPython: fold_constant_intrinsic_list_to_tuple
 */
function foldConstantIntrinsicListToTuple(bb: BasicBlock, i: number, consts: Consts): void {
  const intrinsic = bb.instrs[i];
  let found = 0;
  let expectAppend = true;
  for (let pos = i - 1; pos >= 0; pos--) {
    const instr = bb.instrs[pos];
    const op = instr.opcode;
    if (op === Op.NOP) continue;
    if (op === Op.BUILD_LIST && instr.oparg === 0) {
      if (!expectAppend) return;
      const items = new Array<PyValue>(found);
      for (let p = i - 1; p >= pos; p--) {
        const x = bb.instrs[p];
        if (x.opcode === Op.NOP) continue;
        if (loadsConst(x.opcode)) items[--found] = getConstValue(x.opcode, x.oparg, consts);
        nopOut([x]);
      }
      makeLoadConst(intrinsic, new PyTuple(items), consts);
      return;
    }
    if (expectAppend) {
      if (op !== Op.LIST_APPEND || instr.oparg !== 1) return;
    } else {
      if (!loadsConst(op)) return;
      found++;
    }
    expectAppend = !expectAppend;
  }
}

/**
 * Lists and sets of constants: iterated or tested with `in`, they become a constant tuple or
 * frozenset; three or more constants become BUILD_LIST 0; LOAD_CONST tuple; LIST_EXTEND 1 (or the
 * set equivalents). A list of non-constants that is only iterated becomes a tuple.
 * CPython: optimize_lists_and_sets
 */
function optimizeListsAndSets(bb: BasicBlock, i: number, nextop: number, consts: Consts): void {
  const instr = bb.instrs[i];
  const containsOrIter = nextop === Op.GET_ITER || nextop === Op.CONTAINS_OP;
  const size = instr.oparg;
  if (size > STACK_USE_GUIDELINE || (size < MIN_CONST_SEQUENCE_SIZE && !containsOrIter)) return;
  const loaders = getConstLoadingInstrs(bb, i - 1, size);
  if (!loaders) {
    if (containsOrIter && instr.opcode === Op.BUILD_LIST) instr.setOp1(Op.BUILD_TUPLE, instr.oparg);
    return;
  }
  const items = loaders.map((l) => getConstValue(l.opcode, l.oparg, consts));
  const result: PyValue = instr.opcode === Op.BUILD_SET ? makeFrozenSet(items) : new PyTuple(items);
  const index = addConst(result, consts);
  nopOut(loaders);
  if (containsOrIter) {
    instr.setOp1(Op.LOAD_CONST, index);
  } else {
    bb.instrs[i - 2].loc = instr.loc;
    bb.instrs[i - 2].setOp1(instr.opcode, 0);
    bb.instrs[i - 1].setOp1(Op.LOAD_CONST, index);
    instr.setOp1(instr.opcode === Op.BUILD_LIST ? Op.LIST_EXTEND : Op.SET_UPDATE, 1);
  }
}

// CPython: fold_const_binop
function foldConstBinop(bb: BasicBlock, i: number, consts: Consts): void {
  const binop = bb.instrs[i];
  const operands = getConstLoadingInstrs(bb, i - 1, 2);
  if (!operands) return;
  const lhs = getConstValue(operands[0].opcode, operands[0].oparg, consts);
  const rhs = getConstValue(operands[1].opcode, operands[1].oparg, consts);
  const v = evalConstBinop(lhs, binop.oparg, rhs);
  if (v === null) return;
  nopOut(operands);
  makeLoadConst(binop, v, consts);
}

// CPython: fold_const_unaryop
function foldConstUnaryop(bb: BasicBlock, i: number, consts: Consts): void {
  const unary = bb.instrs[i];
  const operand = getConstLoadingInstrs(bb, i - 1, 1);
  if (!operand) return;
  const x = getConstValue(operand[0].opcode, operand[0].oparg, consts);
  const kind =
    unary.opcode === Op.UNARY_NEGATIVE
      ? UnaryKind.Negative
      : unary.opcode === Op.UNARY_INVERT
        ? UnaryKind.Invert
        : unary.opcode === Op.UNARY_NOT
          ? UnaryKind.Not
          : UnaryKind.Positive;
  const v = evalConstUnaryop(x, kind);
  if (v === null) return;
  nopOut(operand);
  makeLoadConst(unary, v, consts);
}

/**
 * Constant conditions: a constant followed by a conditional jump becomes a JUMP or nothing;
 * `is None` tests become POP_JUMP_IF_(NOT_)NONE; a constant TO_BOOL becomes the bool.
 * CPython: basicblock_optimize_load_const
 */
function basicblockOptimizeLoadConst(bb: BasicBlock, consts: Consts): void {
  let opcode = 0;
  let oparg = 0;
  for (let i = 0; i < bb.iused; i++) {
    const inst = bb.instrs[i];
    if (inst.opcode === Op.LOAD_CONST) maybeMakeLoadSmallInt(inst, getConstValue(inst.opcode, inst.oparg, consts));
    const isCopyOfLoadConst = opcode === Op.LOAD_CONST && inst.opcode === Op.COPY && inst.oparg === 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.opcode;
      oparg = inst.oparg;
    }
    if (opcode !== Op.LOAD_CONST && opcode !== Op.LOAD_SMALL_INT) continue;
    const nextop = i + 1 < bb.iused ? bb.instrs[i + 1].opcode : 0;
    switch (nextop) {
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_FALSE:
      case Op.JUMP_IF_TRUE: {
        const isTrue = constIsTrue(getConstValue(opcode, oparg, consts));
        // POP_JUMP_IF_* consume the constant; JUMP_IF_* keep it.
        if (stackEffect(nextop, 0, null) === -1) inst.setOp0(Op.NOP);
        const jumpIfTrue = nextop === Op.POP_JUMP_IF_TRUE || nextop === Op.JUMP_IF_TRUE;
        if (isTrue === jumpIfTrue) bb.instrs[i + 1].opcode = Op.JUMP;
        else bb.instrs[i + 1].setOp0(Op.NOP);
        break;
      }
      case Op.IS_OP: {
        // LOAD_CONST None; IS_OP; [TO_BOOL]; POP_JUMP_IF_*  =>  POP_JUMP_IF_(NOT_)NONE
        if (getConstValue(opcode, oparg, consts) !== None) break;
        if (bb.iused <= i + 2) break;
        const isInstr = bb.instrs[i + 1];
        let jumpInstr = bb.instrs[i + 2];
        if (jumpInstr.opcode === Op.TO_BOOL) {
          jumpInstr.setOp0(Op.NOP);
          if (bb.iused <= i + 3) break;
          jumpInstr = bb.instrs[i + 3];
        }
        let invert = isInstr.oparg !== 0;
        if (jumpInstr.opcode === Op.POP_JUMP_IF_FALSE) invert = !invert;
        else if (jumpInstr.opcode !== Op.POP_JUMP_IF_TRUE) break;
        inst.setOp0(Op.NOP);
        isInstr.setOp0(Op.NOP);
        jumpInstr.opcode = invert ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
        break;
      }
      case Op.TO_BOOL: {
        const index = addConst(constIsTrue(getConstValue(opcode, oparg, consts)), consts);
        inst.setOp0(Op.NOP);
        bb.instrs[i + 1].setOp1(Op.LOAD_CONST, index);
        break;
      }
    }
  }
}

/**
 * A jump to a jump goes straight to the final target: `inst` becomes a NOP and a new jump is
 * appended (the new instruction has no exception handler of its own; see BasicBlock).
 * CPython: jump_thread
 */
function jumpThread(bb: BasicBlock, inst: CfgInstr, target: CfgInstr, opcode: number): boolean {
  if (inst.target !== target.target) {
    inst.setOp0(Op.NOP);
    bb.addop(opcode, target.target!.label, target.loc, target.target);
    return true;
  }
  return false;
}

const DUMMY_NOP = { opcode: Op.NOP } as CfgInstr;

// CPython: optimize_basic_block
function optimizeBasicBlock(bb: BasicBlock, consts: Consts): void {
  for (let i = 0; i < bb.iused; i++) {
    const inst = bb.instrs[i];
    const opcode = inst.opcode;
    const oparg = inst.oparg;
    const target = hasTarget(opcode) ? (inst.target!.instrs[0] ?? DUMMY_NOP) : DUMMY_NOP;
    const nextop = i + 1 < bb.iused ? bb.instrs[i + 1].opcode : 0;
    switch (opcode) {
      case Op.BUILD_TUPLE:
        // BUILD_TUPLE n; UNPACK_SEQUENCE n with n <= 3: nothing or a SWAP.
        if (nextop === Op.UNPACK_SEQUENCE && oparg === bb.instrs[i + 1].oparg) {
          if (oparg === 1) {
            inst.setOp0(Op.NOP);
            bb.instrs[i + 1].setOp0(Op.NOP);
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.setOp0(Op.NOP);
            bb.instrs[i + 1].opcode = Op.SWAP;
            continue;
          }
        }
        foldTupleOfConstants(bb, i, consts);
        break;
      case Op.BUILD_LIST:
      case Op.BUILD_SET:
        optimizeListsAndSets(bb, i, nextop, consts);
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
        if (target.opcode === Op.JUMP && jumpThread(bb, inst, target, opcode)) i--;
        break;
      case Op.JUMP_IF_FALSE:
      case Op.JUMP_IF_TRUE: {
        const same = opcode;
        const other = opcode === Op.JUMP_IF_FALSE ? Op.JUMP_IF_TRUE : Op.JUMP_IF_FALSE;
        if (target.opcode === Op.JUMP || target.opcode === same) {
          if (jumpThread(bb, inst, target, same)) i--;
          continue;
        }
        if (target.opcode === other) {
          // The opposite test fails for sure: skip past it.
          inst.target = inst.target!.next;
          i--;
          continue;
        }
        break;
      }
      case Op.JUMP:
      case Op.JUMP_NO_INTERRUPT:
        if (target.opcode === Op.JUMP) {
          if (jumpThread(bb, inst, target, Op.JUMP)) i--;
          continue;
        }
        if (target.opcode === Op.JUMP_NO_INTERRUPT) {
          if (jumpThread(bb, inst, target, opcode)) i--;
          continue;
        }
        break;
      case Op.STORE_FAST:
        // STORE_FAST x; STORE_FAST x on one line: the first is a POP_TOP.
        if (opcode === nextop && oparg === bb.instrs[i + 1].oparg && inst.loc.lineno === bb.instrs[i + 1].loc.lineno) {
          inst.opcode = Op.POP_TOP;
          inst.oparg = 0;
        }
        break;
      case Op.SWAP:
        if (oparg === 1) inst.setOp0(Op.NOP);
        break;
      case Op.LOAD_GLOBAL:
        if (nextop === Op.PUSH_NULL && (oparg & 1) === 0) {
          inst.setOp1(Op.LOAD_GLOBAL, oparg | 1);
          bb.instrs[i + 1].setOp0(Op.NOP);
        }
        break;
      case Op.COMPARE_OP:
        if (nextop === Op.TO_BOOL) {
          inst.setOp0(Op.NOP);
          bb.instrs[i + 1].setOp1(Op.COMPARE_OP, oparg | 16);
          continue;
        }
        break;
      case Op.CONTAINS_OP:
      case Op.IS_OP:
        if (nextop === Op.TO_BOOL) {
          inst.setOp0(Op.NOP);
          bb.instrs[i + 1].setOp1(opcode, oparg);
          continue;
        }
        if (nextop === Op.UNARY_NOT) {
          inst.setOp0(Op.NOP);
          bb.instrs[i + 1].setOp1(opcode, oparg ^ 1);
          continue;
        }
        break;
      case Op.TO_BOOL:
        if (nextop === Op.TO_BOOL) {
          inst.setOp0(Op.NOP);
          continue;
        }
        break;
      case Op.UNARY_NOT:
        if (nextop === Op.TO_BOOL) {
          inst.setOp0(Op.NOP);
          bb.instrs[i + 1].setOp0(Op.UNARY_NOT);
          continue;
        }
        if (nextop === Op.UNARY_NOT) {
          inst.setOp0(Op.NOP);
          bb.instrs[i + 1].setOp0(Op.NOP);
          continue;
        }
        foldConstUnaryop(bb, i, consts);
        break;
      case Op.UNARY_INVERT:
      case Op.UNARY_NEGATIVE:
        foldConstUnaryop(bb, i, consts);
        break;
      case Op.CALL_INTRINSIC_1:
        if (oparg === INTRINSIC_LIST_TO_TUPLE) {
          if (nextop === Op.GET_ITER) inst.setOp0(Op.NOP);
          else foldConstantIntrinsicListToTuple(bb, i, consts);
        } else if (oparg === INTRINSIC_UNARY_POSITIVE) {
          foldConstUnaryop(bb, i, consts);
        }
        break;
      case Op.BINARY_OP:
        foldConstBinop(bb, i, consts);
        break;
    }
  }
  for (let i = 0; i < bb.iused; i++) {
    if (bb.instrs[i].opcode === Op.SWAP) {
      i = swaptimize(bb, i);
      applyStaticSwaps(bb, i);
    }
  }
}

/**
 * Replaces a run of SWAPs and NOPs by the shortest run with the same effect; returns the index of
 * the run's last instruction.  CPython: swaptimize
 */
function swaptimize(block: BasicBlock, ix: number): number {
  const instrs = block.instrs;
  let depth = instrs[ix].oparg;
  let len = 0;
  let more = false;
  const limit = block.iused - ix;
  while (++len < limit) {
    const op = instrs[ix + len].opcode;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instrs[ix + len].oparg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  // Simulate the run on [0, 1, ..., depth - 1].
  const stack = Array.from({ length: depth }, (_, i) => i);
  for (let i = 0; i < len; i++) {
    const inst = instrs[ix + i];
    if (inst.opcode === Op.SWAP) {
      const top = stack[0];
      stack[0] = stack[inst.oparg - 1];
      stack[inst.oparg - 1] = top;
    }
  }
  // Undo the permutation cycle by cycle, writing the SWAPs backwards from the end of the run.
  const VISITED = -1;
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) instrs[ix + current--].setOp1(Op.SWAP, j + 1);
      if (stack[j] === VISITED) break;
      const next = stack[j];
      stack[j] = VISITED;
      j = next;
    }
  }
  while (current >= 0) instrs[ix + current--].setOp0(Op.NOP);
  return ix + len - 1;
}

/** Instructions that only consume the top of the stack, safe to reorder.  CPython: SWAPPABLE */
function swappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.STORE_FAST_MAYBE_NULL || op === Op.POP_TOP;
}

function storesTo(instr: CfgInstr): number {
  return instr.opcode === Op.STORE_FAST || instr.opcode === Op.STORE_FAST_MAYBE_NULL ? instr.oparg : -1;
}

// CPython: next_swappable_instruction
function nextSwappableInstruction(block: BasicBlock, i: number, lineno: number): number {
  while (++i < block.iused) {
    const instr = block.instrs[i];
    // Reordering across a line change would change what names are bound at line events.
    if (0 <= lineno && instr.loc.lineno !== lineno) return -1;
    if (instr.opcode === Op.NOP) continue;
    if (swappable(instr.opcode)) return i;
    return -1;
  }
  return -1;
}

/** SWAP 2; POP_TOP; STORE_FAST x  =>  NOP; STORE_FAST x; POP_TOP (and the like).  CPython: apply_static_swaps */
function applyStaticSwaps(block: BasicBlock, i: number): void {
  for (; 0 <= i; i--) {
    const swap = block.instrs[i];
    if (swap.opcode !== Op.SWAP) {
      if (swap.opcode === Op.NOP || swappable(swap.opcode)) continue;
      return;
    }
    const j = nextSwappableInstruction(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = block.instrs[j].loc.lineno;
    for (let count = swap.oparg - 1; 0 < count; count--) {
      k = nextSwappableInstruction(block, k, lineno);
      if (k < 0) return;
    }
    // Not safe if both store to one place, or something in between stores to either.
    const storeJ = storesTo(block.instrs[j]);
    const storeK = storesTo(block.instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(block.instrs[idx]);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    swap.setOp0(Op.NOP);
    const tmp = block.instrs[j];
    block.instrs[j] = block.instrs[k];
    block.instrs[k] = tmp;
  }
}

/** Removes NOPs, and pairs like LOAD_CONST x; POP_TOP or COPY 1; POP_TOP.  CPython: remove_redundant_nops_and_pairs */
function removeRedundantNopsAndPairs(g: CfgBuilder): void {
  let done = false;
  while (!done) {
    done = true;
    let instr: CfgInstr | null = null;
    for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
      basicblockRemoveRedundantNops(b);
      // A jump target: forget the previous instruction.
      if (b.label >= 0) instr = null;
      for (let i = 0; i < b.iused; i++) {
        const prev: CfgInstr | null = instr;
        instr = b.instrs[i];
        const prevOp = prev ? prev.opcode : 0;
        const prevArg = prev ? prev.oparg : 0;
        if (instr.opcode === Op.POP_TOP && (prevOp === Op.LOAD_CONST || prevOp === Op.LOAD_SMALL_INT || (prevOp === Op.COPY && prevArg === 1))) {
          prev!.setOp0(Op.NOP);
          instr.setOp0(Op.NOP);
          done = false;
        }
      }
      if ((instr && isJump(instr.opcode)) || !bbHasFallthrough(b)) instr = null;
    }
  }
}

/** CPython: optimize_cfg */
export function optimizeCfg(g: CfgBuilder, list: PyValue[], cache: ConstCache): void {
  const index = new Map<PyValue, number>();
  list.forEach((v, i) => {
    if (!index.has(v)) index.set(v, i);
  });
  const consts: Consts = { list, cache, index };
  checkCfg(g);
  inlineSmallOrNoLinenoBlocks(g);
  removeUnreachable(g);
  resolveLineNumbers(g);
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) basicblockOptimizeLoadConst(b, consts);
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) optimizeBasicBlock(b, consts);
  removeRedundantNopsAndPairs(g);
  removeUnreachable(g);
  removeRedundantNopsAndJumps(g);
}

/** Drops constants no instruction loads (the first, perhaps a docstring, always stays).  CPython: remove_unused_consts */
export function removeUnusedConsts(g: CfgBuilder, consts: PyValue[]): PyValue[] {
  const n = consts.length;
  if (n === 0) return consts;
  const used = new Uint8Array(n);
  used[0] = 1;
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    for (let i = 0; i < b.iused; i++) if (OP_FLAGS[b.instrs[i].opcode] & HAS_CONST) used[b.instrs[i].oparg] = 1;
  }
  const reverse = new Int32Array(n).fill(-1);
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) {
    if (used[i]) {
      reverse[i] = out.length;
      out.push(consts[i]);
    }
  }
  if (out.length === n) return consts;
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    for (let i = 0; i < b.iused; i++) {
      const instr = b.instrs[i];
      if (OP_FLAGS[instr.opcode] & HAS_CONST) instr.oparg = reverse[instr.oparg];
    }
  }
  return out;
}
