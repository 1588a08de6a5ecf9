// Code generation for expressions: operators, comparisons and conditional jumps, displays and
// unpacking, calls, f-strings and t-strings, attributes, subscripts and slices.
// CPython: Python/codegen.c
import type * as ast from '../../ast/nodes.generated.ts';
import { None, Ellipsis, type PyValue } from '../../objects/object.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PySlice } from '../../objects/slice.ts';
import { PyFloat } from '../../objects/float.ts';
import { PyComplex } from '../../objects/complex.ts';
import { PyBytes } from '../../objects/bytes.ts';
import {
  Op,
  NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MATRIX_MULTIPLY, NB_MULTIPLY, NB_OR, NB_POWER, NB_REMAINDER, NB_RSHIFT,
  NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR, NB_INPLACE_ADD, NB_SUBSCR,
  INTRINSIC_LIST_TO_TUPLE, INTRINSIC_UNARY_POSITIVE,
} from '../../bytecode/opcodes.generated.ts';
import { Compiler, STACK_USE_GUIDELINE } from '../compile.ts';
import { NO_LOCATION, loc as mkloc, type Location } from '../errors.ts';
import { FREE, GLOBAL_IMPLICIT, DEF_IMPORT } from '../symtable.ts';
import { constTypeName } from '../consts.ts';
import { PySetObject } from '../../objects/set.ts';
import {
  LOC,
  visitExpr,
  nameop,
  addopName,
  NameOpKind,
  CONSTANT_BUILTIN_ALL,
  CONSTANT_BUILTIN_ANY,
  CONSTANT_BUILTIN_TUPLE,
} from './index.ts';

const BINOP_ARG: Record<ast.operator, number> = {
  Add: NB_ADD, Sub: NB_SUBTRACT, Mult: NB_MULTIPLY, MatMult: NB_MATRIX_MULTIPLY, Div: NB_TRUE_DIVIDE, Mod: NB_REMAINDER,
  Pow: NB_POWER, LShift: NB_LSHIFT, RShift: NB_RSHIFT, BitOr: NB_OR, BitXor: NB_XOR, BitAnd: NB_AND, FloorDiv: NB_FLOOR_DIVIDE,
};

/** The BINARY_OP oparg of an operator; in-place forms are offset by NB_INPLACE_ADD.  CPython: addop_binary */
export function binopOparg(op: ast.operator, inplace: boolean): number {
  return BINOP_ARG[op] + (inplace ? NB_INPLACE_ADD : 0);
}

// Rich comparison codes and the masks specialised COMPARE_OPs use.  CPython: compare_masks
const Py_LT = 0, Py_LE = 1, Py_EQ = 2, Py_NE = 3, Py_GT = 4, Py_GE = 5;
const COMPARISON_UNORDERED = 1, COMPARISON_LESS_THAN = 2, COMPARISON_GREATER_THAN = 4, COMPARISON_EQUALS = 8;
const COMPARE_MASKS = [
  COMPARISON_LESS_THAN,
  COMPARISON_LESS_THAN | COMPARISON_EQUALS,
  COMPARISON_EQUALS,
  COMPARISON_UNORDERED | COMPARISON_LESS_THAN | COMPARISON_GREATER_THAN,
  COMPARISON_GREATER_THAN,
  COMPARISON_GREATER_THAN | COMPARISON_EQUALS,
];

/** COMPARE_OP's oparg for a rich comparison (the low bits are the mask; bit 4, to-bool, is set later). */
export function compareOparg(cmp: number): number {
  return (cmp << 5) | COMPARE_MASKS[cmp];
}
export { Py_GT, Py_GE, Py_EQ };

/** CPython: codegen_addcompare */
export function addCompare(c: Compiler, l: Location, op: ast.cmpop): void {
  let cmp: number;
  switch (op) {
    case 'Eq': cmp = Py_EQ; break;
    case 'NotEq': cmp = Py_NE; break;
    case 'Lt': cmp = Py_LT; break;
    case 'LtE': cmp = Py_LE; break;
    case 'Gt': cmp = Py_GT; break;
    case 'GtE': cmp = Py_GE; break;
    case 'Is': return c.addopI(Op.IS_OP, 0, l);
    case 'IsNot': return c.addopI(Op.IS_OP, 1, l);
    case 'In': return c.addopI(Op.CONTAINS_OP, 0, l);
    case 'NotIn': return c.addopI(Op.CONTAINS_OP, 1, l);
  }
  c.addopI(Op.COMPARE_OP, compareOparg(cmp), l);
}

