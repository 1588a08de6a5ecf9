// The control-flow graph of one code unit: basic blocks built from the instruction sequence,
// exception-handler labelling, dead-code removal, jump clean-up, line-number propagation, cold
// blocks moved to the end, stack depth, and the way back to a flat instruction sequence.
// The peephole optimisations are in flowgraph-optimize.ts, local-variable passes in flowgraph-locals.ts.
// CPython: Python/flowgraph.c
import { Op, OP_FLAGS, HAS_JUMP } from '../bytecode/opcodes.generated.ts';
import { numPopped, numPushed } from '../bytecode/instructions.ts';
import type { PyValue } from '../objects/object.ts';
import { NO_LOCATION, type Location } from './errors.ts';
import { InstructionSequence, hasTarget, isBlockPush } from './instruction-sequence.ts';
import type { ConstCache } from './consts.ts';
import { optimizeCfg, removeUnusedConsts } from './flowgraph-optimize.ts';
import { addChecksForLoadsOfUninitializedVariables, insertSuperinstructions, optimizeLoadFast, prepareLocalsplus } from './flowgraph-locals.ts';
import type { CodeUnitMetadata } from './compile.ts';

export class CfgInstr {
  constructor(
    public opcode: number,
    public oparg: number,
    public loc: Location,
    public target: BasicBlock | null = null,
    public except: BasicBlock | null = null,
  ) {}

  clone(): CfgInstr {
    return new CfgInstr(this.opcode, this.oparg, this.loc, this.target, this.except);
  }

  setOp0(op: number): void {
    this.opcode = op;
    this.oparg = 0;
  }

  setOp1(op: number, arg: number): void {
    this.opcode = op;
    this.oparg = arg;
  }
}

/**
 * A basic block. Its instructions are `instrs[0 .. iused)`; like CPython's b_instr array, slots
 * past `iused` keep what was last stored there. That matters: CPython's basicblock_addop sets
 * every field of a reused slot except the exception handler, so an instruction appended late
 * (a threaded jump, the NOT_TAKEN after a conditional jump) inherits the handler of whatever
 * instruction last occupied the slot, or none if the slot was never used. The exception table
 * reflects this, so we keep the same slots.
 */
export class BasicBlock {
  /** Label when a jump target, -1 otherwise. */
  label = -1;
  /** Exception handlers active at the start (label_exception_targets). */
  exceptstack: BasicBlock[] | null = null;
  instrs: CfgInstr[] = [];
  iused = 0;
  /** The next block in code order (and by fall-through, unless the block ends in a jump/exit). */
  next: BasicBlock | null = null;
  /** Bits of locals possibly unset at the start (two 32-bit halves of CPython's uint64). */
  unsafeLo = 0;
  unsafeHi = 0;
  predecessors = 0;
  startdepth = 0;
  preserveLasti = false;
  visited = false;
  exceptHandler = false;
  cold = false;
  warm = false;

  get last(): CfgInstr | null {
    return this.iused ? this.instrs[this.iused - 1] : null;
  }

  /** Appends an instruction; a reused slot keeps its stale handler.  CPython: basicblock_addop */
  addop(opcode: number, oparg: number, loc: Location, target: BasicBlock | null = null): CfgInstr {
    const stale = this.instrs[this.iused];
    const instr = new CfgInstr(opcode, oparg, loc, target, stale ? stale.except : null);
    this.instrs[this.iused++] = instr;
    return instr;
  }

  /** Appends a full copy of an instruction.  CPython: basicblock_append_instructions */
  appendCopy(instr: CfgInstr): void {
    this.instrs[this.iused++] = instr.clone();
  }

  /** Inserts an instruction at `pos`.  CPython: basicblock_insert_instruction */
  insert(pos: number, instr: CfgInstr): void {
    for (let i = this.iused; i > pos; i--) this.instrs[i] = this.instrs[i - 1];
    this.instrs[pos] = instr;
    this.iused++;
  }
}

