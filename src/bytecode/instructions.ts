// What pyts decides about each instruction: its stack effect as two formulas of the oparg (values
// popped, values pushed) and where the VM implements it. Keyed by the generated OpName, so an
// instruction CPython adds fails to compile until it has an entry here.
// CPython: Python/bytecodes.c (the stack comments of each instruction), as summarised in
// Include/internal/pycore_opcode_metadata.h _PyOpcode_num_popped / _PyOpcode_num_pushed (3.14).
// test/compiler/instructions.test.ts checks every formula against `_opcode.stack_effect`.
import { OPNAME, Op, type OpName } from './opcodes.generated.ts';

/** Where the evaluation loop implements an instruction (STYLE.md section 4). */
export type HandlerFamily =
  | 'inline'
  | 'ops/attr'
  | 'ops/build'
  | 'ops/call'
  | 'ops/class'
  | 'ops/exc'
  | 'ops/format'
  | 'ops/gen'
  | 'ops/import'
  | 'ops/iter'
  | 'ops/match'
  | 'ops/names'
  | 'ops/number'
  | 'ops/subscr'
  | 'ops/unpack'
  | 'intrinsics'
  | 'instrumented'
  /** Replaced by the assembler; never executed. */
  | 'pseudo'
  /** Never produced by the compiler nor executed by pyts (ENTER_EXECUTOR, INTERPRETER_EXIT...). */
  | 'none';

export type Arity = number | ((oparg: number) => number);

export interface InstructionDef {
  readonly pops: Arity;
  readonly pushes: Arity;
  readonly handler: HandlerFamily;
}

