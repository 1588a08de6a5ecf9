// Assignment and deletion targets.  Grammar/python.gram: ASSIGNMENT TARGETS
import * as ast from '../../ast/nodes.generated.ts';
import { Tok } from '../tokens.generated.ts';
import type { Parser } from '../parser.ts';
import { setExprContext } from '../action-helpers.ts';
import { atom, slices } from './expressions.ts';
import { arguments_ } from './arguments.ts';
import { genexp } from './displays.ts';

// python.gram: star_targets
export function star_targets(p: Parser): ast.expr | null {
  const s = p.peekToken();
  const a = star_target(p);
  if (a === null) return null;
  if (!p.at(Tok.COMMA)) return a;
  const elts = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = star_target(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    elts.push(c);
  }
  p.expect(Tok.COMMA);
  const e = p.lastNonWhitespaceToken();
  return new ast.Tuple(elts, 'Store', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: star_targets_list_seq
function star_targets_list_seq(p: Parser): ast.expr[] | null {
  const a = star_target(p);
  if (a === null) return null;
  const elts = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = star_target(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    elts.push(c);
  }
  p.expect(Tok.COMMA);
  return elts;
}

// python.gram: star_targets_tuple_seq
function star_targets_tuple_seq(p: Parser): ast.expr[] | null {
  const m = p.mark;
  const a = star_target(p);
  if (a === null) return null;
  return star_targets_tuple_seq_after(p, a, m);
}

/** star_targets_tuple_seq once its first star_target `a` (which started at `m`) is parsed. */
function star_targets_tuple_seq_after(p: Parser, a: ast.expr, m: number): ast.expr[] | null {
  const elts = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = star_target(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    elts.push(c);
  }
  if (elts.length > 1) {
    p.expect(Tok.COMMA);
    return elts;
  }
  if (p.expect(Tok.COMMA) !== null) return elts;
  p.mark = m;
  return null;
}

// python.gram: star_target (memo)
export function star_target(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.star_target;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  let res: ast.expr | null = null;
  const s = p.peekToken();
  if (p.types[m] === Tok.STAR) {
    p.mark++;
    if (!p.at(Tok.STAR)) {
      const a = star_target(p);
      if (a !== null) {
        const e = p.lastNonWhitespaceToken();
        res = new ast.Starred(setExprContext(a, 'Store'), 'Store', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    if (res === null) p.mark = m;
  }
  if (res === null) res = target_with_star_atom(p);
  memo.set(m, res, p.mark);
  return res;
}

// python.gram: target_with_star_atom (memo)
export function target_with_star_atom(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.target_with_star_atom;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  let res = subscriptAttributeTarget(p, 'Store');
  if (res === null) res = star_atom(p);
  memo.set(m, res, p.mark);
  return res;
}

/**
 * t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with context `ctx`:
 * the first two alternatives of target_with_star_atom, single_subscript_attribute_target and del_target.
 */
function subscriptAttributeTarget(p: Parser, ctx: ast.expr_context): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  const a = t_primary(p);
  if (a === null) return null;
  const afterA = p.mark;
  if (p.expect(Tok.DOT) !== null) {
    const b = p.nameToken();
    if (b !== null && !t_lookahead(p)) {
      const e = p.lastNonWhitespaceToken();
      return new ast.Attribute(a, b.id, ctx, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = afterA;
  }
  if (p.expect(Tok.LSQB) !== null) {
    const b = slices(p);
    if (b !== null && p.expect(Tok.RSQB) !== null && !t_lookahead(p)) {
      const e = p.lastNonWhitespaceToken();
      return new ast.Subscript(a, b, ctx, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.mark = m;
  return null;
}

// python.gram: star_atom
function star_atom(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  switch (p.types[m]) {
    case Tok.NAME: {
      const a = p.nameToken()!;
      return new ast.Name(a.id, 'Store', a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
    }
    case Tok.LPAR: {
      // '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')': the tuple's first
      // star_target, when not starred, is the target_with_star_atom parsed first.
      p.mark++;
      const a = target_with_star_atom(p);
      const afterA = p.mark;
      if (a !== null && p.expect(Tok.RPAR) !== null) return setExprContext(a, 'Store');
      p.mark = m + 1;
      // (When it failed, a star_target there can only be a starred one.)
      let b: ast.expr[] | null = null;
      if (a !== null) {
        p.mark = afterA;
        b = star_targets_tuple_seq_after(p, a, m + 1);
      } else if (p.types[m + 1] === Tok.STAR) b = star_targets_tuple_seq(p);
      if (p.expect(Tok.RPAR) !== null) {
        const e = p.lastNonWhitespaceToken();
        return new ast.Tuple(b ?? [], 'Store', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
      p.mark = m;
      return null;
    }
    case Tok.LSQB: {
      p.mark++;
      const a = star_targets_list_seq(p);
      if (p.expect(Tok.RSQB) !== null) {
        const e = p.lastNonWhitespaceToken();
        return new ast.List(a ?? [], 'Store', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
      p.mark = m;
      return null;
    }
    default:
      return null;
  }
}

// python.gram: single_target
export function single_target(p: Parser): ast.expr | null {
  const m = p.mark;
  const a = single_subscript_attribute_target(p);
  if (a !== null) return a;
  const t = p.peek();
  if (t === Tok.NAME) {
    const n = p.nameToken()!;
    return new ast.Name(n.id, 'Store', n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
  }
  if (t === Tok.LPAR) {
    p.mark++;
    const b = single_target(p);
    if (b !== null && p.expect(Tok.RPAR) !== null) return b;
    p.mark = m;
  }
  return null;
}

// python.gram: single_subscript_attribute_target
export function single_subscript_attribute_target(p: Parser): ast.expr | null {
  return subscriptAttributeTarget(p, 'Store');
}

// python.gram: t_primary (left-recursive)
export function t_primary(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.t_primary;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  const s = p.peekToken();
  let a = atom(p);
  if (a !== null && !t_lookahead(p)) {
    a = null;
    p.mark = m;
  }
  if (a !== null) {
    for (;;) {
      const m2 = p.mark;
      const t = p.peek();
      if (t === Tok.DOT) {
        p.mark++;
        const b = p.nameToken();
        if (b !== null && t_lookahead(p)) {
          const e = p.lastNonWhitespaceToken();
          a = new ast.Attribute(a, b.id, 'Load', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
          continue;
        }
        p.mark = m2;
        break;
      }
      if (t === Tok.LSQB) {
        p.mark++;
        const b = slices(p);
        if (b !== null && p.expect(Tok.RSQB) !== null && t_lookahead(p)) {
          const e = p.lastNonWhitespaceToken();
          a = new ast.Subscript(a, b, 'Load', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
          continue;
        }
        p.mark = m2;
      }
      if (t === Tok.LPAR || (p.callInvalidRules && (t === Tok.LSQB || t === Tok.LBRACE))) {
        const g = genexp(p);
        if (g !== null && t_lookahead(p)) {
          const e = p.lastNonWhitespaceToken();
          a = new ast.Call(a, [g], [], s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
          continue;
        }
        p.mark = m2;
      }
      if (t === Tok.LPAR) {
        p.mark++;
        const b = arguments_(p);
        if (p.expect(Tok.RPAR) !== null && t_lookahead(p)) {
          const e = p.lastNonWhitespaceToken();
          a = new ast.Call(a, b !== null ? b.args : [], b !== null ? b.keywords : [], s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
          continue;
        }
        p.mark = m2;
      }
      break;
    }
  }
  memo.set(m, a, p.mark);
  return a;
}

// python.gram: t_lookahead
function t_lookahead(p: Parser): boolean {
  const t = p.peek();
  return t === Tok.LPAR || t === Tok.LSQB || t === Tok.DOT;
}

// python.gram: del_targets
export function del_targets(p: Parser): ast.expr[] | null {
  const a = del_target(p);
  if (a === null) return null;
  return del_targets_after(p, a);
}

/** del_targets once its first del_target `a` is parsed. */
function del_targets_after(p: Parser, a: ast.expr): ast.expr[] {
  const elts = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = del_target(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    elts.push(c);
  }
  p.expect(Tok.COMMA);
  return elts;
}

// python.gram: del_target (memo)
export function del_target(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.del_target;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  let res = subscriptAttributeTarget(p, 'Del');
  if (res === null) res = del_t_atom(p);
  memo.set(m, res, p.mark);
  return res;
}

// python.gram: del_t_atom
function del_t_atom(p: Parser): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  switch (p.types[m]) {
    case Tok.NAME: {
      const a = p.nameToken()!;
      return new ast.Name(a.id, 'Del', a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
    }
    case Tok.LPAR: {
      // '(' del_target ')' | '(' [del_targets] ')': the list's first del_target is the one parsed first.
      p.mark++;
      const a = del_target(p);
      const afterA = p.mark;
      if (a !== null && p.expect(Tok.RPAR) !== null) return setExprContext(a, 'Del');
      p.mark = m + 1;
      // (When it failed, del_targets fails too.)
      let b: ast.expr[] | null = null;
      if (a !== null) {
        p.mark = afterA;
        b = del_targets_after(p, a);
      }
      if (p.expect(Tok.RPAR) !== null) {
        const e = p.lastNonWhitespaceToken();
        return new ast.Tuple(b ?? [], 'Del', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
      p.mark = m;
      return null;
    }
    case Tok.LSQB: {
      p.mark++;
      const a = del_targets(p);
      if (p.expect(Tok.RSQB) !== null) {
        const e = p.lastNonWhitespaceToken();
        return new ast.List(a ?? [], 'Del', s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
      p.mark = m;
      return null;
    }
    default:
      return null;
  }
}