// Opcode classes.  CPython: Include/internal/pycore_opcode_utils.h
export function isJump(op: number): boolean {
  return (OP_FLAGS[op] & HAS_JUMP) !== 0;
}
export function isScopeExit(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}
export function isUnconditionalJump(op: number): boolean {
  return op === Op.JUMP || op === Op.JUMP_NO_INTERRUPT || op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT;
}
export function isConditionalJump(op: number): boolean {
  return op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE || op === Op.POP_JUMP_IF_NONE || op === Op.POP_JUMP_IF_NOT_NONE;
}
export function isTerminator(op: number): boolean {
  return isJump(op) || isScopeExit(op);
}
/** Instructions that check the eval breaker.  CPython: OPCODE_HAS_EVAL_BREAK */
function hasEvalBreak(op: number): boolean {
  return op === Op.CALL || op === Op.CALL_FUNCTION_EX || op === Op.JUMP_BACKWARD || op === Op.RESUME || op === Op.JUMP;
}

export function bbNoFallthrough(b: BasicBlock): boolean {
  const last = b.last;
  return last !== null && (isScopeExit(last.opcode) || isUnconditionalJump(last.opcode));
}
export function bbHasFallthrough(b: BasicBlock): boolean {
  return !bbNoFallthrough(b);
}
function exitsScope(b: BasicBlock): boolean {
  const last = b.last;
  return last !== null && isScopeExit(last.opcode);
}
function hasEvalBreakInBlock(b: BasicBlock): boolean {
  for (let i = 0; i < b.iused; i++) if (hasEvalBreak(b.instrs[i].opcode)) return true;
  return false;
}
export function hasNoLineno(b: BasicBlock): boolean {
  for (let i = 0; i < b.iused; i++) if (b.instrs[i].loc.lineno >= 0) return false;
  return true;
}
export function nextNonemptyBlock(b: BasicBlock | null): BasicBlock | null {
  while (b && b.iused === 0) b = b.next;
  return b;
}

/** CPython: cfg_builder */
export class CfgBuilder {
  entryblock: BasicBlock;
  blocks: BasicBlock[] = [];
  curblock: BasicBlock;
  currentLabel = -1;

  constructor() {
    this.entryblock = this.curblock = this.newBlock();
  }

  newBlock(): BasicBlock {
    const b = new BasicBlock();
    this.blocks.push(b);
    return b;
  }

  // CPython: cfg_builder_current_block_is_terminated
  private currentBlockIsTerminated(): boolean {
    const last = this.curblock.last;
    if (last && isTerminator(last.opcode)) return true;
    if (this.currentLabel >= 0) {
      if (last || this.curblock.label >= 0) return true;
      // The current block is empty: label it.
      this.curblock.label = this.currentLabel;
      this.currentLabel = -1;
    }
    return false;
  }

  private maybeStartNewBlock(): void {
    if (this.currentBlockIsTerminated()) {
      const b = this.newBlock();
      b.label = this.currentLabel;
      this.currentLabel = -1;
      this.curblock.next = b;
      this.curblock = b;
    }
  }

  useLabel(lbl: number): void {
    this.currentLabel = lbl;
    this.maybeStartNewBlock();
  }

  addop(opcode: number, oparg: number, loc: Location): void {
    this.maybeStartNewBlock();
    this.curblock.addop(opcode, oparg, loc);
  }
}

/** Builds the graph, splicing module annotations in at ANNOTATIONS_PLACEHOLDER.  CPython: _PyCfg_FromInstructionSequence */
export function cfgFromInstructionSequence(seq: InstructionSequence): CfgBuilder {
  seq.applyLabelMap();
  const instrs = seq.instrs;
  const isTarget = new Uint8Array(instrs.length + 1);
  for (const instr of instrs) if (hasTarget(instr.opcode)) isTarget[instr.oparg] = 1;
  const g = new CfgBuilder();
  let offset = 0;
  for (let i = 0; i < instrs.length; i++) {
    const instr = instrs[i];
    if (instr.opcode === Op.ANNOTATIONS_PLACEHOLDER) {
      const ann = seq.annotationsCode;
      if (ann !== null) {
        for (const a of ann.instrs) g.addop(a.opcode, a.oparg, a.loc);
        offset += ann.instrs.length - 1;
      } else {
        offset -= 1;
      }
      continue;
    }
    if (isTarget[i]) g.useLabel(i + offset);
    const oparg = hasTarget(instr.opcode) ? instr.oparg + offset : instr.oparg;
    g.addop(instr.opcode, oparg, instr.loc);
  }
  return g;
}

// ----- preprocessing ----------------------------------------------------------------------------

