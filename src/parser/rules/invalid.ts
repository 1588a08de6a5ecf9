// The invalid_* rules: active only in the second pass, after the first pass failed, they recognise
// common mistakes and raise targeted SyntaxErrors. Each either raises, or fails (returns null); the
// few that return a value say so.  Grammar/python.gram: INVALID RULES
import * as ast from '../../ast/nodes.generated.ts';
import { Tok } from '../tokens.generated.ts';
import { DUMMY_NAME, Kw, SOFT_KEYWORDS, type Parser } from '../parser.ts';
import {
  argumentsParsingError,
  checkLegacyStmt,
  getExprName,
  lastComprehensionItem,
  nonparenGenexpInCall,
  raiseInvalidTarget,
  TargetsType,
} from '../action-helpers.ts';
import {
  arguments_,
  args,
  argsElement,
  bitwise_or,
  disjunction,
  double_starred_kvpair,
  expression,
  expression_without_invalid,
  expressions,
  factor,
  for_if_clauses,
  genexp,
  inversion,
  kwargs,
  list,
  named_expression,
  star_expressions,
  star_named_expression,
  star_named_expressions,
  starred_expression,
  sum,
  tuple,
  yield_expr,
} from './expressions.ts';
import {
  annotated_rhs,
  augassign,
  block,
  break_stmt,
  continue_stmt,
  dotted_name,
  except_block,
  except_star_block,
  func_type_comment,
  import_from_as_names,
  pass_stmt,
  simple_stmt,
  type_params,
} from './statements.ts';
import { star_target, star_targets } from './targets.ts';
import {
  Flavour,
  lambda_params,
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
import { format_spec, fstring, Kind, string, tstring } from './fstrings.ts';

/** rule (sep rule)*: a gather `sep.rule+`, or null when the first item fails. */
function gather<T>(p: Parser, sep: number, item: (p: Parser) => T | null): T[] | null {
  const first = item(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(sep) === null) break;
    const x = item(p);
    if (x === null) {
      p.mark = m2;
      break;
    }
    out.push(x);
  }
  return out;
}

/** Runs a lookahead: true when `f` succeeds here; consumes nothing. */
function lookahead(p: Parser, f: (p: Parser) => unknown): boolean {
  const m = p.mark;
  const r = f(p);
  p.mark = m;
  return r !== null && r !== false;
}

function atType(p: Parser, ...types: number[]): boolean {
  const t = p.peek();
  return types.includes(t);
}

