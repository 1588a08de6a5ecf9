// A disassembler that prints what CPython 3.14's `dis.dis(code)` (and `python -m dis FILE`) prints,
// from our code objects and the instruction tables, until the VM can run Lib/dis.py itself.
// CPython: Lib/dis.py (Formatter, ArgResolver, _disassemble_recursive)
import type { PyValue } from '../objects/object.ts';
import { PyCode, codeLines, parseExceptionTable } from '../objects/code.ts';
import {
  Op,
  DEOPT,
  OPNAME,
  OP_FLAGS,
  HAS_ARG,
  HAS_CONST,
  HAS_NAME,
  HAS_JUMP,
  HAS_LOCAL,
  HAS_FREE,
  HAS_EXC,
  INLINE_CACHE_ENTRIES,
  NB_OPS,
  INTRINSIC_1,
  INTRINSIC_2,
  SPECIAL_METHOD_NAMES,
  COMMON_CONSTANTS,
  CMP_OP,
  FUNCTION_ATTR_FLAGS,
} from './opcodes.generated.ts';
// TODO(#4): use the object model's repr() once it exists.
import { constRepr } from '../compiler/consts.ts';

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const NO_LINENO = '  --';

export interface DisOptions {
  /** repr() of constants; the default prints code objects with address 0x0000. */
  repr?: (v: PyValue) => string;
}

interface Unpacked {
  offset: number;
  op: number;
  arg: number | null;
}

/** The instructions of co_code, skipping caches, with EXTENDED_ARG folded in.  CPython: dis._unpack_opargs */
function unpackOpargs(code: Uint8Array): Unpacked[] {
  const out: Unpacked[] = [];
  let extendedArg = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (caches) {
      caches--;
      continue;
    }
    const op = code[i];
    const deop = DEOPT[op];
    caches = INLINE_CACHE_ENTRIES[deop];
    let arg: number | null;
    if (OP_FLAGS[deop] & HAS_ARG) {
      arg = code[i + 1] | extendedArg;
      extendedArg = deop === Op.EXTENDED_ARG ? arg * 256 : 0;
      if (extendedArg >= 2 ** 31) extendedArg -= 2 ** 32;
    } else {
      arg = null;
      extendedArg = 0;
    }
    out.push({ offset: i, op, arg });
  }
  return out;
}

function isBackwardJump(op: number): boolean {
  return op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT || op === Op.END_ASYNC_FOR;
}

/** The target of a jump, in bytes.  CPython: dis._get_jump_target */
function jumpTarget(op: number, arg: number, offset: number): number | null {
  const deop = DEOPT[op];
  if (!(OP_FLAGS[deop] & HAS_JUMP)) return null;
  if (isBackwardJump(deop)) arg = -arg;
  return offset + 2 + arg * 2 + 2 * INLINE_CACHE_ENTRIES[deop];
}

/** (offset, line) where lines start; line is null for instructions without one.  CPython: dis.findlinestarts */
export function findLinestarts(co: PyCode): Map<number, number | null> {
  const out = new Map<number, number | null>();
  let last: number | null | false = false;
  for (const [start, , line] of codeLines(co)) {
    if (line !== last) {
      last = line;
      out.set(start, line);
    }
  }
  return out;
}

function pad(s: string, width: number, right = false): string {
  return right ? s.padStart(width) : s.padEnd(width);
}

