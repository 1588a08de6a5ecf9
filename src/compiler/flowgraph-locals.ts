// Flow-graph passes about local variables: LOAD_FAST_CHECK where a local may be unbound,
// superinstructions, the localsplus layout (cells, free variables, MAKE_CELL / COPY_FREE_VARS
// prefix), and LOAD_FAST_BORROW where the frame's reference outlives the loaded one.
// CPython: Python/flowgraph.c
import { Op } from '../bytecode/opcodes.generated.ts';
import { numPopped, numPushed } from '../bytecode/instructions.ts';
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../objects/code.ts';
import { NO_LOCATION, loc as mkloc } from './errors.ts';
import { hasTarget, isBlockPush } from './instruction-sequence.ts';
import {
  CfgInstr,
  type BasicBlock,
  type CfgBuilder,
  bbHasFallthrough,
  isJump,
  isScopeExit,
  isUnconditionalJump,
  removeRedundantNops,
  resetVisited,
} from './flowgraph.ts';
import type { CodeUnitMetadata } from './compile.ts';

// ----- loads of possibly unbound locals ---------------------------------------------------------
//
// Bit i of a block's mask is set when local i may be unbound on entry. Only the first 64 locals
// are tracked across blocks, as in CPython (a uint64 there; two 32-bit halves here).

function bitOf(i: number): [number, number] {
  return i < 32 ? [(1 << i) >>> 0, 0] : [0, (1 << (i - 32)) >>> 0];
}

// CPython: maybe_push
function maybePush(b: BasicBlock, lo: number, hi: number, stack: BasicBlock[]): void {
  const bothLo = (b.unsafeLo | lo) >>> 0;
  const bothHi = (b.unsafeHi | hi) >>> 0;
  if (b.unsafeLo !== bothLo || b.unsafeHi !== bothHi) {
    b.unsafeLo = bothLo;
    b.unsafeHi = bothHi;
    if (!b.visited) {
      stack.push(b);
      b.visited = true;
    }
  }
}

// CPython: scan_block_for_locals
function scanBlockForLocals(b: BasicBlock, stack: BasicBlock[]): void {
  let lo = b.unsafeLo;
  let hi = b.unsafeHi;
  for (let i = 0; i < b.iused; i++) {
    const instr = b.instrs[i];
    if (instr.except !== null) maybePush(instr.except, lo, hi, stack);
    if (instr.oparg >= 64) continue;
    const [bl, bh] = bitOf(instr.oparg);
    switch (instr.opcode) {
      case Op.DELETE_FAST:
      case Op.LOAD_FAST_AND_CLEAR:
      case Op.STORE_FAST_MAYBE_NULL:
        lo = (lo | bl) >>> 0;
        hi = (hi | bh) >>> 0;
        break;
      case Op.STORE_FAST:
      case Op.LOAD_FAST_CHECK:
        lo = (lo & ~bl) >>> 0;
        hi = (hi & ~bh) >>> 0;
        break;
      case Op.LOAD_FAST:
        if (lo & bl || hi & bh) instr.opcode = Op.LOAD_FAST_CHECK;
        lo = (lo & ~bl) >>> 0;
        hi = (hi & ~bh) >>> 0;
        break;
    }
  }
  if (b.next && bbHasFallthrough(b)) maybePush(b.next, lo, hi, stack);
  const last = b.last;
  if (last && isJump(last.opcode)) maybePush(last.target!, lo, hi, stack);
}

/** Locals beyond the first 64 are analysed one block at a time.  CPython: fast_scan_many_locals */
function fastScanManyLocals(g: CfgBuilder, nlocals: number): void {
  const states = new Int32Array(nlocals - 64);
  let blocknum = 0;
  // states[i - 64] == blocknum: local i is bound at this point of the block.
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    blocknum++;
    for (let i = 0; i < b.iused; i++) {
      const instr = b.instrs[i];
      const arg = instr.oparg;
      if (arg < 64) continue;
      switch (instr.opcode) {
        case Op.DELETE_FAST:
        case Op.LOAD_FAST_AND_CLEAR:
        case Op.STORE_FAST_MAYBE_NULL:
          states[arg - 64] = blocknum - 1;
          break;
        case Op.STORE_FAST:
          states[arg - 64] = blocknum;
          break;
        case Op.LOAD_FAST:
          if (states[arg - 64] !== blocknum) instr.opcode = Op.LOAD_FAST_CHECK;
          states[arg - 64] = blocknum;
          break;
      }
    }
  }
}