// python.gram: invalid_arguments
export function invalid_arguments(p: Parser): null {
  const m = p.mark;
  // ((','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)
  //   a=',' ','.(starred_expression !'=')+
  {
    let ok = false;
    const g = gather(p, Tok.COMMA, argsElement);
    if (g !== null && p.expect(Tok.COMMA) !== null && kwargs(p) !== null) ok = true;
    else {
      p.mark = m;
      ok = kwargs(p) !== null;
    }
    if (ok) {
      const a = p.expect(Tok.COMMA);
      if (a !== null && gather(p, Tok.COMMA, starredNotEqual) !== null) {
        p.raiseStartingFrom(a, 'iterable argument unpacking follows keyword argument unpacking');
      }
    }
    p.mark = m;
  }
  // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
  {
    const a = expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(Tok.COMMA) !== null) {
        const m2 = p.mark;
        if (args(p) === null) {
          p.mark = m2;
          if (expression(p) === null || for_if_clauses(p) === null) p.mark = m2;
        }
        p.raiseKnownRange(a, lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
      }
    }
    p.mark = m;
  }
  // a=NAME b='=' expression for_if_clauses
  {
    const a = p.nameToken();
    if (a !== null) {
      const b = p.expect(Tok.EQUAL);
      if (b !== null && expression(p) !== null && for_if_clauses(p) !== null) {
        p.raiseKnownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
    p.mark = m;
  }
  // (args ',')? a=NAME b='=' &(',' | ')')
  {
    if (args(p) === null || p.expect(Tok.COMMA) === null) p.mark = m;
    const a = p.nameToken();
    if (a !== null) {
      const b = p.expect(Tok.EQUAL);
      if (b !== null && atType(p, Tok.COMMA, Tok.RPAR)) p.raiseKnownRange(a, b, 'expected argument value expression');
    }
    p.mark = m;
  }
  // a=args b=for_if_clauses { _PyPegen_nonparen_genexp_in_call }: a null result ends the rule
  {
    const a = args(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null) return nonparenGenexpInCall(p, a, b);
    }
    p.mark = m;
  }
  // args ',' a=expression b=for_if_clauses
  {
    if (args(p) !== null && p.expect(Tok.COMMA) !== null) {
      const a = expression(p);
      if (a !== null) {
        const b = for_if_clauses(p);
        if (b !== null) p.raiseKnownRange(a, lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
      }
    }
    p.mark = m;
  }
  // a=args ',' args
  {
    const a = args(p);
    if (a !== null && p.expect(Tok.COMMA) !== null && args(p) !== null) argumentsParsingError(p, a);
    p.mark = m;
  }
  return null;
}

/** starred_expression !'=' */
function starredNotEqual(p: Parser): ast.expr | null {
  const m = p.mark;
  const a = starred_expression(p);
  if (a !== null && !p.at(Tok.EQUAL)) return a;
  p.mark = m;
  return null;
}

// python.gram: invalid_kwarg
export function invalid_kwarg(p: Parser): null {
  const m = p.mark;
  {
    const t = p.peek();
    if (t === Kw.True || t === Kw.False || t === Kw.None) {
      const a = p.tokens[p.mark++];
      const b = p.expect(Tok.EQUAL);
      if (b !== null) p.raiseKnownRange(a, b, `cannot assign to ${a.string}`);
    }
    p.mark = m;
  }
  {
    const a = p.nameToken();
    if (a !== null) {
      const b = p.expect(Tok.EQUAL);
      if (b !== null && expression(p) !== null && for_if_clauses(p) !== null) {
        p.raiseKnownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
    p.mark = m;
  }
  {
    // !(NAME '=') a=expression b='='
    const nameEq = p.nameToken() !== null && p.expect(Tok.EQUAL) !== null;
    p.mark = m;
    if (!nameEq) {
      const a = expression(p);
      if (a !== null) {
        const b = p.expect(Tok.EQUAL);
        if (b !== null) p.raiseKnownRange(a, b, 'expression cannot contain assignment, perhaps you meant "=="?');
      }
    }
    p.mark = m;
  }
  {
    const a = p.expect(Tok.DOUBLESTAR);
    if (a !== null && expression(p) !== null && p.expect(Tok.EQUAL) !== null) {
      const b = expression(p);
      if (b !== null) p.raiseKnownRange(a, b, 'cannot assign to keyword argument unpacking');
    }
    p.mark = m;
  }
  return null;
}

// python.gram: invalid_legacy_expression
export function invalid_legacy_expression(p: Parser): null {
  const m = p.mark;
  const a = p.nameToken();
  if (a !== null && !p.at(Tok.LPAR)) {
    const b = star_expressions(p);
    if (b !== null && checkLegacyStmt(a)) {
      p.raiseKnownRange(a, b, `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`);
    }
  }
  p.mark = m;
  return null;
}

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

// python.gram: invalid_expression
export function invalid_expression(p: Parser): null {
  const m = p.mark;
  // STRING a=(!STRING expression_without_invalid)+ STRING
  if (p.expect(Tok.STRING) !== null) {
    const a: ast.expr[] = [];
    for (;;) {
      if (p.at(Tok.STRING)) break;
      const x = expression_without_invalid(p);
      if (x === null) break;
      a.push(x);
    }
    if (a.length > 0 && p.expect(Tok.STRING) !== null) {
      p.raiseKnownRange(a[0], a[a.length - 1], 'invalid syntax. Is this intended to be part of the string?');
    }
    p.mark = m;
  }
  // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  {
    const t = p.peek();
    let blocked = false;
    if (t === Tok.NAME) {
      if (SOFT_KEYWORDS.has(p.tokens[m].string)) blocked = true;
      else {
        p.mark++;
        blocked = p.peek() === Tok.STRING;
        p.mark = m;
      }
    }
    if (!blocked) {
      const a = disjunction(p);
      if (a !== null) {
        const b = expression_without_invalid(p);
        if (b !== null) {
          // The action's null result (not inside brackets, or a legacy print) ends the rule.
          if (checkLegacyStmt(a) || p.levels[p.mark - 1] === 0) return null;
          p.raiseKnownRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
        }
      }
      p.mark = m;
    }
  }
  // a=disjunction 'if' b=disjunction !('else'|':')
  // a=disjunction 'if' b=disjunction 'else' !expression
  {
    const a = disjunction(p);
    if (a !== null && p.expect(Kw.If) !== null) {
      const b = disjunction(p);
      if (b !== null) {
        const t = p.peek();
        if (t !== Kw.Else && t !== Tok.COLON) p.raiseKnownRange(a, b, "expected 'else' after 'if' expression");
        if (t === Kw.Else) {
          p.mark++;
          if (!lookahead(p, expression)) p.raiseOnNextToken("expected expression after 'else', but statement is given");
        }
      }
    }
    p.mark = m;
  }
  // a=(pass_stmt|break_stmt|continue_stmt) 'if' b=disjunction 'else' c=simple_stmt
  {
    const a = pass_stmt(p) ?? break_stmt(p) ?? continue_stmt(p);
    if (a !== null && p.expect(Kw.If) !== null && disjunction(p) !== null && p.expect(Kw.Else) !== null && simple_stmt(p) !== null) {
      p.raiseKnownLocation(a, "expected expression before 'if', but statement is given");
    }
    p.mark = m;
  }
  // a='lambda' [lambda_params] b=':' &FSTRING_MIDDLE / &TSTRING_MIDDLE
  for (const [middle, prefix] of [
    [Tok.FSTRING_MIDDLE, 'f'],
    [Tok.TSTRING_MIDDLE, 't'],
  ] as const) {
    const a = p.expect(Kw.Lambda);
    if (a !== null) {
      lambda_params(p);
      const b = p.expect(Tok.COLON);
      if (b !== null && p.at(middle)) p.raiseKnownRange(a, b, `${prefix}-string: lambda expressions are not allowed without parentheses`);
    }
    p.mark = m;
  }
  return null;
}

// python.gram: invalid_named_expression (memo)
export function invalid_named_expression(p: Parser): null {
  const m = p.mark;
  const memo = p.memos.invalid_named_expression;
  if (memo.get(m) !== undefined) {
    p.mark = memo.endOf(m);
    return null;
  }
  // a=expression ':=' expression
  {
    const a = expression(p);
    if (a !== null && p.expect(Tok.COLONEQUAL) !== null && expression(p) !== null) {
      p.raiseKnownLocation(a, `cannot use assignment expressions with ${getExprName(a)}`);
    }
    p.mark = m;
  }
  // a=NAME '=' b=bitwise_or !('='|':=')
  {
    const a = p.nameToken();
    if (a !== null && p.expect(Tok.EQUAL) !== null) {
      const b = bitwise_or(p);
      if (b !== null && !atType(p, Tok.EQUAL, Tok.COLONEQUAL)) {
        p.raiseKnownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
    p.mark = m;
  }
  // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
  {
    const blocked =
      lookahead(p, list) || lookahead(p, tuple) || lookahead(p, genexp) || atType(p, Kw.True, Kw.None, Kw.False);
    if (!blocked) {
      const a = bitwise_or(p);
      if (a !== null && p.expect(Tok.EQUAL) !== null && bitwise_or(p) !== null && !atType(p, Tok.EQUAL, Tok.COLONEQUAL)) {
        p.raiseKnownLocation(a, `cannot assign to ${getExprName(a)} here. Maybe you meant '==' instead of '='?`);
      }
    }
    p.mark = m;
  }
  memo.set(m, null, m);
  return null;
}

// python.gram: invalid_assignment
export function invalid_assignment(p: Parser): null {
  const m = p.mark;
  // a=invalid_ann_assign_target ':' expression
  {
    const a = invalid_ann_assign_target(p);
    if (a !== null && p.expect(Tok.COLON) !== null && expression(p) !== null) {
      p.raiseKnownLocation(a, `only single target (not ${getExprName(a)}) can be annotated`);
    }
    p.mark = m;
  }
  // a=star_named_expression ',' star_named_expressions* ':' expression
  {
    const a = star_named_expression(p);
    if (a !== null && p.expect(Tok.COMMA) !== null) {
      while (star_named_expressions(p) !== null);
      if (p.expect(Tok.COLON) !== null && expression(p) !== null) {
        p.raiseKnownLocation(a, 'only single target (not tuple) can be annotated');
      }
    }
    p.mark = m;
  }
  // a=expression ':' expression
  {
    const a = expression(p);
    if (a !== null && p.expect(Tok.COLON) !== null && expression(p) !== null) {
      p.raiseKnownLocation(a, 'illegal target for annotation');
    }
    p.mark = m;
  }
  // (star_targets '=')* a=star_expressions '='
  {
    starTargetsEquals(p);
    const a = star_expressions(p);
    if (a !== null && p.expect(Tok.EQUAL) !== null) return raiseInvalidTarget(p, TargetsType.Star, a);
    p.mark = m;
  }
  // (star_targets '=')* a=yield_expr '='
  {
    starTargetsEquals(p);
    const a = yield_expr(p);
    if (a !== null && p.expect(Tok.EQUAL) !== null) p.raiseKnownLocation(a, 'assignment to yield expression not possible');
    p.mark = m;
  }
  // a=star_expressions augassign annotated_rhs
  {
    const a = star_expressions(p);
    if (a !== null && augassign(p) !== null && annotated_rhs(p) !== null) {
      p.raiseKnownLocation(a, `'${getExprName(a)}' is an illegal expression for augmented assignment`);
    }
    p.mark = m;
  }
  return null;
}

/** (star_targets '=')* */
function starTargetsEquals(p: Parser): void {
  for (;;) {
    const m2 = p.mark;
    if (star_targets(p) === null || p.expect(Tok.EQUAL) === null) {
      p.mark = m2;
      return;
    }
  }
}

// python.gram: invalid_ann_assign_target (returns the target)
function invalid_ann_assign_target(p: Parser): ast.expr | null {
  const m = p.mark;
  const a = list(p) ?? tuple(p);
  if (a !== null) return a;
  if (p.expect(Tok.LPAR) !== null) {
    const b = invalid_ann_assign_target(p);
    if (b !== null && p.expect(Tok.RPAR) !== null) return b;
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

// python.gram: invalid_comprehension
export function invalid_comprehension(p: Parser): null {
  const m = p.mark;
  const t = p.peek();
  if (t === Tok.LSQB || t === Tok.LPAR || t === Tok.LBRACE) {
    p.mark++;
    const a = starred_expression(p);
    if (a !== null && for_if_clauses(p) !== null) p.raiseKnownLocation(a, 'iterable unpacking cannot be used in comprehension');
    p.mark = m;
  }
  if (t === Tok.LSQB || t === Tok.LBRACE) {
    p.mark++;
    const a = star_named_expression(p);
    if (a !== null && p.expect(Tok.COMMA) !== null) {
      const b = star_named_expressions(p);
      if (b !== null && for_if_clauses(p) !== null) {
        p.raiseKnownRange(a, b[b.length - 1], 'did you forget parentheses around the comprehension target?');
      }
    }
    p.mark = m + 1;
    const a2 = star_named_expression(p);
    if (a2 !== null) {
      const b = p.expect(Tok.COMMA);
      if (b !== null && for_if_clauses(p) !== null) p.raiseKnownRange(a2, b, 'did you forget parentheses around the comprehension target?');
    }
    p.mark = m;
  }
  return null;
}

// python.gram: invalid_dict_comprehension
export function invalid_dict_comprehension(p: Parser): null {
  const m = p.mark;
  if (p.expect(Tok.LBRACE) !== null) {
    const a = p.expect(Tok.DOUBLESTAR);
    if (a !== null && bitwise_or(p) !== null && for_if_clauses(p) !== null && p.expect(Tok.RBRACE) !== null) {
      p.raiseKnownLocation(a, 'dict unpacking cannot be used in dict comprehension');
    }
  }
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
      const inner = f === Flavour.Def ? param_no_default_star(p, f).length > 0 : gather(p, Tok.COMMA, (q) => param(q, f)) !== null;
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

// python.gram: invalid_with_item
export function invalid_with_item(p: Parser): null {
  const m = p.mark;
  if (expression(p) !== null && p.expect(Kw.As) !== null) {
    const a = expression(p);
    if (a !== null && atType(p, Tok.COMMA, Tok.RPAR, Tok.COLON)) return raiseInvalidTarget(p, TargetsType.Star, a);
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_for_if_clause
export function invalid_for_if_clause(p: Parser): null {
  const m = p.mark;
  p.expect(Kw.Async);
  if (p.expect(Kw.For) !== null) {
    // (bitwise_or (',' bitwise_or)* [','])
    if (gather(p, Tok.COMMA, bitwise_or) !== null) {
      p.expect(Tok.COMMA);
      if (!p.at(Kw.In)) p.raiseSyntaxError("'in' expected after for-loop variables");
    }
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_for_target
export function invalid_for_target(p: Parser): null {
  const m = p.mark;
  p.expect(Kw.Async);
  if (p.expect(Kw.For) !== null) {
    const a = star_expressions(p);
    if (a !== null) return raiseInvalidTarget(p, TargetsType.For, a);
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_group
export function invalid_group(p: Parser): null {
  const m = p.mark;
  if (p.expect(Tok.LPAR) !== null) {
    const a = starred_expression(p);
    if (a !== null && p.expect(Tok.RPAR) !== null) p.raiseKnownLocation(a, 'cannot use starred expression here');
    p.mark = m + 1;
    const b = p.expect(Tok.DOUBLESTAR);
    if (b !== null && expression(p) !== null && p.expect(Tok.RPAR) !== null) p.raiseKnownLocation(b, 'cannot use double starred expression here');
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

// python.gram: invalid_double_starred_kvpairs
export function invalid_double_starred_kvpairs(p: Parser): null {
  const m = p.mark;
  // ','.double_starred_kvpair+ ',' invalid_kvpair
  if (gather(p, Tok.COMMA, double_starred_kvpair) !== null && p.expect(Tok.COMMA) !== null) invalid_kvpair(p);
  p.mark = m;
  // expression ':' a='*' bitwise_or
  if (expression(p) !== null) {
    const afterE = p.mark;
    if (p.expect(Tok.COLON) !== null) {
      const a = p.expect(Tok.STAR);
      if (a !== null && bitwise_or(p) !== null) p.raiseStartingFrom(a, 'cannot use a starred expression in a dictionary value');
    }
    // expression a=':' &('}'|',')
    p.mark = afterE;
    const c = p.expect(Tok.COLON);
    if (c !== null && atType(p, Tok.RBRACE, Tok.COMMA)) p.raiseKnownLocation(c, "expression expected after dictionary key and ':'");
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_kvpair
function invalid_kvpair(p: Parser): null {
  const m = p.mark;
  const a = expression(p);
  if (a === null) return null;
  if (!p.at(Tok.COLON)) {
    p.raiseAt('SyntaxError', "':' expected after dictionary key", a.lineno, a.end_col_offset, a.end_lineno, 0);
  }
  const afterA = p.mark;
  p.mark++; // ':'
  const b = p.expect(Tok.STAR);
  if (b !== null && bitwise_or(p) !== null) p.raiseStartingFrom(b, 'cannot use a starred expression in a dictionary value');
  p.mark = afterA;
  const c = p.expect(Tok.COLON)!;
  if (atType(p, Tok.RBRACE, Tok.COMMA)) p.raiseKnownLocation(c, "expression expected after dictionary key and ':'");
  p.mark = m;
  return null;
}

// python.gram: invalid_starred_expression_unpacking
export function invalid_starred_expression_unpacking(p: Parser): null {
  const m = p.mark;
  const a = p.expect(Tok.STAR);
  if (a !== null && expression(p) !== null && p.expect(Tok.EQUAL) !== null) {
    const b = expression(p);
    if (b !== null) p.raiseKnownRange(a, b, 'cannot assign to iterable argument unpacking');
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_starred_expression
export function invalid_starred_expression(p: Parser): null {
  if (p.at(Tok.STAR)) {
    p.mark++;
    p.raiseSyntaxError('Invalid star expression');
  }
  return null;
}

// python.gram: invalid_fstring_replacement_field, invalid_tstring_replacement_field
export function invalid_fstring_replacement_field(p: Parser): null {
  return invalidReplacementField(p, Kind.F);
}

export function invalid_tstring_replacement_field(p: Parser): null {
  return invalidReplacementField(p, Kind.T);
}

function invalidReplacementField(p: Parser, kind: Kind): null {
  const m = p.mark;
  const x = kind === Kind.F ? 'f' : 't';
  if (p.expect(Tok.LBRACE) === null) return null;
  const t = p.peek();
  const names: Record<number, string> = { [Tok.EQUAL]: '=', [Tok.EXCLAMATION]: '!', [Tok.COLON]: ':', [Tok.RBRACE]: '}' };
  if (t in names) p.raiseKnownLocation(p.tokens[p.mark], `${x}-string: valid expression required before '${names[t]}'`);
  // '{' !annotated_rhs
  if (!lookahead(p, annotated_rhs)) p.raiseOnNextToken(`${x}-string: expecting a valid expression after '{'`);
  // '{' annotated_rhs !('=' | '!' | ':' | '}')
  annotated_rhs(p);
  const afterExpr = p.mark;
  if (!atType(p, Tok.EQUAL, Tok.EXCLAMATION, Tok.COLON, Tok.RBRACE)) p.raiseOnNextToken(`${x}-string: expecting '=', or '!', or ':', or '}'`);
  // '{' annotated_rhs '=' !('!' | ':' | '}')
  if (p.expect(Tok.EQUAL) !== null && !atType(p, Tok.EXCLAMATION, Tok.COLON, Tok.RBRACE)) p.raiseOnNextToken(`${x}-string: expecting '!', or ':', or '}'`);
  // '{' annotated_rhs '='? invalid_conversion_character
  p.mark = afterExpr;
  p.expect(Tok.EQUAL);
  const afterEq = p.mark;
  invalidConversionCharacter(p, x);
  // '{' annotated_rhs '='? ['!' NAME] !(':' | '}')
  p.mark = afterEq;
  {
    const m2 = p.mark;
    if (p.expect(Tok.EXCLAMATION) === null || p.nameToken() === null) p.mark = m2;
  }
  const afterConv = p.mark;
  if (!atType(p, Tok.COLON, Tok.RBRACE)) p.raiseOnNextToken(`${x}-string: expecting ':' or '}'`);
  // '{' annotated_rhs '='? ['!' NAME] ':' fstring_format_spec* !'}'
  if (p.expect(Tok.COLON) !== null) {
    while (format_spec(p, Kind.F) !== null);
    if (!p.at(Tok.RBRACE)) p.raiseOnNextToken(`${x}-string: expecting '}', or format specs`);
  }
  // '{' annotated_rhs '='? ['!' NAME] !'}'
  p.mark = afterConv;
  if (!p.at(Tok.RBRACE)) p.raiseOnNextToken(`${x}-string: expecting '}'`);
  p.mark = m;
  return null;
}

// python.gram: invalid_fstring_conversion_character, invalid_tstring_conversion_character
function invalidConversionCharacter(p: Parser, x: string): void {
  const m = p.mark;
  if (p.expect(Tok.EXCLAMATION) === null) return;
  if (atType(p, Tok.COLON, Tok.RBRACE)) p.raiseOnNextToken(`${x}-string: missing conversion character`);
  if (!p.at(Tok.NAME)) p.raiseOnNextToken(`${x}-string: invalid conversion character`);
  p.mark = m;
}

// python.gram: invalid_string_tstring_concat
export function invalid_string_tstring_concat(p: Parser): null {
  const m = p.mark;
  const a: ast.expr[] = [];
  for (;;) {
    const x = fstring(p) ?? string(p);
    if (x === null) break;
    a.push(x);
  }
  if (a.length > 0) {
    const b = tstring(p);
    if (b !== null) p.raiseKnownRange(a[a.length - 1], b, 'cannot mix t-string literals with string or bytes literals');
  }
  p.mark = m;
  const c: ast.expr[] = [];
  for (;;) {
    const x = tstring(p);
    if (x === null) break;
    c.push(x);
  }
  if (c.length > 0) {
    const b = fstring(p) ?? string(p);
    if (b !== null) p.raiseKnownRange(c[c.length - 1], b, 'cannot mix t-string literals with string or bytes literals');
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_arithmetic
export function invalid_arithmetic(p: Parser): null {
  const m = p.mark;
  if (sum(p) !== null) {
    const t = p.peek();
    if (t === Tok.PLUS || t === Tok.MINUS || t === Tok.STAR || t === Tok.SLASH || t === Tok.PERCENT || t === Tok.DOUBLESLASH || t === Tok.AT) {
      p.mark++;
      const a = p.expect(Kw.Not);
      if (a !== null) {
        const b = inversion(p);
        if (b !== null) p.raiseKnownRange(a, b, "'not' after an operator must be parenthesized");
      }
    }
  }
  p.mark = m;
  return null;
}

// python.gram: invalid_factor
export function invalid_factor(p: Parser): null {
  const m = p.mark;
  const t = p.peek();
  if (t === Tok.PLUS || t === Tok.MINUS || t === Tok.TILDE) {
    p.mark++;
    const a = p.expect(Kw.Not);
    if (a !== null) {
      const b = factor(p);
      if (b !== null) p.raiseKnownRange(a, b, "'not' after an operator must be parenthesized");
    }
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

