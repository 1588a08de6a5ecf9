// Displays and comprehensions: lists, tuples, sets, dicts, and the comprehensions and generator
// expressions.  Grammar/python.gram: LITERALS (list, tuple, set), Dicts, Comprehensions & Generators
import * as ast from '../../ast/nodes.generated.ts';
import { Tok } from '../tokens.generated.ts';
import { Kw, type Parser } from '../parser.ts';
import type { KeyValuePair } from '../action-helpers.ts';
import { assignment_expression, bitwise_or, disjunction, expression, named_expression, star_named_expression, star_named_expressions } from './expressions.ts';
import { star_targets } from './targets.ts';
import * as inv from './invalid.ts';

// python.gram: list
export function list(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Tok.LSQB) === null) return null;
  const a = star_named_expressions(p);
  if (p.expect(Tok.RSQB) === null) {
    p.mark = m;
    return null;
  }
  const e = p.lastNonWhitespaceToken();
  return new ast.List(a ?? [], 'Load', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: tuple
export function tuple(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Tok.LPAR) === null) return null;
  let elts: ast.expr[] = [];
  const m2 = p.mark;
  const y = star_named_expression(p);
  if (y !== null && p.expect(Tok.COMMA) !== null) {
    const z = star_named_expressions(p);
    elts = z !== null ? [y, ...z] : [y];
  } else p.mark = m2;
  if (p.expect(Tok.RPAR) === null) {
    p.mark = m;
    return null;
  }
  const e = p.lastNonWhitespaceToken();
  return new ast.Tuple(elts, 'Load', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: set
export function set(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Tok.LBRACE) === null) return null;
  const a = star_named_expressions(p);
  if (a === null || p.expect(Tok.RBRACE) === null) {
    p.mark = m;
    return null;
  }
  const e = p.lastNonWhitespaceToken();
  return new ast.Set(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: dict
export function dict(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Tok.LBRACE) === null) return null;
  const a = double_starred_kvpairs(p);
  if (p.expect(Tok.RBRACE) !== null) {
    const keys: (ast.expr | null)[] = [];
    const values: ast.expr[] = [];
    if (a !== null) {
      for (const kv of a) {
        keys.push(kv.key);
        values.push(kv.value);
      }
    }
    const e = p.lastNonWhitespaceToken();
    return new ast.Dict(keys as ast.expr[], values, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  p.mark = m;
  if (p.callInvalidRules) {
    p.mark++;
    inv.invalid_double_starred_kvpairs(p);
    p.mark = m;
  }
  return null;
}

// python.gram: double_starred_kvpairs
function double_starred_kvpairs(p: Parser): KeyValuePair[] | null {
  const a = double_starred_kvpair(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = double_starred_kvpair(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    out.push(c);
  }
  p.expect(Tok.COMMA);
  return out;
}

// python.gram: double_starred_kvpair
export function double_starred_kvpair(p: Parser): KeyValuePair | null {
  const m = p.mark;
  if (p.expect(Tok.DOUBLESTAR) !== null) {
    const a = bitwise_or(p);
    if (a !== null) return { key: null, value: a };
    p.mark = m;
  }
  return kvpair(p);
}

// python.gram: kvpair
export function kvpair(p: Parser): KeyValuePair | null {
  const m = p.mark;
  const a = expression(p);
  if (a !== null && p.expect(Tok.COLON) !== null) {
    const b = expression(p);
    if (b !== null) return { key: a, value: b };
  }
  p.mark = m;
  return null;
}

// python.gram: for_if_clauses
export function for_if_clauses(p: Parser): ast.comprehension[] | null {
  let out: ast.comprehension[] | null = null;
  for (;;) {
    const c = for_if_clause(p);
    if (c === null) break;
    (out ??= []).push(c);
  }
  return out;
}

// python.gram: for_if_clause
export function for_if_clause(p: Parser): ast.comprehension | null {
  const m = p.mark;
  const isAsync = p.peek() === Kw.Async;
  if (isAsync) p.mark++;
  if (p.expect(Kw.For) !== null) {
    const a = star_targets(p);
    if (a !== null && p.expect(Kw.In) !== null) {
      // ~ (cut): past 'in', no other alternative is tried.
      const b = disjunction(p);
      if (b === null) {
        p.mark = m;
        return null;
      }
      const ifs: ast.expr[] = [];
      for (;;) {
        const m2 = p.mark;
        if (p.expect(Kw.If) === null) break;
        const z = disjunction(p);
        if (z === null) {
          p.mark = m2;
          break;
        }
        ifs.push(z);
      }
      if (isAsync && p.featureVersion < 6) p.raiseSyntaxError('Async comprehensions are only supported in Python 3.6 and greater');
      return new ast.comprehension(a, b, ifs, isAsync ? 1 : 0);
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    inv.invalid_for_if_clause(p);
    p.mark = m;
    inv.invalid_for_target(p);
    p.mark = m;
  }
  return null;
}

// python.gram: listcomp
export function listcomp(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Tok.LSQB) !== null) {
    const a = named_expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(Tok.RSQB) !== null) {
        const e = p.lastNonWhitespaceToken();
        return new ast.ListComp(a, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    p.mark = m;
  }
  if (p.callInvalidRules) {
    inv.invalid_comprehension(p);
    p.mark = m;
  }
  return null;
}

// python.gram: setcomp
export function setcomp(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Tok.LBRACE) !== null) {
    const a = named_expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(Tok.RBRACE) !== null) {
        const e = p.lastNonWhitespaceToken();
        return new ast.SetComp(a, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    p.mark = m;
  }
  if (p.callInvalidRules) {
    inv.invalid_comprehension(p);
    p.mark = m;
  }
  return null;
}

// python.gram: genexp
export function genexp(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Tok.LPAR) !== null) {
    let a = assignment_expression(p);
    if (a === null) {
      a = expression(p);
      if (a !== null && p.at(Tok.COLONEQUAL)) a = null;
    }
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(Tok.RPAR) !== null) {
        const e = p.lastNonWhitespaceToken();
        return new ast.GeneratorExp(a, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    p.mark = m;
  }
  if (p.callInvalidRules) {
    inv.invalid_comprehension(p);
    p.mark = m;
  }
  return null;
}

// python.gram: dictcomp
export function dictcomp(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Tok.LBRACE) !== null) {
    const a = kvpair(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(Tok.RBRACE) !== null) {
        const e = p.lastNonWhitespaceToken();
        return new ast.DictComp(a.key!, a.value, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    p.mark = m;
  }
  if (p.callInvalidRules) {
    inv.invalid_dict_comprehension(p);
    p.mark = m;
  }
  return null;
}