// CPython: translate_jump_labels_to_targets
function translateJumpLabelsToTargets(g: CfgBuilder): void {
  const label2block = new Map<number, BasicBlock>();
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) if (b.label >= 0) label2block.set(b.label, b);
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    for (let i = 0; i < b.iused; i++) {
      const instr = b.instrs[i];
      if (hasTarget(instr.opcode)) instr.target = label2block.get(instr.oparg)!;
    }
  }
}

// CPython: mark_except_handlers
function markExceptHandlers(g: CfgBuilder): void {
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) for (let i = 0; i < b.iused; i++) if (isBlockPush(b.instrs[i].opcode)) b.instrs[i].target!.exceptHandler = true;
}

export function resetVisited(g: CfgBuilder): void {
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) b.visited = false;
}

/**
 * Gives each instruction its exception handler by following SETUP_* / POP_BLOCK through the graph;
 * POP_BLOCKs become NOPs. Also marks RESUME after a yield at handler depth 1.
 * CPython: label_exception_targets
 */
function labelExceptionTargets(g: CfgBuilder): void {
  resetVisited(g);
  const todo: BasicBlock[] = [g.entryblock];
  g.entryblock.visited = true;
  g.entryblock.exceptstack = [];
  while (todo.length) {
    const b = todo.pop()!;
    let stack = b.exceptstack!;
    b.exceptstack = null;
    let handler: BasicBlock | null = stack.length ? stack[stack.length - 1] : null;
    let lastYieldExceptDepth = -1;
    for (let i = 0; i < b.iused; i++) {
      const instr = b.instrs[i];
      if (isBlockPush(instr.opcode)) {
        const target = instr.target!;
        if (!target.visited) {
          target.exceptstack = stack.slice();
          todo.push(target);
          target.visited = true;
        }
        if (instr.opcode === Op.SETUP_WITH || instr.opcode === Op.SETUP_CLEANUP) target.preserveLasti = true;
        stack.push(target);
        handler = target;
      } else if (instr.opcode === Op.POP_BLOCK) {
        stack.pop();
        handler = stack.length ? stack[stack.length - 1] : null;
        instr.setOp0(Op.NOP);
      } else if (isJump(instr.opcode)) {
        instr.except = handler;
        const target = instr.target!;
        if (!target.visited) {
          if (bbHasFallthrough(b)) {
            target.exceptstack = stack.slice();
          } else {
            target.exceptstack = stack;
            stack = null as unknown as BasicBlock[];
          }
          todo.push(target);
          target.visited = true;
        }
      } else if (instr.opcode === Op.YIELD_VALUE) {
        instr.except = handler;
        lastYieldExceptDepth = stack.length;
      } else if (instr.opcode === Op.RESUME) {
        instr.except = handler;
        if (instr.oparg !== 0 /* RESUME_AT_FUNC_START */) {
          if (lastYieldExceptDepth === 1) instr.oparg |= 4; // RESUME_OPARG_DEPTH1_MASK
          lastYieldExceptDepth = -1;
        }
      } else {
        instr.except = handler;
      }
    }
    if (bbHasFallthrough(b) && b.next && !b.next.visited) {
      b.next.exceptstack = stack;
      todo.push(b.next);
      b.next.visited = true;
    }
  }
}

// ----- graph clean-up ---------------------------------------------------------------------------

/** Empties blocks that cannot be reached; counts predecessors.  CPython: remove_unreachable */
export function removeUnreachable(g: CfgBuilder): void {
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    b.predecessors = 0;
    b.visited = false;
  }
  const stack: BasicBlock[] = [g.entryblock];
  g.entryblock.predecessors = 1;
  g.entryblock.visited = true;
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && bbHasFallthrough(b)) {
      if (!b.next.visited) {
        stack.push(b.next);
        b.next.visited = true;
      }
      b.next.predecessors++;
    }
    for (let i = 0; i < b.iused; i++) {
      const instr = b.instrs[i];
      if (isJump(instr.opcode) || isBlockPush(instr.opcode)) {
        const target = instr.target!;
        if (!target.visited) {
          stack.push(target);
          target.visited = true;
        }
        target.predecessors++;
      }
    }
  }
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    if (b.predecessors === 0) {
      b.iused = 0;
      b.exceptHandler = false;
    }
  }
}