export const INSTRUCTIONS: Record<OpName, InstructionDef> = {
  CACHE: { pops: 0, pushes: 0, handler: 'inline' },
  BINARY_SLICE: { pops: 3, pushes: 1, handler: 'ops/subscr' },
  BUILD_TEMPLATE: { pops: 2, pushes: 1, handler: 'ops/format' },
  BINARY_OP_INPLACE_ADD_UNICODE: { pops: 2, pushes: 0, handler: 'ops/number' },
  CALL_FUNCTION_EX: { pops: 4, pushes: 1, handler: 'ops/call' },
  CHECK_EG_MATCH: { pops: 2, pushes: 2, handler: 'ops/exc' },
  CHECK_EXC_MATCH: { pops: 2, pushes: 2, handler: 'ops/exc' },
  CLEANUP_THROW: { pops: 3, pushes: 2, handler: 'ops/gen' },
  DELETE_SUBSCR: { pops: 2, pushes: 0, handler: 'ops/subscr' },
  END_FOR: { pops: 1, pushes: 0, handler: 'inline' },
  END_SEND: { pops: 2, pushes: 1, handler: 'ops/gen' },
  EXIT_INIT_CHECK: { pops: 1, pushes: 0, handler: 'ops/call' },
  FORMAT_SIMPLE: { pops: 1, pushes: 1, handler: 'ops/format' },
  FORMAT_WITH_SPEC: { pops: 2, pushes: 1, handler: 'ops/format' },
  GET_AITER: { pops: 1, pushes: 1, handler: 'ops/gen' },
  GET_ANEXT: { pops: 1, pushes: 2, handler: 'ops/gen' },
  GET_ITER: { pops: 1, pushes: 1, handler: 'ops/iter' },
  RESERVED: { pops: 0, pushes: 0, handler: 'none' },
  GET_LEN: { pops: 1, pushes: 2, handler: 'ops/iter' },
  GET_YIELD_FROM_ITER: { pops: 1, pushes: 1, handler: 'ops/iter' },
  INTERPRETER_EXIT: { pops: 1, pushes: 0, handler: 'none' },
  LOAD_BUILD_CLASS: { pops: 0, pushes: 1, handler: 'ops/class' },
  LOAD_LOCALS: { pops: 0, pushes: 1, handler: 'ops/names' },
  MAKE_FUNCTION: { pops: 1, pushes: 1, handler: 'ops/call' },
  MATCH_KEYS: { pops: 2, pushes: 3, handler: 'ops/match' },
  MATCH_MAPPING: { pops: 1, pushes: 2, handler: 'ops/match' },
  MATCH_SEQUENCE: { pops: 1, pushes: 2, handler: 'ops/match' },
  NOP: { pops: 0, pushes: 0, handler: 'inline' },
  NOT_TAKEN: { pops: 0, pushes: 0, handler: 'inline' },
  POP_EXCEPT: { pops: 1, pushes: 0, handler: 'ops/exc' },
  POP_ITER: { pops: 1, pushes: 0, handler: 'inline' },
  POP_TOP: { pops: 1, pushes: 0, handler: 'inline' },
  PUSH_EXC_INFO: { pops: 1, pushes: 2, handler: 'ops/exc' },
  PUSH_NULL: { pops: 0, pushes: 1, handler: 'inline' },
  RETURN_GENERATOR: { pops: 0, pushes: 1, handler: 'ops/gen' },
  RETURN_VALUE: { pops: 1, pushes: 1, handler: 'inline' },
  SETUP_ANNOTATIONS: { pops: 0, pushes: 0, handler: 'ops/class' },
  STORE_SLICE: { pops: 4, pushes: 0, handler: 'ops/subscr' },
  STORE_SUBSCR: { pops: 3, pushes: 0, handler: 'ops/subscr' },
  TO_BOOL: { pops: 1, pushes: 1, handler: 'ops/number' },
  UNARY_INVERT: { pops: 1, pushes: 1, handler: 'ops/number' },
  UNARY_NEGATIVE: { pops: 1, pushes: 1, handler: 'ops/number' },
  UNARY_NOT: { pops: 1, pushes: 1, handler: 'ops/number' },
  WITH_EXCEPT_START: { pops: 5, pushes: 6, handler: 'ops/exc' },
  BINARY_OP: { pops: 2, pushes: 1, handler: 'ops/number' },
  BUILD_INTERPOLATION: { pops: (a) => 2 + (a & 1), pushes: 1, handler: 'ops/format' },
  BUILD_LIST: { pops: (a) => a, pushes: 1, handler: 'ops/build' },
  BUILD_MAP: { pops: (a) => 2 * a, pushes: 1, handler: 'ops/build' },
  BUILD_SET: { pops: (a) => a, pushes: 1, handler: 'ops/build' },
  BUILD_SLICE: { pops: (a) => a, pushes: 1, handler: 'ops/build' },
  BUILD_STRING: { pops: (a) => a, pushes: 1, handler: 'ops/format' },
  BUILD_TUPLE: { pops: (a) => a, pushes: 1, handler: 'ops/build' },
  CALL: { pops: (a) => 2 + a, pushes: 1, handler: 'ops/call' },
  CALL_INTRINSIC_1: { pops: 1, pushes: 1, handler: 'ops/call' },
  CALL_INTRINSIC_2: { pops: 2, pushes: 1, handler: 'ops/call' },
  CALL_KW: { pops: (a) => 3 + a, pushes: 1, handler: 'ops/call' },
  COMPARE_OP: { pops: 2, pushes: 1, handler: 'ops/number' },
  CONTAINS_OP: { pops: 2, pushes: 1, handler: 'ops/number' },
  CONVERT_VALUE: { pops: 1, pushes: 1, handler: 'ops/format' },
  COPY: { pops: (a) => a, pushes: (a) => a + 1, handler: 'inline' },
  COPY_FREE_VARS: { pops: 0, pushes: 0, handler: 'ops/names' },
  DELETE_ATTR: { pops: 1, pushes: 0, handler: 'ops/attr' },
  DELETE_DEREF: { pops: 0, pushes: 0, handler: 'ops/names' },
  DELETE_FAST: { pops: 0, pushes: 0, handler: 'ops/names' },
  DELETE_GLOBAL: { pops: 0, pushes: 0, handler: 'ops/names' },
  DELETE_NAME: { pops: 0, pushes: 0, handler: 'ops/names' },
  DICT_MERGE: { pops: (a) => a + 4, pushes: (a) => a + 3, handler: 'ops/build' },
  DICT_UPDATE: { pops: (a) => a + 1, pushes: (a) => a, handler: 'ops/build' },
  END_ASYNC_FOR: { pops: 2, pushes: 0, handler: 'ops/gen' },
  EXTENDED_ARG: { pops: 0, pushes: 0, handler: 'inline' },
  FOR_ITER: { pops: 1, pushes: 2, handler: 'inline' },
  GET_AWAITABLE: { pops: 1, pushes: 1, handler: 'ops/gen' },
  IMPORT_FROM: { pops: 1, pushes: 2, handler: 'ops/import' },
  IMPORT_NAME: { pops: 2, pushes: 1, handler: 'ops/import' },
  IS_OP: { pops: 2, pushes: 1, handler: 'ops/number' },
  JUMP_BACKWARD: { pops: 0, pushes: 0, handler: 'inline' },
  JUMP_BACKWARD_NO_INTERRUPT: { pops: 0, pushes: 0, handler: 'inline' },
  JUMP_FORWARD: { pops: 0, pushes: 0, handler: 'inline' },
  LIST_APPEND: { pops: (a) => a + 1, pushes: (a) => a, handler: 'ops/build' },
  LIST_EXTEND: { pops: (a) => a + 1, pushes: (a) => a, handler: 'ops/build' },
  LOAD_ATTR: { pops: 1, pushes: (a) => 1 + (a & 1), handler: 'ops/attr' },
  LOAD_COMMON_CONSTANT: { pops: 0, pushes: 1, handler: 'ops/names' },
  LOAD_CONST: { pops: 0, pushes: 1, handler: 'inline' },
  LOAD_DEREF: { pops: 0, pushes: 1, handler: 'ops/names' },
  LOAD_FAST: { pops: 0, pushes: 1, handler: 'inline' },
  LOAD_FAST_AND_CLEAR: { pops: 0, pushes: 1, handler: 'inline' },
  LOAD_FAST_BORROW: { pops: 0, pushes: 1, handler: 'inline' },
  LOAD_FAST_BORROW_LOAD_FAST_BORROW: { pops: 0, pushes: 2, handler: 'inline' },
  LOAD_FAST_CHECK: { pops: 0, pushes: 1, handler: 'inline' },
  LOAD_FAST_LOAD_FAST: { pops: 0, pushes: 2, handler: 'inline' },
  LOAD_FROM_DICT_OR_DEREF: { pops: 1, pushes: 1, handler: 'ops/names' },
  LOAD_FROM_DICT_OR_GLOBALS: { pops: 1, pushes: 1, handler: 'ops/names' },
  LOAD_GLOBAL: { pops: 0, pushes: (a) => 1 + (a & 1), handler: 'ops/names' },
  LOAD_NAME: { pops: 0, pushes: 1, handler: 'ops/names' },
  LOAD_SMALL_INT: { pops: 0, pushes: 1, handler: 'inline' },
  LOAD_SPECIAL: { pops: 1, pushes: 2, handler: 'ops/exc' },
  LOAD_SUPER_ATTR: { pops: 3, pushes: (a) => 1 + (a & 1), handler: 'ops/attr' },
  MAKE_CELL: { pops: 0, pushes: 0, handler: 'ops/names' },
  MAP_ADD: { pops: (a) => a + 2, pushes: (a) => a, handler: 'ops/build' },
  MATCH_CLASS: { pops: 3, pushes: 1, handler: 'ops/match' },
  POP_JUMP_IF_FALSE: { pops: 1, pushes: 0, handler: 'inline' },
  POP_JUMP_IF_NONE: { pops: 1, pushes: 0, handler: 'inline' },
  POP_JUMP_IF_NOT_NONE: { pops: 1, pushes: 0, handler: 'inline' },
  POP_JUMP_IF_TRUE: { pops: 1, pushes: 0, handler: 'inline' },
  RAISE_VARARGS: { pops: (a) => a, pushes: 0, handler: 'ops/exc' },
  RERAISE: { pops: (a) => 1 + a, pushes: (a) => a, handler: 'ops/exc' },
  SEND: { pops: 2, pushes: 2, handler: 'ops/gen' },
  SET_ADD: { pops: (a) => a + 1, pushes: (a) => a, handler: 'ops/build' },
  SET_FUNCTION_ATTRIBUTE: { pops: 2, pushes: 1, handler: 'ops/call' },
  SET_UPDATE: { pops: (a) => a + 1, pushes: (a) => a, handler: 'ops/build' },
  STORE_ATTR: { pops: 2, pushes: 0, handler: 'ops/attr' },
  STORE_DEREF: { pops: 1, pushes: 0, handler: 'ops/names' },
  STORE_FAST: { pops: 1, pushes: 0, handler: 'inline' },
  STORE_FAST_LOAD_FAST: { pops: 1, pushes: 1, handler: 'inline' },
  STORE_FAST_STORE_FAST: { pops: 2, pushes: 0, handler: 'inline' },
  STORE_GLOBAL: { pops: 1, pushes: 0, handler: 'ops/names' },
  STORE_NAME: { pops: 1, pushes: 0, handler: 'ops/names' },
  SWAP: { pops: (a) => a, pushes: (a) => a, handler: 'inline' },
  UNPACK_EX: { pops: 1, pushes: (a) => 1 + (a & 0xFF) + (a >> 8), handler: 'ops/unpack' },
  UNPACK_SEQUENCE: { pops: 1, pushes: (a) => a, handler: 'ops/unpack' },
  YIELD_VALUE: { pops: 1, pushes: 1, handler: 'ops/gen' },
  RESUME: { pops: 0, pushes: 0, handler: 'inline' },
  BINARY_OP_ADD_FLOAT: { pops: 2, pushes: 1, handler: 'ops/number' },
  BINARY_OP_ADD_INT: { pops: 2, pushes: 1, handler: 'ops/number' },
  BINARY_OP_ADD_UNICODE: { pops: 2, pushes: 1, handler: 'ops/number' },
  BINARY_OP_EXTEND: { pops: 2, pushes: 1, handler: 'ops/number' },
  BINARY_OP_MULTIPLY_FLOAT: { pops: 2, pushes: 1, handler: 'ops/number' },
  BINARY_OP_MULTIPLY_INT: { pops: 2, pushes: 1, handler: 'ops/number' },
  BINARY_OP_SUBSCR_DICT: { pops: 2, pushes: 1, handler: 'ops/subscr' },
  BINARY_OP_SUBSCR_GETITEM: { pops: 2, pushes: 0, handler: 'ops/subscr' },
  BINARY_OP_SUBSCR_LIST_INT: { pops: 2, pushes: 1, handler: 'ops/subscr' },
  BINARY_OP_SUBSCR_LIST_SLICE: { pops: 2, pushes: 1, handler: 'ops/subscr' },
  BINARY_OP_SUBSCR_STR_INT: { pops: 2, pushes: 1, handler: 'ops/subscr' },
  BINARY_OP_SUBSCR_TUPLE_INT: { pops: 2, pushes: 1, handler: 'ops/subscr' },
  BINARY_OP_SUBTRACT_FLOAT: { pops: 2, pushes: 1, handler: 'ops/number' },
  BINARY_OP_SUBTRACT_INT: { pops: 2, pushes: 1, handler: 'ops/number' },
  CALL_ALLOC_AND_ENTER_INIT: { pops: (a) => 2 + a, pushes: 0, handler: 'ops/call' },
  CALL_BOUND_METHOD_EXACT_ARGS: { pops: (a) => 2 + a, pushes: 0, handler: 'ops/call' },
  CALL_BOUND_METHOD_GENERAL: { pops: (a) => 2 + a, pushes: 0, handler: 'ops/call' },
  CALL_BUILTIN_CLASS: { pops: (a) => 2 + a, pushes: 1, handler: 'ops/call' },
  CALL_BUILTIN_FAST: { pops: (a) => 2 + a, pushes: 1, handler: 'ops/call' },
  CALL_BUILTIN_FAST_WITH_KEYWORDS: { pops: (a) => 2 + a, pushes: 1, handler: 'ops/call' },
  CALL_BUILTIN_O: { pops: (a) => 2 + a, pushes: 1, handler: 'ops/call' },
  CALL_ISINSTANCE: { pops: (a) => 2 + a, pushes: 1, handler: 'ops/call' },
  CALL_KW_BOUND_METHOD: { pops: (a) => 3 + a, pushes: 0, handler: 'ops/call' },
  CALL_KW_NON_PY: { pops: (a) => 3 + a, pushes: 1, handler: 'ops/call' },
  CALL_KW_PY: { pops: (a) => 3 + a, pushes: 0, handler: 'ops/call' },
  CALL_LEN: { pops: 3, pushes: 1, handler: 'ops/call' },
  CALL_LIST_APPEND: { pops: 3, pushes: 0, handler: 'ops/call' },
  CALL_METHOD_DESCRIPTOR_FAST: { pops: (a) => 2 + a, pushes: 1, handler: 'ops/call' },
  CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS: { pops: (a) => 2 + a, pushes: 1, handler: 'ops/call' },
  CALL_METHOD_DESCRIPTOR_NOARGS: { pops: (a) => 2 + a, pushes: 1, handler: 'ops/call' },
  CALL_METHOD_DESCRIPTOR_O: { pops: (a) => 2 + a, pushes: 1, handler: 'ops/call' },
  CALL_NON_PY_GENERAL: { pops: (a) => 2 + a, pushes: 1, handler: 'ops/call' },
  CALL_PY_EXACT_ARGS: { pops: (a) => 2 + a, pushes: 0, handler: 'ops/call' },
  CALL_PY_GENERAL: { pops: (a) => 2 + a, pushes: 0, handler: 'ops/call' },
  CALL_STR_1: { pops: 3, pushes: 1, handler: 'ops/call' },
  CALL_TUPLE_1: { pops: 3, pushes: 1, handler: 'ops/call' },
  CALL_TYPE_1: { pops: 3, pushes: 1, handler: 'ops/call' },
  COMPARE_OP_FLOAT: { pops: 2, pushes: 1, handler: 'ops/number' },
  COMPARE_OP_INT: { pops: 2, pushes: 1, handler: 'ops/number' },
  COMPARE_OP_STR: { pops: 2, pushes: 1, handler: 'ops/number' },
  CONTAINS_OP_DICT: { pops: 2, pushes: 1, handler: 'ops/number' },
  CONTAINS_OP_SET: { pops: 2, pushes: 1, handler: 'ops/number' },
  FOR_ITER_GEN: { pops: 1, pushes: 1, handler: 'ops/iter' },
  FOR_ITER_LIST: { pops: 1, pushes: 2, handler: 'inline' },
  FOR_ITER_RANGE: { pops: 1, pushes: 2, handler: 'inline' },
  FOR_ITER_TUPLE: { pops: 1, pushes: 2, handler: 'ops/iter' },
  JUMP_BACKWARD_JIT: { pops: 0, pushes: 0, handler: 'inline' },
  JUMP_BACKWARD_NO_JIT: { pops: 0, pushes: 0, handler: 'inline' },
  LOAD_ATTR_CLASS: { pops: 1, pushes: (a) => 1 + (a & 1), handler: 'ops/attr' },
  LOAD_ATTR_CLASS_WITH_METACLASS_CHECK: { pops: 1, pushes: (a) => 1 + (a & 1), handler: 'ops/attr' },
  LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN: { pops: 1, pushes: 1, handler: 'ops/attr' },
  LOAD_ATTR_INSTANCE_VALUE: { pops: 1, pushes: (a) => 1 + (a & 1), handler: 'ops/attr' },
  LOAD_ATTR_METHOD_LAZY_DICT: { pops: 1, pushes: 2, handler: 'ops/attr' },
  LOAD_ATTR_METHOD_NO_DICT: { pops: 1, pushes: 2, handler: 'ops/attr' },
  LOAD_ATTR_METHOD_WITH_VALUES: { pops: 1, pushes: 2, handler: 'ops/attr' },
  LOAD_ATTR_MODULE: { pops: 1, pushes: (a) => 1 + (a & 1), handler: 'ops/attr' },
  LOAD_ATTR_NONDESCRIPTOR_NO_DICT: { pops: 1, pushes: 1, handler: 'ops/attr' },
  LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES: { pops: 1, pushes: 1, handler: 'ops/attr' },
  LOAD_ATTR_PROPERTY: { pops: 1, pushes: 0, handler: 'ops/attr' },
  LOAD_ATTR_SLOT: { pops: 1, pushes: (a) => 1 + (a & 1), handler: 'ops/attr' },
  LOAD_ATTR_WITH_HINT: { pops: 1, pushes: (a) => 1 + (a & 1), handler: 'ops/attr' },
  LOAD_CONST_IMMORTAL: { pops: 0, pushes: 1, handler: 'inline' },
  LOAD_CONST_MORTAL: { pops: 0, pushes: 1, handler: 'inline' },
  LOAD_GLOBAL_BUILTIN: { pops: 0, pushes: (a) => 1 + (a & 1), handler: 'ops/names' },
  LOAD_GLOBAL_MODULE: { pops: 0, pushes: (a) => 1 + (a & 1), handler: 'ops/names' },
  LOAD_SUPER_ATTR_ATTR: { pops: 3, pushes: 1, handler: 'ops/attr' },
  LOAD_SUPER_ATTR_METHOD: { pops: 3, pushes: 2, handler: 'ops/attr' },
  RESUME_CHECK: { pops: 0, pushes: 0, handler: 'inline' },
  SEND_GEN: { pops: 2, pushes: 1, handler: 'ops/gen' },
  STORE_ATTR_INSTANCE_VALUE: { pops: 2, pushes: 0, handler: 'ops/attr' },
  STORE_ATTR_SLOT: { pops: 2, pushes: 0, handler: 'ops/attr' },
  STORE_ATTR_WITH_HINT: { pops: 2, pushes: 0, handler: 'ops/attr' },
  STORE_SUBSCR_DICT: { pops: 3, pushes: 0, handler: 'ops/subscr' },
  STORE_SUBSCR_LIST_INT: { pops: 3, pushes: 0, handler: 'ops/subscr' },
  TO_BOOL_ALWAYS_TRUE: { pops: 1, pushes: 1, handler: 'ops/number' },
  TO_BOOL_BOOL: { pops: 1, pushes: 1, handler: 'ops/number' },
  TO_BOOL_INT: { pops: 1, pushes: 1, handler: 'ops/number' },
  TO_BOOL_LIST: { pops: 1, pushes: 1, handler: 'ops/number' },
  TO_BOOL_NONE: { pops: 1, pushes: 1, handler: 'ops/number' },
  TO_BOOL_STR: { pops: 1, pushes: 1, handler: 'ops/number' },
  UNPACK_SEQUENCE_LIST: { pops: 1, pushes: (a) => a, handler: 'ops/unpack' },
  UNPACK_SEQUENCE_TUPLE: { pops: 1, pushes: (a) => a, handler: 'ops/unpack' },
  UNPACK_SEQUENCE_TWO_TUPLE: { pops: 1, pushes: 2, handler: 'ops/unpack' },
  INSTRUMENTED_END_FOR: { pops: 2, pushes: 1, handler: 'instrumented' },
  INSTRUMENTED_POP_ITER: { pops: 1, pushes: 0, handler: 'instrumented' },
  INSTRUMENTED_END_SEND: { pops: 2, pushes: 1, handler: 'instrumented' },
  INSTRUMENTED_FOR_ITER: { pops: 1, pushes: 2, handler: 'instrumented' },
  INSTRUMENTED_INSTRUCTION: { pops: 0, pushes: 0, handler: 'instrumented' },
  INSTRUMENTED_JUMP_FORWARD: { pops: 0, pushes: 0, handler: 'instrumented' },
  INSTRUMENTED_NOT_TAKEN: { pops: 0, pushes: 0, handler: 'instrumented' },
  INSTRUMENTED_POP_JUMP_IF_TRUE: { pops: 1, pushes: 0, handler: 'instrumented' },
  INSTRUMENTED_POP_JUMP_IF_FALSE: { pops: 1, pushes: 0, handler: 'instrumented' },
  INSTRUMENTED_POP_JUMP_IF_NONE: { pops: 1, pushes: 0, handler: 'instrumented' },
  INSTRUMENTED_POP_JUMP_IF_NOT_NONE: { pops: 1, pushes: 0, handler: 'instrumented' },
  INSTRUMENTED_RESUME: { pops: 0, pushes: 0, handler: 'instrumented' },
  INSTRUMENTED_RETURN_VALUE: { pops: 1, pushes: 1, handler: 'instrumented' },
  INSTRUMENTED_YIELD_VALUE: { pops: 1, pushes: 1, handler: 'instrumented' },
  INSTRUMENTED_END_ASYNC_FOR: { pops: 2, pushes: 0, handler: 'instrumented' },
  INSTRUMENTED_LOAD_SUPER_ATTR: { pops: 3, pushes: (a) => 1 + (a & 1), handler: 'instrumented' },
  INSTRUMENTED_CALL: { pops: (a) => 2 + a, pushes: 1, handler: 'instrumented' },
  INSTRUMENTED_CALL_KW: { pops: (a) => 3 + a, pushes: 1, handler: 'instrumented' },
  INSTRUMENTED_CALL_FUNCTION_EX: { pops: 4, pushes: 1, handler: 'instrumented' },
  INSTRUMENTED_JUMP_BACKWARD: { pops: 0, pushes: 0, handler: 'instrumented' },
  INSTRUMENTED_LINE: { pops: 0, pushes: 0, handler: 'instrumented' },
  ENTER_EXECUTOR: { pops: 0, pushes: 0, handler: 'none' },
  ANNOTATIONS_PLACEHOLDER: { pops: 0, pushes: 0, handler: 'pseudo' },
  JUMP: { pops: 0, pushes: 0, handler: 'pseudo' },
  JUMP_IF_FALSE: { pops: 1, pushes: 1, handler: 'pseudo' },
  JUMP_IF_TRUE: { pops: 1, pushes: 1, handler: 'pseudo' },
  JUMP_NO_INTERRUPT: { pops: 0, pushes: 0, handler: 'pseudo' },
  LOAD_CLOSURE: { pops: 0, pushes: 1, handler: 'pseudo' },
  POP_BLOCK: { pops: 0, pushes: 0, handler: 'pseudo' },
  SETUP_CLEANUP: { pops: 0, pushes: 2, handler: 'pseudo' },
  SETUP_FINALLY: { pops: 0, pushes: 1, handler: 'pseudo' },
  SETUP_WITH: { pops: 0, pushes: 1, handler: 'pseudo' },
  STORE_FAST_MAYBE_NULL: { pops: 1, pushes: 0, handler: 'pseudo' },
};

