// The assembler: jump directions and offsets, EXTENDED_ARG, bytecode with inline caches, the
// location table, the exception table, and the code object itself.  CPython: Python/assemble.c
import { Op, INLINE_CACHE_ENTRIES, OP_FLAGS, HAS_JUMP } from '../bytecode/opcodes.generated.ts';
import type { PyValue } from '../objects/object.ts';
import {
  PyCode,
  CO_VARARGS,
  CO_VARKEYWORDS,
  CO_FAST_ARG_KW,
  CO_FAST_ARG_POS,
  CO_FAST_ARG_VAR,
  CO_FAST_CELL,
  CO_FAST_FREE,
  CO_FAST_HIDDEN,
  CO_FAST_LOCAL,
  LOCATION_LONG,
  LOCATION_NONE,
  LOCATION_NO_COLUMNS,
  writeVarint,
  writeSignedVarint,
  LOCATION_ONE_LINE0,
  LOCATION_SHORT0,
} from '../objects/code.ts';
import { NO_LOCATION, NEXT_LOCATION, type Location } from './errors.ts';
import type { Instruction, InstructionSequence } from './instruction-sequence.ts';
import type { ConstCache } from './consts.ts';
import type { CodeUnitMetadata, CompilerUnit } from './compile.ts';
import { cfgFromInstructionSequence, isTerminator, optimizeCodeUnit, optimizedCfgToInstructionSequence } from './flowgraph.ts';

/** Code units of an instruction: EXTENDED_ARGs, itself, its caches.  CPython: instr_size */
function instrSize(instr: Instruction): number {
  const oparg = instr.oparg;
  const extended = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return extended + 1 + INLINE_CACHE_ENTRIES[instr.opcode];
}

function hasJump(op: number): boolean {
  return (OP_FLAGS[op] & HAS_JUMP) !== 0;
}

/** JUMP and JUMP_NO_INTERRUPT become forward or backward jumps.  CPython: resolve_unconditional_jumps */
function resolveUnconditionalJumps(instrs: Instruction[]): void {
  for (let i = 0; i < instrs.length; i++) {
    const instr = instrs[i];
    const isForward = instr.oparg > i;
    if (instr.opcode === Op.JUMP) instr.opcode = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
    else if (instr.opcode === Op.JUMP_NO_INTERRUPT) instr.opcode = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
  }
}

/** The code-unit distance from END_SEND back to its SEND, used by END_ASYNC_FOR.  CPython: END_SEND_OFFSET */
const END_SEND_OFFSET = 5;

/**
 * Jump opargs become relative offsets in code units. An oparg that grows past 255 needs an
 * EXTENDED_ARG, which moves everything after it: repeat until stable.  CPython: resolve_jump_offsets
 */
function resolveJumpOffsets(instrs: Instruction[]): void {
  for (const instr of instrs) if (hasJump(instr.opcode)) instr.target = instr.oparg;
  let recompile: boolean;
  do {
    let total = 0;
    for (const instr of instrs) {
      instr.offset = total;
      total += instrSize(instr);
    }
    recompile = false;
    let offset = 0;
    for (const instr of instrs) {
      const isize = instrSize(instr);
      // Relative to the instruction after the jump.
      offset += isize;
      if (hasJump(instr.opcode)) {
        const target = instrs[instr.target];
        instr.oparg = target.offset;
        if (instr.opcode === Op.END_ASYNC_FOR) {
          // sys.monitoring finds the END_SEND from the SEND target.
          instr.oparg = offset - instr.oparg - END_SEND_OFFSET;
        } else if (instr.oparg < offset) {
          instr.oparg = offset - instr.oparg;
        } else {
          instr.oparg = instr.oparg - offset;
        }
        if (instrSize(instr) !== isize) recompile = true;
      }
    }
  } while (recompile);
}

/** Growable byte buffer. */
class Bytes {
  buf = new Uint8Array(64);
  len = 0;

