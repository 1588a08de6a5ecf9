// The checks compile() runs on an AST that did not come from the parser: contexts, positions,
// non-empty bodies, constants, patterns.  CPython: Python/ast.c _PyAST_Validate
import { None, Ellipsis, PyObject, type PyValue } from '../../objects/object.ts';
import { typeOf, type PyType } from '../../objects/type.ts';
import { PyFloat, FloatType } from '../../objects/float.ts';
import { PyComplex, ComplexType } from '../../objects/complex.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { BytesType } from '../../objects/bytes/index.ts';
import { PyTuple, TupleType } from '../../objects/tuple.ts';
import { PySetObject } from '../../objects/set.ts';
import { FrozenSetType } from '../../objects/set-type.ts';
import * as A from '../../objects/abstract.ts';
import * as E from '../../objects/exceptions.ts';
import type * as ast from '../../ast/nodes.generated.ts';

type Ctx = ast.expr_context;

interface Positioned {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** CPython: VALIDATE_POSITIONS */
function validatePositions(n: Positioned): void {
  if (n.lineno > n.end_lineno) throw E.valueError(`AST node line range (${n.lineno}, ${n.end_lineno}) is not valid`);
  if ((n.lineno < 0 && n.end_lineno !== n.lineno) || (n.col_offset < 0 && n.col_offset !== n.end_col_offset)) {
    throw E.valueError(`AST node column range (${n.col_offset}, ${n.end_col_offset}) for line range (${n.lineno}, ${n.end_lineno}) is not valid`);
  }
  if (n.lineno === n.end_lineno && n.col_offset > n.end_col_offset) {
    throw E.valueError(`line ${n.lineno}, column ${n.col_offset}-${n.end_col_offset} is not a valid range`);
  }
}

/** CPython: validate_name */
function validateName(name: string): void {
  if (name === 'None' || name === 'True' || name === 'False') throw E.valueError(`identifier field can't represent '${name}' constant`);
}

const EXACT: Record<string, () => PyType> = {
  float: () => FloatType,
  complex: () => ComplexType,
  bytes: () => BytesType,
  tuple: () => TupleType,
  frozenset: () => FrozenSetType,
};

/** PyFloat_CheckExact and friends. */
function isExact(v: PyValue, name: string): boolean {
  return v instanceof PyObject && typeOf(v) === EXACT[name]();
}

/** Exact int, float, complex, str or bytes (what a literal pattern may hold). */
function isExactInt(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint';
}

/** CPython: validate_constant */
function validateConstant(value: PyValue): void {
  if (value === None || value === Ellipsis) return;
  if (isExactInt(value) || typeof value === 'boolean' || typeof value === 'string') return;
  if (value instanceof PyFloat && isExact(value, 'float')) return;
  if (value instanceof PyComplex && isExact(value, 'complex')) return;
  if (value instanceof PyBytes && isExact(value, 'bytes')) return;
  if ((value instanceof PyTuple && isExact(value, 'tuple')) || (value instanceof PySetObject && isExact(value, 'frozenset'))) {
    for (const item of A.iterableToArray(value)) validateConstant(item);
    return;
  }
  throw E.typeError(`got an invalid type in Constant: ${typeOf(value).name}`);
}

/** CPython: validate_comprehension */
function validateComprehension(gens: ast.comprehension[]): void {
  if (gens.length === 0) throw E.valueError('comprehension with no generators');
  for (const comp of gens) {
    validateExpr(comp.target, 'Store');
    validateExpr(comp.iter, 'Load');
    validateExprs(comp.ifs, 'Load', false);
  }
}

function validateKeywords(keywords: ast.keyword[]): void {
  for (const k of keywords) validateExpr(k.value, 'Load');
}

function validateArgs(args: ast.arg[]): void {
  for (const a of args) {
    validatePositions(a);
    if (a.annotation) validateExpr(a.annotation, 'Load');
  }
}

/** CPython: validate_arguments */
function validateArguments(args: ast.arguments_): void {
  validateArgs(args.posonlyargs);
  validateArgs(args.args);
  if (args.vararg?.annotation) validateExpr(args.vararg.annotation, 'Load');
  validateArgs(args.kwonlyargs);
  if (args.kwarg?.annotation) validateExpr(args.kwarg.annotation, 'Load');
  if (args.defaults.length > args.posonlyargs.length + args.args.length) throw E.valueError('more positional defaults than args on arguments');
  if (args.kw_defaults.length !== args.kwonlyargs.length) throw E.valueError('length of kwonlyargs is not the same as kw_defaults on arguments');
  validateExprs(args.defaults, 'Load', false);
  validateExprs(args.kw_defaults as (ast.expr | null)[], 'Load', true);
}

/** CPython: validate_expr */
function validateExpr(exp: ast.expr, ctx: Ctx): void {
  validatePositions(exp);
  let actual: Ctx | null = null;
  switch (exp._kind) {
    case 'Attribute':
    case 'Subscript':
    case 'Starred':
    case 'List':
    case 'Tuple':
      actual = exp.ctx;
      break;
    case 'Name':
      validateName(exp.id);
      actual = exp.ctx;
      break;
    default:
      if (ctx !== 'Load') throw E.valueError(`expression which can't be assigned to in ${ctx} context`);
  }
  if (actual !== null && actual !== ctx) throw E.valueError(`expression must have ${ctx} context but has ${actual} instead`);
  switch (exp._kind) {
    case 'BoolOp':
      if (exp.values.length < 2) throw E.valueError('BoolOp with less than 2 values');
      return validateExprs(exp.values, 'Load', false);
    case 'BinOp':
      validateExpr(exp.left, 'Load');
      return validateExpr(exp.right, 'Load');
    case 'UnaryOp':
      return validateExpr(exp.operand, 'Load');
    case 'Lambda':
      validateArguments(exp.args);
      return validateExpr(exp.body, 'Load');
    case 'IfExp':
      validateExpr(exp.test, 'Load');
      validateExpr(exp.body, 'Load');
      return validateExpr(exp.orelse, 'Load');
    case 'Dict':
      if (exp.keys.length !== exp.values.length) throw E.valueError("Dict doesn't have the same number of keys as values");
      // None keys stand for ** unpacking.
      validateExprs(exp.keys, 'Load', true);
      return validateExprs(exp.values, 'Load', false);
    case 'Set':
      return validateExprs(exp.elts, 'Load', false);
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      validateComprehension(exp.generators);
      return validateExpr(exp.elt, 'Load');
    case 'DictComp':
      validateComprehension(exp.generators);
      validateExpr(exp.key, 'Load');
      return validateExpr(exp.value, 'Load');
    case 'Yield':
      if (exp.value) validateExpr(exp.value, 'Load');
      return;
    case 'YieldFrom':
    case 'Await':
      return validateExpr(exp.value, 'Load');
    case 'Compare':
      if (exp.comparators.length === 0) throw E.valueError('Compare with no comparators');
      if (exp.comparators.length !== exp.ops.length) throw E.valueError('Compare has a different number of comparators and operands');
      validateExprs(exp.comparators, 'Load', false);
      return validateExpr(exp.left, 'Load');
    case 'Call':
      validateExpr(exp.func, 'Load');
      validateExprs(exp.args, 'Load', false);
      return validateKeywords(exp.keywords);
    case 'Constant':
      return validateConstant(exp.value);
    case 'JoinedStr':
    case 'TemplateStr':
      return validateExprs(exp.values, 'Load', false);
    case 'FormattedValue':
    case 'Interpolation':
      validateExpr(exp.value, 'Load');
      if (exp.format_spec) validateExpr(exp.format_spec, 'Load');
      return;
    case 'Attribute':
      return validateExpr(exp.value, 'Load');
    case 'Subscript':
      validateExpr(exp.slice, 'Load');
      return validateExpr(exp.value, 'Load');
    case 'Starred':
      return validateExpr(exp.value, ctx);
    case 'Slice':
      if (exp.lower) validateExpr(exp.lower, 'Load');
      if (exp.upper) validateExpr(exp.upper, 'Load');
      if (exp.step) validateExpr(exp.step, 'Load');
      return;
    case 'List':
    case 'Tuple':
      return validateExprs(exp.elts, ctx, false);
    case 'NamedExpr':
      if (exp.target._kind !== 'Name') throw E.typeError('NamedExpr target must be a Name');
      return validateExpr(exp.value, 'Load');
    case 'Name':
      return;
  }
}

/** A literal number: exact int or float (real), or exact complex (imaginary).  CPython: ensure_literal_number */
function isLiteralNumber(exp: ast.Constant, real: boolean, imaginary: boolean): boolean {
  const v = exp.value;
  return (real && ((v instanceof PyFloat && isExact(v, 'float')) || isExactInt(v))) || (imaginary && v instanceof PyComplex && isExact(v, 'complex'));
}

/** CPython: ensure_literal_negative */
function isLiteralNegative(exp: ast.UnaryOp, real: boolean, imaginary: boolean): boolean {
  if (exp.op !== 'USub') return false;
  const operand = exp.operand;
  return operand._kind === 'Constant' && isLiteralNumber(operand, real, imaginary);
}

/** CPython: ensure_literal_complex */
function isLiteralComplex(exp: ast.BinOp): boolean {
  if (exp.op !== 'Add' && exp.op !== 'Sub') return false;
  const { left, right } = exp;
  if (left._kind === 'Constant') {
    if (!isLiteralNumber(left, true, false)) return false;
  } else if (left._kind === 'UnaryOp') {
    if (!isLiteralNegative(left, true, false)) return false;
  } else return false;
  return right._kind === 'Constant' && isLiteralNumber(right, false, true);
}

/** CPython: validate_pattern_match_value */
function validatePatternMatchValue(exp: ast.expr): void {
  validateExpr(exp, 'Load');
  switch (exp._kind) {
    case 'Constant': {
      const v = exp.value;
      if (isExactInt(v) || typeof v === 'string') return;
      if ((v instanceof PyFloat && isExact(v, 'float')) || (v instanceof PyBytes && isExact(v, 'bytes')) || (v instanceof PyComplex && isExact(v, 'complex'))) return;
      throw E.valueError('unexpected constant inside of a literal pattern');
    }
    case 'Attribute':
      return;
    case 'UnaryOp':
      if (isLiteralNegative(exp, true, true)) return;
      break;
    case 'BinOp':
      if (isLiteralComplex(exp)) return;
      break;
    case 'JoinedStr':
    case 'TemplateStr':
      return;
  }
  throw E.valueError('patterns may only match literals and attribute lookups');
}

/** CPython: validate_capture */
function validateCapture(name: string): void {
  if (name === '_') throw E.valueError("can't capture name '_' in patterns");
  validateName(name);
}

/** CPython: validate_pattern */
function validatePattern(p: ast.pattern, starOk: boolean): void {
  validatePositions(p);
  switch (p._kind) {
    case 'MatchValue':
      return validatePatternMatchValue(p.value);
    case 'MatchSingleton':
      if (p.value !== None && typeof p.value !== 'boolean') throw E.valueError('MatchSingleton can only contain True, False and None');
      return;
    case 'MatchSequence':
      return validatePatterns(p.patterns, true);
    case 'MatchMapping':
      if (p.keys.length !== p.patterns.length) throw E.valueError("MatchMapping doesn't have the same number of keys as patterns");
      if (p.rest) validateCapture(p.rest);
      for (const key of p.keys) {
        // None, True and False are syntactically valid keys.
        if (key._kind === 'Constant' && (key.value === None || typeof key.value === 'boolean')) continue;
        validatePatternMatchValue(key);
      }
      return validatePatterns(p.patterns, false);
    case 'MatchClass': {
      if (p.kwd_attrs.length !== p.kwd_patterns.length) throw E.valueError("MatchClass doesn't have the same number of keyword attributes as patterns");
      validateExpr(p.cls, 'Load');
      let cls: ast.expr = p.cls;
      while (cls._kind !== 'Name') {
        if (cls._kind !== 'Attribute') throw E.valueError('MatchClass cls field can only contain Name or Attribute nodes.');
        cls = cls.value;
      }
      for (const name of p.kwd_attrs) validateName(name);
      validatePatterns(p.patterns, false);
      return validatePatterns(p.kwd_patterns, false);
    }
    case 'MatchStar':
      if (!starOk) throw E.valueError("can't use MatchStar here");
      if (p.name !== null) validateCapture(p.name);
      return;
    case 'MatchAs':
      if (p.name) validateCapture(p.name);
      if (p.pattern === null) return;
      if (p.name === null) throw E.valueError('MatchAs must specify a target name if a pattern is given');
      return validatePattern(p.pattern, false);
    case 'MatchOr':
      if (p.patterns.length < 2) throw E.valueError('MatchOr requires at least 2 patterns');
      return validatePatterns(p.patterns, false);
  }
}

/** CPython: _validate_nonempty_seq */
function validateNonempty(seq: readonly unknown[], what: string, owner: string): void {
  if (seq.length === 0) throw E.valueError(`empty ${what} on ${owner}`);
}

function validateAssignlist(targets: ast.expr[], ctx: Ctx): void {
  validateNonempty(targets, 'targets', ctx === 'Del' ? 'Delete' : 'Assign');
  validateExprs(targets, ctx, false);
}

function validateBody(body: ast.stmt[], owner: string): void {
  validateNonempty(body, 'body', owner);
  validateStmts(body);
}

function validateFunctionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
  validateBody(s.body, s._kind);
  validateTypeParams(s.type_params);
  validateArguments(s.args);
  validateExprs(s.decorator_list, 'Load', false);
  if (s.returns) validateExpr(s.returns, 'Load');
}

