// Compound statements: blocks, class and function definitions, if/while/for/with/try, and type
// aliases and type parameters.  Grammar/python.gram: COMPOUND STATEMENTS, Type statement, Type
// parameter declaration, func_type_comment
import * as ast from '../../ast/nodes.generated.ts';
import { Tok } from '../tokens.generated.ts';
import type { Token } from '../token.ts';
import { Kw, type Parser } from '../parser.ts';
import { classDefDecorators, emptyArguments, functionDefDecorators, setExprContext } from '../action-helpers.ts';
import { expression, expressions, named_expression, star_expression, star_expressions } from './expressions.ts';
import { arguments_ } from './arguments.ts';
import { star_target, star_targets } from './targets.ts';
import { params } from './params.ts';
import { simple_stmts, statements } from './statements.ts';
import * as inv from './invalid.ts';
import * as invs from './invalid-statements.ts';

// python.gram: block (memo)
export function block(p: Parser): ast.stmt[] | null {
  const m = p.mark;
  const memo = p.memos.block;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  let res: ast.stmt[] | null = null;
  if (p.peek() === Tok.NEWLINE) {
    p.mark++;
    if (p.expect(Tok.INDENT) !== null) {
      const a = statements(p);
      if (a !== null && p.expect(Tok.DEDENT) !== null) res = a;
    }
    if (res === null) p.mark = m;
  }
  if (res === null) res = simple_stmts(p);
  if (res === null && p.callInvalidRules) {
    invs.invalid_block(p);
    p.mark = m;
  }
  memo.set(m, res, p.mark);
  return res;
}

// python.gram: decorators
function decorators(p: Parser): ast.expr[] | null {
  let out: ast.expr[] | null = null;
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.AT) === null) break;
    const f = named_expression(p);
    if (f === null || p.expect(Tok.NEWLINE) === null) {
      p.mark = m2;
      break;
    }
    (out ??= []).push(f);
  }
  return out;
}

// python.gram: class_def
export function class_def(p: Parser): ast.stmt | null {
  const m = p.mark;
  const a = decorators(p);
  if (a !== null) {
    const b = class_def_raw(p);
    if (b !== null) return classDefDecorators(a, b);
    p.mark = m;
  }
  return class_def_raw(p);
}