/** Removes NOPs that carry no line of their own; returns how many.  CPython: basicblock_remove_redundant_nops */
export function basicblockRemoveRedundantNops(bb: BasicBlock): number {
  const instrs = bb.instrs;
  const n = bb.iused;
  let dest = 0;
  let prevLineno = -1;
  for (let src = 0; src < n; src++) {
    const lineno = instrs[src].loc.lineno;
    if (instrs[src].opcode === Op.NOP) {
      // No line number, or the same as the previous instruction's.
      if (lineno < 0 || prevLineno === lineno) continue;
      if (src < n - 1) {
        // The next instruction has the same line, or none (then it takes this one's).
        const nextLineno = instrs[src + 1].loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          instrs[src + 1].loc = instrs[src].loc;
          continue;
        }
      } else {
        // Last in the block: the next block starts on the same line.
        const next = nextNonemptyBlock(bb.next);
        if (next) {
          let nextLoc = NO_LOCATION;
          for (let i = 0; i < next.iused; i++) {
            const instr = next.instrs[i];
            // NOPs without a location will be removed.
            if (instr.opcode === Op.NOP && instr.loc.lineno < 0) continue;
            nextLoc = instr.loc;
            break;
          }
          if (lineno === nextLoc.lineno) continue;
        }
      }
    }
    instrs[dest++] = instrs[src];
    prevLineno = lineno;
  }
  bb.iused = dest;
  return n - dest;
}

export function removeRedundantNops(g: CfgBuilder): number {
  let changes = 0;
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) changes += basicblockRemoveRedundantNops(b);
  return changes;
}

/** A jump to the block that follows anyway becomes a NOP.  CPython: remove_redundant_jumps */
function removeRedundantJumps(g: CfgBuilder): number {
  let changes = 0;
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    const last = b.last;
    if (last === null) continue;
    if (isUnconditionalJump(last.opcode)) {
      const jumpTarget = nextNonemptyBlock(last.target);
      if (jumpTarget === null) throw new Error('jump with NULL target');
      if (jumpTarget === nextNonemptyBlock(b.next)) {
        changes++;
        last.setOp0(Op.NOP);
      }
    }
  }
  return changes;
}

/** CPython: remove_redundant_nops_and_jumps */
export function removeRedundantNopsAndJumps(g: CfgBuilder): void {
  let n: number;
  do {
    n = removeRedundantNops(g) + removeRedundantJumps(g);
  } while (n > 0);
}

/** Max size of a block the optimiser copies.  CPython: MAX_COPY_SIZE */
const MAX_COPY_SIZE = 4;

/**
 * A jump to a small exit block, or to a block without line numbers that does not fall through,
 * is replaced by a copy of that block.  CPython: basicblock_inline_small_or_no_lineno_blocks
 */
function inlineSmallOrNoLinenoBlock(bb: BasicBlock): boolean {
  const last = bb.last;
  if (last === null || !isUnconditionalJump(last.opcode)) return false;
  const target = last.target!;
  const smallExitBlock = exitsScope(target) && target.iused <= MAX_COPY_SIZE;
  const noLinenoNoFallthrough = hasNoLineno(target) && !bbHasFallthrough(target);
  if (!smallExitBlock && !noLinenoNoFallthrough) return false;
  const removedJumpOpcode = last.opcode;
  last.setOp0(Op.NOP);
  for (let i = 0; i < target.iused; i++) bb.appendCopy(target.instrs[i]);
  if (noLinenoNoFallthrough) {
    const newLast = bb.last!;
    // Keep the eval breaker check of the jump we removed.
    if (isUnconditionalJump(newLast.opcode) && removedJumpOpcode === Op.JUMP) newLast.opcode = Op.JUMP;
  }
  target.predecessors--;
  return true;
}

export function inlineSmallOrNoLinenoBlocks(g: CfgBuilder): void {
  let changes: boolean;
  do {
    changes = false;
    for (let b: BasicBlock | null = g.entryblock; b; b = b.next) if (inlineSmallOrNoLinenoBlock(b)) changes = true;
  } while (changes);
}

export function checkCfg(g: CfgBuilder): void {
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    const n = b.iused;
    for (let i = 0; i < n; i++) {
      if (isTerminator(b.instrs[i].opcode) && i !== n - 1) throw new Error('malformed control flow graph.');
    }
  }
}

function getMaxLabel(g: CfgBuilder): number {
  let lbl = -1;
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) if (b.label > lbl) lbl = b.label;
  return lbl;
}

