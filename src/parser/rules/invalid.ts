// The invalid_* rules of expressions, arguments, assignments, displays and strings (those of
// statements, parameters, imports and patterns are in invalid-statements.ts). Active only in the
// second pass, after the first pass failed, they recognise common mistakes and raise targeted
// SyntaxErrors. Each either raises, or fails (returns null); the few that return a value say so.
// Grammar/python.gram: INVALID RULES
import * as ast from '../../ast/nodes.generated.ts';
import { Tok } from '../tokens.generated.ts';
import { Kw, SOFT_KEYWORDS, type Parser } from '../parser.ts';
import {
  argumentsParsingError,
  checkLegacyStmt,
  getExprName,
  lastComprehensionItem,
  nonparenGenexpInCall,
  raiseInvalidTarget,
  TargetsType,
} from '../action-helpers.ts';
import { bitwise_or, disjunction, expression, expression_without_invalid, factor, inversion, star_expressions, star_named_expression, star_named_expressions, sum, yield_expr } from './expressions.ts';
import { args, argsElement, kwargs, starred_expression } from './arguments.ts';
import { double_starred_kvpair, for_if_clauses, genexp, list, tuple } from './displays.ts';
import { annotated_rhs, augassign, break_stmt, continue_stmt, pass_stmt, simple_stmt } from './statements.ts';
import { star_targets } from './targets.ts';
import { lambda_params } from './params.ts';
import { format_spec, fstring, Kind, string, tstring } from './fstrings.ts';

/** rule (sep rule)*: a gather `sep.rule+`, or null when the first item fails. */
export function gather<T>(p: Parser, sep: number, item: (p: Parser) => T | null): T[] | null {
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
export function lookahead(p: Parser, f: (p: Parser) => unknown): boolean {
  const m = p.mark;
  const r = f(p);
  p.mark = m;
  return r !== null && r !== false;
}

export function atType(p: Parser, ...types: number[]): boolean {
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