function validateTry(s: ast.Try | ast.TryStar): void {
  validateBody(s.body, s._kind);
  if (s.handlers.length === 0 && s.finalbody.length === 0) throw E.valueError(`${s._kind} has neither except handlers nor finalbody`);
  if (s.handlers.length === 0 && s.orelse.length > 0) throw E.valueError(`${s._kind} has orelse but no except handlers`);
  for (const h of s.handlers) {
    // Differs from CPython: a None handler is an error here (CPython dereferences it).
    if (h === null) throw E.valueError('None disallowed in statement list');
    // CPython checks the handlers' positions in Try only.
    if (s._kind === 'Try') validatePositions(h);
    if (h.type) validateExpr(h.type, 'Load');
    validateBody(h.body, 'ExceptHandler');
  }
  if (s.finalbody.length > 0) validateStmts(s.finalbody);
  if (s.orelse.length > 0) validateStmts(s.orelse);
}

function validateWith(s: ast.With | ast.AsyncWith): void {
  validateNonempty(s.items, 'items', s._kind);
  for (const item of s.items) {
    validateExpr(item.context_expr, 'Load');
    if (item.optional_vars) validateExpr(item.optional_vars, 'Store');
  }
  validateBody(s.body, s._kind);
}

/** CPython: validate_stmt */
function validateStmt(s: ast.stmt): void {
  validatePositions(s);
  switch (s._kind) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return validateFunctionDef(s);
    case 'ClassDef':
      validateBody(s.body, 'ClassDef');
      validateTypeParams(s.type_params);
      validateExprs(s.bases, 'Load', false);
      validateKeywords(s.keywords);
      return validateExprs(s.decorator_list, 'Load', false);
    case 'Return':
      if (s.value) validateExpr(s.value, 'Load');
      return;
    case 'Delete':
      return validateAssignlist(s.targets, 'Del');
    case 'Assign':
      validateAssignlist(s.targets, 'Store');
      return validateExpr(s.value, 'Load');
    case 'AugAssign':
      validateExpr(s.target, 'Store');
      return validateExpr(s.value, 'Load');
    case 'AnnAssign':
      if (s.target._kind !== 'Name' && s.simple) throw E.typeError('AnnAssign with simple non-Name target');
      validateExpr(s.target, 'Store');
      if (s.value) validateExpr(s.value, 'Load');
      return validateExpr(s.annotation, 'Load');
    case 'TypeAlias':
      if (s.name._kind !== 'Name') throw E.typeError('TypeAlias with non-Name name');
      validateExpr(s.name, 'Store');
      validateTypeParams(s.type_params);
      return validateExpr(s.value, 'Load');
    case 'For':
    case 'AsyncFor':
      validateExpr(s.target, 'Store');
      validateExpr(s.iter, 'Load');
      validateBody(s.body, s._kind);
      return validateStmts(s.orelse);
    case 'While':
    case 'If':
      validateExpr(s.test, 'Load');
      validateBody(s.body, s._kind);
      return validateStmts(s.orelse);
    case 'With':
    case 'AsyncWith':
      return validateWith(s);
    case 'Match':
      validateExpr(s.subject, 'Load');
      validateNonempty(s.cases, 'cases', 'Match');
      for (const m of s.cases) {
        validatePattern(m.pattern, false);
        if (m.guard) validateExpr(m.guard, 'Load');
        validateBody(m.body, 'match_case');
      }
      return;
    case 'Raise':
      if (s.exc) {
        validateExpr(s.exc, 'Load');
        if (s.cause) validateExpr(s.cause, 'Load');
        return;
      }
      if (s.cause) throw E.valueError('Raise with cause but no exception');
      return;
    case 'Try':
    case 'TryStar':
      return validateTry(s);
    case 'Assert':
      validateExpr(s.test, 'Load');
      if (s.msg) validateExpr(s.msg, 'Load');
      return;
    case 'Import':
      return validateNonempty(s.names, 'names', 'Import');
    case 'ImportFrom':
      if (s.level !== null && s.level < 0) throw E.valueError('Negative ImportFrom level');
      return validateNonempty(s.names, 'names', 'ImportFrom');
    case 'Global':
    case 'Nonlocal':
      return validateNonempty(s.names, 'names', s._kind);
    case 'Expr':
      return validateExpr(s.value, 'Load');
    case 'Pass':
    case 'Break':
    case 'Continue':
      return;
  }
}