// python.gram: class_def_raw
function class_def_raw(p: Parser): ast.stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_class_def_raw(p);
    p.mark = m;
  }
  const s = p.peekToken();
  if (p.expect(Kw.Class) === null) return null;
  const a = p.nameToken();
  if (a !== null) {
    const t = type_params(p);
    let bases: ast.Call | null = null;
    const m2 = p.mark;
    if (p.expect(Tok.LPAR) !== null) {
      const z = arguments_(p);
      if (p.expect(Tok.RPAR) !== null) bases = z;
      else p.mark = m2;
    }
    if (p.expect(Tok.COLON) !== null) {
      const c = block(p);
      if (c !== null) {
        const e = p.lastNonWhitespaceToken();
        return new ast.ClassDef(a.id, bases !== null ? bases.args : [], bases !== null ? bases.keywords : [], c, [], t ?? [], s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
  }
  p.mark = m;
  return null;
}

// python.gram: function_def
export function function_def(p: Parser): ast.stmt | null {
  const m = p.mark;
  const d = decorators(p);
  if (d !== null) {
    const f = function_def_raw(p);
    if (f !== null) return functionDefDecorators(d, f);
    p.mark = m;
  }
  return function_def_raw(p);
}

// python.gram: function_def_raw
function function_def_raw(p: Parser): ast.stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    const r = invs.invalid_def_raw(p);
    if (r !== null) return r;
    p.mark = m;
  }
  const s = p.peekToken();
  const isAsync = p.types[m] === Kw.Async;
  if (isAsync) p.mark++;
  if (p.expect(Kw.Def) !== null) {
    const n = p.nameToken();
    if (n !== null) {
      const t = type_params(p);
      if (p.expect(Tok.LPAR) !== null) {
        const a = params(p);
        if (p.expect(Tok.RPAR) !== null) {
          let returns: ast.expr | null = null;
          const m2 = p.mark;
          if (p.expect(Tok.RARROW) !== null) {
            returns = expression(p);
            if (returns === null) p.mark = m2;
          }
          if (p.expect(Tok.COLON) !== null) {
            const tc = func_type_comment(p);
            const b = block(p);
            if (b !== null) {
              if (isAsync && p.featureVersion < 5) p.raiseSyntaxError('Async functions are only supported in Python 3.5 and greater');
              const e = p.lastNonWhitespaceToken();
              const args = a ?? emptyArguments();
              const typeComment = tc !== null ? tc.string : null;
              if (isAsync) {
                return new ast.AsyncFunctionDef(n.id, args, b, [], returns, typeComment, t ?? [], s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
              }
              return new ast.FunctionDef(n.id, args, b, [], returns, typeComment, t ?? [], s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
          }
        }
      }
    }
  }
  p.mark = m;
  return null;
}

// python.gram: if_stmt
//   | invalid_if_stmt
//   | 'if' named_expression ':' block elif_stmt
//   | 'if' named_expression ':' block [else_block]
// python.gram: elif_stmt
//   | invalid_elif_stmt
//   | 'elif' named_expression ':' block elif_stmt
//   | 'elif' named_expression ':' block [else_block]
// elif_stmt recurses once per `elif`; a long chain is parsed here in a loop (CPython's parser-stack
// accounting is kept: one level per elif) and the nested If nodes are built from the last one.
export function if_stmt(p: Parser): ast.stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_if_stmt(p);
    p.mark = m;
  }
  const first = ifClause(p, Kw.If);
  if (first === null) return null;
  const clauses = [first];
  for (;;) {
    const c = p.mark;
    if (p.callInvalidRules) {
      invs.invalid_elif_stmt(p);
      p.mark = c;
    }
    const next = ifClause(p, Kw.Elif);
    if (next === null) break;
    p.enter();
    clauses.push(next);
  }
  p.level -= clauses.length - 1;
  const orelse = else_block(p);
  const e = p.lastNonWhitespaceToken();
  let node: ast.stmt | null = null;
  for (let i = clauses.length - 1; i >= 0; i--) {
    const [s, test, body] = clauses[i];
    node = new ast.If(test, body, node === null ? orelse ?? [] : [node], s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  return node;
}

/** ('if' | 'elif') named_expression ':' block: [keyword token, test, body] */
function ifClause(p: Parser, kw: number): [Token, ast.expr, ast.stmt[]] | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(kw) === null) return null;
  const a = named_expression(p);
  if (a !== null && p.expect(Tok.COLON) !== null) {
    const b = block(p);
    if (b !== null) return [s, a, b];
  }
  p.mark = m;
  return null;
}

// python.gram: else_block
function else_block(p: Parser): ast.stmt[] | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_else_stmt(p);
    p.mark = m;
  }
  if (p.expect(Kw.Else) === null) return null;
  p.expectForced(Tok.COLON, ':');
  const b = block(p);
  if (b === null) p.mark = m;
  return b;
}