  push(b: number): void {
    if (this.len === this.buf.length) {
      const n = new Uint8Array(this.buf.length * 2);
      n.set(this.buf);
      this.buf = n;
    }
    this.buf[this.len++] = b;
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

// CPython: write_instr
function writeInstr(out: Bytes, instr: Instruction, ilen: number): void {
  const op = instr.opcode;
  const oparg = instr.oparg;
  const caches = INLINE_CACHE_ENTRIES[op];
  const n = ilen - caches;
  for (let k = n - 1; k >= 1; k--) {
    out.push(Op.EXTENDED_ARG);
    out.push((oparg >>> (8 * k)) & 0xff);
  }
  out.push(op);
  out.push(oparg & 0xff);
  for (let k = 0; k < caches; k++) {
    out.push(Op.CACHE);
    out.push(0);
  }
}

// ----- the location table -----------------------------------------------------------------------

function writeEntryStart(out: Bytes, code: number, length: number): void {
  out.push(128 | (code << 3) | (length - 1));
}

function sameLocation(a: Location, b: Location): boolean {
  return a.lineno === b.lineno && a.end_lineno === b.end_lineno && a.col_offset === b.col_offset && a.end_col_offset === b.end_col_offset;
}

/** Writes the location table; see objects/code.ts for the format.  CPython: assemble_location_info */
class LocationWriter {
  readonly out = new Bytes();

  constructor(private lineno: number) {}

  // CPython: write_location_info_entry
  private entry(l: Location, isize: number): void {
    const out = this.out;
    if (l.lineno === NO_LOCATION.lineno) {
      writeEntryStart(out, LOCATION_NONE, isize);
      return;
    }
    const lineDelta = l.lineno - this.lineno;
    const column = l.col_offset;
    const endColumn = l.end_col_offset;
    if (column < 0 || endColumn < 0) {
      if (l.end_lineno === l.lineno || l.end_lineno < 0) {
        writeEntryStart(out, LOCATION_NO_COLUMNS, isize);
        writeSignedVarint(out, lineDelta);
        this.lineno = l.lineno;
        return;
      }
    } else if (l.end_lineno === l.lineno) {
      if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        writeEntryStart(out, LOCATION_SHORT0 + (column >> 3), isize);
        out.push(((column & 7) << 4) | (endColumn - column));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
        writeEntryStart(out, LOCATION_ONE_LINE0 + lineDelta, isize);
        out.push(column);
        out.push(endColumn);
        this.lineno = l.lineno;
        return;
      }
    }
    writeEntryStart(out, LOCATION_LONG, isize);
    writeSignedVarint(out, lineDelta);
    writeVarint(out, l.end_lineno - l.lineno);
    writeVarint(out, l.col_offset + 1);
    writeVarint(out, l.end_col_offset + 1);
    this.lineno = l.lineno;
  }

  /** CPython: assemble_emit_location */
  emit(l: Location, isize: number): void {
    if (isize === 0) return;
    while (isize > 8) {
      this.entry(l, 8);
      isize -= 8;
    }
    this.entry(l, isize);
  }
}

function assembleLocationInfo(instrs: Instruction[], firstlineno: number): Uint8Array {
  // NEXT_LOCATION takes the following instruction's location (none for a terminator).
  for (let i = instrs.length - 1; i >= 0; i--) {
    const instr = instrs[i];
    if (sameLocation(instr.loc, NEXT_LOCATION)) instr.loc = isTerminator(instr.opcode) ? NO_LOCATION : instrs[i + 1].loc;
  }
  const w = new LocationWriter(firstlineno);
  let l: Location = NO_LOCATION;
  let size = 0;
  for (const instr of instrs) {
    if (!sameLocation(l, instr.loc)) {
      w.emit(l, size);
      l = instr.loc;
      size = 0;
    }
    size += instrSize(instr);
  }
  w.emit(l, size);
  return w.out.result();
}

// ----- the exception table ----------------------------------------------------------------------

/** Big-endian 6-bit chunks, bit 6 continues, bit 7 marks an entry's first byte.  CPython: assemble_emit_exception_table_item */
function writeExceptionItem(out: Bytes, value: number, msb: number): void {
  if (value >= 1 << 24) {
    out.push((value >> 24) | 64 | msb);
    msb = 0;
  }
  if (value >= 1 << 18) {
    out.push(((value >> 18) & 0x3f) | 64 | msb);
    msb = 0;
  }
  if (value >= 1 << 12) {
    out.push(((value >> 12) & 0x3f) | 64 | msb);
    msb = 0;
  }
  if (value >= 1 << 6) {
    out.push(((value >> 6) & 0x3f) | 64 | msb);
    msb = 0;
  }
  out.push((value & 0x3f) | msb);
}

// CPython: assemble_emit_exception_table_entry
function writeExceptionEntry(out: Bytes, start: number, end: number, handlerOffset: number, startdepth: number, lasti: number): void {
  let depth = startdepth - 1;
  if (lasti > 0) depth -= 1;
  writeExceptionItem(out, start, 1 << 7);
  writeExceptionItem(out, end - start, 0);
  writeExceptionItem(out, handlerOffset, 0);
  writeExceptionItem(out, (depth << 1) | lasti, 0);
}

/** One entry per run of instructions with the same handler.  CPython: assemble_exception_table */
function assembleExceptionTable(instrs: Instruction[]): Uint8Array {
  const out = new Bytes();
  let ioffset = 0;
  let hLabel = -1;
  let hDepth = -1;
  let hLasti = -1;
  let start = -1;
  for (const instr of instrs) {
    if (instr.hLabel !== hLabel) {
      if (hLabel >= 0) writeExceptionEntry(out, start, ioffset, instrs[hLabel].offset, hDepth, hLasti);
      start = ioffset;
      hLabel = instr.hLabel;
      hDepth = instr.hStartdepth;
      hLasti = instr.hPreserveLasti;
    }
    ioffset += instrSize(instr);
  }
  if (hLabel >= 0) writeExceptionEntry(out, start, ioffset, instrs[hLabel].offset, hDepth, hLasti);
  return out.result();
}

// ----- the code object --------------------------------------------------------------------------

/** Names and kinds of localsplus.  CPython: compute_localsplus_info */
function computeLocalsplusInfo(md: CodeUnitMetadata, nlocalsplus: number, flags: number): { names: string[]; kinds: Uint8Array } {
  const names = new Array<string>(nlocalsplus);
  const kinds = new Uint8Array(nlocalsplus);
  // Arguments first, by kind; then the other locals.
  const argKinds: [number, number][] = [
    [md.posonlyargcount, CO_FAST_ARG_POS],
    [md.argcount, CO_FAST_ARG_POS | CO_FAST_ARG_KW],
    [md.kwonlyargcount, CO_FAST_ARG_KW],
    [flags & CO_VARARGS ? 1 : 0, CO_FAST_ARG_VAR | CO_FAST_ARG_POS],
    [flags & CO_VARKEYWORDS ? 1 : 0, CO_FAST_ARG_VAR | CO_FAST_ARG_KW],
    [-1, 0],
  ];
  const varnames = [...md.varnames];
  let pos = 0;
  let max = 0;
  for (const [count, argKind] of argKinds) {
    max = count < 0 ? Infinity : max + count;
    while (pos < max && pos < varnames.length) {
      const [k, offset] = varnames[pos++];
      let kind = CO_FAST_LOCAL | argKind;
      if (md.fasthidden.has(k)) kind |= CO_FAST_HIDDEN;
      if (md.cellvars.has(k)) kind |= CO_FAST_CELL;
      names[offset] = k;
      kinds[offset] = kind;
    }
  }
  const nlocals = md.varnames.size;
  // Cells already covered by an argument or local do not get a slot of their own.
  let numdropped = 0;
  for (const [k, v] of md.cellvars) {
    if (md.varnames.has(k)) {
      numdropped++;
      continue;
    }
    const offset = v + nlocals - numdropped;
    names[offset] = k;
    kinds[offset] = CO_FAST_CELL;
  }
  for (const [k, v] of md.freevars) {
    const offset = v + nlocals - numdropped;
    names[offset] = k;
    kinds[offset] = CO_FAST_FREE;
  }
  return { names, kinds };
}

/** CPython: _PyAssemble_MakeCodeObject + makecode */
function makeCodeObject(
  md: CodeUnitMetadata,
  consts: PyValue[],
  maxdepth: number,
  seq: InstructionSequence,
  nlocalsplus: number,
  codeFlags: number,
  filename: string,
): PyCode {
  const instrs = seq.instrs;
  resolveUnconditionalJumps(instrs);
  resolveJumpOffsets(instrs);
  const code = new Bytes();
  for (const instr of instrs) writeInstr(code, instr, instrSize(instr));
  const linetable = assembleLocationInfo(instrs, md.firstlineno);
  const exceptiontable = assembleExceptionTable(instrs);
  const { names, kinds } = computeLocalsplusInfo(md, nlocalsplus, codeFlags);
  return new PyCode({
    filename,
    name: md.name,
    qualname: md.qualname ?? md.name,
    flags: codeFlags,
    code: code.result(),
    firstlineno: md.firstlineno,
    linetable,
    consts,
    names: [...md.names.keys()],
    localsplusnames: names,
    localspluskinds: kinds,
    argcount: md.posonlyargcount + md.argcount,
    posonlyargcount: md.posonlyargcount,
    kwonlyargcount: md.kwonlyargcount,
    stacksize: maxdepth,
    exceptiontable,
  });
}

/** Flow graph, optimisation and assembly of a finished unit.  CPython: optimize_and_assemble_code_unit */
export function optimizeAndAssembleUnit(u: CompilerUnit, constCache: ConstCache, codeFlags: number, filename: string): PyCode {
  const md = u.metadata;
  const g = cfgFromInstructionSequence(u.instrSequence);
  const nlocals = md.varnames.size;
  const nparams = u.ste.varnames.length;
  const consts = optimizeCodeUnit(g, md.consts.slice(), constCache, nlocals, nparams);
  const { seq, stackdepth, nlocalsplus } = optimizedCfgToInstructionSequence(g, md, codeFlags);
  return makeCodeObject(md, consts, stackdepth, seq, nlocalsplus, codeFlags, filename);
}