// ----- warnings about literals ------------------------------------------------------------------

/** The type a literal expression certainly has, by name, or null.  CPython: infer_type */
function inferType(e: ast.expr): string | null {
  switch (e._kind) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'TemplateStr': case 'Interpolation': return 'string.templatelib.Template';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': return constTypeName(e.value);
    default: return null;
  }
}

function isConstTuple(elts: ast.expr[]): boolean {
  return elts.every((e) => e._kind === 'Constant');
}

/** False for constants other than None, True, False and Ellipsis.  CPython: check_is_arg */
function checkIsArg(e: ast.expr): boolean {
  if (e._kind === 'Tuple') return !isConstTuple(e.elts);
  if (e._kind !== 'Constant') return true;
  const v = e.value;
  return v === None || v === false || v === true || v === Ellipsis;
}

/** Warns about `is` / `is not` with a literal.  CPython: codegen_check_compare */
function checkCompare(c: Compiler, e: ast.Compare): void {
  let left = checkIsArg(e.left);
  let leftExpr = e.left;
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i];
    const rightExpr = e.comparators[i];
    const right = checkIsArg(rightExpr);
    if (op === 'Is' || op === 'IsNot') {
      if (!right || !left) {
        const literal = !left ? leftExpr : rightExpr;
        const t = inferType(literal);
        c.warn(LOC(e), op === 'Is' ? `"is" with '${t}' literal. Did you mean "=="?` : `"is not" with '${t}' literal. Did you mean "!="?`);
        return;
      }
    }
    left = right;
    leftExpr = rightExpr;
  }
}

// CPython: check_caller
function checkCaller(c: Compiler, e: ast.expr): void {
  switch (e._kind) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp': case 'Set': case 'SetComp':
    case 'GeneratorExp': case 'JoinedStr': case 'TemplateStr': case 'FormattedValue': case 'Interpolation':
      c.warn(LOC(e), `'${inferType(e)}' object is not callable; perhaps you missed a comma?`);
  }
}

// CPython: check_subscripter
function checkSubscripter(c: Compiler, e: ast.expr): void {
  let warn = false;
  switch (e._kind) {
    case 'Constant': {
      const v = e.value;
      warn = v === None || v === Ellipsis || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ||
        v instanceof PyFloat || v instanceof PyComplex || v instanceof PySetObject;
      break;
    }
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'TemplateStr': case 'Interpolation': case 'Lambda':
      warn = true;
  }
  if (warn) c.warn(LOC(e), `'${inferType(e)}' object is not subscriptable; perhaps you missed a comma?`);
}