// ----- line numbers -----------------------------------------------------------------------------

function isExitOrEvalCheckWithoutLineno(b: BasicBlock): boolean {
  return (exitsScope(b) || hasEvalBreakInBlock(b)) && hasNoLineno(b);
}

function copyBasicBlock(g: CfgBuilder, block: BasicBlock): BasicBlock {
  const result = g.newBlock();
  for (let i = 0; i < block.iused; i++) result.appendCopy(block.instrs[i]);
  return result;
}

/**
 * PEP 626: every exiting instruction must have a line. Exit blocks without one, reached by several
 * jumps, are duplicated so that each copy can take its single predecessor's line.
 * CPython: duplicate_exits_without_lineno
 */
function duplicateExitsWithoutLineno(g: CfgBuilder): void {
  let nextLbl = getMaxLabel(g) + 1;
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    const last = b.last;
    if (last === null || !isJump(last.opcode)) continue;
    const target = nextNonemptyBlock(last.target)!;
    if (isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1) {
      const newTarget = copyBasicBlock(g, target);
      newTarget.instrs[0].loc = last.loc;
      last.target = newTarget;
      target.predecessors--;
      newTarget.predecessors = 1;
      newTarget.next = target.next;
      newTarget.label = nextLbl++;
      target.next = newTarget;
    }
  }
  // What remains can only be reached by falling through, from a single predecessor.
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    if (bbHasFallthrough(b) && b.next && b.iused > 0) {
      if (isExitOrEvalCheckWithoutLineno(b.next)) b.next.instrs[0].loc = b.last!.loc;
    }
  }
}

/**
 * Instructions without a line take the previous one's; a successor block with a single
 * predecessor inherits its line at the start.  CPython: propagate_line_numbers
 */
function propagateLineNumbers(g: CfgBuilder): void {
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    const last = b.last;
    if (last === null) continue;
    let prev = NO_LOCATION;
    for (let i = 0; i < b.iused; i++) {
      const instr = b.instrs[i];
      if (instr.loc.lineno === NO_LOCATION.lineno) instr.loc = prev;
      else prev = instr.loc;
    }
    if (bbHasFallthrough(b) && b.next!.predecessors === 1) {
      if (b.next!.iused > 0 && b.next!.instrs[0].loc.lineno === NO_LOCATION.lineno) b.next!.instrs[0].loc = prev;
    }
    if (isJump(last.opcode)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instrs[0].loc.lineno === NO_LOCATION.lineno) target.instrs[0].loc = prev;
    }
  }
}

/** CPython: resolve_line_numbers */
export function resolveLineNumbers(g: CfgBuilder): void {
  duplicateExitsWithoutLineno(g);
  propagateLineNumbers(g);
}

// ----- cold blocks ------------------------------------------------------------------------------

// CPython: mark_warm
function markWarm(g: CfgBuilder): void {
  resetVisited(g);
  const stack: BasicBlock[] = [g.entryblock];
  g.entryblock.visited = true;
  while (stack.length) {
    const b = stack.pop()!;
    b.warm = true;
    const next = b.next;
    if (next && bbHasFallthrough(b) && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (let i = 0; i < b.iused; i++) {
      const instr = b.instrs[i];
      if (isJump(instr.opcode) && !instr.target!.visited) {
        stack.push(instr.target!);
        instr.target!.visited = true;
      }
    }
  }
}

/** Exception handlers and what only they reach are cold.  CPython: mark_cold */
function markCold(g: CfgBuilder): void {
  markWarm(g);
  resetVisited(g);
  const stack: BasicBlock[] = [];
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = true;
    }
  }
  while (stack.length) {
    const b = stack.pop()!;
    b.cold = true;
    const next = b.next;
    if (next && bbHasFallthrough(b) && !next.warm && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (let i = 0; i < b.iused; i++) {
      const instr = b.instrs[i];
      if (isJump(instr.opcode)) {
        const target = instr.target!;
        if (!target.warm && !target.visited) {
          stack.push(target);
          target.visited = true;
        }
      }
    }
  }
}

