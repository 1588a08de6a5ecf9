// Call arguments.  Grammar/python.gram: FUNCTION CALL ARGUMENTS
import * as ast from '../../ast/nodes.generated.ts';
import { Tok } from '../tokens.generated.ts';
import { DUMMY_NAME, type Parser } from '../parser.ts';
import { collectCallSeqs, deleteStarredExprs, extractStarredExprs, type KeywordOrStarred } from '../action-helpers.ts';
import { assignment_expression, expression } from './expressions.ts';
import * as inv from './invalid.ts';

// python.gram: arguments (memo)
export function arguments_(p: Parser): ast.Call | null {
  const m = p.mark;
  const memo = p.memos.arguments;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  let res: ast.Call | null = null;
  const a = args(p);
  if (a !== null) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) p.mark = m2;
    if (p.at(Tok.RPAR)) res = a;
  }
  if (res === null) {
    p.mark = m;
    if (p.callInvalidRules) {
      inv.invalid_arguments(p);
      p.mark = m;
    }
  }
  memo.set(m, res, p.mark);
  return res;
}

// python.gram: args
export function args(p: Parser): ast.Call | null {
  const m = p.mark;
  const s = p.peekToken();
  const a: ast.expr[] = [];
  for (;;) {
    const m2 = p.mark;
    if (a.length > 0 && p.expect(Tok.COMMA) === null) break;
    const x = argsElement(p);
    if (x === null) {
      p.mark = m2;
      break;
    }
    a.push(x);
  }
  if (a.length > 0) {
    let b: KeywordOrStarred[] | null = null;
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) !== null) {
      b = kwargs(p);
      if (b === null) p.mark = m2;
    }
    return collectCallSeqs(a, b, s, p.lastNonWhitespaceToken());
  }
  p.mark = m;
  const k = kwargs(p);
  if (k === null) return null;
  const e = p.lastNonWhitespaceToken();
  return new ast.Call(DUMMY_NAME, extractStarredExprs(k), deleteStarredExprs(k), s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

/** One positional argument: starred_expression | (assignment_expression | expression !':=') !'=' */
export function argsElement(p: Parser): ast.expr | null {
  const m = p.mark;
  const st = starred_expression(p);
  if (st !== null) return st;
  p.mark = m;
  let x = assignment_expression(p);
  if (x === null) {
    x = expression(p);
    if (x !== null && p.at(Tok.COLONEQUAL)) x = null;
  }
  if (x !== null && !p.at(Tok.EQUAL)) return x;
  p.mark = m;
  return null;
}

// python.gram: kwargs
export function kwargs(p: Parser): KeywordOrStarred[] | null {
  const m = p.mark;
  const a = gatherKwargs(p, kwarg_or_starred);
  if (a !== null) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) !== null) {
      const b = gatherKwargs(p, kwarg_or_double_starred);
      if (b !== null) return a.concat(b);
    }
    p.mark = m2;
    return a;
  }
  p.mark = m;
  return gatherKwargs(p, kwarg_or_double_starred);
}

function gatherKwargs(p: Parser, item: (p: Parser) => KeywordOrStarred | null): KeywordOrStarred[] | null {
  const first = item(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const x = item(p);
    if (x === null) {
      p.mark = m2;
      break;
    }
    out.push(x);
  }
  return out;
}

// python.gram: starred_expression
export function starred_expression(p: Parser): ast.expr | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    inv.invalid_starred_expression_unpacking(p);
    p.mark = m;
  }
  const s = p.peekToken();
  if (p.expect(Tok.STAR) !== null) {
    const a = expression(p);
    if (a !== null) {
      const e = p.lastNonWhitespaceToken();
      return new ast.Starred(a, 'Load', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m;
  }
  if (p.callInvalidRules) {
    inv.invalid_starred_expression(p);
    p.mark = m;
  }
  return null;
}

// python.gram: kwarg_or_starred
function kwarg_or_starred(p: Parser): KeywordOrStarred | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    inv.invalid_kwarg(p);
    p.mark = m;
  }
  const k = nameEqualsExpression(p);
  if (k !== null) return { element: k, isKeyword: true };
  const a = starred_expression(p);
  if (a !== null) return { element: a, isKeyword: false };
  return null;
}

// python.gram: kwarg_or_double_starred
function kwarg_or_double_starred(p: Parser): KeywordOrStarred | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    inv.invalid_kwarg(p);
    p.mark = m;
  }
  const k = nameEqualsExpression(p);
  if (k !== null) return { element: k, isKeyword: true };
  const s = p.peekToken();
  if (p.expect(Tok.DOUBLESTAR) !== null) {
    const a = expression(p);
    if (a !== null) {
      const e = p.lastNonWhitespaceToken();
      return { element: new ast.keyword(null, a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset), isKeyword: true };
    }
    p.mark = m;
  }
  return null;
}

/** NAME '=' expression -> keyword */
function nameEqualsExpression(p: Parser): ast.keyword | null {
  const m = p.mark;
  const s = p.peekToken();
  const a = p.nameToken();
  if (a !== null && p.expect(Tok.EQUAL) !== null) {
    const b = expression(p);
    if (b !== null) {
      const e = p.lastNonWhitespaceToken();
      return new ast.keyword(a.id, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.mark = m;
  return null;
}
