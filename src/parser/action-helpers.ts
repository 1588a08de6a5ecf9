// Helpers the grammar actions call: expression contexts, argument lists, string concatenation,
// f-string pieces, and the error-reporting helpers of the invalid_* rules.
// CPython: Parser/action_helpers.c
import * as ast from '../ast/nodes.generated.ts';
import { Ellipsis, None } from '../objects/object.ts';
import { PyBytes } from '../objects/bytes.ts';
import { PyComplex } from '../objects/complex.ts';
import type { Token } from './token.ts';
import { DUMMY_NAME, type Located, type Parser } from './parser.ts';

// ---- intermediate results of rules (CPython: the structs of Parser/pegen.h) ----

export interface CmpopExprPair {
  cmpop: ast.cmpop;
  expr: ast.expr;
}

export interface KeyValuePair {
  key: ast.expr | null;
  value: ast.expr;
}

export interface KeyPatternPair {
  key: ast.expr;
  pattern: ast.pattern;
}

export interface NameDefaultPair {
  arg: ast.arg;
  value: ast.expr | null;
}

export interface SlashWithDefault {
  plainNames: ast.arg[];
  namesWithDefaults: NameDefaultPair[];
}

export interface StarEtc {
  vararg: ast.arg | null;
  kwonlyargs: NameDefaultPair[] | null;
  kwarg: ast.arg | null;
}

export interface KeywordOrStarred {
  element: ast.keyword | ast.expr;
  isKeyword: boolean;
}

/** A conversion or format spec with the tokenizer's metadata (the expression text before it). */
export interface ResultWithMetadata<T> {
  result: T;
  metadata: string | null;
}

export const enum TargetsType {
  Star,
  Del,
  For,
}

// ---- contexts ----