/** LOAD_FAST of a local that may be unbound becomes LOAD_FAST_CHECK.  CPython: add_checks_for_loads_of_uninitialized_variables */
export function addChecksForLoadsOfUninitializedVariables(g: CfgBuilder, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > 64) {
    fastScanManyLocals(g, nlocals);
    nlocals = 64;
  }
  resetVisited(g);
  const stack: BasicBlock[] = [];
  // Non-parameter locals are unbound at the start.
  let lo = 0;
  let hi = 0;
  for (let i = nparams; i < nlocals; i++) {
    const [bl, bh] = bitOf(i);
    lo = (lo | bl) >>> 0;
    hi = (hi | bh) >>> 0;
  }
  maybePush(g.entryblock, lo, hi, stack);
  // DELETE_FAST and the like can be anywhere: scan every block once.
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) scanBlockForLocals(b, stack);
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = false;
    scanBlockForLocals(b, stack);
  }
}

// ----- superinstructions ------------------------------------------------------------------------

// CPython: make_super_instruction
function makeSuperInstruction(inst1: CfgInstr, inst2: CfgInstr, superOp: number): void {
  const line1 = inst1.loc.lineno;
  const line2 = inst2.loc.lineno;
  if (line1 >= 0 && line2 >= 0 && line1 !== line2) return;
  if (inst1.oparg >= 16 || inst2.oparg >= 16) return;
  inst1.setOp1(superOp, (inst1.oparg << 4) | inst2.oparg);
  inst2.setOp0(Op.NOP);
}

/** LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST.  CPython: insert_superinstructions */
export function insertSuperinstructions(g: CfgBuilder): void {
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    for (let i = 0; i < b.iused; i++) {
      const inst = b.instrs[i];
      const nextop = i + 1 < b.iused ? b.instrs[i + 1].opcode : 0;
      if (inst.opcode === Op.LOAD_FAST) {
        if (nextop === Op.LOAD_FAST) makeSuperInstruction(inst, b.instrs[i + 1], Op.LOAD_FAST_LOAD_FAST);
      } else if (inst.opcode === Op.STORE_FAST) {
        if (nextop === Op.LOAD_FAST) makeSuperInstruction(inst, b.instrs[i + 1], Op.STORE_FAST_LOAD_FAST);
        else if (nextop === Op.STORE_FAST) makeSuperInstruction(inst, b.instrs[i + 1], Op.STORE_FAST_STORE_FAST);
      }
    }
  }
  removeRedundantNops(g);
}

// ----- localsplus ---------------------------------------------------------------------------------

/** Where each cell and free variable lives in localsplus; a cell for an argument shares its slot.  CPython: build_cellfixedoffsets */
function buildCellFixedOffsets(md: CodeUnitMetadata): number[] {
  const nlocals = md.varnames.size;
  const n = md.cellvars.size + md.freevars.size;
  const fixed = Array.from({ length: n }, (_, i) => nlocals + i);
  for (const [name, cellindex] of md.cellvars) {
    const varindex = md.varnames.get(name);
    if (varindex !== undefined) fixed[cellindex] = varindex;
  }
  return fixed;
}

/** RETURN_GENERATOR; POP_TOP, MAKE_CELLs, COPY_FREE_VARS at the start.  CPython: insert_prefix_instructions */
function insertPrefixInstructions(md: CodeUnitMetadata, entry: BasicBlock, fixed: number[], nfreevars: number, codeFlags: number): void {
  if (codeFlags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    // RETURN_GENERATOR pushes before switching stacks: with the POP_TOP, no net effect here.
    const l = mkloc(md.firstlineno, md.firstlineno, -1, -1);
    entry.insert(0, new CfgInstr(Op.RETURN_GENERATOR, 0, l));
    entry.insert(1, new CfgInstr(Op.POP_TOP, 0, l));
  }
  const ncellvars = md.cellvars.size;
  if (ncellvars) {
    // MAKE_CELLs in localsplus order (argument cells come first).
    const nvars = ncellvars + md.varnames.size;
    const sorted = new Int32Array(nvars);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]] = i + 1;
    for (let i = 0, used = 0; used < ncellvars; i++) {
      const oldindex = sorted[i] - 1;
      if (oldindex === -1) continue;
      // The oparg is fixed by fixCellOffsets.
      entry.insert(used, new CfgInstr(Op.MAKE_CELL, oldindex, NO_LOCATION));
      used++;
    }
  }
  if (nfreevars) entry.insert(0, new CfgInstr(Op.COPY_FREE_VARS, nfreevars, NO_LOCATION));
}