/** Disassembles one code object.  CPython: dis.disassemble */
export function disassemble(co: PyCode, o: DisOptions = {}): string {
  const repr = o.repr ?? constRepr;
  const code = co.co_code.data;
  const linestarts = findLinestarts(co);
  const exc = parseExceptionTable(co.co_exceptiontable.data).map((e) => ({ start: e.start * 2, end: e.end * 2, target: e.target * 2, depth: e.depth, lasti: e.lasti }));
  // Line number column width.
  let linenoWidth = 0;
  let maxLine = -1;
  let hasNone = false;
  for (const v of linestarts.values()) {
    // filter(None, ...) in dis drops line 0 (the module's RESUME) as well as None.
    if (v === null) hasNone = true;
    else if (v && v > maxLine) maxLine = v;
  }
  if (maxLine !== -1) {
    linenoWidth = Math.max(3, String(maxLine).length);
    if (linenoWidth < NO_LINENO.length && hasNone) linenoWidth = NO_LINENO.length;
  }
  // Labels: jump targets and exception table boundaries, numbered in offset order.
  const instrs = unpackOpargs(code);
  const labelSet = new Set<number>();
  for (const { offset, op, arg } of instrs) {
    if (arg === null) continue;
    const t = jumpTarget(op, arg, offset);
    if (t !== null) labelSet.add(t);
  }
  for (const e of exc) {
    labelSet.add(e.start);
    labelSet.add(e.end);
    labelSet.add(e.target);
  }
  const labels = [...labelSet].sort((a, b) => a - b);
  const labelsMap = new Map<number, number>();
  labels.forEach((off, i) => labelsMap.set(off, i + 1));
  const labelWidth = 4 + String(labelsMap.size).length;
  const names = co.co_names.items as string[];
  const varname = (i: number): string => co.co_localsplusnames.items[i] as string;

  const lines: string[] = [];
  let lineNumber: number | null = null;
  for (const { offset, op, arg } of instrs) {
    const startsLine = linestarts.has(offset);
    if (startsLine) lineNumber = linestarts.get(offset)!;
    const deop = DEOPT[op];
    let argrepr = '';
    if (arg !== null) {
      const flags = OP_FLAGS[deop];
      if (flags & HAS_CONST) {
        argrepr = repr(co.co_consts.items[arg]);
      } else if (flags & HAS_NAME) {
        if (deop === Op.LOAD_GLOBAL) argrepr = names[arg >> 1] + (arg & 1 ? ' + NULL' : '');
        else if (deop === Op.LOAD_ATTR) argrepr = names[arg >> 1] + (arg & 1 ? ' + NULL|self' : '');
        else if (deop === Op.LOAD_SUPER_ATTR) argrepr = names[arg >> 2] + (arg & 1 ? ' + NULL|self' : '');
        else argrepr = names[arg];
      } else if (flags & (HAS_JUMP | HAS_EXC)) {
        const t = jumpTarget(op, arg, offset)!;
        argrepr = `${deop === Op.END_ASYNC_FOR ? 'from' : 'to'} L${labelsMap.get(t)}`;
      } else if (deop === Op.LOAD_FAST_LOAD_FAST || deop === Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW || deop === Op.STORE_FAST_LOAD_FAST || deop === Op.STORE_FAST_STORE_FAST) {
        argrepr = varname(arg >> 4) + ', ' + varname(arg & 15);
      } else if (flags & (HAS_LOCAL | HAS_FREE)) {
        argrepr = varname(arg);
      } else if (deop === Op.COMPARE_OP) {
        argrepr = CMP_OP[arg >> 5];
        if (arg & 16) argrepr = `bool(${argrepr})`;
      } else if (deop === Op.CONVERT_VALUE) {
        argrepr = ['', 'str', 'repr', 'ascii'][arg];
      } else if (deop === Op.SET_FUNCTION_ATTRIBUTE) {
        argrepr = FUNCTION_ATTR_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
      } else if (deop === Op.BINARY_OP) {
        argrepr = NB_OPS[arg][1];
      } else if (deop === Op.CALL_INTRINSIC_1) {
        argrepr = INTRINSIC_1[arg];
      } else if (deop === Op.CALL_INTRINSIC_2) {
        argrepr = INTRINSIC_2[arg];
      } else if (deop === Op.LOAD_COMMON_CONSTANT) {
        const name = COMMON_CONSTANTS[arg];
        argrepr = name === 'all' || name === 'any' ? `<built-in function ${name}>` : name;
      } else if (deop === Op.LOAD_SPECIAL) {
        argrepr = SPECIAL_METHOD_NAMES[arg];
      } else if (deop === Op.IS_OP) {
        argrepr = arg ? 'is not' : 'is';
      } else if (deop === Op.CONTAINS_OP) {
        argrepr = arg ? 'not in' : 'in';
      }
    }
    // CPython: Formatter.print_instruction_line
    if (linenoWidth > 0 && startsLine && offset > 0) lines.push('');
    const fields: string[] = [];
    if (linenoWidth) {
      if (startsLine) fields.push(lineNumber === null ? pad(NO_LINENO, linenoWidth, true) : pad(String(lineNumber), linenoWidth, true));
      else fields.push(' '.repeat(linenoWidth));
    }
    const label = labelsMap.get(offset);
    fields.push(label !== undefined ? pad(`L${label}:`, labelWidth, true) : ' '.repeat(labelWidth));
    fields.push('   ');
    const opname = OPNAME[op];
    fields.push(pad(opname, OPNAME_WIDTH));
    if (arg !== null) {
      const excess = Math.max(0, opname.length - OPNAME_WIDTH);
      fields.push(pad(String(arg), OPARG_WIDTH - excess, true));
      if (argrepr) fields.push('(' + argrepr + ')');
    }
    lines.push(fields.join(' ').trimEnd());
  }
  if (exc.length) {
    lines.push('ExceptionTable:');
    for (const e of exc) {
      lines.push(`  L${labelsMap.get(e.start)} to L${labelsMap.get(e.end)} -> L${labelsMap.get(e.target)} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** dis.dis(code): the code object, then every nested code object.  CPython: dis._disassemble_recursive */
export function dis(co: PyCode, o: DisOptions = {}): string {
  const repr = o.repr ?? constRepr;
  let out = disassemble(co, o);
  for (const c of co.co_consts.items) {
    if (c instanceof PyCode) {
      out += '\nDisassembly of ' + repr(c) + ':\n';
      out += dis(c, o);
    }
  }
  return out;
}