/** A copy of `e` with context `ctx` (recursively for tuples, lists and starred).  CPython: _PyPegen_set_expr_context */
export function setExprContext(e: ast.expr, ctx: ast.expr_context): ast.expr {
  switch (e._kind) {
    case 'Name':
      return new ast.Name(e.id, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'Tuple':
      return new ast.Tuple(setSeqContext(e.elts, ctx), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'List':
      return new ast.List(setSeqContext(e.elts, ctx), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'Subscript':
      return new ast.Subscript(e.value, e.slice, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'Attribute':
      return new ast.Attribute(e.value, e.attr, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    case 'Starred':
      return new ast.Starred(setExprContext(e.value, ctx), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    default:
      return e;
  }
}

function setSeqContext(seq: ast.expr[], ctx: ast.expr_context): ast.expr[] {
  const out: ast.expr[] = new Array(seq.length);
  for (let i = 0; i < seq.length; i++) out[i] = setExprContext(seq[i], ctx);
  return out;
}

// ---- names ----

/** `a.b` from two names.  CPython: _PyPegen_join_names_with_dot */
export function joinNamesWithDot(a: ast.Name, b: ast.Name): ast.Name {
  return new ast.Name(`${a.id}.${b.id}`, 'Load', a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
}

/** Number of dots in the tokens of a relative import.  CPython: _PyPegen_seq_count_dots */
export function countDots(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) n += t.string === '...' ? 3 : 1;
  return n;
}

/** CPython: _PyPegen_check_legacy_stmt */
export function checkLegacyStmt(e: ast.expr): boolean {
  return e._kind === 'Name' && (e.id === 'print' || e.id === 'exec');
}

// ---- function parameters ----

/** CPython: _PyPegen_make_arguments */
export function makeArguments(
  slashWithoutDefault: ast.arg[] | null,
  slashWithDefault: SlashWithDefault | null,
  plainNames: ast.arg[] | null,
  namesWithDefault: NameDefaultPair[] | null,
  starEtc: StarEtc | null,
): ast.arguments_ {
  let posonlyargs: ast.arg[];
  if (slashWithoutDefault !== null) posonlyargs = slashWithoutDefault;
  else if (slashWithDefault !== null) posonlyargs = slashWithDefault.plainNames.concat(slashWithDefault.namesWithDefaults.map(getArg));
  else posonlyargs = [];

  let posargs: ast.arg[];
  if (namesWithDefault !== null) posargs = plainNames !== null ? plainNames.concat(namesWithDefault.map(getArg)) : namesWithDefault.map(getArg);
  else posargs = plainNames ?? [];

  let posdefaults: ast.expr[];
  if (slashWithDefault !== null && namesWithDefault !== null) {
    posdefaults = slashWithDefault.namesWithDefaults.map(getValue).concat(namesWithDefault.map(getValue));
  } else if (namesWithDefault !== null) posdefaults = namesWithDefault.map(getValue);
  else if (slashWithDefault !== null) posdefaults = slashWithDefault.namesWithDefaults.map(getValue);
  else posdefaults = [];

  const vararg = starEtc?.vararg ?? null;
  const kwonly = starEtc?.kwonlyargs ?? null;
  const kwonlyargs = kwonly !== null ? kwonly.map(getArg) : [];
  // kw_defaults keeps a None (null) for a keyword-only parameter without a default.
  const kwdefaults = kwonly !== null ? (kwonly.map((x) => x.value) as ast.expr[]) : [];
  const kwarg = starEtc?.kwarg ?? null;
  return new ast.arguments_(posonlyargs, posargs, vararg, kwonlyargs, kwdefaults, kwarg, posdefaults);
}

function getArg(p: NameDefaultPair): ast.arg {
  return p.arg;
}

function getValue(p: NameDefaultPair): ast.expr {
  return p.value as ast.expr;
}

/** CPython: _PyPegen_empty_arguments */
export function emptyArguments(): ast.arguments_ {
  return new ast.arguments_([], [], null, [], [], null, []);
}

/** CPython: _PyPegen_add_type_comment_to_arg */
export function addTypeCommentToArg(a: ast.arg, tc: Token | null): ast.arg {
  if (tc === null) return a;
  return new ast.arg(a.arg, a.annotation, tc.string, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
}

// ---- definitions ----

/** CPython: _PyPegen_function_def_decorators */
export function functionDefDecorators(decorators: ast.expr[], f: ast.stmt): ast.stmt {
  if (f._kind === 'AsyncFunctionDef') {
    return new ast.AsyncFunctionDef(f.name, f.args, f.body, decorators, f.returns, f.type_comment, f.type_params, f.lineno, f.col_offset, f.end_lineno, f.end_col_offset);
  }
  if (f._kind === 'FunctionDef') {
    return new ast.FunctionDef(f.name, f.args, f.body, decorators, f.returns, f.type_comment, f.type_params, f.lineno, f.col_offset, f.end_lineno, f.end_col_offset);
  }
  return f; // the second pass's stand-in
}

/** CPython: _PyPegen_class_def_decorators */
export function classDefDecorators(decorators: ast.expr[], c: ast.stmt): ast.stmt {
  if (c._kind !== 'ClassDef') return c;
  return new ast.ClassDef(c.name, c.bases, c.keywords, c.body, decorators, c.type_params, c.lineno, c.col_offset, c.end_lineno, c.end_col_offset);
}

// ---- calls ----

/** CPython: _PyPegen_seq_extract_starred_exprs */
export function extractStarredExprs(kwargs: KeywordOrStarred[]): ast.expr[] {
  const out: ast.expr[] = [];
  for (const k of kwargs) if (!k.isKeyword) out.push(k.element as ast.expr);
  return out;
}

/** CPython: _PyPegen_seq_delete_starred_exprs */
export function deleteStarredExprs(kwargs: KeywordOrStarred[]): ast.keyword[] {
  const out: ast.keyword[] = [];
  for (const k of kwargs) if (k.isKeyword) out.push(k.element as ast.keyword);
  return out;
}

/** CPython: _PyPegen_collect_call_seqs */
export function collectCallSeqs(a: ast.expr[], b: KeywordOrStarred[] | null, s: Located, e: Located): ast.Call {
  if (b === null) return new ast.Call(DUMMY_NAME, a, [], s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  const starreds = extractStarredExprs(b);
  const keywords = deleteStarredExprs(b);
  return new ast.Call(DUMMY_NAME, starreds.length ? a.concat(starreds) : a, keywords, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// ---- literals ----

/** CPython: _PyPegen_ensure_imaginary */
export function ensureImaginary(p: Parser, e: ast.expr): ast.expr {
  if (e._kind !== 'Constant' || !(e.value instanceof PyComplex)) p.raiseKnownLocation(e, 'imaginary number required in complex literal');
  return e;
}

/** CPython: _PyPegen_ensure_real */
export function ensureReal(p: Parser, e: ast.expr): ast.expr {
  if (e._kind !== 'Constant' || e.value instanceof PyComplex) p.raiseKnownLocation(e, 'real number required in complex literal');
  return e;
}

// ---- modules ----

/** CPython: _PyPegen_make_module */
export function makeModule(p: Parser, body: ast.stmt[]): ast.Module {
  return new ast.Module(body, p.typeIgnores.slice());
}

/** An ImportFrom; notes `from __future__ import barry_as_FLUFL`.  CPython: _PyPegen_checked_future_import */
export function checkedFutureImport(p: Parser, module: string, names: ast.alias[], level: number, s: Located, e: Located): ast.ImportFrom {
  if (level === 0 && module === '__future__') {
    for (const a of names) if (a.name === 'barry_as_FLUFL') p.barryAsBdfl = true;
  }
  return new ast.ImportFrom(module, names, level, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// ---- error helpers ----

/** What an expression is called in error messages.  CPython: _PyPegen_get_expr_name */
export function getExprName(e: ast.expr): string {
  switch (e._kind) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await':
      return 'await expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'TemplateStr':
    case 'Interpolation':
      return 't-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === None) return 'None';
      if (v === false) return 'False';
      if (v === true) return 'True';
      if (v === Ellipsis) return 'ellipsis';
      return 'literal';
    }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    default:
      throw new Error(`unexpected expression in assignment ${e._kind} (line ${e.lineno})`);
  }
}

/** The first sub-expression that cannot be a target.  CPython: _PyPegen_get_invalid_target */
export function getInvalidTarget(e: ast.expr | null, type: TargetsType): ast.expr | null {
  if (e === null) return null;
  switch (e._kind) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const child = getInvalidTarget(x, type);
        if (child !== null) return child;
      }
      return null;
    case 'Starred':
      if (type === TargetsType.Del) return e;
      return getInvalidTarget(e.value, type);
    case 'Compare':
      // `for a in b` parses `a in b` as a comparison: look at its left side.
      if (type === TargetsType.For) {
        if (e.ops[0] === 'In') return getInvalidTarget(e.left, type);
        return null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** Raises "cannot assign to ..." / "cannot delete ..." if `e` holds an invalid target.  CPython: RAISE_SYNTAX_ERROR_INVALID_TARGET */
export function raiseInvalidTarget(p: Parser, type: TargetsType, e: ast.expr): null {
  const t = getInvalidTarget(e, type);
  if (t !== null) {
    const msg = type === TargetsType.Del ? 'cannot delete %s' : 'cannot assign to %s';
    p.raiseKnownLocation(t, msg.replace('%s', getExprName(t)));
  }
  return null;
}

/** CPython: _PyPegen_get_last_comprehension_item */
export function lastComprehensionItem(c: ast.comprehension): ast.expr {
  return c.ifs.length === 0 ? c.iter : c.ifs[c.ifs.length - 1];
}

/** CPython: _PyPegen_arguments_parsing_error */
export function argumentsParsingError(p: Parser, e: ast.Call): never {
  const unpacking = e.keywords.some((k) => k.arg === null);
  p.raiseSyntaxError(unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
}

/** Null (no error) when the call has at most one argument.  CPython: _PyPegen_nonparen_genexp_in_call */
export function nonparenGenexpInCall(p: Parser, args: ast.Call, comprehensions: ast.comprehension[]): null {
  const n = args.args.length;
  if (n <= 1) return null;
  p.raiseKnownRange(args.args[n - 1], lastComprehensionItem(comprehensions[comprehensions.length - 1]), 'Generator expression must be parenthesized');
}

// ---- strings ----

/** Implicit concatenation of string, bytes and f-string literals.  CPython: _PyPegen_concatenate_strings */
export function concatenateStrings(p: Parser, strings: ast.expr[], s: Located, e: Located): ast.expr {
  let fstringFound = false;
  let unicodeFound = false;
  let bytesFound = false;
  for (const elem of strings) {
    if (elem._kind === 'Constant') {
      if (elem.value instanceof PyBytes) bytesFound = true;
      else unicodeFound = true;
    } else fstringFound = true;
  }
  if ((unicodeFound || fstringFound) && bytesFound) p.raiseSyntaxError('cannot mix bytes and nonbytes literals');
  if (!fstringFound) {
    if (strings.length === 1) return strings[0];
    const first = strings[0] as ast.Constant;
    if (bytesFound) {
      let len = 0;
      for (const x of strings) len += ((x as ast.Constant).value as PyBytes).data.length;
      const data = new Uint8Array(len);
      let at = 0;
      for (const x of strings) {
        const d = ((x as ast.Constant).value as PyBytes).data;
        data.set(d, at);
        at += d.length;
      }
      return new ast.Constant(new PyBytes(data), first.kind, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
    let text = '';
    for (const x of strings) text += (x as ast.Constant).value as string;
    return new ast.Constant(text, first.kind, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  return new ast.JoinedStr(buildConcatenatedValues(strings), s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

/** Implicit concatenation of t-strings.  CPython: _PyPegen_concatenate_tstrings */
export function concatenateTstrings(strings: ast.expr[], s: Located, e: Located): ast.expr {
  return new ast.TemplateStr(buildConcatenatedValues(strings), s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

/**
 * The values of the f-strings (or t-strings) and strings in `strings`, flattened, with runs of
 * constants folded into one and empty constants dropped.  CPython: _build_concatenated_str
 */
function buildConcatenatedValues(strings: ast.expr[]): ast.expr[] {
  const flat: ast.expr[] = [];
  for (const elem of strings) {
    if (elem._kind === 'JoinedStr' || elem._kind === 'TemplateStr') {
      for (const v of elem.values) flat.push(v);
    } else flat.push(elem);
  }
  const values: ast.expr[] = [];
  for (let i = 0; i < flat.length; i++) {
    let elem = flat[i];
    if (elem._kind === 'Constant') {
      if (i + 1 < flat.length && flat[i + 1]._kind === 'Constant') {
        // The kind comes from the first string of the run: u"abc" "def" -> u"abcdef".
        const first = elem;
        let last: ast.Constant = elem;
        let text = '';
        let j = i;
        for (; j < flat.length; j++) {
          const cur = flat[j];
          if (cur._kind !== 'Constant') break;
          text += cur.value as string;
          last = cur;
        }
        i = j - 1;
        elem = new ast.Constant(text, first.kind, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
      }
      if (typeof elem.value === 'string' && elem.value.length === 0) continue;
    }
    values.push(elem);
  }
  return values;
}

export { None, Ellipsis };