/** CPython: validate_stmts */
function validateStmts(seq: (ast.stmt | null)[]): void {
  for (const s of seq) {
    if (s === null) throw E.valueError('None disallowed in statement list');
    validateStmt(s);
  }
}

/** CPython: validate_exprs */
function validateExprs(exprs: (ast.expr | null)[], ctx: Ctx, nullOk: boolean): void {
  for (const e of exprs) {
    if (e !== null) validateExpr(e, ctx);
    else if (!nullOk) throw E.valueError('None disallowed in expression list');
  }
}

function validatePatterns(patterns: ast.pattern[], starOk: boolean): void {
  // Differs from CPython: a None pattern is an error here (CPython dereferences it).
  for (const p of patterns) {
    if (p === null) throw E.valueError('None disallowed in expression list');
    validatePattern(p, starOk);
  }
}

/** CPython: validate_typeparam, validate_type_params */
function validateTypeParams(tps: (ast.type_param | null)[]): void {
  for (const tp of tps) {
    if (tp === null) continue;
    validatePositions(tp);
    validateName(tp.name);
    if (tp._kind === 'TypeVar' && tp.bound) validateExpr(tp.bound, 'Load');
    if (tp.default_value) validateExpr(tp.default_value, 'Load');
  }
}

/** Checks an AST built by hand before it is compiled.  CPython: _PyAST_Validate */
export function validateMod(mod: ast.mod): void {
  try {
    switch (mod._kind) {
      case 'Module':
      case 'Interactive':
        return validateStmts(mod.body);
      case 'Expression':
        return validateExpr(mod.body, 'Load');
      case 'FunctionType':
        validateExprs(mod.argtypes, 'Load', false);
        return validateExpr(mod.returns, 'Load');
    }
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw E.recursionError('maximum recursion depth exceeded during compilation');
    throw e;
  }
}