/** Moves cold blocks after all warm ones.  CPython: push_cold_blocks_to_end */
function pushColdBlocksToEnd(g: CfgBuilder): void {
  const entry = g.entryblock;
  if (entry.next === null) return;
  markCold(g);
  let nextLbl = getMaxLabel(g) + 1;
  // A cold block falling through to a warm one gets an explicit jump.
  for (let b: BasicBlock | null = entry; b; b = b.next) {
    if (b.cold && bbHasFallthrough(b) && b.next && b.next.warm) {
      const explicitJump = g.newBlock();
      if (b.next.label < 0) b.next.label = nextLbl++;
      explicitJump.addop(Op.JUMP_NO_INTERRUPT, b.next.label, NO_LOCATION, b.next);
      explicitJump.cold = true;
      explicitJump.next = b.next;
      explicitJump.predecessors = 1;
      b.next = explicitJump;
    }
  }
  let coldBlocks: BasicBlock | null = null;
  let coldTail: BasicBlock | null = null;
  let b = entry;
  while (b.next) {
    while (b.next && !b.next.cold) b = b.next;
    if (b.next === null) break;
    // b.next starts a cold streak; find its end.
    let bEnd = b.next;
    while (bEnd.next && bEnd.next.cold) bEnd = bEnd.next;
    if (coldBlocks === null) coldBlocks = b.next;
    else coldTail!.next = b.next;
    coldTail = bEnd;
    b.next = bEnd.next;
    bEnd.next = null;
  }
  b.next = coldBlocks;
  if (coldBlocks !== null) removeRedundantNopsAndJumps(g);
}

// ----- stack depth ------------------------------------------------------------------------------

/** The stack effect as the flow graph sees it: block pushes only push on their jump.  CPython: get_stack_effects */
export function stackEffectCfg(opcode: number, oparg: number, jump: boolean): number {
  if (isBlockPush(opcode) && !jump) return 0;
  return numPushed(opcode, oparg) - numPopped(opcode, oparg);
}

/** The largest stack any path needs (cycles are assumed to be stack-neutral).  CPython: calculate_stackdepth */
export function calculateStackdepth(g: CfgBuilder): number {
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) b.startdepth = -0x80000000;
  const stack: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number): void => {
    if (!(b.startdepth < 0 || b.startdepth === depth)) throw new Error('Invalid CFG, inconsistent stackdepth');
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(g.entryblock, 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (let i = 0; i < b.iused; i++) {
      const instr = b.instrs[i];
      const newDepth = depth + stackEffectCfg(instr.opcode, instr.oparg, false);
      if (newDepth < 0) throw new Error('Invalid CFG, stack underflow');
      maxdepth = Math.max(maxdepth, depth);
      if (hasTarget(instr.opcode) && instr.opcode !== Op.END_ASYNC_FOR) {
        const targetDepth = depth + stackEffectCfg(instr.opcode, instr.oparg, true);
        maxdepth = Math.max(maxdepth, depth);
        push(instr.target!, targetDepth);
      }
      depth = newDepth;
      if (isUnconditionalJump(instr.opcode) || isScopeExit(instr.opcode)) {
        // The rest is dead.
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}

// ----- final conversions ------------------------------------------------------------------------

/** JUMP_IF_FALSE/TRUE (which keep the value) become COPY 1; TO_BOOL; POP_JUMP_IF_*.  CPython: convert_pseudo_conditional_jumps */
function convertPseudoConditionalJumps(g: CfgBuilder): void {
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    for (let i = 0; i < b.iused; i++) {
      const instr = b.instrs[i];
      if (instr.opcode === Op.JUMP_IF_FALSE || instr.opcode === Op.JUMP_IF_TRUE) {
        instr.opcode = instr.opcode === Op.JUMP_IF_FALSE ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
        const l = instr.loc;
        const except = instr.except;
        b.insert(i++, new CfgInstr(Op.COPY, 1, l, null, except));
        b.insert(i++, new CfgInstr(Op.TO_BOOL, 0, l, null, except));
      }
    }
  }
}

/** SETUP_* become NOPs, LOAD_CLOSURE LOAD_FAST, STORE_FAST_MAYBE_NULL STORE_FAST.  CPython: convert_pseudo_ops */
function convertPseudoOps(g: CfgBuilder): void {
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    for (let i = 0; i < b.iused; i++) {
      const instr = b.instrs[i];
      if (isBlockPush(instr.opcode)) instr.setOp0(Op.NOP);
      else if (instr.opcode === Op.LOAD_CLOSURE) instr.opcode = Op.LOAD_FAST;
      else if (instr.opcode === Op.STORE_FAST_MAYBE_NULL) instr.opcode = Op.STORE_FAST;
    }
  }
  removeRedundantNopsAndJumps(g);
}

/**
 * Conditional jumps go forward only, followed by NOT_TAKEN; a backward one becomes an inverted
 * forward jump over a NOT_TAKEN; JUMP back.  CPython: normalize_jumps
 */
function normalizeJumps(g: CfgBuilder): void {
  resetVisited(g);
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    b.visited = true;
    const last = b.last;
    if (last === null || !isConditionalJump(last.opcode)) continue;
    const isForward = !last.target!.visited;
    if (isForward) {
      b.addop(Op.NOT_TAKEN, 0, last.loc);
      continue;
    }
    let reversed = 0;
    switch (last.opcode) {
      case Op.POP_JUMP_IF_NOT_NONE: reversed = Op.POP_JUMP_IF_NONE; break;
      case Op.POP_JUMP_IF_NONE: reversed = Op.POP_JUMP_IF_NOT_NONE; break;
      case Op.POP_JUMP_IF_FALSE: reversed = Op.POP_JUMP_IF_TRUE; break;
      case Op.POP_JUMP_IF_TRUE: reversed = Op.POP_JUMP_IF_FALSE; break;
    }
    // conditional jump T  =>  reversed jump to b.next; NOT_TAKEN; JUMP T
    const target = last.target!;
    const backwardsJump = g.newBlock();
    backwardsJump.addop(Op.NOT_TAKEN, 0, last.loc);
    backwardsJump.addop(Op.JUMP, target.label, last.loc, target);
    backwardsJump.startdepth = target.startdepth;
    last.opcode = reversed;
    last.target = b.next;
    backwardsJump.cold = b.cold;
    backwardsJump.next = b.next;
    b.next = backwardsJump;
  }
}