function arity(a: Arity, oparg: number): number {
  return typeof a === 'number' ? a : a(oparg);
}

const POPS: Arity[] = [];
const PUSHES: Arity[] = [];
for (const [name, def] of Object.entries(INSTRUCTIONS)) {
  const op = OPNAME.indexOf(name);
  POPS[op] = def.pops;
  PUSHES[op] = def.pushes;
}

/** Values an instruction pops.  CPython: _PyOpcode_num_popped */
export function numPopped(opcode: number, oparg: number): number {
  return arity(POPS[opcode], oparg);
}

/** Values an instruction pushes.  CPython: _PyOpcode_num_pushed */
export function numPushed(opcode: number, oparg: number): number {
  return arity(PUSHES[opcode], oparg);
}

/** SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH: they push only on the path to their handler. */
export function isBlockPush(opcode: number): boolean {
  return opcode === Op.SETUP_FINALLY || opcode === Op.SETUP_CLEANUP || opcode === Op.SETUP_WITH;
}

/**
 * The net stack effect; `jump` is true for the branch to the target, false for falling through,
 * and null for the larger of the two.  CPython: Python/flowgraph.c get_stack_effects
 */
export function stackEffect(opcode: number, oparg: number, jump: boolean | null): number {
  if (isBlockPush(opcode) && jump === false) return 0;
  return numPushed(opcode, oparg) - numPopped(opcode, oparg);
}