// CPython: check_index
function checkIndex(c: Compiler, e: ast.expr, s: ast.expr): void {
  const indexType = inferType(s);
  if (indexType === null || indexType === 'int' || indexType === 'bool' || indexType === 'slice') return;
  let warn = false;
  switch (e._kind) {
    case 'Constant': {
      const v = e.value;
      warn = typeof v === 'string' || v instanceof PyBytes || v instanceof PyTuple;
      break;
    }
    case 'Tuple': case 'List': case 'ListComp': case 'JoinedStr': case 'FormattedValue':
      warn = true;
  }
  if (warn) c.warn(LOC(e), `${inferType(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}

// ----- operators --------------------------------------------------------------------------------

// CPython: codegen_boolop
export function codegenBoolOp(c: Compiler, e: ast.BoolOp): void {
  const l = LOC(e);
  const jump = e.op === 'And' ? Op.JUMP_IF_FALSE : Op.JUMP_IF_TRUE;
  const end = c.newLabel();
  const s = e.values;
  const n = s.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, s[i]);
    c.addopJ(jump, end, l);
    c.addop(Op.POP_TOP, l);
  }
  visitExpr(c, s[n]);
  c.useLabel(end);
}

export function codegenUnaryOp(c: Compiler, e: ast.UnaryOp): void {
  const l = LOC(e);
  visitExpr(c, e.operand);
  switch (e.op) {
    case 'UAdd':
      c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, l);
      break;
    case 'Not':
      c.addop(Op.TO_BOOL, l);
      c.addop(Op.UNARY_NOT, l);
      break;
    case 'Invert':
      c.addop(Op.UNARY_INVERT, l);
      break;
    case 'USub':
      c.addop(Op.UNARY_NEGATIVE, l);
      break;
  }
}

// CPython: codegen_compare
export function codegenCompare(c: Compiler, e: ast.Compare): void {
  const l = LOC(e);
  checkCompare(c, e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    addCompare(c, l, e.ops[0]);
    return;
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.addopI(Op.SWAP, 2, l);
    c.addopI(Op.COPY, 2, l);
    addCompare(c, l, e.ops[i]);
    c.addopI(Op.COPY, 1, l);
    c.addop(Op.TO_BOOL, l);
    c.addopJ(Op.POP_JUMP_IF_FALSE, cleanup, l);
    c.addop(Op.POP_TOP, l);
  }
  visitExpr(c, e.comparators[n]);
  addCompare(c, l, e.ops[n]);
  const end = c.newLabel();
  c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  c.useLabel(cleanup);
  c.addopI(Op.SWAP, 2, l);
  c.addop(Op.POP_TOP, l);
  c.useLabel(end);
}

/** Evaluates `e` as a condition and jumps to `next` when it is `cond`.  CPython: codegen_jump_if */
export function jumpIf(c: Compiler, l: Location, e: ast.expr, next: number, cond: boolean): void {
  switch (e._kind) {
    case 'UnaryOp':
      if (e.op === 'Not') return jumpIf(c, l, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newLabel();
      for (let i = 0; i < n; i++) jumpIf(c, l, s[i], next2, cond2);
      jumpIf(c, l, s[n], next, cond);
      if (next2 !== next) c.useLabel(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newLabel();
      const next2 = c.newLabel();
      jumpIf(c, l, e.test, next2, false);
      jumpIf(c, l, e.body, next, cond);
      c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
      c.useLabel(next2);
      jumpIf(c, l, e.orelse, next, cond);
      c.useLabel(end);
      return;
    }
    case 'Compare': {
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const cleanup = c.newLabel();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]);
          c.addopI(Op.SWAP, 2, LOC(e));
          c.addopI(Op.COPY, 2, LOC(e));
          addCompare(c, LOC(e), e.ops[i]);
          c.addop(Op.TO_BOOL, LOC(e));
          c.addopJ(Op.POP_JUMP_IF_FALSE, cleanup, LOC(e));
        }
        visitExpr(c, e.comparators[n]);
        addCompare(c, LOC(e), e.ops[n]);
        c.addop(Op.TO_BOOL, LOC(e));
        c.addopJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, LOC(e));
        const end = c.newLabel();
        c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
        c.useLabel(cleanup);
        c.addop(Op.POP_TOP, LOC(e));
        if (!cond) c.addopJ(Op.JUMP_NO_INTERRUPT, next, NO_LOCATION);
        c.useLabel(end);
        return;
      }
      break;
    }
  }
  visitExpr(c, e);
  c.addop(Op.TO_BOOL, LOC(e));
  c.addopJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, LOC(e));
}

// CPython: codegen_ifexp
export function codegenIfExp(c: Compiler, e: ast.IfExp): void {
  const end = c.newLabel();
  const next = c.newLabel();
  jumpIf(c, LOC(e), e.test, next, false);
  visitExpr(c, e.body);
  c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  c.useLabel(next);
  visitExpr(c, e.orelse);
  c.useLabel(end);
}

// ----- displays and unpacking -------------------------------------------------------------------

/**
 * Builds a list/tuple/set from elements, some starred. Small and star-free displays use one BUILD;
 * otherwise the sequence is built incrementally.  CPython: starunpack_helper_impl
 */
export function starunpackHelper(
  c: Compiler,
  l: Location,
  elts: ast.expr[],
  injectedArg: string | null,
  pushed: number,
  build: number,
  add: number,
  extend: number,
  tuple: boolean,
): void {
  let n = elts.length;
  const big = n + pushed + (injectedArg ? 1 : 0) > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e._kind === 'Starred');
  if (!seenStar && !big) {
    for (const e of elts) visitExpr(c, e);
    if (injectedArg) {
      nameop(c, l, injectedArg, 'Load');
      n++;
    }
    c.addopI(tuple ? Op.BUILD_TUPLE : build, n + pushed, l);
    return;
  }
  let built = false;
  if (big) {
    c.addopI(build, pushed, l);
    built = true;
  }
  for (let i = 0; i < n; i++) {
    const e = elts[i];
    if (e._kind === 'Starred') {
      if (!built) {
        c.addopI(build, i + pushed, l);
        built = true;
      }
      visitExpr(c, e.value);
      c.addopI(extend, 1, l);
    } else {
      visitExpr(c, e);
      if (built) c.addopI(add, 1, l);
    }
  }
  if (injectedArg) {
    nameop(c, l, injectedArg, 'Load');
    c.addopI(add, 1, l);
  }
  if (tuple) c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, l);
}

// CPython: unpack_helper
function unpackHelper(c: Compiler, l: Location, elts: ast.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (elts[i]._kind !== 'Starred') continue;
    if (seenStar) c.error(l, 'multiple starred expressions in assignment');
    if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) c.error(l, 'too many expressions in star-unpacking assignment');
    c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8), l);
    seenStar = true;
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n, l);
}

/** Assignment to a list or tuple target.  CPython: assignment_helper */
export function assignmentHelper(c: Compiler, l: Location, elts: ast.expr[]): void {
  unpackHelper(c, l, elts);
  for (const e of elts) visitExpr(c, e._kind === 'Starred' ? e.value : e);
}

// CPython: codegen_subdict
function subdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const l = LOC(e);
  if (big) c.addopI(Op.BUILD_MAP, 0, l);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]);
    if (big) c.addopI(Op.MAP_ADD, 1, l);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n, l);
}

// CPython: codegen_dict
export function codegenDict(c: Compiler, e: ast.Dict): void {
  const l = LOC(e);
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      // **mapping
      if (elements) {
        subdict(c, e, i - elements, i);
        if (haveDict) c.addopI(Op.DICT_UPDATE, 1, l);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addopI(Op.BUILD_MAP, 0, l);
        haveDict = true;
      }
      visitExpr(c, e.values[i]);
      c.addopI(Op.DICT_UPDATE, 1, l);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subdict(c, e, i - elements, i + 1);
      if (haveDict) c.addopI(Op.DICT_UPDATE, 1, l);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    subdict(c, e, n - elements, n);
    if (haveDict) c.addopI(Op.DICT_UPDATE, 1, l);
    haveDict = true;
  }
  if (!haveDict) c.addopI(Op.BUILD_MAP, 0, l);
}

// ----- calls ------------------------------------------------------------------------------------

/** Moves a multi-line attribute access's start to the attribute name.  CPython: update_start_location_to_match_attr */
export function updateStartLocationToMatchAttr(l: Location, attr: ast.Attribute): Location {
  if (l.lineno === attr.end_lineno) return l;
  let col = l.col_offset;
  let endCol = l.end_col_offset;
  const len = attr.attr.length;
  if (len <= attr.end_col_offset) {
    col = attr.end_col_offset - len;
  } else {
    // Weird ASTs: drop the columns.
    col = -1;
    endCol = -1;
  }
  const lineno = attr.end_lineno;
  const endLineno = Math.max(lineno, l.end_lineno);
  if (lineno === endLineno) endCol = Math.max(col, endCol);
  return mkloc(lineno, endLineno, col, endCol);
}

/** Whether `func.attr(...)`'s object is a name the module imports (then no method call).  CPython: is_import_originated */
function isImportOriginated(c: Compiler, e: ast.expr): boolean {
  if (e._kind !== 'Name') return false;
  return (c.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0;
}

/** `super().attr` and `super(C, self).attr` compile to LOAD_SUPER_ATTR when safe.  CPython: can_optimize_super_call */
function canOptimizeSuperCall(c: Compiler, attr: ast.Attribute): boolean {
  const e = attr.value;
  if (e._kind !== 'Call' || e.func._kind !== 'Name' || e.func.id !== 'super' || attr.attr === '__class__' || e.keywords.length) return false;
  const n = e.args.length;
  const superName = e.func.id;
  // super must not be shadowed anywhere visible.
  if (c.ste.getScope(superName) !== GLOBAL_IMPLICIT) return false;
  if (c.st.top.getScope(superName) !== 0) return false;
  if (n === 2) return e.args.every((a) => a._kind !== 'Starred');
  if (n !== 0) return false;
  // Zero-argument super(): the function needs an argument and the __class__ cell.
  const md = c.u.metadata;
  if (md.argcount === 0 && md.posonlyargcount === 0) return false;
  return c.getRefType('__class__') === FREE;
}

// CPython: load_args_for_super
function loadArgsForSuper(c: Compiler, e: ast.Call): void {
  const l = LOC(e);
  nameop(c, LOC(e.func), (e.func as ast.Name).id, 'Load');
  if (e.args.length === 2) {
    visitExpr(c, e.args[0]);
    visitExpr(c, e.args[1]);
    return;
  }
  nameop(c, l, '__class__', 'Load');
  // The first argument: self.
  const first = c.u.metadata.varnames.keys().next().value as string;
  nameop(c, l, first, 'Load');
}

/** `x.f(args)` without * or ** becomes LOAD_ATTR (method) + CALL.  CPython: maybe_optimize_method_call */
function maybeOptimizeMethodCall(c: Compiler, e: ast.Call): boolean {
  const meth = e.func;
  const args = e.args;
  const kwds = e.keywords;
  if (meth._kind !== 'Attribute' || meth.ctx !== 'Load') return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = args.length;
  const kwdsl = kwds.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (args.some((a) => a._kind === 'Starred')) return false;
  if (kwds.some((k) => k.arg === null)) return false;
  let l = LOC(meth);
  if (canOptimizeSuperCall(c, meth)) {
    const sup = meth.value as ast.Call;
    loadArgsForSuper(c, sup);
    addopName(c, l, Op.LOAD_SUPER_ATTR, meth.attr, 'names', sup.args.length ? NameOpKind.SuperMethod : NameOpKind.ZeroSuperMethod);
    l = updateStartLocationToMatchAttr(l, meth);
    c.addop(Op.NOP, l);
  } else {
    visitExpr(c, meth.value);
    l = updateStartLocationToMatchAttr(l, meth);
    addopName(c, l, Op.LOAD_ATTR, meth.attr, 'names', NameOpKind.Method);
  }
  for (const a of args) visitExpr(c, a);
  if (kwdsl) {
    for (const k of kwds) visitExpr(c, k.value);
    callSimpleKwHelper(c, l, kwds);
    l = updateStartLocationToMatchAttr(LOC(e), meth);
    c.addopI(Op.CALL_KW, argsl + kwdsl, l);
  } else {
    l = updateStartLocationToMatchAttr(LOC(e), meth);
    c.addopI(Op.CALL, argsl, l);
  }
  return true;
}

/**
 * all(genexp), any(genexp) and tuple(genexp) run the generator inline when the name is the
 * builtin at run time.  CPython: maybe_optimize_function_call
 */
function maybeOptimizeFunctionCall(c: Compiler, e: ast.Call, end: number): boolean {
  const func = e.func;
  if (!(func._kind === 'Name' && e.args.length === 1 && e.keywords.length === 0 && e.args[0]._kind === 'GeneratorExp')) return false;
  const genexp = e.args[0];
  if (c.st.lookup(genexp).coroutine) return false;
  const l = LOC(func);
  let optimized = false;
  const skip = c.newLabel();
  let constOparg = -1;
  let initialRes: boolean | null = null;
  let continueJump = -1;
  if (func.id === 'all') {
    constOparg = CONSTANT_BUILTIN_ALL;
    initialRes = true;
    continueJump = Op.POP_JUMP_IF_TRUE;
  } else if (func.id === 'any') {
    constOparg = CONSTANT_BUILTIN_ANY;
    initialRes = false;
    continueJump = Op.POP_JUMP_IF_FALSE;
  } else if (func.id === 'tuple') {
    constOparg = CONSTANT_BUILTIN_TUPLE;
  }
  if (constOparg !== -1) {
    c.addopI(Op.COPY, 1, l); // the function
    c.addopI(Op.LOAD_COMMON_CONSTANT, constOparg, l);
    addCompare(c, l, 'Is');
    c.addopJ(Op.POP_JUMP_IF_FALSE, skip, l);
    c.addop(Op.POP_TOP, l);
    if (constOparg === CONSTANT_BUILTIN_TUPLE) c.addopI(Op.BUILD_LIST, 0, l);
    visitExpr(c, genexp);
    const loop = c.newLabel();
    const cleanup = c.newLabel();
    c.useLabel(loop);
    c.addopJ(Op.FOR_ITER, cleanup, l);
    if (constOparg === CONSTANT_BUILTIN_TUPLE) {
      c.addopI(Op.LIST_APPEND, 2, l);
      c.addopJ(Op.JUMP, loop, l);
    } else {
      c.addop(Op.TO_BOOL, l);
      c.addopJ(continueJump, loop, l);
    }
    c.addop(Op.POP_ITER, NO_LOCATION);
    if (constOparg !== CONSTANT_BUILTIN_TUPLE) c.loadConst(!initialRes, l);
    c.addopJ(Op.JUMP, end, l);
    c.useLabel(cleanup);
    c.addop(Op.END_FOR, NO_LOCATION);
    c.addop(Op.POP_ITER, NO_LOCATION);
    if (constOparg === CONSTANT_BUILTIN_TUPLE) c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, l);
    else c.loadConst(initialRes as boolean, l);
    optimized = true;
    c.addopJ(Op.JUMP, end, l);
  }
  c.useLabel(skip);
  return optimized;
}

/** keyword argument repeated: x.  CPython: codegen_validate_keywords */
function validateKeywords(c: Compiler, keywords: ast.keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const key = keywords[i];
    if (key.arg === null) continue;
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j];
      if (other.arg !== null && other.arg === key.arg) c.error(LOC(other), `keyword argument repeated: ${key.arg}`);
    }
  }
}

// CPython: codegen_call
export function codegenCall(c: Compiler, e: ast.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  const skipNormalCall = c.newLabel();
  checkCaller(c, e.func);
  visitExpr(c, e.func);
  maybeOptimizeFunctionCall(c, e, skipNormalCall);
  c.addop(Op.PUSH_NULL, LOC(e.func));
  callHelper(c, LOC(e), 0, e.args, null, e.keywords);
  c.useLabel(skipNormalCall);
}

/** The tuple of keyword names before CALL_KW.  CPython: codegen_call_simple_kw_helper */
function callSimpleKwHelper(c: Compiler, l: Location, keywords: ast.keyword[]): void {
  c.loadConst(new PyTuple(keywords.map((k) => k.arg as string)), l);
}

// CPython: codegen_subkwargs
function subkwargs(c: Compiler, l: Location, keywords: ast.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (big) c.addopI(Op.BUILD_MAP, 0, NO_LOCATION);
  for (let i = begin; i < end; i++) {
    const kw = keywords[i];
    c.loadConst(kw.arg as string, l);
    visitExpr(c, kw.value);
    if (big) c.addopI(Op.MAP_ADD, 1, NO_LOCATION);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n, l);
}

/** Arguments and the CALL, CALL_KW or CALL_FUNCTION_EX; `n` values are already pushed.  CPython: codegen_call_helper_impl */
export function callHelper(c: Compiler, l: Location, n: number, args: ast.expr[], injectedArg: string | null, keywords: ast.keyword[]): void {
  validateKeywords(c, keywords);
  let nelts = args.length;
  const nkwelts = keywords.length;
  const exCall =
    nelts + nkwelts * 2 > STACK_USE_GUIDELINE || args.some((a) => a._kind === 'Starred') || keywords.some((k) => k.arg === null);
  if (!exCall) {
    for (const a of args) visitExpr(c, a);
    if (injectedArg) {
      nameop(c, l, injectedArg, 'Load');
      nelts++;
    }
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      callSimpleKwHelper(c, l, keywords);
      c.addopI(Op.CALL_KW, n + nelts + nkwelts, l);
    } else {
      c.addopI(Op.CALL, n + nelts, l);
    }
    return;
  }
  // Positional arguments as one tuple.
  if (n === 0 && nelts === 1 && args[0]._kind === 'Starred') visitExpr(c, args[0].value);
  else starunpackHelper(c, l, args, injectedArg, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  // Keyword arguments as one dict.
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i];
      if (kw.arg === null) {
        if (nseen) {
          subkwargs(c, l, keywords, i - nseen, i);
          if (haveDict) c.addopI(Op.DICT_MERGE, 1, l);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addopI(Op.BUILD_MAP, 0, l);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.addopI(Op.DICT_MERGE, 1, l);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      subkwargs(c, l, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addopI(Op.DICT_MERGE, 1, l);
    }
  }
  if (nkwelts === 0) c.addop(Op.PUSH_NULL, l);
  c.addop(Op.CALL_FUNCTION_EX, l);
}

// ----- f-strings and t-strings ------------------------------------------------------------------

const FVC_STR = 1, FVC_REPR = 2, FVC_ASCII = 3;

function conversionCode(conversion: number): number {
  switch (conversion) {
    case 115: return FVC_STR; // 's'
    case 114: return FVC_REPR; // 'r'
    case 97: return FVC_ASCII; // 'a'
  }
  throw new Error(`Unrecognized conversion character ${conversion}`);
}

// CPython: codegen_joined_str
export function codegenJoinedStr(c: Compiler, e: ast.JoinedStr): void {
  const l = LOC(e);
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst('', l);
    addopName(c, l, Op.LOAD_ATTR, 'join', 'names', NameOpKind.Method);
    c.addopI(Op.BUILD_LIST, 0, l);
    for (const v of e.values) {
      visitExpr(c, v);
      c.addopI(Op.LIST_APPEND, 1, l);
    }
    c.addopI(Op.CALL, 1, l);
  } else {
    for (const v of e.values) visitExpr(c, v);
    if (n > 1) c.addopI(Op.BUILD_STRING, n, l);
    else if (n === 0) c.loadConst('', l);
  }
}

// CPython: codegen_template_str
export function codegenTemplateStr(c: Compiler, e: ast.TemplateStr): void {
  const l = LOC(e);
  let lastWasInterpolation = true;
  let strings = 0;
  for (const v of e.values) {
    if (v._kind === 'Interpolation') {
      if (lastWasInterpolation) {
        c.loadConst('', l);
        strings++;
      }
      lastWasInterpolation = true;
    } else {
      visitExpr(c, v);
      strings++;
      lastWasInterpolation = false;
    }
  }
  if (lastWasInterpolation) {
    c.loadConst('', l);
    strings++;
  }
  c.addopI(Op.BUILD_TUPLE, strings, l);
  let interpolations = 0;
  for (const v of e.values) {
    if (v._kind === 'Interpolation') {
      visitExpr(c, v);
      interpolations++;
    }
  }
  c.addopI(Op.BUILD_TUPLE, interpolations, l);
  c.addop(Op.BUILD_TEMPLATE, l);
}

// CPython: codegen_interpolation
export function codegenInterpolation(c: Compiler, e: ast.Interpolation): void {
  const l = LOC(e);
  visitExpr(c, e.value);
  c.loadConst(e.str, l);
  let oparg = 2;
  if (e.format_spec) {
    oparg++;
    visitExpr(c, e.format_spec);
  }
  if (e.conversion !== -1) oparg |= conversionCode(e.conversion) << 2;
  c.addopI(Op.BUILD_INTERPOLATION, oparg, l);
}

// CPython: codegen_formatted_value
export function codegenFormattedValue(c: Compiler, e: ast.FormattedValue): void {
  visitExpr(c, e.value);
  const l = LOC(e);
  if (e.conversion !== -1) c.addopI(Op.CONVERT_VALUE, conversionCode(e.conversion), l);
  if (e.format_spec) {
    visitExpr(c, e.format_spec);
    c.addop(Op.FORMAT_WITH_SPEC, l);
  } else {
    c.addop(Op.FORMAT_SIMPLE, l);
  }
}

// ----- attributes, subscripts, slices -----------------------------------------------------------

export function codegenAttribute(c: Compiler, e: ast.Attribute): void {
  let l: Location = LOC(e);
  if (e.ctx === 'Load' && canOptimizeSuperCall(c, e)) {
    const sup = e.value as ast.Call;
    loadArgsForSuper(c, sup);
    addopName(c, l, Op.LOAD_SUPER_ATTR, e.attr, 'names', sup.args.length ? NameOpKind.SuperAttr : NameOpKind.ZeroSuperAttr);
    l = updateStartLocationToMatchAttr(l, e);
    c.addop(Op.NOP, l);
    return;
  }
  c.maybeAddStaticAttributeToClass(e);
  visitExpr(c, e.value);
  l = updateStartLocationToMatchAttr(LOC(e), e);
  switch (e.ctx) {
    case 'Load':
      addopName(c, l, Op.LOAD_ATTR, e.attr, 'names', NameOpKind.Attr);
      break;
    case 'Store':
      addopName(c, l, Op.STORE_ATTR, e.attr, 'names');
      break;
    case 'Del':
      addopName(c, l, Op.DELETE_ATTR, e.attr, 'names');
      break;
  }
}

function isConstantSlice(s: ast.expr): boolean {
  return (
    s._kind === 'Slice' &&
    (s.lower === null || s.lower._kind === 'Constant') &&
    (s.upper === null || s.upper._kind === 'Constant') &&
    (s.step === null || s.step._kind === 'Constant')
  );
}

/** `a[x:y]` without step (and not constant) uses BINARY_SLICE / STORE_SLICE. */
export function shouldApplyTwoElementSliceOptimization(s: ast.expr): boolean {
  return !isConstantSlice(s) && s._kind === 'Slice' && s.step === null;
}

// CPython: codegen_subscript
export function codegenSubscript(c: Compiler, e: ast.Subscript): void {
  const l = LOC(e);
  const ctx = e.ctx;
  if (ctx === 'Load') {
    checkSubscripter(c, e.value);
    checkIndex(c, e.value, e.slice);
  }
  visitExpr(c, e.value);
  if (shouldApplyTwoElementSliceOptimization(e.slice) && ctx !== 'Del') {
    sliceTwoParts(c, e.slice as ast.Slice);
    c.addop(ctx === 'Load' ? Op.BINARY_SLICE : Op.STORE_SLICE, l);
  } else {
    visitExpr(c, e.slice);
    if (ctx === 'Load') c.addopI(Op.BINARY_OP, NB_SUBSCR, l);
    else c.addop(ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR, l);
  }
}

// CPython: codegen_slice_two_parts
export function sliceTwoParts(c: Compiler, s: ast.Slice): void {
  if (s.lower) visitExpr(c, s.lower);
  else c.loadConst(None, LOC(s));
  if (s.upper) visitExpr(c, s.upper);
  else c.loadConst(None, LOC(s));
}

// CPython: codegen_slice
export function codegenSlice(c: Compiler, s: ast.Slice): void {
  if (isConstantSlice(s)) {
    const v = (x: ast.expr | null): PyValue => (x ? (x as ast.Constant).value : None);
    c.loadConst(new PySlice(v(s.lower), v(s.upper), v(s.step)), LOC(s));
    return;
  }
  sliceTwoParts(c, s);
  let n = 2;
  if (s.step) {
    n++;
    visitExpr(c, s.step);
  }
  c.addopI(Op.BUILD_SLICE, n, LOC(s));
}