/** Back to a flat sequence, with each instruction's handler (label, depth, lasti).  CPython: _PyCfg_ToInstructionSequence */
function toInstructionSequence(g: CfgBuilder): InstructionSequence {
  const seq = new InstructionSequence();
  let lbl = 0;
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) b.label = lbl++;
  for (let b: BasicBlock | null = g.entryblock; b; b = b.next) {
    seq.useLabel(b.label);
    for (let i = 0; i < b.iused; i++) {
      const instr = b.instrs[i];
      if (hasTarget(instr.opcode)) instr.oparg = instr.target!.label;
      seq.addop(instr.opcode, instr.oparg, instr.loc);
      const out = seq.instrs[seq.instrs.length - 1];
      if (instr.except !== null) {
        out.hLabel = instr.except.label;
        out.hStartdepth = instr.except.startdepth;
        out.hPreserveLasti = instr.except.preserveLasti ? 1 : 0;
      } else {
        out.hLabel = -1;
      }
    }
  }
  seq.applyLabelMap();
  return seq;
}

// ----- the passes, in order ---------------------------------------------------------------------

/** Everything between code generation and the final instruction order.  CPython: _PyCfg_OptimizeCodeUnit */
export function optimizeCodeUnit(g: CfgBuilder, consts: PyValue[], constCache: ConstCache, nlocals: number, nparams: number): PyValue[] {
  translateJumpLabelsToTargets(g);
  markExceptHandlers(g);
  labelExceptionTargets(g);
  optimizeCfg(g, consts, constCache);
  consts = removeUnusedConsts(g, consts);
  addChecksForLoadsOfUninitializedVariables(g, nlocals, nparams);
  insertSuperinstructions(g);
  pushColdBlocksToEnd(g);
  resolveLineNumbers(g);
  return consts;
}

/** Stack depth, localsplus layout, pseudo-ops, jump normalisation, borrowed loads.  CPython: _PyCfg_OptimizedCfgToInstructionSequence */
export function optimizedCfgToInstructionSequence(
  g: CfgBuilder,
  md: CodeUnitMetadata,
  codeFlags: number,
): { seq: InstructionSequence; stackdepth: number; nlocalsplus: number } {
  convertPseudoConditionalJumps(g);
  const stackdepth = calculateStackdepth(g);
  const nlocalsplus = prepareLocalsplus(md, g, codeFlags);
  convertPseudoOps(g);
  normalizeJumps(g);
  optimizeLoadFast(g);
  return { seq: toInstructionSequence(g), stackdepth, nlocalsplus };
}