/** Rewrites cell/free opargs to localsplus offsets; returns how many cells share an argument's slot.  CPython: fix_cell_offsets */
function fixCellOffsets(md: CodeUnitMetadata, g: CfgBuilder, fixedmap: number[]): number {
  const nlocals = md.varnames.size;
  const noffsets = md.cellvars.size + md.freevars.size;
  let numdropped = 0;
  for (let i = 0; i < noffsets; i++) {
    if (fixedmap[i] === i + nlocals) fixedmap[i] -= numdropped;
    else numdropped++; // a cell that is also an argument
  }
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    for (let i = 0; i < b.iused; i++) {
      const inst = b.instrs[i];
      switch (inst.opcode) {
        case Op.MAKE_CELL:
        case Op.LOAD_CLOSURE:
        case Op.LOAD_DEREF:
        case Op.STORE_DEREF:
        case Op.DELETE_DEREF:
        case Op.LOAD_FROM_DICT_OR_DEREF:
          inst.oparg = fixedmap[inst.oparg];
      }
    }
  }
  return numdropped;
}

/** CPython: prepare_localsplus */
export function prepareLocalsplus(md: CodeUnitMetadata, g: CfgBuilder, codeFlags: number): number {
  const nlocalsplus = md.varnames.size + md.cellvars.size + md.freevars.size;
  const fixed = buildCellFixedOffsets(md);
  insertPrefixInstructions(md, g.entryblock, fixed, md.freevars.size, codeFlags);
  return nlocalsplus - fixCellOffsets(md, g, fixed);
}

// ----- borrowed loads -----------------------------------------------------------------------------

const NOT_LOCAL = -1;
const DUMMY_INSTR = -1;
// Why a LOAD_FAST must stay strong.
const SUPPORT_KILLED = 1; // the local is overwritten while the loaded value is on the stack
const STORED_AS_LOCAL = 2; // the loaded value is stored into a local
const REF_UNCONSUMED = 4; // the loaded value is still on the stack at the end of the block

/**
 * LOAD_FAST(_LOAD_FAST) become LOAD_FAST_BORROW(_LOAD_FAST_BORROW) when the value they push is
 * consumed within the block, before the local is overwritten, and is not stored into a local.
 * Abstract interpretation over a stack of (producing instruction, local) pairs.
 * CPython: optimize_load_fast
 */
