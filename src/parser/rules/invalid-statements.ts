// The invalid_* rules of statements, parameters, imports and patterns (second pass only); see
// invalid.ts for how they work.  Grammar/python.gram: INVALID RULES
import * as ast from '../../ast/nodes.generated.ts';
import { Tok } from '../tokens.generated.ts';
import { DUMMY_NAME, Kw, type Parser } from '../parser.ts';
import { getExprName, raiseInvalidTarget, TargetsType } from '../action-helpers.ts';
import { expression, expressions, named_expression, star_expressions } from './expressions.ts';
import { arguments_ } from './arguments.ts';
import { dotted_name, import_from_as_names } from './statements.ts';
import { block, except_block, except_star_block, func_type_comment, type_params } from './compound.ts';
import { star_target, star_targets } from './targets.ts';
import {
  Flavour,
  param,
  param_maybe_default_star,
  param_no_default,
  param_no_default_star,
  param_with_default_star,
  params,
  slash_no_default,
  slash_with_default,
} from './params.ts';
import { guard, keyword_patterns, name_or_attr, or_pattern, patterns, positional_patterns, subject_expr } from './match.ts';
import { atType, gather } from './invalid.ts';

// python.gram: invalid_type_param
export function invalid_type_param(p: Parser): null {
  const m = p.mark;
  const t = p.peek();
  if (t === Tok.STAR || t === Tok.DOUBLESTAR) {
    p.mark++;
    if (p.nameToken() !== null) {
      const colon = p.expect(Tok.COLON);
      if (colon !== null) {
        const e = expression(p);
        if (e !== null) {
          const what = t === Tok.STAR ? 'TypeVarTuple' : 'ParamSpec';
          p.raiseStartingFrom(colon, e._kind === 'Tuple' ? `cannot use constraints with ${what}` : `cannot use bound with ${what}`);
        }
      }
    }
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_del_stmt
export function invalid_del_stmt(p: Parser): null {
  const m = p.mark;
  if (p.expect(Kw.Del) !== null) {
    const a = star_expressions(p);
    if (a !== null) return raiseInvalidTarget(p, TargetsType.Del, a);
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_block
export function invalid_block(p: Parser): null {
  const m = p.mark;
  if (p.expect(Tok.NEWLINE) !== null && !p.at(Tok.INDENT)) p.raiseIndentationError('expected an indented block');
  p.mark = m;
  return null;
}

// python.gram: invalid_parameters, invalid_lambda_parameters
export function invalid_parameters(p: Parser): null {
  return invalidParameters(p, Flavour.Def);
}

export function invalid_lambda_parameters(p: Parser): null {
  return invalidParameters(p, Flavour.Lambda);
}

function invalidParameters(p: Parser, f: Flavour): null {
  const m = p.mark;
  // a="/" ','
  {
    const a = p.expect(Tok.SLASH);
    if (a !== null && p.expect(Tok.COMMA) !== null) p.raiseKnownLocation(a, 'at least one argument must precede /');
    p.mark = m;
  }
  // (slash_no_default | slash_with_default) param_maybe_default* a='/'
  {
    if (slash_no_default(p, f) !== null || slash_with_default(p, f) !== null) {
      param_maybe_default_star(p, f);
      const a = p.expect(Tok.SLASH);
      if (a !== null) p.raiseKnownLocation(a, '/ may appear only once');
    }
    p.mark = m;
  }
  // slash_no_default? param_no_default* invalid_parameters_helper a=param_no_default
  {
    if (slash_no_default(p, f) === null) p.mark = m;
    param_no_default_star(p, f);
    if (invalid_parameters_helper(p, f)) {
      const a = param_no_default(p, f);
      if (a !== null) p.raiseKnownLocation(a, 'parameter without a default follows parameter with a default');
    }
    p.mark = m;
  }
  // param_no_default* a='(' param_no_default+ ','? b=')'   (lambda: lambda_param_no_default* '(' ','.lambda_param+ ','? ')')
  {
    param_no_default_star(p, f);
    const a = p.expect(Tok.LPAR);
    if (a !== null) {
      const inner = f === Flavour.Def ? param_no_default_star(p, f).length > 0 : gather(p, Tok.COMMA, (q: Parser) => param(q, f)) !== null;
      if (inner) {
        p.expect(Tok.COMMA);
        const b = p.expect(Tok.RPAR);
        if (b !== null) {
          p.raiseKnownRange(a, b, f === Flavour.Def ? 'Function parameters cannot be parenthesized' : 'Lambda expression parameters cannot be parenthesized');
        }
      }
    }
    p.mark = m;
  }
  // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/'
  {
    if (slash_no_default(p, f) === null && slash_with_default(p, f) === null) p.mark = m;
    param_maybe_default_star(p, f);
    if (p.expect(Tok.STAR) !== null && (p.expect(Tok.COMMA) !== null || param_no_default(p, f) !== null)) {
      param_maybe_default_star(p, f);
      const a = p.expect(Tok.SLASH);
      if (a !== null) p.raiseKnownLocation(a, '/ must be ahead of *');
    }
    p.mark = m;
  }
  // param_maybe_default+ '/' a='*'
  {
    if (param_maybe_default_star(p, f).length > 0 && p.expect(Tok.SLASH) !== null) {
      const a = p.expect(Tok.STAR);
      if (a !== null) p.raiseKnownLocation(a, 'expected comma between / and *');
    }
    p.mark = m;
  }
  return null;
}

// python.gram: invalid_parameters_helper, invalid_lambda_parameters_helper (succeeds or fails)
function invalid_parameters_helper(p: Parser, f: Flavour): boolean {
  const m = p.mark;
  if (slash_with_default(p, f) !== null) return true;
  p.mark = m;
  return param_with_default_star(p, f).length > 0;
}

// python.gram: invalid_default
export function invalid_default(p: Parser): null {
  const m = p.mark;
  const a = p.expect(Tok.EQUAL);
  if (a !== null && atType(p, Tok.RPAR, Tok.COMMA)) p.raiseKnownLocation(a, 'expected default value expression');
  p.mark = m;
  return null;
}

// python.gram: invalid_star_etc
export function invalid_star_etc(p: Parser): null {
  const m = p.mark;
  const a = p.expect(Tok.STAR);
  if (a === null) return null;
  // a='*' (')' | ',' (')' | '**'))
  if (p.at(Tok.RPAR)) p.raiseKnownLocation(a, 'named arguments must follow bare *');
  if (p.expect(Tok.COMMA) !== null) {
    if (atType(p, Tok.RPAR, Tok.DOUBLESTAR)) p.raiseKnownLocation(a, 'named arguments must follow bare *');
    // '*' ',' TYPE_COMMENT
    if (p.at(Tok.TYPE_COMMENT)) {
      p.mark++;
      p.raiseSyntaxError('bare * has associated type comment');
    }
  }
  // '*' param a='='
  p.mark = m + 1;
  if (param(p, Flavour.Def) !== null) {
    const eq = p.expect(Tok.EQUAL);
    if (eq !== null) p.raiseKnownLocation(eq, 'var-positional argument cannot have default value');
  }
  // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
  p.mark = m + 1;
  if (param_no_default(p, Flavour.Def) !== null || p.expect(Tok.COMMA) !== null) {
    param_maybe_default_star(p, Flavour.Def);
    const b = p.expect(Tok.STAR);
    if (b !== null && (param_no_default(p, Flavour.Def) !== null || p.expect(Tok.COMMA) !== null)) {
      p.raiseKnownLocation(b, '* argument may appear only once');
    }
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_lambda_star_etc
export function invalid_lambda_star_etc(p: Parser): null {
  const m = p.mark;
  if (p.expect(Tok.STAR) === null) return null;
  // '*' (':' | ',' (':' | '**'))
  if (p.at(Tok.COLON)) {
    p.mark++;
    p.raiseSyntaxError('named arguments must follow bare *');
  }
  if (p.expect(Tok.COMMA) !== null && atType(p, Tok.COLON, Tok.DOUBLESTAR)) {
    p.mark++;
    p.raiseSyntaxError('named arguments must follow bare *');
  }
  // '*' lambda_param a='='
  p.mark = m + 1;
  if (param(p, Flavour.Lambda) !== null) {
    const eq = p.expect(Tok.EQUAL);
    if (eq !== null) p.raiseKnownLocation(eq, 'var-positional argument cannot have default value');
  }
  // '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*' (lambda_param_no_default | ',')
  p.mark = m + 1;
  if (param_no_default(p, Flavour.Lambda) !== null || p.expect(Tok.COMMA) !== null) {
    param_maybe_default_star(p, Flavour.Lambda);
    const b = p.expect(Tok.STAR);
    if (b !== null && (param_no_default(p, Flavour.Lambda) !== null || p.expect(Tok.COMMA) !== null)) {
      p.raiseKnownLocation(b, '* argument may appear only once');
    }
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_kwds, invalid_lambda_kwds
export function invalid_kwds(p: Parser): null {
  return invalidKwds(p, Flavour.Def);
}

export function invalid_lambda_kwds(p: Parser): null {
  return invalidKwds(p, Flavour.Lambda);
}

function invalidKwds(p: Parser, f: Flavour): null {
  const m = p.mark;
  if (p.expect(Tok.DOUBLESTAR) !== null && param(p, f) !== null) {
    const eq = p.expect(Tok.EQUAL);
    if (eq !== null) p.raiseKnownLocation(eq, 'var-keyword argument cannot have default value');
    if (p.expect(Tok.COMMA) !== null) {
      const a = param(p, f);
      if (a !== null) p.raiseKnownLocation(a, 'arguments cannot follow var-keyword argument');
      const t = p.peek();
      if (t === Tok.STAR || t === Tok.DOUBLESTAR || t === Tok.SLASH) {
        p.raiseKnownLocation(p.tokens[p.mark], 'arguments cannot follow var-keyword argument');
      }
    }
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_double_type_comments
export function invalid_double_type_comments(p: Parser): null {
  const m = p.mark;
  if (
    p.expect(Tok.TYPE_COMMENT) !== null &&
    p.expect(Tok.NEWLINE) !== null &&
    p.expect(Tok.TYPE_COMMENT) !== null &&
    p.expect(Tok.NEWLINE) !== null &&
    p.expect(Tok.INDENT) !== null
  ) {
    p.raiseSyntaxError('Cannot have two type comments on def');
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_import
export function invalid_import(p: Parser): null {
  const m = p.mark;
  const a = p.expect(Kw.Import);
  if (a !== null) {
    if (gather(p, Tok.COMMA, dotted_name) !== null && p.expect(Kw.From) !== null && dotted_name(p) !== null) {
      p.raiseStartingFrom(a, "Did you mean to use 'from ... import ...' instead?");
    }
    p.mark = m + 1;
    const t = p.expect(Tok.NEWLINE);
    if (t !== null) p.raiseStartingFrom(t, "Expected one or more names after 'import'");
  }
  p.mark = m;
  return null;
}

/** !(NAME (',' | ')' | ';' | NEWLINE)) a=expression -> "cannot use %s as import target" */
function invalidImportTarget(p: Parser): null {
  const m = p.mark;
  if (p.nameToken() !== null && atType(p, Tok.COMMA, Tok.RPAR, Tok.SEMI, Tok.NEWLINE)) {
    p.mark = m;
    return null;
  }
  p.mark = m;
  const a = expression(p);
  if (a !== null) p.raiseKnownLocation(a, `cannot use ${getExprName(a)} as import target`);
  p.mark = m;
  return null;
}

// python.gram: invalid_dotted_as_name
export function invalid_dotted_as_name(p: Parser): null {
  const m = p.mark;
  if (dotted_name(p) !== null && p.expect(Kw.As) !== null) invalidImportTarget(p);
  p.mark = m;
  return null;
}

// python.gram: invalid_import_from_as_name
export function invalid_import_from_as_name(p: Parser): null {
  const m = p.mark;
  if (p.nameToken() !== null && p.expect(Kw.As) !== null) invalidImportTarget(p);
  p.mark = m;
  return null;
}

// python.gram: invalid_import_from_targets
export function invalid_import_from_targets(p: Parser): null {
  const m = p.mark;
  if (import_from_as_names(p) !== null && p.expect(Tok.COMMA) !== null && p.expect(Tok.NEWLINE) !== null) {
    p.raiseSyntaxError('trailing comma not allowed without surrounding parentheses');
  }
  p.mark = m;
  const t = p.expect(Tok.NEWLINE);
  if (t !== null) p.raiseStartingFrom(t, "Expected one or more names after 'import'");
  p.mark = m;
  return null;
}

/** ','.(expression ['as' star_target])+ (or with `expressions`, inside parentheses) */
function withItemsLoose(p: Parser, parenthesized: boolean): boolean {
  const item = (q: Parser): true | null => {
    if ((parenthesized ? expressions(q) : expression(q)) === null) return null;
    const m2 = q.mark;
    if (q.expect(Kw.As) === null || star_target(q) === null) q.mark = m2;
    return true;
  };
  return gather(p, Tok.COMMA, item) !== null;
}

// python.gram: invalid_with_stmt
export function invalid_with_stmt(p: Parser): null {
  const m = p.mark;
  p.expect(Kw.Async);
  const afterAsync = p.mark;
  if (p.expect(Kw.With) !== null) {
    if (withItemsLoose(p, false) && p.at(Tok.NEWLINE)) {
      p.mark++;
      p.raiseSyntaxError("expected ':'");
    }
    p.mark = afterAsync + 1;
    if (p.expect(Tok.LPAR) !== null && withItemsLoose(p, true)) {
      p.expect(Tok.COMMA);
      if (p.expect(Tok.RPAR) !== null && p.at(Tok.NEWLINE)) {
        p.mark++;
        p.raiseSyntaxError("expected ':'");
      }
    }
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_with_stmt_indent
export function invalid_with_stmt_indent(p: Parser): null {
  const m = p.mark;
  p.expect(Kw.Async);
  const afterAsync = p.mark;
  const a = p.expect(Kw.With);
  if (a !== null) {
    if (withItemsLoose(p, false) && p.expect(Tok.COLON) !== null) indentedBlockCheck(p, `expected an indented block after 'with' statement on line ${a.lineno}`);
    p.mark = afterAsync + 1;
    if (p.expect(Tok.LPAR) !== null && withItemsLoose(p, true)) {
      p.expect(Tok.COMMA);
      if (p.expect(Tok.RPAR) !== null && p.expect(Tok.COLON) !== null) {
        indentedBlockCheck(p, `expected an indented block after 'with' statement on line ${a.lineno}`);
      }
    }
  }
  p.mark = m;
  return null;
}

/** NEWLINE !INDENT -> IndentationError(msg) */
function indentedBlockCheck(p: Parser, msg: string): void {
  if (p.expect(Tok.NEWLINE) !== null && !p.at(Tok.INDENT)) p.raiseIndentationError(msg);
}

// python.gram: invalid_try_stmt
export function invalid_try_stmt(p: Parser): null {
  const m = p.mark;
  const a = p.expect(Kw.Try);
  if (a === null) return null;
  if (p.expect(Tok.COLON) !== null) {
    const afterColon = p.mark;
    indentedBlockCheck(p, `expected an indented block after 'try' statement on line ${a.lineno}`);
    p.mark = afterColon;
    if (block(p) !== null) {
      const t = p.peek();
      if (t !== Kw.Except && t !== Kw.Finally) p.raiseSyntaxError("expected 'except' or 'finally' block");
    }
    // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
    p.mark = afterColon;
    while (block(p) !== null);
    const afterBlocks = p.mark;
    let n = 0;
    while (except_block(p) !== null) n++;
    if (n > 0) {
      const ex = p.expect(Kw.Except);
      if (ex !== null) {
        const star = p.expect(Tok.STAR);
        if (star !== null && expression(p) !== null) {
          asNameOptional(p);
          if (p.expect(Tok.COLON) !== null) p.raiseKnownRange(ex, star, "cannot have both 'except' and 'except*' on the same 'try'");
        }
      }
    }
    // 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
    p.mark = afterBlocks;
    n = 0;
    while (except_star_block(p) !== null) n++;
    if (n > 0) {
      const ex = p.expect(Kw.Except);
      if (ex !== null) {
        const m2 = p.mark;
        if (expression(p) !== null) asNameOptional(p);
        else p.mark = m2;
        if (p.expect(Tok.COLON) !== null) p.raiseKnownLocation(ex, "cannot have both 'except' and 'except*' on the same 'try'");
      }
    }
  }
  p.mark = m;
  return null;
}

/** ['as' NAME] */
function asNameOptional(p: Parser): void {
  const m = p.mark;
  if (p.expect(Kw.As) === null || p.nameToken() === null) p.mark = m;
}

// python.gram: invalid_except_stmt
export function invalid_except_stmt(p: Parser): null {
  const m = p.mark;
  if (p.expect(Kw.Except) === null) return null;
  // 'except' a=expression ',' expressions 'as' NAME ':'
  {
    const a = expression(p);
    if (a !== null && p.expect(Tok.COMMA) !== null && expressions(p) !== null && p.expect(Kw.As) !== null && p.nameToken() !== null && p.expect(Tok.COLON) !== null) {
      p.raiseStartingFrom(a, "multiple exception types must be parenthesized when using 'as'");
    }
    p.mark = m + 1;
  }
  // a='except' expression ['as' NAME] NEWLINE
  if (expression(p) !== null) {
    asNameOptional(p);
    if (p.at(Tok.NEWLINE)) {
      p.mark++;
      p.raiseSyntaxError("expected ':'");
    }
  }
  p.mark = m + 1;
  // a='except' NEWLINE
  if (p.at(Tok.NEWLINE)) {
    p.mark++;
    p.raiseSyntaxError("expected ':'");
  }
  // 'except' expression 'as' a=expression ':' block
  if (expression(p) !== null && p.expect(Kw.As) !== null) {
    const a = expression(p);
    if (a !== null && p.expect(Tok.COLON) !== null && block(p) !== null) p.raiseKnownLocation(a, `cannot use except statement with ${getExprName(a)}`);
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_except_star_stmt
export function invalid_except_star_stmt(p: Parser): null {
  const m = p.mark;
  if (p.expect(Kw.Except) === null || p.expect(Tok.STAR) === null) {
    p.mark = m;
    return null;
  }
  const at = p.mark;
  {
    const a = expression(p);
    if (a !== null && p.expect(Tok.COMMA) !== null && expressions(p) !== null && p.expect(Kw.As) !== null && p.nameToken() !== null && p.expect(Tok.COLON) !== null) {
      p.raiseStartingFrom(a, "multiple exception types must be parenthesized when using 'as'");
    }
    p.mark = at;
  }
  if (expression(p) !== null) {
    asNameOptional(p);
    if (p.at(Tok.NEWLINE)) {
      p.mark++;
      p.raiseSyntaxError("expected ':'");
    }
  }
  p.mark = at;
  if (atType(p, Tok.NEWLINE, Tok.COLON)) {
    p.mark++;
    p.raiseSyntaxError('expected one or more exception types');
  }
  if (expression(p) !== null && p.expect(Kw.As) !== null) {
    const a = expression(p);
    if (a !== null && p.expect(Tok.COLON) !== null && block(p) !== null) p.raiseKnownLocation(a, `cannot use except* statement with ${getExprName(a)}`);
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_finally_stmt
export function invalid_finally_stmt(p: Parser): null {
  const m = p.mark;
  const a = p.expect(Kw.Finally);
  if (a !== null && p.expect(Tok.COLON) !== null) indentedBlockCheck(p, `expected an indented block after 'finally' statement on line ${a.lineno}`);
  p.mark = m;
  return null;
}

// python.gram: invalid_except_stmt_indent
export function invalid_except_stmt_indent(p: Parser): null {
  const m = p.mark;
  const a = p.expect(Kw.Except);
  if (a === null) return null;
  if (expression(p) !== null) {
    asNameOptional(p);
    if (p.expect(Tok.COLON) !== null) indentedBlockCheck(p, `expected an indented block after 'except' statement on line ${a.lineno}`);
  }
  p.mark = m + 1;
  if (p.expect(Tok.COLON) !== null) indentedBlockCheck(p, `expected an indented block after 'except' statement on line ${a.lineno}`);
  p.mark = m;
  return null;
}

// python.gram: invalid_except_star_stmt_indent
export function invalid_except_star_stmt_indent(p: Parser): null {
  const m = p.mark;
  const a = p.expect(Kw.Except);
  if (a !== null && p.expect(Tok.STAR) !== null && expression(p) !== null) {
    asNameOptional(p);
    if (p.expect(Tok.COLON) !== null) indentedBlockCheck(p, `expected an indented block after 'except*' statement on line ${a.lineno}`);
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_match_stmt
export function invalid_match_stmt(p: Parser): null {
  const m = p.mark;
  const a = p.expectSoftKeyword('match');
  if (a === null) return null;
  if (subject_expr(p) !== null && p.at(Tok.NEWLINE)) {
    p.mark++;
    p.raiseSyntaxError("expected ':'");
  }
  p.mark = m + 1;
  if (subject_expr(p) !== null && p.expect(Tok.COLON) !== null) indentedBlockCheck(p, `expected an indented block after 'match' statement on line ${a.lineno}`);
  p.mark = m;
  return null;
}

// python.gram: invalid_case_block
export function invalid_case_block(p: Parser): null {
  const m = p.mark;
  const a = p.expectSoftKeyword('case');
  if (a === null) return null;
  if (patterns(p) !== null) {
    guard(p);
    if (p.at(Tok.NEWLINE)) {
      p.mark++;
      p.raiseSyntaxError("expected ':'");
    }
  }
  p.mark = m + 1;
  if (patterns(p) !== null) {
    guard(p);
    if (p.expect(Tok.COLON) !== null) indentedBlockCheck(p, `expected an indented block after 'case' statement on line ${a.lineno}`);
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_as_pattern
export function invalid_as_pattern(p: Parser): null {
  const m = p.mark;
  if (or_pattern(p) !== null && p.expect(Kw.As) !== null) {
    const afterAs = p.mark;
    const u = p.expectSoftKeyword('_');
    if (u !== null) p.raiseKnownLocation(u, "cannot use '_' as a target");
    p.mark = afterAs;
    const a = expression(p);
    if (a !== null) p.raiseKnownLocation(a, `cannot use ${getExprName(a)} as pattern target`);
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_class_pattern
export function invalid_class_pattern(p: Parser): null {
  const m = p.mark;
  if (name_or_attr(p) !== null && p.expect(Tok.LPAR) !== null) {
    const a = invalid_class_argument_pattern(p);
    if (a !== null) p.raiseKnownRange(a[0], a[a.length - 1], 'positional patterns follow keyword patterns');
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_class_argument_pattern (returns the misplaced positional patterns)
function invalid_class_argument_pattern(p: Parser): ast.pattern[] | null {
  const m = p.mark;
  if (positional_patterns(p) === null || p.expect(Tok.COMMA) === null) p.mark = m;
  if (keyword_patterns(p) !== null && p.expect(Tok.COMMA) !== null) {
    const a = positional_patterns(p);
    if (a !== null) return a;
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_if_stmt
export function invalid_if_stmt(p: Parser): null {
  const m = p.mark;
  if (p.expect(Kw.If) === null) return null;
  if (named_expression(p) !== null && p.at(Tok.NEWLINE)) {
    p.mark++;
    p.raiseSyntaxError("expected ':'");
  }
  p.mark = m + 1;
  // a='if' a=named_expression ':' NEWLINE !INDENT (the message uses the expression's line)
  const a = named_expression(p);
  if (a !== null && p.expect(Tok.COLON) !== null) indentedBlockCheck(p, `expected an indented block after 'if' statement on line ${a.lineno}`);
  p.mark = m;
  return null;
}

// python.gram: invalid_elif_stmt
export function invalid_elif_stmt(p: Parser): null {
  const m = p.mark;
  const a = p.expect(Kw.Elif);
  if (a === null) return null;
  if (named_expression(p) !== null && p.at(Tok.NEWLINE)) {
    p.mark++;
    p.raiseSyntaxError("expected ':'");
  }
  p.mark = m + 1;
  if (named_expression(p) !== null && p.expect(Tok.COLON) !== null) indentedBlockCheck(p, `expected an indented block after 'elif' statement on line ${a.lineno}`);
  p.mark = m;
  return null;
}

// python.gram: invalid_else_stmt
export function invalid_else_stmt(p: Parser): null {
  const m = p.mark;
  const a = p.expect(Kw.Else);
  if (a === null) return null;
  if (p.expect(Tok.COLON) !== null) {
    const afterColon = p.mark;
    indentedBlockCheck(p, `expected an indented block after 'else' statement on line ${a.lineno}`);
    p.mark = afterColon;
    if (block(p) !== null && p.at(Kw.Elif)) {
      p.mark++;
      p.raiseSyntaxError("'elif' block follows an 'else' block");
    }
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_while_stmt
export function invalid_while_stmt(p: Parser): null {
  const m = p.mark;
  const a = p.expect(Kw.While);
  if (a === null) return null;
  if (named_expression(p) !== null && p.at(Tok.NEWLINE)) {
    p.mark++;
    p.raiseSyntaxError("expected ':'");
  }
  p.mark = m + 1;
  if (named_expression(p) !== null && p.expect(Tok.COLON) !== null) indentedBlockCheck(p, `expected an indented block after 'while' statement on line ${a.lineno}`);
  p.mark = m;
  return null;
}

// python.gram: invalid_for_stmt
export function invalid_for_stmt(p: Parser): null {
  const m = p.mark;
  p.expect(Kw.Async);
  const a = p.expect(Kw.For);
  if (a === null) {
    p.mark = m;
    return null;
  }
  if (star_targets(p) !== null && p.expect(Kw.In) !== null && star_expressions(p) !== null) {
    if (p.at(Tok.NEWLINE)) {
      p.mark++;
      p.raiseSyntaxError("expected ':'");
    }
    if (p.expect(Tok.COLON) !== null) indentedBlockCheck(p, `expected an indented block after 'for' statement on line ${a.lineno}`);
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_def_raw (its second alternative succeeds, with a stand-in result)
export function invalid_def_raw(p: Parser): ast.stmt | null {
  const m = p.mark;
  p.expect(Kw.Async);
  const afterAsync = p.mark;
  const a = p.expect(Kw.Def);
  if (a === null) {
    p.mark = m;
    return null;
  }
  // ['async'] a='def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
  if (p.nameToken() !== null) {
    type_params(p);
    if (p.expect(Tok.LPAR) !== null) {
      params(p);
      if (p.expect(Tok.RPAR) !== null) {
        returnsOptional(p);
        if (p.expect(Tok.COLON) !== null) indentedBlockCheck(p, `expected an indented block after function definition on line ${a.lineno}`);
      }
    }
  }
  // ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
  p.mark = afterAsync + 1;
  if (p.nameToken() !== null) {
    type_params(p);
    p.expectForced(Tok.LPAR, '(');
    params(p);
    if (p.expect(Tok.RPAR) !== null) {
      returnsOptional(p);
      p.expectForced(Tok.COLON, ':');
      func_type_comment(p);
      if (block(p) !== null) return DUMMY_NAME as unknown as ast.stmt;
    }
  }
  p.mark = m;
  return null;
}

/** ['->' expression] */
function returnsOptional(p: Parser): void {
  const m = p.mark;
  if (p.expect(Tok.RARROW) === null || expression(p) === null) p.mark = m;
}

// python.gram: invalid_class_def_raw
export function invalid_class_def_raw(p: Parser): null {
  const m = p.mark;
  const a = p.expect(Kw.Class);
  if (a === null) return null;
  if (p.nameToken() !== null) {
    type_params(p);
    const m2 = p.mark;
    if (p.expect(Tok.LPAR) !== null) {
      arguments_(p);
      if (p.expect(Tok.RPAR) === null) p.mark = m2;
    }
    const afterHead = p.mark;
    if (p.at(Tok.NEWLINE)) {
      p.mark++;
      p.raiseSyntaxError("expected ':'");
    }
    p.mark = afterHead;
    if (p.expect(Tok.COLON) !== null) indentedBlockCheck(p, `expected an indented block after class definition on line ${a.lineno}`);
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_type_params
export function invalid_type_params(p: Parser): null {
  const m = p.mark;
  if (p.expect(Tok.LSQB) !== null) {
    const t = p.expect(Tok.RSQB);
    if (t !== null) p.raiseStartingFrom(t, 'Type parameter list cannot be empty');
  }
  p.mark = m;
  return null;
}