// python.gram: while_stmt
export function while_stmt(p: Parser): ast.stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_while_stmt(p);
    p.mark = m;
  }
  const s = p.peekToken();
  if (p.expect(Kw.While) === null) return null;
  const a = named_expression(p);
  if (a !== null && p.expect(Tok.COLON) !== null) {
    const b = block(p);
    if (b !== null) {
      const c = else_block(p);
      const e = p.lastNonWhitespaceToken();
      return new ast.While(a, b, c ?? [], s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.mark = m;
  return null;
}

// python.gram: for_stmt
export function for_stmt(p: Parser): ast.stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_for_stmt(p);
    p.mark = m;
  }
  const s = p.peekToken();
  const isAsync = p.types[m] === Kw.Async;
  if (isAsync) p.mark++;
  if (p.expect(Kw.For) !== null) {
    const t = star_targets(p);
    if (t !== null && p.expect(Kw.In) !== null) {
      // ~ (cut)
      const ex = star_expressions(p);
      if (ex !== null && p.expect(Tok.COLON) !== null) {
        const tc = p.expect(Tok.TYPE_COMMENT);
        const b = block(p);
        if (b !== null) {
          const el = else_block(p);
          if (isAsync && p.featureVersion < 5) p.raiseSyntaxError('Async for loops are only supported in Python 3.5 and greater');
          const e = p.lastNonWhitespaceToken();
          const typeComment = tc !== null ? tc.string : null;
          if (isAsync) return new ast.AsyncFor(t, ex, b, el ?? [], typeComment, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
          return new ast.For(t, ex, b, el ?? [], typeComment, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
      }
      p.mark = m;
      return null;
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    inv.invalid_for_target(p);
    p.mark = m;
  }
  return null;
}

// python.gram: with_stmt
export function with_stmt(p: Parser): ast.stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_with_stmt_indent(p);
    p.mark = m;
  }
  const s = p.peekToken();
  const isAsync = p.types[m] === Kw.Async;
  if (isAsync) p.mark++;
  const afterAsync = p.mark;
  if (p.expect(Kw.With) !== null) {
    // 'with' '(' ','.with_item+ ','? ')' ':' [TYPE_COMMENT] block  (no type comment when async)
    if (p.expect(Tok.LPAR) !== null) {
      const a = withItems(p);
      if (a !== null) {
        p.expect(Tok.COMMA);
        if (p.expect(Tok.RPAR) !== null && p.expect(Tok.COLON) !== null) {
          const tc = isAsync ? null : p.expect(Tok.TYPE_COMMENT);
          const b = block(p);
          if (b !== null) return makeWith(p, isAsync, a, b, tc, s);
        }
      }
      p.mark = afterAsync + 1;
    }
    const a = withItems(p);
    if (a !== null && p.expect(Tok.COLON) !== null) {
      const tc = p.expect(Tok.TYPE_COMMENT);
      const b = block(p);
      if (b !== null) return makeWith(p, isAsync, a, b, tc, s);
    }
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invs.invalid_with_stmt(p);
    p.mark = m;
  }
  return null;
}

function makeWith(p: Parser, isAsync: boolean, items: ast.withitem[], body: ast.stmt[], tc: Token | null, s: Token): ast.stmt {
  const e = p.lastNonWhitespaceToken();
  const typeComment = tc !== null ? tc.string : null;
  if (isAsync) {
    if (p.featureVersion < 5) p.raiseSyntaxError('Async with statements are only supported in Python 3.5 and greater');
    return new ast.AsyncWith(items, body, typeComment, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  return new ast.With(items, body, typeComment, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

/** ','.with_item+ */
function withItems(p: Parser): ast.withitem[] | null {
  const a = with_item(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = with_item(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    out.push(c);
  }
  return out;
}

// python.gram: with_item
function with_item(p: Parser): ast.withitem | null {
  const m = p.mark;
  const e = expression(p);
  if (e === null) return null;
  const afterE = p.mark;
  if (p.expect(Kw.As) !== null) {
    const t = star_target(p);
    if (t !== null) {
      const n = p.peek();
      if (n === Tok.COMMA || n === Tok.RPAR || n === Tok.COLON) return new ast.withitem(e, t);
    }
  }
  if (p.callInvalidRules) {
    p.mark = m;
    inv.invalid_with_item(p);
  }
  p.mark = afterE;
  return new ast.withitem(e, null);
}

// python.gram: try_stmt
export function try_stmt(p: Parser): ast.stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_try_stmt(p);
    p.mark = m;
  }
  const s = p.peekToken();
  if (p.expect(Kw.Try) === null) return null;
  p.expectForced(Tok.COLON, ':');
  const b = block(p);
  if (b !== null) {
    const afterB = p.mark;
    const f = finally_block(p);
    if (f !== null) {
      const e = p.lastNonWhitespaceToken();
      return new ast.Try(b, [], [], f, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = afterB;
    let ex: ast.excepthandler[] | null = null;
    for (;;) {
      const h = except_block(p);
      if (h === null) break;
      (ex ??= []).push(h);
    }
    if (ex !== null) {
      const el = else_block(p);
      const fb = finally_block(p);
      const e = p.lastNonWhitespaceToken();
      return new ast.Try(b, ex, el ?? [], fb ?? [], s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = afterB;
    for (;;) {
      const h = except_star_block(p);
      if (h === null) break;
      (ex ??= []).push(h);
    }
    if (ex !== null) {
      const el = else_block(p);
      const fb = finally_block(p);
      if (p.featureVersion < 11) p.raiseSyntaxError('Exception groups are only supported in Python 3.11 and greater');
      const e = p.lastNonWhitespaceToken();
      return new ast.TryStar(b, ex, el ?? [], fb ?? [], s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.mark = m;
  return null;
}

// python.gram: except_block
export function except_block(p: Parser): ast.excepthandler | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_except_stmt_indent(p);
    p.mark = m;
  }
  const s = p.peekToken();
  if (p.expect(Kw.Except) !== null) {
    const r = exceptBody(p, s, m + 1);
    if (r !== null) return r;
    // 'except' ':' block
    p.mark = m + 1;
    if (p.expect(Tok.COLON) !== null) {
      const b = block(p);
      if (b !== null) {
        const e = p.lastNonWhitespaceToken();
        return new ast.ExceptHandler(null, null, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    p.mark = m;
  }
  if (p.callInvalidRules) {
    invs.invalid_except_stmt(p);
    p.mark = m;
  }
  return null;
}

// python.gram: except_star_block
export function except_star_block(p: Parser): ast.excepthandler | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_except_star_stmt_indent(p);
    p.mark = m;
  }
  const s = p.peekToken();
  if (p.expect(Kw.Except) !== null && p.expect(Tok.STAR) !== null) {
    const r = exceptBody(p, s, m + 2);
    if (r !== null) return r;
  }
  p.mark = m;
  if (p.callInvalidRules) {
    invs.invalid_except_star_stmt(p);
    p.mark = m;
  }
  return null;
}

/**
 * After 'except' (or 'except' '*'), at `at`: expression ':' block | expression 'as' NAME ':' block |
 * expressions ':' block (PEP 758, 3.14).
 */
function exceptBody(p: Parser, s: Token, at: number): ast.excepthandler | null {
  p.mark = at;
  const e = expression(p);
  if (e !== null) {
    const afterE = p.mark;
    if (p.expect(Tok.COLON) !== null) {
      const b = block(p);
      if (b !== null) {
        const end = p.lastNonWhitespaceToken();
        return new ast.ExceptHandler(e, null, b, s.lineno, s.col_offset, end.end_lineno, end.end_col_offset);
      }
    }
    p.mark = afterE;
    if (p.expect(Kw.As) !== null) {
      const t = p.nameToken();
      if (t !== null && p.expect(Tok.COLON) !== null) {
        const b = block(p);
        if (b !== null) {
          const end = p.lastNonWhitespaceToken();
          return new ast.ExceptHandler(e, t.id, b, s.lineno, s.col_offset, end.end_lineno, end.end_col_offset);
        }
      }
    }
  }
  p.mark = at;
  const es = expressions(p);
  if (es !== null && p.expect(Tok.COLON) !== null) {
    const b = block(p);
    if (b !== null) {
      if (p.featureVersion < 14) p.raiseSyntaxError('except expressions without parentheses are only supported in Python 3.14 and greater');
      const end = p.lastNonWhitespaceToken();
      return new ast.ExceptHandler(es, null, b, s.lineno, s.col_offset, end.end_lineno, end.end_col_offset);
    }
  }
  return null;
}

// python.gram: finally_block
function finally_block(p: Parser): ast.stmt[] | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_finally_stmt(p);
    p.mark = m;
  }
  if (p.expect(Kw.Finally) === null) return null;
  p.expectForced(Tok.COLON, ':');
  const a = block(p);
  if (a === null) p.mark = m;
  return a;
}

// python.gram: type_alias
export function type_alias(p: Parser): ast.stmt | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expectSoftKeyword('type') === null) return null;
  const n = p.nameToken();
  if (n !== null) {
    const t = type_params(p);
    if (p.expect(Tok.EQUAL) !== null) {
      const b = expression(p);
      if (b !== null) {
        if (p.featureVersion < 12) p.raiseSyntaxError('Type statement is only supported in Python 3.12 and greater');
        const e = p.lastNonWhitespaceToken();
        return new ast.TypeAlias(setExprContext(n, 'Store'), t ?? [], b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
  }
  p.mark = m;
  return null;
}

// python.gram: type_params
export function type_params(p: Parser): ast.type_param[] | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_type_params(p);
    p.mark = m;
  }
  if (p.expect(Tok.LSQB) === null) return null;
  const t = type_param_seq(p);
  if (t !== null && p.expect(Tok.RSQB) !== null) {
    if (p.featureVersion < 12) p.raiseSyntaxError('Type parameter lists are only supported in Python 3.12 and greater');
    return t;
  }
  p.mark = m;
  return null;
}

// python.gram: type_param_seq
function type_param_seq(p: Parser): ast.type_param[] | null {
  const a = type_param(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = type_param(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    out.push(c);
  }
  p.expect(Tok.COMMA);
  return out;
}

// python.gram: type_param (memo)
function type_param(p: Parser): ast.type_param | null {
  const m = p.mark;
  const memo = p.memos.type_param;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  const res = typeParamBody(p, m);
  memo.set(m, res, p.mark);
  return res;
}

function typeParamBody(p: Parser, m: number): ast.type_param | null {
  const s = p.peekToken();
  const a = p.nameToken();
  if (a !== null) {
    const b = typeParamTail(p, Tok.COLON, false);
    const c = typeParamTail(p, Tok.EQUAL, false);
    const e = p.lastNonWhitespaceToken();
    return new ast.TypeVar(a.id, b, c, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  if (p.callInvalidRules) {
    invs.invalid_type_param(p);
    p.mark = m;
  }
  const t = p.peek();
  if (t === Tok.STAR || t === Tok.DOUBLESTAR) {
    p.mark++;
    const n = p.nameToken();
    if (n !== null) {
      const b = typeParamTail(p, Tok.EQUAL, t === Tok.STAR);
      const e = p.lastNonWhitespaceToken();
      if (t === Tok.STAR) return new ast.TypeVarTuple(n.id, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      return new ast.ParamSpec(n.id, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
    p.mark = m;
  }
  return null;
}

/**
 * python.gram: type_param_bound (':' expression), type_param_default ('=' expression),
 * type_param_starred_default ('=' star_expression); absent: null.
 */
function typeParamTail(p: Parser, tok: number, starred: boolean): ast.expr | null {
  const m = p.mark;
  if (p.expect(tok) === null) return null;
  const e = starred ? star_expression(p) : expression(p);
  if (e === null) {
    p.mark = m;
    return null;
  }
  if (tok === Tok.EQUAL && p.featureVersion < 13) p.raiseSyntaxError('Type parameter defaults are only supported in Python 3.13 and greater');
  return e;
}

// python.gram: func_type_comment
export function func_type_comment(p: Parser): Token | null {
  const m = p.mark;
  if (p.expect(Tok.NEWLINE) !== null) {
    const t = p.expect(Tok.TYPE_COMMENT);
    if (t !== null) {
      const m2 = p.mark;
      const ok = p.expect(Tok.NEWLINE) !== null && p.expect(Tok.INDENT) !== null;
      p.mark = m2;
      if (ok) return t;
    }
    p.mark = m;
  }
  if (p.callInvalidRules) {
    invs.invalid_double_type_comments(p);
    p.mark = m;
  }
  return p.expect(Tok.TYPE_COMMENT);
}