export function optimizeLoadFast(g: CfgBuilder): void {
  let maxInstrs = 0;
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) maxInstrs = Math.max(maxInstrs, b.iused);
  const flags = new Uint8Array(maxInstrs);
  const refInstr: number[] = [];
  const refLocal: number[] = [];
  resetVisited(g);
  const blocks: BasicBlock[] = [g.entryblock];
  g.entryblock.startdepth = 0;
  g.entryblock.visited = true;

  const push = (instr: number, local: number): void => {
    refInstr.push(instr);
    refLocal.push(local);
  };
  const pop = (): void => {
    refInstr.pop();
    refLocal.pop();
  };
  const killLocal = (local: number): void => {
    for (let i = 0; i < refLocal.length; i++) if (refLocal[i] === local) flags[refInstr[i]] |= SUPPORT_KILLED;
  };
  /** Pops the top reference and stores it into `local`.  CPython: ref_stack_pop + store_local */
  const popAndStore = (local: number): void => {
    const instr = refInstr.pop()!;
    refLocal.pop();
    killLocal(local);
    if (instr !== DUMMY_INSTR) flags[instr] |= STORED_AS_LOCAL;
  };
  const pushBlock = (target: BasicBlock): void => {
    if (!target.visited) {
      target.visited = true;
      blocks.push(target);
    }
  };

  while (blocks.length) {
    const block = blocks.pop()!;
    flags.fill(0, 0, block.iused);
    // Values on the stack across blocks are not tracked: dummies stand for them.
    refInstr.length = 0;
    refLocal.length = 0;
    for (let i = 0; i < block.startdepth; i++) push(DUMMY_INSTR, NOT_LOCAL);
    for (let i = 0; i < block.iused; i++) {
      const instr = block.instrs[i];
      const opcode = instr.opcode;
      const oparg = instr.oparg;
      switch (opcode) {
        case Op.DELETE_FAST:
          killLocal(oparg);
          break;
        case Op.LOAD_FAST:
          push(i, oparg);
          break;
        case Op.LOAD_FAST_AND_CLEAR:
          killLocal(oparg);
          push(i, oparg);
          break;
        case Op.LOAD_FAST_LOAD_FAST:
          push(i, oparg >> 4);
          push(i, oparg & 15);
          break;
        case Op.STORE_FAST:
          popAndStore(oparg);
          break;
        case Op.STORE_FAST_LOAD_FAST:
          popAndStore(oparg >> 4);
          push(i, oparg & 15);
          break;
        case Op.STORE_FAST_STORE_FAST:
          popAndStore(oparg >> 4);
          popAndStore(oparg & 15);
          break;
        case Op.COPY: {
          const idx = refInstr.length - oparg;
          push(refInstr[idx], refLocal[idx]);
          break;
        }
        case Op.SWAP: {
          const idx = refInstr.length - oparg;
          const top = refInstr.length - 1;
          [refInstr[idx], refInstr[top]] = [refInstr[top], refInstr[idx]];
          [refLocal[idx], refLocal[top]] = [refLocal[top], refLocal[idx]];
          break;
        }
        // Instructions that consume none of their inputs.
        case Op.FORMAT_SIMPLE:
        case Op.GET_ANEXT:
        case Op.GET_LEN:
        case Op.GET_YIELD_FROM_ITER:
        case Op.IMPORT_FROM:
        case Op.MATCH_KEYS:
        case Op.MATCH_MAPPING:
        case Op.MATCH_SEQUENCE:
        case Op.WITH_EXCEPT_START: {
          const net = numPushed(opcode, oparg) - numPopped(opcode, oparg);
          // CPython pushes the loop counter, not the instruction index, as the producer here
          // (its inner loop shadows `i`); the flags then land on the first instructions.
          for (let k = 0; k < net; k++) push(k, NOT_LOCAL);
          break;
        }
        // Instructions that consume some inputs and push nothing new.
        case Op.DICT_MERGE:
        case Op.DICT_UPDATE:
        case Op.LIST_APPEND:
        case Op.LIST_EXTEND:
        case Op.MAP_ADD:
        case Op.RERAISE:
        case Op.SET_ADD:
        case Op.SET_UPDATE: {
          const net = numPopped(opcode, oparg) - numPushed(opcode, oparg);
          for (let k = 0; k < net; k++) pop();
          break;
        }
        case Op.END_SEND:
        case Op.SET_FUNCTION_ATTRIBUTE: {
          // Keeps the top reference, drops the one beneath.
          const n = refInstr.length;
          refInstr[n - 2] = refInstr[n - 1];
          refLocal[n - 2] = refLocal[n - 1];
          pop();
          break;
        }
        case Op.CHECK_EXC_MATCH:
          pop();
          push(i, NOT_LOCAL);
          break;
        case Op.FOR_ITER:
          pushBlock(instr.target!);
          push(i, NOT_LOCAL);
          break;
        case Op.LOAD_ATTR:
        case Op.LOAD_SUPER_ATTR: {
          const selfInstr = refInstr.pop()!;
          const selfLocal = refLocal.pop()!;
          if (opcode === Op.LOAD_SUPER_ATTR) {
            pop();
            pop();
          }
          push(i, NOT_LOCAL);
          // A method call: assume self goes back on the stack.
          if (oparg & 1) push(selfInstr, selfLocal);
          break;
        }
        case Op.LOAD_SPECIAL:
        case Op.PUSH_EXC_INFO: {
          const tosInstr = refInstr.pop()!;
          const tosLocal = refLocal.pop()!;
          push(i, NOT_LOCAL);
          push(tosInstr, tosLocal);
          break;
        }
        case Op.SEND:
          pushBlock(instr.target!);
          pop();
          push(i, NOT_LOCAL);
          break;
        default: {
          // Instructions that consume all their inputs.
          const npop = numPopped(opcode, oparg);
          const npush = numPushed(opcode, oparg);
          if (hasTarget(opcode)) pushBlock(instr.target!);
          if (!isBlockPush(opcode)) {
            for (let k = 0; k < npop; k++) pop();
            for (let k = 0; k < npush; k++) push(i, NOT_LOCAL);
          }
          break;
        }
      }
    }
    // The fall-through block.
    const term = block.last;
    if (term !== null && block.next !== null && !(isUnconditionalJump(term.opcode) || isScopeExit(term.opcode))) pushBlock(block.next);
    // Values still on the stack at the end of the block.
    for (let k = 0; k < refInstr.length; k++) if (refInstr[k] !== DUMMY_INSTR) flags[refInstr[k]] |= REF_UNCONSUMED;
    for (let k = 0; k < block.iused; k++) {
      if (flags[k]) continue;
      const instr = block.instrs[k];
      if (instr.opcode === Op.LOAD_FAST) instr.opcode = Op.LOAD_FAST_BORROW;
      else if (instr.opcode === Op.LOAD_FAST_LOAD_FAST) instr.opcode = Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW;
    }
  }
}
