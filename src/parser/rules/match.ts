// The match statement and its patterns (PEP 634).  Grammar/python.gram: Match statement
import * as ast from '../../ast/nodes.generated.ts';
import { None } from '../../objects/object.ts';
import { Tok } from '../tokens.generated.ts';
import { Kw, type Located, type Parser } from '../parser.ts';
import { ensureImaginary, ensureReal, setExprContext, type KeyPatternPair } from '../action-helpers.ts';
import { named_expression, number, star_named_expression, star_named_expressions } from './expressions.ts';
import { strings } from './fstrings.ts';
import { block } from './compound.ts';
import * as invs from './invalid-statements.ts';

// python.gram: match_stmt
export function match_stmt(p: Parser): ast.stmt | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expectSoftKeyword('match') !== null) {
    const subject = subject_expr(p);
    if (subject !== null && p.expect(Tok.COLON) !== null && p.expect(Tok.NEWLINE) !== null && p.expect(Tok.INDENT) !== null) {
      let cases: ast.match_case[] | null = null;
      for (;;) {
        const c = case_block(p);
        if (c === null) break;
        (cases ??= []).push(c);
      }
      if (cases !== null && p.expect(Tok.DEDENT) !== null) {
        if (p.featureVersion < 10) p.raiseSyntaxError('Pattern matching is only supported in Python 3.10 and greater');
        const e = p.lastNonWhitespaceToken();
        return new ast.Match(subject, cases, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    p.mark = m;
  }
  if (p.callInvalidRules) {
    invs.invalid_match_stmt(p);
    p.mark = m;
  }
  return null;
}

// python.gram: subject_expr
export function subject_expr(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  const value = star_named_expression(p);
  if (value !== null && p.expect(Tok.COMMA) !== null) {
    const values = star_named_expressions(p);
    const e = p.lastNonWhitespaceToken();
    return new ast.Tuple(values !== null ? [value, ...values] : [value], 'Load', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  p.mark = m;
  return named_expression(p);
}

// python.gram: case_block
function case_block(p: Parser): ast.match_case | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_case_block(p);
    p.mark = m;
  }
  if (p.expectSoftKeyword('case') === null) return null;
  const pattern = patterns(p);
  if (pattern !== null) {
    const g = guard(p);
    if (p.expect(Tok.COLON) !== null) {
      const body = block(p);
      if (body !== null) return new ast.match_case(pattern, g, body);
    }
  }
  p.mark = m;
  return null;
}

// python.gram: guard
export function guard(p: Parser): ast.expr | null {
  const m = p.mark;
  if (p.expect(Kw.If) === null) return null;
  const g = named_expression(p);
  if (g === null) p.mark = m;
  return g;
}

// python.gram: patterns
export function patterns(p: Parser): ast.pattern | null {
  const m = p.mark;
  const s = p.peekToken();
  const ps = open_sequence_pattern(p);
  if (ps !== null) {
    const e = p.lastNonWhitespaceToken();
    return new ast.MatchSequence(ps, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  p.mark = m;
  return pattern(p);
}

// python.gram: pattern
export function pattern(p: Parser): ast.pattern | null {
  return as_pattern(p) ?? or_pattern(p);
}

// python.gram: as_pattern
function as_pattern(p: Parser): ast.pattern | null {
  const m = p.mark;
  const s = p.peekToken();
  const a = or_pattern(p);
  if (a !== null && p.expect(Kw.As) !== null) {
    const target = pattern_capture_target(p);
    if (target !== null) {
      const e = p.lastNonWhitespaceToken();
      return new ast.MatchAs(a, target.id, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invs.invalid_as_pattern(p);
    p.mark = m;
  }
  return null;
}

// python.gram: or_pattern
export function or_pattern(p: Parser): ast.pattern | null {
  const s = p.peekToken();
  const first = closed_pattern(p);
  if (first === null) return null;
  if (!p.at(Tok.VBAR)) return first;
  const ps = [first];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.VBAR) === null) break;
    const c = closed_pattern(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    ps.push(c);
  }
  if (ps.length === 1) return first;
  const e = p.lastNonWhitespaceToken();
  return new ast.MatchOr(ps, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: closed_pattern (memo)
function closed_pattern(p: Parser): ast.pattern | null {
  const m = p.mark;
  const memo = p.memos.closed_pattern;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  const res =
    literal_pattern(p) ??
    capture_pattern(p) ??
    wildcard_pattern(p) ??
    value_pattern(p) ??
    group_pattern(p) ??
    sequence_pattern(p) ??
    mapping_pattern(p) ??
    class_pattern(p);
  memo.set(m, res, p.mark);
  return res;
}

// python.gram: literal_pattern
function literal_pattern(p: Parser): ast.pattern | null {
  const m = p.mark;
  const t = p.peek();
  if (t === Kw.None || t === Kw.True || t === Kw.False) {
    const tok = p.tokens[m];
    p.mark++;
    const v = t === Kw.None ? None : t === Kw.True;
    return new ast.MatchSingleton(v, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset);
  }
  const s = p.peekToken();
  const value = literalValue(p);
  if (value === null) return null;
  const e = p.lastNonWhitespaceToken();
  return new ast.MatchValue(value, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: literal_expr
export function literal_expr(p: Parser): ast.expr | null {
  const m = p.mark;
  const t = p.peek();
  if (t === Kw.None || t === Kw.True || t === Kw.False) {
    const tok = p.tokens[m];
    p.mark++;
    const v = t === Kw.None ? None : t === Kw.True;
    return new ast.Constant(v, null, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset);
  }
  return literalValue(p);
}

/** The alternatives literal_pattern and literal_expr share: signed_number !('+' | '-') | complex_number | strings */
function literalValue(p: Parser): ast.expr | null {
  const m = p.mark;
  const t = p.peek();
  if (t === Tok.NUMBER || t === Tok.MINUS) {
    const a = signed_number(p);
    if (a !== null) {
      const n = p.peek();
      if (n !== Tok.PLUS && n !== Tok.MINUS) return a;
      p.mark = m;
    }
    const c = complex_number(p);
    if (c !== null) return c;
    p.mark = m;
    return null;
  }
  if (t === Tok.STRING || t === Tok.FSTRING_START || t === Tok.TSTRING_START) return strings(p);
  return null;
}

// python.gram: complex_number
function complex_number(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  const real = signed_real_number(p);
  if (real !== null) {
    const t = p.peek();
    if (t === Tok.PLUS || t === Tok.MINUS) {
      p.mark++;
      const imag = imaginary_number(p);
      if (imag !== null) {
        const e = p.lastNonWhitespaceToken();
        return new ast.BinOp(real, t === Tok.PLUS ? 'Add' : 'Sub', imag, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
  }
  p.mark = m;
  return null;
}

// python.gram: signed_number
function signed_number(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  const n = number(p);
  if (n !== null) return n;
  if (p.expect(Tok.MINUS) !== null) {
    const a = number(p);
    if (a !== null) {
      const e = p.lastNonWhitespaceToken();
      return new ast.UnaryOp('USub', a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m;
  }
  return null;
}

// python.gram: signed_real_number
function signed_real_number(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  const n = real_number(p);
  if (n !== null) return n;
  if (p.expect(Tok.MINUS) !== null) {
    const a = real_number(p);
    if (a !== null) {
      const e = p.lastNonWhitespaceToken();
      return new ast.UnaryOp('USub', a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m;
  }
  return null;
}

// python.gram: real_number
function real_number(p: Parser): ast.expr | null {
  const n = number(p);
  return n === null ? null : ensureReal(p, n);
}

// python.gram: imaginary_number
function imaginary_number(p: Parser): ast.expr | null {
  const n = number(p);
  return n === null ? null : ensureImaginary(p, n);
}

// python.gram: capture_pattern
function capture_pattern(p: Parser): ast.pattern | null {
  const target = pattern_capture_target(p);
  if (target === null) return null;
  return new ast.MatchAs(null, target.id, target.lineno, target.col_offset, target.end_lineno, target.end_col_offset);
}

// python.gram: pattern_capture_target
export function pattern_capture_target(p: Parser): ast.Name | null {
  const m = p.mark;
  if (p.peek() !== Tok.NAME || p.tokens[m].string === '_') return null;
  const name = p.nameToken()!;
  const t = p.peek();
  if (t === Tok.DOT || t === Tok.LPAR || t === Tok.EQUAL) {
    p.mark = m;
    return null;
  }
  return setExprContext(name, 'Store') as ast.Name;
}

// python.gram: wildcard_pattern
function wildcard_pattern(p: Parser): ast.pattern | null {
  const t = p.peekToken();
  if (p.expectSoftKeyword('_') === null) return null;
  return new ast.MatchAs(null, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
}

// python.gram: value_pattern
function value_pattern(p: Parser): ast.pattern | null {
  const m = p.mark;
  const a = attr(p);
  if (a === null) return null;
  const t = p.peek();
  if (t === Tok.DOT || t === Tok.LPAR || t === Tok.EQUAL) {
    p.mark = m;
    return null;
  }
  return new ast.MatchValue(a, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
}

// python.gram: attr (name_or_attr '.' NAME)
export function attr(p: Parser): ast.expr | null {
  const m = p.mark;
  const a = name_or_attr(p);
  if (a === null || a._kind !== 'Attribute') {
    p.mark = m;
    return null;
  }
  return a;
}

// python.gram: name_or_attr (attr | NAME): left-recursive, a loop
export function name_or_attr(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.name_or_attr;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  const s = p.peekToken();
  let a: ast.expr | null = p.nameToken();
  if (a !== null) {
    while (p.at(Tok.DOT)) {
      const m2 = p.mark;
      p.mark++;
      const b = p.nameToken();
      if (b === null) {
        p.mark = m2;
        break;
      }
      const e = p.lastNonWhitespaceToken();
      a = new ast.Attribute(a, b.id, 'Load', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  memo.set(m, a, p.mark);
  return a;
}

// python.gram: group_pattern
function group_pattern(p: Parser): ast.pattern | null {
  const m = p.mark;
  if (p.expect(Tok.LPAR) === null) return null;
  const a = pattern(p);
  if (a !== null && p.expect(Tok.RPAR) !== null) return a;
  p.mark = m;
  return null;
}

// python.gram: sequence_pattern
function sequence_pattern(p: Parser): ast.pattern | null {
  const m = p.mark;
  const s = p.peekToken();
  const t = p.types[m];
  if (t === Tok.LSQB) {
    p.mark++;
    const ps = maybe_sequence_pattern(p);
    if (p.expect(Tok.RSQB) !== null) {
      const e = p.lastNonWhitespaceToken();
      return new ast.MatchSequence(ps ?? [], s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  } else if (t === Tok.LPAR) {
    p.mark++;
    const ps = open_sequence_pattern(p);
    if (p.expect(Tok.RPAR) !== null) {
      const e = p.lastNonWhitespaceToken();
      return new ast.MatchSequence(ps ?? [], s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.mark = m;
  return null;
}

// python.gram: open_sequence_pattern
function open_sequence_pattern(p: Parser): ast.pattern[] | null {
  const m = p.mark;
  const a = maybe_star_pattern(p);
  if (a !== null && p.expect(Tok.COMMA) !== null) {
    const rest = maybe_sequence_pattern(p);
    return rest !== null ? [a, ...rest] : [a];
  }
  p.mark = m;
  return null;
}

// python.gram: maybe_sequence_pattern
function maybe_sequence_pattern(p: Parser): ast.pattern[] | null {
  const a = maybe_star_pattern(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = maybe_star_pattern(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    out.push(c);
  }
  p.expect(Tok.COMMA);
  return out;
}

// python.gram: maybe_star_pattern
function maybe_star_pattern(p: Parser): ast.pattern | null {
  return star_pattern(p) ?? pattern(p);
}

// python.gram: star_pattern (memo)
function star_pattern(p: Parser): ast.pattern | null {
  const m = p.mark;
  const memo = p.memos.star_pattern;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  let res: ast.pattern | null = null;
  const s = p.peekToken();
  if (p.expect(Tok.STAR) !== null) {
    const target = pattern_capture_target(p);
    if (target !== null) {
      const e = p.lastNonWhitespaceToken();
      res = new ast.MatchStar(target.id, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    } else if (p.expectSoftKeyword('_') !== null) {
      const e = p.lastNonWhitespaceToken();
      res = new ast.MatchStar(null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    } else p.mark = m;
  }
  memo.set(m, res, p.mark);
  return res;
}

// python.gram: mapping_pattern
function mapping_pattern(p: Parser): ast.pattern | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Tok.LBRACE) === null) return null;
  const afterBrace = p.mark;
  // '{' '}'
  if (p.expect(Tok.RBRACE) !== null) return makeMapping(p, s, [], null);
  // '{' double_star_pattern ','? '}'
  const rest = double_star_pattern(p);
  if (rest !== null) {
    p.expect(Tok.COMMA);
    if (p.expect(Tok.RBRACE) !== null) return makeMapping(p, s, [], rest.id);
  }
  p.mark = afterBrace;
  const items = items_pattern(p);
  if (items !== null) {
    const afterItems = p.mark;
    // '{' items_pattern ',' double_star_pattern ','? '}'
    if (p.expect(Tok.COMMA) !== null) {
      const r2 = double_star_pattern(p);
      if (r2 !== null) {
        p.expect(Tok.COMMA);
        if (p.expect(Tok.RBRACE) !== null) return makeMapping(p, s, items, r2.id);
      }
    }
    // '{' items_pattern ','? '}'
    p.mark = afterItems;
    p.expect(Tok.COMMA);
    if (p.expect(Tok.RBRACE) !== null) return makeMapping(p, s, items, null);
  }
  p.mark = m;
  return null;
}

function makeMapping(p: Parser, s: Located, items: KeyPatternPair[], rest: string | null): ast.pattern {
  const e = p.lastNonWhitespaceToken();
  return new ast.MatchMapping(
    items.map((i) => i.key),
    items.map((i) => i.pattern),
    rest,
    s.lineno,
    s.col_offset,
    e.end_lineno,
    e.end_col_offset,
  );
}

// python.gram: items_pattern
function items_pattern(p: Parser): KeyPatternPair[] | null {
  const a = key_value_pattern(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = key_value_pattern(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    out.push(c);
  }
  return out;
}

// python.gram: key_value_pattern
function key_value_pattern(p: Parser): KeyPatternPair | null {
  const m = p.mark;
  const key = literal_expr(p) ?? attr(p);
  if (key !== null && p.expect(Tok.COLON) !== null) {
    const value = pattern(p);
    if (value !== null) return { key, pattern: value };
  }
  p.mark = m;
  return null;
}

// python.gram: double_star_pattern
function double_star_pattern(p: Parser): ast.expr & { id: string } | null {
  const m = p.mark;
  if (p.expect(Tok.DOUBLESTAR) === null) return null;
  const target = pattern_capture_target(p);
  if (target === null) {
    p.mark = m;
    return null;
  }
  return target as ast.Name;
}

// python.gram: class_pattern
function class_pattern(p: Parser): ast.pattern | null {
  const m = p.mark;
  const s = p.peekToken();
  const cls = name_or_attr(p);
  if (cls !== null && p.expect(Tok.LPAR) !== null) {
    const afterParen = p.mark;
    // name_or_attr '(' ')'
    if (p.expect(Tok.RPAR) !== null) return makeClass(p, s, cls, [], []);
    // name_or_attr '(' positional_patterns ','? ')'
    const pos = positional_patterns(p);
    if (pos !== null) {
      const afterPos = p.mark;
      p.expect(Tok.COMMA);
      if (p.expect(Tok.RPAR) !== null) return makeClass(p, s, cls, pos, []);
      p.mark = afterPos;
    }
    // name_or_attr '(' keyword_patterns ','? ')'
    p.mark = afterParen;
    const kw = keyword_patterns(p);
    if (kw !== null) {
      p.expect(Tok.COMMA);
      if (p.expect(Tok.RPAR) !== null) return makeClass(p, s, cls, [], kw);
    }
    // name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
    p.mark = afterParen;
    const pos2 = positional_patterns(p);
    if (pos2 !== null && p.expect(Tok.COMMA) !== null) {
      const kw2 = keyword_patterns(p);
      if (kw2 !== null) {
        p.expect(Tok.COMMA);
        if (p.expect(Tok.RPAR) !== null) return makeClass(p, s, cls, pos2, kw2);
      }
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invs.invalid_class_pattern(p);
    p.mark = m;
  }
  return null;
}

function makeClass(p: Parser, s: Located, cls: ast.expr, pos: ast.pattern[], kw: KeyPatternPair[]): ast.pattern {
  const e = p.lastNonWhitespaceToken();
  return new ast.MatchClass(
    cls,
    pos,
    kw.map((k) => (k.key as ast.Name).id),
    kw.map((k) => k.pattern),
    s.lineno,
    s.col_offset,
    e.end_lineno,
    e.end_col_offset,
  );
}

// python.gram: positional_patterns
export function positional_patterns(p: Parser): ast.pattern[] | null {
  const a = pattern(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = pattern(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    out.push(c);
  }
  return out;
}

// python.gram: keyword_patterns
export function keyword_patterns(p: Parser): KeyPatternPair[] | null {
  const a = keyword_pattern(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = keyword_pattern(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    out.push(c);
  }
  return out;
}

// python.gram: keyword_pattern
function keyword_pattern(p: Parser): KeyPatternPair | null {
  const m = p.mark;
  const arg = p.nameToken();
  if (arg !== null && p.expect(Tok.EQUAL) !== null) {
    const value = pattern(p);
    if (value !== null) return { key: arg, pattern: value };
  }
  p.mark = m;
  return null;
}
