// Expressions: from `expressions` down to `atom`, slices, lambdas and numbers (displays are in
// displays.ts, call arguments in arguments.ts).  One function per rule of Grammar/python.gram
// (EXPRESSIONS, Primary elements, Lambda functions); left-recursive rules are loops. Each
// `// python.gram:` line names the rule.
import * as ast from '../../ast/nodes.generated.ts';
import { Ellipsis, None } from '../../objects/object.ts';
import { Tok } from '../tokens.generated.ts';
import { Kw, type Parser } from '../parser.ts';
import { setExprContext } from '../action-helpers.ts';
import { parseNumber } from '../number.ts';
import { strings } from './fstrings.ts';
import { lambda_params } from './params.ts';
import { dict, dictcomp, genexp, list, listcomp, set, setcomp, tuple } from './displays.ts';
import { arguments_, starred_expression } from './arguments.ts';
import * as inv from './invalid.ts';

// python.gram: expressions
export function expressions(p: Parser): ast.expr | null {
  const s = p.peekToken();
  const a = expression(p);
  if (a === null) return null;
  const afterA = p.mark;
  if (!p.at(Tok.COMMA)) return a;
  const elts: ast.expr[] = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = expression(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    elts.push(c);
  }
  if (elts.length === 1) p.mark = afterA;
  p.expect(Tok.COMMA);
  const e = p.lastNonWhitespaceToken();
  return new ast.Tuple(elts, 'Load', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: expression (memo)
export function expression(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.expression;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  p.enter();
  const res = p.callInvalidRules ? expressionBody(p, m) : (simpleAtom(p, m) ?? expressionBody(p, m));
  p.level--;
  memo.set(m, res, p.mark);
  return res;
}

/**
 * The tokens that can continue an expression after an atom: a trailer ('.', '(', '['), a binary or
 * comparison operator, 'and', 'or', 'not', 'in', 'is', 'if'.
 */
const CONTINUES_ATOM = new Uint8Array(256);
for (const t of [
  Tok.DOT, Tok.LPAR, Tok.LSQB, Tok.DOUBLESTAR, Tok.STAR, Tok.SLASH, Tok.DOUBLESLASH, Tok.PERCENT, Tok.AT,
  Tok.PLUS, Tok.MINUS, Tok.LEFTSHIFT, Tok.RIGHTSHIFT, Tok.AMPER, Tok.CIRCUMFLEX, Tok.VBAR,
  Tok.EQEQUAL, Tok.NOTEQUAL, Tok.LESS, Tok.LESSEQUAL, Tok.GREATER, Tok.GREATEREQUAL,
  Kw.In, Kw.Not, Kw.Is, Kw.And, Kw.Or, Kw.If,
]) {
  CONTINUES_ATOM[t] = 1;
}

/**
 * A fast path (first pass only) for the most common expression: a lone NAME or NUMBER. Followed by a
 * token that cannot continue it, the expression is that atom: going down disjunction ... primary
 * would build the same node after reading the same two tokens.
 */
function simpleAtom(p: Parser, m: number): ast.expr | null {
  const t = p.types[m];
  if (t !== Tok.NAME && t !== Tok.NUMBER) return null;
  p.mark = m + 1;
  const next = p.peek();
  p.mark = m;
  if (CONTINUES_ATOM[next] !== 0) return null;
  return t === Tok.NAME ? p.nameToken() : number(p);
}

function expressionBody(p: Parser, m: number): ast.expr | null {
  const s = p.peekToken();
  if (p.callInvalidRules) {
    inv.invalid_expression(p);
    p.mark = m;
    inv.invalid_legacy_expression(p);
    p.mark = m;
  }
  const a = disjunction(p);
  if (a !== null) {
    const afterA = p.mark;
    if (p.expect(Kw.If) !== null) {
      const b = disjunction(p);
      if (b !== null && p.expect(Kw.Else) !== null) {
        const c = expression(p);
        if (c !== null) {
          const e = p.lastNonWhitespaceToken();
          return new ast.IfExp(b, a, c, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
      }
    }
    p.mark = afterA;
    return a;
  }
  p.mark = m;
  return lambdef(p);
}

// python.gram: expression_without_invalid (rules under it do not call invalid rules)
export function expression_without_invalid(p: Parser): ast.expr | null {
  const saved = p.callInvalidRules;
  p.callInvalidRules = false;
  try {
    const m = p.mark;
    const s = p.peekToken();
    const a = disjunction(p);
    if (a !== null) {
      const afterA = p.mark;
      if (p.expect(Kw.If) !== null) {
        const b = disjunction(p);
        if (b !== null && p.expect(Kw.Else) !== null) {
          const c = expression(p);
          if (c !== null) {
            const e = p.lastNonWhitespaceToken();
            return new ast.IfExp(b, a, c, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
          }
        }
      }
      p.mark = afterA;
      return a;
    }
    p.mark = m;
    return lambdef(p);
  } finally {
    p.callInvalidRules = saved;
  }
}

// python.gram: yield_expr
export function yield_expr(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Kw.Yield) === null) return null;
  if (p.expect(Kw.From) !== null) {
    const a = expression(p);
    if (a !== null) {
      const e = p.lastNonWhitespaceToken();
      return new ast.YieldFrom(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m + 1;
  }
  const a = star_expressions(p);
  const e = p.lastNonWhitespaceToken();
  return new ast.Yield(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: star_expressions
export function star_expressions(p: Parser): ast.expr | null {
  const s = p.peekToken();
  const a = star_expression(p);
  if (a === null) return null;
  const afterA = p.mark;
  if (!p.at(Tok.COMMA)) return a;
  const elts: ast.expr[] = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = star_expression(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    elts.push(c);
  }
  if (elts.length === 1) p.mark = afterA;
  p.expect(Tok.COMMA);
  const e = p.lastNonWhitespaceToken();
  return new ast.Tuple(elts, 'Load', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: star_expression (memo)
export function star_expression(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.star_expression;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  let res: ast.expr | null = null;
  const s = p.peekToken();
  if (p.expect(Tok.STAR) !== null) {
    const a = bitwise_or(p);
    if (a !== null) {
      const e = p.lastNonWhitespaceToken();
      res = new ast.Starred(a, 'Load', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    } else p.mark = m;
  }
  if (res === null) res = expression(p);
  memo.set(m, res, p.mark);
  return res;
}

// python.gram: star_named_expressions
export function star_named_expressions(p: Parser): ast.expr[] | null {
  const a = star_named_expression(p);
  if (a === null) return null;
  const elts = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = star_named_expression(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    elts.push(c);
  }
  p.expect(Tok.COMMA);
  return elts;
}

// python.gram: star_named_expression
export function star_named_expression(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Tok.STAR) !== null) {
    const a = bitwise_or(p);
    if (a !== null) {
      const e = p.lastNonWhitespaceToken();
      return new ast.Starred(a, 'Load', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m;
  }
  return named_expression(p);
}

// python.gram: assignment_expression
export function assignment_expression(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.types[m] !== Tok.NAME) return null;
  p.mark++;
  if (p.peek() !== Tok.COLONEQUAL) {
    p.mark = m;
    return null;
  }
  p.mark = m;
  const a = p.nameToken()!;
  p.mark++; // ':='
  // ~ (cut): the rule has no other alternative.
  const b = expression(p);
  if (b === null) {
    p.mark = m;
    return null;
  }
  if (p.featureVersion < 8) p.raiseSyntaxError('Assignment expressions are only supported in Python 3.8 and greater');
  const e = p.lastNonWhitespaceToken();
  return new ast.NamedExpr(setExprContext(a, 'Store'), b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: named_expression
export function named_expression(p: Parser): ast.expr | null {
  const m = p.mark;
  const a = assignment_expression(p);
  if (a !== null) return a;
  if (p.callInvalidRules) {
    inv.invalid_named_expression(p);
    p.mark = m;
  }
  const b = expression(p);
  if (b !== null) {
    if (!p.at(Tok.COLONEQUAL)) return b;
    p.mark = m;
  }
  return null;
}

// python.gram: disjunction (memo)
export function disjunction(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.disjunction;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  const s = p.peekToken();
  let res = conjunction(p);
  if (res !== null && p.at(Kw.Or)) {
    const values = [res];
    for (;;) {
      const m2 = p.mark;
      if (p.expect(Kw.Or) === null) break;
      const c = conjunction(p);
      if (c === null) {
        p.mark = m2;
        break;
      }
      values.push(c);
    }
    if (values.length > 1) {
      const e = p.lastNonWhitespaceToken();
      res = new ast.BoolOp('Or', values, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  memo.set(m, res, p.mark);
  return res;
}

// python.gram: conjunction (memo)
export function conjunction(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.conjunction;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  const s = p.peekToken();
  let res = inversion(p);
  if (res !== null && p.at(Kw.And)) {
    const values = [res];
    for (;;) {
      const m2 = p.mark;
      if (p.expect(Kw.And) === null) break;
      const c = inversion(p);
      if (c === null) {
        p.mark = m2;
        break;
      }
      values.push(c);
    }
    if (values.length > 1) {
      const e = p.lastNonWhitespaceToken();
      res = new ast.BoolOp('And', values, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  memo.set(m, res, p.mark);
  return res;
}

// python.gram: inversion (memo)
export function inversion(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.inversion;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  let res: ast.expr | null = null;
  const s = p.peekToken();
  if (p.types[m] === Kw.Not) {
    p.mark++;
    p.enter();
    const a = inversion(p);
    p.level--;
    if (a !== null) {
      const e = p.lastNonWhitespaceToken();
      res = new ast.UnaryOp('Not', a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    } else p.mark = m;
  }
  if (res === null) res = comparison(p);
  memo.set(m, res, p.mark);
  return res;
}

// python.gram: comparison, compare_op_bitwise_or_pair and the *_bitwise_or rules
export function comparison(p: Parser): ast.expr | null {
  const s = p.peekToken();
  const a = bitwise_or(p);
  if (a === null) return null;
  let ops: ast.cmpop[] | null = null;
  let comparators: ast.expr[] | null = null;
  for (;;) {
    const m2 = p.mark;
    let op: ast.cmpop | null = null;
    let width = 1;
    switch (p.peek()) {
      case Tok.EQEQUAL:
        op = 'Eq';
        break;
      case Tok.NOTEQUAL: {
        // CPython: _PyPegen_check_barry_as_flufl ('<>' is NOTEQUAL too)
        const text = p.tokens[m2].string;
        if (p.barryAsBdfl) {
          if (text !== '<>') p.raiseSyntaxError("with Barry as BDFL, use '<>' instead of '!='");
        } else if (text !== '!=') break;
        op = 'NotEq';
        break;
      }
      case Tok.LESSEQUAL:
        op = 'LtE';
        break;
      case Tok.LESS:
        op = 'Lt';
        break;
      case Tok.GREATEREQUAL:
        op = 'GtE';
        break;
      case Tok.GREATER:
        op = 'Gt';
        break;
      case Kw.Not:
        p.mark++;
        if (p.peek() === Kw.In) {
          op = 'NotIn';
          width = 2;
        }
        break;
      case Kw.In:
        op = 'In';
        break;
      case Kw.Is:
        p.mark++;
        if (p.peek() === Kw.Not) {
          op = 'IsNot';
          width = 2;
        } else op = 'Is';
        break;
    }
    if (op === null) {
      p.mark = m2;
      break;
    }
    p.mark = m2 + width;
    const b = bitwise_or(p);
    if (b === null) {
      p.mark = m2;
      break;
    }
    (ops ??= []).push(op);
    (comparators ??= []).push(b);
  }
  if (ops === null) return a;
  const e = p.lastNonWhitespaceToken();
  return new ast.Compare(a, ops, comparators!, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: bitwise_or (left-recursive)
export function bitwise_or(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.bitwise_or;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  const s = p.peekToken();
  let a = bitwise_xor(p);
  if (a !== null) {
    while (p.at(Tok.VBAR)) {
      const m2 = p.mark;
      p.mark++;
      const b = bitwise_xor(p);
      if (b === null) {
        p.mark = m2;
        break;
      }
      const e = p.lastNonWhitespaceToken();
      a = new ast.BinOp(a, 'BitOr', b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  memo.set(m, a, p.mark);
  return a;
}

// python.gram: bitwise_xor (left-recursive)
export function bitwise_xor(p: Parser): ast.expr | null {
  const s = p.peekToken();
  let a = bitwise_and(p);
  if (a !== null) {
    while (p.at(Tok.CIRCUMFLEX)) {
      const m2 = p.mark;
      p.mark++;
      const b = bitwise_and(p);
      if (b === null) {
        p.mark = m2;
        break;
      }
      const e = p.lastNonWhitespaceToken();
      a = new ast.BinOp(a, 'BitXor', b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  return a;
}

// python.gram: bitwise_and (left-recursive)
export function bitwise_and(p: Parser): ast.expr | null {
  const s = p.peekToken();
  let a = shift_expr(p);
  if (a !== null) {
    while (p.at(Tok.AMPER)) {
      const m2 = p.mark;
      p.mark++;
      const b = shift_expr(p);
      if (b === null) {
        p.mark = m2;
        break;
      }
      const e = p.lastNonWhitespaceToken();
      a = new ast.BinOp(a, 'BitAnd', b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  return a;
}

// python.gram: shift_expr (left-recursive)
export function shift_expr(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.callInvalidRules) {
    inv.invalid_arithmetic(p);
    p.mark = m;
  }
  let a = sum(p);
  if (a !== null) {
    for (;;) {
      const t = p.peek();
      if (t !== Tok.LEFTSHIFT && t !== Tok.RIGHTSHIFT) break;
      const m2 = p.mark;
      p.mark++;
      const b = sum(p);
      if (b === null) {
        p.mark = m2;
        break;
      }
      const e = p.lastNonWhitespaceToken();
      a = new ast.BinOp(a, t === Tok.LEFTSHIFT ? 'LShift' : 'RShift', b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  return a;
}

// python.gram: sum (left-recursive)
export function sum(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.sum;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  const s = p.peekToken();
  let a = term(p);
  if (a !== null) {
    for (;;) {
      const t = p.peek();
      if (t !== Tok.PLUS && t !== Tok.MINUS) break;
      const m2 = p.mark;
      p.mark++;
      const b = term(p);
      if (b === null) {
        p.mark = m2;
        break;
      }
      const e = p.lastNonWhitespaceToken();
      a = new ast.BinOp(a, t === Tok.PLUS ? 'Add' : 'Sub', b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  memo.set(m, a, p.mark);
  return a;
}

// python.gram: term (left-recursive)
export function term(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.callInvalidRules) {
    inv.invalid_factor(p);
    p.mark = m;
  }
  let a = factor(p);
  if (a !== null) {
    for (;;) {
      let op: ast.operator;
      switch (p.peek()) {
        case Tok.STAR:
          op = 'Mult';
          break;
        case Tok.SLASH:
          op = 'Div';
          break;
        case Tok.DOUBLESLASH:
          op = 'FloorDiv';
          break;
        case Tok.PERCENT:
          op = 'Mod';
          break;
        case Tok.AT:
          op = 'MatMult';
          break;
        default:
          return a;
      }
      const m2 = p.mark;
      p.mark++;
      const b = factor(p);
      if (b === null) {
        p.mark = m2;
        break;
      }
      if (op === 'MatMult' && p.featureVersion < 5) p.raiseSyntaxError("The '@' operator is only supported in Python 3.5 and greater");
      const e = p.lastNonWhitespaceToken();
      a = new ast.BinOp(a, op, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  return a;
}

// python.gram: factor (memo)
export function factor(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.factor;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  let res: ast.expr | null = null;
  const s = p.peekToken();
  const t = p.types[m];
  if (t === Tok.PLUS || t === Tok.MINUS || t === Tok.TILDE) {
    p.mark++;
    p.enter();
    const a = factor(p);
    p.level--;
    if (a !== null) {
      const e = p.lastNonWhitespaceToken();
      res = new ast.UnaryOp(t === Tok.PLUS ? 'UAdd' : t === Tok.MINUS ? 'USub' : 'Invert', a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    } else p.mark = m;
  }
  if (res === null) res = power(p);
  memo.set(m, res, p.mark);
  return res;
}

// python.gram: power
export function power(p: Parser): ast.expr | null {
  const s = p.peekToken();
  const a = await_primary(p);
  if (a === null) return null;
  if (p.at(Tok.DOUBLESTAR)) {
    const m2 = p.mark;
    p.mark++;
    p.enter();
    const b = factor(p);
    p.level--;
    if (b !== null) {
      const e = p.lastNonWhitespaceToken();
      return new ast.BinOp(a, 'Pow', b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m2;
  }
  return a;
}

// python.gram: await_primary (memo)
export function await_primary(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.await_primary;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  let res: ast.expr | null = null;
  const s = p.peekToken();
  if (p.types[m] === Kw.Await) {
    p.mark++;
    const a = primary(p);
    if (a !== null) {
      if (p.featureVersion < 5) p.raiseSyntaxError('Await expressions are only supported in Python 3.5 and greater');
      const e = p.lastNonWhitespaceToken();
      res = new ast.Await(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    } else p.mark = m;
  }
  if (res === null) res = primary(p);
  memo.set(m, res, p.mark);
  return res;
}

// python.gram: primary (left-recursive)
export function primary(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.primary;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  const s = p.peekToken();
  let a = atom(p);
  if (a !== null) {
    loop: for (;;) {
      const m2 = p.mark;
      const t = p.peek();
      switch (t) {
        case Tok.DOT: {
          p.mark++;
          const b = p.nameToken();
          if (b !== null) {
            const e = p.lastNonWhitespaceToken();
            a = new ast.Attribute(a, b.id, 'Load', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            continue;
          }
          p.mark = m2;
          break loop;
        }
        case Tok.LPAR: {
          const g = genexp(p);
          if (g !== null) {
            const e = p.lastNonWhitespaceToken();
            a = new ast.Call(a, [g], [], s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            continue;
          }
          p.mark = m2 + 1;
          const b = arguments_(p);
          if (p.expect(Tok.RPAR) !== null) {
            const e = p.lastNonWhitespaceToken();
            a = new ast.Call(a, b !== null ? b.args : [], b !== null ? b.keywords : [], s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            continue;
          }
          p.mark = m2;
          break loop;
        }
        case Tok.LSQB: {
          p.mark++;
          const b = slices(p);
          if (b !== null && p.expect(Tok.RSQB) !== null) {
            const e = p.lastNonWhitespaceToken();
            a = new ast.Subscript(a, b, 'Load', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            continue;
          }
          p.mark = m2;
          if (p.callInvalidRules) {
            genexp(p); // only invalid_comprehension can match here
            p.mark = m2;
          }
          break loop;
        }
        case Tok.LBRACE:
          if (p.callInvalidRules) {
            genexp(p);
            p.mark = m2;
          }
          break loop;
        default:
          break loop;
      }
    }
  }
  memo.set(m, a, p.mark);
  return a;
}

// python.gram: slices
export function slices(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  const a = slice(p);
  if (a !== null && !p.at(Tok.COMMA)) return a;
  p.mark = m;
  const elts: ast.expr[] = [];
  for (;;) {
    const m2 = p.mark;
    if (elts.length > 0 && p.expect(Tok.COMMA) === null) break;
    let x = slice(p);
    if (x === null) x = starred_expression(p);
    if (x === null) {
      p.mark = m2;
      break;
    }
    elts.push(x);
  }
  if (elts.length === 0) return null;
  p.expect(Tok.COMMA);
  const e = p.lastNonWhitespaceToken();
  return new ast.Tuple(elts, 'Load', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: slice
export function slice(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  const a = expression(p);
  if (p.expect(Tok.COLON) !== null) {
    const b = expression(p);
    let c: ast.expr | null = null;
    const m2 = p.mark;
    if (p.expect(Tok.COLON) !== null) {
      c = expression(p);
    } else p.mark = m2;
    const e = p.lastNonWhitespaceToken();
    return new ast.Slice(a, b, c, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  p.mark = m;
  return named_expression(p);
}

// python.gram: atom
export function atom(p: Parser): ast.expr | null {
  const m = p.mark;
  const t = p.peek();
  const tok = p.tokens[m];
  switch (t) {
    case Tok.NAME:
      return p.nameToken();
    case Kw.True:
      p.mark++;
      return new ast.Constant(true, null, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset);
    case Kw.False:
      p.mark++;
      return new ast.Constant(false, null, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset);
    case Kw.None:
      p.mark++;
      return new ast.Constant(None, null, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset);
    case Tok.STRING:
    case Tok.FSTRING_START:
    case Tok.TSTRING_START:
      return strings(p);
    case Tok.NUMBER:
      return number(p);
    case Tok.LPAR: {
      const a = tuple(p) ?? group(p);
      if (a !== null) return a;
      p.mark = m;
      return genexp(p);
    }
    case Tok.LSQB: {
      const a = list(p);
      if (a !== null) return a;
      p.mark = m;
      return listcomp(p);
    }
    case Tok.LBRACE:
      return dict(p) ?? set(p) ?? dictcomp(p) ?? setcomp(p);
    case Tok.ELLIPSIS:
      p.mark++;
      return new ast.Constant(Ellipsis, null, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset);
    default:
      return null;
  }
}

/** NUMBER -> Constant.  CPython: _PyPegen_number_token */
export function number(p: Parser): ast.expr | null {
  const t = p.expect(Tok.NUMBER);
  if (t === null) return null;
  if (p.featureVersion < 6 && t.string.includes('_')) {
    p.raiseSyntaxError('Underscores in numeric literals are only supported in Python 3.6 and greater');
  }
  const v = parseNumber(t.string);
  if (typeof v === 'object' && 'error' in v) {
    // No columns: the caret line would be as long as the literal.
    p.raiseAt('SyntaxError', `${v.error} - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`, t.lineno, 0, t.end_lineno, 0);
  }
  return new ast.Constant(v, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
}

// python.gram: group
export function group(p: Parser): ast.expr | null {
  const m = p.mark;
  if (p.expect(Tok.LPAR) !== null) {
    const a = yield_expr(p) ?? named_expression(p);
    if (a !== null && p.expect(Tok.RPAR) !== null) return a;
    p.mark = m;
  }
  if (p.callInvalidRules) {
    inv.invalid_group(p);
    p.mark = m;
  }
  return null;
}

// python.gram: lambdef
export function lambdef(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Kw.Lambda) === null) return null;
  const a = lambda_params(p);
  if (p.expect(Tok.COLON) !== null) {
    p.enter();
    const b = expression(p);
    p.level--;
    if (b !== null) {
      const e = p.lastNonWhitespaceToken();
      return new ast.Lambda(a ?? new ast.arguments_([], [], null, [], [], null, []), b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.mark = m;
  return null;
}
