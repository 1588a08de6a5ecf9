// The _opcode module: facts about the instruction set for opcode.py and dis.  CPython: Modules/_opcode.c
//
// Everything here reads the one instruction-set table (src/bytecode/opcodes.generated.ts for CPython's
// facts, src/bytecode/instructions.ts for the stack effects), as the compiler and the VM do.
import { None, type PyValue } from '../objects/object.ts';
import { typeOf } from '../objects/type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyList } from '../objects/list.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyCode } from '../objects/code.ts';
import { PyNumber_Index } from '../objects/abstract.ts';
import { overflowError, runtimeError, typeError, valueError } from '../objects/exceptions.ts';
import {
  OPNAME,
  DEOPT,
  OP_FLAGS,
  MAX_OPCODE,
  MAX_REAL_OPCODE,
  HAS_ARG,
  HAS_CONST,
  HAS_NAME,
  HAS_JUMP,
  HAS_FREE,
  HAS_LOCAL,
  HAS_EXC,
  NB_OPS,
  INTRINSIC_1,
  INTRINSIC_2,
  SPECIAL_METHOD_NAMES,
} from '../bytecode/opcodes.generated.ts';
import { numPopped, numPushed, stackEffect } from '../bytecode/instructions.ts';
import { withDocs, moduleDoc } from './docs.ts';

/** clinic's `int` converter.  CPython: PyLong_AsInt */
function cInt(v: PyValue): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) throw overflowError('Python int too large to convert to C int');
  return i;
}

/** An opcode with an entry in the instruction table (real, specialized, instrumented or pseudo).
 *  CPython: IS_VALID_OPCODE */
function isValid(op: number): boolean {
  return op >= 0 && op <= MAX_OPCODE && !/^<\d+>$/.test(OPNAME[op]);
}

function hasFlag(opcodeObj: PyValue, flag: number): boolean {
  const op = cInt(opcodeObj);
  return isValid(op) && (OP_FLAGS[op] & flag) !== 0;
}

/** CPython: _opcode_stack_effect_impl, PyCompile_OpcodeStackEffectWithJump, get_stack_effects */
function opcodeStackEffect(_m: PyValue, opcodeObj: PyValue, oparg: PyValue | undefined, jump: PyValue | undefined): number {
  const opcode = cInt(opcodeObj);
  let arg = 0;
  if (oparg !== undefined && oparg !== None) {
    const i = PyNumber_Index(oparg);
    if (typeof i === 'bigint' && (i >= 2n ** 63n || i < -(2n ** 63n))) throw overflowError('Python int too large to convert to C long');
    // C's (int) cast of the long.
    arg = Number(BigInt.asIntN(32, BigInt(i)));
  }
  let j: boolean | null;
  if (jump === undefined || jump === None) j = null;
  else if (jump === true) j = true;
  else if (jump === false) j = false;
  else throw valueError('stack_effect: jump must be False, True or None');
  const invalid = (): never => {
    throw valueError('invalid opcode or oparg');
  };
  if (!isValid(opcode)) invalid();
  // Specialized instructions have no stack effect of their own.
  if (opcode <= MAX_REAL_OPCODE && DEOPT[opcode] !== opcode) invalid();
  if (numPopped(opcode, arg) < 0 || numPushed(opcode, arg) < 0) invalid();
  return stackEffect(opcode, arg, j);
}

function getNbOps(): PyList {
  return new PyList(NB_OPS.map(([name, sym]) => new PyTuple([name, sym])));
}

function getExecutor(_m: PyValue, code: PyValue, offset: PyValue): PyValue {
  cInt(offset);
  if (!(code instanceof PyCode)) throw typeError(`expected a code object, not '${typeOf(code).tp_name.slice(0, 100)}'`);
  // pyts has no tier-2 optimizer, like a CPython built without _Py_TIER2.
  throw runtimeError('Executors are not available in this build');
}

const OPCODE_SIG = '($module, /, opcode)';

export const opcodeModule = defineModule({
  name: '_opcode',
  doc: moduleDoc('_opcode'),
  functions: withDocs('_opcode', {
    stack_effect: { sig: '($module, opcode, oparg=None, /, *, jump=None)', impl: opcodeStackEffect, doc: 'The net stack effect of an instruction.' },
    is_valid: { sig: OPCODE_SIG, impl: (_m: PyValue, op: PyValue) => isValid(cInt(op)), doc: 'Whether opcode is an instruction.' },
    has_arg: { sig: OPCODE_SIG, impl: (_m: PyValue, op: PyValue) => hasFlag(op, HAS_ARG), doc: 'Whether the instruction uses its oparg.' },
    has_const: { sig: OPCODE_SIG, impl: (_m: PyValue, op: PyValue) => hasFlag(op, HAS_CONST), doc: 'Whether the instruction reads a constant.' },
    has_name: { sig: OPCODE_SIG, impl: (_m: PyValue, op: PyValue) => hasFlag(op, HAS_NAME), doc: 'Whether the instruction uses a name.' },
    has_jump: { sig: OPCODE_SIG, impl: (_m: PyValue, op: PyValue) => hasFlag(op, HAS_JUMP), doc: 'Whether the instruction has a jump target.' },
    has_free: { sig: OPCODE_SIG, impl: (_m: PyValue, op: PyValue) => hasFlag(op, HAS_FREE), doc: 'Whether the instruction uses a cell or free variable.' },
    has_local: { sig: OPCODE_SIG, impl: (_m: PyValue, op: PyValue) => hasFlag(op, HAS_LOCAL), doc: 'Whether the instruction uses a local variable.' },
    has_exc: { sig: OPCODE_SIG, impl: (_m: PyValue, op: PyValue) => hasFlag(op, HAS_EXC), doc: 'Whether the instruction sets up an exception handler.' },
    get_specialization_stats: { sig: '($module, /)', impl: () => None, doc: 'None: specialization statistics are not collected.' },
    get_nb_ops: { sig: '($module, /)', impl: getNbOps, doc: "BINARY_OP's operators by oparg, as (name, symbol) pairs." },
    get_intrinsic1_descs: { sig: '($module, /)', impl: () => new PyList([...INTRINSIC_1]), doc: 'The names of the unary intrinsics, by oparg.' },
    get_intrinsic2_descs: { sig: '($module, /)', impl: () => new PyList([...INTRINSIC_2]), doc: 'The names of the binary intrinsics, by oparg.' },
    get_special_method_names: { sig: '($module, /)', impl: () => new PyList([...SPECIAL_METHOD_NAMES]), doc: "LOAD_SPECIAL's method names, by oparg." },
    get_executor: { sig: '($module, /, code, offset)', impl: getExecutor, doc: 'The executor at an offset of a code object.' },
  }),
  // Differs from CPython: pyts does not specialize instructions, so both are 0 (1 in CPython).
  constants: () => ({ ENABLE_SPECIALIZATION: 0, ENABLE_SPECIALIZATION_FT: 0 }),
});
