// The flat sequence of (pseudo-)instructions that code generation produces, with symbolic jump
// labels, and the same structure again after optimisation, with exception-handler information.
// CPython: Python/instruction_sequence.c, Include/internal/pycore_instruction_sequence.h
import { Op, OP_FLAGS, HAS_JUMP, HAS_ARG } from '../bytecode/opcodes.generated.ts';
import type { Location } from './errors.ts';

export const NO_LABEL = -1;

/** Jump instructions and SETUP_*: their oparg is a label until assembly.  CPython: HAS_TARGET */
export function hasTarget(opcode: number): boolean {
  return (OP_FLAGS[opcode] & HAS_JUMP) !== 0 || isBlockPush(opcode);
}

export function hasArg(opcode: number): boolean {
  return (OP_FLAGS[opcode] & HAS_ARG) !== 0;
}

export function isBlockPush(opcode: number): boolean {
  return opcode === Op.SETUP_FINALLY || opcode === Op.SETUP_CLEANUP || opcode === Op.SETUP_WITH;
}

export class Instruction {
  /** Assembler scratch: index of the target instruction, and byte... code-unit offset. */
  target = 0;
  offset = 0;
  /** Exception handler: label (instruction index after ApplyLabelMap), stack depth, lasti. */
  hLabel = -1;
  hStartdepth = -1;
  hPreserveLasti = 0;

  constructor(
    public opcode: number,
    public oparg: number,
    public loc: Location,
  ) {}
}

export class InstructionSequence {
  instrs: Instruction[] = [];
  private nextFreeLabel = 0;
  /** label id -> index of the instruction it marks; null once applied. */
  labelMap: number[] | null = [];
  /** Module-level annotation code, spliced in at ANNOTATIONS_PLACEHOLDER. */
  annotationsCode: InstructionSequence | null = null;

  newLabel(): number {
    return ++this.nextFreeLabel;
  }

  useLabel(lbl: number): void {
    this.labelMap![lbl] = this.instrs.length;
  }

  addop(opcode: number, oparg: number, loc: Location): void {
    this.instrs.push(new Instruction(opcode, oparg, loc));
  }

  /** Inserts an instruction at `pos`, moving labels that pointed at or after it.  CPython: _PyInstructionSequence_InsertInstruction */
  insert(pos: number, opcode: number, oparg: number, loc: Location): void {
    this.instrs.splice(pos, 0, new Instruction(opcode, oparg, loc));
    const map = this.labelMap!;
    for (let l = 0; l < map.length; l++) if (map[l] !== undefined && map[l] >= pos) map[l]++;
  }

  /** Replaces label ids in jump opargs and handler labels by instruction indices.  CPython: _PyInstructionSequence_ApplyLabelMap */
  applyLabelMap(): void {
    const map = this.labelMap;
    if (map === null) return;
    for (const instr of this.instrs) {
      if (hasTarget(instr.opcode)) instr.oparg = map[instr.oparg];
      if (instr.hLabel >= 0) instr.hLabel = map[instr.hLabel];
    }
    this.labelMap = null;
  }
}
